import type { StructuredData } from '../../../shared/event.js';
import { CH, CHAR_CLASS } from './char-class.js';
import { setField } from './set-field.js';

/**
 * RFC 5424 §6.3 STRUCTURED-DATA:
 *
 *     SD-ELEMENT = "[" SD-ID *(SP SD-PARAM) "]"
 *     SD-PARAM   = PARAM-NAME "=" %d34 PARAM-VALUE %d34
 *
 * PARAM-VALUE escapes exactly `\"`, `\\` and `\]` (§6.3.3); "a backslash
 * followed by any other character ... MUST be treated as a regular backslash
 * character", so `\n` stays two characters. An unescaped ']' inside the quotes
 * is accepted as data, since the quotes already delimit the value.
 *
 * Elements are all-or-nothing: one that does not parse (Junos with U+201D
 * curly quotes instead of '"', Check Point's `[key:"value"; ...]`) is not put
 * into `sd`, and parsing stops there, so the caller can keep that text as the
 * MSG instead of losing it. A repeated SD-ID is merged into the first, and a
 * repeated PARAM-NAME keeps its last value (a `Record` holds one value).
 */
export interface SdOut {
  sd: StructuredData | undefined;
  /** Parsing stopped at a malformed element; its '[' is where the returned index points. */
  broken: boolean;
  /** An SD-ID (the broken one included) is Juniper's: enterprise number 2636, or `junos@`. */
  juniper: boolean;
}

const SP = 0x20;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const RBRACKET = 0x5d;
const LBRACKET = 0x5b;
const EQUALS = 0x3d;
/** RFC 5424 limits SD-NAME to 32 chars; senders exceed it, so only bound the scan. */
const MAX_NAME = 255;

function unescapeParamValue(line: string, from: number, to: number): string {
  let out = '';
  let run = from;
  for (let k = from; k < to; k++) {
    if (line.charCodeAt(k) !== BACKSLASH || k + 1 >= to) continue;
    const n = line.charCodeAt(k + 1);
    if (n === QUOTE || n === BACKSLASH || n === RBRACKET) {
      out += line.slice(run, k);
      run = k + 1;
      k++;
    }
  }
  return out + line.slice(run, to);
}

function isJuniperId(id: string): boolean {
  const at = id.indexOf('@');
  if (at < 0) return false;
  if (at === 5 && id.startsWith('junos')) return true;
  return id.startsWith('2636', at + 1) && (id.length === at + 5 || id.charCodeAt(at + 5) === 0x2e);
}

/**
 * Parses SD-ELEMENTs from p (which holds '['). Returns the index after the
 * last complete element: p itself when the first one is malformed.
 */
export function parseStructuredData(line: string, p: number, end: number, out: SdOut): number {
  out.sd = undefined;
  out.broken = false;
  out.juniper = false;
  let q = p;
  while (q < end && line.charCodeAt(q) === LBRACKET) {
    const start = q;
    let k = q + 1;
    while (k < end && k - q <= MAX_NAME && CHAR_CLASS[line.charCodeAt(k)]! & CH.SD_NAME) k++;
    if (k === q + 1) {
      out.broken = true;
      return start;
    }
    const id = line.slice(q + 1, k);
    if (isJuniperId(id)) out.juniper = true;
    const params: Record<string, string> = {};
    let closed = false;
    while (k < end) {
      const c = line.charCodeAt(k);
      if (c === RBRACKET) {
        closed = true;
        k++;
        break;
      }
      if (c !== SP) break;
      k++;
      const n0 = k;
      while (k < end && k - n0 < MAX_NAME && CHAR_CLASS[line.charCodeAt(k)]! & CH.SD_NAME) k++;
      if (k === n0 || line.charCodeAt(k) !== EQUALS || line.charCodeAt(k + 1) !== QUOTE) break;
      const name = line.slice(n0, k);
      k += 2;
      const v0 = k;
      let escaped = false;
      while (k < end) {
        const v = line.charCodeAt(k);
        if (v === QUOTE) break;
        if (v === BACKSLASH) {
          escaped = true;
          k += 2;
        } else {
          k++;
        }
      }
      if (k >= end) break; // unterminated value
      setField(params, name, escaped ? unescapeParamValue(line, v0, k) : line.slice(v0, k));
      k++;
    }
    if (!closed) {
      out.broken = true;
      return start;
    }
    const sd = out.sd ?? (out.sd = {});
    const prev = Object.hasOwn(sd, id) ? sd[id] : undefined;
    if (prev === undefined) {
      setField(sd, id, params);
    } else {
      for (const name of Object.keys(params)) setField(prev, name, params[name]!);
    }
    q = k;
  }
  return q;
}
