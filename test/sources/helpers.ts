import { execFile, execFileSync } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect as netConnect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { createSyslogSource, type MessageSink, type RawMessage, type SyslogSource, type SyslogSourceOptions } from '../../agent/sources/index.js';

/**
 * An in-memory pipeline queue: `push` appends; it reports full once `pending`
 * (pushed, not yet consumed) reaches `capacity`; `consume()` empties it and
 * fires the drain listeners, as the real queue does when there is room again.
 */
export class MemorySink implements MessageSink {
  readonly messages: RawMessage[] = [];
  pushes = 0;
  pending = 0;
  maxPending = 0;
  capacity: number;
  #full = false;
  readonly #listeners = new Set<() => void>();

  constructor(capacity = Number.POSITIVE_INFINITY) {
    this.capacity = capacity;
  }

  push(batch: RawMessage[]): boolean {
    this.pushes++;
    for (const m of batch) this.messages.push(m);
    this.pending += batch.length;
    if (this.pending > this.maxPending) this.maxPending = this.pending;
    if (this.pending >= this.capacity) this.#full = true;
    return !this.#full;
  }

  get full(): boolean {
    return this.#full;
  }

  /** Forces the full flag (UDP tests); clearing it fires drain. */
  setFull(full: boolean): void {
    this.#full = full;
    if (!full) for (const l of [...this.#listeners]) l();
  }

  consume(): void {
    this.pending = 0;
    if (this.#full) this.setFull(false);
  }

  onDrain(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  get drainListeners(): number {
    return this.#listeners.size;
  }

  texts(): string[] {
    return this.messages.map((m) => m.text);
  }

  /** [text, truncated] pairs. */
  frames(): [string, boolean][] {
    return this.messages.map((m) => [m.text, m.truncated]);
  }
}

/** A pino logger whose output is kept in memory (to check that it never holds content or addresses). */
export function memoryLogger(): { logger: pino.Logger; lines: string[] } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      lines.push(chunk.toString('utf8'));
      cb();
    },
  });
  return { logger: pino({ level: 'debug' }, stream), lines };
}

export function baseOptions(overrides: Partial<SyslogSourceOptions> = {}): SyslogSourceOptions {
  return {
    name: 'test',
    mode: 'tcp',
    host: '127.0.0.1',
    port: 0,
    maxMessageBytes: 8192,
    allowNetworks: [],
    maxConnections: 100,
    idleTimeoutSecs: 30,
    ...overrides,
  };
}

export interface Started {
  source: SyslogSource;
  sink: MemorySink;
  port: number;
  logLines: string[];
}

/** Starts a source on 127.0.0.1 with port 0; remember to `close()` it. */
export async function startSource(overrides: Partial<SyslogSourceOptions> = {}, sink = new MemorySink()): Promise<Started> {
  const { logger, lines } = memoryLogger();
  const source = createSyslogSource(baseOptions(overrides), sink, { logger });
  const { port } = await source.start();
  return { source, sink, port, logLines: lines };
}

export async function waitFor(condition: () => boolean, what = 'condition', timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

export function connectTcp(port: number, host = '127.0.0.1'): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = netConnect({ port, host }, () => {
      socket.off('error', reject);
      resolve(socket);
    });
    socket.once('error', reject);
  });
}

/** Writes the chunks one by one, each in its own TCP segment as far as the stack allows, then ends. */
export async function sendTcp(port: number, chunks: readonly (string | Buffer)[], opts: { end?: boolean } = {}): Promise<Socket> {
  const socket = await connectTcp(port);
  socket.setNoDelay(true);
  for (const c of chunks) {
    const buf = typeof c === 'string' ? Buffer.from(c, 'latin1') : c;
    if (!socket.write(buf)) await new Promise((r) => socket.once('drain', r));
  }
  if (opts.end !== false) await new Promise<void>((r) => socket.end(() => r()));
  return socket;
}

export function closed(socket: { once(event: 'close', l: () => void): unknown; closed?: boolean }): Promise<void> {
  if (socket.closed === true) return Promise.resolve();
  return new Promise((r) => socket.once('close', () => r()));
}

export async function sendUdp(port: number, datagrams: readonly (string | Buffer)[], host = '127.0.0.1'): Promise<void> {
  const socket = createSocket(host.includes(':') ? 'udp6' : 'udp4');
  for (const d of datagrams) {
    const buf = typeof d === 'string' ? Buffer.from(d, 'latin1') : d;
    await new Promise<void>((resolve, reject) => socket.send(buf, port, host, (err) => (err ? reject(err) : resolve())));
  }
  await new Promise<void>((r) => socket.close(() => r()));
}

/** util-linux logger(1), as a device would send. */
export function runLogger(args: readonly string[], input?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = execFile('/usr/bin/logger', args, { timeout: 10_000 }, (err) => (err ? reject(err) : resolve()));
    if (input !== undefined) child.stdin?.end(input);
  });
}

/** Throwaway PKI made with the openssl CLI in a temp dir (deleted by `remove`): never committed. */
export interface TestPki {
  dir: string;
  caCert: string;
  serverCert: string;
  serverKey: string;
  /** A second server certificate (other CN) from the same CA, for reload tests. */
  server2Cert: string;
  server2Key: string;
  clientCert: string;
  clientKey: string;
  /** A client certificate from another CA. */
  strangerCert: string;
  strangerKey: string;
  remove(): void;
}

export function makeTestPki(): TestPki {
  const dir = mkdtempSync(join(tmpdir(), 'logveil-pki-'));
  const p = (name: string): string => join(dir, name);
  const ossl = (...args: string[]): void => {
    execFileSync('openssl', args, { stdio: 'pipe' });
  };
  const key = (name: string): void => ossl('genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', p(name));
  const ca = (name: string, cn: string): void => {
    key(`${name}.key`);
    ossl('req', '-x509', '-new', '-key', p(`${name}.key`), '-subj', `/CN=${cn}`, '-days', '2', '-out', p(`${name}.crt`));
  };
  const leaf = (name: string, cn: string, caName: string, ext: string): void => {
    key(`${name}.key`);
    ossl('req', '-new', '-key', p(`${name}.key`), '-subj', `/CN=${cn}`, '-out', p(`${name}.csr`));
    writeFileSync(p(`${name}.ext`), ext);
    ossl('x509', '-req', '-in', p(`${name}.csr`), '-CA', p(`${caName}.crt`), '-CAkey', p(`${caName}.key`), '-CAcreateserial',
      '-days', '2', '-extfile', p(`${name}.ext`), '-out', p(`${name}.crt`));
  };
  ca('ca', 'logveil test CA');
  ca('other-ca', 'some other CA');
  const serverExt = 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n';
  leaf('server', 'logveil server one', 'ca', serverExt);
  leaf('server2', 'logveil server two', 'ca', serverExt);
  leaf('client', 'gateway device', 'ca', 'extendedKeyUsage=clientAuth\n');
  leaf('stranger', 'stranger device', 'other-ca', 'extendedKeyUsage=clientAuth\n');
  return {
    dir,
    caCert: p('ca.crt'),
    serverCert: p('server.crt'),
    serverKey: p('server.key'),
    server2Cert: p('server2.crt'),
    server2Key: p('server2.key'),
    clientCert: p('client.crt'),
    clientKey: p('client.key'),
    strangerCert: p('stranger.crt'),
    strangerKey: p('stranger.key'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
