/** A store directory filled through the real path: spool → seal → shipper → local store. */
import { join } from 'node:path';
import { openSpool, compressBatch, type DataClass, type SpoolBatch, type SpoolOptions } from '../../agent/spool/index.js';
import { createLocalStore, createShipper, type ObjectStore } from '../../agent/store/index.js';
import { openStoreFor, type StoreSource } from '../../agent/query/index.js';
import { eventToJsonBytes } from '../../shared/event-json.js';
import type { LogEvent } from '../../shared/event.js';
import { batchOf, silentLogger, spoolOptions } from '../spool/helpers.js';

export interface ShipOptions {
  /** Store key prefix the shipper uses. */
  prefix?: string;
  /** Spool settings (tenant, site, agentId, keyEpoch...). */
  spool?: Partial<SpoolOptions>;
  /** Spool directory name under `dir` (one per agent or tenant, when a test ships several). */
  spoolName?: string;
  /** The spool's clock (decides the first segment number of a fresh spool and `created`). */
  now?: () => number;
  /** How events become a batch; default `batchOf` (JSON.stringify, bounds by time ?? received). */
  batch?: (events: readonly LogEvent[]) => SpoolBatch;
}

/**
 * Ships each group of batches as its own segment (in order) and returns the
 * store directory (`dir/store`, shared by every call with the same `dir`).
 */
export async function shipSegments(
  dir: string,
  publicKey: Uint8Array,
  segments: ReadonlyArray<{ dataClass?: DataClass; batches: ReadonlyArray<readonly LogEvent[]> }>,
  prefixOrOptions: string | ShipOptions = 'lv',
): Promise<string> {
  const o: ShipOptions = typeof prefixOrOptions === 'string' ? { prefix: prefixOrOptions } : prefixOrOptions;
  const storeDir = join(dir, 'store');
  const spool = await openSpool(spoolOptions(join(dir, o.spoolName ?? 'spool'), publicKey, o.spool ?? {}), {
    logger: silentLogger,
    ...(o.now ? { now: o.now } : {}),
  });
  const toBatch = o.batch ?? ((events: readonly LogEvent[]) => batchOf(events));
  try {
    for (const seg of segments) {
      for (const b of seg.batches) await spool.append(seg.dataClass ?? 'logs', toBatch(b));
      await spool.sealAll();
    }
    const shipper = createShipper({ spool, store: createLocalStore(storeDir), prefix: o.prefix ?? 'lv', logger: silentLogger });
    const { shipped } = await shipper.shipOnce();
    if (shipped !== segments.length) throw new Error(`shipped ${shipped} of ${segments.length}`);
  } finally {
    await spool.close();
  }
  return storeDir;
}

/**
 * A batch as the daemon's pipeline makes it: each event through
 * `eventToJsonBytes` (events made by the sanitizer and the parser hold binary
 * strings), bounds by `received ?? time`.
 */
export function pipelineBatch(events: readonly LogEvent[]): SpoolBatch {
  const ndjson = Buffer.concat(events.flatMap((e) => [eventToJsonBytes(e), Buffer.from('\n')]));
  const times = events.map((e) => Date.parse(e.received ?? e.time ?? '1970-01-01T00:00:00Z'));
  return { payload: compressBatch(ndjson, 1), count: events.length, minTime: Math.min(...times), maxTime: Math.max(...times) };
}

/** Every object key under a store directory. */
export async function storeKeys(storeDir: string): Promise<string[]> {
  const keys: string[] = [];
  for await (const o of createLocalStore(storeDir).list('')) keys.push(o.key);
  return keys;
}

/** What a wrapping store saw: every get (in order), every list prefix, and the most gets in flight at once. */
export interface StoreLog {
  gets: string[];
  lists: string[];
  maxInFlight: number;
  /** Gets and output writes, in the order they happened. */
  timeline: string[];
}

/** A source over the local store that records what the query asks of it. */
export async function recordingSource(
  storeDir: string,
  opts: { flat?: boolean; prefix?: string; getDelayMs?: number } = {},
): Promise<{ source: StoreSource; log: StoreLog }> {
  const inner = await openStoreFor(storeDir, { region: 'x', endpoint: '', forcePathStyle: false, allowPlainHttpLoopback: false });
  const log: StoreLog = { gets: [], lists: [], maxInFlight: 0, timeline: [] };
  let inFlight = 0;
  const store: ObjectStore = {
    put: (k, b, o) => inner.store.put(k, b, o),
    head: (k) => inner.store.head(k),
    async get(key) {
      inFlight++;
      log.maxInFlight = Math.max(log.maxInFlight, inFlight);
      log.gets.push(key);
      log.timeline.push(`get ${key}`);
      try {
        if (opts.getDelayMs) await new Promise((r) => setTimeout(r, opts.getDelayMs));
        return await inner.store.get(key);
      } finally {
        inFlight--;
      }
    },
    list(prefix) {
      log.lists.push(prefix);
      return inner.store.list(prefix);
    },
  };
  // Flat: like an S3 store, which lists keys, not levels (the shipper's prefix is then given, as in s3://bucket/lv).
  const innerKeys = inner.keys;
  const source: StoreSource = opts.flat
    ? { store, prefix: opts.prefix ?? '', label: storeDir }
    : {
        ...inner,
        store,
        ...(innerKeys
          ? {
              keys: (prefix: string) => {
                log.lists.push(prefix);
                return innerKeys(prefix);
              },
            }
          : {}),
      };
  return { source, log };
}
