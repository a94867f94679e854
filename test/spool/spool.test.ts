import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { openSpool, type Spool } from '../../agent/spool/index.js';
import { LogveilError } from '../../agent/errors.js';
import { batchOf, decryptFile, event, fakeClock, silentLogger, spoolOptions, tempDir, testKeys, type TestKeys } from './helpers.js';

let keys: TestKeys;
let keyDir: { dir: string; cleanup(): void };
let work: { dir: string; cleanup(): void };
let spool: Spool | undefined;

beforeAll(async () => {
  keyDir = tempDir('spool-keys');
  keys = await testKeys(keyDir.dir);
  return () => keyDir.cleanup();
});
beforeEach(() => {
  work = tempDir('spool');
});
afterEach(async () => {
  await spool?.close();
  spool = undefined;
  work.cleanup();
});

const events = (from: number, n: number) => Array.from({ length: n }, (_, i) => event(from + i));

describe('spool', () => {
  it('writes appended batches to one segment per class and hands them out sealed, oldest first', async () => {
    const clock = fakeClock();
    spool = await openSpool(spoolOptions(work.dir, keys.publicKey), { logger: silentLogger, now: clock.now });
    await spool.append('logs', batchOf(events(0, 10)));
    clock.advance(1000);
    await spool.append('alerts', batchOf(events(100, 2)));
    await spool.append('logs', batchOf(events(10, 5)));
    expect(spool.sealed()).toEqual([]);
    await spool.sealAll();
    const sealed = spool.sealed();
    expect(sealed.map((s) => [s.dataClass, s.count, s.frames])).toEqual([
      ['logs', 15, 2],
      ['alerts', 2, 1],
    ]);
    const logs = sealed[0]!;
    expect(logs.id).toMatch(/^logs\/gw1-[0-9]{12}$/);
    expect(logs.file).toBe(join(work.dir, 'logs', `${logs.id.slice(5)}.lvs`));
    expect(logs.bytes).toBe(statSync(logs.file).size);
    expect(logs).toMatchObject({ agent: 'gw1', tenant: 'acme', site: 'hq', keyEpoch: '20250101T000000Z-abcdef', policyVersion: 'policy-7', ended: true });
    expect(logs.minTime).toBe(Date.parse(event(0).time!));
    expect(logs.maxTime).toBe(Date.parse(event(14).time!));
    expect((await decryptFile(logs.file, keys.privateKey)).map((e) => e.msg)).toEqual(events(0, 15).map((e) => e.msg));
  });

  it('writes a plaintext sidecar with only counts, time range, state and sizes', async () => {
    spool = await openSpool(spoolOptions(work.dir, keys.publicKey), { logger: silentLogger });
    await spool.append('logs', batchOf(events(0, 3)));
    const sidecarFile = join(work.dir, 'logs', readdirSync(join(work.dir, 'logs')).find((f) => f.endsWith('.meta.json'))!);
    expect(JSON.parse(readFileSync(sidecarFile, 'utf8'))).toMatchObject({ state: 'open' });
    await spool.sealAll();
    const sidecar = JSON.parse(readFileSync(sidecarFile, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(sidecar).sort()).toEqual(['bytes', 'count', 'created', 'ended', 'format', 'frames', 'maxTime', 'minTime', 'sealed', 'state']);
    expect(sidecar).toMatchObject({ state: 'sealed', count: 3, frames: 1, ended: true });
  });

  it('keeps event content out of every file it writes', async () => {
    spool = await openSpool(spoolOptions(work.dir, keys.publicKey), { logger: silentLogger });
    await spool.append('logs', batchOf([event(1, { msg: 'SECRET-MARKER-c0ffee', host: 'marker-host-77' })], 0));
    await spool.close();
    for (const f of readdirSync(work.dir, { recursive: true }) as string[]) {
      const p = join(work.dir, f);
      if (!statSync(p).isFile()) continue;
      const bytes = readFileSync(p).toString('latin1');
      expect(bytes, f).not.toContain('SECRET-MARKER');
      expect(bytes, f).not.toContain('marker-host-77');
    }
  });

  it('seals a segment before a batch would take it past segmentMaxBytes', async () => {
    spool = await openSpool(spoolOptions(work.dir, keys.publicKey, { segmentMaxBytes: 8192 }), { logger: silentLogger });
    // Level 0 keeps the payload about as large as the JSON, so sizes are predictable.
    for (let i = 0; i < 20; i++) await spool.append('logs', batchOf(events(i * 10, 10), 0));
    await spool.sealAll();
    const sealed = spool.sealed();
    expect(sealed.length).toBeGreaterThan(2);
    for (const s of sealed) expect(s.bytes).toBeLessThanOrEqual(8192);
    expect(sealed.map((s) => s.seq)).toEqual([...sealed.map((s) => s.seq)].sort((a, b) => a - b));
    const all = [];
    for (const s of sealed) all.push(...(await decryptFile(s.file, keys.privateKey)));
    expect(all.map((e) => e.msg)).toEqual(events(0, 200).map((e) => e.msg));
  });

  it('takes concurrent appends in call order, several frames per write', async () => {
    spool = await openSpool(spoolOptions(work.dir, keys.publicKey), { logger: silentLogger });
    await Promise.all(Array.from({ length: 50 }, (_, i) => spool!.append('logs', batchOf(events(i * 4, 4)))));
    expect(spool.stats().appended).toMatchObject({ batches: 50, records: 200 });
    await spool.sealAll();
    const [seg] = spool.sealed();
    expect(seg!.frames).toBe(50);
    expect((await decryptFile(seg!.file, keys.privateKey)).map((e) => e.msg)).toEqual(events(0, 200).map((e) => e.msg));
  });

  it('seals a segment once it is segmentMaxAgeMs old, on sealDue', async () => {
    const clock = fakeClock();
    spool = await openSpool(spoolOptions(work.dir, keys.publicKey, { segmentMaxAgeMs: 60_000 }), { logger: silentLogger, now: clock.now });
    await spool.append('metrics', batchOf(events(0, 1)));
    clock.advance(59_999);
    await spool.sealDue();
    expect(spool.sealed()).toEqual([]);
    clock.advance(1);
    await spool.sealDue();
    expect(spool.sealed().map((s) => s.dataClass)).toEqual(['metrics']);
    await spool.append('metrics', batchOf(events(1, 1)));
    expect(spool.stats().segments).toEqual({ open: 1, sealed: 1 });
  });

  it('deletes a segment only when it is marked shipped, and counts it as shipped', async () => {
    spool = await openSpool(spoolOptions(work.dir, keys.publicKey), { logger: silentLogger });
    await spool.append('logs', batchOf(events(0, 7)));
    await spool.sealAll();
    const [seg] = spool.sealed();
    expect(existsSync(seg!.file)).toBe(true);
    await spool.markShipped(seg!.id);
    await spool.markShipped(seg!.id); // idempotent
    expect(existsSync(seg!.file)).toBe(false);
    expect(readdirSync(join(work.dir, 'logs'))).toEqual([]);
    expect(spool.sealed()).toEqual([]);
    const s = spool.stats();
    expect(s.deletions.shipped).toEqual({ segments: 1, records: 7, bytes: seg!.bytes });
    expect(s.deletedBeforeShipping).toEqual({ segments: 0, records: 0, bytes: 0 });
  });

  it('reports bytes, records, open and sealed segments and the oldest unshipped age', async () => {
    const clock = fakeClock();
    spool = await openSpool(spoolOptions(work.dir, keys.publicKey), { logger: silentLogger, now: clock.now });
    expect(spool.stats()).toMatchObject({ bytes: 0, records: 0, segments: { open: 0, sealed: 0 }, oldestUnshippedAgeMs: null });
    await spool.append('logs', batchOf(events(0, 4)));
    await spool.sealAll();
    clock.advance(5000);
    await spool.append('audit', batchOf(events(0, 2)));
    clock.advance(1000);
    const s = spool.stats();
    expect(s).toMatchObject({ records: 6, segments: { open: 1, sealed: 1 }, oldestUnshippedAgeMs: 6000 });
    expect(s.byClass.logs).toMatchObject({ sealed: 1, open: 0, records: 4 });
    expect(s.byClass.audit).toMatchObject({ sealed: 0, open: 1, records: 2 });
    expect(s.bytes).toBe(s.byClass.logs.bytes + s.byClass.audit.bytes);
  });

  it('closes idempotently, sealing what is open first, and refuses appends afterwards', async () => {
    spool = await openSpool(spoolOptions(work.dir, keys.publicKey, { fsync: { mode: 'interval', intervalMs: 10 } }), { logger: silentLogger });
    const pending = spool.append('logs', batchOf(events(0, 3)));
    const closing = spool.close();
    expect(spool.close()).toBe(closing);
    await pending;
    await closing;
    expect(spool.sealed().map((s) => s.count)).toEqual([3]);
    await expect(spool.append('logs', batchOf(events(3, 1)))).rejects.toBeInstanceOf(LogveilError);
    expect(existsSync(join(work.dir, 'spool.lock'))).toBe(false);
  });

  it('refuses a second open of the same directory while the first is open', async () => {
    spool = await openSpool(spoolOptions(work.dir, keys.publicKey), { logger: silentLogger });
    await expect(openSpool(spoolOptions(work.dir, keys.publicKey), { logger: silentLogger })).rejects.toMatchObject({ code: 'LV_SPOOL_LOCKED' });
  });

  it('rejects malformed batches and options with clear errors', async () => {
    await expect(openSpool(spoolOptions(work.dir, keys.publicKey, { agentId: '../evil' }), { logger: silentLogger })).rejects.toMatchObject({
      code: 'LV_USAGE',
    });
    await expect(openSpool(spoolOptions(work.dir, new Uint8Array(31)), { logger: silentLogger })).rejects.toMatchObject({ code: 'LV_KEY_FORMAT' });
    spool = await openSpool(spoolOptions(work.dir, keys.publicKey), { logger: silentLogger });
    await expect(spool.append('logs', { payload: Buffer.alloc(0), count: 1, minTime: 0, maxTime: 0 })).rejects.toBeInstanceOf(RangeError);
    await expect(spool.append('logs', { payload: Buffer.from('x'), count: 1, minTime: 5, maxTime: 4 })).rejects.toBeInstanceOf(RangeError);
    await expect(spool.append('nope' as 'logs', batchOf(events(0, 1)))).rejects.toBeInstanceOf(RangeError);
    await expect(spool.append('logs', { ...batchOf(events(0, 1)), maxTime: 1e300 })).rejects.toBeInstanceOf(RangeError);
    await spool.append('logs', batchOf(events(0, 1)));
    await spool.sealAll();
    expect(spool.sealed().map((s) => [s.frames, s.ended])).toEqual([[1, true]]);
  });

  it('seals a segment as it is after a failed write, cutting the partial frame, and carries on in a new one', async () => {
    spool = await openSpool(spoolOptions(work.dir, keys.publicKey), { logger: silentLogger });
    await spool.append('logs', batchOf(events(0, 2)));
    await spool.append('logs', batchOf(events(2, 2)));
    const probe = await open(join(work.dir, 'probe'), 'w');
    const proto = Object.getPrototypeOf(probe) as { write: (...a: unknown[]) => Promise<unknown> };
    await probe.close();
    const real = proto.write;
    const spy = vi.spyOn(proto, 'write').mockImplementationOnce(async function (this: unknown, buf: unknown, off: unknown, _len: unknown, pos: unknown) {
      await real.call(this, buf, off, 10, pos); // a disk that fills up mid-frame
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    });
    await expect(spool.append('logs', batchOf(events(4, 2)))).rejects.toMatchObject({ code: 'LV_IO' });
    spy.mockRestore();
    await spool.append('logs', batchOf(events(6, 2)));
    await spool.sealAll();
    const [broken, next] = spool.sealed();
    expect([broken!.frames, broken!.ended, next!.frames, next!.ended]).toEqual([2, false, 1, true]);
    expect(statSync(broken!.file).size).toBe(broken!.bytes);
    expect((await decryptFile(broken!.file, keys.privateKey)).map((e) => e.msg)).toEqual(events(0, 4).map((e) => e.msg));
    expect((await decryptFile(next!.file, keys.privateKey)).map((e) => e.msg)).toEqual(events(6, 2).map((e) => e.msg));
    expect(spool.stats().writeErrors).toBe(1);
  });

  it('never reuses a sequence number, even after every segment was shipped', async () => {
    spool = await openSpool(spoolOptions(work.dir, keys.publicKey), { logger: silentLogger });
    await spool.append('logs', batchOf(events(0, 1)));
    await spool.sealAll();
    const first = spool.sealed()[0]!;
    await spool.markShipped(first.id);
    await spool.close();
    spool = await openSpool(spoolOptions(work.dir, keys.publicKey), { logger: silentLogger });
    await spool.append('logs', batchOf(events(1, 1)));
    await spool.sealAll();
    expect(spool.sealed()[0]!.seq).toBeGreaterThan(first.seq);
  });

  it('starts a fresh spool at the current Unix second, so a reinstalled agent does not reuse object keys', async () => {
    const clock = fakeClock(Date.UTC(2025, 5, 1));
    spool = await openSpool(spoolOptions(work.dir, keys.publicKey), { logger: silentLogger, now: clock.now });
    await spool.append('logs', batchOf(events(0, 1)));
    await spool.sealAll();
    expect(spool.sealed()[0]!.seq).toBe(Date.UTC(2025, 5, 1) / 1000);
  });
});
