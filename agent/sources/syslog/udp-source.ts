import type { Buffer } from 'node:buffer';
import { createSocket, type RemoteInfo, type Socket } from 'node:dgram';
import { isIPv6 } from 'node:net';
import type { Logger } from 'pino';
import { LogveilError } from '../../errors.js';
import type { MessageSink, RawMessage } from '../raw-message.js';
import { errorCode } from './error-code.js';
import { readKernelUdpDrops } from './kernel-udp-drops.js';
import { createAllowList, unmapIpv4, type AllowList } from './allow-list.js';
import { createSourceCounters, snapshotStats, type SourceCounters } from './source-counters.js';
import type { SourceStats, SyslogSource, SyslogSourceOptions } from './syslog-source.js';

/**
 * Syslog over UDP (RFC 5426): one datagram is one message.
 *
 * UDP cannot be paused, so the only bounded answer to a full pipeline is to
 * drop: while `sink.full` is true, arriving datagrams are dropped and counted
 * (`queue_full`). Datagrams read in the same turn of the event loop (libuv
 * reads up to 32 per readiness) are pushed together from one setImmediate, so
 * the sink sees batches instead of one call per datagram. A batch is at most
 * MAX_BATCH messages; when it reaches that size it is pushed at once.
 *
 * Datagrams that never reach the agent because the kernel's receive buffer
 * was full are counted too (`receive_buffer`), from the socket's own kernel
 * counter (kernel-udp-drops.ts), read when stats are taken (at most once a
 * second) and once more before the socket closes. Datagrams still in the
 * buffer when the socket closes are discarded by the kernel and counted nowhere.
 *
 * A trailing LF (or CRLF) or NUL is not part of the message: many devices add
 * one, and RFC 5426 §3.1 puts exactly one message in a datagram. Empty datagrams
 * carry nothing and are ignored.
 */

const LF = 0x0a;
const CR = 0x0d;
const NUL = 0x00;
const MAX_BATCH = 1024;
const KERNEL_READ_INTERVAL_MS = 1000;

export function createUdpSource(
  opts: SyslogSourceOptions,
  sink: MessageSink,
  logger: Logger,
  now: () => number,
): SyslogSource {
  return new UdpSource(opts, sink, logger, now);
}

class UdpSource implements SyslogSource {
  readonly name: string;
  readonly #opts: SyslogSourceOptions;
  readonly #sink: MessageSink;
  readonly #logger: Logger;
  readonly #now: () => number;
  readonly #counters: SourceCounters = createSourceCounters();
  readonly #allow: AllowList | null;
  /** The socket is udp6: IPv4 peers show up as ::ffff:a.b.c.d. */
  readonly #unmap: boolean;
  #socket: Socket | null = null;
  #started = false;
  #closing: Promise<void> | null = null;
  /** Datagrams of this event-loop turn, pushed by #flush; at most MAX_BATCH. */
  #batch: RawMessage[] = [];
  #batchAt = 0;
  #flushScheduled = false;
  /** Start of the ongoing queue-full episode, or -1. */
  #droppingSince = -1;
  #unregisterDrain: (() => void) | null = null;
  /** Where the socket is bound, for its kernel drop counter; null before bind. */
  #bound: { address: string; port: number } | null = null;
  /** The kernel's drop counter at the last read (a new socket's starts at 0), and when that was. */
  #kernelDrops = 0;
  #kernelReadAt = -Infinity;

  constructor(opts: SyslogSourceOptions, sink: MessageSink, logger: Logger, now: () => number) {
    this.name = opts.name;
    this.#opts = opts;
    this.#sink = sink;
    this.#logger = logger;
    this.#now = now;
    this.#allow = createAllowList(opts.allowNetworks);
    this.#unmap = isIPv6(opts.host);
  }

  start(): Promise<{ address: string; port: number }> {
    if (this.#started) return Promise.reject(new LogveilError('LV_USAGE', `source ${this.name}: already started`));
    this.#started = true;
    const socket = createSocket(
      this.#opts.receiveBufferBytes === undefined
        ? { type: this.#unmap ? 'udp6' : 'udp4' }
        : { type: this.#unmap ? 'udp6' : 'udp4', recvBufferSize: this.#opts.receiveBufferBytes },
    );
    this.#socket = socket;
    socket.on('message', (msg: Buffer, rinfo: RemoteInfo) => this.#onMessage(msg, rinfo));
    this.#unregisterDrain = this.#sink.onDrain(() => this.#endDropping());
    return new Promise((resolve, reject) => {
      const onBindError = (err: Error): void => {
        this.#socket = null;
        socket.close();
        reject(new LogveilError('LV_IO', `source ${this.name}: cannot bind UDP port ${this.#opts.port} (${errorCode(err)})`, { cause: err }));
      };
      socket.once('error', onBindError);
      socket.bind(this.#opts.port, this.#opts.host, () => {
        socket.off('error', onBindError);
        socket.on('error', (err) => this.#logger.error({ code: errorCode(err) }, 'udp socket error'));
        const { address, port } = socket.address();
        this.#bound = { address, port };
        const granted = socket.getRecvBufferSize();
        this.#logger.info({ mode: 'udp', port, recvBufferBytes: granted }, 'syslog source listening');
        // Linux grants twice what was asked (bookkeeping included), up to twice net.core.rmem_max.
        const requested = this.#opts.receiveBufferBytes;
        if (requested !== undefined && granted < requested) {
          this.#logger.warn(
            { source: this.name, requestedBytes: requested, grantedBytes: granted },
            'the kernel granted a smaller UDP receive buffer than configured (capped by net.core.rmem_max on Linux); bursts beyond it are dropped by the kernel and counted as receive_buffer',
          );
        }
        resolve({ address, port });
      });
    });
  }

  stopAccepting(): Promise<void> {
    const socket = this.#socket;
    if (socket === null) return Promise.resolve();
    this.#socket = null;
    this.#flush();
    this.#readKernelDrops(true);
    return new Promise((resolve) => socket.close(() => resolve()));
  }

  close(): Promise<void> {
    this.#closing ??= this.stopAccepting().then(() => {
      this.#flush();
      this.#endDropping();
      this.#unregisterDrain?.();
      this.#unregisterDrain = null;
    });
    return this.#closing;
  }

  reloadTls(): Promise<void> {
    return Promise.resolve();
  }

  stats(): SourceStats {
    if (this.#socket !== null) this.#readKernelDrops();
    return snapshotStats(this.#counters, this.#droppingSince, this.#now());
  }

  #onMessage(msg: Buffer, rinfo: RemoteInfo): void {
    const counters = this.#counters;
    counters.bytes += msg.length;
    const address = this.#unmap ? unmapIpv4(rinfo.address) : rinfo.address;
    if (this.#allow !== null && !this.#allow.allows(address)) {
      counters.dropped.not_allowed++;
      return;
    }
    if (this.#sink.full) {
      counters.dropped.queue_full++;
      if (this.#droppingSince < 0) {
        this.#droppingSince = this.#now();
        counters.pauses++;
      }
      return;
    }
    if (this.#droppingSince >= 0) this.#endDropping();

    let end = msg.length;
    const last = end > 0 ? msg[end - 1] : -1;
    if (last === LF) {
      end--;
      if (end > 0 && msg[end - 1] === CR) end--;
    } else if (last === NUL) {
      end--;
    }
    if (end === 0) return;
    let truncated = false;
    if (end > this.#opts.maxMessageBytes) {
      end = this.#opts.maxMessageBytes;
      truncated = true;
      counters.truncated++;
    }
    const batch = this.#batch;
    if (batch.length === 0) this.#batchAt = this.#now();
    batch.push({
      text: msg.toString('latin1', 0, end),
      transport: 'udp',
      remoteAddress: address,
      source: this.name,
      receivedAt: this.#batchAt,
      truncated,
      streamId: 0,
    });
    if (batch.length >= MAX_BATCH) {
      this.#flush();
    } else if (!this.#flushScheduled) {
      this.#flushScheduled = true;
      setImmediate(this.#flushSoon);
    }
  }

  readonly #flushSoon = (): void => {
    this.#flushScheduled = false;
    this.#flush();
  };

  #flush(): void {
    const batch = this.#batch;
    if (batch.length === 0) return;
    this.#batch = [];
    this.#counters.received += batch.length;
    try {
      // The return value does not matter here: the messages were accepted, and
      // the next datagram checks `sink.full` itself.
      this.#sink.push(batch);
    } catch (err) {
      this.#logger.error({ code: errorCode(err), messages: batch.length }, 'sink rejected a batch');
    }
  }

  /**
   * Adds what the kernel dropped since the last read. At most once a second (a read of
   * /proc/net/udp costs about 0.1 ms, more with many sockets, and /healthz and /metrics
   * take stats on every request) unless `force`d, as before the socket closes.
   */
  #readKernelDrops(force = false): void {
    if (this.#bound === null) return;
    const now = this.#now();
    if (!force && now - this.#kernelReadAt < KERNEL_READ_INTERVAL_MS) return;
    this.#kernelReadAt = now;
    const drops = readKernelUdpDrops(this.#bound.address, this.#bound.port, this.#unmap);
    if (drops === undefined) return;
    // The kernel's counter is a 32-bit int (printed signed): the difference modulo 2^32 is
    // right across a wrap, and a counter that wrapped never sticks.
    this.#counters.dropped.receive_buffer += (drops - this.#kernelDrops) >>> 0;
    this.#kernelDrops = drops;
  }

  #endDropping(): void {
    if (this.#droppingSince < 0) return;
    this.#counters.pausedMs += Math.max(0, this.#now() - this.#droppingSince);
    this.#droppingSince = -1;
  }
}
