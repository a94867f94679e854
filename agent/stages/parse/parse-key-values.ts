import { CH, CHAR_CLASS } from './char-class.js';
import type { Draft } from './draft.js';
import { setField } from './set-field.js';

/**
 * `key=value` bodies: FortiGate (`devname="FGT" logid="0100032001" ...`),
 * SonicWall, Sophos, Meraki (`radio='1'`), netfilter (`SRC=... DST=...`).
 *
 * A value is double- or single-quoted (up to the matching quote; `\"` and
 * `\\` are escapes, as FortiGate writes them; unterminated: to the end of the
 * line) or bare (up to the next space). Keys are letters, digits, '_', '-',
 * '.'. Words that are not pairs (netfilter's `DF`, Meraki's category) are
 * skipped and counted.
 *
 * It is a kv body when it has at least 3 pairs and no more other words than
 * pairs: "user=bob logged in" is prose that happens to contain '='. It is
 * `fortigate` when a key is `devid`, `logid` or `devname` (present in every
 * FortiOS log), else `kv`. A repeated key keeps its last value; at most
 * MAX_FIELDS pairs are stored (the message keeps them all anyway).
 */

const SP = 0x20;
const TAB = 0x09;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const BACKSLASH = 0x5c;
const MAX_KEY = 128;
const MAX_FIELDS = 1024;

function unescapeQuoted(line: string, from: number, to: number, quote: number): string {
  let out = '';
  let run = from;
  for (let k = from; k < to - 1; k++) {
    if (line.charCodeAt(k) !== BACKSLASH) continue;
    const n = line.charCodeAt(k + 1);
    if (n === quote || n === BACKSLASH) {
      out += line.slice(run, k);
      run = k + 1;
      k++;
    }
  }
  return out + line.slice(run, to);
}

/**
 * Pair offsets of the current body: key start, key end, value start, value
 * end, and the quote char when the value had escapes (else 0). Collected
 * first so that a body that turns out to be prose costs no object and no
 * strings.
 */
const spans = new Int32Array(MAX_FIELDS * 5);

/** Recognises a key=value body at [b, end) and sets `d.fields`/`d.vendor`. */
export function parseKeyValues(line: string, b: number, end: number, d: Draft): boolean {
  let pairs = 0;
  let others = 0;
  let q = b;
  while (q < end) {
    const c = line.charCodeAt(q);
    if (c === SP || c === TAB) {
      q++;
      continue;
    }
    const k0 = q;
    while (q < end && q - k0 < MAX_KEY && CHAR_CLASS[line.charCodeAt(q)]! & CH.KV_KEY) q++;
    if (q > k0 && q < end && line.charCodeAt(q) === EQUALS) {
      const k1 = q;
      q++;
      const v = q < end ? line.charCodeAt(q) : -1;
      let v0 = q;
      let v1: number;
      let escape = 0;
      if (v === QUOTE || v === APOSTROPHE) {
        let k = q + 1;
        while (k < end) {
          const ch = line.charCodeAt(k);
          if (ch === v) break;
          if (ch === BACKSLASH) {
            escape = v;
            k += 2;
          } else {
            k++;
          }
        }
        if (k > end) k = end;
        v0 = q + 1;
        v1 = k;
        q = k < end ? k + 1 : end;
      } else {
        let k = q;
        while (k < end) {
          const ch = line.charCodeAt(k);
          if (ch === SP || ch === TAB) break;
          k++;
        }
        v1 = k;
        q = k;
      }
      if (pairs < MAX_FIELDS) {
        const o = pairs * 5;
        spans[o] = k0;
        spans[o + 1] = k1;
        spans[o + 2] = v0;
        spans[o + 3] = v1;
        spans[o + 4] = escape;
      }
      pairs++;
    } else {
      others++;
      while (q < end) {
        const ch = line.charCodeAt(q);
        if (ch === SP || ch === TAB) break;
        q++;
      }
    }
  }
  if (pairs < 3 || pairs < others) return false;

  const fields: Record<string, string> = {};
  let fortigate = false;
  const n = pairs < MAX_FIELDS ? pairs : MAX_FIELDS;
  for (let i = 0; i < n * 5; i += 5) {
    const key = line.slice(spans[i]!, spans[i + 1]!);
    const escape = spans[i + 4]!;
    const v0 = spans[i + 2]!;
    const v1 = spans[i + 3]!;
    setField(fields, key, escape === 0 ? line.slice(v0, v1) : unescapeQuoted(line, v0, v1, escape));
    if (!fortigate && (key === 'devid' || key === 'logid' || key === 'devname')) fortigate = true;
  }
  d.fields = fields;
  d.vendor = fortigate ? 'fortigate' : 'kv';
  return true;
}
