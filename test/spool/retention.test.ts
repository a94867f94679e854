import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { openSpool, type DataClass, type Spool } from '../../agent/spool/index.js';
import { batchOf, captureLogger, event, fakeClock, spoolOptions, tempDir, testKeys, type TestKeys } from './helpers.js';

let keys: TestKeys;
let work: { dir: string; cleanup(): void };
let spool: Spool | undefined;

beforeAll(async () => {
  const k = tempDir('retention-keys');
  keys = await testKeys(k.dir);
  return () => k.cleanup();
});
beforeEach(() => {
  work = tempDir('retention');
});
afterEach(async () => {
  await spool?.close();
  spool = undefined;
  work.cleanup();
});

const HOUR = 3_600_000;

/** One sealed segment of `dataClass` with `n` events whose message carries `marker`. */
async function sealedSegment(s: Spool, dataClass: DataClass, n: number, marker = 'payload'): Promise<void> {
  await s.append(dataClass, batchOf(Array.from({ length: n }, (_, i) => event(i, { msg: `${marker} ${i}` }))));
  await s.sealAll();
}

describe('spool retention', () => {
  it('deletes the oldest sealed segments across classes above maxTotalBytes, counted apart from shipped ones', async () => {
    const clock = fakeClock();
    const { logger, lines } = captureLogger();
    spool = await openSpool(spoolOptions(work.dir, keys.publicKey), { logger, now: clock.now });
    await sealedSegment(spool, 'logs', 10); // oldest: shipped below, so not a retention victim
    clock.advance(1000);
    await sealedSegment(spool, 'metrics', 20, 'SECRET-CONTENT');
    clock.advance(1000);
    await sealedSegment(spool, 'logs', 30);
    clock.advance(1000);
    await sealedSegment(spool, 'alerts', 40);
    const [shipped, oldest, middle, newest] = spool.sealed();
    await spool.markShipped(shipped!.id);

    // Room for the newest segment only: the two older unshipped ones must go, oldest first.
    await spool.close();
    spool = await openSpool(spoolOptions(work.dir, keys.publicKey, { maxTotalBytes: newest!.bytes + 10 }), { logger, now: clock.now });
    const report = await spool.enforceRetention();

    expect(report.deleted.map((d) => [d.id, d.reason, d.records])).toEqual([
      [oldest!.id, 'max_total_bytes', 20],
      [middle!.id, 'max_total_bytes', 30],
    ]);
    expect(report.bytes).toBe(newest!.bytes);
    expect(spool.sealed().map((s) => s.id)).toEqual([newest!.id]);
    expect(existsSync(oldest!.file)).toBe(false);
    const s = spool.stats();
    // A new spool instance: its counters start at this open.
    expect(s.deletions.max_total_bytes).toEqual({ segments: 2, records: 50, bytes: oldest!.bytes + middle!.bytes });
    expect(s.deletedBeforeShipping).toEqual({ segments: 2, records: 50, bytes: oldest!.bytes + middle!.bytes });
    expect(s.deletions.shipped.segments).toBe(0);

    const logged = lines.filter((l) => l.event === 'spool_retention_delete');
    expect(logged.map((l) => [l.segment, l.reason, l.records])).toEqual([
      [oldest!.id, 'max_total_bytes', 20],
      [middle!.id, 'max_total_bytes', 30],
    ]);
    expect(JSON.stringify(lines)).not.toContain('SECRET-CONTENT');
  });

  it('counts shipping deletions and retention deletions separately in one spool', async () => {
    const clock = fakeClock();
    spool = await openSpool(spoolOptions(work.dir, keys.publicKey, { retention: { logs: { maxAgeMs: HOUR } } }), {
      logger: captureLogger().logger,
      now: clock.now,
    });
    await sealedSegment(spool, 'logs', 3);
    await sealedSegment(spool, 'logs', 4);
    const [a, b] = spool.sealed();
    await spool.markShipped(a!.id);
    clock.advance(2 * HOUR);
    await spool.enforceRetention();
    const s = spool.stats();
    expect(s.deletions.shipped).toEqual({ segments: 1, records: 3, bytes: a!.bytes });
    expect(s.deletions.max_age).toEqual({ segments: 1, records: 4, bytes: b!.bytes });
    expect(s.deletedBeforeShipping).toEqual({ segments: 1, records: 4, bytes: b!.bytes });
  });

  it("deletes a class's segments older than its maxAgeMs, the open one included, and leaves other classes alone", async () => {
    const clock = fakeClock();
    spool = await openSpool(spoolOptions(work.dir, keys.publicKey, { retention: { logs: { maxAgeMs: HOUR } }, segmentMaxAgeMs: 24 * HOUR }), {
      logger: captureLogger().logger,
      now: clock.now,
    });
    await sealedSegment(spool, 'logs', 5);
    await sealedSegment(spool, 'metrics', 5);
    await spool.append('logs', batchOf([event(1)])); // stays open
    clock.advance(HOUR);
    expect((await spool.enforceRetention()).deleted).toEqual([]);
    clock.advance(1);
    const report = await spool.enforceRetention();
    expect(report.deleted.map((d) => [d.dataClass, d.reason, d.records])).toEqual([
      ['logs', 'max_age', 5],
      ['logs', 'max_age', 1],
    ]);
    expect(spool.sealed().map((s) => s.dataClass)).toEqual(['metrics']);
    expect(spool.stats().segments.open).toBe(0);
    expect(spool.stats().deletedBeforeShipping.records).toBe(6);
  });
});
