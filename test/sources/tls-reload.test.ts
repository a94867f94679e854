import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { connect as tlsConnect, type TLSSocket } from 'node:tls';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closed, makeTestPki, startSource, waitFor, type Started, type TestPki } from './helpers.js';

let pki: TestPki;
let certFile: string;
let keyFile: string;
beforeAll(() => {
  pki = makeTestPki();
  certFile = join(pki.dir, 'live.crt');
  keyFile = join(pki.dir, 'live.key');
});
afterAll(() => pki.remove());

let started: Started | undefined;
afterEach(async () => {
  await started?.source.close();
  started = undefined;
});

function connectTls(port: number): Promise<TLSSocket> {
  return new Promise((resolve, reject) => {
    const socket = tlsConnect({ port, host: '127.0.0.1', ca: readFileSync(pki.caCert) }, () => resolve(socket));
    socket.once('error', reject);
  });
}

const serverName = (socket: TLSSocket): unknown => socket.getPeerCertificate().subject?.CN;

describe('reloading the TLS certificate', () => {
  it('swaps the certificate for new handshakes, keeps the listener and the open connections', async () => {
    copyFileSync(pki.serverCert, certFile);
    copyFileSync(pki.serverKey, keyFile);
    started = await startSource({ mode: 'tls', tls: { certFile, keyFile, verifyClient: false, minVersion: 'TLSv1.2' } });
    const { sink, port, source } = started;

    const old = await connectTls(port);
    expect(serverName(old)).toBe('logveil server one');
    old.write('<13>before reload\n');

    copyFileSync(pki.server2Cert, certFile);
    copyFileSync(pki.server2Key, keyFile);
    await source.reloadTls();

    const fresh = await connectTls(port);
    expect(serverName(fresh)).toBe('logveil server two');
    fresh.write('<13>new connection\n');
    old.write('<13>old connection after reload\n');
    await waitFor(() => sink.messages.length === 3, '3 messages');
    expect(new Set(sink.texts())).toEqual(new Set(['<13>before reload', '<13>new connection', '<13>old connection after reload']));
    old.end();
    fresh.end();
    await Promise.all([closed(old), closed(fresh)]);
  });

  it('keeps the old certificate when the new files are bad, and says why', async () => {
    copyFileSync(pki.serverCert, certFile);
    copyFileSync(pki.serverKey, keyFile);
    started = await startSource({ mode: 'tls', tls: { certFile, keyFile, verifyClient: false, minVersion: 'TLSv1.2' } });
    const { port, source } = started;

    writeFileSync(certFile, 'not a certificate\n');
    await expect(source.reloadTls()).rejects.toMatchObject({ code: 'LV_CONFIG_INVALID', message: expect.stringContaining('ERR_OSSL') });

    copyFileSync(pki.server2Cert, certFile); // the key is still server one's
    await expect(source.reloadTls()).rejects.toMatchObject({
      code: 'LV_CONFIG_INVALID',
      message: expect.stringContaining('KEY_VALUES_MISMATCH'),
    });

    writeFileSync(keyFile, '');
    await expect(source.reloadTls()).rejects.toMatchObject({ code: 'LV_CONFIG_INVALID' });

    const socket = await connectTls(port);
    expect(serverName(socket)).toBe('logveil server one');
    socket.end();
    await closed(socket);
  });
});
