import type { Draft } from './draft.js';
import { COLUMN_KEYS, MAX_COLUMNS, splitCsv } from './split-csv.js';

/**
 * pfSense `filterlog` CSV (pfSense 2.2+, "Filter Log Format" in the pfSense
 * docs), the body of `filterlog[123]: ...` lines:
 *
 *     rule,subrule,anchor,tracker,interface,reason,action,direction,ipversion,
 *     IPv4: tos,ecn,ttl,id,offset,flags,protoid,proto,length,src,dst,
 *     IPv6: class,flowlabel,hoplimit,proto,protoid,length,src,dst,
 *     then for tcp: srcport,dstport,datalen,tcpflags,seq,ack,window,urg,options
 *          for udp: srcport,dstport,datalen
 *
 * Recognised by its shape (action pass/block/reject, direction in/out, IP
 * version 4/6 in columns 6-8), not by the TAG, so lines that lost their TAG
 * on the way still parse. Named columns get their name only; columns we do
 * not name (ICMP, CARP and other protocol tails) keep their index.
 */

const COMMA = 0x2c;
const BASE = ['rule', 'subrule', 'anchor', 'tracker', 'interface', 'reason', 'action', 'direction', 'ipversion'];
const IPV4 = ['tos', 'ecn', 'ttl', 'id', 'offset', 'flags', 'protoid', 'proto', 'length', 'src', 'dst'];
const IPV6 = ['class', 'flowlabel', 'hoplimit', 'proto', 'protoid', 'length', 'src', 'dst'];
const TCP = ['srcport', 'dstport', 'datalen', 'tcpflags', 'seq', 'ack', 'window', 'urg', 'options'];
const UDP = ['srcport', 'dstport', 'datalen'];

/** Field [s, e) equals `word`. */
function is(line: string, s: number, e: number, word: string): boolean {
  return e - s === word.length && line.startsWith(word, s);
}

const starts = new Int32Array(10);

/** Recognises a filterlog record at [b, end) and sets `d.fields`/`d.vendor`. */
export function parseFilterlog(line: string, b: number, end: number, d: Draft): boolean {
  // Cheap shape test on the first 9 columns before splitting the line.
  const limit = end < b + 256 ? end : b + 256;
  let n = 0;
  starts[0] = b;
  for (let k = b; k < limit && n < 9; k++) {
    if (line.charCodeAt(k) === COMMA) starts[++n] = k + 1;
  }
  if (n < 9) return false;
  const a = starts[6]!;
  const dir = starts[7]!;
  const ver = starts[8]!;
  const next = starts[9]!;
  if (!(is(line, a, dir - 1, 'pass') || is(line, a, dir - 1, 'block') || is(line, a, dir - 1, 'reject'))) return false;
  if (!(is(line, dir, ver - 1, 'in') || is(line, dir, ver - 1, 'out'))) return false;
  if (!(is(line, ver, next - 1, '4') || is(line, ver, next - 1, '6'))) return false;

  const cols = splitCsv(line, b, end, MAX_COLUMNS);
  const ip = cols[8] === '4' ? IPV4 : IPV6;
  const protoAt = 9 + ip.indexOf('proto');
  const tailAt = 9 + ip.length;
  const proto = cols[protoAt]?.toLowerCase();
  const tail = proto === 'tcp' ? TCP : proto === 'udp' ? UDP : undefined;
  const fields: Record<string, string> = {};
  for (let i = 0; i < cols.length; i++) {
    const name = i < 9 ? BASE[i] : i < tailAt ? ip[i - 9] : tail?.[i - tailAt];
    fields[name ?? COLUMN_KEYS[i]!] = cols[i]!;
  }
  d.fields = fields;
  d.vendor = 'pfsense-filterlog';
  return true;
}
