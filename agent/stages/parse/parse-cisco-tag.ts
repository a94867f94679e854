import { CH, CHAR_CLASS } from './char-class.js';
import type { Draft } from './draft.js';

/**
 * Cisco's message tag `%FACILITY[-SUBFACILITY]-SEVERITY-MNEMONIC:` (IOS, IOS-XE,
 * IOS-XR, NX-OS, ASA, FTD, PIX), e.g. `%SYS-5-CONFIG_I:`, `%ASA-6-302013:`,
 * `%ACL-IPV4_ACL-6-IPACCESSLOGP :` (IOS-XR puts a space before the colon),
 * `%FTD-auth-6-113039:` / `%ASA-session-3-106102:` (message class in the middle).
 *
 * Mapping into the event:
 *   app      = FACILITY (`ASA`, `SYS`): the subsystem that logged, as TAG would be;
 *   msgid    = MNEMONIC (`302013`, `CONFIG_I`): RFC 5424 §6.2.7 "type of message";
 *              (both replace an RFC 3164 TAG, which is only the program name a
 *              relay saw, but never an RFC 5424 APP-NAME/MSGID the sender set);
 *   severity = SEVERITY, only when the line had no PRI (PRI is what the sender
 *              meant for syslog; the two normally agree);
 *   vendor   = 'cisco';
 *   fields   = facility, severity (the digit), mnemonic, and when present
 *              subfacility, seq (the first sequence number of the IOS preamble),
 *              clock ('unsynced' for a `*` before the time: not authoritative;
 *              'ntp-lost' for `.`: authoritative but NTP not synchronised).
 * The `%...:` tag stays at the start of `msg`: it is the first thing of the
 * message body, which Cisco documents as `%FAC-SEV-MNEMONIC: description`.
 */

const DASH = 0x2d;
const UNDERSCORE = 0x5f;
const COLON = 0x3a;
const SP = 0x20;
const MAX_TAG = 128;

/**
 * Parses a tag at p (which holds '%') and applies it to `d`. Returns the index
 * after its ':', or -1 (and leaves `d` alone) when there is no tag.
 */
export function parseCiscoTag(
  line: string,
  p: number,
  end: number,
  d: Draft,
  seq: string | undefined,
  clock: string | undefined,
  keepHeader = false,
): number {
  let q = p + 1;
  let first = -1;
  let prev = -1;
  let last = -1;
  while (q < end && q - p <= MAX_TAG) {
    const c = line.charCodeAt(q);
    if (c === DASH) {
      if (q === p + 1 || q - 1 === last) return -1;
      if (first < 0) first = q;
      prev = last;
      last = q;
    } else if (!(CHAR_CLASS[c]! & (CH.ALPHA | CH.DIGIT)) && c !== UNDERSCORE) {
      break;
    }
    q++;
  }
  if (prev < 0 || last === q - 1) return -1;
  const sev = line.charCodeAt(prev + 1) - 48;
  if (last - prev !== 2 || sev < 0 || sev > 7) return -1;
  let e = q;
  if (e + 1 < end && line.charCodeAt(e) === SP && line.charCodeAt(e + 1) === COLON) e++;
  if (e >= end || line.charCodeAt(e) !== COLON) return -1;

  const facility = line.slice(p + 1, first);
  const mnemonic = line.slice(last + 1, q);
  const fields: Record<string, string> = { facility, severity: String(sev), mnemonic };
  if (first !== prev) fields.subfacility = line.slice(first + 1, prev);
  if (seq !== undefined) fields.seq = seq;
  if (clock !== undefined) fields.clock = clock;
  if (!keepHeader || d.app === undefined) d.app = facility;
  if (!keepHeader || d.msgid === undefined) d.msgid = mnemonic;
  if (d.severity < 0) d.severity = sev;
  d.vendor = 'cisco';
  d.fields = fields;
  return e + 1;
}
