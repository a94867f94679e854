import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { queryCommand } from '../../agent/cli/commands/query.js';
import { createS3Store, SEGMENT_CONTENT_TYPE } from '../../agent/store/index.js';
import type { LogEvent } from '../../shared/event.js';
import { s3Options, startS3rver, useS3rverCredentials, type RunningS3rver } from '../s3/helpers.js';
import { memoryIo, silentLogger, tempDir, testKeys, type TestKeys } from '../spool/helpers.js';
import { shipSegments, storeKeys } from './fixtures.js';

const BUCKET = 'noc-logs';
let keys: TestKeys;
let work: { dir: string; cleanup(): void };
let s3: RunningS3rver;
let storeDir: string;

const at = (h: number, m: number) => new Date(Date.UTC(2025, 2, 1, h, m)).toISOString();
const ev = (h: number, m: number, host = 'sw1'): LogEvent => ({ received: at(h, m), host, msg: `${h}:${m}`, format: 'rfc5424' });

beforeAll(async () => {
  useS3rverCredentials();
  work = tempDir('query-s3');
  keys = await testKeys(join(work.dir, 'keys'));
  s3 = await startS3rver(join(work.dir, 's3rver'), [BUCKET]);
  await shipSegments(work.dir, keys.publicKey, [{ batches: [[ev(9, 10), ev(9, 20)]] }, { batches: [[ev(10, 5), ev(10, 30, 'core-sw1')]] }, { batches: [[ev(11, 15)]] }], {
    prefix: 'prod',
  });
  storeDir = await shipSegments(work.dir, keys.publicKey, [{ batches: [[ev(10, 40)]] }], { prefix: 'prod', spoolName: 'branch', spool: { site: 'branch', agentId: 'gw2' } });
  // The same objects in the bucket, under the same keys.
  const bucket = createS3Store(s3Options(s3.endpoint, BUCKET), { logger: silentLogger });
  try {
    for (const key of await storeKeys(storeDir)) {
      await bucket.put(key, readFileSync(join(storeDir, key)), { contentType: key.endsWith('.lvb') ? SEGMENT_CONTENT_TYPE : 'application/json' });
    }
  } finally {
    await bucket.close();
  }
});
afterAll(async () => {
  await s3?.stop();
  work?.cleanup();
});

async function query(from: string, ...args: string[]): Promise<{ code: number; msgs: string[]; stderr: string }> {
  const m = memoryIo();
  const s3args = from.startsWith('s3://') ? ['--s3-endpoint', s3.endpoint, '--s3-allow-http-loopback', '--s3-path-style'] : [];
  const code = await queryCommand.run(['--from', from, '--private-key', keys.privateKeyFile, ...s3args, ...args], m.io);
  const msgs = m
    .stdout()
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as LogEvent).msg);
  return { code, msgs, stderr: m.stderr() };
}

describe('logveil query --from s3://bucket/prefix (s3rver)', () => {
  it('reads the same events from the bucket as from the directory', async () => {
    const fromDir = await query(storeDir);
    const fromS3 = await query(`s3://${BUCKET}/prod`);
    expect(fromS3.msgs).toEqual(['10:40', '9:10', '9:20', '10:5', '10:30', '11:15']);
    expect(fromS3.msgs).toEqual(fromDir.msgs);
    expect(fromS3.stderr).toBe('logveil query: 6 of 6 events matched in 4 objects\n');
    expect(fromS3.code).toBe(0);
  });

  it('prunes by tenant, site and hour, and filters, over S3', async () => {
    const hour10 = ['--since', at(10, 0), '--until', at(10, 59)];
    expect((await query(`s3://${BUCKET}/prod/`, '--tenant', 'acme', '--site', 'hq', ...hour10, '--quiet')).msgs).toEqual(['10:5', '10:30']);
    expect((await query(`s3://${BUCKET}/prod/`, '--site', 'branch', ...hour10, '--quiet')).msgs).toEqual(['10:40']);
    expect((await query(`s3://${BUCKET}/prod`, '--host', 'CORE-SW1', '--quiet')).msgs).toEqual(['10:30']);
  });

  it('reports a gap in the sequence of objects in the bucket', async () => {
    const bucket = createS3Store(s3Options(s3.endpoint, BUCKET, { allow_plain_http_loopback: true }), { logger: silentLogger });
    const keysNow = (await storeKeys(storeDir)).filter((k) => k.includes('site=hq') && k.includes('hour=10'));
    try {
      // Copy the hq objects to another prefix, all but the middle segment.
      for (const key of (await storeKeys(storeDir)).filter((k) => k.includes('site=hq') && !keysNow.includes(k))) {
        await bucket.put(key.replace(/^prod\//, 'gappy/'), readFileSync(join(storeDir, key)), { contentType: 'application/octet-stream' });
      }
    } finally {
      await bucket.close();
    }
    const r = await query(`s3://${BUCKET}/gappy`, '--tenant', 'acme', '--site', 'hq', '--quiet');
    expect(r.msgs).toEqual(['9:10', '9:20', '11:15']);
    expect(r.stderr).toMatch(/^logveil query: tenant=acme\/site=hq\/class=logs agent gw1: gap: 1 segment missing from the sequence: [0-9]+\n$/);
    expect(r.code).toBe(65);
  });

  it('refuses a plain http endpoint unless it is loopback and allowed', async () => {
    const m = memoryIo();
    await expect(
      queryCommand.run(['--from', `s3://${BUCKET}/prod`, '--private-key', keys.privateKeyFile, '--s3-endpoint', s3.endpoint, '--s3-path-style'], m.io),
    ).rejects.toMatchObject({ message: expect.stringContaining('http') });
  });

  it('names a bucket it cannot read', async () => {
    await expect(query('s3://no-such-bucket/prod')).rejects.toMatchObject({ code: expect.stringMatching(/^LV_/) });
  });
});
