import { readFileSync } from 'node:fs';
import { connect as tlsConnect, type ConnectionOptions, type TLSSocket } from 'node:tls';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closed, makeTestPki, startSource, waitFor, type Started, type TestPki } from './helpers.js';

let pki: TestPki;
beforeAll(() => {
  pki = makeTestPki();
});
afterAll(() => pki.remove());

let started: Started | undefined;
afterEach(async () => {
  await started?.source.close();
  started = undefined;
});

function connectTls(port: number, extra: ConnectionOptions = {}): Promise<TLSSocket> {
  return new Promise((resolve, reject) => {
    const socket = tlsConnect({ port, host: '127.0.0.1', ca: readFileSync(pki.caCert), ...extra }, () => resolve(socket));
    socket.once('error', reject);
  });
}

describe('tls syslog source (RFC 5425)', () => {
  it('receives octet-counted and LF-framed messages over TLS, verified against our CA', async () => {
    started = await startSource({
      mode: 'tls',
      name: 'tls-in',
      tls: { certFile: pki.serverCert, keyFile: pki.serverKey, verifyClient: false, minVersion: 'TLSv1.2' },
    });
    const { sink, port, source } = started;
    const socket = await connectTls(port);
    expect(socket.authorized).toBe(true);
    socket.write('9 <13>first<13>second\n');
    socket.end('<13>third');
    await closed(socket);
    await waitFor(() => sink.messages.length === 3, '3 messages');
    expect(sink.texts()).toEqual(['<13>first', '<13>second', '<13>third']);
    for (const m of sink.messages) expect(m).toMatchObject({ transport: 'tls', remoteAddress: '127.0.0.1', source: 'tls-in' });
    expect(source.stats()).toMatchObject({ connectionsTotal: 1, dropped: { tls_handshake: 0 } });
  });

  it('refuses to start when the key does not belong to the certificate', async () => {
    await expect(
      startSource({ mode: 'tls', tls: { certFile: pki.serverCert, keyFile: pki.server2Key, verifyClient: false, minVersion: 'TLSv1.2' } }),
    ).rejects.toMatchObject({ code: 'LV_CONFIG_INVALID', message: expect.stringContaining('ERR_OSSL_X509_KEY_VALUES_MISMATCH') });
  });

  it('refuses to start when a TLS file is missing', async () => {
    await expect(
      startSource({ mode: 'tls', tls: { certFile: `${pki.dir}/nope.crt`, keyFile: pki.serverKey, verifyClient: false, minVersion: 'TLSv1.2' } }),
    ).rejects.toMatchObject({ code: 'LV_IO', message: expect.stringContaining('ENOENT') });
  });
});
