/**
 * The MSP's recipient key pair: everything the agent ships is encrypted to its
 * public key with HPKE (RFC 9180) in base mode, suite
 * DHKEM(X25519, HKDF-SHA256) / HKDF-SHA256 / AES-256-GCM (DESIGN.md
 * invariant 4). The gateway only ever holds the public key; the private key
 * stays with the NOC's query tool, so a stolen gateway reveals nothing it
 * already spooled or shipped.
 *
 * Files written by `generateRecipientKeyPair(dir, { name })`:
 *
 *   <name>.pub   base64 of the raw 32-byte X25519 public key, one line   mode 0644
 *   <name>.key   comment lines (#...) and base64 of the raw 32-byte      mode 0600
 *                private key; refused when group or others can access it
 *
 * A demo pair (for `npm start` and tests) is named
 * `<name>.DEMO-NOT-FOR-PRODUCTION.{pub,key}` and its private key file says so
 * in its first line: whoever finds one on a production gateway should know
 * that anyone with the repository may hold its twin.
 *
 * Files are written to a temporary name, fsynced, then renamed, so a crash
 * never leaves half a key; an existing pair is never overwritten.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Aes256Gcm, CipherSuite, HkdfSha256 } from '@hpke/core';
import { DhkemX25519HkdfSha256 } from '@hpke/dhkem-x25519';
import { LogveilError } from '../errors.js';
import { pathExists, writeFileAtomically } from './key-files.js';

/** RFC 9180 section 7 identifiers of the one suite logveil uses. */
export const RECIPIENT_SUITE = {
  kem: 0x0020,
  kdf: 0x0001,
  aead: 0x0002,
  names: { kem: 'DHKEM(X25519, HKDF-SHA256)', kdf: 'HKDF-SHA256', aead: 'AES-256-GCM' },
} as const;

const KEY_BYTES = 32;
const DEMO_SUFFIX = '.DEMO-NOT-FOR-PRODUCTION';
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** A key object as the HPKE library takes it (a WebCrypto CryptoKey or the X25519 module's stand-in). */
export type HpkeKey = Awaited<ReturnType<CipherSuite['kem']['deserializePublicKey']>>;

/** A fresh HPKE cipher suite object for RECIPIENT_SUITE (cheap; holds no key). */
export function createRecipientSuite(): CipherSuite {
  return new CipherSuite({ kem: new DhkemX25519HkdfSha256(), kdf: new HkdfSha256(), aead: new Aes256Gcm() });
}

export interface RecipientKeyFiles {
  readonly publicKeyFile: string;
  readonly privateKeyFile: string;
  readonly publicKey: Uint8Array;
  readonly demo: boolean;
}

export async function generateRecipientKeyPair(dir: string, opts: { name: string; demo: boolean }): Promise<RecipientKeyFiles> {
  if (!NAME.test(opts.name)) {
    throw new LogveilError('LV_USAGE', `recipient key name "${opts.name}": use letters, digits, ".", "_" and "-" (at most 64)`);
  }
  const base = join(dir, `${opts.name}${opts.demo ? DEMO_SUFFIX : ''}`);
  const publicKeyFile = `${base}.pub`;
  const privateKeyFile = `${base}.key`;
  for (const f of [publicKeyFile, privateKeyFile]) {
    if (pathExists(f)) throw new LogveilError('LV_KEYRING_EXISTS', `${f} already exists; remove it first if you really mean to replace the recipient key`);
  }
  const suite = createRecipientSuite();
  const pair = await suite.kem.generateKeyPair();
  const publicKey = new Uint8Array(await suite.kem.serializePublicKey(pair.publicKey));
  const privateKey = Buffer.from(await suite.kem.serializePrivateKey(pair.privateKey));
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const comment = opts.demo
    ? '# logveil DEMO recipient private key: NOT FOR PRODUCTION. Anyone who has seen this file can read data encrypted to its public key.\n'
    : '# logveil recipient private key (HPKE DHKEM(X25519, HKDF-SHA256)). Keep it with the query tool, never on a gateway.\n';
  // Private key first: a crash between the two writes leaves no public key that
  // data could be encrypted to without anyone able to decrypt it.
  writeFileAtomically(privateKeyFile, `${comment}${privateKey.toString('base64')}\n`, 0o600);
  privateKey.fill(0);
  writeFileAtomically(publicKeyFile, `${Buffer.from(publicKey).toString('base64')}\n`, 0o644);
  return { publicKeyFile, privateKeyFile, publicKey, demo: opts.demo };
}

/** The raw 32-byte public key from a `.pub` file. */
export function readRecipientPublicKey(file: string): Uint8Array {
  const lines = readText(file, 'recipient public key')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines.length !== 1) throw new LogveilError('LV_KEY_FORMAT', `${file}: a recipient public key file holds exactly one line of base64`);
  return decodeKey(lines[0] as string, file, 'public');
}

/**
 * The raw 32-byte private key from a `.key` file. Refused when group or others
 * can access the file, as ssh refuses a private key.
 */
export function readRecipientPrivateKey(file: string): Uint8Array {
  let mode: number;
  try {
    mode = statSync(file).mode & 0o777;
  } catch (e) {
    throw new LogveilError('LV_IO', `cannot read recipient private key ${file}`, { cause: e });
  }
  if (mode & 0o077) {
    throw new LogveilError(
      'LV_KEYRING_PERMISSIONS',
      `recipient private key ${file} is accessible by group or others (mode ${mode.toString(8).padStart(4, '0')}); run: chmod 600 ${file}`,
    );
  }
  const lines = readText(file, 'recipient private key')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  if (lines.length !== 1) throw new LogveilError('LV_KEY_FORMAT', `${file}: a recipient private key file holds one line of base64 (and # comments)`);
  return decodeKey(lines[0] as string, file, 'private');
}

function decodeKey(text: string, file: string, kind: 'public' | 'private'): Uint8Array {
  const bytes = /^[A-Za-z0-9+/]+={0,2}$/.test(text) ? Buffer.from(text, 'base64') : Buffer.alloc(0);
  if (bytes.length !== KEY_BYTES) {
    throw new LogveilError('LV_KEY_FORMAT', `${file}: expected a ${kind} X25519 key as base64 of ${KEY_BYTES} bytes`);
  }
  return new Uint8Array(bytes);
}

function readText(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new LogveilError('LV_IO', `cannot read ${what} ${file}`, { cause: e });
  }
}
