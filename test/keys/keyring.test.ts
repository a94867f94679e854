import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { initKeyring, loadEpochKeys, readHexKeyFile, readKeyringInfo, rotateKeyring } from '../../agent/keys/keyring.js';
import { LogveilError } from '../../agent/errors.js';
import { writeFileSync } from 'node:fs';

let dir: string;
beforeEach(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'logveil-keys-')), 'ring');
});
afterEach(() => rmSync(dirname(dir), { recursive: true, force: true }));
const dirname = (p: string) => p.slice(0, p.lastIndexOf('/'));

const codeOf = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    return e instanceof LogveilError ? e.code : 'not a LogveilError';
  }
  return undefined;
};

describe('keyring', () => {
  it('creates a keyring whose directory is 0700 and whose files are 0600', () => {
    initKeyring(dir, 'acme');
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    for (const f of readdirSync(dir)) expect(statSync(join(dir, f)).mode & 0o777, f).toBe(0o600);
  });

  it('holds a 32-byte IP key and a 32-byte HMAC key for the current epoch', () => {
    const info = initKeyring(dir, 'acme');
    const keys = loadEpochKeys(dir);
    expect(keys.epoch).toBe(info.current);
    expect(keys.ipKey.length).toBe(32);
    expect(keys.hmacKey.length).toBe(32);
    expect(Buffer.from(keys.ipKey).equals(Buffer.from(keys.hmacKey))).toBe(false);
  });

  it('refuses to create a second keyring over the first', () => {
    initKeyring(dir);
    expect(codeOf(() => initKeyring(dir))).toBe('LV_KEYRING_EXISTS');
  });

  it('starts a new epoch on rotate and keeps the old keys readable', () => {
    const first = initKeyring(dir);
    const old = loadEpochKeys(dir);
    const rotated = rotateKeyring(dir, new Date(Date.now() + 1000));
    expect(rotated.current).not.toBe(first.current);
    expect(readKeyringInfo(dir).epochs.map((e) => e.id)).toEqual([first.current, rotated.current]);
    expect(Buffer.from(loadEpochKeys(dir).ipKey).equals(Buffer.from(old.ipKey))).toBe(false);
    expect(Buffer.from(loadEpochKeys(dir, first.current).ipKey).equals(Buffer.from(old.ipKey))).toBe(true);
  });

  it('refuses a keyring directory that group or others can read', () => {
    initKeyring(dir);
    chmodSync(dir, 0o755);
    expect(codeOf(() => loadEpochKeys(dir))).toBe('LV_KEYRING_PERMISSIONS');
  });

  it('refuses a key file that group or others can read', () => {
    const info = initKeyring(dir);
    chmodSync(join(dir, `${info.current}.key`), 0o644);
    expect(codeOf(() => loadEpochKeys(dir))).toBe('LV_KEYRING_PERMISSIONS');
  });

  it('says clearly when there is no keyring', () => {
    expect(codeOf(() => loadEpochKeys(dir))).toBe('LV_KEYRING_MISSING');
  });

  it('never writes key material into keyring.json', () => {
    initKeyring(dir);
    const keys = loadEpochKeys(dir);
    const index = readFileSync(join(dir, 'keyring.json'), 'utf8');
    expect(index).not.toContain(Buffer.from(keys.ipKey).toString('hex'));
    expect(index).not.toContain(Buffer.from(keys.hmacKey).toString('hex'));
  });

  it('reads a hex IP key file and rejects one of the wrong size', () => {
    const f = join(mkdtempSync(join(tmpdir(), 'logveil-k-')), 'k');
    writeFileSync(f, '0123456789abcdeffedcba98765432101032547698badcfeefcdab8967452301\n');
    expect(Buffer.from(readHexKeyFile(f)).toString('hex')).toBe('0123456789abcdeffedcba98765432101032547698badcfeefcdab8967452301');
    writeFileSync(f, 'abcd');
    expect(codeOf(() => readHexKeyFile(f))).toBe('LV_KEY_FORMAT');
  });
});
