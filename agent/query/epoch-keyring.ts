/**
 * The tenant keyring as the query tool uses it: one pseudonymizer per key
 * epoch, to turn what a NOC engineer types in clear (an address, a network, a
 * user name) into what the events of that epoch hold.
 *
 * Every epoch whose key file is still there is loaded up front: the byte-level
 * prefilter needs the pseudonyms of all of them before it looks at a batch.
 * An epoch whose key was destroyed (crypto-shredding, POLICY P8) is simply
 * absent: its pseudonyms can no longer be linked to anyone, which is the point.
 *
 * Key material stays in here: nothing this module returns or throws carries a
 * key, and the pseudonyms it computes are only compared, never printed.
 */
import { LogveilError } from '../errors.js';
import { loadEpochKeys, readKeyringInfo } from '../keys/keyring.js';
import { createSanitizer, DEFAULT_POLICY, type IpAlgorithm, type Sanitizer } from '../stages/pseudonymize/index.js';

export interface EpochKeyring {
  readonly tenant: string;
  /** Epochs with a key, oldest first. */
  readonly epochs: readonly string[];
  /** Epochs listed in the keyring whose key file is gone. */
  readonly destroyed: readonly string[];
  /** The pseudonymizer of an epoch; undefined when the keyring has no key for it. */
  sanitizer(epoch: string): Sanitizer | undefined;
}

export function openEpochKeyring(dir: string, algorithm: IpAlgorithm): EpochKeyring {
  const info = readKeyringInfo(dir);
  const policy = { ...DEFAULT_POLICY, ip: { ...DEFAULT_POLICY.ip, algorithm }, cacheSize: 64 };
  const byEpoch = new Map<string, Sanitizer>();
  const destroyed: string[] = [];
  for (const e of info.epochs) {
    try {
      byEpoch.set(e.id, createSanitizer({ keys: loadEpochKeys(dir, e.id), policy }));
    } catch (err) {
      if (err instanceof LogveilError && err.code === 'LV_KEYRING_MISSING') destroyed.push(e.id);
      else throw err;
    }
  }
  return {
    tenant: info.tenant,
    epochs: [...byEpoch.keys()],
    destroyed,
    sanitizer: (epoch) => byEpoch.get(epoch),
  };
}
