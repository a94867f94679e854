/**
 * Where a command's pseudonymization keys come from, in order of preference:
 * a tenant keyring (`--keys DIR`), a bare IP key file (`--ip-key-file F`, to
 * reproduce published vectors or another tool's output; the HMAC key is then
 * derived from it with HKDF so runs stay reproducible), or a random key that
 * lives only for this process.
 */
import { hkdfSync } from 'node:crypto';
import { type EpochKeys, ephemeralKeys, loadEpochKeys, readHexKeyFile } from './keyring.js';

export type KeySource = 'keyring' | 'ip-key-file' | 'ephemeral';

export function resolveKeys(opts: { keysDir?: string | undefined; ipKeyFile?: string | undefined; epoch?: string | undefined }): {
  keys: EpochKeys;
  source: KeySource;
} {
  if (opts.keysDir !== undefined) return { keys: loadEpochKeys(opts.keysDir, opts.epoch), source: 'keyring' };
  if (opts.ipKeyFile !== undefined) {
    const ipKey = readHexKeyFile(opts.ipKeyFile);
    const hmacKey = new Uint8Array(hkdfSync('sha256', ipKey, new Uint8Array(0), 'logveil hmac key from ip key file', 32));
    return { keys: { epoch: 'ip-key-file', ipKey, hmacKey }, source: 'ip-key-file' };
  }
  return { keys: ephemeralKeys(), source: 'ephemeral' };
}
