import { CH, CHAR_CLASS } from './char-class.js';
import type { Draft } from './draft.js';
import { parseCiscoPreamble } from './parse-cisco-preamble.js';
import { parseTimestamp, TS_MODE, type TimestampOut, type YearContext } from './parse-timestamp.js';

/**
 * RFC 3164 §4.1.2 HEADER (`TIMESTAMP SP HOSTNAME SP`) and §4.1.3 TAG, as
 * senders really write them:
 *
 * - any timestamp form of `parseTimestamp` (BSD with/without year, fraction,
 *   zone; RFC 3339; Sophos), optionally followed by ':' (ASA `...09:36:50: %ASA`);
 * - HOSTNAME may be missing. The first word decides: `name[pid]:` or `name:`
 *   is a TAG, so there is no host (`<13>Feb  5 10:00:00 sshd[123]: msg`);
 *   otherwise a word made of hostname characters (names, IPv4, IPv6) is the
 *   host, and anything else (`1,2021/03/24...`, `id=firewall`) starts the
 *   message;
 * - TAG may be missing: a second word that is not `name[pid]:`/`name:` is the
 *   start of the message (`veridian lookup for opt failed`);
 * - Ubiquiti EdgeOS puts `user.info` (facility.severity as text) between host
 *   and TAG; it is skipped (facility/severity come from PRI only);
 * - a Cisco preamble ending in `%FAC-SEV-MNEMONIC:` after the timestamp is
 *   read by `parseCiscoPreamble` (relays in front of IOS, ASA with ` : `).
 *
 * The MSG starts after the one SP that ends the TAG; further spaces belong to
 * it (sudo pads its user name).
 */

const SP = 0x20;
const COLON = 0x3a;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const DOT = 0x2e;
/** Header words are short; never scan a 1 MiB message word more than once. */
const MAX_WORD = 300;

const ts: TimestampOut = { time: undefined };

const FACILITY_NAMES = new Set([
  'kern', 'user', 'mail', 'daemon', 'auth', 'syslog', 'lpr', 'news', 'uucp', 'cron', 'authpriv', 'ftp', 'ntp',
  'security', 'console', 'clock', 'local0', 'local1', 'local2', 'local3', 'local4', 'local5', 'local6', 'local7',
]);
const SEVERITY_NAMES = new Set(['emerg', 'panic', 'alert', 'crit', 'err', 'error', 'warning', 'warn', 'notice', 'info', 'debug']);

function wordEnd(line: string, q: number, end: number): number {
  const limit = q + MAX_WORD < end ? q + MAX_WORD : end;
  while (q < limit && line.charCodeAt(q) !== SP) q++;
  return q;
}

/**
 * `name:` or `name[pid]:` spanning exactly [t, e); applies it and returns
 * where MSG starts, else -1. `needPid` accepts only the `name[pid]:` form.
 */
function tagAt(line: string, t: number, e: number, end: number, d: Draft, needPid = false): number {
  if (e - t < 2 || e - t >= MAX_WORD || line.charCodeAt(e - 1) !== COLON) return -1;
  let k = t;
  while (k < e - 1 && CHAR_CLASS[line.charCodeAt(k)]! & CH.TAG) k++;
  if (k === t) return -1;
  let pid: string | undefined;
  if (k === e - 1) {
    if (needPid) return -1;
  } else {
    if (line.charCodeAt(k) !== LBRACKET || line.charCodeAt(e - 2) !== RBRACKET || e - 2 <= k + 1) return -1;
    for (let m = k + 1; m < e - 2; m++) {
      const c = line.charCodeAt(m);
      if (c === LBRACKET || c === RBRACKET) return -1;
    }
    pid = line.slice(k + 1, e - 2);
  }
  d.app = line.slice(t, k);
  if (pid !== undefined) d.pid = pid;
  return e < end ? e + 1 : end;
}

function isHost(line: string, t: number, e: number): boolean {
  if (e === t || e - t > 255) return false;
  let alnum = false;
  for (let k = t; k < e; k++) {
    const f = CHAR_CLASS[line.charCodeAt(k)]!;
    if (!(f & CH.HOST)) return false;
    if (f & (CH.ALPHA | CH.DIGIT)) alnum = true;
  }
  return alnum;
}

/** Ubiquiti's `user.info` in front of the TAG. */
function isFacilityDotSeverity(line: string, t: number, e: number): boolean {
  if (e - t > 20 || e - t < 5) return false;
  const c0 = line.charCodeAt(t);
  if (c0 < 0x61 || c0 > 0x7a) return false;
  let dot = t + 1;
  while (dot < e && line.charCodeAt(dot) !== DOT) dot++;
  if (dot >= e) return false;
  return FACILITY_NAMES.has(line.slice(t, dot)) && SEVERITY_NAMES.has(line.slice(dot + 1, e));
}

/** HOSTNAME and TAG from q, after the timestamp. Returns where MSG starts. */
function parseHostAndTag(line: string, q: number, end: number, d: Draft, ctx: YearContext): number {
  if (q >= end) return end;
  const pct = line.indexOf('%', q);
  if (pct >= 0 && pct < end) {
    const m = parseCiscoPreamble(line, q, end, d, ctx, false);
    if (m >= 0) return m;
  }
  const e1 = wordEnd(line, q, end);
  const m1 = tagAt(line, q, e1, end, d);
  if (m1 >= 0) return m1;
  if (!isHost(line, q, e1)) return q;
  d.host = line.slice(q, e1);
  let r = e1;
  while (r < end && line.charCodeAt(r) === SP) r++;
  if (r >= end) return end;
  let e2 = wordEnd(line, r, end);
  if (isFacilityDotSeverity(line, r, e2)) {
    r = e2;
    while (r < end && line.charCodeAt(r) === SP) r++;
    if (r >= end) return end;
    e2 = wordEnd(line, r, end);
  }
  const m2 = tagAt(line, r, e2, end, d);
  return m2 >= 0 ? m2 : r;
}

/**
 * Parses an RFC 3164 header starting with its timestamp at s. Returns where
 * MSG starts, or -1 (with `d` untouched) when there is no timestamp at s.
 */
export function parseRfc3164(line: string, s: number, end: number, d: Draft, ctx: YearContext): number {
  const e = parseTimestamp(line, s, end, TS_MODE.HEADER, ctx, ts);
  if (e < 0) return -1;
  return parseRfc3164AfterTimestamp(line, e, end, ts.time, d, ctx);
}

/**
 * The rest of an RFC 3164 header after a timestamp the caller scanned (ending
 * at e). Returns where MSG starts, or -1 (with `d` untouched) when the
 * timestamp is glued to what follows.
 */
export function parseRfc3164AfterTimestamp(
  line: string,
  e: number,
  end: number,
  time: string | undefined,
  d: Draft,
  ctx: YearContext,
): number {
  let q = e;
  if (q < end && line.charCodeAt(q) === COLON) q++;
  if (q < end && line.charCodeAt(q) !== SP) return -1;
  d.time = time;
  while (q < end && line.charCodeAt(q) === SP) q++;
  return parseHostAndTag(line, q, end, d, ctx);
}

/**
 * A line that starts with its TAG, without timestamp or hostname (what local
 * loggers write to /dev/log, or a relay that dropped the header). Returns
 * where MSG starts, or -1 (with `d` untouched). Without a PRI only the
 * `name[pid]:` form is convincing enough; `Header: value` lines are not logs.
 */
export function parseRfc3164Tag(line: string, t: number, end: number, d: Draft, needPid: boolean): number {
  return tagAt(line, t, wordEnd(line, t, end), end, d, needPid);
}
