/**
 * Runs one store operation with retries: classify each failure
 * (store-errors.ts), wait `retryDelay` (retry-delay.ts) for the retryable
 * ones, give up after RETRY_MAX_ATTEMPTS tries or when the next wait would
 * end past RETRY_DEADLINE_MS. Every try is a single HTTP exchange: the S3
 * client's own retries are off (maxAttempts 1), so the counts here are the
 * real ones.
 *
 * When the store asks for more patience than a round has (a Retry-After
 * past the deadline), the retrier remembers it and later calls fail at once
 * as throttled, without a request, until that time: the next rounds honour
 * Retry-After instead of knocking again every few seconds.
 */
import type { Logger } from 'pino';
import { RETRY_DEADLINE_MS, RETRY_MAX_ATTEMPTS, retryDelay, THROTTLE_BASE_FACTOR } from './retry-delay.js';
import { storeError, type StoreFailure, type StoreFailureReason } from './store-errors.js';

export interface RetrierOptions {
  readonly baseMs: number;
  readonly maxMs: number;
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
  readonly random: () => number;
  readonly classify: (e: unknown, what: string) => StoreFailure;
  readonly onRetry: (reason: StoreFailureReason) => void;
  readonly logger: Logger;
  readonly maxAttempts?: number;
  readonly deadlineMs?: number;
}

export interface Retrier {
  run<T>(what: string, op: () => Promise<T>): Promise<T>;
}

export function createRetrier(opts: RetrierOptions): Retrier {
  const maxAttempts = opts.maxAttempts ?? RETRY_MAX_ATTEMPTS;
  const deadlineMs = opts.deadlineMs ?? RETRY_DEADLINE_MS;
  /** The store asked not to be called before this time (ms since the epoch). */
  let holdUntil = 0;

  return {
    async run<T>(what: string, op: () => Promise<T>): Promise<T> {
      const start = opts.now();
      if (start < holdUntil) {
        throw storeError('throttled', `s3 ${what}: the store asked to wait until ${new Date(holdUntil).toISOString()} (Retry-After); not tried`);
      }
      for (let attempt = 0; ; attempt++) {
        try {
          return await op();
        } catch (e) {
          const failure = opts.classify(e, what);
          if (!failure.retryable) throw failure.error;
          if (attempt + 1 >= maxAttempts) throw failure.error;
          const delay = retryDelay(attempt, {
            baseMs: failure.reason === 'throttled' ? opts.baseMs * THROTTLE_BASE_FACTOR : opts.baseMs,
            maxMs: opts.maxMs,
            random: opts.random,
            ...(failure.retryAfterMs !== undefined ? { retryAfterMs: failure.retryAfterMs } : {}),
          });
          const now = opts.now();
          if (now + delay - start > deadlineMs) {
            if (failure.retryAfterMs !== undefined) holdUntil = now + failure.retryAfterMs;
            throw failure.error;
          }
          opts.onRetry(failure.reason);
          opts.logger.debug({ event: 'store_retry', op: what, reason: failure.reason, attempt: attempt + 1, delayMs: delay }, 'store operation failed; retrying');
          await opts.sleep(delay);
        }
      }
    },
  };
}
