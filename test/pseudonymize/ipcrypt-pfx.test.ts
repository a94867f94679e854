import { describe, expect, it } from 'vitest';
import { createIpcryptPfx } from '../../agent/stages/pseudonymize/ip/ipcrypt-pfx.js';
import { formatIPv4, formatIPv6, parseIPv4, parseIPv6 } from '../../agent/stages/pseudonymize/ip/ip-address.js';
import { VECTOR_KEY } from './helpers.js';

const cipher = createIpcryptPfx(VECTOR_KEY);
const enc = (a: string): string => {
  const v4 = parseIPv4(a);
  if (v4 >= 0) return formatIPv4(cipher.encryptV4(v4));
  return formatIPv6(cipher.encryptV6(parseIPv6(a)!.bytes));
};
const dec = (a: string): string => {
  const v4 = parseIPv4(a);
  if (v4 >= 0) return formatIPv4(cipher.decryptV4(v4));
  return formatIPv6(cipher.decryptV6(parseIPv6(a)!.bytes));
};

describe('ipcrypt-pfx', () => {
  it.each([
    ['0.0.0.0', '151.82.155.134'],
    ['255.255.255.255', '94.185.169.89'],
    ['192.0.2.1', '100.115.72.131'],
    ['2001:db8::1', 'c180:5dd4:2587:3524:30ab:fa65:6ab6:f88'],
  ])('reproduces the published vector %s -> %s', (input, expected) => {
    expect(enc(input)).toBe(expected);
  });

  it.each([['151.82.155.134'], ['94.185.169.89'], ['100.115.72.131'], ['c180:5dd4:2587:3524:30ab:fa65:6ab6:f88']])(
    'decrypts %s back to the vector input',
    (c) => {
      expect(enc(dec(c))).toBe(c);
    },
  );

  it('treats an IPv4-mapped IPv6 address like the IPv4 address (draft 3.1.2)', () => {
    const mapped = cipher.encryptV6(parseIPv6('::ffff:192.0.2.1')!.bytes);
    expect(formatIPv6(mapped, { upper: false, full: false, dottedTail: true })).toBe('::ffff:100.115.72.131');
  });

  it('refuses a key whose two halves are equal (draft 6.2.2)', () => {
    expect(() => createIpcryptPfx(Buffer.alloc(32, 5))).toThrow(/halves must differ/);
  });

  it('refuses a key of the wrong size', () => {
    expect(() => createIpcryptPfx(Buffer.alloc(16, 5))).toThrow(/32-byte/);
  });
});
