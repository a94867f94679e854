/**
 * A tenant keyring: the keys that pseudonymize one tenant's data, by epoch.
 *
 * Layout of a keyring directory (mode 0700; refused when group or others can
 * read it, like ssh refuses a private key):
 *
 *   keyring.json          {"format":1,"tenant":"acme","current":"<epoch>","epochs":[{"id","created"}]}
 *   <epoch>.key           {"epoch","created","ip_key":<64 hex>,"hmac_key":<64 hex>}   mode 0600
 *
 * An epoch's IP key drives ipcrypt-pfx or Crypto-PAn (32 bytes either way); its
 * HMAC key drives user tokens, secret fingerprints and MAC pseudonyms. `rotate`
 * starts a new epoch and keeps the old key files, so data pseudonymized under
 * them can still be queried; destroying an old key file later turns its
 * pseudonyms into anonymous data (POLICY P8, crypto-shredding). Every event
 * records the epoch that pseudonymized it.
 *
 * Files are written atomically with mode 0600 (key-files.ts).
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { LogveilError } from '../errors.js';
import { pathExists, writeFileAtomically } from './key-files.js';

export interface EpochKeys {
  readonly epoch: string;
  readonly ipKey: Uint8Array;
  readonly hmacKey: Uint8Array;
}

export interface KeyringInfo {
  readonly dir: string;
  readonly tenant: string;
  readonly current: string;
  readonly epochs: ReadonlyArray<{ id: string; created: string }>;
}

interface KeyringFile {
  format: 1;
  tenant: string;
  current: string;
  epochs: Array<{ id: string; created: string }>;
}

const EPOCH_ID = /^[0-9]{8}T[0-9]{6}Z-[0-9a-f]{6}$/;

export function initKeyring(dir: string, tenant = 'default', now = new Date()): KeyringInfo {
  if (pathExists(join(dir, 'keyring.json'))) {
    throw new LogveilError('LV_KEYRING_EXISTS', `a keyring already exists in ${dir}; use "logveil keys rotate" to start a new epoch`);
  }
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  checkPrivate(dir, true);
  const epoch = writeEpoch(dir, now);
  const file: KeyringFile = { format: 1, tenant, current: epoch.id, epochs: [epoch] };
  writeFileAtomically(join(dir, 'keyring.json'), `${JSON.stringify(file, null, 2)}\n`, 0o600);
  return { dir, ...file };
}

export function rotateKeyring(dir: string, now = new Date()): KeyringInfo {
  const file = readIndex(dir);
  const epoch = writeEpoch(dir, now);
  file.epochs.push(epoch);
  file.current = epoch.id;
  writeFileAtomically(join(dir, 'keyring.json'), `${JSON.stringify(file, null, 2)}\n`, 0o600);
  return { dir, ...file };
}

export function readKeyringInfo(dir: string): KeyringInfo {
  return { dir, ...readIndex(dir) };
}

/** Keys of one epoch (the current one by default). */
export function loadEpochKeys(dir: string, epoch?: string): EpochKeys {
  const file = readIndex(dir);
  const id = epoch ?? file.current;
  if (!EPOCH_ID.test(id)) throw new LogveilError('LV_KEYRING_CORRUPT', `keyring ${dir}: bad epoch id`);
  const path = join(dir, `${id}.key`);
  if (!pathExists(path)) throw new LogveilError('LV_KEYRING_MISSING', `keyring ${dir} has no key for epoch ${id}`);
  checkPrivate(path, false);
  let parsed: { epoch?: unknown; ip_key?: unknown; hmac_key?: unknown };
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8')) as typeof parsed;
  } catch (e) {
    throw new LogveilError('LV_KEYRING_CORRUPT', `keyring ${dir}: epoch ${id} key file is not JSON`, { cause: e });
  }
  return { epoch: id, ipKey: hexKey(parsed.ip_key, `${id}.key ip_key`), hmacKey: hexKey(parsed.hmac_key, `${id}.key hmac_key`) };
}

/** Reads a file holding a 32-byte key as 64 hex digits (whitespace ignored). */
export function readHexKeyFile(path: string): Uint8Array {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new LogveilError('LV_IO', `cannot read key file ${path}`, { cause: e });
  }
  return hexKey(text.replace(/[ \t\r\n]/g, ''), path);
}

/** A key that lives only for this process: nothing is written anywhere. */
export function ephemeralKeys(): EpochKeys {
  return { epoch: `ephemeral-${randomBytes(3).toString('hex')}`, ipKey: randomBytes(32), hmacKey: randomBytes(32) };
}

function readIndex(dir: string): KeyringFile {
  const path = join(dir, 'keyring.json');
  if (!pathExists(path)) throw new LogveilError('LV_KEYRING_MISSING', `no keyring in ${dir}; create one with "logveil keys init --dir ${dir}"`);
  checkPrivate(dir, true);
  checkPrivate(path, false);
  try {
    const file = JSON.parse(readFileSync(path, 'utf8')) as KeyringFile;
    if (file.format !== 1 || typeof file.current !== 'string' || !Array.isArray(file.epochs)) throw new Error('shape');
    return file;
  } catch (e) {
    throw new LogveilError('LV_KEYRING_CORRUPT', `keyring ${dir}: keyring.json is not a logveil keyring`, { cause: e });
  }
}

function writeEpoch(dir: string, now: Date): { id: string; created: string } {
  const created = now.toISOString();
  const id = `${created.slice(0, 19).replace(/[-:]/g, '')}Z-${randomBytes(3).toString('hex')}`;
  const body = { epoch: id, created, ip_key: newIpKey().toString('hex'), hmac_key: randomBytes(32).toString('hex') };
  writeFileAtomically(join(dir, `${id}.key`), `${JSON.stringify(body, null, 2)}\n`, 0o600);
  return { id, created };
}

/** ipcrypt-pfx requires the two halves of its key to differ (draft-denis-ipcrypt 6.2.2). */
function newIpKey(): Buffer {
  for (;;) {
    const k = randomBytes(32);
    if (!k.subarray(0, 16).equals(k.subarray(16))) return k;
  }
}

function hexKey(v: unknown, what: string): Uint8Array {
  if (typeof v !== 'string' || !/^[0-9a-fA-F]{64}$/.test(v)) {
    throw new LogveilError('LV_KEY_FORMAT', `${what}: expected 32 bytes as 64 hex digits`);
  }
  return Buffer.from(v, 'hex');
}

function checkPrivate(path: string, isDir: boolean): void {
  const mode = statSync(path).mode & 0o777;
  if (mode & 0o077) {
    throw new LogveilError(
      'LV_KEYRING_PERMISSIONS',
      `${isDir ? 'keyring directory' : 'key file'} ${path} is accessible by group or others (mode ${mode.toString(8).padStart(4, '0')}); run: chmod ${isDir ? '700' : '600'} ${path}`,
    );
  }
}
