import { describe, expect, it } from 'vitest';
import { createRetrier } from '../../agent/store/retrier.js';
import { classifyS3Error, STORE_FAILURE_REASONS, type StoreFailureReason } from '../../agent/store/store-errors.js';
import { fakeClock, silentLogger } from '../spool/helpers.js';

/** A retrier on a fake clock: sleeping moves the clock, so a test of minutes takes microseconds. */
function setup(over: { random?: () => number; baseMs?: number; maxMs?: number } = {}) {
  const clock = fakeClock();
  const start = clock.now();
  const sleeps: number[] = [];
  const retries = Object.fromEntries(STORE_FAILURE_REASONS.map((r) => [r, 0])) as Record<StoreFailureReason, number>;
  const retrier = createRetrier({
    baseMs: over.baseMs ?? 200,
    maxMs: over.maxMs ?? 60_000,
    now: clock.now,
    sleep: async (ms) => {
      sleeps.push(ms);
      clock.advance(ms);
    },
    random: over.random ?? (() => 0.5),
    classify: (e, what) => classifyS3Error(e, what, 'store.example', clock.now()),
    onRetry: (r) => retries[r]++,
    logger: silentLogger,
  });
  return { retrier, sleeps, retries, clock, elapsed: () => clock.now() - start };
}

/** Node's error for a refused connection, as the SDK passes it on. */
const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' });
/** An S3 error as the SDK shapes it: name = S3's code, $metadata.httpStatusCode, $response. */
const s3Error = (name: string, status: number, headers: Record<string, string> = {}) => {
  const e = Object.assign(new Error(name), { name, $metadata: { httpStatusCode: status } });
  Object.defineProperty(e, '$response', { value: { statusCode: status, headers } });
  return e;
};

describe('retrier (fake clock)', () => {
  it('retries a refused connection with doubling waits and gives up after 5 tries', async () => {
    const { retrier, sleeps, retries } = setup();
    let tries = 0;
    await expect(
      retrier.run('put k', async () => {
        tries++;
        throw refused();
      }),
    ).rejects.toMatchObject({ code: 'LV_STORE_UNREACHABLE' });
    expect(tries).toBe(5);
    expect(sleeps).toEqual([100, 200, 400, 800]);
    expect(retries.unreachable).toBe(4);
  });

  it('returns the first success and counts only the retries before it', async () => {
    const { retrier, retries } = setup();
    let tries = 0;
    const v = await retrier.run('get k', async () => {
      if (++tries < 3) throw s3Error('SlowDown', 503);
      return 'ok';
    });
    expect(v).toBe('ok');
    expect(retries).toMatchObject({ throttled: 2, unreachable: 0 });
  });

  it('backs off from 5 x the base when throttled', async () => {
    const { retrier, sleeps } = setup({ random: () => 0.999 });
    await retrier
      .run('put k', async () => {
        throw s3Error('SlowDown', 503);
      })
      .catch(() => undefined);
    expect(sleeps).toEqual([999, 1998, 3996, 7992]);
  });

  it('does not retry what another try cannot fix', async () => {
    for (const [name, status, code] of [
      ['InvalidAccessKeyId', 403, 'LV_STORE_CREDENTIALS'],
      ['SignatureDoesNotMatch', 403, 'LV_STORE_CREDENTIALS'],
      ['NoSuchBucket', 404, 'LV_STORE_NO_BUCKET'],
      ['AccessDenied', 403, 'LV_STORE_ACCESS_DENIED'],
      ['InvalidArgument', 400, 'LV_STORE_FAILED'],
    ] as const) {
      const { retrier, sleeps } = setup();
      let tries = 0;
      await expect(
        retrier.run('put k', async () => {
          tries++;
          throw s3Error(name, status);
        }),
      ).rejects.toMatchObject({ code });
      expect(tries, name).toBe(1);
      expect(sleeps).toEqual([]);
    }
  });

  it('stops when the next wait would pass the round deadline', async () => {
    // Ceilings of 60 s each (base = max): a third wait would end past the 120 s deadline.
    const { retrier, sleeps, elapsed } = setup({ baseMs: 60_000, maxMs: 60_000, random: () => 0.999 });
    let tries = 0;
    await expect(
      retrier.run('put k', async () => {
        tries++;
        throw refused();
      }),
    ).rejects.toMatchObject({ code: 'LV_STORE_UNREACHABLE' });
    expect(sleeps).toEqual([59_940, 59_940]);
    expect(tries).toBe(3);
    expect(elapsed()).toBeLessThanOrEqual(120_000);
  });

  it('honours a long Retry-After across rounds: no request until it has passed', async () => {
    const { retrier, clock } = setup();
    let tries = 0;
    const op = async () => {
      tries++;
      if (tries === 1) throw s3Error('SlowDown', 503, { 'Retry-After': '600' });
      return 'ok';
    };
    await expect(retrier.run('put k', op)).rejects.toMatchObject({ code: 'LV_STORE_THROTTLED' });
    clock.advance(300_000);
    await expect(retrier.run('put k', op)).rejects.toMatchObject({ code: 'LV_STORE_THROTTLED' });
    expect(tries).toBe(1);
    clock.advance(300_001);
    await expect(retrier.run('put k', op)).resolves.toBe('ok');
    expect(tries).toBe(2);
  });
});
