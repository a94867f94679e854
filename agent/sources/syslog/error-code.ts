/** The `code` of a Node/OpenSSL error (`ECONNRESET`, `ERR_OSSL_…`), else its name: safe to log, never message content. */
export function errorCode(err: unknown): string {
  if (typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string') return err.code;
  return err instanceof Error ? err.name : 'unknown';
}
