/**
 * How long to wait before retrying a store operation: exponential backoff
 * with full jitter ("Exponential Backoff And Jitter", AWS Architecture Blog,
 * 2015: sleep = random_between(0, min(cap, base * 2^attempt))), never less
 * than the server's own Retry-After. A pure function: the caller owns the
 * clock and the random source, so tests pin both.
 *
 * The constants bound one round of shipping: an operation gets at most
 * RETRY_MAX_ATTEMPTS tries and gives up as soon as the next wait would end
 * past RETRY_DEADLINE_MS after its first try (like OTel's retrying
 * transport). The segment stays in the spool and the next round starts over,
 * so giving up early loses nothing.
 */

/** Tries per store operation per round (1 try + 4 retries). */
export const RETRY_MAX_ATTEMPTS = 5;
/** An operation stops retrying when the next wait would end later than this after its first try. */
export const RETRY_DEADLINE_MS = 120_000;
/** Throttling (SlowDown, 429, 503) backs off from a base this many times larger, as the AWS SDKs do. */
export const THROTTLE_BASE_FACTOR = 5;

export interface RetryDelayOptions {
  /** First retry's ceiling (store.s3.retry_base_delay_ms). */
  readonly baseMs: number;
  /** Largest ceiling (store.s3.retry_max_delay_ms). */
  readonly maxMs: number;
  /** In [0, 1): Math.random, or a fixed value in tests. */
  readonly random: () => number;
  /** The server's Retry-After, in ms: the wait is never shorter. */
  readonly retryAfterMs?: number;
}

/** Milliseconds to wait before retry number `attempt` (0 for the first retry). */
export function retryDelay(attempt: number, opts: RetryDelayOptions): number {
  const exp = Math.min(Math.max(0, Math.floor(attempt)), 52);
  const ceiling = Math.min(opts.maxMs, opts.baseMs * 2 ** exp);
  const jittered = Math.floor(opts.random() * ceiling);
  return Math.max(jittered, Math.ceil(opts.retryAfterMs ?? 0));
}

/**
 * A Retry-After header (RFC 9110 §10.2.3): delay-seconds or an HTTP-date.
 * Undefined when absent or unreadable; never negative.
 */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  // An HTTP-date names its day and month (IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT").
  const at = /^[A-Za-z]{3},/.test(v) ? Date.parse(v) : Number.NaN;
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}
