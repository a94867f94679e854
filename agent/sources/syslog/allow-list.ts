import { BlockList, isIPv4, isIPv6 } from 'node:net';

/**
 * The networks allowed to send to a source (`allowNetworks`), matched with
 * node:net's BlockList. Addresses are personal data: they are matched here and
 * never logged.
 */
export interface AllowList {
  allows(address: string): boolean;
}

/** Memoised answers per address; when full the memo is cleared (bounded: a scan of many senders cannot grow it). */
const MEMO_LIMIT = 4096;

/** Parses `a.b.c.d/n`, `x:y::/n` or a bare address (a /32 or /128); returns an error text for a bad entry. */
export function parseCidr(cidr: string): { address: string; prefix: number; family: 'ipv4' | 'ipv6' } | string {
  const slash = cidr.indexOf('/');
  const address = slash === -1 ? cidr : cidr.slice(0, slash);
  const family = isIPv4(address) ? 'ipv4' : isIPv6(address) ? 'ipv6' : null;
  if (family === null) return `not an IPv4 or IPv6 network: ${JSON.stringify(cidr)}`;
  const max = family === 'ipv4' ? 32 : 128;
  if (slash === -1) return { address, prefix: max, family };
  const text = cidr.slice(slash + 1);
  const prefix = /^\d{1,3}$/.test(text) ? Number(text) : NaN;
  if (!(prefix >= 0 && prefix <= max)) return `prefix length must be 0..${max}: ${JSON.stringify(cidr)}`;
  return { address, prefix, family };
}

/** null when the list is empty (everyone may send). Entries must have passed `parseCidr`. */
export function createAllowList(cidrs: readonly string[]): AllowList | null {
  if (cidrs.length === 0) return null;
  const list = new BlockList();
  for (const cidr of cidrs) {
    const net = parseCidr(cidr);
    if (typeof net === 'string') throw new TypeError(net);
    list.addSubnet(net.address, net.prefix, net.family);
  }
  const memo = new Map<string, boolean>();
  return {
    allows(address: string): boolean {
      let ok = memo.get(address);
      if (ok !== undefined) return ok;
      ok = isIPv4(address) ? list.check(address, 'ipv4') : isIPv6(address) ? list.check(address, 'ipv6') : false;
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(address, ok);
      return ok;
    },
  };
}

/** `::ffff:192.0.2.1` (an IPv4 peer on a dual-stack socket) → `192.0.2.1`; anything else unchanged. */
export function unmapIpv4(address: string): string {
  if (address.length > 7 && address.charCodeAt(0) === 0x3a && address.charCodeAt(1) === 0x3a) {
    const head = address.slice(0, 7).toLowerCase();
    if (head === '::ffff:' && address.indexOf('.', 7) !== -1) return address.slice(7);
  }
  return address;
}
