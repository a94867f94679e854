import { describe, expect, it } from 'vitest';
import { createCryptoPan } from '../../agent/stages/pseudonymize/ip/crypto-pan.js';
import { formatIPv4, formatIPv6, parseIPv4, parseIPv6 } from '../../agent/stages/pseudonymize/ip/ip-address.js';

/** The key of the Crypto-PAn reference implementation's sample. */
const REFERENCE_KEY = Buffer.from([
  21, 34, 23, 141, 51, 164, 207, 128, 19, 10, 91, 22, 73, 144, 125, 16, 216, 152, 143, 131, 121, 121, 101, 39, 98, 87, 76, 45, 42, 132, 34, 2,
]);
const cipher = createCryptoPan(REFERENCE_KEY);

describe('Crypto-PAn', () => {
  it.each([
    ['128.11.68.132', '135.242.180.132'],
    ['129.118.74.4', '134.136.186.123'],
  ])('reproduces the reference sample %s -> %s', (input, expected) => {
    expect(formatIPv4(cipher.encryptV4(parseIPv4(input)))).toBe(expected);
    expect(formatIPv4(cipher.decryptV4(parseIPv4(expected)))).toBe(input);
  });

  it('round-trips IPv6 over 128 bits', () => {
    const a = parseIPv6('2001:db8:85a3::8a2e:370:7334')!.bytes;
    const e = cipher.encryptV6(a);
    expect(formatIPv6(e)).not.toBe('2001:db8:85a3::8a2e:370:7334');
    expect(formatIPv6(cipher.decryptV6(e))).toBe('2001:db8:85a3::8a2e:370:7334');
  });

  it('pseudonymizes an IPv4-mapped address as its IPv4 address', () => {
    const e = cipher.encryptV6(parseIPv6('::ffff:128.11.68.132')!.bytes);
    expect(formatIPv6(e, { upper: false, full: false, dottedTail: true })).toBe('::ffff:135.242.180.132');
  });
});
