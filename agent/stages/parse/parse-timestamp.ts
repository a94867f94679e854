import { CH, CHAR_CLASS } from './char-class.js';

/**
 * Timestamps of syslog headers, scanned by hand (no regex) and normalised to
 * ISO 8601 without moving them to another zone:
 *
 * - RFC 3339 / RFC 5424 `2003-10-11T22:14:15.003-07:00`: returned as-is (a
 *   substring, no allocation) when it is already in that form; `t`/`z` in lower
 *   case, a space instead of `T`, and `-0700`/`-07` offsets are rewritten to it.
 *   Lenient where real senders are (RFC 5424 §6.2.3 requires an offset, Junos
 *   omits it; up to 9 fraction digits instead of 6).
 * - RFC 3164 §4.1.2 `Mmm dd hh:mm:ss` with the day space- or zero-padded or not
 *   padded, and the variants devices send: a year after the day (Cisco
 *   `Jan 12 2021 10:00:00`), a fraction, a zone (`UTC`, `UTC+07:30`, a glued
 *   `Z`), the year first (`2024 Aug 07 10:29:42`), Sophos UTM's
 *   `2023:03:08-15:00:00`.
 * - A month name that is not English (`août`): the shape is consumed so the
 *   rest of the header still parses, but no time is returned.
 *
 * A timestamp without a zone stays without one (it is the sender's local time;
 * we do not know its offset). Zone abbreviations other than UTC/GMT are
 * recognised so they do not end up as a hostname, but dropped: `IST` alone is
 * three different offsets.
 */

/** Which forms to accept. */
export const TS_MODE = {
  /** RFC 5424 TIMESTAMP: RFC 3339 only, `T` separator. */
  RFC5424: 0,
  /** Anything a syslog header carries; only well-known zone abbreviations. */
  HEADER: 1,
  /** Cisco device timestamps: also any alphabetic zone name directly followed by ':'. */
  CISCO: 2,
} as const;
export type TimestampMode = (typeof TS_MODE)[keyof typeof TS_MODE];

export interface YearContext {
  /** Year for timestamps that carry none; undefined: infer it from `nowMs`. */
  year: number | undefined;
  /** Reference time; NaN: the clock, read only when a year must be inferred. */
  nowMs: number;
}

/** Out-parameter, so that a scan allocates nothing but the result string. */
export interface TimestampOut {
  /** ISO 8601, or undefined when the shape matched but it is no real date (`Feb 30`, a foreign month). */
  time: string | undefined;
}

const SP = 0x20;
const COLON = 0x3a;
const DASH = 0x2d;
const DOT = 0x2e;
const PLUS = 0x2b;
const DAY_MS = 86_400_000;

const MONTH2 = ['00', '01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'] as const;
const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));
const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Zone names packed as base-32 letters (a=1), so a lookup allocates nothing. */
function packZone(name: string): number {
  let v = 0;
  for (let i = 0; i < name.length; i++) v = v * 32 + (name.charCodeAt(i) - 96);
  return v;
}
const UTC_ZONES = new Set(['utc', 'gmt', 'ut', 'z'].map(packZone));
const KNOWN_ZONES = new Set(
  [
    'utc', 'gmt', 'ut', 'z', 'wet', 'west', 'cet', 'cest', 'met', 'mest', 'eet', 'eest', 'bst', 'ist', 'msk',
    'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'akst', 'akdt', 'hst', 'ast', 'adt', 'nst', 'ndt',
    'aest', 'aedt', 'acst', 'acdt', 'awst', 'jst', 'kst', 'hkt', 'sgt', 'nzst', 'nzdt', 'sast', 'wat', 'cat', 'eat',
  ].map(packZone),
);

function digit(line: string, i: number): boolean {
  const c = line.charCodeAt(i);
  return c >= 48 && c <= 57;
}
function num2(line: string, i: number): number {
  return (line.charCodeAt(i) - 48) * 10 + line.charCodeAt(i + 1) - 48;
}
function digits(line: string, i: number, n: number): boolean {
  for (let k = i; k < i + n; k++) if (!digit(line, k)) return false;
  return true;
}
/** `hh:mm:ss` at i (caller checked i + 8 <= end). */
function hms(line: string, i: number): boolean {
  return (
    digit(line, i) && digit(line, i + 1) && line.charCodeAt(i + 2) === COLON &&
    digit(line, i + 3) && digit(line, i + 4) && line.charCodeAt(i + 5) === COLON &&
    digit(line, i + 6) && digit(line, i + 7)
  );
}
function validTime(line: string, i: number): boolean {
  return num2(line, i) <= 23 && num2(line, i + 3) <= 59 && num2(line, i + 6) <= 60;
}
function daysIn(year: number, month: number): number {
  if (month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) return 29;
  return DAYS_IN_MONTH[month] ?? 0;
}
/**
 * `YYYY-MM-DDT` of the last date seen. Syslog arrives in time order, so the
 * same day repeats for thousands of lines and the ISO string costs one concat
 * instead of seven.
 */
let lastDateKey = -1;
let lastDatePrefix = '';
function datePrefix(year: number, mon: number, day: number): string {
  const key = (year * 100 + mon) * 100 + day;
  if (key !== lastDateKey) {
    lastDateKey = key;
    lastDatePrefix = String(year).padStart(4, '0') + '-' + MONTH2[mon] + '-' + TWO_DIGITS[day] + 'T';
  }
  return lastDatePrefix;
}

/** 1..12 for an English month abbreviation at i, any case; 0 otherwise. */
function monthIndex(line: string, i: number): number {
  const a = line.charCodeAt(i) | 0x20;
  const b = line.charCodeAt(i + 1) | 0x20;
  const c = line.charCodeAt(i + 2) | 0x20;
  switch (a) {
    case 0x6a: // j
      if (b === 0x61 && c === 0x6e) return 1;
      if (b === 0x75 && c === 0x6e) return 6;
      if (b === 0x75 && c === 0x6c) return 7;
      return 0;
    case 0x66: // f
      return b === 0x65 && c === 0x62 ? 2 : 0;
    case 0x6d: // m
      if (b === 0x61 && c === 0x72) return 3;
      if (b === 0x61 && c === 0x79) return 5;
      return 0;
    case 0x61: // a
      if (b === 0x70 && c === 0x72) return 4;
      if (b === 0x75 && c === 0x67) return 8;
      return 0;
    case 0x73: // s
      return b === 0x65 && c === 0x70 ? 9 : 0;
    case 0x6f: // o
      return b === 0x63 && c === 0x74 ? 10 : 0;
    case 0x6e: // n
      return b === 0x6f && c === 0x76 ? 11 : 0;
    case 0x64: // d
      return b === 0x65 && c === 0x63 ? 12 : 0;
    default:
      return 0;
  }
}

let cachedYear = 0;
let cachedYearStart = 1;
let cachedYearEnd = 0;
function utcYear(ms: number): number {
  if (ms < cachedYearStart || ms >= cachedYearEnd) {
    cachedYear = new Date(ms).getUTCFullYear();
    cachedYearStart = Date.UTC(cachedYear, 0, 1);
    cachedYearEnd = Date.UTC(cachedYear + 1, 0, 1);
  }
  return cachedYear;
}

/**
 * RFC 3164 timestamps carry no year. Like rsyslog, assume the current (UTC)
 * year unless that puts the message more than a day in the future, which is
 * what a December message read in January looks like.
 */
function inferYear(ctx: YearContext, mon: number, day: number, h: number, mi: number, s: number): number {
  if (ctx.year !== undefined) return ctx.year;
  if (ctx.nowMs !== ctx.nowMs) ctx.nowMs = Date.now();
  const now = ctx.nowMs;
  const y = utcYear(now);
  const key = (y * 100 + mon) * 100 + day;
  if (key !== lastDaysKey) {
    lastDaysKey = key;
    lastDays = daysFromCivil(y, mon, day);
  }
  const t = lastDays * DAY_MS + ((h * 60 + mi) * 60 + s) * 1000;
  return t > now + DAY_MS ? y - 1 : y;
}
let lastDaysKey = -1;
let lastDays = 0;

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's
 * days_from_civil). Integer arithmetic: Date.UTC costs more than the rest
 * of a timestamp scan.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Scratch for the zone scanner (one per module, parsing is synchronous). */
const zone = { end: 0, iso: '' };

/**
 * A zone after a BSD time at `q`: a glued `Z`, or SP + name [+ offset].
 * Sets `zone.end` (q when there is none) and `zone.iso` ('', 'Z' or '+hh:mm').
 */
function scanZone(line: string, q: number, end: number, mode: TimestampMode): void {
  zone.end = q;
  zone.iso = '';
  if (q >= end) return;
  const c = line.charCodeAt(q);
  if (c === 0x5a /* Z */) {
    const n = line.charCodeAt(q + 1);
    if (q + 1 >= end || !(CHAR_CLASS[n]! & (CH.ALPHA | CH.DIGIT))) {
      zone.end = q + 1;
      zone.iso = 'Z';
    }
    return;
  }
  if (c !== SP) return;
  const z = q + 1;
  let k = z;
  let packed = 0;
  let upper = true;
  while (k < end && k - z < 6 && CHAR_CLASS[line.charCodeAt(k)]! & CH.ALPHA) {
    const l = line.charCodeAt(k);
    if (l >= 0x61) upper = false;
    packed = packed * 32 + ((l | 0x20) - 96);
    k++;
  }
  const letters = k - z;
  if (letters === 0 || (k < end && CHAR_CLASS[line.charCodeAt(k)]! & CH.ALPHA)) return;
  // Outside Cisco timestamps only known names qualify; most words here are hostnames.
  if (mode !== TS_MODE.CISCO && !KNOWN_ZONES.has(packed)) return;
  // Optional offset: UTC+1, UTC-05, UTC+07:30, UTC+0730.
  const s = line.charCodeAt(k);
  let oh = -1;
  let om = 0;
  if ((s === PLUS || s === DASH) && digit(line, k + 1)) {
    let m = k + 1;
    if (digit(line, m + 1)) {
      oh = num2(line, m);
      m += 2;
    } else {
      oh = line.charCodeAt(m) - 48;
      m += 1;
    }
    if (line.charCodeAt(m) === COLON && digit(line, m + 1) && digit(line, m + 2)) {
      om = num2(line, m + 1);
      m += 3;
    } else if (digit(line, m) && digit(line, m + 1)) {
      om = num2(line, m);
      m += 2;
    }
    if (oh > 23 || om > 59) return;
    k = m;
  }
  const next = k < end ? line.charCodeAt(k) : -1;
  // A lower-case word after the time is more likely a hostname ("cat", "est")
  // than a zone, unless a ':' ends it the way Cisco ends its timestamps.
  const accepted =
    ((next === COLON || (upper && (next === -1 || next === SP))) && KNOWN_ZONES.has(packed)) ||
    (mode === TS_MODE.CISCO && next === COLON);
  if (!accepted) return;
  zone.end = k;
  if (UTC_ZONES.has(packed)) {
    zone.iso = oh < 0 ? 'Z' : (s === PLUS ? '+' : '-') + TWO_DIGITS[oh] + ':' + TWO_DIGITS[om];
  }
}

/** `Mmm dd [yyyy] hh:mm:ss[.f][ zone]` from p; `year` >= 0 when it came first. */
function parseBsd(
  line: string,
  p: number,
  end: number,
  mode: TimestampMode,
  ctx: YearContext,
  out: TimestampOut,
  yearFirst: number,
): number {
  let q = p;
  let mon = 0;
  if (q + 3 < end && line.charCodeAt(q + 3) === SP) mon = monthIndex(line, q);
  if (mon !== 0) {
    q += 3;
  } else {
    // A month name in another language (UTF-8 bytes as chars >= 0x80, maybe
    // an abbreviation dot): keep parsing the header, give no time.
    const w = q;
    while (q < end && q - w < 12) {
      const c = line.charCodeAt(q);
      if (CHAR_CLASS[c]! & CH.ALPHA || c >= 0x80 || c === DOT) q++;
      else break;
    }
    if (q - w < 3 || q >= end || line.charCodeAt(q) !== SP) return -1;
  }
  while (q < end && line.charCodeAt(q) === SP) q++;
  if (!digit(line, q)) return -1;
  let day = line.charCodeAt(q) - 48;
  q++;
  if (digit(line, q)) {
    day = day * 10 + line.charCodeAt(q) - 48;
    q++;
  }
  if (q >= end || line.charCodeAt(q) !== SP) return -1;
  while (q < end && line.charCodeAt(q) === SP) q++;
  let year = yearFirst;
  if (year < 0 && q + 5 <= end && digits(line, q, 4) && line.charCodeAt(q + 4) === SP) {
    year = num2(line, q) * 100 + num2(line, q + 2);
    q += 4;
    while (q < end && line.charCodeAt(q) === SP) q++;
  }
  if (q + 8 > end || !hms(line, q)) return -1;
  const tStart = q;
  q += 8;
  if (q + 1 < end && line.charCodeAt(q) === DOT && digit(line, q + 1)) {
    let k = q + 1;
    while (k < end && k - q <= 9 && digit(line, k)) k++;
    q = k;
  }
  const fracEnd = q;
  scanZone(line, q, end, mode);
  q = zone.end;
  if (mon === 0 || day < 1 || !validTime(line, tStart)) {
    out.time = undefined;
    return q;
  }
  if (year < 0) {
    year = inferYear(ctx, mon, day, num2(line, tStart), num2(line, tStart + 3), num2(line, tStart + 6));
  }
  out.time =
    day > daysIn(year, mon)
      ? undefined
      : datePrefix(year, mon, day) + line.slice(tStart, fracEnd) + zone.iso;
  return q;
}

/** RFC 3339 `YYYY-MM-DD(T|t| )hh:mm:ss[.f](Z|z|±hh:mm|±hhmm|±hh)` from p. */
function parseIso(line: string, p: number, end: number, mode: TimestampMode, out: TimestampOut): number {
  if (p + 19 > end) return -1;
  if (!digit(line, p + 5) || !digit(line, p + 6) || line.charCodeAt(p + 7) !== DASH) return -1;
  if (!digit(line, p + 8) || !digit(line, p + 9)) return -1;
  const sep = line.charCodeAt(p + 10);
  if (!(sep === 0x54 || sep === 0x74 || (sep === SP && mode !== TS_MODE.RFC5424))) return -1;
  if (!hms(line, p + 11)) return -1;
  let q = p + 19;
  let canonical = sep === 0x54;
  if (q + 1 < end && line.charCodeAt(q) === DOT && digit(line, q + 1)) {
    let k = q + 1;
    while (k < end && k - q <= 9 && digit(line, k)) k++;
    if (k < end && digit(line, k)) return -1; // more than 9 fraction digits
    q = k;
  }
  const fracEnd = q;
  const c = q < end ? line.charCodeAt(q) : -1;
  if (c === 0x5a || c === 0x7a) {
    if (c === 0x7a) canonical = false;
    q++;
  } else if ((c === PLUS || c === DASH) && q + 3 <= end && digit(line, q + 1) && digit(line, q + 2)) {
    const oh = num2(line, q + 1);
    let om = 0;
    if (line.charCodeAt(q + 3) === COLON && q + 6 <= end && digit(line, q + 4) && digit(line, q + 5)) {
      om = num2(line, q + 4);
      q += 6;
    } else if (q + 5 <= end && digit(line, q + 3) && digit(line, q + 4)) {
      om = num2(line, q + 3);
      q += 5;
      canonical = false;
    } else {
      q += 3;
      canonical = false;
    }
    if (oh > 23 || om > 59) return -1;
  } else if (c === PLUS || c === DASH) {
    return -1;
  }
  const year = num2(line, p) * 100 + num2(line, p + 2);
  const mon = num2(line, p + 5);
  const day = num2(line, p + 8);
  if (mon < 1 || mon > 12 || day < 1 || day > daysIn(year, mon) || !validTime(line, p + 11)) {
    out.time = undefined;
    return q;
  }
  if (canonical) {
    out.time = line.slice(p, q);
  } else {
    // Rewrite to RFC 3339: 'T', upper-case 'Z', offset as ±hh:mm.
    let zoneIso = '';
    if (c === 0x5a || c === 0x7a) {
      zoneIso = 'Z';
    } else if (c === PLUS || c === DASH) {
      const mm = line.charCodeAt(fracEnd + 3) === COLON ? fracEnd + 4 : fracEnd + 3;
      zoneIso = (c === PLUS ? '+' : '-') + line.slice(fracEnd + 1, fracEnd + 3) + ':' +
        (q - fracEnd > 3 ? line.slice(mm, mm + 2) : '00');
    }
    out.time = line.slice(p, p + 10) + 'T' + line.slice(p + 11, fracEnd) + zoneIso;
  }
  return q;
}

/** Sophos UTM `YYYY:MM:DD-hh:mm:ss` from p. */
function parseColonDate(line: string, p: number, end: number, out: TimestampOut): number {
  if (p + 19 > end) return -1;
  if (!digit(line, p + 5) || !digit(line, p + 6) || line.charCodeAt(p + 7) !== COLON) return -1;
  if (!digit(line, p + 8) || !digit(line, p + 9) || line.charCodeAt(p + 10) !== DASH) return -1;
  if (!hms(line, p + 11)) return -1;
  const year = num2(line, p) * 100 + num2(line, p + 2);
  const mon = num2(line, p + 5);
  const day = num2(line, p + 8);
  out.time =
    mon < 1 || mon > 12 || day < 1 || day > daysIn(year, mon) || !validTime(line, p + 11)
      ? undefined
      : line.slice(p, p + 4) + '-' + line.slice(p + 5, p + 7) + '-' + line.slice(p + 8, p + 10) + 'T' +
        line.slice(p + 11, p + 19);
  return p + 19;
}

/**
 * Scans a timestamp starting at p. Returns the index after it, or -1 when
 * there is none; `out.time` is its ISO 8601 form, or undefined when the shape
 * matched but the values do not make a date.
 */
export function parseTimestamp(
  line: string,
  p: number,
  end: number,
  mode: TimestampMode,
  ctx: YearContext,
  out: TimestampOut,
): number {
  out.time = undefined;
  // The shortest form, "Jan 1 00:00:00", has 14 chars.
  if (p + 14 > end) return -1;
  const c0 = line.charCodeAt(p);
  if (c0 >= 48 && c0 <= 57) {
    if (!digits(line, p, 4)) return -1;
    const c4 = line.charCodeAt(p + 4);
    if (c4 === DASH) return parseIso(line, p, end, mode, out);
    if (mode === TS_MODE.RFC5424) return -1;
    if (c4 === COLON) return parseColonDate(line, p, end, out);
    if (c4 === SP) return parseBsd(line, p + 5, end, mode, ctx, out, num2(line, p) * 100 + num2(line, p + 2));
    return -1;
  }
  if (mode === TS_MODE.RFC5424) return -1;
  return parseBsd(line, p, end, mode, ctx, out, -1);
}
