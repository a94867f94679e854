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
 *
 * Like ipcrypt-pfx, encryption puts the PRF inputs of a whole batch of
 * addresses through one `cipher.update` (research/perf-baseline.md section 4).
 */
import { type IpCipher, MAX_V4_PER_UPDATE, MAX_V6_PER_UPDATE, V4PrefixMemo, bitAt, ecb, setBit } from './ip-cipher.js';
import { isV4Mapped, mappedToV4, v4ToMapped } from './ip-address.js';

export function createCryptoPan(key: Uint8Array): IpCipher {
  if (key.length !== 32) throw new RangeError('Crypto-PAn needs a 32-byte key');
  const aes = ecb(key.subarray(0, 16));
  const pad = new Uint8Array(aes.update(key.subarray(16, 32)));
  const padView = new DataView(pad.buffer, pad.byteOffset, 16);
  const padWords = [padView.getUint32(0), padView.getUint32(4), padView.getUint32(8), padView.getUint32(12)] as const;

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

  // IPv4 PRF inputs: only the first word (address bits over padding bits) depends on the address;
  // words 1-3 are the padding's, written once. Two layouts as in ipcrypt-pfx: bits 0-31, and bits
  // 16-31 for addresses whose /16 the memo knows (the first 16 PRF bits depend on 15 address bits).
  const full = v4Layout(MAX_V4_PER_UPDATE, 0, padWords);
  const tail = v4Layout(MAX_V4_PER_UPDATE, 16, padWords);
  const memo = new V4PrefixMemo();
  const fullIndex = new Int32Array(MAX_V4_PER_UPDATE);
  const tailIndex = new Int32Array(MAX_V4_PER_UPDATE);
  const pad0 = padWords[0];

  // One loop per function, each ending with its loop (see ipcrypt-pfx.ts).
  function v4Round(addrs: Uint32Array, from: number, to: number): void {
    const counts = v4Prepare(addrs, from, to, ++memo.batch);
    const nFull = counts >>> 16;
    const nTail = counts & 0xffff;
    if (nFull > 0) v4Full(addrs, nFull);
    if (nTail > 0) v4Tail(addrs, nTail);
  }

  function v4Prepare(addrs: Uint32Array, from: number, to: number, batch: number): number {
    let nFull = 0;
    let nTail = 0;
    for (let i = from; i < to; i++) {
      const a = addrs[i] as number;
      const p = a >>> 16;
      let view: DataView;
      let at: number;
      let k0: number;
      if (memo.bits[p] !== 0 || memo.pending[p] === batch) {
        view = tail.view;
        at = nTail * 256;
        k0 = 16;
        tailIndex[nTail++] = i;
      } else {
        memo.pending[p] = batch;
        view = full.view;
        at = nFull * 512;
        k0 = 0;
        fullIndex[nFull++] = i;
      }
      for (let k = k0 === 0 ? 1 : k0; k < 32; k++) {
        const mask = (0xffffffff << (32 - k)) >>> 0; // k >= 1: `<< 32` would shift by 0
        view.setUint32(at + (k - k0) * 16, ((a & mask) | (pad0 & ~mask)) >>> 0);
      }
    }
    return (nFull << 16) | nTail;
  }

  function v4Full(addrs: Uint32Array, nFull: number): void {
    const e = aes.update(full.bytes.subarray(0, nFull * 512));
    for (let j = 0; j < nFull; j++) {
      const i = fullIndex[j] as number;
      let prf = 0;
      for (let k = 0; k < 32; k++) prf |= ((e[j * 512 + k * 16] as number) >> 7) << (31 - k);
      const a = addrs[i] as number;
      memo.bits[a >>> 16] = (prf & 0xffff0000) | 1;
      addrs[i] = a ^ prf;
    }
  }

  function v4Tail(addrs: Uint32Array, nTail: number): void {
    const e = aes.update(tail.bytes.subarray(0, nTail * 256));
    for (let j = 0; j < nTail; j++) {
      const i = tailIndex[j] as number;
      const a = addrs[i] as number;
      let prf = (memo.bits[a >>> 16] as number) & 0xffff0000;
      for (let k = 16; k < 32; k++) prf |= ((e[j * 256 + (k - 16) * 16] as number) >> 7) << (31 - k);
      addrs[i] = a ^ prf;
    }
  }

  function encryptV4Many(addrs: Uint32Array, n: number): void {
    for (let from = 0; from < n; from += MAX_V4_PER_UPDATE) v4Round(addrs, from, Math.min(n, from + MAX_V4_PER_UPDATE));
  }

  const v6Blocks = Buffer.alloc(MAX_V6_PER_UPDATE * 128 * 16);
  const v6View = new DataView(v6Blocks.buffer, v6Blocks.byteOffset, v6Blocks.length);
  const v6Index = new Int32Array(MAX_V6_PER_UPDATE);
  const mapped = new Uint32Array(MAX_V6_PER_UPDATE);
  const mappedIndex = new Int32Array(MAX_V6_PER_UPDATE);

  function v6Round(addrs: Uint8Array, from: number, to: number): void {
    const view = new DataView(addrs.buffer, addrs.byteOffset, addrs.length);
    const counts = v6Prepare(addrs, view, from, to);
    const n = counts >>> 16;
    const nMapped = counts & 0xffff;
    if (n > 0) v6Finish(view, n);
    if (nMapped > 0) {
      encryptV4Many(mapped, nMapped);
      v6PutMapped(view, nMapped);
    }
  }

  function v6Prepare(addrs: Uint8Array, view: DataView, from: number, to: number): number {
    let n = 0;
    let nMapped = 0;
    for (let i = from; i < to; i++) {
      const bytes = addrs.subarray(i * 16, i * 16 + 16);
      if (isV4Mapped(bytes)) {
        mapped[nMapped] = mappedToV4(bytes);
        mappedIndex[nMapped++] = i;
        continue;
      }
      const at = n * 2048;
      v6Index[n++] = i;
      for (let pos = 0; pos < 128; pos++) {
        // Word w of the input: address bits where w lies inside the prefix, padding bits after it.
        const o = at + pos * 16;
        for (let w = 0; w < 4; w++) {
          const bits = pos - w * 32;
          let word: number;
          if (bits >= 32) word = view.getUint32(i * 16 + w * 4);
          else if (bits <= 0) word = padWords[w as 0 | 1 | 2 | 3];
          else {
            const mask = (0xffffffff << (32 - bits)) >>> 0;
            word = ((view.getUint32(i * 16 + w * 4) & mask) | (padWords[w as 0 | 1 | 2 | 3] & ~mask)) >>> 0;
          }
          v6View.setUint32(o + w * 4, word);
        }
      }
    }
    return (n << 16) | nMapped;
  }

  function v6Finish(view: DataView, n: number): void {
    const e = aes.update(v6Blocks.subarray(0, n * 2048));
    for (let j = 0; j < n; j++) {
      const i = v6Index[j] as number;
      for (let w = 0; w < 4; w++) {
        let prf = 0;
        for (let b = 0; b < 32; b++) prf |= ((e[j * 2048 + (w * 32 + b) * 16] as number) >> 7) << (31 - b);
        view.setUint32(i * 16 + w * 4, (view.getUint32(i * 16 + w * 4) ^ prf) >>> 0);
      }
    }
  }

  function v6PutMapped(view: DataView, nMapped: number): void {
    for (let j = 0; j < nMapped; j++) view.setUint32((mappedIndex[j] as number) * 16 + 12, mapped[j] as number);
  }

  function encryptV6Many(addrs: Uint8Array, n: number): void {
    for (let from = 0; from < n; from += MAX_V6_PER_UPDATE) v6Round(addrs, from, Math.min(n, from + MAX_V6_PER_UPDATE));
  }

  const v4 = (n: number): Uint8Array => new Uint8Array([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]);
  const n4 = (b: Uint8Array): number =>
    (((b[0] as number) << 24) | ((b[1] as number) << 16) | ((b[2] as number) << 8) | (b[3] as number)) >>> 0;

  const one4 = new Uint32Array(1);
  return {
    algorithm: 'cryptopan',
    encryptV4(addr) {
      one4[0] = addr;
      encryptV4Many(one4, 1);
      return one4[0] as number;
    },
    decryptV4: (addr) => n4(decryptBits(v4(addr), 32)),
    encryptV6(addr) {
      const out = Uint8Array.from(addr);
      encryptV6Many(out, 1);
      return out;
    },
    decryptV6: (addr) =>
      isV4Mapped(addr) ? v4ToMapped(n4(decryptBits(addr.subarray(12), 32))) : decryptBits(addr, 128),
    encryptV4Many,
    encryptV6Many,
  };
}

/** PRF input blocks for `max` IPv4 addresses, bits k0..31 each, with the padding words written. */
function v4Layout(max: number, k0: number, pad: readonly [number, number, number, number]): { bytes: Buffer; view: DataView } {
  const bytes = Buffer.alloc(max * (32 - k0) * 16);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  for (let w = 0; w < 4; w++) view.setUint32(w * 4, pad[w as 0 | 1 | 2 | 3]);
  // Every block starts as the padding: copy the first one over the others, doubling.
  for (let have = 16; have < bytes.length; have *= 2) bytes.copyWithin(have, 0, Math.min(have, bytes.length - have));
  return { bytes, view };
}
