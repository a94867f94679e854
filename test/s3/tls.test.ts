import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createServer, get, Agent, type Server } from 'node:https';
import tls from 'node:tls';
import { createS3Store } from '../../agent/store/index.js';
import { silentLogger } from '../spool/helpers.js';
import { makeTestPki, type TestPki } from '../sources/helpers.js';
import { s3Options, useS3rverCredentials } from './helpers.js';

let pki: TestPki;
const servers: Server[] = [];
const defaults = { min: tls.DEFAULT_MIN_VERSION, ciphers: tls.DEFAULT_CIPHERS };

beforeAll(() => {
  useS3rverCredentials();
  pki = makeTestPki();
  // Lower node's own defaults, as NODE_OPTIONS=--tls-min-v1.0 would: the store must not follow them.
  tls.DEFAULT_MIN_VERSION = 'TLSv1';
  tls.DEFAULT_CIPHERS = `${defaults.ciphers}:@SECLEVEL=0`;
});
afterAll(async () => {
  tls.DEFAULT_MIN_VERSION = defaults.min;
  tls.DEFAULT_CIPHERS = defaults.ciphers;
  for (const s of servers) await new Promise((r) => s.close(r));
  pki.remove();
});

async function httpsServer(maxVersion: 'TLSv1.1' | 'TLSv1.3'): Promise<number> {
  const s = createServer(
    { key: readFileSync(pki.serverKey), cert: readFileSync(pki.serverCert), minVersion: 'TLSv1', maxVersion, ciphers: 'DEFAULT@SECLEVEL=0' },
    (_req, res) => res.end(),
  );
  s.on('tlsClientError', () => undefined);
  servers.push(s);
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  return (s.address() as { port: number }).port;
}

describe('TLS to the store', () => {
  it('refuses a TLS 1.1 endpoint even when node itself would accept it', async () => {
    const port = await httpsServer('TLSv1.1');
    // With the lowered defaults, a plain client does talk TLS 1.1 to this server...
    const proto = await new Promise<string | null>((resolve, reject) => {
      get({ host: '127.0.0.1', port, agent: new Agent({}), rejectUnauthorized: false }, (r) => {
        r.resume();
        resolve(r.socket && 'getProtocol' in r.socket ? (r.socket as tls.TLSSocket).getProtocol() : null);
      }).on('error', reject);
    });
    expect(proto).toBe('TLSv1.1');
    // ...the store's agent, pinned to TLS 1.2, does not: the handshake fails on the protocol version.
    const store = createS3Store(s3Options(`https://127.0.0.1:${port}`, 'logveil-tls'), { logger: silentLogger });
    try {
      await expect(store.head('k')).rejects.toMatchObject({ code: 'LV_STORE_UNREACHABLE', message: expect.stringMatching(/TLS handshake .* failed \(EPROTO\)/) });
    } finally {
      await store.close();
    }
  });

  it('gets past version negotiation with a TLS 1.2+ endpoint (then refuses its untrusted certificate)', async () => {
    const port = await httpsServer('TLSv1.3');
    const store = createS3Store(s3Options(`https://127.0.0.1:${port}`, 'logveil-tls'), { logger: silentLogger });
    try {
      await expect(store.head('k')).rejects.toMatchObject({
        code: 'LV_STORE_UNREACHABLE',
        message: expect.stringMatching(/TLS handshake .* failed \((UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_GET_ISSUER_CERT_LOCALLY)\)/),
      });
    } finally {
      await store.close();
    }
  });
});
