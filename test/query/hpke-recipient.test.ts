import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { createRecipientSuite } from '../../agent/keys/recipient-keys.js';
import { importRecipientKey, openRecipientExporter } from '../../agent/query/hpke-recipient.js';
import { deriveFrameSecrets, HPKE_INFO } from '../../agent/spool/frame-cipher.js';

describe('the native HPKE recipient', () => {
  it('derives the same exported secrets as @hpke/core for the same encapsulation (RFC 9180 base mode)', async () => {
    const suite = createRecipientSuite();
    const pair = await suite.kem.generateKeyPair();
    const raw = new Uint8Array(await suite.kem.serializePrivateKey(pair.privateKey));
    const native = importRecipientKey(raw);
    expect(native.publicKey.equals(Buffer.from(await suite.kem.serializePublicKey(pair.publicKey)))).toBe(true);
    for (let i = 0; i < 5; i++) {
      const sender = await suite.createSenderContext({ recipientPublicKey: pair.publicKey, info: HPKE_INFO });
      const digest = randomBytes(32);
      const ours = await deriveFrameSecrets(openRecipientExporter(native, new Uint8Array(sender.enc), HPKE_INFO), digest);
      const theirs = await deriveFrameSecrets(sender, digest);
      expect(ours.key.equals(theirs.key)).toBe(true);
      expect(ours.baseNonce.equals(theirs.baseNonce)).toBe(true);
      const long = new Uint8Array(await openRecipientExporter(native, new Uint8Array(sender.enc), HPKE_INFO).export(new TextEncoder().encode('x'), 100));
      expect(Buffer.from(long).equals(Buffer.from(await sender.export(new TextEncoder().encode('x'), 100)))).toBe(true);
    }
  });

  it('refuses a key of the wrong size and an encapsulation that is a low-order point', () => {
    expect(() => importRecipientKey(new Uint8Array(31))).toThrow(expect.objectContaining({ code: 'LV_KEY_FORMAT' }));
    const key = importRecipientKey(randomBytes(32));
    expect(() => openRecipientExporter(key, new Uint8Array(32), HPKE_INFO)).toThrow();
    expect(() => openRecipientExporter(key, new Uint8Array(16), HPKE_INFO)).toThrow();
  });
});
