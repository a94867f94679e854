import { readFileSync } from 'node:fs';
import { connect as tlsConnect, type ConnectionOptions } from 'node:tls';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeTestPki, startSource, waitFor, type Started, type TestPki } from './helpers.js';

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

/**
 * Connects, writes one message and waits until the connection is gone or has
 * stayed up a moment. With TLS 1.3 the client learns that the server refused
 * its certificate only after its own handshake is done, so a refused client may
 * still get to write before the alert arrives: what matters is that nothing it
 * wrote reaches the sink.
 */
function sendOne(port: number, opts: ConnectionOptions, text: string): Promise<void> {
  return new Promise((resolve) => {
    const socket = tlsConnect({ port, host: '127.0.0.1', ca: readFileSync(pki.caCert), ...opts }, () => {
      socket.write(`${text}\n`);
      setTimeout(() => {
        socket.end();
        resolve();
      }, 100);
    });
    socket.on('data', () => {});
    socket.once('error', () => resolve());
    socket.once('close', () => resolve());
  });
}

describe('TLS client certificates (verifyClient)', () => {
  it('accepts a client with a certificate from our CA and refuses clients without one or from another CA', async () => {
    started = await startSource({
      mode: 'tls',
      tls: { certFile: pki.serverCert, keyFile: pki.serverKey, caFile: pki.caCert, verifyClient: true, minVersion: 'TLSv1.2' },
    });
    const { sink, port, source } = started;
    await sendOne(port, { cert: readFileSync(pki.clientCert), key: readFileSync(pki.clientKey) }, '<13>from a known device');
    await sendOne(port, {}, '<13>no certificate');
    await sendOne(port, { cert: readFileSync(pki.strangerCert), key: readFileSync(pki.strangerKey) }, '<13>stranger');
    await sendOne(port, { maxVersion: 'TLSv1.2' }, '<13>no certificate, TLS 1.2');
    await waitFor(() => source.stats().dropped.tls_handshake === 3, 'three refused handshakes');
    await waitFor(() => source.stats().connectionsActive === 0, 'all connections closed');
    expect(sink.texts()).toEqual(['<13>from a known device']);
  });

  it('does not ask for a client certificate when verifyClient is off', async () => {
    started = await startSource({
      mode: 'tls',
      tls: { certFile: pki.serverCert, keyFile: pki.serverKey, verifyClient: false, minVersion: 'TLSv1.2' },
    });
    const { sink, port } = started;
    await sendOne(port, {}, '<13>anonymous client');
    await waitFor(() => sink.messages.length === 1, 'a message');
    expect(sink.texts()).toEqual(['<13>anonymous client']);
  });
});
