import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRecipientSuite, generateRecipientKeyPair, readRecipientPrivateKey, readRecipientPublicKey } from '../../agent/keys/recipient-keys.js';
import { tempDir } from '../spool/helpers.js';

let work: { dir: string; cleanup(): void };
beforeEach(() => {
  work = tempDir('recipient');
});
afterEach(() => work.cleanup());

describe('recipient keys', () => {
  it('writes the public key as one line of base64 (0644) and the private key 0600', async () => {
    const f = await generateRecipientKeyPair(work.dir, { name: 'msp', demo: false });
    expect(f.publicKeyFile).toBe(join(work.dir, 'msp.pub'));
    expect(f.privateKeyFile).toBe(join(work.dir, 'msp.key'));
    expect(readFileSync(f.publicKeyFile, 'utf8')).toMatch(/^[A-Za-z0-9+/]{43}=\n$/);
    expect(statSync(f.publicKeyFile).mode & 0o777).toBe(0o644);
    expect(statSync(f.privateKeyFile).mode & 0o777).toBe(0o600);
    expect(Buffer.from(readRecipientPublicKey(f.publicKeyFile)).equals(Buffer.from(f.publicKey))).toBe(true);
    expect(readRecipientPrivateKey(f.privateKeyFile)).toHaveLength(32);
  });

  it('makes a pair whose private key opens what is sealed to its public key', async () => {
    const f = await generateRecipientKeyPair(work.dir, { name: 'msp', demo: false });
    const suite = createRecipientSuite();
    const sender = await suite.createSenderContext({ recipientPublicKey: await suite.kem.deserializePublicKey(readRecipientPublicKey(f.publicKeyFile)) });
    const ct = await sender.seal(new TextEncoder().encode('hello'));
    const recipient = await suite.createRecipientContext({
      recipientKey: await suite.kem.deserializePrivateKey(readRecipientPrivateKey(f.privateKeyFile)),
      enc: sender.enc,
    });
    expect(new TextDecoder().decode(await recipient.open(ct))).toBe('hello');
  });

  it('says DEMO in a demo key pair\'s file names and in its private key file', async () => {
    const f = await generateRecipientKeyPair(work.dir, { name: 'demo', demo: true });
    expect(f.publicKeyFile).toBe(join(work.dir, 'demo.DEMO-NOT-FOR-PRODUCTION.pub'));
    expect(f.privateKeyFile).toBe(join(work.dir, 'demo.DEMO-NOT-FOR-PRODUCTION.key'));
    expect(readFileSync(f.privateKeyFile, 'utf8').split('\n')[0]).toMatch(/DEMO .*NOT FOR PRODUCTION/);
    expect(readRecipientPrivateKey(f.privateKeyFile)).toHaveLength(32);
  });

  it('never overwrites an existing pair', async () => {
    await generateRecipientKeyPair(work.dir, { name: 'msp', demo: false });
    await expect(generateRecipientKeyPair(work.dir, { name: 'msp', demo: false })).rejects.toMatchObject({ code: 'LV_KEYRING_EXISTS' });
  });

  it('refuses a private key file that group or others can access', async () => {
    const f = await generateRecipientKeyPair(work.dir, { name: 'msp', demo: false });
    chmodSync(f.privateKeyFile, 0o644);
    expect(() => readRecipientPrivateKey(f.privateKeyFile)).toThrow(expect.objectContaining({ code: 'LV_KEYRING_PERMISSIONS', message: expect.stringContaining('chmod 600') }));
  });

  it('explains malformed and missing key files', () => {
    const pub = join(work.dir, 'bad.pub');
    writeFileSync(pub, 'not base64!\n');
    expect(() => readRecipientPublicKey(pub)).toThrow(expect.objectContaining({ code: 'LV_KEY_FORMAT' }));
    writeFileSync(pub, `${Buffer.alloc(31).toString('base64')}\n`);
    expect(() => readRecipientPublicKey(pub)).toThrow(expect.objectContaining({ code: 'LV_KEY_FORMAT', message: expect.stringContaining('32 bytes') }));
    writeFileSync(pub, `${Buffer.alloc(32).toString('base64')}\n${Buffer.alloc(32).toString('base64')}\n`);
    expect(() => readRecipientPublicKey(pub)).toThrow(expect.objectContaining({ code: 'LV_KEY_FORMAT' }));
    expect(() => readRecipientPublicKey(join(work.dir, 'missing.pub'))).toThrow(expect.objectContaining({ code: 'LV_IO' }));
    expect(() => readRecipientPrivateKey(join(work.dir, 'missing.key'))).toThrow(expect.objectContaining({ code: 'LV_IO' }));
  });
});
