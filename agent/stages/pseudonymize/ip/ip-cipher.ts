/**
 * A keyed, prefix-preserving permutation of the IPv4 and IPv6 address spaces.
 *
 * Both algorithms we ship (ipcrypt-pfx, Crypto-PAn) have the same shape: bit i
 * of the output is bit i of the input XOR a pseudorandom bit computed from the
 * input's first i bits. So two addresses that share an n-bit prefix give
 * pseudonyms that share an n-bit prefix, and IPv4 stays IPv4.
 */
import { createCipheriv, type Cipher } from 'node:crypto';
export interface IpCipher {
  readonly algorithm: IpAlgorithm;
  /** Pseudonymizes an IPv4 address given as an unsigned 32-bit number. */
  encryptV4(addr: number): number;
  decryptV4(addr: number): number;
  /** Pseudonymizes a 16-byte IPv6 address (IPv4-mapped input is treated as IPv4). Returns a new array. */
  encryptV6(addr: Uint8Array): Uint8Array;
  decryptV6(addr: Uint8Array): Uint8Array;
  /**
   * Pseudonymizes `addrs[0..n)` in place, with the same results as `encryptV4` one by one. The
   * PRF inputs of all of them go through one `cipher.update` per AES key: in Node the per-call
   * overhead of `update` costs more than the AES work of one address (research/perf-baseline.md
   * section 4), so the sanitizer collects a batch's new addresses and encrypts them here.
   */
  encryptV4Many(addrs: Uint32Array, n: number): void;
  /** Like `encryptV4Many` for `n` 16-byte addresses packed in `addrs` (IPv4-mapped ones as IPv4). */
  encryptV6Many(addrs: Uint8Array, n: number): void;
}

export const IP_ALGORITHMS = ['ipcrypt-pfx', 'cryptopan'] as const;
export type IpAlgorithm = (typeof IP_ALGORITHMS)[number];

/** Reads bit `i` (0 = most significant) of a big-endian byte array. */
export function bitAt(b: Uint8Array, i: number): number {
  return ((b[i >> 3] as number) >> (7 - (i & 7))) & 1;
}

export function setBit(b: Uint8Array, i: number, v: number): void {
  const mask = 0x80 >> (i & 7);
  if (v) b[i >> 3] = (b[i >> 3] as number) | mask;
  else b[i >> 3] = (b[i >> 3] as number) & ~mask;
}

/** Addresses per `cipher.update` batch: 64-256 KiB of PRF input, where OpenSSL's ECB throughput peaks. */
export const MAX_V4_PER_UPDATE = 512;
export const MAX_V6_PER_UPDATE = 128;

/**
 * The first 16 PRF bits of an IPv4 address depend only on its first 15 bits, so
 * they are computed once per /16 and kept: a table of 65,536 words (256 KiB),
 * the PRF bits in the high half and bit 0 set once known. Every address in a
 * known /16 then needs 16 AES blocks per key instead of 32. This is the cipher's
 * own memo, not an address cache: it holds no address, and results are the same.
 */
export class V4PrefixMemo {
  readonly bits = new Int32Array(65536);
  /** Batch number that is computing a /16 now (its bits arrive with the batch). */
  readonly pending = new Int32Array(65536);
  batch = 0;
}

/** AES-128 in ECB mode without padding: both ciphers' PRF, many blocks per call. */
export function ecb(key: Uint8Array): Cipher {
  const c = createCipheriv('aes-128-ecb', key, null);
  c.setAutoPadding(false);
  return c;
}
