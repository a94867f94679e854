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
 * Encryption knows every prefix in advance, so the PRF inputs of a whole batch
 * of addresses go through one `cipher.update` per key: the per-call overhead of
 * OpenSSL dominates single-block AES in Node (research/perf-baseline.md section
 * 4). Decryption needs bit i before it can build input i + 1, so it is
 * sequential; it runs only for authorised re-identification and query filters.
 */
import { type IpCipher, MAX_V4_PER_UPDATE, MAX_V6_PER_UPDATE, V4PrefixMemo, bitAt, ecb, setBit } from './ip-cipher.js';
import { isV4Mapped, mappedToV4, v4ToMapped } from './ip-address.js';

export function createIpcryptPfx(key: Uint8Array): IpCipher {
  if (key.length !== 32) throw new RangeError('ipcrypt-pfx needs a 32-byte key');
  const k1 = key.subarray(0, 16);
  const k2 = key.subarray(16, 32);
  if (Buffer.compare(k1, k2) === 0) throw new RangeError('ipcrypt-pfx key halves must differ (draft-denis-ipcrypt 6.2.2)');
  const c1 = ecb(k1);
  const c2 = ecb(k2);

  // IPv4 PRF inputs. For step k (prefix length 96 + k) the padded prefix is the 128-bit number
  // 2^(96+k) + (0xffff << k) + (addr >>> (32 - k)): the delimiter bit, the mapped prefix's sixteen
  // ones, and the first k bits of the address. Only its last 32-bit word depends on the address,
  // so the other words are written once here, in two fixed layouts: 32 blocks per address
  // (steps 0-31) and 16 (steps 16-31, for addresses whose /16 the memo knows).
  const full = v4Layout(MAX_V4_PER_UPDATE, 0);
  const tail = v4Layout(MAX_V4_PER_UPDATE, 16);
  const memo = new V4PrefixMemo();
  const fullIndex = new Int32Array(MAX_V4_PER_UPDATE);
  const tailIndex = new Int32Array(MAX_V4_PER_UPDATE);

  /*
   * Each loop below is a function of its own, ending with the loop: called once per batch,
   * a loop is optimized on-stack, and code after it in the same function would run without
   * type feedback and deoptimize in every batch (see sanitizer.ts findAll).
   */

  /** One round: addrs[from, to) with to - from <= MAX_V4_PER_UPDATE. */
  function v4Round(addrs: Uint32Array, from: number, to: number): void {
    const counts = v4Prepare(addrs, from, to, ++memo.batch);
    const nFull = counts >>> 16;
    const nTail = counts & 0xffff;
    // Addresses that compute their /16 first: the others of the same /16 read it from the memo.
    if (nFull > 0) v4Full(addrs, nFull);
    if (nTail > 0) v4Tail(addrs, nTail);
  }

  /** Writes the PRF inputs of addrs[from, to); returns (addresses with all 32 steps) << 16 | (with 16). */
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
      // k = 0 is the constant 0xffff (`addr >>> 32` would shift by 0 in JS): pre-filled.
      for (let k = k0 === 0 ? 1 : k0; k < 32; k++) view.setUint32(at + (k - k0) * 16 + 12, ((0xffff << k) | (a >>> (32 - k))) >>> 0);
    }
    return (nFull << 16) | nTail;
  }

  function v4Full(addrs: Uint32Array, nFull: number): void {
    const used = full.bytes.subarray(0, nFull * 512);
    const e1 = c1.update(used);
    const e2 = c2.update(used);
    for (let j = 0; j < nFull; j++) {
      const i = fullIndex[j] as number;
      const base = j * 512 + 15;
      let prf = 0;
      for (let k = 0; k < 32; k++) prf |= (((e1[base + k * 16] as number) ^ (e2[base + k * 16] as number)) & 1) << (31 - k);
      const a = addrs[i] as number;
      memo.bits[a >>> 16] = (prf & 0xffff0000) | 1;
      addrs[i] = a ^ prf;
    }
  }

  function v4Tail(addrs: Uint32Array, nTail: number): void {
    const used = tail.bytes.subarray(0, nTail * 256);
    const e1 = c1.update(used);
    const e2 = c2.update(used);
    for (let j = 0; j < nTail; j++) {
      const i = tailIndex[j] as number;
      const base = j * 256 + 15;
      const a = addrs[i] as number;
      let prf = (memo.bits[a >>> 16] as number) & 0xffff0000;
      for (let k = 16; k < 32; k++) prf |= (((e1[base + (k - 16) * 16] as number) ^ (e2[base + (k - 16) * 16] as number)) & 1) << (31 - k);
      addrs[i] = a ^ prf;
    }
  }

  function encryptV4Many(addrs: Uint32Array, n: number): void {
    for (let from = 0; from < n; from += MAX_V4_PER_UPDATE) v4Round(addrs, from, Math.min(n, from + MAX_V4_PER_UPDATE));
  }

  // IPv6: 128 padded prefixes per address, written as four big-endian words.
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

  /** Writes the PRF inputs of the IPv6 addresses in [from, to), sets the IPv4-mapped ones aside; returns n << 16 | mapped. */
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
      // padded_prefix for length 0 is 1; each step shifts the next address bit in from the right.
      let w0 = 0;
      let w1 = 0;
      let w2 = 0;
      let w3 = 1;
      const at = n * 2048;
      v6Index[n++] = i;
      for (let word = 0; word < 4; word++) {
        const a = view.getUint32(i * 16 + word * 4);
        for (let b = 0; b < 32; b++) {
          const o = at + (word * 32 + b) * 16;
          v6View.setUint32(o, w0);
          v6View.setUint32(o + 4, w1);
          v6View.setUint32(o + 8, w2);
          v6View.setUint32(o + 12, w3);
          w0 = ((w0 << 1) | (w1 >>> 31)) >>> 0;
          w1 = ((w1 << 1) | (w2 >>> 31)) >>> 0;
          w2 = ((w2 << 1) | (w3 >>> 31)) >>> 0;
          w3 = ((w3 << 1) | ((a >>> (31 - b)) & 1)) >>> 0;
        }
      }
    }
    return (n << 16) | nMapped;
  }

  function v6Finish(view: DataView, n: number): void {
    const used = v6Blocks.subarray(0, n * 2048);
    const e1 = c1.update(used);
    const e2 = c2.update(used);
    for (let j = 0; j < n; j++) {
      const i = v6Index[j] as number;
      for (let word = 0; word < 4; word++) {
        const base = j * 2048 + word * 512 + 15;
        let prf = 0;
        for (let b = 0; b < 32; b++) prf |= (((e1[base + b * 16] as number) ^ (e2[base + b * 16] as number)) & 1) << (31 - b);
        view.setUint32(i * 16 + word * 4, (view.getUint32(i * 16 + word * 4) ^ prf) >>> 0);
      }
    }
  }

  function v6PutMapped(view: DataView, nMapped: number): void {
    for (let j = 0; j < nMapped; j++) view.setUint32((mappedIndex[j] as number) * 16 + 12, mapped[j] as number);
  }

  function encryptV6Many(addrs: Uint8Array, n: number): void {
    for (let from = 0; from < n; from += MAX_V6_PER_UPDATE) v6Round(addrs, from, Math.min(n, from + MAX_V6_PER_UPDATE));
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

  const one4 = new Uint32Array(1);
  return {
    algorithm: 'ipcrypt-pfx',
    encryptV4(addr) {
      one4[0] = addr;
      encryptV4Many(one4, 1);
      return one4[0] as number;
    },
    decryptV4: (addr) => mappedToV4(decrypt16(v4ToMapped(addr))),
    encryptV6(addr) {
      const out = Uint8Array.from(addr);
      encryptV6Many(out, 1);
      return out;
    },
    decryptV6: decrypt16,
    encryptV4Many,
    encryptV6Many,
  };
}

/** PRF input blocks for `max` IPv4 addresses, steps k0..31 each, with the address-independent words written. */
function v4Layout(max: number, k0: number): { bytes: Buffer; view: DataView } {
  const steps = 32 - k0;
  const bytes = Buffer.alloc(max * steps * 16);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  for (let k = k0; k < 32; k++) {
    const at = (k - k0) * 16;
    view.setUint32(at, (1 << k) >>> 0);
    view.setUint32(at + 4, 0);
    view.setUint32(at + 8, k === 0 ? 0 : 0xffff >>> (32 - k));
    view.setUint32(at + 12, 0xffff); // the k = 0 value; other steps are rewritten per address
  }
  // Every address's slot starts the same: copy the first one over the others, doubling.
  for (let have = steps * 16; have < bytes.length; have *= 2) bytes.copyWithin(have, 0, Math.min(have, bytes.length - have));
  return { bytes, view };
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
