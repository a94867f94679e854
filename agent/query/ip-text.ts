/**
 * IPv4 and IPv6 addresses as text, for the query side: parsing what a NOC
 * engineer types and what sanitized events hold. Independent of the
 * pseudonymize stage's own scanner, which another part of the code owns and
 * tunes for its hot path; here correctness matters more than nanoseconds,
 * because only `--ip` queries come here, and only for lines that already
 * passed a byte-level prefilter.
 */

/** The address as an unsigned 32-bit number, or -1. Octets are decimal, 0-255, leading zeros allowed. */
export function parseIPv4(text: string, start = 0, end = text.length): number {
  let value = 0;
  let octets = 0;
  let digits = 0;
  let octet = 0;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 46; // a virtual '.' ends the last octet
    if (c >= 48 && c <= 57) {
      octet = octet * 10 + (c - 48);
      if (++digits > 3 || octet > 255) return -1;
    } else if (c === 46) {
      if (digits === 0 || octets === 4) return -1;
      value = value * 256 + octet;
      octets++;
      digits = 0;
      octet = 0;
    } else {
      return -1;
    }
  }
  return octets === 4 ? value >>> 0 : -1;
}

export function formatIPv4(addr: number): string {
  return `${addr >>> 24}.${(addr >>> 16) & 255}.${(addr >>> 8) & 255}.${addr & 255}`;
}

/**
 * 16 bytes, or null. Accepts the RFC 4291 section 2.2 forms: eight groups,
 * `::` compression, and a dotted IPv4 tail. No zone id, no brackets, no port.
 */
export function parseIPv6(text: string, start = 0, end = text.length): Uint8Array | null {
  if (end - start < 2 || end - start > 45) return null;
  const out = new Uint8Array(16);
  const groups: number[] = [];
  let gap = -1;
  let i = start;
  if (text.charCodeAt(i) === 58) {
    if (text.charCodeAt(i + 1) !== 58) return null;
    gap = 0;
    i += 2;
    if (i === end) return out; // "::"
  }
  for (;;) {
    // One group, or a dotted IPv4 tail.
    let j = i;
    let v = 0;
    while (j < end && j - i < 5) {
      const h = hexValue(text.charCodeAt(j));
      if (h < 0) break;
      v = v * 16 + h;
      j++;
    }
    if (j < end && text.charCodeAt(j) === 46) {
      const v4 = parseIPv4(text, i, end);
      if (v4 < 0 || groups.length > 6) return null;
      groups.push(v4 >>> 16, v4 & 0xffff);
      break;
    }
    if (j === i || j - i > 4) return null;
    groups.push(v);
    if (j === end) break;
    if (text.charCodeAt(j) !== 58) return null;
    j++;
    if (j < end && text.charCodeAt(j) === 58) {
      if (gap >= 0) return null;
      gap = groups.length;
      j++;
      if (j === end) break;
    } else if (j === end) {
      return null; // a trailing single colon
    }
    i = j;
    if (groups.length > 8) return null;
  }
  if (gap < 0 ? groups.length !== 8 : groups.length > 7) return null;
  const tailAt = gap < 0 ? 8 : 8 - (groups.length - gap);
  for (let g = 0; g < groups.length; g++) {
    const at = gap >= 0 && g >= gap ? tailAt + (g - gap) : g;
    out[2 * at] = (groups[g] as number) >>> 8;
    out[2 * at + 1] = (groups[g] as number) & 255;
  }
  return out;
}

/** `::ffff:a.b.c.d`: an IPv4 address in IPv6 clothing (RFC 4291 section 2.5.5.2). */
export function isV4Mapped(a: Uint8Array): boolean {
  for (let i = 0; i < 10; i++) if (a[i] !== 0) return false;
  return a[10] === 0xff && a[11] === 0xff;
}

export function mappedV4(a: Uint8Array): number {
  return (((a[12] as number) << 24) | ((a[13] as number) << 16) | ((a[14] as number) << 8) | (a[15] as number)) >>> 0;
}

/** True when the first `bits` bits of `a` and `b` are equal. */
export function samePrefix(a: Uint8Array, b: Uint8Array, bits: number): boolean {
  const whole = bits >> 3;
  for (let i = 0; i < whole; i++) if (a[i] !== b[i]) return false;
  const rest = bits & 7;
  if (rest === 0) return true;
  const mask = (0xff << (8 - rest)) & 0xff;
  return (((a[whole] as number) ^ (b[whole] as number)) & mask) === 0;
}

/** The netmask of an IPv4 prefix length, as an unsigned number. */
export function maskV4(bits: number): number {
  return bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}
