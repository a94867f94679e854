import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { openSpool } from '../../agent/spool/index.js';
import { createS3Store, createShipper, parseManifest } from '../../agent/store/index.js';
import { batchOf, captureLogger, decryptBytes, event, silentLogger, spoolOptions, tempDir, testKeys, type TestKeys } from '../spool/helpers.js';
import { collect, s3Options, startS3rver, useS3rverCredentials, type RunningS3rver } from './helpers.js';

const BUCKET = 'logveil-outage-test';
const OUTAGE_MS = 30_000;
const LAYOUT = /^outage\/tenant=acme\/site=hq\/class=logs\/dt=\d{4}-\d{2}-\d{2}\/hour=\d{2}\/gw1-\d{12}\.(lvb|manifest\.json)$/;
let work: { dir: string; cleanup(): void };
let s3: RunningS3rver;
let keys: TestKeys;

beforeAll(async () => {
  useS3rverCredentials();
  work = tempDir('s3outage');
  keys = await testKeys(work.dir);
  s3 = await startS3rver(join(work.dir, 's3rver'), [BUCKET]);
});
afterAll(async () => {
  await s3.stop();
  work.cleanup();
});

describe('shipping through a store outage', () => {
  it('delivers every segment exactly once, in the layout, when s3rver is down for 30 s mid-stream', { timeout: 180_000 }, async () => {
    const spool = await openSpool(spoolOptions(join(work.dir, 'spool'), keys.publicKey), { logger: silentLogger });
    const store = createS3Store(s3Options(s3.endpoint, BUCKET, { retry_base_delay_ms: 50, retry_max_delay_ms: 1_000 }), { logger: silentLogger });
    const { logger, lines } = captureLogger();
    const shipper = createShipper({ spool, store, prefix: 'outage', logger });
    shipper.start(300);

    // A stream of segments: 40 events each, one every 250 ms, before, during and after the outage.
    const EVENTS = 40;
    let produced = 0;
    let producing = true;
    const producer = (async () => {
      while (producing) {
        await spool.append('logs', batchOf(Array.from({ length: EVENTS }, (_, j) => event(produced * EVENTS + j))));
        await spool.sealAll();
        produced++;
        await sleep(250);
      }
    })();

    await sleep(4_000);
    const shippedBefore = shipper.stats().objects;
    await s3.stop();
    await sleep(OUTAGE_MS);
    expect(spool.sealed().length).toBeGreaterThan(50); // the spool kept everything meanwhile
    expect(shipper.stats().failures.unreachable).toBeGreaterThan(0);
    await s3.restart();
    await sleep(3_000);
    producing = false;
    await producer;
    await vi.waitFor(() => expect(spool.sealed()).toEqual([]), { timeout: 60_000, interval: 200 });
    await shipper.stop();
    await spool.close();

    expect(shippedBefore).toBeGreaterThan(0);
    const objects = await collect(store.list('outage/'));
    for (const o of objects) expect(o.key).toMatch(LAYOUT);
    const data = objects.filter((o) => o.key.endsWith('.lvb'));
    const manifests = objects.filter((o) => o.key.endsWith('.manifest.json'));
    expect(data).toHaveLength(produced);
    expect(manifests).toHaveLength(produced);

    const seen: number[] = [];
    for (const o of data) {
      const bytes = await store.get(o.key);
      const manifest = parseManifest(await store.get(o.key.replace(/\.lvb$/, '.manifest.json')))!;
      expect(manifest.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      const events = await decryptBytes(bytes, keys.privateKey);
      expect(events).toHaveLength(manifest.count);
      for (const e of events) seen.push(Number(/^event number (\d+) /.exec(e.msg)![1]));
    }
    seen.sort((a, b) => a - b);
    expect(seen).toEqual(Array.from({ length: produced * EVENTS }, (_, i) => i));

    const stats = shipper.stats();
    expect(stats.state).toBe('ok');
    expect(stats.objects).toBe(produced);
    expect(stats.retries.unreachable).toBeGreaterThan(0);
    // The outage is logged when it starts and when it ends, not on each of ~100 failed rounds.
    const warned = lines.filter((l) => l.event === 'ship_failed' && l.level === 40);
    expect(warned.length).toBeGreaterThanOrEqual(1);
    expect(warned.length).toBeLessThanOrEqual(3);
    expect(warned[0]).toMatchObject({ reason: 'unreachable', code: 'LV_STORE_UNREACHABLE' });
    expect(lines.filter((l) => l.event === 'store_recovered').length).toBe(warned.length);
    await store.close();
  });
});
