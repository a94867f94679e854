import { CH, CHAR_CLASS } from './char-class.js';
import type { Draft } from './draft.js';
import { parseCiscoTag } from './parse-cisco-tag.js';
import { parseTimestamp, TS_MODE, type TimestampOut, type YearContext } from './parse-timestamp.js';

/**
 * What Cisco devices put between `<PRI>` (or a relay's RFC 3164 header) and
 * the `%FAC-SEV-MNEMONIC:` tag. `service sequence-numbers`, `logging origin-id`,
 * `service timestamps` and the platform decide which items appear, so the
 * preamble is read as a short list of items, each ending in `: ` (or a space):
 *
 *     <189>123: *Mar  1 00:01:02.345 UTC: %SYS-5-CONFIG_I: ...
 *     <189>456: router1: 000123: Jan 12 2021 10:00:00 UTC: %LINK-3-UPDOWN: ...
 *     <190>: sw01: Jul 14 2023 08:23:43.398 UTC: %FOO-6-BAR: ...
 *     <165>7433: ASR920: 007439: 2y10w: %SEC_LOGIN-5-LOGIN_SUCCESS: ...
 *     Feb  8 04:00:48 192.0.2.7 585917: Feb  8 04:00:47.272: %SEC-6-IPACCESSLOGP: ...
 *     <190>Oct 7 07:19:44 edge1 RP/0/RP0/CPU0:Oct 7 07:19:43.630 UTC: acl_mgr[310]: %ACL-...
 *     Apr 17 2020 14:08:08 asa-1 : %ASA-6-302016: ...
 *     <166>: 2024 Aug 07 10:29:42 UTC 6e0b0f8a-...-uuid : %FTD-auth-6-113039: ...
 *
 * Items: an empty item (`<189>: `); a sequence number; an uptime (`2y10w`,
 * `7:04`); a timestamp, optionally flagged `*` (clock not authoritative) or `.`
 * (NTP lost); a hostname or IP address (IPv6 included, `2001:db8::1: `); a
 * process `name[pid]`; an IOS-XR node id (`RP/0/RP0/CPU0:`, glued to the time).
 *
 * Strict mode (a line without PRI, or after a relay's header) accepts the
 * preamble only when it ends at a Cisco tag, because hostnames and numbers
 * followed by ':' are common in ordinary messages. Relaxed mode (right after a
 * PRI where no RFC 3164 timestamp was found) also accepts it when a timestamp
 * item followed by ':' was seen, so `<191>12: rt1: Aug 18 07:15:04.461 CEST:
 * NTP Core (NOTICE): ...` still gets its host and time.
 */

const SP = 0x20;
const COLON = 0x3a;
const PERCENT = 0x25;
const STAR = 0x2a;
const DOT = 0x2e;
const SLASH = 0x2f;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const MAX_ITEMS = 12;
const MAX_TOKEN = 255;

const KIND_BAD = 0;
const KIND_SEQ = 1;
const KIND_UPTIME = 2;
const KIND_PROC = 3;
const KIND_NODE = 4;
const KIND_HOST = 5;

const ts: TimestampOut = { time: undefined };

/** Uptime letters of `show clock`-less devices: 2y10w, 1d02h, 3w4d, 00:01:23. */
function isUptimeChar(c: number): boolean {
  return c === 0x79 || c === 0x77 || c === 0x64 || c === 0x68 || c === 0x6d || c === 0x73 || c === COLON || c === DOT;
}

function classify(line: string, t: number, e: number, slash: boolean): number {
  const c0 = line.charCodeAt(t);
  if (c0 >= 48 && c0 <= 57) {
    let allDigits = true;
    let uptime = true;
    let colon = false;
    let dot = false;
    for (let k = t; k < e; k++) {
      const c = line.charCodeAt(k);
      if (c >= 48 && c <= 57) continue;
      allDigits = false;
      if (c === COLON) colon = true;
      else if (c === DOT) dot = true;
      if (!isUptimeChar(c)) uptime = false;
    }
    if (allDigits) return KIND_SEQ;
    // "192.0.2.1" is an address, "00:00:42.123" an uptime.
    if (uptime && (colon || !dot)) return KIND_UPTIME;
  }
  if (slash) return KIND_NODE;
  let k = t;
  while (k < e && CHAR_CLASS[line.charCodeAt(k)]! & CH.TAG) k++;
  if (k > t && k < e - 2 && line.charCodeAt(k) === LBRACKET && line.charCodeAt(e - 1) === RBRACKET) {
    for (let m = k + 1; m < e - 1; m++) {
      const c = line.charCodeAt(m);
      if (c === LBRACKET || c === RBRACKET) return KIND_BAD;
    }
    return KIND_PROC;
  }
  let alnum = false;
  for (k = t; k < e; k++) {
    const f = CHAR_CLASS[line.charCodeAt(k)]!;
    if (!(f & CH.HOST)) return KIND_BAD;
    if (f & (CH.ALPHA | CH.DIGIT)) alnum = true;
  }
  return alnum ? KIND_HOST : KIND_BAD;
}

function skipSp(line: string, q: number, end: number): number {
  while (q < end && line.charCodeAt(q) === SP) q++;
  return q;
}

/**
 * Reads a Cisco preamble from q into `d` (host and time only where `d` has
 * none yet; the tag's fields always). Returns where the message starts (the
 * '%' of the tag), or -1 and leaves `d` alone.
 */
export function parseCiscoPreamble(
  line: string,
  q: number,
  end: number,
  d: Draft,
  ctx: YearContext,
  relaxed: boolean,
): number {
  let host: string | undefined;
  let seq: string | undefined;
  let time: string | undefined;
  let clock: string | undefined;
  let sawTime = false;
  let hostBySpace = false;
  let proc = false;
  for (let items = 0; items < MAX_ITEMS; items++) {
    if (q >= end) return -1;
    const c = line.charCodeAt(q);
    if (c === PERCENT) {
      if (parseCiscoTag(line, q, end, d, seq, clock) < 0) return -1;
      if (d.host === undefined && host !== undefined) d.host = host;
      if (d.time === undefined && time !== undefined) d.time = time;
      return q;
    }
    if (c === COLON) {
      q++;
      if (q < end && line.charCodeAt(q) !== SP) return -1;
      q = skipSp(line, q, end);
      continue;
    }
    let tsStart = q;
    if (c === STAR || c === DOT) {
      if (clock !== undefined || sawTime) return -1;
      clock = c === STAR ? 'unsynced' : 'ntp-lost';
      tsStart = q + 1;
    }
    const e = parseTimestamp(line, tsStart, end, TS_MODE.CISCO, ctx, ts);
    if (e >= 0) {
      if (!sawTime) time = ts.time;
      sawTime = true;
      q = e;
      let colon = false;
      if (q < end && line.charCodeAt(q) === COLON) {
        colon = true;
        q++;
      }
      if (q < end && line.charCodeAt(q) !== SP) return -1;
      q = skipSp(line, q, end);
      if (relaxed && colon && q < end && line.charCodeAt(q) !== PERCENT) {
        if (d.host === undefined && host !== undefined) d.host = host;
        if (d.time === undefined && time !== undefined) d.time = time;
        return q;
      }
      continue;
    }
    if (tsStart !== q) return -1;

    // A token ends at SP, or at a ':' followed by SP or the end of the line;
    // other colons are part of it (IPv6, uptimes), except in an IOS-XR node id.
    const t = q;
    let slash = false;
    while (q < end && q - t < MAX_TOKEN) {
      const ch = line.charCodeAt(q);
      if (ch === SP) break;
      if (ch === COLON && (slash || q + 1 >= end || line.charCodeAt(q + 1) === SP)) break;
      if (ch === SLASH) slash = true;
      q++;
    }
    if (q === t || q - t >= MAX_TOKEN || q >= end) return -1;
    const tokenEnd = q;
    const kind = classify(line, t, tokenEnd, slash);
    if (kind === KIND_BAD) return -1;
    if (kind === KIND_PROC) {
      if (proc) return -1;
      proc = true;
    }
    if (line.charCodeAt(q) === COLON) {
      q++;
      if (kind !== KIND_NODE && q < end && line.charCodeAt(q) !== SP) return -1;
      q = skipSp(line, q, end);
    } else {
      if (kind === KIND_NODE) return -1;
      q = skipSp(line, q, end);
      if (q < end && line.charCodeAt(q) === COLON && (q + 1 >= end || line.charCodeAt(q + 1) === SP)) {
        q = skipSp(line, q + 1, end); // "asa-1 : %ASA-..."
      } else {
        // Only a hostname goes without a colon ("192.0.2.7 585917: ..."), and only once.
        if (kind !== KIND_HOST || hostBySpace) return -1;
        hostBySpace = true;
      }
    }
    if (kind === KIND_SEQ && seq === undefined) seq = line.slice(t, tokenEnd);
    if (kind === KIND_HOST && host === undefined) host = line.slice(t, tokenEnd);
  }
  return -1;
}
