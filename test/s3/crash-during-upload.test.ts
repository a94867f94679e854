import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSpool } from '../../agent/spool/index.js';
import { createS3Store, parseManifest } from '../../agent/store/index.js';
import { batchOf, decryptBytes, event, silentLogger, spoolOptions, tempDir, testKeys, type TestKeys } from '../spool/helpers.js';
import { collect, s3Options, S3RVER_ENV, startFaultProxy, startS3rver, useS3rverCredentials, type RunningS3rver, type SeenRequest } from './helpers.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHILD = fileURLToPath(new URL('./fixtures/ship-until-killed.mjs', import.meta.url));
const BUCKET = 'logveil-crash-test';
let work: { dir: string; cleanup(): void };
let s3: RunningS3rver;
let keys: TestKeys;

beforeAll(async () => {
  if (!existsSync(`${ROOT}dist/agent/store/s3-store.js`)) throw new Error('dist/ is missing the S3 store: run "npm run build" (npm test does it)');
  useS3rverCredentials();
  work = tempDir('s3crash');
  keys = await testKeys(work.dir);
  s3 = await startS3rver(join(work.dir, 's3rver'), [BUCKET]);
});
afterAll(async () => {
  await s3.stop();
  work.cleanup();
});

/**
 * Where to kill the child: at a request (once `afterBytes` of its body reached the proxy; the proxy
 * then cuts s3rver's connection too) or at s3rver's answer to it (stored, but the child never knows).
 */
interface KillPoint {
  readonly name: string;
  readonly at: 'body' | 'response';
  readonly match: (r: SeenRequest) => boolean;
  readonly afterBytes?: number;
}

const isPut = (r: SeenRequest) => r.method === 'PUT';
const KILL_POINTS: readonly KillPoint[] = [
  { name: 'mid-body of a multipart part', at: 'body', match: (r) => isPut(r) && r.url.includes('partNumber=2'), afterBytes: 1024 * 1024 },
  { name: 'after the parts, before completing the multipart upload', at: 'body', match: (r) => r.method === 'POST' && r.url.includes('uploadId=') },
  { name: 'mid-body of a single-PUT data object', at: 'body', match: (r) => isPut(r) && /\.lvb/.test(r.url) && !r.url.includes('partNumber='), afterBytes: 256 * 1024 },
  { name: 'after the data object, before the manifest', at: 'response', match: (r) => r.method === 'POST' && r.url.includes('uploadId=') },
  { name: 'mid-body of a manifest', at: 'body', match: (r) => isPut(r) && r.url.includes('.manifest.json'), afterBytes: 100 },
  { name: 'after the manifest, before markShipped', at: 'response', match: (r) => isPut(r) && r.url.includes('.manifest.json') },
];

interface ChildRun {
  shipped: string[];
  killed: boolean;
  stats?: { alreadyStored: number };
  /** The child's warn-level log lines. */
  logs: Array<Record<string, unknown>>;
}

/** Runs the shipping child through a proxy that kills it (SIGKILL) at `kill`; runs to the end without one. */
async function shipChild(spoolDir: string, kill?: KillPoint): Promise<ChildRun> {
  let child: ChildProcess | undefined;
  const fire = () => child?.kill('SIGKILL');
  const p = await startFaultProxy(s3.port, {
    onBody: (r, n) => {
      if (kill?.at !== 'body' || !kill.match(r) || n < (kill.afterBytes ?? 0)) return undefined;
      fire();
      // The bytes of a dead process still in flight never reach s3rver: it gets afterBytes.
      return kill.afterBytes ?? 0;
    },
    onResponse: (r) => {
      if (kill?.at === 'response' && kill.match(r)) fire();
    },
  });
  try {
    return await new Promise<ChildRun>((resolve, reject) => {
      child = spawn(process.execPath, [CHILD, spoolDir, Buffer.from(keys.publicKey).toString('base64'), p.endpoint, BUCKET], {
        env: { ...process.env, ...S3RVER_ENV },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const run: ChildRun = { shipped: [], killed: false, logs: [] };
      let out = '';
      let err = '';
      child.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const lines = out.split('\n');
        out = lines.pop() ?? '';
        for (const l of lines) {
          if (l.startsWith('done ')) run.stats = JSON.parse(l.slice(5)) as { alreadyStored: number };
          else run.shipped.push(l);
        }
      });
      child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
      child.on('error', reject);
      child.on('exit', (code, signal) => {
        run.logs = err.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
        if (signal === 'SIGKILL') resolve({ ...run, killed: true });
        else if (code === 0) resolve(run);
        else reject(new Error(`shipping child exited ${code}: ${err}`));
      });
    });
  } finally {
    await p.close();
  }
}

describe('kill -9 while shipping to S3', () => {
  it('delivers every record exactly once after crashes at each step of an upload', { timeout: 240_000 }, async () => {
    // 16 segments: 6 MB ones go up in parts (5 MB), 1 MB ones in a single PUT.
    const spoolDir = join(work.dir, 'spool');
    const spool = await openSpool(spoolOptions(spoolDir, keys.publicKey, { segmentMaxBytes: 8 * 1024 * 1024, fsync: { mode: 'interval', intervalMs: 1000 } }), { logger: silentLogger });
    const SEGMENTS = 16;
    let next = 0;
    for (let s = 0; s < SEGMENTS; s++) {
      const events = s % 2 === 0 ? 6_000 : 1_000;
      for (let b = 0; b < events / 500; b++) {
        // Random hex: compresses about 2:1, so segment sizes stay near the plan.
        const batch = Array.from({ length: 500 }, () => event(next, { msg: `event number ${next++} ${randomBytes(1000).toString('hex')}` }));
        await spool.append('logs', batchOf(batch));
      }
      await spool.sealAll();
    }
    const total = next;
    const sizes = spool.sealed().map((x) => x.bytes);
    expect(sizes.filter((b) => b > 5 * 1024 * 1024)).toHaveLength(SEGMENTS / 2);
    await spool.close();

    const runs: ChildRun[] = [];
    for (const point of KILL_POINTS) {
      const run = await shipChild(spoolDir, point);
      expect(run.killed, point.name).toBe(true);
      runs.push(run);
    }
    const last = await shipChild(spoolDir);
    expect(last.killed).toBe(false);
    const shippedIds = [...runs.flatMap((r) => r.shipped), ...last.shipped];
    // A segment marked shipped is never shipped again, and every one was shipped.
    expect(new Set(shippedIds).size).toBe(shippedIds.length);
    expect(shippedIds).toHaveLength(SEGMENTS);
    // The crash after the manifest: the next run found it stored and only marked the segment shipped.
    expect(last.stats?.alreadyStored).toBe(1);
    // The crashes mid-body left torn copies in s3rver (it writes as bytes arrive); each was replaced.
    const torn = [...runs, last].flatMap((r) => r.logs).filter((l) => l.event === "store_torn_object");
    expect(torn.map((l) => [String(l.key).endsWith('.lvb') ? 'data' : 'manifest', l.bytes])).toEqual([
      ['data', 256 * 1024],
      ['manifest', 100],
    ]);

    const store = createS3Store(s3Options(s3.endpoint, BUCKET), { logger: silentLogger });
    try {
      const objects = await collect(store.list('crash/'));
      expect(objects.filter((o) => o.key.endsWith('.lvb'))).toHaveLength(SEGMENTS);
      expect(objects.filter((o) => o.key.endsWith('.manifest.json'))).toHaveLength(SEGMENTS);
      expect(objects).toHaveLength(2 * SEGMENTS);
      const seen: number[] = [];
      for (const o of objects.filter((x) => x.key.endsWith('.lvb'))) {
        const manifest = parseManifest(await store.get(o.key.replace(/\.lvb$/, '.manifest.json')))!;
        expect(o.size).toBe(manifest.bytes);
        const events = await decryptBytes(await store.get(o.key), keys.privateKey);
        expect(events).toHaveLength(manifest.count);
        for (const e of events) seen.push(Number(/^event number (\d+) /.exec(e.msg)![1]));
      }
      seen.sort((a, b) => a - b);
      expect(seen).toEqual(Array.from({ length: total }, (_, i) => i));
    } finally {
      await store.close();
    }
  });
});
