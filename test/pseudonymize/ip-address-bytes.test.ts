import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseIPv4, parseIPv4Bytes, parseIPv6, parseIPv6Bytes } from '../../agent/stages/pseudonymize/ip/ip-address.js';

// The address scanner parses from a line's bytes with the *Bytes twins; they must agree with
// the string parsers everywhere (chars >= 256 reach the scanner as 0x80).
const addressish = fc.array(fc.constantFrom('0', '1', '9', '25', '255', '256', '010', '.', ':', '::', 'a', 'F', 'ffff', 'g', 'x', '%', '/', ' ', '\u00e9', '\u0130'), { maxLength: 16 }).map((p) => p.join(''));

function bytesOf(s: string): Buffer {
  const b = Buffer.from(`#${s}#`, 'latin1');
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 255) b[i + 1] = 0x80;
  return b;
}

describe('byte-string address parsers', () => {
  it('agree with parseIPv4 and parseIPv6 on address-like text', () => {
    fc.assert(
      fc.property(addressish, (s) => {
        const b = bytesOf(s);
        expect(parseIPv4Bytes(b, 1, s.length + 1)).toBe(parseIPv4(s));
        const six = parseIPv6(s);
        const sixB = parseIPv6Bytes(b, 1, s.length + 1);
        expect(sixB === null ? null : { bytes: Buffer.from(sixB.bytes), style: sixB.style }).toEqual(six === null ? null : { bytes: Buffer.from(six.bytes), style: six.style });
      }),
      { numRuns: 5000 },
    );
  });
});
