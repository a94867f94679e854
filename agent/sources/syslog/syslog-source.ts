import type { Logger } from 'pino';

/**
 * The public shape of a syslog source: one listener (UDP socket or TCP/TLS
 * server) named in the configuration. Built by `createSyslogSource`.
 */

/** Stable reasons for `SourceStats.dropped` (exported as a metric label). */
export const DROP_REASONS = [
  /** UDP: a datagram arrived while the pipeline queue was full (UDP cannot be paused). */
  'queue_full',
  /**
   * UDP: the kernel discarded a datagram because the socket's receive buffer was full (the
   * agent never saw it). Read from the socket's row in /proc/net/udp(6); 0 where there is no /proc.
   */
  'receive_buffer',
  /** The sender is outside `allowNetworks`: datagram dropped, or connection refused. */
  'not_allowed',
  /** A connection beyond `maxConnections` was refused. */
  'too_many_connections',
  /** A broken or incomplete RFC 6587 octet count; the stream was resynchronised. */
  'framing_error',
  /** A connection (or a TLS handshake) was idle for `idleTimeoutSecs` and was closed. */
  'idle_timeout',
  /** A TLS handshake failed (protocol version, no or untrusted client certificate, garbage). */
  'tls_handshake',
] as const;
export type DropReason = (typeof DROP_REASONS)[number];

export interface SyslogTlsOptions {
  certFile: string;
  keyFile: string;
  /** CA bundle that client certificates must chain to (required when `verifyClient`). */
  caFile?: string;
  /** Require a client certificate and verify it against `caFile` (RFC 5425 §5, mutual authentication). */
  verifyClient: boolean;
  /** Lowest TLS version accepted; anything below TLS 1.2 is refused at creation. */
  minVersion: 'TLSv1.2' | 'TLSv1.3';
}

export interface SyslogSourceOptions {
  name: string;
  mode: 'udp' | 'tcp' | 'tls';
  host: string;
  /** 0 = any free port (tests). */
  port: number;
  /** Longer messages are cut here (`truncated`). */
  maxMessageBytes: number;
  /** CIDRs (or single addresses), IPv4 and IPv6, allowed to send; empty = everyone. */
  allowNetworks: readonly string[];
  /** UDP: SO_RCVBUF to ask for (the kernel caps it at net.core.rmem_max). */
  receiveBufferBytes?: number;
  /** TCP/TLS: open connections at most; more are refused. */
  maxConnections: number;
  /** TCP/TLS: close a connection (or a TLS handshake) silent this long; 0 = never. */
  idleTimeoutSecs: number;
  /** Required for mode `tls`. */
  tls?: SyslogTlsOptions;
}

export interface SyslogSourceDeps {
  logger: Logger;
  /** Clock for `receivedAt` and pause durations (ms since the epoch); Date.now by default. */
  now?: () => number;
}

/** Plain counters, monotonic except `connectionsActive` and `paused`. */
export interface SourceStats {
  /** Messages pushed to the sink. */
  received: number;
  /** Bytes read from the network, framing included (dropped datagrams too). */
  bytes: number;
  /** Messages cut at `maxMessageBytes` (they were pushed, with `truncated: true`). */
  truncated: number;
  dropped: Record<DropReason, number>;
  connectionsActive: number;
  /** Connections accepted (after the network and connection-limit checks). */
  connectionsTotal: number;
  /** The sink is full right now: stream sockets are paused / datagrams are dropped. */
  paused: boolean;
  /** Times the sink became full for this source. */
  pauses: number;
  /** Total time spent paused (stream) or dropping for a full queue (UDP), ongoing episode included. */
  pausedMs: number;
}

export interface SyslogSource {
  readonly name: string;
  /** Binds the socket; resolves with the bound address and port. */
  start(): Promise<{ address: string; port: number }>;
  /**
   * Graceful drain, step 1: no new connections or datagrams, and no further
   * reads from open connections (they stay open and paused, so TCP flow control
   * holds the senders). What was already read has been pushed.
   */
  stopAccepting(): Promise<void>;
  /** Pushes what Node already read, ends every connection, releases the socket. Idempotent. */
  close(): Promise<void>;
  /**
   * TLS: re-reads the certificate, key and CA files and uses them for new
   * handshakes; the listener and open connections are untouched. Rejects (and
   * keeps the old material) if the files cannot be read or do not form a valid
   * key pair. A no-op for UDP and TCP.
   */
  reloadTls(): Promise<void>;
  stats(): SourceStats;
}
