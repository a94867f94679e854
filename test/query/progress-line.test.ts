import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { queryCommand } from '../../agent/cli/commands/query.js';
import { createProgressLine } from '../../agent/query/index.js';
import { event, memoryIo, tempDir, testKeys, type TestKeys } from '../spool/helpers.js';
import { shipSegments } from './fixtures.js';

let keys: TestKeys;
let work: { dir: string; cleanup(): void };
let storeDir: string;

beforeAll(async () => {
  work = tempDir('progress');
  keys = await testKeys(join(work.dir, 'keys'));
  storeDir = await shipSegments(work.dir, keys.publicKey, [{ batches: [[event(0), event(1)]] }, { batches: [[event(2)]] }]);
});
afterAll(() => work.cleanup());

function sink(): { stream: Writable; text(): string } {
  let text = '';
  const stream = new Writable({
    write(c: Buffer, _e, cb) {
      text += c.toString();
      cb();
    },
  });
  return { stream, text: () => text };
}

const P = (events: number) => ({ objects: 1, events, matched: events, bytes: 2 * 1048576 });

describe('the query progress line', () => {
  it('is not printed when stderr is not a terminal and --progress is not given', async () => {
    const m = memoryIo();
    await queryCommand.run(['--from', storeDir, '--private-key', keys.privateKeyFile], m.io);
    expect(m.stderr()).toBe('logveil query: 3 of 3 events matched in 2 objects\n');
  });

  it('is printed with --progress, ending with the totals, before the summary', async () => {
    const m = memoryIo();
    await queryCommand.run(['--from', storeDir, '--private-key', keys.privateKeyFile, '--progress'], m.io);
    const lines = m.stderr().split('\n').filter(Boolean);
    expect(lines.at(-2)).toMatch(/^logveil query: [0-9.]+ s, 2 objects, 3 events read, 3 matched, [0-9.]+ MB, [0-9]+(k|M)? events\/s$/);
    expect(lines.at(-1)).toBe('logveil query: 3 of 3 events matched in 2 objects');
  });

  it('updates at most once per interval, however often it is called', () => {
    let now = 0;
    const s = sink();
    const p = createProgressLine(s.stream, { tty: false, intervalMs: 250, now: () => now });
    for (let t = 0; t <= 1000; t += 10) {
      now = t;
      p.update(P(t));
    }
    p.done();
    const lines = s.text().split('\n').filter(Boolean);
    expect(lines).toHaveLength(4); // at 250, 500, 750, 1000 ms; the last state was written by the update at 1000
    expect(lines[0]).toBe('logveil query: 0.3 s, 1 objects, 250 events read, 250 matched, 2.0 MB, 1000 events/s');
  });

  it('rewrites one line on a terminal and erases it at the end', () => {
    let now = 0;
    const s = sink();
    const p = createProgressLine(s.stream, { tty: true, intervalMs: 250, now: () => now });
    now = 300;
    p.update(P(10));
    now = 600;
    p.update(P(20));
    p.clear();
    now = 900;
    p.update(P(30));
    p.done();
    p.done();
    expect(s.text().split('\r')).toEqual([
      '',
      'logveil query: 0.3 s, 1 objects, 10 events read, 10 matched, 2.0 MB, 33 events/s\u001b[K',
      'logveil query: 0.6 s, 1 objects, 20 events read, 20 matched, 2.0 MB, 33 events/s\u001b[K',
      '\u001b[K',
      'logveil query: 0.9 s, 1 objects, 30 events read, 30 matched, 2.0 MB, 33 events/s\u001b[K',
      '\u001b[K',
    ]);
  });
});
