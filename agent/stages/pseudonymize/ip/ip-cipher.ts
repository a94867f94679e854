/**
 * A keyed, prefix-preserving permutation of the IPv4 and IPv6 address spaces.
 *
 * Both algorithms we ship (ipcrypt-pfx, Crypto-PAn) have the same shape: bit i
 * of the output is bit i of the input XOR a pseudorandom bit computed from the
 * input's first i bits. So two addresses that share an n-bit prefix give
 * pseudonyms that share an n-bit prefix, and IPv4 stays IPv4.
 */
export interface IpCipher {
  readonly algorithm: IpAlgorithm;
  /** Pseudonymizes an IPv4 address given as an unsigned 32-bit number. */
  encryptV4(addr: number): number;
  decryptV4(addr: number): number;
  /** Pseudonymizes a 16-byte IPv6 address (IPv4-mapped input is treated as IPv4). Returns a new array. */
  encryptV6(addr: Uint8Array): Uint8Array;
  decryptV6(addr: Uint8Array): Uint8Array;
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
