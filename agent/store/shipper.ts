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
 * shipper never overwrites it, keeps the segment and counts a conflict.
 *
 * A failed upload keeps the segment, is counted, and ends the round: segments
 * stay in order, and the next round (timer) tries again. Backoff with jitter
 * belongs to the store (the S3 store retries within a round).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Logger } from 'pino';
import type { SealedSegment, Spool } from '../spool/index.js';
import { buildManifest, parseManifest } from './manifest.js';
import { segmentObjectKeys } from './object-layout.js';
import type { ObjectStore } from './object-store.js';

export const SEGMENT_CONTENT_TYPE = 'application/vnd.logveil.segment';

export interface ShipperStats {
  /** Segments now in the store (uploaded, or found already stored). */
  readonly objects: number;
  readonly bytes: number;
  /** Segments found already stored (a retry after a crash): marked shipped without uploading. */
  readonly alreadyStored: number;
  /** `upload`: the store or the spool file failed (retried next round); `conflict`: the key holds other data. */
  readonly failures: { readonly upload: number; readonly conflict: number };
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
  const stats = { objects: 0, bytes: 0, alreadyStored: 0, failures: { upload: 0, conflict: 0 } };
  let running: Promise<{ shipped: number }> | undefined;
  let timer: NodeJS.Timeout | undefined;

  async function shipSegment(seg: SealedSegment): Promise<'shipped' | 'already' | 'conflict'> {
    const body = await readFile(seg.file);
    const sha256 = createHash('sha256').update(body).digest('hex');
    const keys = segmentObjectKeys(prefix, seg);
    if (await store.head(keys.manifest)) {
      const existing = parseManifest(await store.get(keys.manifest));
      if (existing?.sha256 === sha256) {
        await spool.markShipped(seg.id);
        return 'already';
      }
      return 'conflict';
    }
    const manifest = buildManifest(seg, keys.data, body.length, sha256);
    await store.put(keys.data, body, {
      contentType: SEGMENT_CONTENT_TYPE,
      metadata: { sha256, 'policy-version': seg.policyVersion, 'key-epoch': seg.keyEpoch },
    });
    await store.put(keys.manifest, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`), { contentType: 'application/json' });
    await spool.markShipped(seg.id);
    return 'shipped';
  }

  async function round(): Promise<{ shipped: number }> {
    let shipped = 0;
    for (const seg of spool.sealed()) {
      let outcome: 'shipped' | 'already' | 'conflict';
      try {
        outcome = await shipSegment(seg);
      } catch (e) {
        stats.failures.upload++;
        logger.warn({ event: 'ship_failed', segment: seg.id, err: (e as Error).message }, 'shipping a spool segment failed; it stays in the spool');
        break;
      }
      if (outcome === 'conflict') {
        stats.failures.conflict++;
        logger.error(
          { event: 'ship_conflict', segment: seg.id },
          'the object key of a spool segment already holds different data; not overwritten, segment kept',
        );
        continue;
      }
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
    stats: () => ({ ...stats, failures: { ...stats.failures } }),
  };
}
