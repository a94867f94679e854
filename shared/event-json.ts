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
 * eventToJsonBytes gives for each event plus a newline, but encoded and checked
 * in one go. LF is ASCII, so the joined bytes are valid UTF-8 exactly when each
 * event's are; only when they are not is each event encoded on its own.
 */
export function eventsToNdjsonBytes(events: readonly LogEvent[]): Buffer {
  const texts = new Array<string>(events.length);
  for (let i = 0; i < events.length; i++) texts[i] = JSON.stringify(events[i]);
  texts.push('');
  const all = Buffer.from(texts.join('\n'), 'latin1');
  if (isUtf8(all)) return all;
  const parts: Buffer[] = [];
  for (let i = 0; i < events.length; i++) {
    const fast = Buffer.from(texts[i] as string, 'latin1');
    parts.push(isUtf8(fast) ? fast : eventToJsonBytes(events[i] as LogEvent), NEWLINE);
  }
  return Buffer.concat(parts);
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
