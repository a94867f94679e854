/**
 * Textual IPv4/IPv6 addresses to and from their binary form.
 *
 * Hand-written rather than `ip-address`/`node:net` because this runs on the hot
 * path for every address-shaped token in every message, and because logs need
 * leniency the libraries lack (zero-padded octets such as `010.001.002.003`,
 * which many devices print). Validation is strict on everything else: a token
 * that is not an address must come back as "not an address" so that look-alikes
 * (OIDs, versions, times) stay untouched.
 */

/** Parses dotted-quad IPv4 (octets may be zero-padded to 3 digits). Returns the address as an unsigned 32-bit number, or -1. */
export function parseIPv4(s: string, start = 0, end = s.length): number {
  const n = toScratch(s, start, end);
  return n < 0 ? -1 : parseIPv4Bytes(SCRATCH, 0, n);
}

export function formatIPv4(n: number): string {
  return `${(n >>> 24) & 255}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
}

/** How an IPv6 address was written, so a pseudonym can be written the same way. */
export interface IPv6Style {
  /** Hex digits were upper case. */
  upper: boolean;
  /** Written in full (eight groups, no `::`), zero-padded to four digits. */
  full: boolean;
  /** The last 32 bits were written as a dotted quad (`::ffff:192.0.2.1`). */
  dottedTail: boolean;
}

export interface ParsedIPv6 {
  bytes: Uint8Array;
  style: IPv6Style;
}

const HEX = /* @__PURE__ */ (() => {
  const t = new Int8Array(128).fill(-1);
  for (let i = 0; i < 10; i++) t[48 + i] = i;
  for (let i = 0; i < 6; i++) {
    t[65 + i] = 10 + i;
    t[97 + i] = 10 + i;
  }
  return t;
})();

/**
 * Parses an IPv6 address (RFC 4291 section 2.2 text forms: full, `::`-compressed,
 * with a trailing dotted quad). No zone id, no brackets, no prefix length: the
 * caller splits those off. Returns null for anything else.
 */
export function parseIPv6(s: string, start = 0, end = s.length): ParsedIPv6 | null {
  const n = toScratch(s, start, end);
  return n < 0 ? null : parseIPv6Bytes(SCRATCH, 0, n);
}

/** The text of the string parsers, as bytes: no address is longer, and none has a char above 127. */
const SCRATCH = new Uint8Array(64);

/** Copies s[start, end) into SCRATCH; -1 if it cannot be an address (too long, or a char above 127). */
function toScratch(s: string, start: number, end: number): number {
  const n = end - start;
  if (n < 0 || n > SCRATCH.length) return -1;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(start + i);
    if (c > 127) return -1;
    SCRATCH[i] = c;
  }
  return n;
}

/*
 * The parsers proper work on bytes: the address scanner reads a line's bytes (a typed-array
 * load is several times cheaper than `charCodeAt` on the sliced strings of a line splitter),
 * and the string forms above copy their text into SCRATCH first.
 */

/** parseIPv4 over bytes b[start, end). */
export function parseIPv4Bytes(b: Uint8Array, start: number, end: number): number {
  let value = 0;
  let parts = 0;
  let octet = 0;
  let digits = 0;
  for (let i = start; i < end; i++) {
    const c = b[i] as number;
    if (c >= 48 && c <= 57) {
      if (++digits > 3) return -1;
      octet = octet * 10 + (c - 48);
    } else if (c === 46) {
      if (digits === 0 || octet > 255 || parts === 3) return -1;
      value = value * 256 + octet;
      parts++;
      octet = 0;
      digits = 0;
    } else {
      return -1;
    }
  }
  if (parts !== 3 || digits === 0 || octet > 255) return -1;
  return value * 256 + octet;
}

const HEX_BYTE = /* @__PURE__ */ (() => {
  const t = new Int8Array(256).fill(-1);
  t.set(HEX);
  return t;
})();

/** parseIPv6 over bytes b[start, end). */
export function parseIPv6Bytes(b: Uint8Array, start: number, end: number): ParsedIPv6 | null {
  if (end - start < 2 || end - start > 45) return null;
  const words = WORDS;
  let n = 0;
  let gap = -1;
  let i = start;
  let upper = false;
  let lower = false;
  let allFourDigits = true;
  let dottedTail = false;
  if (b[i] === 58) {
    if (b[i + 1] !== 58) return null;
    gap = 0;
    i += 2;
    if (i === end) return { bytes: new Uint8Array(16), style: { upper: false, full: false, dottedTail: false } };
  }
  while (i < end) {
    if (n === 8) return null;
    let value = 0;
    let digits = 0;
    const groupStart = i;
    while (i < end) {
      const c = b[i] as number;
      const h = HEX_BYTE[c] as number;
      if (h < 0) break;
      if (c >= 97) lower = true;
      else if (c >= 65) upper = true;
      value = value * 16 + h;
      digits++;
      i++;
    }
    if (i < end && b[i] === 46) {
      if (n > 6) return null;
      const v4 = parseIPv4Bytes(b, groupStart, end);
      if (v4 < 0) return null;
      words[n++] = v4 >>> 16;
      words[n++] = v4 & 0xffff;
      dottedTail = true;
      i = end;
      break;
    }
    if (digits === 0 || digits > 4) return null;
    if (digits !== 4) allFourDigits = false;
    words[n++] = value;
    if (i === end) break;
    if (b[i] !== 58) return null;
    i++;
    if (i < end && b[i] === 58) {
      if (gap >= 0) return null;
      gap = n;
      i++;
      if (i === end) break;
    } else if (i === end) {
      return null;
    }
  }
  if (gap < 0 && n !== 8) return null;
  if (gap >= 0 && n > 7) return null;
  return toParsed(n, gap, upper, lower, allFourDigits, dottedTail);
}

/** The parse result from the words in WORDS. */
function toParsed(n: number, gap: number, upper: boolean, lower: boolean, allFourDigits: boolean, dottedTail: boolean): ParsedIPv6 {
  const words = WORDS;
  const bytes = new Uint8Array(16);
  const tail = gap < 0 ? 0 : n - gap;
  for (let w = 0; w < n; w++) {
    const at = gap >= 0 && w >= gap ? 8 - tail + (w - gap) : w;
    bytes[at * 2] = (words[w] as number) >>> 8;
    bytes[at * 2 + 1] = (words[w] as number) & 255;
  }
  return { bytes, style: { upper: upper && !lower, full: gap < 0 && allFourDigits, dottedTail } };
}

/** Scratch space for parseIPv6 (not reentrant, and it needs not be). */
const WORDS = new Uint16Array(8);

const V4_MAPPED_PREFIX = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff] as const;

/** True when the 16 bytes are an IPv4-mapped IPv6 address (::ffff:0:0/96). */
export function isV4Mapped(b: Uint8Array): boolean {
  for (let i = 0; i < 12; i++) if (b[i] !== V4_MAPPED_PREFIX[i]) return false;
  return true;
}

/**
 * Formats 16 bytes as IPv6. The default is RFC 5952 (lower case, longest run of
 * two or more zero groups compressed, leftmost on a tie); `style` reproduces the
 * way the input was written.
 */
export function formatIPv6(b: Uint8Array, style?: IPv6Style): string {
  const words: number[] = [];
  for (let i = 0; i < 8; i++) words.push(((b[i * 2] as number) << 8) | (b[i * 2 + 1] as number));
  const dotted = style?.dottedTail === true;
  const groups = dotted ? 6 : 8;
  let text: string;
  if (style?.full) {
    const parts: string[] = [];
    for (let i = 0; i < groups; i++) parts.push((words[i] as number).toString(16).padStart(4, '0'));
    text = parts.join(':');
    if (dotted) text += ':';
  } else {
    let bestStart = -1;
    let bestLen = 0;
    for (let i = 0; i < groups; ) {
      if (words[i] !== 0) {
        i++;
        continue;
      }
      let j = i;
      while (j < groups && words[j] === 0) j++;
      if (j - i > bestLen) {
        bestStart = i;
        bestLen = j - i;
      }
      i = j;
    }
    if (bestLen < 2) bestStart = -1;
    const hex = (from: number, to: number): string => {
      const parts: string[] = [];
      for (let i = from; i < to; i++) parts.push((words[i] as number).toString(16));
      return parts.join(':');
    };
    if (bestStart < 0) {
      text = hex(0, groups);
      if (dotted) text += ':';
    } else {
      const tailText = hex(bestStart + bestLen, groups);
      text = `${hex(0, bestStart)}::${tailText}`;
      if (dotted && tailText !== '') text += ':';
    }
  }
  if (dotted) text += `${b[12]}.${b[13]}.${b[14]}.${b[15]}`;
  return style?.upper ? text.toUpperCase() : text;
}

/** The 16-byte IPv4-mapped form of an IPv4 address. */
export function v4ToMapped(n: number): Uint8Array {
  const b = new Uint8Array(16);
  b[10] = 0xff;
  b[11] = 0xff;
  b[12] = n >>> 24;
  b[13] = (n >>> 16) & 255;
  b[14] = (n >>> 8) & 255;
  b[15] = n & 255;
  return b;
}

export function mappedToV4(b: Uint8Array): number {
  return (((b[12] as number) << 24) | ((b[13] as number) << 16) | ((b[14] as number) << 8) | (b[15] as number)) >>> 0;
}
