import type { Buffer } from 'node:buffer';
import { createServer as createNetServer, type Server, type Socket } from 'node:net';
import { createServer as createTlsServer, type Server as TlsServer, type TLSSocket } from 'node:tls';
import type { Logger } from 'pino';
import { LogveilError } from '../../errors.js';
import type { MessageSink, RawMessage, Transport } from '../raw-message.js';
import { createAllowList, unmapIpv4, type AllowList } from './allow-list.js';
import { errorCode } from './error-code.js';
import { loadTlsMaterial } from './load-tls-material.js';
import { createSourceCounters, snapshotStats, type SourceCounters } from './source-counters.js';
import { StreamFramer } from './stream-framer.js';
import type { SourceStats, SyslogSource, SyslogSourceOptions, SyslogTlsOptions } from './syslog-source.js';

/**
 * Syslog over TCP (RFC 6587) and TLS (RFC 5425).
 *
 * One net.Server accepts for both: it enforces `maxConnections` (Node refuses
 * beyond it and emits 'drop') and `allowNetworks` (checked on the raw socket,
 * before any TLS work). For TLS the accepted socket is handed to a tls.Server
 * that never listens itself (`tlsServer.emit('connection', socket)`), so that
 * handshake failures are only real ones, and `setSecureContext` swaps the
 * certificate for new handshakes without touching the listener.
 *
 * Backpressure (DESIGN.md invariant 2): the sink is shared by all connections,
 * so when `push` returns false every connection of this source is paused, and
 * all resume on `onDrain`. Pausing one socket at a time would let each of N
 * connections overshoot the queue by a read chunk (N × 64 KiB); pausing all
 * bounds the overshoot to one chunk. A paused socket stops reading from the
 * kernel, so TCP flow control stops the sender: nothing accepted is lost.
 * Idle timers are re-armed while paused, since a paused peer is not idle.
 *
 * Each chunk is framed synchronously and its messages are pushed as one batch.
 */

/**
 * Octet counts above this are a framing error rather than a long frame
 * (see stream-framer.ts): a digit-leading line of a non-transparent sender must
 * not swallow megabytes of the stream. rsyslog treats any count above its
 * maximum message size so; we honour up to 16× (at least 1 MiB) to cut and
 * skip genuinely long frames exactly.
 */
function maxOctetCount(maxMessageBytes: number): number {
  return Math.max(16 * maxMessageBytes, 1 << 20);
}

/** Process-wide, so stream ids stay unique across sources that share a pipeline. */
let lastStreamId = 0;

export function createStreamSource(
  opts: SyslogSourceOptions,
  sink: MessageSink,
  logger: Logger,
  now: () => number,
): SyslogSource {
  return new StreamSource(opts, sink, logger, now);
}

class StreamSource implements SyslogSource {
  readonly name: string;
  readonly #opts: SyslogSourceOptions;
  readonly #transport: Transport;
  readonly #sink: MessageSink;
  readonly #logger: Logger;
  readonly #now: () => number;
  readonly #counters: SourceCounters = createSourceCounters();
  readonly #allow: AllowList | null;
  readonly #idleMs: number;
  #server: Server | null = null;
  #tlsServer: TlsServer | null = null;
  /** Accepted TCP sockets (for TLS: the raw sockets under the TLS sockets), to end them all on close. */
  readonly #raw = new Set<Socket>();
  /** Sockets that carry syslog (TLS sockets after their handshake), with their framers. */
  readonly #streams = new Map<Socket, StreamFramer>();
  #started = false;
  #stopped = false;
  #closing: Promise<void> | null = null;
  /** Start of the ongoing pause (sink full), or -1. */
  #pausedSince = -1;
  #unregisterDrain: (() => void) | null = null;
  /** Resolves on the server's 'close' (listener closed and every connection ended). */
  #serverClosed: Promise<void> = Promise.resolve();

  constructor(opts: SyslogSourceOptions, sink: MessageSink, logger: Logger, now: () => number) {
    this.name = opts.name;
    this.#opts = opts;
    this.#transport = opts.mode === 'tls' ? 'tls' : 'tcp';
    this.#sink = sink;
    this.#logger = logger;
    this.#now = now;
    this.#allow = createAllowList(opts.allowNetworks);
    this.#idleMs = Math.round(opts.idleTimeoutSecs * 1000);
  }

  async start(): Promise<{ address: string; port: number }> {
    if (this.#started) throw new LogveilError('LV_USAGE', `source ${this.name}: already started`);
    this.#started = true;
    if (this.#opts.mode === 'tls') this.#tlsServer = await this.#createTlsServer(this.#opts.tls as SyslogTlsOptions);

    const server = createNetServer();
    this.#server = server;
    server.maxConnections = this.#opts.maxConnections;
    server.on('connection', (socket: Socket) => this.#accept(socket));
    server.on('drop', (info: unknown) => this.#onDrop(info));
    this.#serverClosed = new Promise((resolve) => server.once('close', () => resolve()));
    await new Promise<void>((resolve, reject) => {
      const onListenError = (err: Error): void => {
        this.#server = null;
        this.#serverClosed = Promise.resolve();
        reject(new LogveilError('LV_IO', `source ${this.name}: cannot listen on port ${this.#opts.port} (${errorCode(err)})`, { cause: err }));
      };
      server.once('error', onListenError);
      server.listen({ host: this.#opts.host, port: this.#opts.port }, () => {
        server.off('error', onListenError);
        resolve();
      });
    });
    // After listening, errors are accept() failures (EMFILE…): log, keep serving.
    server.on('error', (err) => this.#logger.error({ code: errorCode(err) }, 'syslog listener error'));
    this.#unregisterDrain = this.#sink.onDrain(() => this.#resumeAll());
    const bound = server.address();
    if (bound === null || typeof bound === 'string') throw new LogveilError('LV_IO', `source ${this.name}: no bound address`);
    this.#logger.info({ mode: this.#opts.mode, port: bound.port, maxConnections: this.#opts.maxConnections }, 'syslog source listening');
    return { address: bound.address, port: bound.port };
  }

  stopAccepting(): Promise<void> {
    if (!this.#stopped) {
      this.#stopped = true;
      this.#server?.close();
      for (const socket of this.#streams.keys()) socket.pause();
    }
    return Promise.resolve();
  }

  close(): Promise<void> {
    this.#closing ??= this.#closeAll();
    return this.#closing;
  }

  async reloadTls(): Promise<void> {
    if (this.#opts.mode !== 'tls' || this.#opts.tls === undefined) return;
    try {
      const material = await loadTlsMaterial(this.name, this.#opts.tls);
      this.#tlsServer?.setSecureContext(material);
    } catch (err) {
      this.#logger.error({ code: errorCode(err) }, 'TLS reload failed; keeping the previous certificate');
      throw err instanceof LogveilError
        ? err
        : new LogveilError('LV_CONFIG_INVALID', `source ${this.name}: TLS reload failed (${errorCode(err)})`, { cause: err });
    }
    this.#logger.info({ mode: 'tls' }, 'TLS certificate reloaded');
  }

  stats(): SourceStats {
    return snapshotStats(this.#counters, this.#pausedSince, this.#now());
  }

  async #createTlsServer(tls: SyslogTlsOptions): Promise<TlsServer> {
    const material = await loadTlsMaterial(this.name, tls);
    const server = createTlsServer({
      ...material,
      // RFC 5425 §5 (certificate-based authorization): with verifyClient the client must present a certificate that chains to caFile.
      requestCert: tls.verifyClient,
      rejectUnauthorized: tls.verifyClient,
      // A handshake that never completes is a slow-loris too.
      handshakeTimeout: this.#idleMs > 0 ? this.#idleMs : 120_000,
    });
    server.on('secureConnection', (socket: TLSSocket) => this.#attach(socket));
    server.on('tlsClientError', (err: Error, socket: TLSSocket) => {
      if (errorCode(err) === 'ERR_TLS_HANDSHAKE_TIMEOUT') this.#counters.dropped.idle_timeout++;
      else this.#counters.dropped.tls_handshake++;
      this.#logger.debug({ code: errorCode(err) }, 'TLS handshake failed');
      // Node leaves the socket open after a handshake timeout: end it here.
      socket.destroy();
    });
    return server;
  }

  #accept(socket: Socket): void {
    const counters = this.#counters;
    const address = unmapIpv4(socket.remoteAddress ?? '');
    if (this.#stopped || address === '') {
      socket.destroy();
      return;
    }
    if (this.#allow !== null && !this.#allow.allows(address)) {
      counters.dropped.not_allowed++;
      socket.destroy();
      return;
    }
    counters.connectionsActive++;
    counters.connectionsTotal++;
    this.#raw.add(socket);
    socket.once('close', () => {
      counters.connectionsActive--;
      this.#raw.delete(socket);
    });
    if (this.#tlsServer !== null) {
      // The TLS socket reports its own errors; this one only must not be unhandled.
      socket.on('error', () => {});
      this.#tlsServer.emit('connection', socket);
    } else {
      this.#attach(socket);
    }
  }

  /** Node refused a connection beyond maxConnections; count it under the right reason. */
  #onDrop(info: unknown): void {
    const remote = typeof info === 'object' && info !== null && 'remoteAddress' in info ? info.remoteAddress : undefined;
    const address = typeof remote === 'string' ? unmapIpv4(remote) : '';
    if (this.#allow !== null && !this.#allow.allows(address)) this.#counters.dropped.not_allowed++;
    else this.#counters.dropped.too_many_connections++;
  }

  /** Starts reading syslog from a TCP socket or an established TLS socket. */
  #attach(socket: Socket): void {
    if (this.#closing !== null) {
      socket.destroy();
      return;
    }
    const framer = new StreamFramer(
      {
        maxMessageBytes: this.#opts.maxMessageBytes,
        maxOctetCount: maxOctetCount(this.#opts.maxMessageBytes),
        transport: this.#transport,
        remoteAddress: unmapIpv4(socket.remoteAddress ?? ''),
        source: this.name,
        streamId: ++lastStreamId,
      },
      this.#counters,
    );
    this.#streams.set(socket, framer);
    if (this.#idleMs > 0) {
      socket.setTimeout(this.#idleMs);
      socket.on('timeout', () => this.#onIdle(socket));
    }
    socket.on('data', (chunk: Buffer) => this.#onData(framer, chunk));
    socket.on('error', (err) => this.#logger.debug({ code: errorCode(err) }, 'connection error'));
    socket.once('close', () => this.#onClose(socket, framer));
    if (this.#pausedSince >= 0 || this.#stopped) socket.pause();
  }

  #onData(framer: StreamFramer, chunk: Buffer): void {
    this.#counters.bytes += chunk.length;
    const out: RawMessage[] = [];
    framer.feed(chunk, out, this.#now());
    if (out.length > 0) this.#push(out);
  }

  #onClose(socket: Socket, framer: StreamFramer): void {
    this.#streams.delete(socket);
    const out: RawMessage[] = [];
    framer.end(out, this.#now());
    if (out.length > 0) this.#push(out);
  }

  #onIdle(socket: Socket): void {
    if (this.#pausedSince >= 0 || this.#stopped) {
      // We stopped reading; the peer is not idle. Wait another period.
      socket.setTimeout(this.#idleMs);
      return;
    }
    this.#counters.dropped.idle_timeout++;
    socket.destroy();
  }

  #push(out: RawMessage[]): void {
    this.#counters.received += out.length;
    let more = true;
    try {
      more = this.#sink.push(out);
    } catch (err) {
      this.#logger.error({ code: errorCode(err), messages: out.length }, 'sink rejected a batch');
    }
    if (!more) this.#pauseAll();
  }

  #pauseAll(): void {
    if (this.#pausedSince >= 0) return;
    this.#pausedSince = this.#now();
    this.#counters.pauses++;
    for (const socket of this.#streams.keys()) socket.pause();
  }

  #resumeAll(): void {
    if (this.#pausedSince < 0 || this.#sink.full) return;
    this.#counters.pausedMs += Math.max(0, this.#now() - this.#pausedSince);
    this.#pausedSince = -1;
    if (this.#stopped) return;
    for (const socket of this.#streams.keys()) {
      // A full idle period from now: the timer may be about to fire, re-armed while paused.
      if (this.#idleMs > 0) socket.setTimeout(this.#idleMs);
      socket.resume();
    }
  }

  async #closeAll(): Promise<void> {
    await this.stopAccepting();
    this.#unregisterDrain?.();
    this.#unregisterDrain = null;
    const closed: Promise<void>[] = [];
    for (const socket of this.#streams.keys()) {
      // Hand over what Node already read but did not emit while paused:
      // read() emits 'data' for each buffered chunk, which frames and pushes it.
      while (socket.readableLength > 0 && socket.read() !== null);
    }
    for (const socket of [...this.#streams.keys(), ...this.#raw]) {
      if (!socket.closed) closed.push(new Promise((resolve) => socket.once('close', () => resolve())));
      socket.destroy();
    }
    await Promise.all(closed);
    await this.#serverClosed;
    if (this.#pausedSince >= 0) {
      this.#counters.pausedMs += Math.max(0, this.#now() - this.#pausedSince);
      this.#pausedSince = -1;
    }
  }
}
