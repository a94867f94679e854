/**
 * Addresses left as they are. They identify no host or person, and rewriting
 * them only confuses the reader: `0.0.0.0`, `127.0.0.1`, `255.255.255.255`,
 * `255.255.255.0`. Private (RFC 1918, ULA) addresses are NOT kept: inside a
 * client network they identify hosts as well as public ones do.
 *
 * A keep list mixes class names and CIDRs: `loopback,netmask,192.0.2.0/24`.
 */
import { parseIPv4, parseIPv6 } from './ip-address.js';

export const KEEP_CLASSES = {
  unspecified: '0.0.0.0 and ::',
  loopback: '127.0.0.0/8 and ::1',
  broadcast: '255.255.255.255',
  netmask: 'contiguous IPv4 netmasks (255.255.255.0) and Cisco wildcard masks (0.0.0.255)',
  multicast: '224.0.0.0/4 and ff00::/8',
  'link-local': '169.254.0.0/16 and fe80::/10',
  documentation: '192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32',
} as const;
export type KeepClass = keyof typeof KEEP_CLASSES;

export const DEFAULT_KEEP: readonly string[] = ['unspecified', 'loopback', 'broadcast', 'netmask'];

export interface KeepList {
  v4(addr: number): boolean;
  v6(addr: Uint8Array): boolean;
}

interface Cidr6 {
  bytes: Uint8Array;
  bits: number;
}

/** Parses a keep list. Throws a RangeError naming every bad entry. */
export function parseKeepList(entries: readonly string[]): KeepList {
  const classes = new Set<string>();
  const v4: Array<[number, number]> = [];
  const v6: Cidr6[] = [];
  const bad: string[] = [];
  for (const raw of entries) {
    const e = raw.trim();
    if (e === '' || e === 'none') continue;
    if (Object.hasOwn(KEEP_CLASSES, e)) {
      classes.add(e);
      continue;
    }
    const slash = e.indexOf('/');
    const addr = slash < 0 ? e : e.slice(0, slash);
    const lenText = slash < 0 ? '' : e.slice(slash + 1);
    const a4 = parseIPv4(addr);
    if (a4 >= 0) {
      const bits = lenText === '' ? 32 : Number(lenText);
      if (!/^\d{0,2}$/.test(lenText) || bits > 32) bad.push(e);
      else v4.push([mask4(bits), (a4 & mask4(bits)) >>> 0]);
      continue;
    }
    const a6 = parseIPv6(addr);
    if (a6) {
      const bits = lenText === '' ? 128 : Number(lenText);
      if (!/^\d{0,3}$/.test(lenText) || bits > 128) bad.push(e);
      else v6.push({ bytes: a6.bytes, bits });
      continue;
    }
    bad.push(e);
  }
  if (bad.length) {
    throw new RangeError(
      `not a class or CIDR: ${bad.join(', ')} (classes: ${Object.keys(KEEP_CLASSES).join(', ')}, or none)`,
    );
  }
  const has = (c: KeepClass): boolean => classes.has(c);
  return {
    v4(a) {
      if (has('unspecified') && a === 0) return true;
      if (has('loopback') && a >>> 24 === 127) return true;
      if (has('broadcast') && a === 0xffffffff) return true;
      if (has('netmask') && a !== 0 && a !== 0xffffffff && (isContiguousMask(a) || isContiguousMask(~a >>> 0))) return true;
      if (has('multicast') && a >>> 28 === 0xe) return true;
      if (has('link-local') && a >>> 16 === 0xa9fe) return true;
      if (has('documentation') && (a >>> 8 === 0xc00002 || a >>> 8 === 0xc63364 || a >>> 8 === 0xcb0071)) return true;
      for (const [m, net] of v4) if (((a & m) >>> 0) === net) return true;
      return false;
    },
    v6(b) {
      if (has('unspecified') && b.every((x) => x === 0)) return true;
      if (has('loopback') && b[15] === 1 && b.subarray(0, 15).every((x) => x === 0)) return true;
      if (has('multicast') && b[0] === 0xff) return true;
      if (has('link-local') && b[0] === 0xfe && ((b[1] as number) & 0xc0) === 0x80) return true;
      if (has('documentation') && b[0] === 0x20 && b[1] === 0x01 && b[2] === 0x0d && b[3] === 0xb8) return true;
      for (const c of v6) if (prefixEqual(b, c.bytes, c.bits)) return true;
      return false;
    },
  };
}

function mask4(bits: number): number {
  return bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
}

/** 1...10...0 */
function isContiguousMask(a: number): boolean {
  const inv = ~a >>> 0;
  return (inv & (inv + 1)) === 0;
}

export function prefixEqual(a: Uint8Array, b: Uint8Array, bits: number): boolean {
  const whole = bits >> 3;
  for (let i = 0; i < whole; i++) if (a[i] !== b[i]) return false;
  const rem = bits & 7;
  if (rem === 0) return true;
  const m = (0xff << (8 - rem)) & 0xff;
  return (((a[whole] as number) ^ (b[whole] as number)) & m) === 0;
}
