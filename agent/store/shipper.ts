/**
 * Ships sealed spool segments to an object store, oldest first: the data
 * object (the segment file's bytes, still encrypted to the MSP's key), then
 * its manifest, then `spool.markShipped`. Only then is the local copy deleted
 * (DESIGN invariant 2).
 *
 * Idempotent (invariant 3). A crash after the upload and before markShipped
 * leaves the segment in the spool; the next round finds the manifest already
 * stored with the same SHA-256 and just marks it shipped. A manifest with a
 * different digest under the same key means some other segment already owns
 * that key (an agent reinstalled with the same id and an old spool.json): the
 * shipper never overwrites it, keeps the segment and counts a conflict. A
 * store that refuses to replace different bytes (S3: LV_STORE_CONFLICT) is
 * counted the same way.
 *
 * A failed upload keeps the segment, is counted by reason (store-errors.ts),
 * and ends the round: segments stay in order, and the next round (timer)
 * tries again. Backoff with jitter belongs to the store (the S3 store retries
 * within a round, see retrier.ts); its retry counts show in `stats().retries`.
 * A failure is logged when the store's state changes (ok -> no_bucket ->
 * unreachable -> ok), not on every round or retry, so an outage of hours
 * writes a handful of lines. Logs carry error codes and messages built by
 * the store, never object contents or credentials.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Logger } from 'pino';
import type { SealedSegment, Spool } from '../spool/index.js';
import { buildManifest, parseManifest } from './manifest.js';
import { segmentObjectKeys } from './object-layout.js';
import type { ObjectStore } from './object-store.js';
import { failureReasonOf, STORE_FAILURE_REASONS, type StoreFailureReason } from './store-errors.js';

export const SEGMENT_CONTENT_TYPE = 'application/vnd.logveil.segment';

export interface ShipperStats {
  /** Segments now in the store (uploaded, or found already stored). */
  readonly objects: number;
  readonly bytes: number;
  /** Segments found already stored (a retry after a crash): marked shipped without uploading. */
  readonly alreadyStored: number;
  /**
   * Segments that could not be shipped, by reason: one per segment and round
   * (the round then ends, except for `conflict`: the key holds other data,
   * the segment is kept and the round goes on). `other` includes errors
   * reading the spool file.
   */
  readonly failures: Readonly<Record<StoreFailureReason, number>>;
  /** Store tries repeated within a round, by the reason the try before failed (stores that retry: S3). */
  readonly retries: Readonly<Record<StoreFailureReason, number>>;
  /** The store as the last round left it: `ok`, or the reason of its last failure. */
  readonly state: 'ok' | StoreFailureReason;
}

export interface Shipper {
  shipOnce(): Promise<{ shipped: number }>;
  start(intervalMs: number): void;
  /** Stops the timer and waits for a round in progress. Idempotent. */
  stop(): Promise<void>;
  stats(): ShipperStats;
}

export function createShipper(deps: {
  spool: Pick<Spool, 'sealed' | 'markShipped'>;
  store: ObjectStore;
  prefix: string;
  logger: Logger;
}): Shipper {
  const { spool, store, prefix, logger } = deps;
  const zero = (): Record<StoreFailureReason, number> => Object.fromEntries(STORE_FAILURE_REASONS.map((r) => [r, 0])) as Record<StoreFailureReason, number>;
  const stats = { objects: 0, bytes: 0, alreadyStored: 0, failures: zero() };
  /** `ok`, or the reason and code of the last failure: a log line is written when it changes. */
  let state: { reason: 'ok' | StoreFailureReason; code: string } = { reason: 'ok', code: '' };
  /** Segments already reported as conflicting (reported once each). */
  const conflicted = new Set<string>();
  let running: Promise<{ shipped: number }> | undefined;
  let timer: NodeJS.Timeout | undefined;

  async function shipSegment(seg: SealedSegment): Promise<'shipped' | 'already' | 'conflict'> {
    const body = await readFile(seg.file);
    const sha256 = createHash('sha256').update(body).digest('hex');
    const keys = segmentObjectKeys(prefix, seg);
    const manifest = Buffer.from(`${JSON.stringify(buildManifest(seg, keys.data, body.length, sha256), null, 2)}\n`);
    if (await store.head(keys.manifest)) {
      const stored = await store.get(keys.manifest);
      if (parseManifest(stored)?.sha256 === sha256) {
        await spool.markShipped(seg.id);
        return 'already';
      }
      // Anything else is never overwritten, except a strict prefix of our own manifest: a copy
      // cut short by a store that does not write atomically (s3rver; S3 never shows one).
      if (!(stored.length < manifest.length && stored.equals(manifest.subarray(0, stored.length)))) return 'conflict';
    }
    await store.put(keys.data, body, {
      contentType: SEGMENT_CONTENT_TYPE,
      metadata: { sha256, 'policy-version': seg.policyVersion, 'key-epoch': seg.keyEpoch },
    });
    await store.put(keys.manifest, manifest, { contentType: 'application/json' });
    await spool.markShipped(seg.id);
    return 'shipped';
  }

  function setState(reason: 'ok' | StoreFailureReason, code: string, e?: unknown, segment?: string): void {
    if (state.reason === reason && state.code === code) {
      if (e) logger.debug({ event: 'ship_failed', segment, reason, code, err: (e as Error).message }, 'shipping still failing');
      return;
    }
    const was = state.reason;
    state = { reason, code };
    if (reason === 'ok') {
      logger.info({ event: 'store_recovered', was }, 'the store takes segments again');
    } else {
      logger.warn(
        { event: 'ship_failed', segment, reason, code, err: (e as Error).message },
        'shipping a spool segment failed; it stays in the spool and is retried every round (logged again when the cause changes)',
      );
    }
  }

  async function round(): Promise<{ shipped: number }> {
    let shipped = 0;
    for (const seg of spool.sealed()) {
      let outcome: 'shipped' | 'already' | 'conflict';
      try {
        outcome = await shipSegment(seg);
      } catch (e) {
        const reason = failureReasonOf(e);
        if (reason === 'conflict') {
          outcome = 'conflict';
        } else {
          stats.failures[reason]++;
          setState(reason, (e as { code?: unknown }).code === undefined ? '' : String((e as { code?: unknown }).code), e, seg.id);
          break;
        }
      }
      if (outcome === 'conflict') {
        stats.failures.conflict++;
        if (!conflicted.has(seg.id)) {
          conflicted.add(seg.id);
          logger.error(
            { event: 'ship_conflict', segment: seg.id },
            'the object key of a spool segment already holds different data; not overwritten, segment kept',
          );
        }
        continue;
      }
      setState('ok', '');
      shipped++;
      if (outcome === 'already') stats.alreadyStored++;
      stats.objects++;
      stats.bytes += seg.bytes;
      logger.debug({ event: 'shipped', segment: seg.id, records: seg.count, bytes: seg.bytes, retry: outcome === 'already' }, 'segment shipped');
    }
    return { shipped };
  }

  function shipOnce(): Promise<{ shipped: number }> {
    // One round at a time: a second caller shares the round in progress.
    running ??= round().finally(() => {
      running = undefined;
    });
    return running;
  }

  return {
    shipOnce,
    start(intervalMs: number) {
      if (timer) return;
      timer = setInterval(() => {
        shipOnce().catch((e: unknown) => logger.error({ event: 'ship_round_error', err: (e as Error).message }, 'shipping round failed'));
      }, intervalMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running?.catch(() => undefined);
    },
    stats: () => ({ ...stats, failures: { ...stats.failures }, retries: { ...zero(), ...store.stats?.().retries }, state: state.reason }),
  };
}
