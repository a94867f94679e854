import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runCli } from './run-cli.js';

describe('logveil validate', () => {
  it('accepts the embedded default and summarises it', async () => {
    const r = await runCli(['validate', '--config', `${ROOT}config/default.yaml`]);
    expect(r.code).toBe(0);
    expect(r.stdout.toString()).toMatch(/valid\n  sources: syslog_udp \(udp 127\.0\.0\.1:5514\), syslog_tcp \(tcp 127\.0\.0\.1:5514\), syslog_tls \(tls 127\.0\.0\.1:6514, skipped: no certificate\)/);
  });

  it('names the bucket, prefix and region of an S3 store', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'logveil-validate-'));
    writeFileSync(join(dir, 's3.yaml'), 'sources:\n  u: { mode: udp, address: 127.0.0.1:5514 }\nstore:\n  type: s3\n  prefix: prod\n  s3: { bucket: msp-logs, region: eu-west-1 }\n');
    const r = await runCli(['validate', '--config', join(dir, 's3.yaml')]);
    expect(r.code).toBe(0);
    expect(r.stdout.toString()).toContain('store: s3://msp-logs/prod (eu-west-1)');
  });

  it('lists every problem as path: message and exits 78', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'logveil-validate-'));
    writeFileSync(join(dir, 'bad.yaml'), 'sources:\n  a: { mode: tcp, address: nowhere, max_conections: 1 }\nspool: { fsync: sometimes }\n');
    const r = await runCli(['validate', '--config', join(dir, 'bad.yaml')]);
    expect(r.code).toBe(78);
    expect(r.stderr).toContain('sources.a.address: must be host:port');
    expect(r.stderr).toContain('sources.a: unknown key "max_conections"');
    expect(r.stderr).toContain('spool.fsync: must be one of "interval", "always"');
  });

  it('prints the schema, the reference for every key', async () => {
    const r = await runCli(['validate', '--print-schema']);
    const schema = JSON.parse(r.stdout.toString()) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(['agent', 'sources', 'pseudonymize', 'pipeline', 'spool', 'store', 'api', 'log', 'policy']);
  });
});
