import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../agent/cli/main.js';
import { buildLifecycleConfiguration } from '../../agent/store/index.js';
import { memoryIo, tempDir } from '../spool/helpers.js';
import { aws, startS3rver, type RunningS3rver } from './helpers.js';

const CONFIG = `
agent: { id: gw1, tenant: acme, site: hq }
sources: { syslog_udp: { mode: udp, address: "127.0.0.1:5514" } }
store:
  type: s3
  prefix: msp/logs
  s3: { bucket: msp-logs, region: eu-west-1 }
policy:
  cloud_retention_days: { logs: 30, metrics: 400, alerts: 730, audit: 2555 }
`;

let work: { dir: string; cleanup(): void };
let s3: RunningS3rver;
beforeAll(async () => {
  work = tempDir('s3lifecycle');
  writeFileSync(join(work.dir, 'agent.yaml'), CONFIG);
  s3 = await startS3rver(join(work.dir, 's3rver'), ['msp-logs']);
});
afterAll(async () => {
  await s3.stop();
  work.cleanup();
});

async function lifecycle(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const m = memoryIo();
  const code = await main(['s3', 'lifecycle', ...args], m.io);
  return { code, stdout: m.stdout(), stderr: m.stderr() };
}

describe('logveil s3 lifecycle', () => {
  it('prints one expiry rule per data class, by class tag under the prefix, and an abort rule for unfinished uploads', async () => {
    const r = await lifecycle(['--config', join(work.dir, 'agent.yaml')]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as ReturnType<typeof buildLifecycleConfiguration>;
    const rule = (c: string, days: number) => ({
      ID: `logveil-expire-${c}-after-${days}d`,
      Status: 'Enabled',
      Filter: { And: { Prefix: 'msp/logs/', Tags: [{ Key: 'logveil-class', Value: c }] } },
      Expiration: { Days: days },
      NoncurrentVersionExpiration: { NoncurrentDays: 1 },
    });
    expect(out).toEqual({
      Rules: [
        rule('logs', 30),
        rule('metrics', 400),
        rule('alerts', 730),
        rule('audit', 2555),
        { ID: 'logveil-abort-incomplete-multipart-uploads', Status: 'Enabled', Filter: { Prefix: 'msp/logs/' }, AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 } },
      ],
    });
  });

  it('filters by tag alone when there is no prefix', () => {
    const out = buildLifecycleConfiguration('', { logs: 1, metrics: 2, alerts: 3, audit: 4 });
    expect(out.Rules[0]!.Filter).toEqual({ Tag: { Key: 'logveil-class', Value: 'logs' } });
    expect(out.Rules[4]!.Filter).toEqual({ Prefix: '' });
  });

  it('is a lifecycle configuration the AWS CLI accepts (its parameter check passes; s3rver then says NotImplemented)', async () => {
    const r = await lifecycle(['--config', join(work.dir, 'agent.yaml')]);
    writeFileSync(join(work.dir, 'lifecycle.json'), r.stdout);
    const put = await aws(['--endpoint-url', s3.endpoint, 's3api', 'put-bucket-lifecycle-configuration', '--bucket', 'msp-logs', '--lifecycle-configuration', `file://${join(work.dir, 'lifecycle.json')}`]);
    expect(put.stderr).not.toContain('Parameter validation failed');
    expect(put.stderr).toContain('(NotImplemented) when calling the PutBucketLifecycleConfiguration operation');
    // The same check refuses a malformed one, so passing it means something.
    writeFileSync(join(work.dir, 'bad.json'), JSON.stringify({ Rules: [{ ID: 'x', Status: 'Enabled', Filter: { Tag: { Key: 'k' } }, Expiration: { Days: 'soon' } }] }));
    const bad = await aws(['--endpoint-url', s3.endpoint, 's3api', 'put-bucket-lifecycle-configuration', '--bucket', 'msp-logs', '--lifecycle-configuration', `file://${join(work.dir, 'bad.json')}`]);
    expect(bad.stderr).toContain('Parameter validation failed');
  });

  it('needs --config, and --help shows an example', async () => {
    expect((await lifecycle([])).code).toBe(64);
    const m = memoryIo();
    expect(await main(['s3', '--help'], m.io)).toBe(0);
    expect(m.stdout()).toContain('logveil s3 lifecycle --config /etc/logveil/agent.yaml > lifecycle.json');
    expect(m.stdout()).toContain('aws s3api put-bucket-lifecycle-configuration');
    const u = memoryIo();
    expect(await main(['s3', 'nonsense'], u.io)).toBe(64);
  });
});
