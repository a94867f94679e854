import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRecipientSuite } from '../../agent/keys/recipient-keys.js';
import { openSpool } from '../../agent/spool/index.js';
import { deriveFrameSecrets, HPKE_INFO } from '../../agent/spool/frame-cipher.js';
import { decodeHeader } from '../../agent/spool/segment-format.js';
import { batchOf, captureLogger, event, spoolOptions, tempDir, testKeys, type TestKeys } from './helpers.js';

const AGENT = fileURLToPath(new URL('../../agent/', import.meta.url));

let keys: TestKeys;
let work: { dir: string; cleanup(): void };
beforeAll(async () => {
  work = tempDir('isolation');
  keys = await testKeys(join(work.dir, 'keys'));
});
afterAll(() => work.cleanup());

const sources = (dir: string) =>
  (readdirSync(join(AGENT, dir), { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => [`${dir}/${f}`, readFileSync(join(AGENT, dir, f), 'utf8')] as const);

describe('the gateway side and the private key', () => {
  it('has no spool or store module that reads a private key, opens a recipient context or imports the query side', () => {
    const files = [...sources('spool'), ...sources('store')];
    expect(files.length).toBeGreaterThan(5);
    for (const [name, text] of files) {
      expect(text, name).not.toMatch(/readRecipientPrivateKey|createRecipientContext|deserializePrivateKey|importRecipientPrivateKey/);
      expect(text, name).not.toMatch(/from '\.\.\/query\//);
    }
  });

  it('never writes the frame key or base nonce anywhere, nor logs them', async () => {
    const dir = join(work.dir, 'spool');
    const { logger, lines } = captureLogger();
    const spool = await openSpool(spoolOptions(dir, keys.publicKey), { logger });
    await spool.append('logs', batchOf([event(1), event(2)]));
    await spool.close();
    const [seg] = spool.sealed();
    const bytes = readFileSync(seg!.file);
    const h = decodeHeader(bytes);
    if (!h.ok) throw new Error(h.reason);
    // Only the private key's holder can re-derive them:
    const suite = createRecipientSuite();
    const ctx = await suite.createRecipientContext({ recipientKey: await suite.kem.deserializePrivateKey(keys.privateKey), enc: h.header.enc, info: HPKE_INFO });
    const { key, baseNonce } = await deriveFrameSecrets(ctx, h.header.digest);
    const written = (readdirSync(dir, { recursive: true }) as string[]).map((f) => join(dir, f)).filter((p) => statSync(p).isFile());
    expect(written.length).toBeGreaterThan(2);
    for (const p of written) {
      const b = readFileSync(p);
      for (const secret of [key, baseNonce, key.subarray(0, 8)]) {
        expect(b.includes(secret), p).toBe(false);
        expect(b.includes(Buffer.from(secret.toString('hex'))), p).toBe(false);
        expect(b.includes(Buffer.from(secret.toString('base64'))), p).toBe(false);
      }
    }
    const logs = JSON.stringify(lines);
    expect(logs).not.toContain(key.toString('hex'));
    expect(logs).not.toContain(key.toString('base64'));
  });
});
