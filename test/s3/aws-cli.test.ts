import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { missing } from '../peers/peers.js';
import { join } from 'node:path';
import { openSpool } from '../../agent/spool/index.js';
import { createLocalStore, createS3Store, createShipper, parseManifest } from '../../agent/store/index.js';
import { batchOf, decryptBytes, event, silentLogger, spoolOptions, tempDir, testKeys, type TestKeys } from '../spool/helpers.js';
import { aws, collect, createBucket, s3Options, startS3rver, useS3rverCredentials, type RunningS3rver } from './helpers.js';

const BUCKET = 'logveil-cli-test';
const LAYOUT = /^msp\/tenant=acme\/site=hq\/class=(logs|alerts)\/dt=2025-03-01\/hour=1[02]\/gw1-\d{12}\.(lvb|manifest\.json)$/;
let work: { dir: string; cleanup(): void };
let s3: RunningS3rver;
let keys: TestKeys;

beforeAll(async () => {
  useS3rverCredentials();
  work = tempDir('s3cli');
  keys = await testKeys(work.dir);
  s3 = await startS3rver(join(work.dir, 's3rver'), [BUCKET]);
});
afterAll(async () => {
  await s3.stop();
  work.cleanup();
});

/** Seals a logs segment (hour 10) and an alerts segment (hour 12) into a new spool and ships them to `store`. */
async function shipTwoSegments(spoolName: string, store: Parameters<typeof createShipper>[0]['store']): Promise<number> {
  const spool = await openSpool(spoolOptions(join(work.dir, spoolName), keys.publicKey), { logger: silentLogger });
  try {
    await spool.append('logs', batchOf([event(0), event(1), event(2)]));
    await spool.sealAll();
    await spool.append('alerts', batchOf([event(7200)]));
    await spool.sealAll();
    const shipper = createShipper({ spool, store, prefix: 'msp', logger: silentLogger });
    return (await shipper.shipOnce()).shipped;
  } finally {
    await spool.close();
  }
}

describe.skipIf(missing('awsCli'))('AWS CLI and logveil read each other', () => {
  it('aws s3 ls lists what logveil wrote, in the layout; aws s3 cp downloads an object whose SHA-256 is in its manifest', async () => {
    const store = createS3Store(s3Options(s3.endpoint, BUCKET), { logger: silentLogger });
    try {
      expect(await shipTwoSegments('spool-ls', store)).toBe(2);
      const ls = await aws(['--endpoint-url', s3.endpoint, 's3', 'ls', '--recursive', `s3://${BUCKET}/`]);
      expect(ls.stderr).toBe('');
      expect(ls.code).toBe(0);
      // "2026-11-22 02:33:41       1234 msp/tenant=acme/..."
      const listed = ls.stdout.trim().split('\n').map((l) => {
        const m = /^\S+ \S+\s+(\d+) (.+)$/.exec(l)!;
        return { key: m[2]!, size: Number(m[1]) };
      });
      expect(listed).toHaveLength(4);
      for (const o of listed) expect(o.key).toMatch(LAYOUT);
      expect(listed).toEqual(await collect(store.list('')));

      const dataKey = listed.find((o) => o.key.includes('class=logs') && o.key.endsWith('.lvb'))!.key;
      const manifestKey = dataKey.replace(/\.lvb$/, '.manifest.json');
      for (const [key, file] of [[dataKey, 'seg.lvb'], [manifestKey, 'seg.manifest.json']] as const) {
        const cp = await aws(['--endpoint-url', s3.endpoint, 's3', 'cp', `s3://${BUCKET}/${key}`, join(work.dir, file)]);
        expect(cp.code, cp.stderr).toBe(0);
      }
      const bytes = readFileSync(join(work.dir, 'seg.lvb'));
      const manifest = parseManifest(readFileSync(join(work.dir, 'seg.manifest.json')))!;
      expect(manifest.key).toBe(dataKey);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(manifest.sha256);
      expect((await decryptBytes(bytes, keys.privateKey)).map((e) => e.msg)).toEqual([event(0).msg, event(1).msg, event(2).msg]);
    } finally {
      await store.close();
    }
  });

  it('objects the local store wrote, uploaded with aws s3 cp --recursive, read back through the S3 store and decrypt', async () => {
    const outbox = join(work.dir, 'outbox');
    expect(await shipTwoSegments('spool-local', createLocalStore(outbox))).toBe(2);
    const local = await collect(createLocalStore(outbox).list(''));
    expect(local).toHaveLength(4);
    await createBucket(s3.endpoint, 'logveil-cli-upload');
    const cp = await aws(['--endpoint-url', s3.endpoint, 's3', 'cp', '--recursive', '--only-show-errors', outbox, 's3://logveil-cli-upload/']);
    expect(cp.code, cp.stderr).toBe(0);

    const store = createS3Store(s3Options(s3.endpoint, 'logveil-cli-upload'), { logger: silentLogger });
    try {
      expect(await collect(store.list(''))).toEqual(local);
      let events = 0;
      for (const o of local.filter((x) => x.key.endsWith('.manifest.json'))) {
        const manifest = parseManifest(await store.get(o.key))!;
        const bytes = await store.get(manifest.key);
        expect(createHash('sha256').update(bytes).digest('hex')).toBe(manifest.sha256);
        const decrypted = await decryptBytes(bytes, keys.privateKey);
        expect(decrypted).toHaveLength(manifest.count);
        events += decrypted.length;
      }
      expect(events).toBe(4);
      // A retry over what aws s3 cp stored (no logveil metadata): the same bytes are recognised
      // by content and left alone; other bytes are refused.
      const dataKey = local.find((x) => x.key.endsWith('.lvb'))!.key;
      const bytes = await store.get(dataKey);
      await store.put(dataKey, bytes, { contentType: 'application/vnd.logveil.segment' });
      const altered = Buffer.from(bytes);
      altered[altered.length - 1]! ^= 1;
      await expect(store.put(dataKey, altered, { contentType: 'application/vnd.logveil.segment' })).rejects.toMatchObject({
        code: 'LV_STORE_CONFLICT',
      });
      expect((await store.get(dataKey)).equals(bytes)).toBe(true);
    } finally {
      await store.close();
    }
  });
});
