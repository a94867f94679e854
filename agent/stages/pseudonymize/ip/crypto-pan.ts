/**
 * Crypto-PAn (Fan, Xu, Ammar, Moon: "Prefix-preserving IP address
 * anonymization", Computer Networks 46(2), 2004), the alternative to
 * ipcrypt-pfx for sites whose existing tooling speaks Crypto-PAn.
 *
 * The 32-byte key is an AES-128 key followed by 16 bytes that, encrypted under
 * it, give the padding block. For bit i, the PRF input is the first i bits of
 * the address followed by the remaining bits of the padding block; the most
 * significant bit of AES(input) is XORed into address bit i. This reproduces the
 * reference implementation byte for byte for IPv4; IPv6 applies the same
 * construction over 128 bits (as yacryptopan does); the reference has no IPv6.
 * IPv4-mapped IPv6 input is pseudonymized as its IPv4 address.
 */
import { createCipheriv, type Cipher } from 'node:crypto';
import { type IpCipher, bitAt, setBit } from './ip-cipher.js';
import { isV4Mapped, mappedToV4, v4ToMapped } from './ip-address.js';

export function createCryptoPan(key: Uint8Array): IpCipher {
  if (key.length !== 32) throw new RangeError('Crypto-PAn needs a 32-byte key');
  const aes = ecb(key.subarray(0, 16));
  const pad = new Uint8Array(aes.update(key.subarray(16, 32)));
  const blocks = Buffer.alloc(128 * 16);

  /** The PRF input for bit `pos` of a `bits`-wide address held in the first bytes of `addr`. */
  function fillInput(dst: Uint8Array, at: number, addr: Uint8Array, pos: number): void {
    dst.set(pad, at);
    const whole = pos >> 3;
    for (let i = 0; i < whole; i++) dst[at + i] = addr[i] as number;
    const rem = pos & 7;
    if (rem) {
      const keep = (0xff << (8 - rem)) & 0xff;
      dst[at + whole] = ((addr[whole] as number) & keep) | ((pad[whole] as number) & ~keep & 0xff);
    }
  }

  function encryptBits(addr: Uint8Array, bits: number): Uint8Array {
    for (let pos = 0; pos < bits; pos++) fillInput(blocks, pos * 16, addr, pos);
    const e = aes.update(blocks.subarray(0, bits * 16));
    const out = new Uint8Array(addr.length);
    for (let pos = 0; pos < bits; pos++) setBit(out, pos, ((e[pos * 16] as number) >> 7) ^ bitAt(addr, pos));
    return out;
  }

  function decryptBits(addr: Uint8Array, bits: number): Uint8Array {
    const out = new Uint8Array(addr.length);
    const block = new Uint8Array(16);
    for (let pos = 0; pos < bits; pos++) {
      fillInput(block, 0, out, pos);
      const e = aes.update(block);
      setBit(out, pos, ((e[0] as number) >> 7) ^ bitAt(addr, pos));
    }
    return out;
  }

  const v4 = (n: number): Uint8Array => new Uint8Array([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]);
  const n4 = (b: Uint8Array): number =>
    (((b[0] as number) << 24) | ((b[1] as number) << 16) | ((b[2] as number) << 8) | (b[3] as number)) >>> 0;

  return {
    algorithm: 'cryptopan',
    encryptV4: (addr) => n4(encryptBits(v4(addr), 32)),
    decryptV4: (addr) => n4(decryptBits(v4(addr), 32)),
    encryptV6: (addr) =>
      isV4Mapped(addr) ? v4ToMapped(n4(encryptBits(addr.subarray(12), 32))) : encryptBits(addr, 128),
    decryptV6: (addr) =>
      isV4Mapped(addr) ? v4ToMapped(n4(decryptBits(addr.subarray(12), 32))) : decryptBits(addr, 128),
  };
}

function ecb(key: Uint8Array): Cipher {
  const c = createCipheriv('aes-128-ecb', key, null);
  c.setAutoPadding(false);
  return c;
}
