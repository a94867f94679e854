import { CH, CHAR_CLASS } from './char-class.js';
import type { Draft } from './draft.js';
import { setField } from './set-field.js';

/**
 * ArcSight Common Event Format (CEF), "Implementing ArcSight CEF" rev. 25:
 *
 *     CEF:Version|Device Vendor|Device Product|Device Version|Signature ID|Name|Severity|Extension
 *
 * In the seven header fields `\|` and `\\` are escapes. The Extension is
 * `key=value` pairs separated by spaces, where a value may itself contain
 * spaces: it runs until the next ` key=` whose '=' is not escaped (`\=`).
 * In values `\=` and `\\` are unescaped; `\n`/`\r` (encoded line breaks) are
 * left as written, so a field stays one line. Trailing spaces of a value are
 * separator padding and dropped.
 *
 * Fields: cef_version, device_vendor, device_product, device_version,
 * signature_id, name, cef_severity, then every extension key (an extension key
 * equal to a header name overwrites it). Fewer than seven unescaped '|': not CEF.
 */

const SP = 0x20;
const PIPE = 0x7c;
const EQUALS = 0x3d;
const BACKSLASH = 0x5c;
const HEADER = ['cef_version', 'device_vendor', 'device_product', 'device_version', 'signature_id', 'name', 'cef_severity'];
const MAX_FIELDS = 1024;

/** Unescapes `\a` and `\b` (char codes) in [from, to); any other backslash stays. */
function unescape(line: string, from: number, to: number, a: number, b: number): string {
  let out = '';
  let run = from;
  for (let k = from; k < to - 1; k++) {
    if (line.charCodeAt(k) !== BACKSLASH) continue;
    const n = line.charCodeAt(k + 1);
    if (n === a || n === b) {
      out += line.slice(run, k);
      run = k + 1;
    }
    k++;
  }
  return out + line.slice(run, to);
}

function isKeyChar(line: string, i: number): boolean {
  return (CHAR_CLASS[line.charCodeAt(i)]! & CH.CEF_KEY) !== 0;
}

/** Recognises `CEF:...` at b and sets `d.fields`/`d.vendor`. */
export function parseCef(line: string, b: number, end: number, d: Draft): boolean {
  const fields: Record<string, string> = {};
  let q = b + 4;
  for (let i = 0; i < HEADER.length; i++) {
    const s = q;
    let escaped = false;
    while (q < end) {
      const c = line.charCodeAt(q);
      if (c === PIPE) break;
      if (c === BACKSLASH) {
        escaped = true;
        q += 2;
      } else {
        q++;
      }
    }
    if (q >= end) return false;
    fields[HEADER[i]!] = escaped ? unescape(line, s, q, PIPE, BACKSLASH) : line.slice(s, q);
    q++;
  }

  let count = 0;
  while (q < end && line.charCodeAt(q) === SP) q++;
  while (q < end) {
    const k0 = q;
    while (q < end && isKeyChar(line, q)) q++;
    if (q === k0 || q >= end || line.charCodeAt(q) !== EQUALS) {
      // Not a key: skip this word (garbage before the first pair, or junk).
      while (q < end && line.charCodeAt(q) !== SP) q++;
      while (q < end && line.charCodeAt(q) === SP) q++;
      continue;
    }
    const key = line.slice(k0, q);
    const v0 = ++q;
    let vEnd = end;
    let next = end;
    let escaped = false;
    // The value ends before the next " key=": each char is looked at a bounded
    // number of times, so this stays linear on 1 MiB inputs.
    let j = q;
    while (j < end) {
      const c = line.charCodeAt(j);
      if (c === BACKSLASH) {
        escaped = true;
        j += 2;
        continue;
      }
      if (c !== SP) {
        j++;
        continue;
      }
      let m = j + 1;
      while (m < end && line.charCodeAt(m) === SP) m++;
      let k = m;
      while (k < end && isKeyChar(line, k)) k++;
      if (k > m && k < end && line.charCodeAt(k) === EQUALS) {
        vEnd = j;
        next = m;
        break;
      }
      j = k > m ? k : m;
    }
    if (vEnd > end) vEnd = end;
    while (vEnd > v0 && line.charCodeAt(vEnd - 1) === SP) vEnd--;
    if (count++ < MAX_FIELDS) {
      setField(fields, key, escaped ? unescape(line, v0, vEnd, EQUALS, BACKSLASH) : line.slice(v0, vEnd));
    }
    q = next;
  }
  d.fields = fields;
  d.vendor = 'cef';
  return true;
}
