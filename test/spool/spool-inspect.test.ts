import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, readdirSync, statSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { spoolCommand } from '../../agent/cli/commands/spool.js';
import { openSpool } from '../../agent/spool/index.js';
import { batchOf, event, fakeClock, memoryIo, silentLogger, spoolOptions, tempDir, testKeys, type TestKeys } from './helpers.js';

let keys: TestKeys;
let work: { dir: string; cleanup(): void };
let spoolDir: string;
let image: string;

beforeAll(async () => {
  work = tempDir('inspect');
  keys = await testKeys(join(work.dir, 'keys'));
  spoolDir = join(work.dir, 'spool');
  const clock = fakeClock(Date.UTC(2025, 2, 1, 12));
  const spool = await openSpool(spoolOptions(spoolDir, keys.publicKey), { logger: silentLogger, now: clock.now });
  await spool.append('logs', batchOf([event(0), event(1), event(2)]));
  await spool.append('logs', batchOf([event(3, { msg: 'CONTENT-MARKER' })]));
  await spool.sealAll();
  await spool.append('alerts', batchOf([event(9)]));
  await spool.append('alerts', batchOf([event(10)]));
  // A crash image with the open alerts segment torn: inspect shows it as it is.
  image = join(work.dir, 'image');
  cpSync(spoolDir, image, { recursive: true });
  const alerts = join(image, 'alerts', readdirSync(join(image, 'alerts')).find((f) => f.endsWith('.lvs'))!);
  truncateSync(alerts, statSync(alerts).size - 3);
  await spool.close();
});
afterAll(() => work.cleanup());

describe('logveil spool inspect', () => {
  it('lists segments per class with state, counts, bytes and time range, without any key', async () => {
    const m = memoryIo();
    expect(await spoolCommand.run(['inspect', '--dir', spoolDir], m.io)).toBe(0);
    const out = m.stdout();
    expect(out).toMatch(/^CLASS +SEGMENT +STATE +BATCHES +EVENTS +BYTES +FIRST EVENT +LAST EVENT +KEY EPOCH +POLICY/);
    expect(out).toMatch(/logs +gw1-\d{12}\.lvs +sealed +2 +4 +\d+ +2025-03-01T10:00:00\.000Z +2025-03-01T10:00:03\.000Z +20250101T000000Z-abcdef +policy-7/);
    expect(out).toMatch(/alerts +gw1-\d{12}\.lvs +sealed +2 +2 /);
    expect(out).toContain('logs: 1 segment, 4 events');
    expect(out).not.toContain('CONTENT-MARKER');
  });

  it('shows an open segment with a torn tail as it is, and changes nothing', async () => {
    const alerts = join(image, 'alerts', readdirSync(join(image, 'alerts')).find((f) => f.endsWith('.lvs'))!);
    const size = statSync(alerts).size;
    const m = memoryIo();
    expect(await spoolCommand.run(['inspect', '--dir', image, '--json'], m.io)).toBe(0);
    const rows = m.stdout().trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows.map((r) => [r.dataClass, r.state, r.frames, r.count])).toEqual([
      ['logs', 'sealed', 2, 4],
      ['alerts', 'open', 1, 1],
    ]);
    expect(rows[1]!.tornBytes).toBeGreaterThan(0);
    expect(statSync(alerts).size).toBe(size);
  });

  it('explains itself with --help and rejects a missing --dir', async () => {
    expect(spoolCommand.help).toContain('Example:\n  logveil spool inspect --dir');
    await expect(spoolCommand.run(['inspect'], memoryIo().io)).rejects.toMatchObject({ code: 'LV_USAGE' });
  });
});
