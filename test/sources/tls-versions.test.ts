import { readFileSync } from 'node:fs';
import { connect as tlsConnect, type ConnectionOptions } from 'node:tls';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSyslogSource, type SyslogSourceOptions } from '../../agent/sources/index.js';
import { baseOptions, MemorySink, makeTestPki, startSource, waitFor, type Started, type TestPki } from './helpers.js';

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

/** Resolves with the negotiated protocol, or with the error code if the handshake failed. */
function handshake(port: number, opts: ConnectionOptions): Promise<string> {
  return new Promise((resolve) => {
    const socket = tlsConnect({ port, host: '127.0.0.1', ca: readFileSync(pki.caCert), ...opts }, () => {
      const protocol = socket.getProtocol() ?? 'none';
      // Let the server finish its side of the handshake before leaving.
      socket.on('data', () => {});
      socket.end(() => resolve(protocol));
    });
    socket.once('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? 'error'));
  });
}

const tls = (minVersion: 'TLSv1.2' | 'TLSv1.3') => ({ certFile: pki.serverCert, keyFile: pki.serverKey, verifyClient: false, minVersion });

describe('TLS protocol versions', () => {
  it('accepts TLS 1.2 and 1.3 and refuses a TLS 1.1 client, counting the failed handshake', async () => {
    started = await startSource({ mode: 'tls', tls: tls('TLSv1.2') });
    const { port, source } = started;
    expect(await handshake(port, { minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2' })).toBe('TLSv1.2');
    expect(await handshake(port, {})).toBe('TLSv1.3');
    const old = await handshake(port, { minVersion: 'TLSv1.1', maxVersion: 'TLSv1.1', ciphers: 'DEFAULT@SECLEVEL=0' });
    expect(old).not.toMatch(/^TLSv/);
    await waitFor(() => source.stats().dropped.tls_handshake > 0, 'a counted handshake failure');
    expect(source.stats().dropped.tls_handshake).toBe(1);
    expect(source.stats().connectionsTotal).toBe(3);
  });

  it('refuses a TLS 1.2 client when the minimum is TLS 1.3', async () => {
    started = await startSource({ mode: 'tls', tls: tls('TLSv1.3') });
    const { port, source } = started;
    expect(await handshake(port, { maxVersion: 'TLSv1.2' })).not.toMatch(/^TLSv/);
    await waitFor(() => source.stats().dropped.tls_handshake === 1, 'a counted handshake failure');
  });

  it('refuses a configuration that asks for less than TLS 1.2', () => {
    const opts = { ...baseOptions({ mode: 'tls' }), tls: { ...tls('TLSv1.2'), minVersion: 'TLSv1.1' } } as unknown as SyslogSourceOptions;
    expect(() => createSyslogSource(opts, new MemorySink(), { logger: pino({ level: 'silent' }) })).toThrow(
      expect.objectContaining({ code: 'LV_CONFIG_INVALID', message: expect.stringContaining('tls.minVersion') }),
    );
  });
});
