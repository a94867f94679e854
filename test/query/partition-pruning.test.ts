import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { compileEventFilter, importRecipientPrivateKey, runQuery, type QueryOutput } from '../../agent/query/index.js';
import { plan } from '../../agent/query/walk-objects.js';
import type { LogEvent } from '../../shared/event.js';
import { tempDir, testKeys, type TestKeys } from '../spool/helpers.js';
import { recordingSource, shipSegments } from './fixtures.js';

let keys: TestKeys;
let work: { dir: string; cleanup(): void };
let storeDir: string;

const at = (h: number, m: number, s = 0) => Date.UTC(2025, 2, 1, h, m, s);
const ev = (t: number, msg: string, over: Partial<LogEvent> = {}): LogEvent => ({ received: new Date(t).toISOString(), host: 'sw1', msg, format: 'rfc5424', ...over });
/** One segment per group, each filed under the hour of its first event. */
const SEGMENTS = [
  [ev(at(8, 10), '08:10')],
  [ev(at(9, 10), '09:10')],
  [ev(at(9, 40), '09:40')],
  [ev(at(10, 5), '10:05'), ev(at(10, 20), '10:20')],
  [ev(at(10, 50), '10:50')],
  [ev(at(11, 10), '11:10')],
  [ev(at(12, 10), '12:10')],
];

beforeAll(async () => {
  work = tempDir('pruning');
  keys = await testKeys(join(work.dir, 'keys'));
  storeDir = await shipSegments(work.dir, keys.publicKey, SEGMENTS.map((s) => ({ batches: [s] })));
  // Another agent whose segment filed at 09:59 runs into 10:00.
  await shipSegments(work.dir, keys.publicKey, [{ batches: [[ev(at(9, 59, 50), '09:59:50'), ev(at(10, 0, 20), '10:00:20')]] }], {
    spoolName: 'gw2',
    spool: { agentId: 'gw2' },
  });
});
afterAll(() => work.cleanup());

async function query(since: number, until: number, opts: { flat?: boolean; tenants?: string[]; sites?: string[] } = {}) {
  const { source, log } = await recordingSource(storeDir, { flat: opts.flat, prefix: 'lv/' });
  const msgs: string[] = [];
  const out: QueryOutput = {
    async write(chunk) {
      log.timeline.push('write');
      for (const l of chunk.toString('utf8').split('\n')) if (l) msgs.push((JSON.parse(l) as LogEvent).msg);
    },
    report: (m) => {
      throw new Error(`unexpected report: ${m}`);
    },
  };
  const summary = await runQuery(source, await importRecipientPrivateKey(keys.privateKey), {
    dataClass: 'logs',
    since,
    until,
    filter: compileEventFilter({}),
    ...(opts.tenants ? { tenants: opts.tenants } : {}),
    ...(opts.sites ? { sites: opts.sites } : {}),
    now: at(13, 0),
  }, out);
  const hourOf = (key: string) => /hour=([0-9]{2})/.exec(key)?.[1];
  return {
    msgs,
    summary,
    log,
    dataHours: log.gets.filter((k) => k.endsWith('.lvb')).map(hourOf),
    manifestHours: log.gets.filter((k) => k.endsWith('.manifest.json')).map(hourOf),
  };
}

describe('logveil query reads only the partitions of the time asked for', () => {
  it('reads the data objects of the hour asked for, and of no other hour', async () => {
    const r = await query(at(10, 0), at(10, 59, 59));
    expect(r.msgs).toEqual(['10:00:20', '10:05', '10:20', '10:50']);
    expect(r.dataHours.sort()).toEqual(['09', '10', '10']); // 09: gw2's segment, which runs into 10:00
    // Manifests: those of the hour, and of each agent's last segment before it (gw1's 09:40, gw2's 09:59).
    expect(r.manifestHours.sort()).toEqual(['09', '09', '10', '10']);
    expect(r.log.gets.some((k) => /hour=(08|11|12)/.test(k))).toBe(false);
    expect(r.log.lists.some((p) => /dt=2025-03-01\/hour=(11|12)/.test(p))).toBe(false);
    expect(r.log.lists).toContain('lv/tenant=acme/site=hq/class=logs/dt=2025-03-01/hour=10/');
  });

  it('looks back no further than each agent’s last object before the range', async () => {
    const r = await query(at(11, 0), at(11, 30));
    expect(r.msgs).toEqual(['11:10']);
    expect(r.dataHours).toEqual(['11']);
    // gw1's 10:50 segment and gw2's 09:59 one are candidates; their manifests end before 11:00.
    expect(r.manifestHours.sort()).toEqual(['09', '10', '11']);
  });

  it('walks a day listing whole days and only the end hours one by one', () => {
    expect(plan(at(22, 0), Date.UTC(2025, 2, 3, 1, 30))).toEqual([
      'dt=2025-03-01/hour=22/',
      'dt=2025-03-01/hour=23/',
      'dt=2025-03-02/',
      'dt=2025-03-03/hour=00/',
      'dt=2025-03-03/hour=01/',
    ]);
    expect(plan(Number.NEGATIVE_INFINITY, at(1, 0))).toEqual(['']);
    expect(plan(at(5, 0), at(4, 0))).toEqual([]);
  });

  it('prunes the same way over a store that lists only flat, given the tenant and site', async () => {
    const r = await query(at(10, 0), at(10, 59, 59), { flat: true, tenants: ['acme'], sites: ['hq'] });
    expect(r.msgs).toEqual(['10:00:20', '10:05', '10:20', '10:50']);
    expect(r.log.gets.some((k) => /hour=(08|11|12)/.test(k))).toBe(false);
    expect(r.log.lists.every((p) => /^lv\/tenant=acme\/site=hq\/class=logs\/dt=2025-0(2-28|3-01)\//.test(p))).toBe(true);
    expect(r.log.lists.some((p) => /dt=2025-03-01\/hour=(11|12)/.test(p))).toBe(false);
  });

  it('filters a flat listing key by key when the store cannot list by level and no tenant or site is given', async () => {
    const r = await query(at(10, 0), at(10, 59, 59), { flat: true });
    expect(r.msgs).toEqual(['10:00:20', '10:05', '10:20', '10:50']);
    expect(r.log.lists).toEqual(['lv/']);
    expect(r.log.gets.some((k) => /hour=(08|11|12)/.test(k))).toBe(false);
  });
});

describe('logveil query streams in constant memory', () => {
  it('gets one object at a time and writes each object’s events before it gets the next', async () => {
    const many = tempDir('many');
    try {
      const segments = Array.from({ length: 40 }, (_, i) => ({ batches: [Array.from({ length: 25 }, (_, j) => ev(at(10, i, j), `e${i}-${j}`))] }));
      const dir = await shipSegments(many.dir, keys.publicKey, segments);
      const { source, log } = await recordingSource(dir, { getDelayMs: 1 });
      let events = 0;
      const summary = await runQuery(
        source,
        await importRecipientPrivateKey(keys.privateKey),
        { dataClass: 'logs', filter: compileEventFilter({}) },
        {
          async write(chunk) {
            log.timeline.push('write');
            events += chunk.toString('utf8').split('\n').filter(Boolean).length;
            await new Promise((r) => setTimeout(r, 1)); // a slow consumer: the reader must wait for it
          },
          report: (m) => {
            throw new Error(m);
          },
        },
      );
      expect(events).toBe(1000);
      expect(summary.objects).toBe(40);
      expect(log.maxInFlight).toBe(1);
      // Between two data objects' gets, the first one's events were written: it was not kept.
      const dataGets = log.timeline.flatMap((e, i) => (e.startsWith('get ') && e.endsWith('.lvb') ? [i] : []));
      expect(dataGets).toHaveLength(40);
      for (let k = 1; k < dataGets.length; k++) expect(log.timeline.slice(dataGets[k - 1], dataGets[k])).toContain('write');
    } finally {
      many.cleanup();
    }
  });
});
