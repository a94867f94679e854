import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { queryCommand } from '../../agent/cli/commands/query.js';
import type { LogEvent } from '../../shared/event.js';
import { memoryIo, tempDir, testKeys, type TestKeys } from '../spool/helpers.js';
import { shipSegments } from './fixtures.js';

let keys: TestKeys;
let work: { dir: string; cleanup(): void };
let storeDir: string;
const now = Date.now();
const ago = (ms: number) => new Date(now - ms).toISOString();
const MIN = 60_000;

const ev = (id: string, over: Partial<LogEvent>): LogEvent => ({ msg: `${id}: nothing to see`, format: 'rfc5424', host: 'sw1', ...over });
const OLD = ev('old', { time: ago(180 * MIN), host: 'core-RTR', msg: 'old: Interface Gi0/1, changed state to down' });
const NINETY = ev('ninety', { time: ago(90 * MIN), host: 'sw2' });
const RECENT = ev('recent', { time: ago(20 * MIN), msg: 'recent: LINK UP on port 3' });
const RECEIVED_ONLY = ev('received-only', { received: ago(10 * MIN), host: 'SW1' });
const NEWEST = ev('newest', { time: ago(5 * MIN), host: 'sw3', msg: 'newest: link down on port 7' });
const IN_2020 = ev('in-2020', { time: '2020-06-01T12:00:00Z', host: 'sw1' });

beforeAll(async () => {
  work = tempDir('query-filters');
  keys = await testKeys(join(work.dir, 'keys'));
  storeDir = await shipSegments(work.dir, keys.publicKey, [
    { batches: [[OLD], [NINETY]] },
    { batches: [[RECENT, RECEIVED_ONLY], [NEWEST]] },
    { batches: [[IN_2020]] },
  ]);
  // A partition far from every range below: were it walked, its broken manifest would be reported.
  const far = join(storeDir, 'lv/tenant=acme/site=hq/class=logs/dt=2001-01-01/hour=00');
  mkdirSync(far, { recursive: true });
  writeFileSync(join(far, 'gw1-000000000001.manifest.json'), 'not json');
});
afterAll(() => work.cleanup());

async function query(...args: string[]): Promise<{ code: number; ids: string[]; stderr: string }> {
  const m = memoryIo();
  const code = await queryCommand.run(['--from', storeDir, '--private-key', keys.privateKeyFile, '--quiet', ...args], m.io);
  const ids = m
    .stdout()
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as LogEvent).msg.split(':')[0]!);
  return { code, ids, stderr: m.stderr() };
}

describe('logveil query filters', () => {
  it('takes --since as a duration back from now, and uses received when an event has no time', async () => {
    expect(await query('--since', '1h')).toEqual({ code: 0, ids: ['recent', 'received-only', 'newest'], stderr: '' });
  });

  it('takes --since and --until together', async () => {
    expect((await query('--since', '2h', '--until', '1h')).ids).toEqual(['ninety']);
    expect((await query('--since', '4h', '--until', '100m')).ids).toEqual(['old']);
  });

  it('takes ISO 8601 times, a date alone meaning midnight UTC', async () => {
    expect((await query('--since', '2020-06-01', '--until', '2020-06-02')).ids).toEqual(['in-2020']);
    expect((await query('--since', '2020-06-01T12:00:01Z', '--until', '2020-06-02')).ids).toEqual([]);
    expect((await query('--since', '2020-06-01T13:30+01:30', '--until', '2020-06-01T12:00:00Z')).ids).toEqual(['in-2020']);
  });

  it('matches --host without regard to case', async () => {
    expect((await query('--since', '1d', '--host', 'SW1')).ids).toEqual(['recent', 'received-only']);
    expect((await query('--since', '1d', '--host', 'core-rtr')).ids).toEqual(['old']);
  });

  it('matches --grep against the message, with --ignore-case when asked', async () => {
    expect((await query('--since', '1d', '--grep', 'link (up|down)')).ids).toEqual(['newest']);
    expect((await query('--since', '1d', '--grep', 'link (up|down)', '--ignore-case')).ids).toEqual(['recent', 'newest']);
    expect((await query('--since', '1d', '--grep', 'changed state to (up|down)$', '--host', 'core-rtr')).ids).toEqual(['old']);
  });

  it('reads everything without a time filter, walking every partition', async () => {
    const r = await query();
    expect(r.ids).toEqual(['in-2020', 'old', 'ninety', 'recent', 'received-only', 'newest']);
    expect(r.stderr).toContain('dt=2001-01-01/hour=00/gw1-000000000001.manifest.json: not a logveil manifest; object skipped');
    expect(r.code).toBe(65);
  });

  it('rejects times it cannot read, and a range that ends before it starts', async () => {
    await expect(query('--since', 'yesterday')).rejects.toMatchObject({ code: 'LV_USAGE' });
    await expect(query('--since', '1h', '--until', '2h')).rejects.toMatchObject({ code: 'LV_USAGE' });
    await expect(query('--grep', '(')).rejects.toMatchObject({ code: 'LV_USAGE' });
    await expect(queryCommand.run(['--from', storeDir], memoryIo().io)).rejects.toMatchObject({ code: 'LV_USAGE' });
  });
});
