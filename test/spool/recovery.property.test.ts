import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cpSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSpool, type DataClass, type SpoolBatch } from '../../agent/spool/index.js';
import { decodeHeader } from '../../agent/spool/segment-format.js';
import { batchOf, decryptFile, event, silentLogger, spoolOptions, tempDir, testKeys, type TestKeys } from './helpers.js';

let keys: TestKeys;
let work: { dir: string; cleanup(): void };
let run = 0;

beforeAll(async () => {
  work = tempDir('recovery-prop');
  keys = await testKeys(work.dir);
});
afterAll(() => work.cleanup());

/** Bytes a frame adds around its payload: 25 clear bytes, 16 of GCM tag, 4 of CRC. */
const FRAME_OVERHEAD = 45;
const CLASSES: DataClass[] = ['logs', 'metrics'];

const appendsArb = fc.array(
  fc.record({ dataClass: fc.constantFrom(...CLASSES), events: fc.integer({ min: 1, max: 12 }), level: fc.constantFrom(0, 1, 6) }),
  { minLength: 1, maxLength: 25 },
);
const crashArb = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('corrupt' as const), fromEnd: fc.nat(), xor: fc.integer({ min: 1, max: 255 }) }),
);

describe('spool recovery (property)', () => {
  it('keeps exactly the complete frames, in order and decryptable, whatever the crash does to an open segment', async () => {
    await fc.assert(
      fc.asyncProperty(appendsArb, crashArb, fc.constantFrom(4096, 16384, 1 << 20), fc.nat(), async (appends, crash, segmentMaxBytes, victimPick) => {
        const live = join(work.dir, `live-${run}`);
        const image = join(work.dir, `image-${run++}`);
        const a = await openSpool(spoolOptions(live, keys.publicKey, { segmentMaxBytes, fsync: { mode: 'interval', intervalMs: 60_000 } }), {
          logger: silentLogger,
        });
        const sent: Record<string, SpoolBatch[]> = { logs: [], metrics: [] };
        const tags: Record<string, string[][]> = { logs: [], metrics: [] };
        let n = 0;
        for (const ap of appends) {
          const evs = Array.from({ length: ap.events }, () => event(n++));
          const b = batchOf(evs, ap.level);
          await a.append(ap.dataClass, b);
          sent[ap.dataClass]!.push(b);
          tags[ap.dataClass]!.push(evs.map((e) => e.msg));
        }
        const sealedBefore = a.sealed();
        cpSync(live, image, { recursive: true }); // the crash: what is on disk now
        await a.close();

        // Which batches sit in each class's open segment, and where its frames end.
        const openFiles = CLASSES.flatMap((c) =>
          readdirSync(join(image, c))
            .filter((f) => f.endsWith('.lvs') && !sealedBefore.some((s) => s.file.endsWith(`/${c}/${f}`)))
            .map((f) => ({ dataClass: c, file: join(image, c, f) })),
        );
        const expected: Record<string, string[][]> = { logs: [...tags.logs!], metrics: [...tags.metrics!] };
        let quarantined = 0;
        if (openFiles.length) {
          const victim = openFiles[victimPick % openFiles.length]!;
          const inSealed = sealedBefore.filter((s) => s.dataClass === victim.dataClass).reduce((k, s) => k + s.frames, 0);
          const openBatches = sent[victim.dataClass]!.slice(inSealed);
          const bytes = readFileSync(victim.file);
          const h = decodeHeader(bytes);
          if (!h.ok) throw new Error(h.reason);
          const ends: number[] = [];
          let end = h.header.length;
          for (const b of openBatches) ends.push((end += b.payload.length + FRAME_OVERHEAD));
          expect(ends.at(-1)).toBe(bytes.length);
          let keep: number;
          if (crash.kind === 'truncate') {
            const at = Math.floor(crash.at * bytes.length);
            truncateSync(victim.file, at);
            keep = ends.filter((e) => e <= at).length;
            if (at < h.header.length) quarantined = 1;
          } else {
            const at = bytes.length - 1 - (crash.fromEnd % (bytes.length - h.header.length));
            bytes[at]! ^= crash.xor;
            writeFileSync(victim.file, bytes);
            keep = ends.filter((e) => e <= at).length;
          }
          expected[victim.dataClass] = tags[victim.dataClass]!.slice(0, inSealed + keep);
        }

        const b = await openSpool(spoolOptions(image, keys.publicKey, { segmentMaxBytes }), { logger: silentLogger });
        try {
          expect(b.stats().quarantined).toBe(quarantined);
          for (const c of CLASSES) {
            const segs = b.sealed().filter((s) => s.dataClass === c);
            const got: string[] = [];
            for (const s of segs) {
              expect(statSync(s.file).size).toBe(s.bytes);
              got.push(...(await decryptFile(s.file, keys.privateKey)).map((e) => e.msg));
            }
            expect(got).toEqual(expected[c]!.flat());
            expect(segs.reduce((k, s) => k + s.count, 0)).toBe(got.length);
          }
        } finally {
          await b.close();
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
