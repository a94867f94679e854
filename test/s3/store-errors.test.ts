import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { openSpool, type Spool } from '../../agent/spool/index.js';
import { createS3Store, createShipper, type S3Store } from '../../agent/store/index.js';
import { batchOf, captureLogger, event, silentLogger, spoolOptions, tempDir, testKeys, type TestKeys } from '../spool/helpers.js';
import { collect, createBucket, s3Options, startFaultProxy, startS3rver, S3RVER_ENV, useS3rverCredentials, type FaultProxy, type RunningS3rver } from './helpers.js';

const BUCKET = 'logveil-errors-test';
let work: { dir: string; cleanup(): void };
let s3: RunningS3rver;
let keys: TestKeys;
let spool: Spool;
const open: Array<S3Store | FaultProxy> = [];

beforeAll(async () => {
  useS3rverCredentials();
  work = tempDir('s3errors');
  keys = await testKeys(work.dir);
  s3 = await startS3rver(join(work.dir, 's3rver'), [BUCKET]);
});
let n = 0;
/** Each test ships under its own prefix: every spool starts at sequence 1, so keys would repeat. */
let prefix = '';
beforeEach(async () => {
  prefix = `err${n}`;
  spool = await openSpool(spoolOptions(join(work.dir, `spool-${n++}`), keys.publicKey), { logger: silentLogger });
  await spool.append('logs', batchOf([event(0), event(1)]));
  await spool.sealAll();
});
afterEach(async () => {
  await spool.close();
  for (const x of open.splice(0)) await x.close();
  useS3rverCredentials();
});
afterAll(async () => {
  await s3.stop();
  work.cleanup();
});

function store(over: Parameters<typeof s3Options>[2] = {}, endpoint = s3.endpoint, sleeps?: number[]): S3Store {
  const st = createS3Store(s3Options(endpoint, BUCKET, over), {
    logger: silentLogger,
    ...(sleeps ? { sleep: async (ms: number) => void sleeps.push(ms) } : {}),
  });
  open.push(st);
  return st;
}
async function proxy(opts: Parameters<typeof startFaultProxy>[1]): Promise<FaultProxy> {
  const p = await startFaultProxy(s3.port, opts);
  open.push(p);
  return p;
}
async function unusedPort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** Ships with `bad`, expects the failure code and the segment kept, then ships with a good store. */
async function failsThenShips(bad: S3Store, code: string, reason: string): Promise<void> {
  const { logger, lines } = captureLogger();
  const shipper = createShipper({ spool, store: bad, prefix, logger });
  for (let round = 0; round < 3; round++) expect(await shipper.shipOnce()).toEqual({ shipped: 0 });
  expect(spool.sealed()).toHaveLength(1);
  const stats = shipper.stats();
  expect(stats.failures).toMatchObject({ [reason]: 3 });
  expect(stats.state).toBe(reason);
  // Logged once for the state change, not once per round or retry.
  const warned = lines.filter((l) => l.event === 'ship_failed' && l.level === 40);
  expect(warned).toHaveLength(1);
  expect(warned[0]).toMatchObject({ code, reason });
  const text = JSON.stringify(lines);
  expect(text).not.toContain(S3RVER_ENV.AWS_SECRET_ACCESS_KEY);
  expect(text).not.toContain('WRONGACCESSKEY');
  expect(text).not.toMatch(/X-Amz-Signature|Signature=|StringToSign/);

  useS3rverCredentials();
  const good = createShipper({ spool, store: store(), prefix, logger: silentLogger });
  expect(await good.shipOnce()).toEqual({ shipped: 1 });
  expect(spool.sealed()).toEqual([]);
}

describe('S3 store errors: a distinct code for each, and nothing lost', () => {
  it('wrong credentials (InvalidAccessKeyId from s3rver): LV_STORE_CREDENTIALS', async () => {
    process.env.AWS_ACCESS_KEY_ID = 'WRONGACCESSKEY';
    const bad = store();
    await expect(bad.put('err/x', Buffer.from('x'), { contentType: 'text/plain' })).rejects.toMatchObject({
      code: 'LV_STORE_CREDENTIALS',
      message: expect.stringContaining('InvalidAccessKeyId'),
    });
    await failsThenShips(bad, 'LV_STORE_CREDENTIALS', 'credentials');
    expect(bad.stats().retries).toMatchObject({ credentials: 0 }); // never retried within a round
  });

  it('a signature the store rejects (SignatureDoesNotMatch, answered as S3 does): LV_STORE_CREDENTIALS', async () => {
    // s3rver does not check SigV4 signatures, so the proxy gives S3's answer to a wrong secret key.
    const p = await proxy({ fault: (r) => (r.method === 'HEAD' ? undefined : { status: 403, code: 'SignatureDoesNotMatch' }) });
    await failsThenShips(store({}, p.endpoint), 'LV_STORE_CREDENTIALS', 'credentials');
  });

  it('no credentials anywhere in the AWS chain: LV_STORE_CREDENTIALS', async () => {
    for (const k of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_PROFILE']) delete process.env[k];
    process.env.AWS_SHARED_CREDENTIALS_FILE = join(work.dir, 'no-credentials');
    process.env.AWS_CONFIG_FILE = join(work.dir, 'no-config');
    try {
      await failsThenShips(store(), 'LV_STORE_CREDENTIALS', 'credentials');
    } finally {
      delete process.env.AWS_SHARED_CREDENTIALS_FILE;
      delete process.env.AWS_CONFIG_FILE;
    }
  });

  it('a missing bucket (NoSuchBucket): LV_STORE_NO_BUCKET, shipped once the bucket exists', async () => {
    const bad = createS3Store(s3Options(s3.endpoint, 'logveil-created-later'), { logger: silentLogger });
    open.push(bad);
    await expect(bad.put('err/x', Buffer.from('x'), { contentType: 'text/plain' })).rejects.toMatchObject({ code: 'LV_STORE_NO_BUCKET' });
    await expect(collect(bad.list(''))).rejects.toMatchObject({ code: 'LV_STORE_NO_BUCKET' });
    const { logger } = captureLogger();
    const shipper = createShipper({ spool, store: bad, prefix, logger });
    expect(await shipper.shipOnce()).toEqual({ shipped: 0 });
    expect(shipper.stats().failures.no_bucket).toBe(1);
    await createBucket(s3.endpoint, 'logveil-created-later');
    expect(await shipper.shipOnce()).toEqual({ shipped: 1 });
    expect(shipper.stats().state).toBe('ok');
    expect((await collect(bad.list(`${prefix}/`))).map((o) => o.key)).toHaveLength(2);
  });

  it('access denied (AccessDenied, answered as an S3 bucket policy would): LV_STORE_ACCESS_DENIED, even from a HEAD', async () => {
    // HEAD answers have no body; the store asks again with a one-byte GET to learn why.
    const p = await proxy({ fault: () => ({ status: 403, code: 'AccessDenied' }) });
    const bad = store({}, p.endpoint);
    await expect(bad.head('err/x')).rejects.toMatchObject({ code: 'LV_STORE_ACCESS_DENIED' });
    await failsThenShips(bad, 'LV_STORE_ACCESS_DENIED', 'access_denied');
  });

  it('a refused endpoint (no listener on the port): LV_STORE_UNREACHABLE after bounded retries', async () => {
    const sleeps: number[] = [];
    const bad = store({ retry_base_delay_ms: 200, retry_max_delay_ms: 60_000 }, `http://127.0.0.1:${await unusedPort()}`, sleeps);
    await expect(bad.put('err/x', Buffer.from('x'), { contentType: 'text/plain' })).rejects.toMatchObject({
      code: 'LV_STORE_UNREACHABLE',
      message: expect.stringContaining('ECONNREFUSED'),
    });
    // 5 tries, 4 waits with full jitter under 200, 400, 800, 1600 ms.
    expect(sleeps).toHaveLength(4);
    sleeps.forEach((ms, i) => expect(ms).toBeLessThan(200 * 2 ** i));
    expect(bad.stats().retries.unreachable).toBe(4);
    await failsThenShips(bad, 'LV_STORE_UNREACHABLE', 'unreachable');
  });

  it('an unknown host: LV_STORE_UNREACHABLE', async () => {
    const bad = store({}, 'https://no-such-host.invalid', []);
    await expect(bad.head('err/x')).rejects.toMatchObject({ code: 'LV_STORE_UNREACHABLE' });
  });

  it('retries SlowDown and 500 with backoff and succeeds, counting the retries as throttled', async () => {
    let faults = 0;
    const p = await proxy({ fault: (r) => (r.method === 'PUT' && faults++ < 2 ? { status: faults === 1 ? 503 : 500, code: faults === 1 ? 'SlowDown' : 'InternalError' } : undefined) });
    const sleeps: number[] = [];
    const st = store({ retry_base_delay_ms: 10, retry_max_delay_ms: 10_000 }, p.endpoint, sleeps);
    await st.put('err/slow', Buffer.from('x'), { contentType: 'text/plain' });
    expect(st.stats().retries.throttled).toBe(2);
    expect(sleeps).toHaveLength(2);
    // Throttling backs off from 5 x the base: under 50, then 100 ms.
    expect(sleeps[0]).toBeLessThan(50);
    expect(sleeps[1]).toBeLessThan(100);
    expect((await st.get('err/slow')).toString()).toBe('x');
  });

  it("waits at least the store's Retry-After", async () => {
    let faults = 0;
    const p = await proxy({ fault: (r) => (r.method === 'PUT' && faults++ === 0 ? { status: 503, code: 'SlowDown', headers: { 'retry-after': '3' } } : undefined) });
    const sleeps: number[] = [];
    const st = store({}, p.endpoint, sleeps);
    await st.put('err/after', Buffer.from('x'), { contentType: 'text/plain' });
    expect(sleeps).toEqual([3000]);
  });

  it('gives up within the round when Retry-After is past the deadline, and sends nothing until then', async () => {
    const p = await proxy({ fault: (r) => (r.method === 'PUT' ? { status: 503, code: 'SlowDown', headers: { 'retry-after': '3600' } } : undefined) });
    const st = store({}, p.endpoint, []);
    await expect(st.put('err/held', Buffer.from('x'), { contentType: 'text/plain' })).rejects.toMatchObject({ code: 'LV_STORE_THROTTLED' });
    const sent = p.forwarded.length + p.faulted.length;
    await expect(st.put('err/held', Buffer.from('x'), { contentType: 'text/plain' })).rejects.toMatchObject({
      code: 'LV_STORE_THROTTLED',
      message: expect.stringContaining('Retry-After'),
    });
    expect(p.forwarded.length + p.faulted.length).toBe(sent);
  });
});
