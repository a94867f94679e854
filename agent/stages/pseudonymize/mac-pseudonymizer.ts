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
}

export function createMacPseudonymizer(tokens: KeyedTokens, keepOui: boolean): MacPseudonymizer {
  const aes = createCipheriv('aes-128-ecb', tokens.bytes('mac-feistel', '').subarray(0, 16), null);
  aes.setAutoPadding(false);
  const block = Buffer.alloc(16);

  // Round function: 12 bits of AES(key, round || oui || half).
  const round = (r: number, oui: number, half: number): number => {
    block.fill(0);
    block[0] = r;
    block.writeUIntBE(oui, 1, 3);
    block.writeUInt16BE(half, 4);
    const out = aes.update(block);
    return (((out[0] as number) << 8) | (out[1] as number)) & 0xfff;
  };

  return {
    pseudonymize(o) {
      const first = o[0] as number;
      if (first & 0x01) return false; // group address (multicast, broadcast)
      if (o.every((b) => b === 0)) return false;
      const locallyAdministered = (first & 0x02) !== 0;
      const oui = ((first << 16) | ((o[1] as number) << 8) | (o[2] as number)) >>> 0;
      let left = ((o[3] as number) << 4) | ((o[4] as number) >> 4);
      let right = (((o[4] as number) & 0x0f) << 8) | (o[5] as number);
      for (let r = 0; r < 4; r++) {
        const next = left ^ round(r, oui, right);
        left = right;
        right = next;
      }
      o[3] = left >> 4;
      o[4] = ((left & 0x0f) << 4) | (right >> 8);
      o[5] = right & 0xff;
      if (locallyAdministered || !keepOui) {
        const k = tokens.bytes('mac-prefix', String(oui));
        // A keyed prefix is no vendor's: mark it locally administered, unicast.
        o[0] = ((k[0] as number) & 0xfc) | 0x02;
        o[1] = k[1] as number;
        o[2] = k[2] as number;
      }
      return true;
    },
  };
}
