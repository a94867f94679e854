/**
 * Finds IPv4, IPv6 and MAC addresses anywhere in a line, in the forms logs use,
 * and leaves look-alikes alone.
 *
 * This is the hottest loop of the agent, so it is a hand-written scanner, not a
 * regular expression: an expression over hex-digit classes tries a match at
 * nearly every position of English text (a-f are hex), and measured 5.9 us per
 * 180-byte line against well under 1 us for this loop. The scanner walks the
 * line once looking for the three separators every address has ('.', ':',
 * '-'); around a separator with hex digits on both sides it takes the whole
 * run of hex digits, dots and colons, and classifies the run:
 *   - digits and three dots: IPv4; four dots: tcpdump's `198.51.100.7.443`;
 *     more: an OID, left alone; three hex quads: a Cisco MAC;
 *   - with colons: IPv6 (compressed, full, upper case, dotted tail, zone id),
 *     colon MACs, DHCP client ids, netfilter `MAC=` link-layer headers, SSH
 *     key fingerprints (left alone), times (left alone), `address:port`;
 *   - six hex pairs joined by `-`: a Windows/Meraki MAC.
 * A run glued to a word (`Local:2001:db8::1`, `Remote:fe80::1`, `outside:10.0.0.1`)
 * loses its first segment, the tail of the word; so `std::string` stays C++.
 *
 * Lessons from rsyslog's mmanon (research/perf-baseline.md): a run of more than
 * eight colon groups is not an address (mmanon took a netfilter `MAC=` header
 * for IPv6), and addresses inside RFC 5424 structured data are addresses too
 * (this scanner works on the whole line, so they are).
 */
import { type ParsedIPv6, parseIPv4, parseIPv6 } from './ip/ip-address.js';

/** What the scanner reports; the sanitizer turns each into a replacement. */
export interface AddressSink {
  /**
   * An IPv4 address at [start, end) with value `addr`. `prefixLen` is the CIDR length written
   * after it, or -1. `reversed`: written octets-backwards, as in `4.3.2.1.in-addr.arpa`.
   */
  v4(start: number, end: number, addr: number, prefixLen: number, reversed: boolean): void;
  v6(start: number, end: number, addr: ParsedIPv6, prefixLen: number): void;
  /** Six octets at [start, end), as written. */
  mac(start: number, end: number): void;
}

// Character classes, for codes below 128.
const HEX = 1;
const DIGIT = 2;
const WORD = 4; // [0-9A-Za-z_]
const RUN = 8; // [0-9A-Fa-f.:]
const CLASS = /* @__PURE__ */ (() => {
  const t = new Uint8Array(128);
  for (let c = 48; c <= 57; c++) t[c] = HEX | DIGIT | WORD | RUN;
  for (let c = 65; c <= 90; c++) t[c] = WORD | (c <= 70 ? HEX | RUN : 0);
  for (let c = 97; c <= 122; c++) t[c] = WORD | (c <= 102 ? HEX | RUN : 0);
  t[95] = WORD;
  t[46] = RUN;
  t[58] = RUN;
  return t;
})();
/** Class bits of a char code; NaN (out of range) and codes >= 128 have none. */
const cls = (c: number): number => (c < 128 ? (CLASS[c] as number) : 0);

/** Words that make a following dotted quad a version number, not an address. */
const VERSION_BEFORE = /(?<![A-Za-z])(?:version|ver|firmware|build)[ \t]*[:=]?[ \t]*["']?$/i;
/** `SNMPv2-SMI::enterprises.9.9.41.2`: numbers after a MIB name are an OID, not an address. */
const MIB_NAME_BEFORE = /(?:::[A-Za-z][\w-]*|\b(?:enterprises|mib-2|private|internet|mgmt|experimental|iso|snmpModules|transmission))\.$/;
/** A user agent on the line makes `Chrome/121.0.0.0` a product version. */
const USER_AGENT = /Mozilla\/|AppleWebKit\/|Gecko\/|Safari\/|Chrome\/|curl\/|Wget\/|okhttp\//;

export function scanAddresses(line: string, sink: AddressSink): void {
  const n = line.length;
  // Separators are found with indexOf (native, vectorised) rather than a per-character loop.
  let dot = line.indexOf('.');
  let colon = line.indexOf(':');
  let hyphen = line.indexOf('-');
  let pos = 1;
  for (;;) {
    if (dot >= 0 && dot < pos) dot = line.indexOf('.', pos);
    if (colon >= 0 && colon < pos) colon = line.indexOf(':', pos);
    if (hyphen >= 0 && hyphen < pos) hyphen = line.indexOf('-', pos);
    let i = dot;
    if (colon >= 0 && (i < 0 || colon < i)) i = colon;
    if (hyphen >= 0 && (i < 0 || hyphen < i)) i = hyphen;
    if (i < 0 || i >= n - 1) return;
    pos = i + 1;
    const c = line.charCodeAt(i);
    if (c === 45) {
      if (cls(line.charCodeAt(i - 1)) & HEX && cls(line.charCodeAt(i + 1)) & HEX) pos = hyphenMac(line, i, sink) + 1;
      continue;
    }
    const before = cls(line.charCodeAt(i - 1));
    const after = cls(line.charCodeAt(i + 1));
    if (c === 46) {
      if (!(before & HEX && after & HEX)) continue;
    } else if (!(after & RUN ? before & (HEX | RUN) || (before & WORD && after & HEX) : line.charCodeAt(i - 1) === 58)) {
      continue; // a colon that cannot be inside an address ("sshd[1]: msg"), unless it ends a `::`
    }
    let s = i;
    while (s > 0 && cls(line.charCodeAt(s - 1)) & RUN) s--;
    let e = i + 1;
    while (e < n && cls(line.charCodeAt(e)) & RUN) e++;
    classifyRun(line, s, e, sink);
    pos = e + 1;
  }
}

function hyphenMac(line: string, i: number, sink: AddressSink): number {
  const s = i - 2;
  if (s < 0 || s + 17 > line.length) return i;
  if (s > 0) {
    const p = line.charCodeAt(s - 1);
    if (cls(p) & WORD || p === 45) return i;
  }
  for (let k = 0; k < 17; k++) {
    const c = line.charCodeAt(s + k);
    if (k % 3 === 2 ? c !== 45 : !(cls(c) & HEX)) return i;
  }
  const next = line.charCodeAt(s + 17);
  if (cls(next) & WORD || next === 45) return i;
  sink.mac(s, s + 17);
  return s + 17;
}

function classifyRun(line: string, s: number, e: number, sink: AddressSink): void {
  // Trailing dots end a sentence ("from 10.0.0.1."); leading ones join ("a...b", strongSwan's `ip[id]...ip[id]`).
  while (e > s && line.charCodeAt(e - 1) === 46) e--;
  while (s < e && line.charCodeAt(s) === 46) s++;
  const wordBefore = s > 0 && (cls(line.charCodeAt(s - 1)) & WORD) !== 0;
  const firstColon = line.indexOf(':', s);
  if (firstColon < 0 || firstColon >= e) {
    dottedRun(line, s, e, wordBefore, sink);
    return;
  }
  if (wordBefore) {
    // The run continues a word: its first segment belongs to the word.
    if (line.charCodeAt(firstColon + 1) === 58 && firstColon !== s) return; // `std::string`
    s = firstColon + 1;
  } else if (line.charCodeAt(s) === 58 && line.charCodeAt(s + 1) !== 58) {
    s++;
  }
  if (s >= e) return;
  colonRun(line, s, e, sink);
}

function dottedRun(line: string, s: number, e: number, wordBefore: boolean, sink: AddressSink): void {
  let digitsOnly = true;
  let dots = 0;
  for (let k = s; k < e; k++) {
    const c = line.charCodeAt(k);
    if (c === 46) dots++;
    else if (!(cls(c) & DIGIT)) digitsOnly = false;
  }
  if (dots === 2 && e - s === 14 && !wordBefore && line.charCodeAt(s + 4) === 46 && line.charCodeAt(s + 9) === 46) {
    if (!(cls(line.charCodeAt(e)) & WORD)) sink.mac(s, e); // Cisco 0011.2233.4455 (all digits too: 0025.9008.5935)
    return;
  }
  if (!digitsOnly) {
    // A hex word glued before an address by a dot (`lease.10.0.0.1`): drop it.
    const dot = line.indexOf('.', s);
    let k = s;
    while (k < dot && cls(line.charCodeAt(k)) & DIGIT) k++;
    if (k === dot || dot < 0 || dot + 1 >= e) return;
    dottedRun(line, dot + 1, e, false, sink);
    return;
  }
  // `v1.2.3.4`, `x10.0.0.1`: not an address on its own; `AS1_Dropbox__192.0.2.0__22` is one.
  if (wordBefore && line.charCodeAt(s - 1) !== 95) return;
  if (s > 0 && line.charCodeAt(s - 1) === 46 && MIB_NAME_BEFORE.test(line.slice(Math.max(0, s - 40), s))) return;
  dotted(line, s, e, sink);
}

/** A dotted run of digits [start, e): IPv4, tcpdump's address.port, or nothing. */
function dotted(line: string, start: number, e: number, sink: AddressSink): void {
  let dots = 0;
  let lastDot = -1;
  for (let i = start; i < e; i++) {
    if (line.charCodeAt(i) === 46) {
      dots++;
      lastDot = i;
    }
  }
  let end = e;
  if (dots === 4) {
    // tcpdump prints address.port; OIDs start with 0, 1 or 2 and rarely have exactly five arcs.
    const port = digitsValue(line, lastDot + 1, e);
    const first = digitsValue(line, start, line.indexOf('.', start));
    const after = line.charCodeAt(e);
    const tcpdumpContext = after === 58 /* : */ || line.startsWith(' >', e) || line.endsWith('> ', start) || line.endsWith('IP ', start) || line.endsWith('IP6 ', start);
    if (port > 65535 || !(first > 2 || tcpdumpContext)) return;
    end = lastDot;
  } else if (dots !== 3) {
    return;
  }
  const addr = parseIPv4(line, start, end);
  if (addr < 0) return;
  if (dots === 3 && isVersionContext(line, start)) return;
  if (line.charCodeAt(end) === 46 && (line.startsWith('.in-addr.arpa', end) || line.startsWith('.IN-ADDR.ARPA', end))) {
    // Reverse-DNS names list the octets backwards; pseudonymize the real address.
    sink.v4(start, end, reverse4(addr), -1, true);
    return;
  }
  sink.v4(start, end, addr, prefixAfter(line, end, 32), false);
}

function digitsValue(line: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to && i - from < 7; i++) v = v * 10 + (line.charCodeAt(i) - 48);
  return to - from > 6 ? Infinity : v;
}

function colonRun(line: string, start: number, e: number, sink: AddressSink): void {
  // A single trailing colon ends a field (`2001:db8::8.80: Flags`), a double one may end an address (`1::`).
  if (line.charCodeAt(e - 1) === 58 && line.charCodeAt(e - 2) !== 58) e--;
  // Census of the run, to turn away times (`13:14:15`, `00:01:02.345`) without allocating.
  let colons = 0;
  let dots = 0;
  let doubleColon = false;
  for (let k = start; k < e; k++) {
    const c = line.charCodeAt(k);
    if (c === 58) {
      colons++;
      if (line.charCodeAt(k + 1) === 58) doubleColon = true;
    } else if (c === 46) dots++;
  }
  // Without `::` an IPv6 address has 7 colons (6 before a dotted tail); a MAC has 5; a DUID or
  // link-layer header more. Fewer colons and no dot: a time or a label, nothing to do.
  if (!doubleColon && colons < 5 && dots === 0) return;
  if (!doubleColon && colons < 6 && dots > 0) {
    colonDottedQuads(line, start, e, sink);
    return;
  }
  let core = line.slice(start, e);
  // Colon MACs and link-layer strings: groups of exactly two hex digits, no `::`.
  if (core.length >= 17 && core.indexOf('::') < 0 && core.indexOf('.') < 0 && pairsOnly(core)) {
    const groups = (core.length + 1) / 3;
    if (groups === 6) return sink.mac(start, start + 17);
    if (groups === 7 && core.startsWith('01:')) return sink.mac(start + 3, start + 20); // DHCP client id: hardware type 1 + MAC
    // DHCPv6 DUIDs (RFC 8415 11.2, 11.4) that embed an Ethernet MAC: DUID-LLT 00:01:00:01:<time>:<mac>, DUID-LL 00:03:00:01:<mac>.
    if (groups === 14 && core.startsWith('00:01:00:01:')) return sink.mac(start + 24, start + 41);
    if (groups === 10 && core.startsWith('00:03:00:01:')) return sink.mac(start + 12, start + 29);
    if (groups > 8) {
      // netfilter `MAC=dst:src:type`: two MACs and an ethertype. Anything else this long
      // (key fingerprints) is not an address.
      if (line.endsWith('MAC=', start) && groups >= 14) {
        sink.mac(start, start + 17);
        sink.mac(start + 18, start + 35);
      }
      return;
    }
  }
  if (!hasDigitOrIsUnspecified(core)) return;
  let parsed = parseIPv6(core);
  if (parsed === null) {
    // tcpdump's `IP6 2001:db8::1.443 > ...`: address, dot, port.
    const dot = core.lastIndexOf('.');
    if (dot > core.lastIndexOf(':') && core.indexOf('.') === dot) {
      const v6 = parseIPv6(core.slice(0, dot));
      if (v6 !== null) return sink.v6(start, start + dot, v6, -1);
    }
    if (dots > 0) {
      colonDottedQuads(line, start, e, sink);
      return;
    }
    // `2a02:cf40:::` (trailing colon), `2001:db8:1:2:3:4:5:6:443` (address:port without brackets).
    const lastColon = core.lastIndexOf(':');
    if (lastColon <= 0) return;
    core = core.slice(0, core.endsWith(':') && !core.endsWith('::') ? core.length - 1 : lastColon);
    parsed = parseIPv6(core);
    if (parsed === null) return;
  }
  const end = start + core.length;
  sink.v6(start, end, parsed, prefixAfter(line, end, 128));
}

/** `198.51.100.7:443`, `Local:203.0.113.10:4500`: dotted quads between colons. */
function colonDottedQuads(line: string, start: number, e: number, sink: AddressSink): void {
  let from = start;
  for (;;) {
    const colon = line.indexOf(':', from);
    const end = colon < 0 || colon > e ? e : colon;
    if (end - from >= 7 && digitsAndDots(line, from, end)) dotted(line, from, end, sink);
    if (end === e) return;
    from = end + 1;
  }
}

function digitsAndDots(line: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = line.charCodeAt(k);
    if (c !== 46 && (c < 48 || c > 57)) return false;
  }
  return true;
}

function pairsOnly(core: string): boolean {
  if ((core.length + 1) % 3 !== 0) return false;
  for (let i = 2; i < core.length; i += 3) if (core.charCodeAt(i) !== 58) return false;
  return true;
}

function hasDigitOrIsUnspecified(s: string): boolean {
  if (s === '::') return true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** A `/len` right after an address: returns len when it is a valid prefix length, else -1. */
function prefixAfter(line: string, end: number, max: number): number {
  if (line.charCodeAt(end) !== 47) return -1;
  let len = 0;
  let digits = 0;
  for (let i = end + 1; i < line.length && digits < 4; i++) {
    const c = line.charCodeAt(i);
    if (c < 48 || c > 57) break;
    len = len * 10 + (c - 48);
    digits++;
  }
  if (digits === 0 || digits > 3 || len > max) return -1;
  const next = line.charCodeAt(end + 1 + digits);
  if ((next >= 48 && next <= 57) || (next >= 65 && next <= 90) || (next >= 97 && next <= 122)) return -1;
  return len;
}

function isVersionContext(line: string, start: number): boolean {
  if (start === 0) return false;
  const before = line.charCodeAt(start - 1);
  if (before === 47 /* / */) {
    // `Chrome/121.0.0.0` in a user agent; `//10.0.0.1/` and `outside/10.0.0.1` are addresses.
    const prev = line.charCodeAt(start - 2);
    const isWordChar = (prev >= 48 && prev <= 57) || (prev >= 65 && prev <= 90) || (prev >= 97 && prev <= 122);
    return isWordChar && USER_AGENT.test(line);
  }
  // Only a word ending in n, r, e or d (version, ver, firmware, build) can make it a version.
  let k = start - 1;
  while (k > 0 && (line.charCodeAt(k) === 32 || line.charCodeAt(k) === 58 || line.charCodeAt(k) === 61 || line.charCodeAt(k) === 34 || line.charCodeAt(k) === 39)) k--;
  const last = line.charCodeAt(k) | 0x20;
  if (last !== 110 && last !== 114 && last !== 101 && last !== 100) return false;
  return VERSION_BEFORE.test(line.slice(Math.max(0, start - 12), start));
}

function reverse4(a: number): number {
  return (((a & 255) << 24) | (((a >>> 8) & 255) << 16) | (((a >>> 16) & 255) << 8) | (a >>> 24)) >>> 0;
}

export function reverse4Octets(a: number): number {
  return reverse4(a);
}
