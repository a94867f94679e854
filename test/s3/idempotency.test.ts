import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSpool, type Spool } from '../../agent/spool/index.js';
import { createS3Store, createShipper, parseManifest, type S3Store } from '../../agent/store/index.js';
import { batchOf, event, silentLogger, spoolOptions, tempDir, testKeys, type TestKeys } from '../spool/helpers.js';
import { collect, s3Options, startFaultProxy, startS3rver, useS3rverCredentials, type FaultProxy, type RunningS3rver } from './helpers.js';

const BUCKET = 'logveil-idempotency-test';
let work: { dir: string; cleanup(): void };
let s3: RunningS3rver;
let keys: TestKeys;
let spool: Spool;
let n = 0;
let prefix = '';
const open: Array<S3Store | FaultProxy> = [];

beforeAll(async () => {
  useS3rverCredentials();
  work = tempDir('s3idem');
  keys = await testKeys(work.dir);
  s3 = await startS3rver(join(work.dir, 's3rver'), [BUCKET]);
});
beforeEach(async () => {
  prefix = `idem${n}`;
  spool = await openSpool(spoolOptions(join(work.dir, `spool-${n++}`), keys.publicKey), { logger: silentLogger });
  await spool.append('logs', batchOf([event(0), event(1)]));
  await spool.sealAll();
});
afterEach(async () => {
  await spool.close();
  for (const x of open.splice(0)) await x.close();
});
afterAll(async () => {
  await s3.stop();
  work.cleanup();
});

async function through(opts: Parameters<typeof startFaultProxy>[1] = {}): Promise<{ proxy: FaultProxy; store: S3Store }> {
  const proxy = await startFaultProxy(s3.port, opts);
  const store = createS3Store(s3Options(proxy.endpoint, BUCKET), { logger: silentLogger });
  open.push(proxy, store);
  return { proxy, store };
}
/** The SDK sends PutObject as PUT /bucket/key?x-id=PutObject. */
const path = (url: string) => url.split('?')[0]!;
const puts = (p: FaultProxy, suffix: string) => p.forwarded.filter((r) => r.method === 'PUT' && path(r.url).endsWith(suffix)).length;

describe('shipping to S3 is idempotent', () => {
  it('shipping the same segment twice (a crash before markShipped) stores one object per key and uploads nothing the second time', async () => {
    const bytes = readFileSync(spool.sealed()[0]!.file);
    const { proxy, store } = await through();
    let crash = true;
    const crashing = {
      sealed: () => spool.sealed(),
      markShipped: async (id: string) => {
        if (crash) throw new Error('killed before markShipped');
        await spool.markShipped(id);
      },
    };
    expect(await createShipper({ spool: crashing, store, prefix, logger: silentLogger }).shipOnce()).toEqual({ shipped: 0 });
    crash = false;
    const second = createShipper({ spool: crashing, store, prefix, logger: silentLogger });
    expect(await second.shipOnce()).toEqual({ shipped: 1 });
    expect(second.stats()).toMatchObject({ objects: 1, alreadyStored: 1 });
    expect(puts(proxy, '.lvb')).toBe(1);
    expect(puts(proxy, '.manifest.json')).toBe(1);
    const objects = await collect(store.list(`${prefix}/`));
    expect(objects).toHaveLength(2);
    const data = objects.find((o) => o.key.endsWith('.lvb'))!;
    expect((await store.get(data.key)).equals(bytes)).toBe(true);
  });

  it('after a failure between the data object and its manifest, the retry writes only the manifest', async () => {
    let denied = 0;
    const { proxy, store } = await through({
      fault: (r) => (r.method === 'PUT' && path(r.url).endsWith('.manifest.json') && denied++ === 0 ? { status: 403, code: 'AccessDenied' } : undefined),
    });
    const shipper = createShipper({ spool, store, prefix, logger: silentLogger });
    expect(await shipper.shipOnce()).toEqual({ shipped: 0 });
    expect(shipper.stats().failures.access_denied).toBe(1);
    expect(await shipper.shipOnce()).toEqual({ shipped: 1 });
    expect(puts(proxy, '.lvb')).toBe(1); // the data object is recognised by its SHA-256, not sent again
    expect(puts(proxy, '.manifest.json')).toBe(1);
    const objects = await collect(store.list(`${prefix}/`));
    expect(objects.map((o) => o.key.replace(/.*\./, ''))).toEqual(['lvb', 'json']);
    const manifest = parseManifest(await store.get(objects[1]!.key))!;
    expect(manifest.key).toBe(objects[0]!.key);
  });
});
