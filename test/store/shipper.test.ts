import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSpool, type Spool } from '../../agent/spool/index.js';
import { createLocalStore, createShipper, parseManifest, type ObjectStore } from '../../agent/store/index.js';
import { LogveilError } from '../../agent/errors.js';
import { batchOf, captureLogger, decryptBytes, event, silentLogger, spoolOptions, tempDir, testKeys, type TestKeys } from '../spool/helpers.js';

let keys: TestKeys;
let work: { dir: string; cleanup(): void };
let spool: Spool;

beforeAll(async () => {
  const k = tempDir('shipper-keys');
  keys = await testKeys(k.dir);
  return () => k.cleanup();
});
beforeEach(async () => {
  work = tempDir('shipper');
  spool = await openSpool(spoolOptions(join(work.dir, 'spool'), keys.publicKey), { logger: silentLogger });
});
afterEach(async () => {
  await spool.close();
  work.cleanup();
});

/** The local store, recording each put and failing the ones `fail` picks. */
function recordingStore(fail: (key: string, n: number) => boolean = () => false): { store: ObjectStore; puts: string[] } {
  const inner = createLocalStore(join(work.dir, 'store'));
  const puts: string[] = [];
  let n = 0;
  return {
    puts,
    store: {
      ...inner,
      list: (p) => inner.list(p),
      async put(key, body, opts) {
        if (fail(key, n++)) throw new Error('store unavailable');
        puts.push(key);
        await inner.put(key, body, opts);
      },
    },
  };
}

async function listAll(store: ObjectStore): Promise<string[]> {
  const keys = [];
  for await (const o of store.list('')) keys.push(o.key);
  return keys;
}

const DIR = 'out/tenant=acme/site=hq';

describe('shipper', () => {
  it('uploads sealed segments oldest first, data object then manifest, then deletes them from the spool', async () => {
    await spool.append('logs', batchOf([event(0), event(1)]));
    await spool.sealAll();
    await spool.append('alerts', batchOf([event(3600 * 2)]));
    await spool.sealAll();
    const [logs, alerts] = spool.sealed();
    const logsBytes = readFileSync(logs!.file);
    const { store, puts } = recordingStore();
    const shipper = createShipper({ spool, store, prefix: 'out/', logger: silentLogger });

    expect(await shipper.shipOnce()).toEqual({ shipped: 2 });
    const seq = (n: number) => String(n).padStart(12, '0');
    expect(puts).toEqual([
      `${DIR}/class=logs/dt=2025-03-01/hour=10/gw1-${seq(logs!.seq)}.lvb`,
      `${DIR}/class=logs/dt=2025-03-01/hour=10/gw1-${seq(logs!.seq)}.manifest.json`,
      `${DIR}/class=alerts/dt=2025-03-01/hour=12/gw1-${seq(alerts!.seq)}.lvb`,
      `${DIR}/class=alerts/dt=2025-03-01/hour=12/gw1-${seq(alerts!.seq)}.manifest.json`,
    ]);
    expect(spool.sealed()).toEqual([]);
    expect(shipper.stats()).toMatchObject({ objects: 2, alreadyStored: 0, failures: { other: 0, conflict: 0 } });

    const data = await store.get(puts[0]!);
    expect(data.equals(logsBytes)).toBe(true);
    const manifest = parseManifest(await store.get(puts[1]!));
    expect(manifest).toEqual({
      format: 1,
      key: puts[0],
      tenant: 'acme',
      site: 'hq',
      class: 'logs',
      agent: 'gw1',
      seq: logs!.seq,
      count: 2,
      frames: 1,
      minTime: '2025-03-01T10:00:00.000Z',
      maxTime: '2025-03-01T10:00:01.000Z',
      bytes: data.length,
      sha256: createHash('sha256').update(data).digest('hex'),
      policyVersion: 'policy-7',
      keyEpoch: '20250101T000000Z-abcdef',
      hpke: { kem: 'DHKEM(X25519, HKDF-SHA256)', kdf: 'HKDF-SHA256', aead: 'AES-256-GCM' },
      created: new Date(logs!.created).toISOString(),
      sealed: new Date(logs!.sealed).toISOString(),
      ended: true,
    });
    expect((await decryptBytes(data, keys.privateKey)).map((e) => e.msg)).toEqual([event(0).msg, event(1).msg]);
  });

  it('after a crash between upload and markShipped, finds the object stored and adds no duplicate', async () => {
    await spool.append('logs', batchOf([event(0)]));
    await spool.sealAll();
    const { store, puts } = recordingStore();
    let crash = true;
    const crashingSpool = {
      sealed: () => spool.sealed(),
      markShipped: async (id: string) => {
        if (crash) throw new Error('killed before markShipped');
        await spool.markShipped(id);
      },
    };
    const first = createShipper({ spool: crashingSpool, store, prefix: 'out', logger: silentLogger });
    expect(await first.shipOnce()).toEqual({ shipped: 0 });
    expect(spool.sealed()).toHaveLength(1);
    const stored = await listAll(store);

    crash = false;
    const second = createShipper({ spool: crashingSpool, store, prefix: 'out', logger: silentLogger });
    expect(await second.shipOnce()).toEqual({ shipped: 1 });
    expect(second.stats()).toMatchObject({ objects: 1, alreadyStored: 1 });
    expect(spool.sealed()).toEqual([]);
    expect(await listAll(store)).toEqual(stored);
    expect(puts).toHaveLength(2); // the first round's data and manifest only
  });

  it('after a crash between the data object and its manifest, rewrites the same key with the same bytes', async () => {
    await spool.append('logs', batchOf([event(0)]));
    await spool.sealAll();
    const bytes = readFileSync(spool.sealed()[0]!.file);
    const { store, puts } = recordingStore((key, n) => n === 1 && key.endsWith('.manifest.json'));
    const shipper = createShipper({ spool, store, prefix: 'out', logger: silentLogger });
    expect(await shipper.shipOnce()).toEqual({ shipped: 0 });
    expect(await shipper.shipOnce()).toEqual({ shipped: 1 });
    expect(puts.filter((k) => k.endsWith('.lvb'))).toHaveLength(2);
    expect(new Set(puts.filter((k) => k.endsWith('.lvb'))).size).toBe(1);
    const keys = await listAll(store);
    expect(keys.filter((k) => k.endsWith('.lvb'))).toHaveLength(1);
    expect((await store.get(keys.find((k) => k.endsWith('.lvb'))!)).equals(bytes)).toBe(true);
  });

  it('keeps the segment and counts the failure when the store fails, then ships it on a later round', async () => {
    await spool.append('logs', batchOf([event(0)]));
    await spool.sealAll();
    let down = true;
    const { store } = recordingStore(() => down);
    const { logger, lines } = captureLogger();
    const shipper = createShipper({ spool, store, prefix: 'out', logger });
    expect(await shipper.shipOnce()).toEqual({ shipped: 0 });
    expect(spool.sealed()).toHaveLength(1);
    expect(shipper.stats().failures).toEqual({ credentials: 0, no_bucket: 0, access_denied: 0, unreachable: 0, throttled: 0, conflict: 0, other: 1 });
    expect(shipper.stats().state).toBe('other');
    expect(lines.find((l) => l.event === 'ship_failed')).toMatchObject({ err: 'store unavailable' });
    down = false;
    expect(await shipper.shipOnce()).toEqual({ shipped: 1 });
    expect(spool.sealed()).toEqual([]);
    expect(shipper.stats().state).toBe('ok');
    expect(lines.filter((l) => l.event === 'store_recovered')).toHaveLength(1);
  });

  it('counts failures by the store error code and logs each change of cause once, not every round', async () => {
    await spool.append('logs', batchOf([event(0)]));
    await spool.sealAll();
    let failure: LogveilError | undefined = new LogveilError('LV_STORE_UNREACHABLE', 's3 put k: cannot reach store.example (ECONNREFUSED)');
    const { store } = recordingStore(() => false);
    const failing: ObjectStore = {
      ...store,
      list: (p) => store.list(p),
      async put(key, body, opts) {
        if (failure) throw failure;
        await store.put(key, body, opts);
      },
    };
    const { logger, lines } = captureLogger();
    const shipper = createShipper({ spool, store: failing, prefix: 'out', logger });
    for (let i = 0; i < 4; i++) await shipper.shipOnce();
    failure = new LogveilError('LV_STORE_NO_BUCKET', 's3 put k: the bucket does not exist (NoSuchBucket, HTTP 404)');
    for (let i = 0; i < 3; i++) await shipper.shipOnce();
    expect(shipper.stats().failures).toMatchObject({ unreachable: 4, no_bucket: 3, other: 0 });
    expect(shipper.stats().state).toBe('no_bucket');
    const warned = lines.filter((l) => l.event === 'ship_failed' && l.level === 40);
    expect(warned.map((l) => [l.reason, l.code])).toEqual([
      ['unreachable', 'LV_STORE_UNREACHABLE'],
      ['no_bucket', 'LV_STORE_NO_BUCKET'],
    ]);
    failure = undefined;
    expect(await shipper.shipOnce()).toEqual({ shipped: 1 });
    expect(lines.filter((l) => l.event === 'store_recovered')).toHaveLength(1);
  });

  it('reports a conflicting segment once, however many rounds find it', async () => {
    await spool.append('logs', batchOf([event(0)]));
    await spool.sealAll();
    const { store } = recordingStore();
    const conflicting: ObjectStore = {
      ...store,
      list: (p) => store.list(p),
      async put() {
        throw new LogveilError('LV_STORE_CONFLICT', 's3 put k: the key already holds different data');
      },
    };
    const { logger, lines } = captureLogger();
    const shipper = createShipper({ spool, store: conflicting, prefix: 'out', logger });
    for (let i = 0; i < 3; i++) expect(await shipper.shipOnce()).toEqual({ shipped: 0 });
    expect(shipper.stats().failures).toMatchObject({ conflict: 3 });
    expect(lines.filter((l) => l.event === 'ship_conflict')).toHaveLength(1);
    expect(spool.sealed()).toHaveLength(1);
  });

  it('never overwrites an object key that already holds different data', async () => {
    await spool.append('logs', batchOf([event(0)]));
    await spool.sealAll();
    const seg = spool.sealed()[0]!;
    const { store } = recordingStore();
    const key = `${DIR}/class=logs/dt=2025-03-01/hour=10/gw1-${String(seg.seq).padStart(12, '0')}.manifest.json`;
    const other = Buffer.from(JSON.stringify({ format: 1, sha256: 'ff'.repeat(32) }));
    await store.put(key, other, { contentType: 'application/json' });
    const shipper = createShipper({ spool, store, prefix: 'out', logger: silentLogger });
    expect(await shipper.shipOnce()).toEqual({ shipped: 0 });
    expect(shipper.stats().failures).toMatchObject({ other: 0, conflict: 1 });
    expect(spool.sealed()).toHaveLength(1);
    expect((await store.get(key)).equals(other)).toBe(true);
  });

  it('ships on its timer once started, and stops idempotently', async () => {
    const { store } = recordingStore();
    const shipper = createShipper({ spool, store, prefix: '', logger: silentLogger });
    shipper.start(5);
    await spool.append('metrics', batchOf([event(0)]));
    await spool.sealAll();
    await vi.waitFor(() => expect(spool.sealed()).toEqual([]), { timeout: 5000 });
    await shipper.stop();
    await shipper.stop();
    expect((await listAll(store))[0]).toMatch(/^tenant=acme\/site=hq\/class=metrics\/dt=2025-03-01\/hour=10\/gw1-\d{12}\.lvb$/);
  });
});
