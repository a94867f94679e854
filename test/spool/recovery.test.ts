import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, existsSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSpool, type SealedSegment, type Spool } from '../../agent/spool/index.js';
import { decodeHeader } from '../../agent/spool/segment-format.js';
import { batchOf, captureLogger, decryptFile, event, silentLogger, spoolOptions, tempDir, testKeys, type TestKeys } from './helpers.js';

let keys: TestKeys;
let work: { dir: string; cleanup(): void };
const open: Spool[] = [];

beforeAll(async () => {
  const k = tempDir('recovery-keys');
  keys = await testKeys(k.dir);
  return () => k.cleanup();
});
beforeEach(() => {
  work = tempDir('recovery');
});
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
  work.cleanup();
});

async function spoolAt(dir: string, logger = silentLogger): Promise<Spool> {
  const s = await openSpool(spoolOptions(dir, keys.publicKey, { fsync: { mode: 'interval', intervalMs: 60_000 } }), { logger });
  open.push(s);
  return s;
}

/**
 * What the disk holds at this moment, as a crash would leave it: the live
 * spool's files copied while it still has its segments open.
 */
function crashImage(live: string): string {
  const image = join(work.dir, `image-${readdirSync(work.dir).length}`);
  cpSync(live, image, { recursive: true });
  return image;
}

/** The one segment file of `dataClass` in `dir`. */
function segmentFile(dir: string, dataClass = 'logs'): string {
  const names = readdirSync(join(dir, dataClass)).filter((n) => n.endsWith('.lvs'));
  expect(names).toHaveLength(1);
  return join(dir, dataClass, names[0]!);
}

const batch = (i: number) => batchOf(Array.from({ length: 5 }, (_, j) => event(i * 5 + j)));
const msgs = (batches: number[]) => batches.flatMap((i) => Array.from({ length: 5 }, (_, j) => event(i * 5 + j).msg));

describe('spool recovery', () => {
  it('keeps every complete frame and cuts a frame torn by a crash mid-write', async () => {
    const live = join(work.dir, 'live');
    const a = await spoolAt(live);
    for (let i = 0; i < 5; i++) await a.append('logs', batch(i));
    const image = crashImage(live);
    const file = segmentFile(image);
    const size = statSync(file).size;
    truncateSync(file, size - 10); // the last frame lost its last 10 bytes

    const { logger, lines } = captureLogger();
    const b = await spoolAt(image, logger);
    const [seg] = b.sealed();
    expect(seg).toMatchObject({ frames: 4, count: 20, ended: false });
    expect(await msgsOf(seg!)).toEqual(msgs([0, 1, 2, 3]));
    expect(statSync(file).size).toBe(seg!.bytes);
    expect(b.stats().recovered).toEqual({ segments: 1, truncatedBytes: size - 10 - seg!.bytes });
    expect(lines.find((l) => l.event === 'spool_torn_tail')).toMatchObject({ framesKept: 4 });
    expect(JSON.parse(readFileSync(file.replace(/\.lvs$/, '.meta.json'), 'utf8'))).toMatchObject({ state: 'sealed', frames: 4, ended: false });
  });

  it('drops a tail frame whose checksum fails', async () => {
    const live = join(work.dir, 'live');
    const a = await spoolAt(live);
    for (let i = 0; i < 3; i++) await a.append('logs', batch(i));
    const image = crashImage(live);
    const file = segmentFile(image);
    const bytes = readFileSync(file);
    bytes[bytes.length - 20]! ^= 0x40;
    writeFileSync(file, bytes);

    const b = await spoolAt(image);
    const [seg] = b.sealed();
    expect(seg).toMatchObject({ frames: 2, count: 10 });
    expect(await msgsOf(seg!)).toEqual(msgs([0, 1]));
  });

  it('seals every segment that was open, in every class, and keeps the ones already sealed', async () => {
    const live = join(work.dir, 'live');
    const a = await spoolAt(live);
    await a.append('logs', batch(0));
    await a.sealAll();
    await a.append('logs', batch(1));
    await a.append('alerts', batch(2));
    const b = await spoolAt(crashImage(live));
    const sealed = b.sealed();
    expect(sealed.map((s) => [s.dataClass, s.ended])).toEqual([
      ['logs', true],
      ['logs', false],
      ['alerts', false],
    ]);
    expect(await msgsOf(sealed[1]!)).toEqual(msgs([1]));
    expect(await msgsOf(sealed[2]!)).toEqual(msgs([2]));
    expect(b.stats().recovered.segments).toBe(2);
  });

  it('moves a segment with an unreadable header to quarantine, counts it, and still starts', async () => {
    const live = join(work.dir, 'live');
    const a = await spoolAt(live);
    await a.append('logs', batch(0));
    const image = crashImage(live);
    const file = segmentFile(image);
    const bytes = readFileSync(file);
    bytes[20]! ^= 0xff; // inside the header: its CRC fails
    writeFileSync(file, bytes);

    const { logger, lines } = captureLogger();
    const b = await spoolAt(image, logger);
    expect(b.sealed()).toEqual([]);
    expect(b.stats().quarantined).toBe(1);
    expect(existsSync(file)).toBe(false);
    expect(readdirSync(join(image, 'quarantine'))).toContain(`logs-${file.slice(file.lastIndexOf('/') + 1)}`);
    expect(lines.find((l) => l.event === 'spool_quarantine')).toMatchObject({ reason: 'header checksum mismatch' });
    // And the spool works: a new segment gets a higher number.
    await b.append('logs', batch(1));
    await b.sealAll();
    expect(b.sealed()[0]!.file > file).toBe(true);
  });

  it('removes a segment that died before its first frame, and leftover temporary files', async () => {
    const live = join(work.dir, 'live');
    const a = await spoolAt(live);
    await a.append('logs', batch(0));
    const image = crashImage(live);
    const file = segmentFile(image);
    const header = decodeHeader(readFileSync(file));
    if (!header.ok) throw new Error(header.reason);
    truncateSync(file, header.header.length);
    writeFileSync(join(image, 'logs', 'gw1-000000000009.lvs.tmp'), 'half a header');

    const b = await spoolAt(image);
    expect(b.sealed()).toEqual([]);
    expect(b.stats().quarantined).toBe(0);
    expect(readdirSync(join(image, 'logs'))).toEqual([]);
  });

  it('rebuilds a missing sidecar from the frames without calling the segment recovered', async () => {
    const live = join(work.dir, 'live');
    const a = await spoolAt(live);
    await a.append('logs', batch(0));
    await a.append('logs', batch(1));
    await a.sealAll();
    const image = crashImage(live);
    const file = segmentFile(image);
    const sidecar = file.replace(/\.lvs$/, '.meta.json');
    const before = JSON.parse(readFileSync(sidecar, 'utf8')) as Record<string, unknown>;
    writeFileSync(sidecar, '{"truncated');

    const b = await spoolAt(image);
    expect(b.sealed()[0]).toMatchObject({ frames: 2, count: 10, ended: true });
    expect(b.stats().recovered.segments).toBe(0);
    expect(JSON.parse(readFileSync(sidecar, 'utf8'))).toMatchObject({ state: 'sealed', frames: before.frames, count: before.count, bytes: before.bytes });
  });

  async function msgsOf(seg: SealedSegment): Promise<string[]> {
    return (await decryptFile(seg.file, keys.privateKey)).map((e) => e.msg);
  }
});
