/** A store directory filled through the real path: spool → seal → shipper → local store. */
import { join } from 'node:path';
import { openSpool, type DataClass } from '../../agent/spool/index.js';
import { createLocalStore, createShipper } from '../../agent/store/index.js';
import type { LogEvent } from '../../shared/event.js';
import { batchOf, silentLogger, spoolOptions } from '../spool/helpers.js';

/**
 * Ships each group of batches as its own segment (in order) and returns the
 * store directory. `prefix` is the store prefix the shipper uses.
 */
export async function shipSegments(
  dir: string,
  publicKey: Uint8Array,
  segments: ReadonlyArray<{ dataClass?: DataClass; batches: ReadonlyArray<readonly LogEvent[]> }>,
  prefix = 'lv',
): Promise<string> {
  const storeDir = join(dir, 'store');
  const spool = await openSpool(spoolOptions(join(dir, 'spool'), publicKey), { logger: silentLogger });
  try {
    for (const seg of segments) {
      for (const b of seg.batches) await spool.append(seg.dataClass ?? 'logs', batchOf(b));
      await spool.sealAll();
    }
    const shipper = createShipper({ spool, store: createLocalStore(storeDir), prefix, logger: silentLogger });
    const { shipped } = await shipper.shipOnce();
    if (shipped !== segments.length) throw new Error(`shipped ${shipped} of ${segments.length}`);
  } finally {
    await spool.close();
  }
  return storeDir;
}

/** Every object key under a store directory. */
export async function storeKeys(storeDir: string): Promise<string[]> {
  const keys: string[] = [];
  for await (const o of createLocalStore(storeDir).list('')) keys.push(o.key);
  return keys;
}
