import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSpool } from '../../agent/spool/index.js';
import { decryptFile, silentLogger, spoolOptions, tempDir, testKeys, type TestKeys } from './helpers.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHILD = fileURLToPath(new URL('./fixtures/append-until-killed.mjs', import.meta.url));

let keys: TestKeys;
let work: { dir: string; cleanup(): void };
beforeAll(async () => {
  if (!existsSync(`${ROOT}dist/agent/spool/index.js`)) throw new Error('dist/ is missing: run "npm run build" (npm test does it)');
  work = tempDir('kill');
  keys = await testKeys(work.dir);
});
afterAll(() => work.cleanup());

/** Starts the appending child, waits until it has confirmed `acks` batches, then kills it with SIGKILL. */
function appendThenKill(dir: string, fsync: 'always' | 'interval', acks: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, dir, Buffer.from(keys.publicKey).toString('base64'), fsync], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let last = -1;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const lines = out.split('\n');
      out = lines.pop() ?? '';
      for (const l of lines) last = Number(l);
      if (last + 1 >= acks && !child.killed) child.kill('SIGKILL');
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve(last) : reject(new Error(`child exited ${code}: ${err}`))));
  });
}

describe('spool after kill -9', () => {
  for (const fsync of ['always', 'interval'] as const) {
    it(`recovers every confirmed batch exactly once, in order (fsync ${fsync})`, async () => {
      const dir = join(work.dir, fsync);
      const lastAcked = await appendThenKill(dir, fsync, 400);
      const spool = await openSpool(spoolOptions(dir, keys.publicKey), { logger: silentLogger });
      try {
        const segs = spool.sealed().filter((s) => s.dataClass === 'logs');
        expect(segs.length).toBeGreaterThan(1); // the child rotated segments while it ran
        const events = [];
        for (const s of segs) events.push(...(await decryptFile(s.file, keys.privateKey)));
        const seen = events.map((e) => /^batch (\d+) event (\d+) /.exec(e.msg)!.slice(1).map(Number));
        // Batches 0..k-1, each whole (20 events in order), nothing twice, nothing missing.
        const batches = seen.length / 20;
        expect(Number.isInteger(batches)).toBe(true);
        expect(batches).toBeGreaterThanOrEqual(lastAcked + 1);
        expect(seen).toEqual(Array.from({ length: seen.length }, (_, i) => [Math.floor(i / 20), i % 20]));
        expect(spool.stats().quarantined).toBe(0);
      } finally {
        await spool.close();
      }
    });
  }
});
