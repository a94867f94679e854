import { CH, CHAR_CLASS } from './char-class.js';
import type { Draft } from './draft.js';
import { parseStructuredData, type SdOut } from './parse-structured-data.js';
import { parseTimestamp, TS_MODE, type TimestampOut, type YearContext } from './parse-timestamp.js';

/**
 * RFC 5424 §6 after `<PRI>VERSION SP`:
 *
 *     TIMESTAMP SP HOSTNAME SP APP-NAME SP PROCID SP MSGID SP STRUCTURED-DATA [SP MSG]
 *
 * Every header field may be the NILVALUE `-`, which leaves it out of the event.
 * Lenient where senders are and the grammar stays unambiguous: a TIMESTAMP
 * without offset (Junos), field lengths up to 255 (RFC 5424 §6.2: 48 for
 * APP-NAME, 128 PROCID, 32 MSGID), text glued to the last `]` without the SP
 * (Junos `]1002`) taken as the MSG. A malformed STRUCTURED-DATA keeps the
 * header and the elements before it; the rest of the line becomes the MSG.
 *
 * `headerless` is the form some collectors write to files (VMware, lnav
 * samples): no `<PRI>VERSION`, the line starts at TIMESTAMP. Without PRI the
 * shape alone must convince, so that mode wants a real TIMESTAMP (the
 * caller's job), the RFC's field lengths and a well-formed first SD element,
 * and fails otherwise.
 */

const SP = 0x20;
const DASH = 0x2d;
const LBRACKET = 0x5b;
const BOM0 = 0xef;
const BOM1 = 0xbb;
const BOM2 = 0xbf;

const ts: TimestampOut = { time: undefined };
const sdOut: SdOut = { sd: undefined, broken: false, juniper: false };

/** End of a PRINTUSASCII token of 1..max chars at q that is followed by SP; -1 if there is none. */
function fieldEnd(line: string, q: number, end: number, max: number): number {
  const t = q;
  while (q < end && q - t < max && CHAR_CLASS[line.charCodeAt(q)]! & CH.PRINT) q++;
  return q === t || q >= end || line.charCodeAt(q) !== SP ? -1 : q;
}

/** The value of header field [t, e): NILVALUE `-` is absent. */
function value(line: string, t: number, e: number): string | undefined {
  return e - t === 1 && line.charCodeAt(t) === DASH ? undefined : line.slice(t, e);
}

/**
 * Parses from TIMESTAMP at p into `d`. Returns where MSG starts (`end` when
 * there is none), or -1 when this is not RFC 5424; `d` is then partly filled
 * and the caller resets it.
 */
export function parseRfc5424(line: string, p: number, end: number, d: Draft, ctx: YearContext): number {
  let q = p;
  if (line.charCodeAt(q) === DASH) {
    q++;
  } else {
    const e = parseTimestamp(line, q, end, TS_MODE.RFC5424, ctx, ts);
    if (e < 0 || ts.time === undefined) return -1;
    d.time = ts.time;
    q = e;
  }
  if (q >= end || line.charCodeAt(q) !== SP) return -1;
  return parseRfc5424Fields(line, q + 1, end, d, false);
}

/**
 * Parses from HOSTNAME at q (after TIMESTAMP SP; the caller has set `d.time`).
 * Same contract as {@link parseRfc5424}.
 */
export function parseRfc5424Fields(line: string, q: number, end: number, d: Draft, headerless: boolean): number {
  const h = q;
  const he = fieldEnd(line, h, end, 255);
  if (he < 0) return -1;
  const a = he + 1;
  const ae = fieldEnd(line, a, end, headerless ? 48 : 255);
  if (ae < 0) return -1;
  const p = ae + 1;
  const pe = fieldEnd(line, p, end, headerless ? 128 : 255);
  if (pe < 0) return -1;
  const m = pe + 1;
  const me = fieldEnd(line, m, end, headerless ? 32 : 255);
  if (me < 0) return -1;
  q = me + 1;
  if (headerless && line.charCodeAt(q) !== DASH && line.charCodeAt(q) !== LBRACKET) return -1;
  d.host = value(line, h, he);
  d.app = value(line, a, ae);
  d.pid = value(line, p, pe);
  d.msgid = value(line, m, me);

  const c = q < end ? line.charCodeAt(q) : -1;
  if (c === DASH && (q + 1 >= end || line.charCodeAt(q + 1) === SP)) {
    q++;
  } else if (c === LBRACKET) {
    q = parseStructuredData(line, q, end, sdOut);
    if (sdOut.sd !== undefined) d.sd = sdOut.sd;
    if (sdOut.juniper) d.vendor = 'juniper';
    if (sdOut.broken) return headerless && d.sd === undefined ? -1 : q;
  } else {
    // No STRUCTURED-DATA where it must be: keep the header, the rest is the message.
    return headerless ? -1 : q;
  }

  if (q >= end) return end;
  if (line.charCodeAt(q) === SP) q++;
  // RFC 5424 §6.4: MSG-UTF8 starts with a BOM, which says how to read it and is not part of it.
  if (q + 3 <= end && line.charCodeAt(q) === BOM0 && line.charCodeAt(q + 1) === BOM1 && line.charCodeAt(q + 2) === BOM2) {
    q += 3;
  }
  return q;
}
