import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createIpcryptPfx } from '../../agent/stages/pseudonymize/ip/ipcrypt-pfx.js';
import { createCryptoPan } from '../../agent/stages/pseudonymize/ip/crypto-pan.js';
import { formatIPv4, formatIPv6, parseIPv4 } from '../../agent/stages/pseudonymize/ip/ip-address.js';
import { createSanitizer } from '../../agent/stages/pseudonymize/index.js';
import { allAddresses, policyWith, testKeys } from './helpers.js';

const key = fc.uint8Array({ minLength: 32, maxLength: 32 }).filter((k) => Buffer.compare(k.subarray(0, 16), k.subarray(16)) !== 0);
const v4 = fc.integer({ min: 0, max: 0xffffffff });
const v6 = fc.uint8Array({ minLength: 16, maxLength: 16 }).filter((b) => !(b.subarray(0, 10).every((x) => x === 0) && b[10] === 0xff && b[11] === 0xff));

function commonPrefix4(a: number, b: number): number {
  const x = (a ^ b) >>> 0;
  return x === 0 ? 32 : Math.clz32(x);
}
function commonPrefix6(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < 16; i++) {
    const x = (a[i] as number) ^ (b[i] as number);
    if (x !== 0) return i * 8 + Math.clz32(x) - 24;
  }
  return 128;
}

describe.each([
  ['ipcrypt-pfx', createIpcryptPfx],
  ['Crypto-PAn', createCryptoPan],
] as const)('%s properties', (_name, create) => {
  it('preserves the common prefix length of any two IPv4 addresses', () => {
    fc.assert(
      fc.property(key, v4, v4, (k, a, b) => {
        const c = create(k);
        expect(commonPrefix4(c.encryptV4(a), c.encryptV4(b))).toBe(commonPrefix4(a, b));
      }),
      { numRuns: 200 },
    );
  });

  it('preserves the common prefix length of any two IPv6 addresses', () => {
    fc.assert(
      fc.property(key, v6, fc.integer({ min: 0, max: 127 }), (k, a, flip) => {
        const b = Uint8Array.from(a);
        b[flip >> 3] = (b[flip >> 3] as number) ^ (0x80 >> (flip & 7));
        const c = create(k);
        expect(commonPrefix6(c.encryptV6(a), c.encryptV6(b))).toBe(flip);
      }),
      { numRuns: 100 },
    );
  });

  it('is reversible with the key', () => {
    fc.assert(
      fc.property(key, v4, v6, (k, a, b) => {
        const c = create(k);
        expect(c.decryptV4(c.encryptV4(a))).toBe(a);
        expect(Buffer.from(c.decryptV6(c.encryptV6(b)))).toEqual(Buffer.from(b));
      }),
      { numRuns: 100 },
    );
  });
});

/** Ways logs write an address, and the text to look for afterwards. */
const addressInText = fc.oneof(
  v4.map((a) => ({ text: formatIPv4(a), find: formatIPv4(a) })),
  v4.map((a) => ({ text: `${formatIPv4(a)}:${a % 65536}`, find: formatIPv4(a) })),
  v4.map((a) => ({ text: `${formatIPv4(a)}/${(a % 60000) + 1024}`, find: formatIPv4(a) })), // ASA ip/port (not a CIDR)
  v4.map((a) => ({ text: `${formatIPv4(a)}#53`, find: formatIPv4(a) })),
  v6.map((b) => ({ text: formatIPv6(b), find: formatIPv6(b) })),
  v6.map((b) => ({ text: `[${formatIPv6(b)}]:443`, find: formatIPv6(b) })),
  v6.map((b) => ({ text: formatIPv6(b, { upper: true, full: true, dottedTail: false }), find: formatIPv6(b, { upper: true, full: true, dottedTail: false }) })),
  v6.map((b) => ({ text: `${formatIPv6(b)}%eth0`, find: formatIPv6(b) })),
  v4.map((a) => ({ text: `::ffff:${formatIPv4(a)}`, find: formatIPv4(a) })),
);
const filler = fc.constantFrom(' ', ' from ', ' src=', ' (', ') ', ', ', ' to outside:', '"', ' [', '] ', ' peer ', '\t');

describe('sanitize properties', () => {
  it('leaves no input address in the output, in any textual form', () => {
    const s = allAddresses();
    fc.assert(
      fc.property(fc.array(fc.tuple(filler, addressInText), { minLength: 1, maxLength: 6 }), (parts) => {
        const line = parts.map(([f, a]) => f + a.text).join('') + ' end';
        const out = s.sanitize(line);
        for (const [, a] of parts) {
          const re = new RegExp(`(?<![0-9A-Fa-f.:])${a.find.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![0-9A-Fa-f:]|\\.\\d)`);
          expect(out, `${line}\n${out}`).not.toMatch(re);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('gives an address the same pseudonym wherever it appears, within one key epoch', () => {
    fc.assert(
      fc.property(v4, fc.array(filler, { minLength: 2, maxLength: 5 }), (a, fillers) => {
        const s = createSanitizer({ keys: testKeys(), policy: policyWith({ ipKeep: [] }) });
        const t = formatIPv4(a);
        const outs = fillers.map((f) => s.sanitize(`x${f}${t} y`).slice(1 + f.length).split(' ')[0]);
        expect(new Set(outs).size).toBe(1);
        expect(parseIPv4(outs[0] as string)).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws and keeps the line count on arbitrary bytes', () => {
    const s = createSanitizer({ keys: testKeys() });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const line = Buffer.from(bytes).toString('latin1');
        const out = s.sanitize(line);
        expect(typeof out).toBe('string');
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on strings built from log-like fragments', () => {
    const s = createSanitizer({ keys: testKeys() });
    const frag = fc.constantFrom('password', '=', ' ', ':', '::', '.', '1', '255', 'user', '"', "'", '@', 'example.com', '\\', '[', ']', 'ff', '-----BEGIN RSA PRIVATE KEY-----', 'MIIEvQ', 'eyJhbGciOiJIUzI1NiJ9', 'community', '://', '%', 'Failed password for ', ' from ');
    fc.assert(
      fc.property(fc.array(frag, { maxLength: 60 }), (parts) => {
        expect(typeof s.sanitize(parts.join(''))).toBe('string');
      }),
      { numRuns: 2000 },
    );
  });
});
