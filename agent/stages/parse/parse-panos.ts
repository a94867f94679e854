import type { Draft } from './draft.js';
import { COLUMN_KEYS, MAX_COLUMNS, splitCsv } from './split-csv.js';

/**
 * PAN-OS syslog in the default CSV format (PAN-OS 8.x-11.x "Syslog Field
 * Descriptions"):
 *
 *     FUTURE_USE,Receive Time,Serial Number,Type,Subtype,FUTURE_USE,Generated Time,...
 *     1,2019/10/08 12:00:00,012345678901,TRAFFIC,end,2305,2019/10/08 12:00:00,...
 *
 * Recognised by that prefix: digits, a `YYYY/MM/DD` or ISO receive time, and a
 * known log type in column 3. Every column is kept under its index ("0".."n"),
 * plus `type` and `subtype`. For TRAFFIC and THREAT, whose first 31 columns
 * are the same in every release, the well-known ones also get names:
 *
 *      7 src         8 dst          9 natsrc      10 natdst     11 rule
 *     12 srcuser    13 dstuser     14 app         15 vsys       16 from (zone)
 *     17 to (zone)  18 inbound_if  19 outbound_if 22 sessionid  24 sport
 *     25 dport      26 natsport    27 natdport    29 proto      30 action
 *
 * Later columns differ between releases and types and stay index-only.
 */

const COMMA = 0x2c;
const LOG_TYPES = new Set([
  'TRAFFIC', 'THREAT', 'SYSTEM', 'CONFIG', 'GLOBALPROTECT', 'USERID', 'AUTHENTICATION', 'HIPMATCH',
  'CORRELATION', 'DECRYPTION', 'TUNNEL', 'GTP', 'SCTP', 'IPTAG', 'AUDIT',
]);
const TRAFFIC_THREAT_COLUMNS: ReadonlyArray<readonly [number, string]> = [
  [7, 'src'], [8, 'dst'], [9, 'natsrc'], [10, 'natdst'], [11, 'rule'], [12, 'srcuser'], [13, 'dstuser'],
  [14, 'app'], [15, 'vsys'], [16, 'from'], [17, 'to'], [18, 'inbound_if'], [19, 'outbound_if'],
  [22, 'sessionid'], [24, 'sport'], [25, 'dport'], [26, 'natsport'], [27, 'natdport'], [29, 'proto'],
  [30, 'action'],
];

function digit(line: string, i: number): boolean {
  const c = line.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** Recognises a PAN-OS CSV record at [b, end) and sets `d.fields`/`d.vendor`. */
export function parsePanos(line: string, b: number, end: number, d: Draft): boolean {
  let k = b;
  while (k < end && k - b < 12 && digit(line, k)) k++;
  if (k === b || line.charCodeAt(k) !== COMMA) return false;
  k++;
  if (!(digit(line, k) && digit(line, k + 1) && digit(line, k + 2) && digit(line, k + 3))) return false;
  const sep = line.charCodeAt(k + 4);
  if (sep !== 0x2f && sep !== 0x2d) return false;
  for (let n = 0; n < 2; n++) {
    const c = line.indexOf(',', k);
    if (c < 0 || c >= end || c - k > 64) return false;
    k = c + 1;
  }
  const c3 = line.indexOf(',', k);
  if (c3 < 0 || c3 >= end || c3 - k > 16) return false;
  const type = line.slice(k, c3);
  if (!LOG_TYPES.has(type)) return false;

  const cols = splitCsv(line, b, end, MAX_COLUMNS);
  const fields: Record<string, string> = {};
  for (let i = 0; i < cols.length; i++) fields[COLUMN_KEYS[i]!] = cols[i]!;
  fields.type = type;
  fields.subtype = cols[4] ?? '';
  if (type === 'TRAFFIC' || type === 'THREAT') {
    for (const [i, name] of TRAFFIC_THREAT_COLUMNS) {
      const v = cols[i];
      if (v !== undefined) fields[name] = v;
    }
  }
  d.fields = fields;
  d.vendor = 'panos';
  return true;
}
