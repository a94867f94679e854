/**
 * What a failed store call means: one of a few reasons a person can act on,
 * whether trying again within the round can help, and the LogveilError to
 * report (codes in agent/errors.ts). The shipper counts failures by reason;
 * the retrier retries only what is retryable.
 *
 * Messages are built from the S3 error code, the HTTP status and the request
 * id only. The SDK's error objects carry more (the access key id, the string
 * to sign, the raw response): none of it is copied into a message or a log.
 */
import { isLogveilError, LogveilError, type ErrorCode } from '../errors.js';
import { parseRetryAfter } from './retry-delay.js';

export const STORE_FAILURE_REASONS = ['credentials', 'no_bucket', 'access_denied', 'unreachable', 'throttled', 'conflict', 'other'] as const;
export type StoreFailureReason = (typeof STORE_FAILURE_REASONS)[number];

export interface StoreFailure {
  readonly reason: StoreFailureReason;
  /** Whether another try in the same round can succeed. */
  readonly retryable: boolean;
  /** The server's Retry-After, in ms. */
  readonly retryAfterMs?: number;
  /** What to report when the store gives up. */
  readonly error: LogveilError;
}

const CODE_OF: Readonly<Record<StoreFailureReason, ErrorCode>> = {
  credentials: 'LV_STORE_CREDENTIALS',
  no_bucket: 'LV_STORE_NO_BUCKET',
  access_denied: 'LV_STORE_ACCESS_DENIED',
  unreachable: 'LV_STORE_UNREACHABLE',
  throttled: 'LV_STORE_THROTTLED',
  conflict: 'LV_STORE_CONFLICT',
  other: 'LV_STORE_FAILED',
};

/** The failure reason of any error a store or the shipper met: LV_IO and unknown errors are `other`. */
export function failureReasonOf(e: unknown): StoreFailureReason {
  if (!isLogveilError(e)) return 'other';
  const found = (Object.entries(CODE_OF) as Array<[StoreFailureReason, ErrorCode]>).find(([, code]) => code === e.code);
  return found?.[0] ?? 'other';
}

export function storeError(reason: StoreFailureReason, message: string, cause?: unknown): LogveilError {
  return new LogveilError(CODE_OF[reason], message, { cause });
}

const CREDENTIAL_ERRORS = new Set([
  'InvalidAccessKeyId',
  'SignatureDoesNotMatch',
  'ExpiredToken',
  'InvalidToken',
  'TokenRefreshRequired',
  'InvalidClientTokenId',
  'CredentialsProviderError',
]);
const DENIED_ERRORS = new Set(['AccessDenied', 'AllAccessDisabled', 'AccountProblem', 'InvalidObjectState']);
// The AWS SDK's own list (@smithy/core retry: THROTTLING_ERROR_CODES) plus S3's 5xx names.
const THROTTLE_ERRORS = new Set([
  'SlowDown',
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestThrottled',
  'RequestThrottledException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'BandwidthLimitExceeded',
  'ServiceUnavailable',
  'InternalError',
]);
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'ECONNRESET', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNABORTED', 'UND_ERR_SOCKET']);
const TIMEOUT_NAMES = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException']);

interface SdkErrorLike {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  $metadata?: { httpStatusCode?: number; requestId?: string; extendedRequestId?: string };
  $response?: { headers?: Record<string, string | undefined> };
}

/**
 * Classifies an error from the S3 client (or from node's network stack under
 * it). `what` names the operation and key for the message: "put <key>".
 */
export function classifyS3Error(e: unknown, what: string, endpointHost: string, nowMs: number): StoreFailure {
  if (isLogveilError(e)) {
    const reason = failureReasonOf(e);
    return { reason, retryable: false, error: e };
  }
  const err = (e ?? {}) as SdkErrorLike;
  const name = typeof err.name === 'string' ? err.name : 'Error';
  const status = err.$metadata?.httpStatusCode;
  const sysCode = networkCode(e);
  const detail = [name !== 'Error' && name !== 'Unknown' ? name : undefined, status !== undefined ? `HTTP ${status}` : undefined, err.$metadata?.requestId ? `request id ${err.$metadata.requestId}` : undefined]
    .filter((x) => x !== undefined)
    .join(', ');
  const fail = (reason: StoreFailureReason, retryable: boolean, text: string, retryAfterMs?: number): StoreFailure => ({
    reason,
    retryable,
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    error: storeError(reason, `s3 ${what}: ${text}`, e),
  });

  if (name === 'NoSuchKey') return { reason: 'other', retryable: false, error: new LogveilError('LV_IO', `s3 ${what}: no such object`, { cause: e }) };
  if (CREDENTIAL_ERRORS.has(name)) {
    const hint = name === 'CredentialsProviderError' ? 'no AWS credentials in the standard chain (environment, shared files, container or instance role)' : `the store rejected the credentials (${detail})`;
    return fail('credentials', false, `${hint}; check the AWS credential chain of the agent`);
  }
  if (name === 'NoSuchBucket') return fail('no_bucket', false, `the bucket does not exist (${detail}); check store.s3.bucket and store.s3.region`);
  if (DENIED_ERRORS.has(name)) return fail('access_denied', false, `access denied (${detail}); the credentials need s3:PutObject, s3:PutObjectTagging, s3:GetObject and s3:ListBucket on the bucket`);
  if (name === 'PermanentRedirect' || name === 'AuthorizationHeaderMalformed' || status === 301) {
    return fail('other', false, `the bucket is not in store.s3.region (${detail})`);
  }
  if (name === 'RequestTimeTooSkewed') return fail('other', true, `the agent's clock is too far from the store's (${detail})`);
  if (name === 'ConditionalRequestConflict' || name === 'OperationAborted') return fail('other', true, `a concurrent write to the same key is in progress (${detail})`);
  // The body arrived damaged or short: the checksum S3 verified failed; another try sends it again.
  if (name === 'BadDigest' || name === 'IncompleteBody' || name === 'XAmzContentSHA256Mismatch') return fail('other', true, `the store received a damaged body (${detail})`);
  const retryAfterMs = parseRetryAfter(header(err, 'retry-after'), nowMs);
  if (THROTTLE_ERRORS.has(name) || status === 429 || (status !== undefined && status >= 500)) {
    return fail('throttled', true, `the store is throttling or failing (${detail})`, retryAfterMs);
  }
  if (sysCode !== undefined && isTlsCode(sysCode)) {
    return fail('unreachable', false, `TLS handshake with ${endpointHost} failed (${sysCode}); the store must offer TLS 1.2 or newer with a trusted certificate`);
  }
  if ((sysCode !== undefined && NETWORK_CODES.has(sysCode)) || TIMEOUT_NAMES.has(name)) {
    return fail('unreachable', true, `cannot reach ${endpointHost} (${sysCode ?? name})`);
  }
  if (status === 403) return fail('access_denied', false, `access denied (${detail}) without a reason from the store`);
  if (status !== undefined) return fail('other', false, `the store refused the request (${detail})`);
  return fail('other', false, `${name}${sysCode ? ` ${sysCode}` : ''}`);
}

/** A node system error code on the error or its causes (the SDK wraps some). */
function networkCode(e: unknown): string | undefined {
  let cur: unknown = e;
  for (let depth = 0; depth < 5 && cur && typeof cur === 'object'; depth++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    cur = (cur as { cause?: unknown }).cause;
  }
  return undefined;
}

function isTlsCode(code: string): boolean {
  return /^(ERR_SSL_|ERR_TLS_|CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|EPROTO)/.test(code);
}

function header(err: SdkErrorLike, name: string): string | undefined {
  const headers = err.$response?.headers;
  if (!headers) return undefined;
  const k = Object.keys(headers).find((h) => h.toLowerCase() === name);
  return k === undefined ? undefined : headers[k];
}
