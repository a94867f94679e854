import { describe, expect, it } from 'vitest';
import { formatIPv6, parseIPv4, parseIPv6 } from '../../agent/stages/pseudonymize/ip/ip-address.js';

describe('parseIPv4', () => {
  it.each([
    ['0.0.0.0', 0],
    ['255.255.255.255', 0xffffffff],
    ['192.0.2.1', 0xc0000201],
    ['010.001.002.003', 0x0a010203],
  ])('parses %s', (s, n) => expect(parseIPv4(s)).toBe(n));

  it.each(['256.0.0.1', '1.2.3', '1.2.3.4.5', '1..2.3', '1.2.3.4 ', '0001.2.3.4', ''])('rejects %j', (s) => {
    expect(parseIPv4(s)).toBe(-1);
  });
});

describe('parseIPv6 and formatIPv6', () => {
  it.each([
    ['2001:db8::1', '2001:db8::1'],
    ['2001:0DB8:0000:0000:0000:0000:0000:0001', '2001:db8::1'],
    ['::', '::'],
    ['::1', '::1'],
    ['1::', '1::'],
    ['fe80::1:2', 'fe80::1:2'],
    ['::ffff:192.0.2.1', '::ffff:c000:201'],
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    ['1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8'],
  ])('parses %s (RFC 5952 form %s)', (s, canonical) => {
    const p = parseIPv6(s);
    expect(p).not.toBeNull();
    expect(formatIPv6(p!.bytes)).toBe(canonical);
  });

  it.each(['1:2:3:4:5:6:7:8:9', '1::2::3', ':1:2:3:4:5:6:7', '1:2:3:4:5:6:7:', '12345::1', '12:06:03', 'g::1', '::ffff:1.2.3'])(
    'rejects %j',
    (s) => expect(parseIPv6(s)).toBeNull(),
  );

  it('reproduces how the input was written: full form, upper case, dotted tail', () => {
    const full = parseIPv6('2A02:CF40:0000:0000:0000:0000:0000:0001')!;
    expect(full.style).toEqual({ upper: true, full: true, dottedTail: false });
    expect(formatIPv6(full.bytes, full.style)).toBe('2A02:CF40:0000:0000:0000:0000:0000:0001');
    const mapped = parseIPv6('::ffff:192.0.2.1')!;
    expect(formatIPv6(mapped.bytes, mapped.style)).toBe('::ffff:192.0.2.1');
  });
});
