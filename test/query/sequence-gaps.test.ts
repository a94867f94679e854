import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { queryCommand } from '../../agent/cli/commands/query.js';
import { createSequenceTracker } from '../../agent/query/sequence-tracker.js';
import type { LogEvent } from '../../shared/event.js';
import { memoryIo, tempDir, testKeys, type TestKeys } from '../spool/helpers.js';
import { shipSegments, storeKeys } from './fixtures.js';

let keys: TestKeys;
let keyDir: { dir: string; cleanup(): void };
let work: { dir: string; cleanup(): void };
let storeDir: string;
/** Data object keys, oldest first. */
let data: string[];
let firstSeq: number;

const at = (h: number, m: number) => new Date(Date.UTC(2025, 2, 1, h, m)).toISOString();
const ev = (i: number): LogEvent => ({ received: at(10, i), host: 'sw1', msg: `event ${i}`, format: 'rfc5424' });
/** The spool's clock: a fresh spool numbers its first segment with this Unix second. */
const T0 = Date.UTC(2025, 2, 1, 0, 0, 0);
/** A clock from `start` that moves a second each time it is read, as time passes while a spool works. */
const ticking = (start: number) => {
  let t = start - 1000;
  return () => (t += 1000);
};

beforeAll(async () => {
  keyDir = tempDir('seq-keys');
  keys = await testKeys(keyDir.dir);
  return () => keyDir.cleanup();
});
beforeEach(async () => {
  work = tempDir('seq');
  storeDir = await shipSegments(work.dir, keys.publicKey, [0, 1, 2, 3, 4, 5].map((i) => ({ batches: [[ev(i)]] })), { now: ticking(T0) });
  data = (await storeKeys(storeDir)).filter((k) => k.endsWith('.lvb'));
  firstSeq = T0 / 1000;
});
afterEach(() => work.cleanup());

async function query(...args: string[]): Promise<{ code: number; msgs: string[]; stderr: string }> {
  const m = memoryIo();
  const code = await queryCommand.run(['--from', storeDir, '--private-key', keys.privateKeyFile, ...args], m.io);
  const msgs = m
    .stdout()
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as LogEvent).msg);
  return { code, msgs, stderr: m.stderr() };
}

const remove = (key: string) => rmSync(join(storeDir, key));
const manifestOf = (key: string) => key.replace(/\.lvb$/, '.manifest.json');
const WHO = 'tenant=acme/site=hq/class=logs agent gw1';

describe('logveil query reports gaps and duplicates in each agent’s segment sequence', () => {
  it('says nothing when the sequence is whole', async () => {
    const r = await query();
    expect(r.stderr).toBe('logveil query: 6 of 6 events matched in 6 objects\n');
    expect(r.code).toBe(0);
  });

  it('reports an object deleted from the middle of a sequence as a gap', async () => {
    remove(data[2] as string);
    remove(manifestOf(data[2] as string));
    const r = await query();
    expect(r.msgs).toEqual(['event 0', 'event 1', 'event 3', 'event 4', 'event 5']);
    expect(r.stderr).toContain(`logveil query: ${WHO}: gap: 1 segment missing from the sequence: ${firstSeq + 2}\n`);
    expect(r.stderr).toContain('1 agent sequence(s) with gaps or duplicates');
    expect(r.code).toBe(65);
  });

  it('reports several gaps with their ranges, and still reports them with --quiet', async () => {
    for (const i of [1, 3, 4]) {
      remove(data[i] as string);
      remove(manifestOf(data[i] as string));
    }
    const r = await query('--quiet');
    expect(r.stderr).toBe(`logveil query: ${WHO}: gap: 3 segments missing from the sequence: ${firstSeq + 1}, ${firstSeq + 3}-${firstSeq + 4}\n`);
    expect(r.code).toBe(65);
  });

  it('reports a data object whose manifest is gone, and a manifest whose data object is gone, without calling them gaps', async () => {
    remove(manifestOf(data[1] as string));
    remove(data[3] as string);
    const r = await query('--quiet');
    expect(r.stderr).toContain(`${data[1] as string}: data object without its manifest`);
    expect(r.stderr).toContain(`${manifestOf(data[3] as string)}: its data object (${data[3] as string}) is missing`);
    expect(r.stderr).not.toContain('gap:');
    expect(r.code).toBe(65);
  });

  it('reports the same segment number stored twice, with both partitions', async () => {
    const copyTo = (key: string) => {
      const to = key.replace('/hour=10/', '/hour=13/');
      mkdirSync(dirname(join(storeDir, to)), { recursive: true });
      cpSync(join(storeDir, key), join(storeDir, to));
    };
    copyTo(data[1] as string);
    copyTo(manifestOf(data[1] as string));
    const r = await query('--quiet');
    expect(r.stderr).toBe(`logveil query: ${WHO}: duplicate: segment ${firstSeq + 1} is stored 2 times (dt=2025-03-01/hour=10, dt=2025-03-01/hour=13)\n`);
    expect(r.msgs.filter((m) => m === 'event 1')).toHaveLength(2);
    expect(r.code).toBe(65);
  });

  it('takes a re-created spool’s jump to the current Unix second as a restart, not a gap', async () => {
    const later = T0 + 2 * 3_600_000;
    await shipSegments(work.dir, keys.publicKey, [{ batches: [[ev(30)]] }], { spoolName: 'spool-again', now: ticking(later) });
    const r = await query();
    expect(r.stderr).not.toContain('gap:');
    expect(r.stderr).toContain(`logveil query: note: ${WHO}: the sequence restarts at ${later / 1000} (a new spool on the gateway; not a gap)\n`);
    expect(r.code).toBe(0);
  });

  it('looks only between the first and the last segment the query listed', async () => {
    const r = await query('--since', at(10, 2), '--until', at(10, 3), '--quiet');
    expect(r.msgs).toEqual(['event 2', 'event 3']);
    expect(r.stderr).toBe('');
  });
});

describe('the sequence tracker', () => {
  it('keeps one entry per run of consecutive numbers in one partition, in any order of arrival', () => {
    const t = createSequenceTracker();
    for (const seq of [5, 6, 7, 9, 8, 12, 3]) t.observe('s', 'gw', seq, 'dt=2025-03-01/hour=10', seq * 60_000);
    t.observe('s', 'gw', 8, 'dt=2025-03-01/hour=11');
    expect(t.reports()).toEqual([
      { scope: 's', agent: 'gw', gaps: [{ from: 4, to: 4 }, { from: 10, to: 11 }], duplicates: [{ seq: 8, partitions: ['dt=2025-03-01/hour=10', 'dt=2025-03-01/hour=11'] }], restarts: [] },
    ]);
  });

  it('tells a fresh spool’s jump to the current Unix second from segments lost early in a spool’s life', () => {
    const start = 1_740_787_200; // the Unix second a spool opened: its first segment's number
    const t = createSequenceTracker();
    // One segment a minute: number start + k created at (start + 60 k) seconds.
    for (const k of [0, 1, 2, 5, 6]) t.observe('s', 'gw', start + k, 'p', (start + 60 * k) * 1000);
    // The spool is re-created two hours later: it numbers from that second.
    const again = start + 7200;
    t.observe('s', 'gw', again, 'q', again * 1000 + 500);
    t.observe('s', 'gw', again + 1, 'q', (again + 60) * 1000);
    expect(t.reports()).toEqual([{ scope: 's', agent: 'gw', gaps: [{ from: start + 3, to: start + 4 }], duplicates: [], restarts: [again] }]);
  });

  it('keeps agents and scopes apart', () => {
    const t = createSequenceTracker();
    t.observe('a', 'gw1', 1, 'p');
    t.observe('a', 'gw2', 3, 'p');
    t.observe('b', 'gw1', 2, 'p');
    expect(t.reports()).toEqual([]);
  });
});

describe('the sequence tracker, regressions', () => {
  it('reports segments lost right after a spool started, even when segments come faster than one a second', () => {
    // How it showed: a test spool numbered three segments within milliseconds of its start; with the
    // middle one deleted from the bucket, the jump of 2 looked like a fresh spool, and no gap was reported.
    const start = 1_740_787_200;
    const t = createSequenceTracker();
    t.observe('s', 'gw', start, 'p', start * 1000 + 3);
    t.observe('s', 'gw', start + 2, 'p', start * 1000 + 9);
    expect(t.reports()).toEqual([{ scope: 's', agent: 'gw', gaps: [{ from: start + 1, to: start + 1 }], duplicates: [], restarts: [] }]);
  });
});
