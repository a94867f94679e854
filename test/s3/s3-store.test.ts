import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { S3Client, GetObjectTaggingCommand, HeadObjectCommand } from '@aws-sdk/client-s3';
import { createS3Store, type S3Store } from '../../agent/store/index.js';
import { captureLogger, silentLogger, tempDir } from '../spool/helpers.js';
import { collect, s3Options, startFaultProxy, startS3rver, useS3rverCredentials, type FaultProxy, type RunningS3rver } from './helpers.js';

const BUCKET = 'logveil-store-test';
let work: { dir: string; cleanup(): void };
let s3: RunningS3rver;
const open: Array<S3Store | FaultProxy> = [];

beforeAll(async () => {
  useS3rverCredentials();
  work = tempDir('s3store');
  s3 = await startS3rver(join(work.dir, 's3rver'), [BUCKET]);
});
afterEach(async () => {
  for (const x of open.splice(0)) await x.close();
});
afterAll(async () => {
  await s3.stop();
  work.cleanup();
});

function store(endpoint = s3.endpoint, over: Parameters<typeof s3Options>[2] = {}, logger = silentLogger): S3Store {
  const st = createS3Store(s3Options(endpoint, BUCKET, over), { logger });
  open.push(st);
  return st;
}
async function proxy(opts: Parameters<typeof startFaultProxy>[1] = {}): Promise<FaultProxy> {
  const p = await startFaultProxy(s3.port, opts);
  open.push(p);
  return p;
}
function rawClient(): S3Client {
  return new S3Client({ region: 'us-east-1', endpoint: s3.endpoint, forcePathStyle: true });
}
/** Where s3rver keeps an object's metadata (its stored headers). */
function s3rverMetadata(key: string): Record<string, string> {
  const parts = key.split('/');
  const name = parts.pop()!;
  return JSON.parse(readFileSync(join(s3.dir, BUCKET, ...parts, `${name}._S3rver_metadata.json`), 'utf8')) as Record<string, string>;
}

const opts = { contentType: 'application/vnd.logveil.segment' };
const KEY = 'out/tenant=acme/site=hq/class=logs/dt=2025-03-01/hour=10/gw1-000000000001.lvb';

describe('S3 object store against s3rver', () => {
  it('puts, heads, gets and lists objects, in key order', async () => {
    const st = store();
    const a = randomBytes(1000);
    await st.put('rt/a/one.bin', a, opts);
    await st.put('rt/b/two.bin', Buffer.from('two!'), opts);
    await st.put('rt/z.bin', Buffer.alloc(0), opts);
    expect(await st.head('rt/a/one.bin')).toEqual({ size: 1000 });
    expect(await st.head('rt/a/missing.bin')).toBeNull();
    expect((await st.get('rt/a/one.bin')).equals(a)).toBe(true);
    expect(await collect(st.list('rt/'))).toEqual([
      { key: 'rt/a/one.bin', size: 1000 },
      { key: 'rt/b/two.bin', size: 4 },
      { key: 'rt/z.bin', size: 0 },
    ]);
    expect(await collect(st.list('rt/b'))).toEqual([{ key: 'rt/b/two.bin', size: 4 }]);
    await expect(st.get('rt/nothing.bin')).rejects.toMatchObject({ code: 'LV_IO' });
  });

  it('lists page by page with continuation tokens', async () => {
    // s3rver is told to answer 2 keys a page, so 7 objects take 4 ListObjectsV2 calls.
    const p = await proxy({ rewriteUrl: (u) => (u.includes('list-type=2') ? `${u}&max-keys=2` : u) });
    const st = store(p.endpoint);
    for (let i = 0; i < 7; i++) await st.put(`pages/k${i}`, Buffer.from([i]), opts);
    expect((await collect(st.list('pages/'))).map((o) => o.key)).toEqual(['pages/k0', 'pages/k1', 'pages/k2', 'pages/k3', 'pages/k4', 'pages/k5', 'pages/k6']);
    expect(p.forwarded.filter((r) => r.method === 'GET' && r.url.includes('list-type=2'))).toHaveLength(4);
  });

  it('lists one level under a prefix, as a directory listing would', async () => {
    // s3rver 3.7 drops a common prefix whose objects all lie deeper than one more level
    // (its walk skips directories below a delimiter before finding an object in them);
    // S3 does not. So every name here has an object right under it.
    const st = store();
    for (const k of ['lvl/tenant=a/o1', 'lvl/tenant=a/o2', 'lvl/tenant=b/o3', 'lvl/top.txt']) await st.put(k, Buffer.from('1'), opts);
    expect(await st.children('lvl/')).toEqual(['tenant=a', 'tenant=b', 'top.txt']);
    expect(await st.children('lvl/tenant=a/')).toEqual(['o1', 'o2']);
    expect(await st.children('lvl/tenant=zz/')).toEqual([]);
    await expect(st.children('lvl')).rejects.toMatchObject({ code: 'LV_USAGE' });
  });

  it('uploads in parts above multipart_threshold_bytes and the object reads back whole', async () => {
    const p = await proxy();
    const st = store(p.endpoint, { multipart_threshold_bytes: 5 * 1024 * 1024, part_size_bytes: 5 * 1024 * 1024 });
    const body = randomBytes(12 * 1024 * 1024 + 17);
    const key = KEY.replace('000000000001', '000000000002');
    await st.put(key, body, opts);
    const parts = p.forwarded.filter((r) => r.method === 'PUT' && r.url.includes('partNumber='));
    expect(parts).toHaveLength(3);
    expect(p.forwarded.some((r) => r.method === 'POST' && r.url.includes('uploads'))).toBe(true);
    // Tags, storage class and If-None-Match travel with the multipart upload's create and complete requests.
    const create = p.forwarded.find((r) => r.method === 'POST' && r.url.includes('uploads'))!;
    expect(create.headers['x-amz-tagging']).toBe('logveil-class=logs&logveil-retention=logs-365d');
    const complete = p.forwarded.find((r) => r.method === 'POST' && r.url.includes('uploadId='))!;
    expect(complete.headers['if-none-match']).toBe('*');
    const back = await st.get(key);
    expect(back.length).toBe(body.length);
    expect(createHash('sha256').update(back).digest('hex')).toBe(createHash('sha256').update(body).digest('hex'));
    expect(await st.head(key)).toEqual({ size: body.length });
  });

  it('sends the class and retention tags, storage class, SSE-KMS, a SHA-256 checksum and If-None-Match with each put', async () => {
    const p = await proxy();
    const st = store(p.endpoint, { storage_class: 'STANDARD_IA', sse_kms_key_id: 'arn:aws:kms:eu-west-1:111122223333:key/test', retentionDays: { logs: 30, metrics: 1, alerts: 2, audit: 3 } });
    const body = Buffer.from('sealed segment bytes');
    await st.put(KEY, body, { contentType: 'application/vnd.logveil.segment', metadata: { 'policy-version': '7' } });
    const put = p.forwarded.find((r) => r.method === 'PUT')!;
    expect(put.headers).toMatchObject({
      'x-amz-tagging': 'logveil-class=logs&logveil-retention=logs-30d',
      'x-amz-storage-class': 'STANDARD_IA',
      'x-amz-server-side-encryption': 'aws:kms',
      'x-amz-server-side-encryption-aws-kms-key-id': 'arn:aws:kms:eu-west-1:111122223333:key/test',
      'x-amz-checksum-sha256': createHash('sha256').update(body).digest('base64'),
      'x-amz-meta-logveil-sha256': createHash('sha256').update(body).digest('hex'),
      'x-amz-meta-policy-version': '7',
      'if-none-match': '*',
      'content-type': 'application/vnd.logveil.segment',
    });
    // What s3rver keeps of it (it stores storage class and metadata; it ignores tags, SSE and checksums).
    expect(s3rverMetadata(KEY)).toMatchObject({ 'x-amz-storage-class': 'STANDARD_IA', 'x-amz-meta-logveil-sha256': createHash('sha256').update(body).digest('hex') });
    const c = rawClient();
    try {
      const h = await c.send(new HeadObjectCommand({ Bucket: BUCKET, Key: KEY }));
      expect(h.StorageClass).toBe('STANDARD_IA');
      // s3rver does not keep tags sent with a put: GetObjectTagging answers an empty set. The header above is the test.
      expect((await c.send(new GetObjectTaggingCommand({ Bucket: BUCKET, Key: KEY }))).TagSet).toEqual([]);
    } finally {
      c.destroy();
    }
  });

  it('refuses plain http to anything but an allowed loopback endpoint, and credentials in the endpoint URL', () => {
    const base = s3Options(s3.endpoint, BUCKET);
    expect(() => createS3Store({ ...base, endpoint: 'http://s3.example.com' }, { logger: silentLogger })).toThrow(expect.objectContaining({ code: 'LV_CONFIG_INVALID' }));
    expect(() => createS3Store({ ...base, allow_plain_http_loopback: false }, { logger: silentLogger })).toThrow(expect.objectContaining({ code: 'LV_CONFIG_INVALID' }));
    expect(() => createS3Store({ ...base, endpoint: 'https://AKIA:secret@s3.example.com' }, { logger: silentLogger })).toThrow(expect.objectContaining({ code: 'LV_CONFIG_INVALID' }));
    expect(() => createS3Store({ ...base, endpoint: 'https://s3.example.com' }, { logger: silentLogger })).not.toThrow();
  });

  it('writes once: a second put of the same bytes sends no PUT, different bytes are refused with LV_STORE_CONFLICT', async () => {
    const p = await proxy();
    const st = store(p.endpoint);
    const key = KEY.replace('000000000001', '000000000003');
    await st.put(key, Buffer.from('first'), opts);
    await st.put(key, Buffer.from('first'), opts);
    expect(p.forwarded.filter((r) => r.method === 'PUT')).toHaveLength(1);
    await expect(st.put(key, Buffer.from('other'), opts)).rejects.toMatchObject({ code: 'LV_STORE_CONFLICT' });
    expect((await st.get(key)).toString()).toBe('first');
    expect(p.forwarded.filter((r) => r.method === 'PUT')).toHaveLength(1);
  });

  it('takes a 412 on If-None-Match as "already stored" when the stored bytes are ours (an earlier answer lost)', async () => {
    // The proxy behaves as S3 does with conditional writes, and hides the object from the first HEAD:
    // as if our earlier try stored it and its answer never reached us.
    const key = KEY.replace('000000000001', '000000000004');
    const st0 = store();
    await st0.put(key, Buffer.from('stored by the lost try'), opts);
    let hidden = 0;
    const p = await proxy({
      conditionalWrites: true,
      fault: (r) => (r.method === 'HEAD' && r.url.includes('000000000004') && hidden++ === 0 ? { status: 404, code: 'NotFound' } : undefined),
    });
    const st = store(p.endpoint);
    await st.put(key, Buffer.from('stored by the lost try'), opts);
    expect(p.faulted.map((r) => r.method)).toEqual(['HEAD', 'PUT']); // the hidden HEAD, then the 412
    hidden = 0;
    await expect(st.put(key, Buffer.from('something else'), opts)).rejects.toMatchObject({ code: 'LV_STORE_CONFLICT' });
    expect((await st.get(key)).toString()).toBe('stored by the lost try');
  });

  it('replaces a torn copy of its own bytes left by an upload cut off on s3rver, and nothing else', async () => {
    const key = KEY.replace('000000000001', '000000000005');
    const body = randomBytes(4096);
    // What s3rver leaves when a PUT's connection dies mid-body: the first bytes, no metadata.
    const c = rawClient();
    try {
      const { PutObjectCommand } = await import('@aws-sdk/client-s3');
      await c.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: body.subarray(0, 1000) }));
    } finally {
      c.destroy();
    }
    const { logger, lines } = captureLogger();
    const st = store(s3.endpoint, {}, logger);
    await st.put(key, body, opts);
    expect((await st.get(key)).equals(body)).toBe(true);
    expect(lines.filter((l) => l.event === 'store_torn_object')).toHaveLength(1);
  });
});
