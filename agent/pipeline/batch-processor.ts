/**
 * parse -> pseudonymize -> detect -> serialize -> compress, for one batch. The
 * same code runs in worker threads and, with `pipeline.workers: 0`, on the main
 * thread.
 *
 * The sanitizer runs on the raw line first and the parser on its output, so
 * every field of the event (host, app, structured data, vendor fields, message)
 * comes from sanitized text: there is no field the pseudonymize stage did not
 * see. A message the sanitizer fails on is dropped and counted
 * (`sanitize_error`), never written in the clear (issue: "A message the
 * sanitizer cannot make safe is never written in the clear").
 */
import type { LogEvent } from '../../shared/event.js';
import { NdjsonEncoder } from '../../shared/event-json.js';
import { parseSyslog } from '../stages/parse/index.js';
import { createSanitizer, type PseudonymizePolicy, type RuleState, type Sanitizer, type SpanKind } from '../stages/pseudonymize/index.js';
import type { EpochKeys } from '../keys/keyring.js';
import { compressBatch } from '../spool/index.js';
import { TwoGenerationCache } from '../stages/pseudonymize/two-generation-cache.js';
import { type MessageBatch, batchLength, transportOf } from './message-batch.js';

export interface ProcessorOptions {
  keys: EpochKeys;
  policy: PseudonymizePolicy;
  compressionLevel: number;
}

/** What a processed batch gives back to the main thread. */
export interface BatchResult {
  seq: number;
  /** Messages in the batch (spooled + dropped). */
  messages: number;
  /** Events in `payload`. */
  count: number;
  /** DEFLATE-compressed NDJSON events (spool frame payload). Empty when count is 0. */
  payload: Uint8Array;
  /** Receive times of the first and last events, ms. */
  minTime: number;
  maxTime: number;
  /** Messages dropped, by reason. */
  dropped: Record<string, number>;
  /** Events by parse format. */
  formats: Record<string, number>;
  /** Replacements made in this batch, by kind. */
  replaced: Record<SpanKind, number>;
  /** Raw NDJSON bytes before compression. */
  rawBytes: number;
}

/** The "detect" stage's hook: rules over sanitized events come in a later issue. */
export type DetectHook = (event: LogEvent) => void;
const noDetect: DetectHook = () => undefined;

const MAX_STREAMS = 10_000;

export interface BatchProcessor {
  process(batch: MessageBatch): BatchResult;
}

export function createBatchProcessor(opts: ProcessorOptions, detect: DetectHook = noDetect): BatchProcessor {
  const sanitizer: Sanitizer = createSanitizer({ keys: opts.keys, policy: opts.policy });
  // Multi-line rule state (PEM blocks) per stream; bounded, the oldest streams forgotten first.
  const streams = new TwoGenerationCache<string | number, RuleState>(MAX_STREAMS);
  const senders = new TwoGenerationCache<string, string>(50_000);
  const epoch = opts.keys.epoch;
  const received = receivedTimes();
  // Its buffer is reused: the NDJSON of a batch is compressed before the next batch comes.
  const ndjsonEncoder = new NdjsonEncoder();

  function senderPseudonym(addr: string): string | undefined {
    if (addr === '') return undefined;
    let p = senders.get(addr);
    if (p === undefined) {
      p = sanitizer.pseudonymizeIp(addr) ?? '';
      senders.set(addr, p);
    }
    return p === '' ? undefined : p;
  }

  /**
   * The sanitized lines, or, when the batch throws, each line on its own so that only the
   * lines the sanitizer fails on are lost (undefined: dropped as sanitize_error, never
   * written in the clear). A failed batch may have advanced a stream's state part-way; the
   * per-line pass starts from that state, as a restarted stream would.
   */
  function sanitizeAll(lines: string[], states: RuleState[]): Array<string | undefined> {
    try {
      return sanitizer.sanitizeBatch(lines, states);
    } catch {
      return lines.map((line, i) => {
        try {
          return sanitizer.sanitize(line, states[i]);
        } catch {
          return undefined;
        }
      });
    }
  }

  return {
    process(batch) {
      const n = batchLength(batch);
      const events: LogEvent[] = [];
      const dropped: Record<string, number> = {};
      const formats: Record<string, number> = {};
      const before = { ...sanitizer.stats.replaced };
      let count = 0;
      let minTime = Infinity;
      let maxTime = -Infinity;
      // The batch's lines and each one's stream state, sanitized together: one literal scan,
      // one address pass and one cipher call per key for the whole batch (sanitizer.ts).
      const raw = new Array<string>(n);
      const states = new Array<RuleState>(n);
      let start = 0;
      for (let i = 0; i < n; i++) {
        const end = batch.ends[i] as number;
        raw[i] = trimTrailer(batch.texts.slice(start, end));
        start = end;
        const streamId = batch.streamIds[i] as number;
        const key = streamId !== 0 ? streamId : (batch.remoteAddresses[i] as string);
        let state = streams.get(key);
        if (state === undefined) {
          state = {};
          streams.set(key, state);
        }
        states[i] = state;
      }
      const cleaned = sanitizeAll(raw, states);
      for (let i = 0; i < n; i++) {
        const clean = cleaned[i];
        if (clean === undefined) {
          dropped.sanitize_error = (dropped.sanitize_error ?? 0) + 1;
          continue;
        }
        const remote = batch.remoteAddresses[i] as string;
        const receivedAt = batch.receivedAt[i] as number;
        const event = parseSyslog(clean, { now: received.date(receivedAt) });
        event.received = received.iso(receivedAt);
        const addr = senderPseudonym(remote);
        const source: NonNullable<LogEvent['source']> = { name: batch.sources[batch.sourceIndex[i] as number] as string, transport: transportOf(batch, i) };
        if (addr) source.addr = addr;
        event.source = source;
        if ((batch.flags[i] as number) & 1) event.truncated = true;
        event.epoch = epoch;
        detect(event);
        events.push(event);
        formats[event.format] = (formats[event.format] ?? 0) + 1;
        count++;
        if (receivedAt < minTime) minTime = receivedAt;
        if (receivedAt > maxTime) maxTime = receivedAt;
      }
      const r = sanitizer.stats.replaced;
      // One buffer and one UTF-8 check for the whole batch instead of a Buffer per event.
      const ndjson = count > 0 ? ndjsonEncoder.encode(events) : undefined;
      const rawBytes = ndjson?.length ?? 0;
      return {
        seq: batch.seq,
        messages: n,
        count,
        payload: ndjson !== undefined ? compressBatch(ndjson, opts.compressionLevel) : new Uint8Array(0),
        minTime: count > 0 ? minTime : 0,
        maxTime: count > 0 ? maxTime : 0,
        dropped,
        formats,
        replaced: { ip: r.ip - before.ip, mac: r.mac - before.mac, email: r.email - before.email, user: r.user - before.user, secret: r.secret - before.secret },
        rawBytes,
      };
    },
  };
}

/**
 * Receive times as the Date the parser wants and the ISO string events carry.
 * Messages of one socket read share a receive time, and toISOString is costly:
 * the last Date is kept, and the ISO text of the last second is reused with
 * only its milliseconds changed.
 */
function receivedTimes(): { date(ms: number): Date; iso(ms: number): string } {
  let lastMs = NaN;
  let lastDate = new Date(0);
  let second = NaN;
  let prefix = '';
  return {
    date(ms) {
      if (ms !== lastMs) {
        lastMs = ms;
        lastDate = new Date(ms);
      }
      return lastDate;
    },
    iso(ms) {
      // Whole non-negative ms only: toISOString() is then "<...>:ss.mmmZ".
      if (!Number.isSafeInteger(ms) || ms < 0) return new Date(ms).toISOString();
      const rest = ms % 1000;
      const s = ms - rest;
      if (s !== second) {
        second = s;
        prefix = new Date(s).toISOString().slice(0, -4);
      }
      return prefix + (rest < 10 ? '00' : rest < 100 ? '0' : '') + rest + 'Z';
    },
  };
}

/** Senders end octet-counted frames with LF too (rsyslog's RFC 5424 templates do): not part of the message. */
function trimTrailer(text: string): string {
  let end = text.length;
  while (end > 0) {
    const c = text.charCodeAt(end - 1);
    if (c !== 10 && c !== 13 && c !== 0) break;
    end--;
  }
  return end === text.length ? text : text.slice(0, end);
}
