import type { Draft } from './draft.js';
import { parseCef } from './parse-cef.js';
import { parseCiscoTag } from './parse-cisco-tag.js';
import { parseFilterlog } from './parse-filterlog.js';
import { parseKeyValues } from './parse-key-values.js';
import { parsePanos } from './parse-panos.js';

/**
 * Recognises a vendor body at [b, end) (the MSG, after the syslog header has
 * been parsed) and fills `d.fields`/`d.vendor`. The MSG itself is left as it
 * is: fields are a parsed view of it, not a replacement.
 *
 * Order, most specific first, each test cheap before anything is allocated:
 * `CEF:` prefix; Cisco `%FAC-SEV-MNEMONIC:`; a line starting with a digit as
 * PAN-OS CSV, then pfSense filterlog CSV; anything containing '=' as key=value.
 * `rfc5424`: the header came from RFC 5424, whose APP-NAME and MSGID a Cisco
 * tag must not replace.
 */
export function parseVendorBody(line: string, b: number, end: number, d: Draft, rfc5424 = false): boolean {
  if (b >= end) return false;
  const c = line.charCodeAt(b);
  if (c === 0x43 /* C */ && line.startsWith('CEF:', b) && parseCef(line, b, end, d)) return true;
  if (c === 0x25 /* % */) return parseCiscoTag(line, b, end, d, undefined, undefined, rfc5424) >= 0;
  if (c >= 48 && c <= 57) {
    if (parsePanos(line, b, end, d)) return true;
    if (parseFilterlog(line, b, end, d)) return true;
  }
  const eq = line.indexOf('=', b);
  return eq >= 0 && eq < end && parseKeyValues(line, b, end, d);
}
