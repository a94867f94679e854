/**
 * MAC addresses (POLICY P4: device identifiers identify people).
 *
 * The vendor OUI (first three octets) is kept so NOC engineers still see
 * "a Cisco phone" or "an Apple laptop"; the device-specific last three octets
 * go through a keyed 4-round Feistel permutation of 24 bits, tweaked by the
 * OUI, so two devices of one vendor never collide and a key holder can invert
 * it. Locally administered addresses (randomised MACs, bit 0x02 of the first
 * octet) have no vendor to keep: their first three octets are replaced by keyed
 * bytes that keep the locally-administered and unicast bits. Group addresses
 * (multicast bit set, broadcast) and all-zero are not devices and stay.
 */
import { createCipheriv } from 'node:crypto';
import type { KeyedTokens } from './keyed-tokens.js';

export interface MacPseudonymizer {
  /** Pseudonymizes six octets in place. Returns false when the address is kept as is. */
  pseudonymize(octets: Uint8Array): boolean;
  /**
   * Pseudonymizes `n` MACs packed in `octets` (six bytes each) in place, with the results of
   * `pseudonymize` one by one; `changed[i]` says whether MAC i was. Each Feistel round of all of
   * them is one `cipher.update`, instead of one per MAC and round.
   */
  pseudonymizeMany(octets: Uint8Array, n: number, changed: Uint8Array): void;
}

/** True for a MAC that is no device's (group address, all zero): it is kept as is. */
export function isKeptMac(o: Uint8Array, at: number): boolean {
  if ((o[at] as number) & 0x01) return true; // group address (multicast, broadcast)
  for (let k = 0; k < 6; k++) if (o[at + k] !== 0) return false;
  return true;
}

export function createMacPseudonymizer(tokens: KeyedTokens, keepOui: boolean): MacPseudonymizer {
  const aes = createCipheriv('aes-128-ecb', tokens.bytes('mac-feistel', '').subarray(0, 16), null);
  aes.setAutoPadding(false);
  let blocks = Buffer.alloc(16 * 64);
  let left = new Int32Array(64);
  let right = new Int32Array(64);
  let index = new Int32Array(64);

  // One loop per function, each ending with its loop: called once per batch, a loop is
  // optimized on-stack, and code after it would deoptimize in every batch (sanitizer.ts findAll).
  function pseudonymizeMany(o: Uint8Array, n: number, changed: Uint8Array): void {
    if (blocks.length < n * 16) {
      blocks = Buffer.alloc(n * 32);
      left = new Int32Array(n * 2);
      right = new Int32Array(n * 2);
      index = new Int32Array(n * 2);
    }
    const m = split(o, n, changed);
    if (m === 0) return;
    blocks.fill(0, 0, m * 16);
    for (let r = 0; r < 4; r++) round(o, m, r);
    join(o, m);
  }

  /** The MACs that change, as Feistel halves; returns how many. */
  function split(o: Uint8Array, n: number, changed: Uint8Array): number {
    let m = 0;
    for (let i = 0; i < n; i++) {
      const at = i * 6;
      if (isKeptMac(o, at)) {
        changed[i] = 0;
        continue;
      }
      changed[i] = 1;
      left[m] = ((o[at + 3] as number) << 4) | ((o[at + 4] as number) >> 4);
      right[m] = (((o[at + 4] as number) & 0x0f) << 8) | (o[at + 5] as number);
      index[m++] = i;
    }
    return m;
  }

  /** Feistel round r for m MACs. Round function: 12 bits of AES(key, round || oui || half), one update for all. */
  function round(o: Uint8Array, m: number, r: number): void {
    fillRound(o, m, r);
    const out = aes.update(blocks.subarray(0, m * 16));
    for (let j = 0; j < m; j++) {
      const f = (((out[j * 16] as number) << 8) | (out[j * 16 + 1] as number)) & 0xfff;
      const next = (left[j] as number) ^ f;
      left[j] = right[j] as number;
      right[j] = next;
    }
  }

  function fillRound(o: Uint8Array, m: number, r: number): void {
    for (let j = 0; j < m; j++) {
      const at = (index[j] as number) * 6;
      const b = j * 16;
      blocks[b] = r;
      blocks[b + 1] = o[at] as number;
      blocks[b + 2] = o[at + 1] as number;
      blocks[b + 3] = o[at + 2] as number;
      blocks[b + 4] = (right[j] as number) >> 8;
      blocks[b + 5] = (right[j] as number) & 0xff;
    }
  }

  function join(o: Uint8Array, m: number): void {
    for (let j = 0; j < m; j++) {
      const at = (index[j] as number) * 6;
      const l = left[j] as number;
      const rt = right[j] as number;
      o[at + 3] = l >> 4;
      o[at + 4] = ((l & 0x0f) << 4) | (rt >> 8);
      o[at + 5] = rt & 0xff;
      const first = o[at] as number;
      if ((first & 0x02) !== 0 || !keepOui) {
        const oui = ((first << 16) | ((o[at + 1] as number) << 8) | (o[at + 2] as number)) >>> 0;
        const k = tokens.bytes('mac-prefix', String(oui));
        // A keyed prefix is no vendor's: mark it locally administered, unicast.
        o[at] = ((k[0] as number) & 0xfc) | 0x02;
        o[at + 1] = k[1] as number;
        o[at + 2] = k[2] as number;
      }
    }
  }

  const one = new Uint8Array(1);
  return {
    pseudonymize(o) {
      pseudonymizeMany(o, 1, one);
      return one[0] === 1;
    },
    pseudonymizeMany,
  };
}
