/**
 * What a source hands to the pipeline. A raw message is personal data: it lives
 * only in memory, between the socket and the pseudonymize stage (DESIGN.md
 * invariant 1). Nothing here is ever logged or written.
 */
export const TRANSPORTS = ['udp', 'tcp', 'tls'] as const;
export type Transport = (typeof TRANSPORTS)[number];

export interface RawMessage {
  /** The message without its framing, as a binary string (one char per byte: Buffer#toString('latin1')). */
  text: string;
  transport: Transport;
  /** The sender's address as the socket saw it (IPv4-mapped IPv6 unwrapped to IPv4). Pseudonymized downstream. */
  remoteAddress: string;
  /** Name of the source (from the configuration) that received it. */
  source: string;
  /** Receive time, ms since the epoch. */
  receivedAt: number;
  /** The message was longer than the source's max_message_bytes and was cut there. */
  truncated: boolean;
  /**
   * Identifies the stream the message came from (one TCP/TLS connection; 0 for UDP), so
   * multi-line rule state (PEM blocks) stays per stream.
   */
  streamId: number;
}

/**
 * Where sources push messages. `push` returns false when the pipeline's bounded
 * queue is full: a stream source must then pause its sockets until `onDrain`
 * fires (backpressure); a datagram source, which cannot pause, counts the
 * messages it could not hand over as dropped (reason `queue_full`). A `push`
 * that returns false has still accepted the messages it was given.
 */
export interface MessageSink {
  push(messages: RawMessage[]): boolean;
  /** Registers a listener for "there is room again"; returns a function that unregisters it. */
  onDrain(listener: () => void): () => void;
  /** True while the queue is full (for a source that wants to check before reading more). */
  readonly full: boolean;
}
