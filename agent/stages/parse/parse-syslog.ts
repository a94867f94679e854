import type { LogEvent, SyslogFormat } from '../../../shared/event.js';
import { newDraft, resetDraft } from './draft.js';
import { parseCiscoPreamble } from './parse-cisco-preamble.js';
import { parseMerakiHeader } from './parse-meraki-header.js';
import { parseRfc3164, parseRfc3164AfterTimestamp, parseRfc3164Tag } from './parse-rfc3164.js';
import { parseRfc5424, parseRfc5424Fields } from './parse-rfc5424.js';
import { parseTimestamp, TS_MODE, type TimestampOut, type YearContext } from './parse-timestamp.js';
import { parseVendorBody } from './parse-vendor-body.js';

/**
 * The parse stage: one syslog line in, one `LogEvent` out, never an exception.
 *
 * Input is a binary string (one char per byte, `buf.toString('latin1')`)
 * without its LF. Every value returned is a substring of it (or, where an
 * escape was removed, made of its chars), so bytes survive untouched. The
 * scanners index by hand, without regular expressions, and look at no
 * position more than a bounded number of times, so a 1 MiB line costs
 * linear time, not a backtracking blow-up.
 *
 * Order of grammars for a line:
 *
 * 1. Framing leftovers. Trailing CR and NUL are dropped (CRLF files; RFC 6587
 *    §3.4.2 non-transparent framing with a NUL trailer). A UTF-8 BOM at the
 *    start of the line is skipped. Leading spaces are skipped only when a
 *    `<PRI>` follows (Cisco ASA over TCP sends ` <166>...`; rsyslog's
 *    "spframingfix"); any other line starting with a space or tab is a
 *    continuation line, which the caller joins, so here it is `unparsed`.
 *    Octet counts (RFC 6587 §3.4.1 `215 <86>1 ...`) are the source's job and
 *    come back `unparsed`.
 * 2. PRI (RFC 5424 §6.2.1): `<` 1-3 digits `>`, 0..191, no leading zero
 *    except `<0>`. Anything else is not a PRI and the '<' is text.
 * 3. `<PRI>1 `: RFC 5424 (see parse-rfc5424.ts). Failing that, Cisco Meraki's
 *    `<PRI>1 <unix time> host category` (parse-meraki-header.ts).
 * 4. A header without VERSION: RFC 5424 fields after an RFC 3339 timestamp
 *    with no `<PRI>` or VERSION in front (VMware, lnav, files written by
 *    collectors), else RFC 3164 with all its variants
 *    (parse-rfc3164.ts), else a Cisco IOS/ASA preamble (parse-cisco-preamble.ts).
 * 5. No header, but the line starts with a TAG (`sshd[42]: ...`, what local
 *    loggers write): `rfc3164` with app/pid. Without a PRI only `name[pid]:`
 *    counts; `Header1: abc` is no log line.
 * 6. Nothing recognised:
 *    - with a PRI, the line is still a message: facility and severity are kept
 *      and everything after the PRI is the MSG, format `rfc3164`. That is what
 *      RFC 3164 §4.3.3 asks of a relay and what rsyslog does
 *      (`<120>Jun  13  2013 12:12:45: ` and `<134>  id=firewall ...` land here).
 *      Except: when nothing or a single word follows the PRI (`<0>x`,
 *      `<181>01`), there is no header and no sentence, only what a truncated
 *      datagram or a framing slip looks like, so the line is `unparsed`;
 *    - without a PRI, a body a vendor grammar recognises (CEF, PAN-OS CSV,
 *      FortiGate/kv, a Cisco tag) is a headerless `rfc3164` message with that
 *      body as MSG; anything else is `unparsed`.
 * 7. The MSG of every parsed line goes through the vendor grammars
 *    (parse-vendor-body.ts) into `fields` and `vendor`. `msg` keeps the body.
 *
 * `unparsed` events are `{ format: 'unparsed', msg: <the line exactly as
 * given>, parse_error: <short reason> }`: nothing is lost, and the pseudonymizer
 * still sees every byte.
 *
 * Mappings worth knowing (details in the named files):
 * - facility = PRI >> 3, severity = PRI & 7. Without PRI both are absent, except
 *   that a Cisco `%FAC-SEV-MNEMONIC` gives the severity (parse-cisco-tag.ts:
 *   app = FAC, msgid = MNEMONIC, fields.facility/severity/mnemonic).
 * - NILVALUE `-` leaves an RFC 5424 field out of the event.
 * - `time` is ISO 8601 with the sender's offset when it gave one, without an
 *   offset when it did not; a year-less RFC 3164 time gets `opts.year`, or the
 *   current UTC year unless that is more than a day ahead of `opts.now`
 *   (then the previous year), as rsyslog does. A timestamp that does not make
 *   a date (foreign month name, `Feb 30`) leaves `time` out and parsing goes on.
 * - RFC 3164 TAG `name[pid]:` gives app and pid; no TAG, no app.
 * - Juniper: an SD-ID with enterprise number 2636 (or `junos@`) sets vendor
 *   `juniper` when the body is no other vendor format; the SD is in `sd` anyway.
 */

export interface ParseOptions {
  /** Year for RFC 3164 timestamps that carry none. Default: inferred from `now`. */
  year?: number;
  /** Reference time for that inference. Default: the current time. */
  now?: Date;
}

const SP = 0x20;
const TAB = 0x09;
const CR = 0x0d;
const NUL = 0x00;
const LT = 0x3c;
const GT = 0x3e;
const DASH = 0x2d;

/** Reused for every call: parsing is synchronous and never re-entered. */
const draft = newDraft();
const ctx: YearContext = { year: undefined, nowMs: 0 };
const ts: TimestampOut = { time: undefined };

function unparsed(line: string, reason: string): LogEvent {
  return { msg: line, format: 'unparsed', parse_error: reason };
}

function build(line: string, msgStart: number, end: number, format: SyslogFormat): LogEvent {
  const d = draft;
  const ev: LogEvent = {
    msg: msgStart === 0 && end === line.length ? line : line.slice(msgStart, end),
    format,
  };
  if (d.time !== undefined) ev.time = d.time;
  if (d.host !== undefined) ev.host = d.host;
  if (d.app !== undefined) ev.app = d.app;
  if (d.pid !== undefined) ev.pid = d.pid;
  if (d.msgid !== undefined) ev.msgid = d.msgid;
  if (d.facility >= 0) ev.facility = d.facility;
  if (d.severity >= 0) ev.severity = d.severity;
  if (d.sd !== undefined) ev.sd = d.sd;
  if (d.fields !== undefined) ev.fields = d.fields;
  if (d.vendor !== undefined) ev.vendor = d.vendor;
  return ev;
}

/** Vendor grammars on the MSG, then the event. */
function finish(line: string, msgStart: number, end: number, format: SyslogFormat): LogEvent {
  const vendor = draft.vendor;
  if (vendor === undefined || vendor === 'juniper') {
    parseVendorBody(line, msgStart, end, draft, format === 'rfc5424');
    // Juniper's SD-ID names the sender; generic key=value does not (it is what
    // an SD element broken by curly quotes still yields), so it keeps the name.
    if (vendor === 'juniper' && draft.vendor === 'kv') draft.vendor = 'juniper';
  }
  return build(line, msgStart, end, format);
}

/** Format of the header found by {@link parseHeader}. */
let headerFormat: SyslogFormat = 'rfc3164';

/**
 * Step 4: a header starting at s (after the PRI, or at the start of a line
 * without one). Returns where MSG starts, or -1 with the draft reset.
 */
function parseHeader(line: string, s: number, end: number, hasPri: boolean): number {
  const fac = draft.facility;
  const sev = draft.severity;
  const c = line.charCodeAt(s);
  if (c >= 48 && c <= 57) {
    // The RFC 5424 header with its <PRI> (and maybe VERSION) cut off, as
    // collectors write it to files: `2022-08-27T14:22:01Z host app ...`,
    // `1 2019-05-15T16:25:50Z host app ...`. Its timestamp is scanned once:
    // when the fields after it are no RFC 5424, it heads an RFC 3164 line.
    const t = c === 0x31 && line.charCodeAt(s + 1) === SP ? s + 2 : s;
    if (line.charCodeAt(t + 4) === DASH) {
      const e = parseTimestamp(line, t, end, TS_MODE.RFC5424, ctx, ts);
      if (e >= 0 && ts.time !== undefined && line.charCodeAt(e) === SP) {
        const time = ts.time;
        draft.time = time;
        // With VERSION still there the shape convinces as much as after a PRI;
        // without it, parseRfc5424Fields must be strict (see parse-rfc5424.ts).
        const m = parseRfc5424Fields(line, e + 1, end, draft, t === s);
        if (m >= 0) {
          headerFormat = 'rfc5424';
          return m;
        }
        resetDraft(draft, fac, sev);
        if (t === s) {
          headerFormat = 'rfc3164';
          return parseRfc3164AfterTimestamp(line, e, end, time, draft, ctx);
        }
      }
    }
  }
  headerFormat = 'rfc3164';
  const m = parseRfc3164(line, s, end, draft, ctx);
  if (m >= 0) return m;
  resetDraft(draft, fac, sev);
  const p = parseCiscoPreamble(line, s, end, draft, ctx, hasPri);
  if (p >= 0) return p;
  resetDraft(draft, fac, sev);
  return -1;
}

function hasBlank(line: string, from: number, end: number): boolean {
  const sp = line.indexOf(' ', from);
  if (sp >= 0 && sp < end) return true;
  const tab = line.indexOf('\t', from);
  return tab >= 0 && tab < end;
}

function parseWithPri(line: string, q: number, end: number, pri: number): LogEvent {
  const fac = pri >> 3;
  const sev = pri & 7;
  resetDraft(draft, fac, sev);
  let s = q;
  while (s < end && line.charCodeAt(s) === SP) s++;
  if (s >= end) return unparsed(line, 'nothing after PRI');
  if (!hasBlank(line, s, end)) return unparsed(line, 'a single word after PRI');

  if (s === q && line.charCodeAt(q) === 0x31 /* 1 */ && line.charCodeAt(q + 1) === SP) {
    const m = parseRfc5424(line, q + 2, end, draft, ctx);
    if (m >= 0) return finish(line, m, end, 'rfc5424');
    resetDraft(draft, fac, sev);
    const k = parseMerakiHeader(line, q + 2, end, draft);
    if (k >= 0) return finish(line, k, end, 'rfc3164');
    resetDraft(draft, fac, sev);
  }
  const m = parseHeader(line, s, end, true);
  if (m >= 0) return finish(line, m, end, headerFormat);
  const t = parseRfc3164Tag(line, s, end, draft, false);
  return finish(line, t >= 0 ? t : s, end, 'rfc3164');
}

function parseWithoutPri(line: string, p: number, end: number, badPri: boolean): LogEvent {
  resetDraft(draft, -1, -1);
  const m = parseHeader(line, p, end, false);
  if (m >= 0) return finish(line, m, end, headerFormat);
  const t = parseRfc3164Tag(line, p, end, draft, true);
  if (t >= 0) return finish(line, t, end, 'rfc3164');
  if (parseVendorBody(line, p, end, draft)) return build(line, p, end, 'rfc3164');
  return unparsed(line, badPri ? 'invalid PRI' : 'no syslog header');
}

function parse(line: string, opts: ParseOptions | undefined): LogEvent {
  if (typeof line !== 'string') return unparsed('', 'not a string');
  const year = opts?.year;
  ctx.year = typeof year === 'number' && Number.isInteger(year) && year >= 0 && year <= 9999 ? year : undefined;
  // NaN: read the clock only if a year-less timestamp needs it (Date.now is not free).
  const now = opts?.now;
  ctx.nowMs = now instanceof Date ? now.getTime() : NaN;

  let end = line.length;
  while (end > 0) {
    const c = line.charCodeAt(end - 1);
    if (c !== CR && c !== NUL) break;
    end--;
  }
  if (end === 0) return unparsed(line, line.length === 0 ? 'empty line' : 'blank line');

  let p = 0;
  if (end >= 3 && line.charCodeAt(0) === 0xef && line.charCodeAt(1) === 0xbb && line.charCodeAt(2) === 0xbf) {
    p = 3;
    if (p === end) return unparsed(line, 'blank line');
  }
  const c = line.charCodeAt(p);
  if (c === SP || c === TAB) {
    let s = p;
    while (s < end && (line.charCodeAt(s) === SP || line.charCodeAt(s) === TAB)) s++;
    if (s >= end) return unparsed(line, 'blank line');
    if (line.charCodeAt(s) !== LT) return unparsed(line, 'starts with whitespace (a continuation line?)');
    p = s;
  }

  let badPri = false;
  if (line.charCodeAt(p) === LT) {
    // RFC 5424 §6.2.1: PRI = "<" PRIVAL ">", PRIVAL = 1*3DIGIT ; range 0 .. 191,
    // and "Leading zeros MUST NOT be used" (RFC 3164 §4.1.1 says the same).
    let k = p + 1;
    let pri = 0;
    while (k < end && k - p <= 3) {
      const d = line.charCodeAt(k) - 48;
      if (d < 0 || d > 9) break;
      pri = pri * 10 + d;
      k++;
    }
    const digits = k - p - 1;
    if (digits > 0 && line.charCodeAt(k) === GT && pri <= 191 && !(digits > 1 && line.charCodeAt(p + 1) === 48)) {
      return parseWithPri(line, k + 1, end, pri);
    }
    badPri = digits > 0;
  }
  return parseWithoutPri(line, p, end, badPri);
}

/** Parses one syslog line (a binary string without its LF). Never throws. */
export function parseSyslog(line: string, opts?: ParseOptions): LogEvent {
  try {
    return parse(line, opts);
  } catch {
    // Unreachable by design. Should a bug make it reachable, it costs this one
    // message its fields, not the pipeline its daemon.
    return unparsed(typeof line === 'string' ? line : '', 'internal parser error');
  }
}
