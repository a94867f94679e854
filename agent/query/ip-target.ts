/**
 * `--ip ADDR|CIDR`, typed in clear, matched on pseudonyms.
 *
 * Both IP pseudonymizers are prefix-preserving permutations (IpCipher: bit i
 * of the output depends only on input bits 0..i), so the addresses of a clear
 * network N/n map onto exactly one pseudonymous network P/n per key epoch,
 * and P is the first n bits of the pseudonym of any address of N. So a CIDR
 * becomes one prefix comparison per address found in an event, whatever its
 * size, and no address of the network is ever enumerated.
 *
 * A bare address is looked up through the sanitizer's own `pseudonymizeIp`,
 * which also applies the keep list (loopback and the like stay clear). For a
 * network, addresses the keep list leaves clear are matched in clear: an
 * address inside N that the agent keeps is in the event as it is.
 */
import { LogveilError } from '../errors.js';
import type { parseKeepList, Sanitizer } from '../stages/pseudonymize/index.js';
import { formatIPv4, isV4Mapped, mappedV4, maskV4, parseIPv4, parseIPv6, samePrefix } from './ip-text.js';
import { needle, type Needle } from './line-prefilter.js';

type KeepList = ReturnType<typeof parseKeepList>;

export interface IpTarget {
  /** As typed, for messages (it is the user's own clear input, never a pseudonym). */
  readonly text: string;
  readonly family: 4 | 6;
  /** Prefix length: 32 or 128 for a single address. */
  readonly bits: number;
  /** IPv4: the network (host bits zero), unsigned. */
  readonly v4: number;
  /** IPv6: the network (host bits zero). */
  readonly v6: Uint8Array | undefined;
}

export interface IpMatcher {
  v4(addr: number): boolean;
  v6(addr: Uint8Array): boolean;
  /** Byte strings one of which an event's JSON must hold to match; undefined when none can be given. */
  readonly needles: readonly Needle[] | undefined;
}

export function parseIpArg(text: string): IpTarget {
  const t = text.trim();
  const slash = t.indexOf('/');
  const addr = slash < 0 ? t : t.slice(0, slash);
  const lenText = slash < 0 ? undefined : t.slice(slash + 1);
  const bad = (why: string) => new LogveilError('LV_USAGE', `--ip "${text}": ${why}`);
  if (lenText !== undefined && !/^[0-9]{1,3}$/.test(lenText)) throw bad('the prefix length after / must be a number');
  const v4 = parseIPv4(addr);
  if (v4 >= 0) {
    const bits = lenText === undefined ? 32 : Number(lenText);
    if (bits > 32) throw bad('an IPv4 prefix length is at most 32');
    return { text: t, family: 4, bits, v4: (v4 & maskV4(bits)) >>> 0, v6: undefined };
  }
  const v6 = parseIPv6(addr.replace(/%.*$/, ''));
  if (!v6) throw bad('give an IPv4 or IPv6 address, or a network in CIDR form (10.1.2.0/24, 2001:db8:aa::/48)');
  const bits = lenText === undefined ? 128 : Number(lenText);
  if (bits > 128) throw bad('an IPv6 prefix length is at most 128');
  // The agent pseudonymizes ::ffff:a.b.c.d as the IPv4 address it is.
  if (isV4Mapped(v6) && bits >= 96) {
    const b4 = bits - 96;
    return { text: t, family: 4, bits: b4, v4: (mappedV4(v6) & maskV4(b4)) >>> 0, v6: undefined };
  }
  const net = new Uint8Array(v6);
  zeroHostBits(net, bits);
  return { text: t, family: 6, bits, v4: 0, v6: net };
}

/** The matcher of `t` under one epoch's pseudonymizer. */
export function ipMatcher(t: IpTarget, s: Sanitizer, keep: KeepList): IpMatcher {
  return t.family === 4 ? v4Matcher(t, s, keep) : v6Matcher(t, s, keep);
}

function v4Matcher(t: IpTarget, s: Sanitizer, keep: KeepList): IpMatcher {
  // Where an IPv4 pseudonym can show up besides its dotted text: reversed in a
  // PTR name, and inside an IPv4-mapped IPv6 address written in hex groups.
  const other = [needle('in-addr.arpa', true), needle('::ffff:', true)];
  if (t.bits === 32) {
    const p = parseIPv4(s.pseudonymizeIp(formatIPv4(t.v4)) ?? '');
    return { v4: (a) => a === p, v6: () => false, needles: p < 0 ? [] : [needle(formatIPv4(p), false), ...other] };
  }
  const mask = maskV4(t.bits);
  const net = t.v4;
  const pnet = (s.cipher.encryptV4(net) & mask) >>> 0;
  const octets = t.bits >> 3;
  const prefixText = (a: number) => `${formatIPv4(a).split('.').slice(0, octets).join('.')}.`;
  return {
    v4: (a) => ((a & mask) >>> 0 === pnet) || ((a & mask) >>> 0 === net && keep.v4(a)),
    v6: () => false,
    needles: octets === 0 ? undefined : [needle(prefixText(pnet), false), needle(prefixText(net), false), ...other],
  };
}

function v6Matcher(t: IpTarget, s: Sanitizer, keep: KeepList): IpMatcher {
  const net = t.v6 as Uint8Array;
  if (t.bits === 128) {
    const p = parseIPv6(s.pseudonymizeIp(t.text.replace(/%.*$/, '').replace(/\/128$/, '')) ?? '');
    if (!p) return { v4: () => false, v6: () => false, needles: [] };
    return { v4: () => false, v6: (a) => samePrefix(a, p, 128), needles: firstGroupNeedles(p, 128, p) };
  }
  const pnet = s.cipher.encryptV6(net);
  return {
    v4: () => false,
    v6: (a) => samePrefix(a, pnet, t.bits) || (samePrefix(a, net, t.bits) && keep.v6(a)),
    needles: firstGroupNeedles(pnet, t.bits, net),
  };
}

/**
 * The first group of the pseudonymous prefix, as every textual form of an
 * address in it contains it (compressed, full, upper case: searched folded,
 * without leading zeros, followed by a colon), and the same for the clear
 * network. None when the prefix is shorter than a group or a group is zero
 * (then `::` may stand for it).
 */
function firstGroupNeedles(p: Uint8Array, bits: number, clear: Uint8Array): Needle[] | undefined {
  const group = (a: Uint8Array) => ((a[0] as number) << 8) | (a[1] as number);
  if (bits < 16 || group(p) === 0 || group(clear) === 0) return undefined;
  return [needle(`${group(p).toString(16)}:`, true), needle(`${group(clear).toString(16)}:`, true)];
}

function zeroHostBits(a: Uint8Array, bits: number): void {
  for (let i = 0; i < 16; i++) {
    const keepBits = Math.max(0, Math.min(8, bits - 8 * i));
    a[i] = (a[i] as number) & ((0xff << (8 - keepBits)) & 0xff);
  }
}
