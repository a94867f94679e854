/**
 * ipcrypt-pfx, the prefix-preserving mode of draft-denis-ipcrypt (section 6.2,
 * pseudocode in section 9.6). Interoperable with Vector's
 * `encrypt_ip(ip, key, "pfx")`, ClickHouse, PowerDNS and libsodium.
 *
 * The 32-byte key is split into K1 || K2 (the halves MUST differ, 6.2.2). For
 * each bit position, from the most significant down, the PRF input is the
 * "padded prefix" `zeros || 1 || prefix_bits` (the prefix right-aligned, a
 * delimiter bit above it), the PRF is AES128(K1, p) XOR AES128(K2, p), and its
 * least significant bit is XORed into the address bit. IPv4 is processed as the
 * IPv4-mapped IPv6 address starting at bit 96, which both keeps it IPv4 and
 * separates it from the first 32 bits of an IPv6 address.
 *
 * Encryption knows every prefix in advance, so all 32 (or 128) PRF inputs go
 * through one `cipher.update` per key: the per-call overhead of OpenSSL
 * dominates single-block AES in Node (research/perf-baseline.md section 4).
 * Decryption needs bit i before it can build input i + 1, so it is sequential;
 * it runs only for authorised re-identification and query filters.
 */
import { createCipheriv, type Cipher } from 'node:crypto';
import { type IpCipher, bitAt, setBit } from './ip-cipher.js';
import { isV4Mapped, mappedToV4, v4ToMapped } from './ip-address.js';

export function createIpcryptPfx(key: Uint8Array): IpCipher {
  if (key.length !== 32) throw new RangeError('ipcrypt-pfx needs a 32-byte key');
  const k1 = key.subarray(0, 16);
  const k2 = key.subarray(16, 32);
  if (Buffer.compare(k1, k2) === 0) throw new RangeError('ipcrypt-pfx key halves must differ (draft-denis-ipcrypt 6.2.2)');
  const c1 = ecb(k1);
  const c2 = ecb(k2);
  const blocks = Buffer.alloc(128 * 16);

  function encrypt16(input: Uint8Array): Uint8Array {
    const start = isV4Mapped(input) ? 96 : 0;
    const steps = 128 - start;
    const out = new Uint8Array(16);
    if (start === 96) {
      out[10] = 0xff;
      out[11] = 0xff;
    }
    // padded_prefix for prefix length `start`, then shift in one input bit per step.
    const p = padPrefix(start);
    for (let k = 0; k < steps; k++) {
      blocks.set(p, k * 16);
      shiftLeftInsert(p, bitAt(input, start + k));
    }
    const used = blocks.subarray(0, steps * 16);
    const e1 = c1.update(used);
    const e2 = c2.update(used);
    for (let k = 0; k < steps; k++) {
      const at = k * 16 + 15;
      const prf = ((e1[at] as number) ^ (e2[at] as number)) & 1;
      setBit(out, start + k, prf ^ bitAt(input, start + k));
    }
    return out;
  }

  function decrypt16(input: Uint8Array): Uint8Array {
    const start = isV4Mapped(input) ? 96 : 0;
    const out = new Uint8Array(16);
    if (start === 96) {
      out[10] = 0xff;
      out[11] = 0xff;
    }
    const p = padPrefix(start);
    for (let i = start; i < 128; i++) {
      const e1 = c1.update(p);
      const e2 = c2.update(p);
      const bit = (((e1[15] as number) ^ (e2[15] as number)) & 1) ^ bitAt(input, i);
      setBit(out, i, bit);
      shiftLeftInsert(p, bit);
    }
    return out;
  }

  /**
   * IPv4 fast path: the same computation as encrypt16 on ::ffff:a.b.c.d, with each padded
   * prefix written as four 32-bit words. For step k (prefix length 96 + k) the block is
   * 2^(96+k) + (0xffff << k) + (addr >>> (32 - k)): the delimiter bit, the mapped prefix's
   * sixteen ones, and the first k bits of the address.
   */
  function encryptV4(addr: number): number {
    for (let k = 0; k < 32; k++) {
      const at = k * 16;
      const low = 0xffff * 2 ** k + (k === 0 ? 0 : addr >>> (32 - k));
      blocks.writeUInt32BE((1 << k) >>> 0, at);
      blocks.writeUInt32BE(0, at + 4);
      blocks.writeUInt32BE(Math.floor(low / 0x100000000), at + 8);
      blocks.writeUInt32BE(low >>> 0, at + 12);
    }
    const used = blocks.subarray(0, 32 * 16);
    const e1 = c1.update(used);
    const e2 = c2.update(used);
    let prf = 0;
    for (let k = 0; k < 32; k++) prf |= (((e1[k * 16 + 15] as number) ^ (e2[k * 16 + 15] as number)) & 1) << (31 - k);
    return (addr ^ prf) >>> 0;
  }

  return {
    algorithm: 'ipcrypt-pfx',
    encryptV4,
    decryptV4: (addr) => mappedToV4(decrypt16(v4ToMapped(addr))),
    encryptV6: encrypt16,
    decryptV6: decrypt16,
  };
}

function ecb(key: Uint8Array): Cipher {
  const c = createCipheriv('aes-128-ecb', key, null);
  c.setAutoPadding(false);
  return c;
}

/** pad_prefix() of section 9.6.3: only prefix lengths 0 (IPv6) and 96 (IPv4-mapped) occur. */
function padPrefix(start: number): Uint8Array {
  const p = new Uint8Array(16);
  if (start === 0) {
    p[15] = 0x01;
  } else {
    p[3] = 0x01; // delimiter at bit position 96
    p[14] = 0xff; // the 96-bit prefix 0^80 || 1^16 of ::ffff:0:0/96
    p[15] = 0xff;
  }
  return p;
}

function shiftLeftInsert(p: Uint8Array, bit: number): void {
  for (let i = 0; i < 15; i++) p[i] = (((p[i] as number) << 1) | ((p[i + 1] as number) >> 7)) & 0xff;
  p[15] = (((p[15] as number) << 1) | bit) & 0xff;
}
