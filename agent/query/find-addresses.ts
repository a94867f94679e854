/**
 * Finds the IPv4 and IPv6 addresses in a string of a sanitized event, in the
 * forms the pseudonymize stage writes them back: plain, `addr:port`,
 * `[v6]:port`, `v6%zone`, tcpdump's `addr.port`, `::ffff:v4`, a CIDR's
 * network address, a reverse DNS name (`4.3.2.1.in-addr.arpa`, octets
 * reversed), and an address glued to a word by a colon (`outside:10.0.0.1`,
 * `Remote:fe80::1`).
 *
 * Over-matching is harmless here: a look-alike (an SNMP OID's first four
 * arcs, a version number) matters only if it happens to fall inside the
 * pseudonymous prefix asked for. Missing a form the sanitizer writes would
 * hide an event, so the scan is generous.
 */
import { isV4Mapped, mappedV4, parseIPv4, parseIPv6 } from './ip-text.js';

export interface AddressVisitor {
  /** Return true to stop the scan. */
  v4(addr: number): boolean;
  v6(addr: Uint8Array): boolean;
}

/** [0-9A-Fa-f.:]: the characters an address run is made of. */
function inRun(c: number): boolean {
  return (c >= 48 && c <= 58) || c === 46 || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

const IN_ADDR_ARPA = /^\.?in-addr\.arpa/i;

/** Calls the visitor for every address in `text`; true when the visitor stopped the scan. */
export function forEachAddress(text: string, visit: AddressVisitor): boolean {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!inRun(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let colons = 0;
    let dots = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (!inRun(c)) break;
      if (c === 58) colons++;
      else if (c === 46) dots++;
      i++;
    }
    if (colons === 0 && dots < 3) continue;
    const glued = start > 0 && isWordChar(text.charCodeAt(start - 1));
    if (classify(text, start, i, colons, glued, visit)) return true;
  }
  return false;
}

function classify(text: string, start: number, end: number, colons: number, glued: boolean, visit: AddressVisitor): boolean {
  if (colons === 0) return dotted(text, start, end, visit);
  let s = start;
  let e = end;
  // `Remote:fe80::1`, `std::string`: the run starts inside a word; that word's tail is not part of an address.
  if (glued) {
    const colon = text.indexOf(':', s);
    if (colon >= s && colon < e) s = colon + 1;
  }
  // A single leading colon (`port:443`, `:2001:db8::5`) belongs to what came before.
  if (text.charCodeAt(s) === 58 && text.charCodeAt(s + 1) !== 58) s++;
  // A single trailing colon (`10.0.0.1.51234: Flags`) belongs to what comes after.
  if (e - s > 2 && text.charCodeAt(e - 1) === 58 && text.charCodeAt(e - 2) !== 58) e--;
  // `::` alone is punctuation (`std::string::npos`, `a :: b`) far more often than the unspecified address.
  if (e - s === 2 && text.charCodeAt(s) === 58) return false;
  return countColons(text, s, e) === 0 ? dotted(text, s, e, visit) : colonRun(text, s, e, visit);
}

function colonRun(text: string, start: number, end: number, visit: AddressVisitor): boolean {
  if (end - start < 2) return false;
  const a = parseIPv6(text, start, end);
  if (a) return v6(a, visit);
  // Trailing colons (`2a02:cf40::: x`) and an unbracketed port (`2001:db8:1:2:3:4:5:6:443`, `10.0.0.1:443`).
  let e = end;
  while (e > start && text.charCodeAt(e - 1) === 58 && text.charCodeAt(e - 2) === 58 && text.charCodeAt(e - 3) === 58) e--;
  if (e !== end) {
    const b = parseIPv6(text, start, e);
    if (b) return v6(b, visit);
  }
  const lastColon = text.lastIndexOf(':', end - 1);
  if (lastColon > start && allDigits(text, lastColon + 1, end)) {
    const v4 = parseIPv4(text, start, lastColon);
    if (v4 >= 0) return visit.v4(v4);
    const b = parseIPv6(text, start, lastColon);
    if (b) return v6(b, visit);
  }
  // tcpdump writes IPv6 address.port.
  const lastDot = text.lastIndexOf('.', end - 1);
  if (lastDot > start && allDigits(text, lastDot + 1, end)) {
    const b = parseIPv6(text, start, lastDot);
    if (b) return v6(b, visit);
  }
  // `Add:10.1.2.3`: try what follows the first colon.
  const firstColon = text.indexOf(':', start);
  if (firstColon >= start && firstColon + 1 < end) {
    const rest = firstColon + 1;
    if (text.charCodeAt(rest) === 58) return false;
    const colonsLeft = countColons(text, rest, end);
    return colonsLeft === 0 ? dotted(text, rest, end, visit) : colonRun(text, rest, end, visit);
  }
  return false;
}

/** Digits and dots: an IPv4 address, `addr.port`, a reversed in-addr.arpa name, or an OID. */
function dotted(text: string, start: number, end: number, visit: AddressVisitor): boolean {
  let s = start;
  let e = end;
  while (s < e && text.charCodeAt(s) === 46) s++;
  while (e > s && text.charCodeAt(e - 1) === 46) e--;
  // Where the fourth dot is, if any: `198.51.100.7.443` (tcpdump) is the address and a port.
  let dots = 0;
  let fourth = -1;
  for (let k = s; k < e; k++) {
    if (text.charCodeAt(k) === 46 && ++dots === 4) fourth = k;
  }
  if (dots < 3 || dots > 4) return false;
  const v4 = parseIPv4(text, s, fourth < 0 ? e : fourth);
  if (v4 < 0) return false;
  if (dots === 3 && IN_ADDR_ARPA.test(text.slice(e, e + 14))) {
    return visit.v4(((v4 & 255) << 24 | ((v4 >>> 8) & 255) << 16 | ((v4 >>> 16) & 255) << 8 | (v4 >>> 24)) >>> 0);
  }
  return visit.v4(v4);
}

function v6(a: Uint8Array, visit: AddressVisitor): boolean {
  return isV4Mapped(a) ? visit.v4(mappedV4(a)) : visit.v6(a);
}

function allDigits(text: string, start: number, end: number): boolean {
  if (start >= end || end - start > 5) return false;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function countColons(text: string, start: number, end: number): number {
  let n = 0;
  for (let k = start; k < end; k++) if (text.charCodeAt(k) === 58) n++;
  return n;
}
