import type { RawMessage } from '../../agent/sources/index.js';
import { createSourceCounters, type SourceCounters } from '../../agent/sources/syslog/source-counters.js';
import { StreamFramer } from '../../agent/sources/syslog/stream-framer.js';

/** Drives the internal RFC 6587 framer directly, without sockets. */
export class FramerHarness {
  readonly counters: SourceCounters = createSourceCounters();
  readonly framer: StreamFramer;
  readonly out: RawMessage[] = [];
  maxBuffered = 0;

  constructor(maxMessageBytes = 64, maxOctetCount = Math.max(16 * maxMessageBytes, 1 << 20)) {
    this.framer = new StreamFramer(
      { maxMessageBytes, maxOctetCount, transport: 'tcp', remoteAddress: '192.0.2.1', source: 'unit', streamId: 7 },
      this.counters,
    );
  }

  feed(...chunks: (string | Buffer)[]): this {
    for (const c of chunks) {
      this.framer.feed(typeof c === 'string' ? Buffer.from(c, 'latin1') : c, this.out, 1);
      this.maxBuffered = Math.max(this.maxBuffered, this.framer.bufferedBytes);
    }
    return this;
  }

  end(): this {
    this.framer.end(this.out, 2);
    return this;
  }

  texts(): string[] {
    return this.out.map((m) => m.text);
  }

  /** [text, truncated] pairs. */
  frames(): [string, boolean][] {
    return this.out.map((m) => [m.text, m.truncated]);
  }
}

/** Feeds `input` split at the given offsets. */
export function splitAt(input: string, cuts: readonly number[]): string[] {
  const sorted = [...new Set(cuts)].filter((c) => c > 0 && c < input.length).sort((a, b) => a - b);
  const parts: string[] = [];
  let from = 0;
  for (const c of sorted) {
    parts.push(input.slice(from, c));
    from = c;
  }
  parts.push(input.slice(from));
  return parts;
}
