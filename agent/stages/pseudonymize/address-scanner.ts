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
 *   - six hex pairs joined by `-`: a Windows/Meraki MAC; `0011-2233-4455` (Huawei,
 *     H3C/Comware) and `001122-334455` (HPE ProCurve) with a hex letter in them.
 * A run glued to a word (`Local:2001:db8::1`, `Remote:fe80::1`, `outside:10.0.0.1`)
 * loses its first segment, the tail of the word; so `std::string` stays C++.
 *
 * Lessons from rsyslog's mmanon (research/perf-baseline.md): a run of more than
 * eight colon groups is not an address (mmanon took a netfilter `MAC=` header
 * for IPv6), and addresses inside RFC 5424 structured data are addresses too
 * (this scanner works on the whole line, so they are).
 */
import { type ParsedIPv6, parseIPv4Bytes, parseIPv6Bytes } from './ip/ip-address.js';

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

// Character classes of bytes: codes >= 128 have none.
const HEX = 1;
const DIGIT = 2;
const WORD = 4; // [0-9A-Za-z_]
const RUN = 8; // [0-9A-Fa-f.:]
const SEP = 16; // the separators every address has: . : -
const CLASS = /* @__PURE__ */ (() => {
  const t = new Uint8Array(256);
  for (let c = 48; c <= 57; c++) t[c] = HEX | DIGIT | WORD | RUN;
  for (let c = 65; c <= 90; c++) t[c] = WORD | (c <= 70 ? HEX | RUN : 0);
  for (let c = 97; c <= 122; c++) t[c] = WORD | (c <= 102 ? HEX | RUN : 0);
  t[95] = WORD;
  t[46] = RUN | SEP;
  t[58] = RUN | SEP;
  t[45] = SEP;
  return t;
})();

/** Words that make a following dotted quad a version number, not an address. */
const VERSION_BEFORE = /(?<![A-Za-z])(?:version|ver|firmware|build)[ \t]*[:=]?[ \t]*["']?$/i;
/** `SNMPv2-SMI::enterprises.9.9.41.2`: numbers after a MIB name are an OID, not an address. */
const MIB_NAME_BEFORE = /(?:::[A-Za-z][\w-]*|\b(?:enterprises|mib-2|private|internet|mgmt|experimental|iso|snmpModules|transmission))\.$/;
/** A user agent on the line makes `Chrome/121.0.0.0` a product version. */
const USER_AGENT = /Mozilla\/|AppleWebKit\/|Gecko\/|Safari\/|Chrome\/|curl\/|Wget\/|okhttp\//;

/*
 * Performance: the scanner reads the line's bytes, not its chars. `charCodeAt` on
 * the sliced strings a line splitter makes costs several nanoseconds a call (each
 * call dispatches on the string's representation); a typed-array load costs one.
 * So the caller hands over the line's bytes too (`bytes[base + i]` is char i of
 * `line`, chars of 256 and more written as 0x80, which, like every byte >= 128,
 * is never part of an address), and every hot loop here reads those. The string
 * is used where a regular expression or `startsWith` decides, on rare paths.
 * Reads before the line's start or past its end are guarded (`at`): the bytes
 * there belong to the neighbouring lines.
 *
 * A run is examined in one pass (dots, colons, digits, `::`) and parsed in place:
 * no substring for the common forms.
 */

/**
 * Reports the addresses of `line`. `bytes[base, base + line.length)` holds its text as
 * bytes (see above: `toScanBytes` makes them for a single line).
 */
export function scanAddresses(line: string, bytes: Uint8Array, base: number, sink: AddressSink): void {
  const n = line.length;
  const end = base + n - 1;
  // Separator positions (absolute) i with base + 1 <= i <= base + n - 2: both neighbours are in the line.
  for (let i = base + 1; i < end; i++) {
    // The search for the next separator is a loop of its own with no call and no store in it,
    // so the optimizing compiler can keep its checks on `bytes` out of it (peeling); in the
    // outer loop they are redone at every char, as a call may change anything.
    while (i < end && ((CLASS[bytes[i] as number] as number) & SEP) === 0) i++;
    if (i >= end) return;
    const c = bytes[i] as number;
    const before = CLASS[bytes[i - 1] as number] as number;
    const after = CLASS[bytes[i + 1] as number] as number;
    if (c === 45) {
      if (before & HEX && after & HEX) i = base + hyphenMac(line, bytes, base, i - base, sink);
      continue;
    }
    if (c === 46) {
      if (!(before & HEX && after & HEX)) continue;
    } else if (!(after & RUN ? before & (HEX | RUN) || (before & WORD && after & HEX) : bytes[i - 1] === 58)) {
      continue; // a colon that cannot be inside an address ("sshd[1]: msg"), unless it ends a `::`
    }
    let s = i;
    while (s > base && (CLASS[bytes[s - 1] as number] as number) & RUN) s--;
    let e = i + 1;
    while (e <= end && (CLASS[bytes[e] as number] as number) & RUN) e++;
    classifyRun(line, bytes, base, s - base, e - base, sink);
    i = e; // with the loop's i++, the search goes on after the char that ended the run (a range's `-` included)
  }
}

/**
 * A single line's bytes (latin1: the low byte of each char), in `scratch` when it is large
 * enough. Before scanAddresses reads them, `markWide` must mark chars of 256 and more.
 */
export function lineBytes(line: string, scratch: Buffer): Buffer {
  const buf = scratch.length >= line.length ? scratch : Buffer.allocUnsafe(line.length * 2);
  buf.write(line, 0, 'latin1');
  return buf;
}

/** Chars that do not fit a byte: `latin1` encoding would keep only their low byte. */
export const WIDE = /[^\x00-\xff]/;

/** Writes 0x80 over the bytes of chars >= 256 of `line`, which starts at bytes[base]. */
export function markWide(line: string, bytes: Uint8Array, base: number): void {
  for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) > 255) bytes[base + i] = 0x80;
}

/** Byte i of the line, or 0 outside it. */
function at(bytes: Uint8Array, base: number, n: number, i: number): number {
  return i >= 0 && i < n ? (bytes[base + i] as number) : 0;
}

/**
 * The hyphen forms of a MAC, by the offset of their first hyphen:
 * [first hyphen, length, hyphen positions (bit k: a hyphen at k), needs a-f, may be glued on by a hyphen].
 * - Huawei/H3C `0011-2233-4455` and HPE ProCurve `001122-334455`: with a hex letter in them
 *   (`250315-010203` is a time stamp); Comware glues the next field on with a hyphen
 *   (`MACAddr=001a-1e23-ac9f-VLANID=364`), so a hyphen and a non-hex char may follow.
 * - Windows/Meraki `00-1E-0B-80-13-B5`: digits alone too; nothing may follow.
 */
const HYPHEN_FORMS: ReadonlyArray<readonly [first: number, len: number, hyphens: number, needsLetter: boolean, gluedOk: boolean]> = [
  [4, 14, (1 << 4) | (1 << 9), true, true],
  [6, 13, 1 << 6, true, true],
  [2, 17, (1 << 2) | (1 << 5) | (1 << 8) | (1 << 11) | (1 << 14), false, false],
];

/** A MAC in a hyphen form whose first hyphen is at i: reports it and returns where it ends, else i. */
function hyphenMac(line: string, b: Uint8Array, o: number, i: number, sink: AddressSink): number {
  const n = line.length;
  for (const [first, len, hyphens, needsLetter, gluedOk] of HYPHEN_FORMS) {
    const s = i - first;
    if (isHyphenMac(b, o, n, s, len, hyphens, needsLetter, gluedOk)) {
      sink.mac(s, s + len);
      return s + len;
    }
  }
  return i;
}

/** `len` chars from s: hex digits with hyphens where `hyphens` has bits, standing alone (no word char either side, no hyphen before). */
function isHyphenMac(b: Uint8Array, o: number, n: number, s: number, len: number, hyphens: number, needsLetter: boolean, gluedOk: boolean): boolean {
  if (s < 0 || s + len > n) return false;
  if (s > 0) {
    const p = b[o + s - 1] as number;
    if ((CLASS[p] as number) & WORD || p === 45) return false;
  }
  let letter = false;
  for (let k = 0; k < len; k++) {
    const c = b[o + s + k] as number;
    if ((hyphens >> k) & 1) {
      if (c !== 45) return false;
    } else if (!((CLASS[c] as number) & HEX)) {
      return false;
    } else if (!((CLASS[c] as number) & DIGIT)) {
      letter = true;
    }
  }
  if (needsLetter && !letter) return false;
  const next = at(b, o, n, s + len);
  if ((CLASS[next] as number) & WORD) return false;
  if (next === 45 && (!gluedOk || (CLASS[at(b, o, n, s + len + 1)] as number) & HEX)) return false;
  return true;
}

function classifyRun(line: string, b: Uint8Array, o: number, s: number, e: number, sink: AddressSink): void {
  // Trailing dots end a sentence ("from 10.0.0.1."); leading ones join ("a...b", strongSwan's `ip[id]...ip[id]`).
  while (e > s && b[o + e - 1] === 46) e--;
  while (s < e && b[o + s] === 46) s++;
  if (s >= e) return;
  const wordBefore = s > 0 && ((CLASS[b[o + s - 1] as number] as number) & WORD) !== 0 && !escapeBefore(b, o, s);
  // One pass: the first colon, and for a dotted run its dots and whether all else is digits.
  let firstColon = -1;
  let dots = 0;
  let digitsOnly = true;
  for (let k = s; k < e; k++) {
    const c = b[o + k] as number;
    if (c === 58) {
      firstColon = k;
      break;
    }
    if (c === 46) dots++;
    else if (!((CLASS[c] as number) & DIGIT)) digitsOnly = false;
  }
  if (firstColon < 0) {
    dottedRun(line, b, o, s, e, wordBefore, dots, digitsOnly, sink);
    return;
  }
  const n = line.length;
  if (wordBefore) {
    // The run continues a word: its first segment belongs to the word.
    if (at(b, o, n, firstColon + 1) === 58 && firstColon !== s) return; // `std::string`
    s = firstColon + 1;
  } else if (b[o + s] === 58 && at(b, o, n, s + 1) !== 58) {
    s++;
  }
  if (s >= e) return;
  colonRun(line, b, o, s, e, sink);
}

/** A `\t`, `\n` or `\r` escape ends at s (JSON, C): no word glued on (`Address:\t10.0.0.1\r\n`). */
function escapeBefore(b: Uint8Array, o: number, s: number): boolean {
  if (s < 2 || b[o + s - 2] !== 92) return false;
  const c = b[o + s - 1] as number;
  return c === 116 || c === 110 || c === 114;
}

/** dottedRun with its census taken here. */
function dottedRunFrom(line: string, b: Uint8Array, o: number, s: number, e: number, sink: AddressSink): void {
  let dots = 0;
  let digitsOnly = true;
  for (let k = s; k < e; k++) {
    const c = b[o + k] as number;
    if (c === 46) dots++;
    else if (!((CLASS[c] as number) & DIGIT)) digitsOnly = false;
  }
  dottedRun(line, b, o, s, e, false, dots, digitsOnly, sink);
}

/** A run without colons [s, e): `dots` dots, and `digitsOnly` when everything else is a digit. */
function dottedRun(line: string, b: Uint8Array, o: number, s: number, e: number, wordBefore: boolean, dots: number, digitsOnly: boolean, sink: AddressSink): void {
  if (dots === 2 && e - s === 14 && !wordBefore && b[o + s + 4] === 46 && b[o + s + 9] === 46) {
    if (!((CLASS[at(b, o, line.length, e)] as number) & WORD)) sink.mac(s, e); // Cisco 0011.2233.4455 (all digits too: 0025.9008.5935)
    return;
  }
  if (!digitsOnly) {
    // A hex word glued before an address by a dot (`lease.10.0.0.1`): drop it.
    if (dots === 0) return;
    let k = s;
    while ((CLASS[b[o + k] as number] as number) & DIGIT) k++; // stops at the first dot at the latest
    if (b[o + k] === 46) return; // the word before the first dot is all digits: no word to drop
    let dot = k;
    while (b[o + dot] !== 46) dot++;
    if (dot + 1 >= e) return;
    dottedRunFrom(line, b, o, dot + 1, e, sink);
    return;
  }
  // `v1.2.3.4`, `x10.0.0.1`: not an address on its own; `AS1_Dropbox__192.0.2.0__22` is one.
  if (wordBefore && b[o + s - 1] !== 95) return;
  if (s > 0 && b[o + s - 1] === 46 && MIB_NAME_BEFORE.test(line.slice(Math.max(0, s - 40), s))) return;
  if (dots === 3 || dots === 4) dotted(line, b, o, s, e, dots, sink);
}

/** A dotted run of digits [start, e) with 3 or 4 dots: IPv4, tcpdump's address.port, or nothing. */
function dotted(line: string, b: Uint8Array, o: number, start: number, e: number, dots: number, sink: AddressSink): void {
  const n = line.length;
  let end = e;
  if (dots === 4) {
    // tcpdump prints address.port; OIDs start with 0, 1 or 2 and rarely have exactly five arcs.
    let lastDot = e - 1;
    while (b[o + lastDot] !== 46) lastDot--;
    let firstDot = start;
    while (b[o + firstDot] !== 46) firstDot++;
    const port = digitsValue(b, o, lastDot + 1, e);
    const first = digitsValue(b, o, start, firstDot);
    const tcpdumpContext = at(b, o, n, e) === 58 /* : */ || line.startsWith(' >', e) || line.endsWith('> ', start) || line.endsWith('IP ', start) || line.endsWith('IP6 ', start);
    if (port > 65535 || !(first > 2 || tcpdumpContext)) return;
    end = lastDot;
  }
  const addr = parseIPv4Bytes(b, o + start, o + end);
  if (addr < 0) return;
  if (dots === 3 && isVersionContext(line, b, o, start)) return;
  if (at(b, o, n, end) === 46 && (line.startsWith('.in-addr.arpa', end) || line.startsWith('.IN-ADDR.ARPA', end))) {
    // Reverse-DNS names list the octets backwards; pseudonymize the real address.
    sink.v4(start, end, reverse4(addr), -1, true);
    return;
  }
  sink.v4(start, end, addr, prefixAfter(b, o, n, end, 32), false);
}

function digitsValue(b: Uint8Array, o: number, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to && i - from < 7; i++) v = v * 10 + ((b[o + i] as number) - 48);
  return to - from > 6 ? Infinity : v;
}

function colonRun(line: string, b: Uint8Array, o: number, start: number, e: number, sink: AddressSink): void {
  const n = line.length;
  // A single trailing colon ends a field (`2001:db8::8.80: Flags`), a double one may end an address (`1::`).
  if (b[o + e - 1] === 58 && at(b, o, n, e - 2) !== 58) e--;
  // Census of the run, to turn away times (`13:14:15`, `00:01:02.345`) without allocating.
  let colons = 0;
  let dots = 0;
  let doubleColon = false;
  let digit = false;
  let lastDot = -1;
  let lastColon = -1;
  for (let k = start; k < e; k++) {
    const c = b[o + k] as number;
    if (c === 58) {
      colons++;
      lastColon = k;
      if (at(b, o, n, k + 1) === 58) doubleColon = true;
    } else if (c === 46) {
      dots++;
      lastDot = k;
    } else if (c <= 57) {
      digit = true;
    }
  }
  // Without `::` an IPv6 address has 7 colons (6 before a dotted tail); a MAC has 5; a DUID or
  // link-layer header more. Fewer colons and no dot: a time or a label, nothing to do.
  if (!doubleColon && colons < 5 && dots === 0) return;
  if (!doubleColon && colons < 6 && dots > 0) {
    colonDottedQuads(line, b, o, start, e, sink);
    return;
  }
  const len = e - start;
  // MikroTik writes a DHCP client id with a one-digit hardware type: `client-id=1:3c:22:fb:4e:f7:80`.
  if (len === 19 && b[o + start] === 49 && b[o + start + 1] === 58 && !doubleColon && dots === 0 && pairsOnly(b, o, start + 2, e)) {
    return sink.mac(start + 2, e);
  }
  // Colon MACs and link-layer strings: groups of exactly two hex digits, no `::`.
  if (len >= 17 && !doubleColon && dots === 0 && pairsOnly(b, o, start, e)) {
    const groups = (len + 1) / 3;
    if (groups === 6) return sink.mac(start, start + 17);
    if (groups === 7 && line.startsWith('01:', start)) return sink.mac(start + 3, start + 20); // DHCP client id: hardware type 1 + MAC
    // DHCPv6 DUIDs (RFC 8415 11.2, 11.4) that embed an Ethernet MAC: DUID-LLT 00:01:00:01:<time>:<mac>, DUID-LL 00:03:00:01:<mac>.
    if (groups === 14 && line.startsWith('00:01:00:01:', start)) return sink.mac(start + 24, start + 41);
    if (groups === 10 && line.startsWith('00:03:00:01:', start)) return sink.mac(start + 12, start + 29);
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
  // An address has a digit, or is `::` (unspecified).
  if (!digit && !(len === 2 && doubleColon)) return;
  let end = e;
  let parsed = parseIPv6Bytes(b, o + start, o + end);
  if (parsed === null) {
    // tcpdump's `IP6 2001:db8::1.443 > ...`: address, dot, port.
    if (dots === 1 && lastDot > lastColon) {
      const v6 = parseIPv6Bytes(b, o + start, o + lastDot);
      if (v6 !== null) return sink.v6(start, lastDot, v6, -1);
    }
    if (dots > 0) {
      colonDottedQuads(line, b, o, start, e, sink);
      return;
    }
    // `2a02:cf40:::` (trailing colon), `2001:db8:1:2:3:4:5:6:443` (address:port without brackets).
    if (lastColon <= start) return;
    end = b[o + e - 1] === 58 && !(e - 2 >= start && b[o + e - 2] === 58) ? e - 1 : lastColon;
    parsed = parseIPv6Bytes(b, o + start, o + end);
    if (parsed === null) return;
  }
  sink.v6(start, end, parsed, prefixAfter(b, o, n, end, 128));
}

/** `198.51.100.7:443`, `Local:203.0.113.10:4500`: dotted quads between colons. */
function colonDottedQuads(line: string, b: Uint8Array, o: number, start: number, e: number, sink: AddressSink): void {
  let from = start;
  for (;;) {
    let end = from;
    while (end < e && b[o + end] !== 58) end++;
    if (end - from >= 7) {
      // Digits and dots only; the dots count for dotted() comes with it.
      let dots = 0;
      let ok = true;
      for (let k = from; k < end; k++) {
        const c = b[o + k] as number;
        if (c === 46) dots++;
        else if (c < 48 || c > 57) {
          ok = false;
          break;
        }
      }
      if (ok && (dots === 3 || dots === 4)) dotted(line, b, o, from, end, dots, sink);
    }
    if (end === e) return;
    from = end + 1;
  }
}

function pairsOnly(b: Uint8Array, o: number, start: number, e: number): boolean {
  if ((e - start + 1) % 3 !== 0) return false;
  for (let i = start + 2; i < e; i += 3) if (b[o + i] !== 58) return false;
  return true;
}

/** A `/len` right after an address: returns len when it is a valid prefix length, else -1. */
function prefixAfter(b: Uint8Array, o: number, n: number, end: number, max: number): number {
  if (at(b, o, n, end) !== 47) return -1;
  let len = 0;
  let digits = 0;
  for (let i = end + 1; i < n && digits < 4; i++) {
    const c = b[o + i] as number;
    if (c < 48 || c > 57) break;
    len = len * 10 + (c - 48);
    digits++;
  }
  if (digits === 0 || digits > 3 || len > max) return -1;
  const next = at(b, o, n, end + 1 + digits);
  if ((next >= 48 && next <= 57) || (next >= 65 && next <= 90) || (next >= 97 && next <= 122)) return -1;
  return len;
}

function isVersionContext(line: string, b: Uint8Array, o: number, start: number): boolean {
  if (start === 0) return false;
  const before = b[o + start - 1] as number;
  if (before === 47 /* / */) {
    // `Chrome/121.0.0.0` in a user agent; `//10.0.0.1/` and `outside/10.0.0.1` are addresses.
    const prev = at(b, o, line.length, start - 2);
    const isWordChar = (prev >= 48 && prev <= 57) || (prev >= 65 && prev <= 90) || (prev >= 97 && prev <= 122);
    return isWordChar && USER_AGENT.test(line);
  }
  // Only a word ending in n, r, e or d (version, ver, firmware, build) can make it a version.
  let k = start - 1;
  for (;;) {
    const c = b[o + k] as number;
    if (k > 0 && (c === 32 || c === 58 || c === 61 || c === 34 || c === 39)) k--;
    else break;
  }
  const last = (b[o + k] as number) | 0x20;
  if (last !== 110 && last !== 114 && last !== 101 && last !== 100) return false;
  return VERSION_BEFORE.test(line.slice(Math.max(0, start - 12), start));
}

function reverse4(a: number): number {
  return (((a & 255) << 24) | (((a >>> 8) & 255) << 16) | (((a >>> 16) & 255) << 8) | (a >>> 24)) >>> 0;
}

export function reverse4Octets(a: number): number {
  return reverse4(a);
}
