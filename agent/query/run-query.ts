/**
 * Reads events back from a store (a directory or S3): lists the partitions
 * that can hold the range asked for (walk-objects.ts), checks each data
 * object's SHA-256 against its manifest, opens it with the private key, and
 * writes the matching events.
 *
 * Time. `--since`/`--until` compare against when the gateway received the
 * event (`received`; `time` for an event without it). That is the clock the
 * agent files objects and bounds frames by, so partitions, manifests and
 * frames prune exactly, and a frame wholly inside the range needs no
 * per-event test. A device's own timestamp (`time`) can be off by hours (a
 * wrong clock, a time zone taken for UTC); with `deviceTime` the query
 * compares that instead, and then looks at partitions up to DEVICE_CLOCK_SLACK_MS
 * either side of the range, since those bounds say nothing exact about it.
 *
 * Memory is one object at a time, one get at a time (a segment is bounded by
 * the spool's segment_max_bytes), and one decompressed frame at a time;
 * output is written per frame or per 256 KiB and waits for the consumer. A
 * query over a year holds no more than one over an hour, except for the
 * sequence tracker's few entries per agent and partition.
 *
 * Hot path. Without content filters and with NDJSON output, a frame's
 * decompressed bytes are written as they are: they already are NDJSON lines.
 * With content filters, the byte-level prefilter (line-prefilter.ts) picks
 * the lines that can match; only those are decoded and parsed. The events
 * printed as NDJSON are the shipped bytes, never re-serialized.
 *
 * An object that fails a check is reported and skipped; the query goes on.
 */
import type { DataClass } from '../spool/index.js';
import { MANIFEST_SUFFIX, DATA_SUFFIX, parseManifest, type Manifest } from '../store/index.js';
import { sha256 } from '../spool/segment-format.js';
import type { EventFilter } from './event-filter.js';
import type { QueryProgress } from './progress-line.js';
import type { RowFormatter } from './row-formatter.js';
import { openSegment, type BatchInfo, type OpenedSegment, type RecipientPrivateKey } from './segment-reader.js';
import { createSequenceTracker, type SequenceReport } from './sequence-tracker.js';
import { walkObjects, type ListedObject, type StoreSource } from './walk-objects.js';

/** How far a device's clock may be off for a --device-time query still to find its events. */
export const DEVICE_CLOCK_SLACK_MS = 24 * 3_600_000;
/** How far back each agent's last object is looked for: a segment filed before the range may run into it. */
export const LOOKBACK_MS = 24 * 3_600_000;
/** With no --until, partitions up to this far past now are listed (a gateway clock may run ahead). */
export const FUTURE_MS = 24 * 3_600_000;
const FLUSH_BYTES = 256 * 1024;
const NEWLINE = Buffer.from('\n');

type Fetched = { readonly ok: true; readonly bytes: Buffer } | { readonly ok: false; readonly error: Error };

export interface QuerySpec {
  readonly dataClass: DataClass;
  readonly tenants?: readonly string[];
  readonly sites?: readonly string[];
  /** ms since the epoch, inclusive. */
  readonly since?: number;
  readonly until?: number;
  /** Compare the device's timestamp (`time`) instead of when the gateway received the event. */
  readonly deviceTime?: boolean;
  readonly filter: EventFilter;
  /** How to print an event; undefined: the event's NDJSON line as shipped. */
  readonly format?: RowFormatter;
  /** ms since the epoch; a fixed clock in tests. */
  readonly now?: number;
}

export interface QueryOutput {
  /** Output bytes; resolves when the consumer can take more. */
  write(chunk: Buffer): Promise<void>;
  /** One line about an object that was skipped or is suspect, or about the sequence. */
  report(message: string): void;
  /** Called after every frame; the callee decides how often to show it. */
  progress?(p: QueryProgress): void;
}

export interface QuerySummary {
  /** Data objects read (decrypted). */
  readonly objects: number;
  /** Objects listed (pairs of data object and manifest). */
  readonly listed: number;
  /** Events in the objects read. */
  readonly events: number;
  readonly matched: number;
  /** Objects skipped for a failed check (digest, authentication, format, a missing half). */
  readonly problems: number;
  /** Lines that were not JSON objects (among those a filter had to parse). */
  readonly malformed: number;
  /** Bytes of the data objects read. */
  readonly bytes: number;
  /** Agents with gaps, duplicates or restarts in their segment sequence (gaps and duplicates are also reported). */
  readonly sequences: readonly SequenceReport[];
  /** Lines for the summary that are not problems (a sequence restarting with a new spool). */
  readonly notes: readonly string[];
  /** Objects pseudonymized under an epoch the keyring has no key for (so --ip/--user cannot match them), by epoch. */
  readonly epochsWithoutKey: ReadonlyMap<string, number>;
}

export async function runQuery(src: StoreSource, privateKey: RecipientPrivateKey, q: QuerySpec, out: QueryOutput): Promise<QuerySummary> {
  const s = { objects: 0, listed: 0, events: 0, matched: 0, problems: 0, malformed: 0, bytes: 0 };
  const epochsWithoutKey = new Map<string, number>();
  const tracker = createSequenceTracker();
  const since = q.since ?? Number.NEGATIVE_INFINITY;
  const until = q.until ?? Number.POSITIVE_INFINITY;
  const device = q.deviceTime === true;
  const slack = device ? DEVICE_CLOCK_SLACK_MS : 0;
  // The range the agent's own (received) time bounds must overlap.
  const roughFrom = since - slack;
  const roughTo = until + slack;
  const filter = q.filter;
  const format = q.format;
  const prefilter = filter.prefilter;
  const now = q.now ?? Date.now();

  // Output, coalesced. A failed write ends the query (the reader is gone); it is not a fault of the
  // object being read, so it is kept apart from the errors an object's frames can raise.
  let writeError: unknown;
  const write = (chunk: Buffer): Promise<void> =>
    out.write(chunk).catch((e: unknown) => {
      writeError ??= e;
      throw e;
    });
  const raw: Buffer[] = [];
  const rows: string[] = [];
  let pendingBytes = 0;
  const flush = async (): Promise<void> => {
    if (format) {
      if (rows.length) await write(Buffer.from(rows.join(''), 'utf8'));
      rows.length = 0;
    } else if (raw.length) {
      const chunk = raw.length === 1 ? (raw[0] as Buffer) : Buffer.concat(raw, pendingBytes);
      raw.length = 0;
      await write(chunk);
    }
    pendingBytes = 0;
  };
  if (format) await write(Buffer.from(format.header, 'utf8'));

  const problem = (message: string) => {
    s.problems++;
    out.report(message);
  };

  const walk = walkObjects(src, {
    dataClass: q.dataClass,
    ...(q.tenants?.length ? { tenants: new Set(q.tenants) } : {}),
    ...(q.sites?.length ? { sites: new Set(q.sites) } : {}),
    from: roughFrom,
    to: roughTo,
    lookbackMs: device || q.since === undefined ? 0 : LOOKBACK_MS,
    latest: now + FUTURE_MS,
  });

  // One object at a time; but once an object's data is read, the next object's manifest (a few
  // hundred bytes) is fetched while this one is decrypted and filtered, so its latency (a thread-pool
  // round trip on disk, a GET on S3) hides behind that work. Still one get in flight at a time.
  const objects = walk[Symbol.asyncIterator]();
  const fetchManifest = (next: IteratorResult<ListedObject>): Promise<Fetched> | undefined =>
    next.done || next.value.manifestKey === undefined
      ? undefined
      : src.store.get(next.value.manifestKey).then(
          (bytes): Fetched => ({ ok: true, bytes }),
          (error: unknown): Fetched => ({ ok: false, error: error as Error }),
        );
  let cur = await objects.next();
  let curManifest = fetchManifest(cur);
  while (!cur.done) {
    let next: IteratorResult<ListedObject> | undefined;
    let nextManifest: Promise<Fetched> | undefined;
    const startNext = async (): Promise<void> => {
      if (next) return;
      next = await objects.next();
      nextManifest = fetchManifest(next);
    };
    await readObject(cur.value, curManifest, startNext);
    await startNext();
    cur = next as IteratorResult<ListedObject>;
    curManifest = nextManifest;
  }
  await flush();

  const sequences = tracker.reports();
  const notes: string[] = [];
  for (const r of sequences) {
    const d = describeSequence(r);
    for (const line of d.problems) out.report(line);
    notes.push(...d.notes);
  }
  return { ...s, sequences, notes, epochsWithoutKey };

  /** Checks, opens and reads one listed object; calls `startNext` once its data is in memory. */
  async function readObject(o: ListedObject, manifestFetch: Promise<Fetched> | undefined, startNext: () => Promise<void>): Promise<void> {
    s.listed++;
    const name = o.dataKey ?? o.manifestKey ?? '';
    if (o.manifestKey === undefined) {
      tracker.observe(o.scope, o.agent, o.seq, o.partition);
      problem(`${name}: data object without its manifest (${name.slice(0, -DATA_SUFFIX.length)}${MANIFEST_SUFFIX}); object skipped`);
      return;
    }
    const fetched = await (manifestFetch as Promise<Fetched>);
    if (!fetched.ok) {
      tracker.observe(o.scope, o.agent, o.seq, o.partition);
      problem(`${o.manifestKey}: ${fetched.error.message}; object skipped`);
      return;
    }
    const manifest: Manifest | undefined = parseManifest(fetched.bytes);
    if (!manifest) {
      tracker.observe(o.scope, o.agent, o.seq, o.partition);
      problem(`${o.manifestKey}: not a logveil manifest; object skipped`);
      return;
    }
    tracker.observe(o.scope, o.agent, o.seq, o.partition, Date.parse(manifest.created));
    if (manifest.class !== q.dataClass) return;
    if (Date.parse(manifest.maxTime) < roughFrom || Date.parse(manifest.minTime) > roughTo) return;
    if (o.dataKey === undefined) {
      problem(`${o.manifestKey}: its data object (${o.manifestKey.slice(0, -MANIFEST_SUFFIX.length)}${DATA_SUFFIX}) is missing; object skipped`);
      return;
    }
    const dataKey = o.dataKey;
    let body: Buffer;
    try {
      body = await src.store.get(dataKey);
    } catch (e) {
      problem(`${dataKey}: ${(e as Error).message}; object skipped`);
      return;
    }
    await startNext();
    const digest = sha256(body).toString('hex');
    if (digest !== manifest.sha256) {
      problem(`${dataKey}: digest mismatch (manifest sha256 ${manifest.sha256}, object ${digest}); object skipped`);
      return;
    }
    let segment: OpenedSegment;
    try {
      segment = await openSegment(body, privateKey);
    } catch (e) {
      problem(`${dataKey}: ${(e as Error).message}; object skipped`);
      return;
    }
    const h = segment.header;
    if (h.agent !== manifest.agent || h.seq !== manifest.seq || h.dataClass !== manifest.class || segment.count !== manifest.count) {
      problem(`${dataKey}: the object's header or counts disagree with its manifest; object skipped`);
      return;
    }
    if (!segment.ended) {
      out.report(`${dataKey}: note: no end frame (sealed by crash recovery${manifest.ended ? '; but the manifest says it ended: truncated?' : ''})`);
      if (manifest.ended) s.problems++;
    }
    if (!filter.canTestEpoch(h.keyEpoch)) epochsWithoutKey.set(h.keyEpoch, (epochsWithoutKey.get(h.keyEpoch) ?? 0) + 1);
    s.objects++;
    s.bytes += body.length;
    s.events += segment.count;
    try {
      for (const batch of segment.batchList) {
        if (batch.maxTime < roughFrom || batch.minTime > roughTo) continue;
        const whole = readBatch(segment, batch, h.keyEpoch);
        if (whole && whole.length >= FLUSH_BYTES / 4) {
          // Already NDJSON, and large: written as it is, without a copy.
          await flush();
          await write(whole);
          if (whole[whole.length - 1] !== 0x0a) await write(NEWLINE);
        } else {
          // Small frames (a quiet gateway's batches hold an event or two) are gathered into one write.
          if (whole) {
            raw.push(whole);
            pendingBytes += whole.length;
            if (whole.length && whole[whole.length - 1] !== 0x0a) {
              raw.push(NEWLINE);
              pendingBytes++;
            }
          }
          if (pendingBytes >= FLUSH_BYTES) await flush();
        }
        out.progress?.({ objects: s.objects, events: s.events, matched: s.matched, bytes: s.bytes });
      }
    } catch (e) {
      if (writeError !== undefined) throw writeError;
      problem(`${dataKey}: ${(e as Error).message}; rest of object skipped`);
    }
    await flush();
  }

  /**
   * Appends the batch's matching events to the output buffers; or, when every
   * event of it matches and is printed as it is, returns its NDJSON whole.
   */
  function readBatch(segment: OpenedSegment, batch: BatchInfo, segmentEpoch: string): Buffer | undefined {
    const ndjson = segment.inflate(batch);
    // Every event of the frame is in range by the agent's own bounds: no per-event time test.
    const inRange = !device && batch.minTime >= since && batch.maxTime <= until;
    if (inRange && filter.matchesAll && !format) {
      s.matched += batch.count;
      return ndjson;
    }
    const onLine = (start: number, end: number): void => {
      if (end <= start) return;
      let ev: Record<string, unknown>;
      try {
        ev = JSON.parse(ndjson.toString('utf8', start, end)) as Record<string, unknown>;
      } catch {
        s.malformed++;
        return;
      }
      if (typeof ev !== 'object' || ev === null || Array.isArray(ev)) {
        s.malformed++;
        return;
      }
      let t = Number.NaN;
      if (!inRange || format) {
        t = eventTime(ev, device);
        if (!inRange && !(t >= since && t <= until)) return;
      }
      if (!filter.matchesAll && !filter.test(ev, segmentEpoch)) return;
      s.matched++;
      if (format) {
        const row = format.row(ev, t);
        rows.push(row);
        pendingBytes += row.length;
      } else {
        const withNewline = end < ndjson.length;
        raw.push(ndjson.subarray(start, withNewline ? end + 1 : end));
        if (!withNewline) raw.push(NEWLINE);
        pendingBytes += end - start + 1;
      }
    };
    if (prefilter) {
      prefilter.scan(ndjson, onLine);
      return undefined;
    }
    let start = 0;
    for (;;) {
      const nl = ndjson.indexOf(0x0a, start);
      const end = nl < 0 ? ndjson.length : nl;
      onLine(start, end);
      if (nl < 0) return undefined;
      start = nl + 1;
    }
  }
}

/** The time the query filters an event on, ms; NaN when it has none. */
function eventTime(ev: Readonly<Record<string, unknown>>, device: boolean): number {
  const first = device ? ev.time : ev.received;
  const second = device ? ev.received : ev.time;
  const at = typeof first === 'string' ? first : typeof second === 'string' ? second : undefined;
  return at === undefined ? Number.NaN : Date.parse(at);
}

/** At most this many gap ranges are listed per agent; the rest are counted. */
const MAX_GAPS_LISTED = 10;

function describeSequence(r: SequenceReport): { problems: string[]; notes: string[] } {
  const who = `${r.scope} agent ${r.agent}`;
  const lines: string[] = [];
  const notes: string[] = [];
  if (r.gaps.length) {
    const missing = r.gaps.reduce((n, g) => n + (g.to - g.from + 1), 0);
    const shown = r.gaps.slice(0, MAX_GAPS_LISTED).map((g) => (g.from === g.to ? `${g.from}` : `${g.from}-${g.to}`));
    const more = r.gaps.length > MAX_GAPS_LISTED ? ` and ${r.gaps.length - MAX_GAPS_LISTED} more ranges` : '';
    lines.push(`${who}: gap: ${missing} segment${missing === 1 ? '' : 's'} missing from the sequence: ${shown.join(', ')}${more}`);
  }
  for (const d of r.duplicates) {
    lines.push(`${who}: duplicate: segment ${d.seq} is stored ${d.partitions.length} times (${d.partitions.join(', ')})`);
  }
  for (const seq of r.restarts) {
    notes.push(`${who}: the sequence restarts at ${seq} (a new spool on the gateway; not a gap)`);
  }
  return { problems: lines, notes };
}
