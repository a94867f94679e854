/**
 * The whole path to S3: `logveil run` with `store.type: s3` against s3rver,
 * read back by `logveil query --from s3://...` with the analyst's private key,
 * through an outage of the store in the middle.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aws, createBucket, S3RVER_ENV, startS3rver, type RunningS3rver } from '../s3/helpers.js';
import { startAgent, type AgentProcess } from './agent-process.js';
import { missing } from '../peers/peers.js';

const BUCKET = 'logveil-daemon-test';
const SECRET_IP = '198.51.100.77';
const SECRET_USER = 'mallory.h';
const SECRET_PASSWORD = 'Tr0ub4dor&3-zz';

function line(i: number): string {
  return `<86>Nov 22 10:00:00 fw01 sshd[42]: Failed password for ${SECRET_USER} from ${SECRET_IP} port 5${i % 10000} ssh2 seq=${i} password=${SECRET_PASSWORD}\n`;
}

async function send(port: number, from: number, count: number): Promise<void> {
  const socket = connect(port, '127.0.0.1');
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  let text = '';
  for (let i = from; i < from + count; i++) text += line(i);
  await new Promise<void>((resolve) => socket.end(text, resolve));
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('logveil run with an S3 store', () => {
  let s3: RunningS3rver;
  let agent: AgentProcess;

  beforeAll(async () => {
    s3 = await startS3rver(mkdtempSync(join(tmpdir(), 'logveil-s3rver-')));
    await createBucket(s3.endpoint, BUCKET);
    const s3Args = ['--s3-endpoint', s3.endpoint, '--s3-allow-http-loopback', '--s3-path-style', '--s3-region', 'us-east-1'];
    agent = await startAgent({
      env: { ...S3RVER_ENV },
      store: `  type: s3
  prefix: msp1
  ship_interval_secs: 1
  s3:
    bucket: ${BUCKET}
    region: us-east-1
    endpoint: ${s3.endpoint}
    force_path_style: true
    allow_plain_http_loopback: true
    retry_base_delay_ms: 20
    retry_max_delay_ms: 200`,
      queryFrom: ['--from', `s3://${BUCKET}/msp1`, ...s3Args],
    });
  }, 60_000);

  afterAll(async () => {
    await agent?.stop();
    await s3?.stop();
  });

  it('ships every event through an outage, exactly once, and nothing in the bucket is readable without the key', async () => {
    await send(agent.ports.tcp, 0, 2000);
    await until('the first objects in S3', async () => {
      const h = await agent.health();
      return (h.shipping as { objects: number }).objects > 0 ? true : undefined;
    });
    expect((await agent.health()).shipping).toMatchObject({ store: 's3', state: 'ok' });

    // The store goes away: the agent keeps accepting and spooling, and says so.
    await s3.stop();
    await send(agent.ports.tcp, 2000, 2000);
    const down = await until('the store to be reported unreachable', async () => {
      const h = await agent.health();
      return (h.shipping as { state: string }).state !== 'ok' ? h : undefined;
    });
    expect(down.status).toBe('degraded');
    expect((down.shipping as { state: string }).state).toBe('unreachable');
    expect(await agent.metrics()).toMatch(/logveil_ship_failures_total\{reason="unreachable"\} [1-9]/);

    // It comes back: the backlog drains on its own.
    await s3.restart();
    await until('the store to recover', async () => {
      const h = await agent.health();
      return h.status === 'ok' && (h.spool as { oldest_unshipped_secs: number }).oldest_unshipped_secs === 0 ? true : undefined;
    }, 60_000);
    expect(await agent.stop()).toBe(0);

    const events = await agent.readBack();
    const seqs = events.map((e) => Number(/seq=(\d+)/.exec(e.msg)?.[1])).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 4000 }, (_, i) => i));
    for (const e of events) {
      expect(e.msg).not.toContain(SECRET_IP);
      expect(e.msg).not.toContain(SECRET_USER);
      expect(e.msg).not.toContain(SECRET_PASSWORD);
      expect(e.msg).toMatch(/Failed password for usr_[0-9a-f]{10} from \d+\.\d+\.\d+\.\d+ port/);
    }
  }, 150_000);

  it.skipIf(missing('awsCli'))('stores only ciphertext under the tenant/site/class layout, as the AWS CLI sees it', async () => {
    const env = { ...S3RVER_ENV };
    const listed = await aws(['--endpoint-url', s3.endpoint, 's3', 'ls', '--recursive', `s3://${BUCKET}/msp1/`], env);
    expect(listed.code).toBe(0);
    const keys = listed.stdout
      .trim()
      .split('\n')
      .map((l) => l.trim().split(/\s+/).pop() ?? '');
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(key).toMatch(/^msp1\/tenant=acme\/site=hq\/class=logs\//);
    const data = keys.find((k) => !k.endsWith('.manifest.json')) ?? keys[0];
    const dl = await aws(['--endpoint-url', s3.endpoint, 's3', 'cp', `s3://${BUCKET}/${data}`, '-'], env);
    expect(dl.code).toBe(0);
    expect(dl.stdout).not.toContain(SECRET_IP);
    expect(dl.stdout).not.toContain('Failed password');
  }, 60_000);
});
