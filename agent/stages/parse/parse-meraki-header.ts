import { CH, CHAR_CLASS } from './char-class.js';
import type { Draft } from './draft.js';

/**
 * Cisco Meraki's syslog header, which borrows RFC 5424's `<PRI>1 ` and then
 * leaves it:
 *
 *     <134>1 1647479055.795119971 MX84 events type=vpn_connectivity_change ...
 *
 * i.e. Unix time with up to 9 fraction digits, the device name, and the log
 * category (events, flows, urls, ids-alerts, security_event, ...). The time
 * becomes ISO 8601 UTC with the sender's fraction digits, the category is the
 * `app`, and the rest is the message. Only tried after RFC 5424 failed.
 */

const SP = 0x20;
const DOT = 0x2e;

function digit(line: string, i: number): boolean {
  const c = line.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** Parses from the time at p. Returns where MSG starts, or -1 (with `d` untouched). */
export function parseMerakiHeader(line: string, p: number, end: number, d: Draft): number {
  let k = p;
  while (k < end && digit(line, k)) k++;
  if (k - p < 9 || k - p > 11 || line.charCodeAt(k) !== DOT) return -1;
  const f0 = ++k;
  while (k < end && digit(line, k)) k++;
  if (k === f0 || k - f0 > 9 || k >= end || line.charCodeAt(k) !== SP) return -1;
  const fracEnd = k;
  const h0 = ++k;
  while (k < end && CHAR_CLASS[line.charCodeAt(k)]! & CH.HOST) k++;
  if (k === h0 || k >= end || line.charCodeAt(k) !== SP) return -1;
  const hostEnd = k;
  const c0 = ++k;
  while (k < end && k - c0 <= 32) {
    const c = line.charCodeAt(k);
    if ((c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x2d) k++;
    else break;
  }
  if (k === c0 || (k < end && line.charCodeAt(k) !== SP)) return -1;
  const seconds = Number(line.slice(p, f0 - 1));
  d.time = new Date(seconds * 1000).toISOString().slice(0, 19) + '.' + line.slice(f0, fracEnd) + 'Z';
  d.host = line.slice(h0, hostEnd);
  d.app = line.slice(c0, k);
  return k < end ? k + 1 : end;
}
