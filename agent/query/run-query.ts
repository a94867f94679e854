/**
 * Reads events back from a store directory: walks the Hive-style layout
 * (agent/store/object-layout.ts), descending only into the class, date and
 * hour partitions that can hold the range asked for, checks each data
 * object's SHA-256 against its manifest, opens it with the private key,
 * decompresses one batch at a time and writes the matching NDJSON lines.
 *
 * Memory is one object at a time (a segment is bounded by the spool's
 * segmentMaxBytes), whatever the number of objects or matches. An object that
 * fails a check is reported and skipped; the rest of the query goes on.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { DataClass } from '../spool/index.js';
import { createLocalStore, DATA_SUFFIX, MANIFEST_SUFFIX, parseManifest } from '../store/index.js';
import { sha256 } from '../spool/segment-format.js';
import type { HpkeKey } from '../keys/recipient-keys.js';
import { openSegment } from './segment-reader.js';

/**
 * How far the recorded time bounds of partitions, objects and frames may be
 * from the time the query filters on. A segment is filed under the hour of
 * its earliest event and runs past it; and the agent may bound batches by
 * when it received events while an event's own `time` (a device clock) is
 * off by hours. So pruning widens the range by this much on both sides, and
 * only the per-event test is exact.
 */
export const TIME_SLACK_MS = 24 * 3_600_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export interface QueryFilter {
  readonly dataClass: DataClass;
  /** ms since the epoch, inclusive. */
  readonly since?: number;
  readonly until?: number;
  /** Host name, compared without regard to case. */
  readonly host?: string;
  /** Tested against each event's `msg`. */
  readonly grep?: RegExp;
}

export interface QuerySummary {
  readonly objects: number;
  readonly events: number;
  readonly matched: number;
  /** Objects skipped for a failed check (digest, authentication, format). */
  readonly problems: number;
  /** Lines that were not JSON objects. */
  readonly malformed: number;
}

export interface QueryOutput {
  /** Matching NDJSON lines; resolves when the consumer can take more. */
  write(chunk: Buffer): Promise<void>;
  /** One line about an object that was skipped or is suspect. */
  report(message: string): void;
}

export async function runQuery(dir: string, privateKey: HpkeKey, filter: QueryFilter, out: QueryOutput): Promise<QuerySummary> {
  const store = createLocalStore(dir);
  const s = { objects: 0, events: 0, matched: 0, problems: 0, malformed: 0 };
  const needJson = filter.since !== undefined || filter.until !== undefined || filter.host !== undefined || filter.grep !== undefined;
  const host = filter.host?.toLowerCase();
  const since = filter.since ?? Number.NEGATIVE_INFINITY;
  const until = filter.until ?? Number.POSITIVE_INFINITY;
  const roughFrom = since - TIME_SLACK_MS;
  const roughTo = until + TIME_SLACK_MS;

  for await (const manifestKey of walk(dir, '', filter)) {
    const manifest = parseManifest(await store.get(manifestKey));
    const dataKey = `${manifestKey.slice(0, -MANIFEST_SUFFIX.length)}${DATA_SUFFIX}`;
    if (!manifest) {
      s.problems++;
      out.report(`${manifestKey}: not a logveil manifest; object skipped`);
      continue;
    }
    if (manifest.class !== filter.dataClass) continue;
    if (Date.parse(manifest.maxTime) < roughFrom || Date.parse(manifest.minTime) > roughTo) continue;
    let body: Buffer;
    try {
      body = await store.get(dataKey);
    } catch (e) {
      s.problems++;
      out.report(`${dataKey}: ${(e as Error).message}; object skipped`);
      continue;
    }
    const digest = sha256(body).toString('hex');
    if (digest !== manifest.sha256) {
      s.problems++;
      out.report(`${dataKey}: digest mismatch (manifest sha256 ${manifest.sha256}, object ${digest}); object skipped`);
      continue;
    }
    let segment;
    try {
      segment = await openSegment(body, privateKey);
    } catch (e) {
      s.problems++;
      out.report(`${dataKey}: ${(e as Error).message}; object skipped`);
      continue;
    }
    const h = segment.header;
    if (h.agent !== manifest.agent || h.seq !== manifest.seq || h.dataClass !== manifest.class || segment.count !== manifest.count) {
      s.problems++;
      out.report(`${dataKey}: the object's header or counts disagree with its manifest; object skipped`);
      continue;
    }
    if (!segment.ended) {
      out.report(`${dataKey}: note: no end frame (sealed by crash recovery${manifest.ended ? '; but the manifest says it ended: truncated?' : ''})`);
      if (manifest.ended) s.problems++;
    }
    s.objects++;
    try {
      for (const batch of segment.batches()) {
        if (batch.maxTime < roughFrom || batch.minTime > roughTo) {
          s.events += batch.count;
          continue;
        }
        const picked: Buffer[] = [];
        for (const line of lines(batch.ndjson)) {
          s.events++;
          if (needJson) {
            let ev: { time?: unknown; received?: unknown; host?: unknown; msg?: unknown };
            try {
              ev = JSON.parse(line.toString('utf8')) as typeof ev;
            } catch {
              s.malformed++;
              continue;
            }
            if (typeof ev !== 'object' || ev === null) {
              s.malformed++;
              continue;
            }
            if (filter.since !== undefined || filter.until !== undefined) {
              const at = typeof ev.time === 'string' ? ev.time : typeof ev.received === 'string' ? ev.received : undefined;
              const t = at === undefined ? Number.NaN : Date.parse(at);
              if (!(t >= since && t <= until)) continue;
            }
            if (host !== undefined && (typeof ev.host !== 'string' || ev.host.toLowerCase() !== host)) continue;
            if (filter.grep && !(typeof ev.msg === 'string' && filter.grep.test(ev.msg))) continue;
          }
          picked.push(line, NEWLINE);
          s.matched++;
        }
        if (picked.length) await out.write(Buffer.concat(picked));
      }
    } catch (e) {
      s.problems++;
      out.report(`${dataKey}: ${(e as Error).message}; rest of object skipped`);
    }
  }
  return s;
}

const NEWLINE = Buffer.from('\n');

function* lines(ndjson: Buffer): Generator<Buffer> {
  let start = 0;
  for (;;) {
    const nl = ndjson.indexOf(0x0a, start);
    const end = nl === -1 ? ndjson.length : nl;
    if (end > start) yield ndjson.subarray(start, end);
    if (nl === -1) return;
    start = nl + 1;
  }
}

/**
 * Manifest keys under `rel`, in key order, pruning partitions outside the
 * filter: `class=` other than the one asked for, `dt=`/`hour=` wholly outside
 * the range widened by TIME_SLACK_MS.
 */
async function* walk(root: string, rel: string, f: QueryFilter, day?: number): AsyncGenerator<string> {
  let entries;
  try {
    entries = await readdir(join(root, rel), { withFileTypes: true });
  } catch (e) {
    if (rel === '') throw e;
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const from = (f.since ?? Number.NEGATIVE_INFINITY) - TIME_SLACK_MS;
  const to = (f.until ?? Number.POSITIVE_INFINITY) + TIME_SLACK_MS;
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const key = rel ? `${rel}/${e.name}` : e.name;
    if (e.isFile()) {
      if (e.name.endsWith(MANIFEST_SUFFIX)) yield key;
      continue;
    }
    if (!e.isDirectory()) continue;
    const cls = /^class=(.+)$/.exec(e.name);
    if (cls && cls[1] !== f.dataClass) continue;
    const dt = /^dt=([0-9]{4}-[0-9]{2}-[0-9]{2})$/.exec(e.name);
    if (dt) {
      const start = Date.parse(`${dt[1] as string}T00:00:00Z`);
      if (start + DAY_MS <= from || start > to) continue;
      yield* walk(root, key, f, start);
      continue;
    }
    const hour = /^hour=([0-9]{2})$/.exec(e.name);
    if (hour && day !== undefined) {
      const start = day + Number(hour[1]) * HOUR_MS;
      if (start + HOUR_MS <= from || start > to) continue;
    }
    yield* walk(root, key, f, day);
  }
}
