/**
 * The error catalog. Every error the agent reports to a person has a stable
 * code; callers match on `code`, never on message text, and the CLI maps codes
 * to exit codes in one place (agent/cli/exit-codes.ts). Messages never carry
 * raw log content or key material.
 */
export const ERROR_CODES = {
  LV_USAGE: 'the command line is wrong',
  LV_CONFIG_INVALID: 'the configuration failed validation',
  LV_KEYRING_MISSING: 'no keyring at the given directory',
  LV_KEYRING_EXISTS: 'a keyring already exists at the given directory',
  LV_KEYRING_PERMISSIONS: 'the keyring directory or a key file is readable by group or others',
  LV_KEYRING_CORRUPT: 'a keyring file cannot be read',
  LV_KEY_FORMAT: 'a key file does not hold a key of the expected size',
  LV_IO: 'a file or stream could not be read or written',
  LV_INTEGRITY: 'stored data failed a digest or authentication check (tampered or corrupt)',
  LV_SPOOL_LOCKED: 'the spool directory is in use by another agent process',
  LV_SPOOL_CLOSED: 'the spool was written to after it was closed',
  LV_STORE_CREDENTIALS: 'the object store rejected the credentials (InvalidAccessKeyId, SignatureDoesNotMatch, expired token) or none were found in the AWS chain',
  LV_STORE_NO_BUCKET: 'the object store bucket does not exist (NoSuchBucket)',
  LV_STORE_ACCESS_DENIED: 'the credentials are valid but not allowed to do this (AccessDenied)',
  LV_STORE_UNREACHABLE: 'the object store endpoint cannot be reached (refused, unknown host, timeout, TLS handshake)',
  LV_STORE_THROTTLED: 'the object store asked us to slow down or failed on its side (SlowDown, 503, 500) after every retry',
  LV_STORE_CONFLICT: 'an object key already holds different data; it is never overwritten',
  LV_STORE_FAILED: 'the object store answered with an error logveil has no specific code for',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class LogveilError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LogveilError';
    this.code = code;
  }
}

export function isLogveilError(e: unknown): e is LogveilError {
  return e instanceof LogveilError;
}
