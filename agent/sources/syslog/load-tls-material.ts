import type { Buffer } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import { createSecureContext } from 'node:tls';
import { LogveilError } from '../../errors.js';
import { errorCode } from './error-code.js';
import type { SyslogTlsOptions } from './syslog-source.js';

/** What `tls.createServer` / `server.setSecureContext` need, read from the configured files and checked. */
export interface TlsMaterial {
  cert: Buffer;
  key: Buffer;
  ca?: Buffer;
  minVersion: 'TLSv1.2' | 'TLSv1.3';
}

/**
 * Reads the PEM files and builds a throwaway secure context with them, so a
 * bad file (unreadable, not PEM, key not matching the certificate) is found
 * here and not at the next handshake. Errors name the file and OpenSSL's code,
 * never key material.
 */
export async function loadTlsMaterial(source: string, tls: SyslogTlsOptions): Promise<TlsMaterial> {
  const [cert, key, ca] = await Promise.all([
    readPem(source, 'certFile', tls.certFile),
    readPem(source, 'keyFile', tls.keyFile),
    tls.caFile === undefined ? Promise.resolve(undefined) : readPem(source, 'caFile', tls.caFile),
  ]);
  const material: TlsMaterial = ca === undefined ? { cert, key, minVersion: tls.minVersion } : { cert, key, ca, minVersion: tls.minVersion };
  try {
    createSecureContext(material);
  } catch (err) {
    throw new LogveilError(
      'LV_CONFIG_INVALID',
      `source ${source}: the TLS certificate, key or CA is not usable (${errorCode(err)})`,
      { cause: err },
    );
  }
  return material;
}

async function readPem(source: string, field: string, path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (err) {
    throw new LogveilError('LV_IO', `source ${source}: tls.${field} ${path} cannot be read (${errorCode(err)})`, { cause: err });
  }
}
