/**
 * Events to JSON. Inside the agent, strings are binary strings (one char per
 * input byte, see shared/event.ts); JSON must be Unicode. For the usual case,
 * input that was valid UTF-8, JSON.stringify over the binary strings followed
 * by a latin1 encode gives exactly the UTF-8 bytes, with no per-field work.
 * When the input held invalid UTF-8, each string is decoded with replacement
 * characters instead (as Vector and rsyslog do), so the output is always valid.
 */
import { isUtf8 } from 'node:buffer';
import type { LogEvent } from './event.js';

/** One event as UTF-8 JSON bytes, without a trailing newline. */
export function eventToJsonBytes(event: LogEvent): Buffer {
  const fast = Buffer.from(JSON.stringify(event), 'latin1');
  if (isUtf8(fast)) return fast;
  return Buffer.from(JSON.stringify(event, (_k, v: unknown) => (typeof v === 'string' ? binaryToUnicode(v) : v)), 'utf8');
}

/**
 * Many events as NDJSON (each event's JSON followed by LF): byte for byte what
 * eventToJsonBytes gives for each event plus a newline. A new Buffer the caller owns;
 * see NdjsonEncoder for the batch path, which reuses one.
 */
export function eventsToNdjsonBytes(events: readonly LogEvent[]): Buffer {
  return Buffer.from(new NdjsonEncoder().encode(events));
}

/**
 * Encodes batches of events as NDJSON into one buffer it keeps and reuses: `encode`
 * returns a view of it, valid until the next call. Each event's JSON text is written
 * straight into the buffer (a latin1 write: one byte per char of the binary string), and
 * the batch is checked as UTF-8 once; LF is ASCII, so the bytes are valid exactly when
 * each event's are, and only when they are not is each event encoded on its own.
 *
 * Why not join the texts and Buffer.from the result: a batch's NDJSON (some 350 events,
 * 170 KB, under the pipeline's default batch_max_bytes) is above V8's large-object size,
 * so the joined string and the Buffer were each a fresh large object whose pages the
 * kernel faults in on first touch; join and encode took longer than JSON.stringify
 * itself. Writing into a buffer already faulted in: 100,000 events of the benchmark
 * corpus in 350-event batches, 443 -> 191 ms (medians of 5).
 */
export class NdjsonEncoder {
  private buf = Buffer.allocUnsafeSlow(1 << 16);

  encode(events: readonly LogEvent[]): Buffer {
    const texts = new Array<string>(events.length);
    let size = 0;
    for (let i = 0; i < events.length; i++) {
      const text = JSON.stringify(events[i]);
      texts[i] = text;
      size += text.length + 1;
    }
    if (size > this.buf.length) this.buf = Buffer.allocUnsafeSlow(Math.max(size, this.buf.length * 2));
    const buf = this.buf;
    let at = 0;
    for (let i = 0; i < texts.length; i++) {
      at += buf.write(texts[i] as string, at, 'latin1');
      buf[at++] = 10;
    }
    const all = buf.subarray(0, at);
    if (isUtf8(all)) return all;
    const parts: Buffer[] = [];
    for (let i = 0; i < events.length; i++) {
      const fast = Buffer.from(texts[i] as string, 'latin1');
      parts.push(isUtf8(fast) ? fast : eventToJsonBytes(events[i] as LogEvent), NEWLINE);
    }
    return Buffer.concat(parts);
  }
}

const NEWLINE = Buffer.from('\n');

/** Decodes a binary string's bytes as UTF-8 (invalid sequences become U+FFFD). */
export function binaryToUnicode(s: string): string {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return Buffer.from(s, 'latin1').toString('utf8');
  return s;
}

/** Encodes a Unicode string as a binary string of its UTF-8 bytes (the inverse of binaryToUnicode). */
export function unicodeToBinary(s: string): string {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return Buffer.from(s, 'utf8').toString('latin1');
  return s;
}
