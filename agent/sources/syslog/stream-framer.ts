import type { Buffer } from 'node:buffer';
import type { RawMessage, Transport } from '../raw-message.js';
import type { SourceCounters } from './source-counters.js';

/**
 * Splits one TCP/TLS byte stream into syslog frames (RFC 6587), chunk by chunk,
 * without copying a chunk and without holding more than one frame's kept bytes.
 *
 * Framing is decided per frame by its first byte (RFC 6587 §3.4: a sender uses
 * one method per connection, but we tolerate a switch between frames):
 *
 * - a digit: octet counting (§3.4.1), `MSG-LEN SP SYSLOG-MSG` with
 *   `MSG-LEN = NONZERO-DIGIT *DIGIT`;
 * - anything else: non-transparent framing (§3.4.2) with LF as the trailer; a
 *   NUL also ends a frame (old senders), and a CR before the LF is dropped.
 *
 * LF, CR and NUL between frames are skipped: they are the trailer some senders
 * put after an octet-counted frame, or empty lines, never a message.
 *
 * Limits (the stream is untrusted):
 *
 * - A frame longer than `maxMessageBytes` yields its first `maxMessageBytes`
 *   bytes (`truncated: true`, counted) as soon as that much has arrived; the
 *   rest is discarded as it arrives, by octet count or up to the trailer.
 * - A broken octet count (leading zero, more digits than any plausible length,
 *   a count above `maxOctetCount`, or a byte other than a digit or SP after the
 *   digits) is a `framing_error`. The frame is then read as non-transparent from
 *   its first byte (so a legacy sender's line that starts with a digit still
 *   arrives whole), and it also ends early where `digits SP <` begins: that is
 *   where the next octet-counted frame of a desynchronised sender most likely
 *   starts (every RFC 5424/3164 message opens with `<PRI>`).
 * - At the end of the stream an unterminated non-transparent frame is a message
 *   (RFC 6587 §3.4.2 has no other way to end the last one); an incomplete
 *   octet-counted frame yields the bytes that came, `truncated: true`, and
 *   counts a `framing_error`.
 *
 * Retained memory per connection is at most `maxMessageBytes + 1` bytes (as a
 * latin1 string) plus a few numbers. `feed` never throws on any input.
 */

const LF = 0x0a;
const CR = 0x0d;
const NUL = 0x00;
const SP = 0x20;
const LT = 0x3c;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
/** 10 digits is ~10 GB: no syslog sender means that; stops the count before it loses precision. */
const MAX_COUNT_DIGITS = 10;

const AT_FRAME_START = 0;
const IN_COUNT = 1;
const IN_OCTETS = 2;
const IN_LINE = 3;
type State = typeof AT_FRAME_START | typeof IN_COUNT | typeof IN_OCTETS | typeof IN_LINE;

/** Trailer-search cache value meaning "not searched yet in this chunk". */
const UNKNOWN = -2;

export interface StreamFramerOptions {
  maxMessageBytes: number;
  /** Largest octet count honoured; a larger one is a framing error (see the module comment). */
  maxOctetCount: number;
  transport: Transport;
  remoteAddress: string;
  source: string;
  streamId: number;
}

export class StreamFramer {
  readonly #max: number;
  readonly #maxCount: number;
  readonly #transport: Transport;
  readonly #remoteAddress: string;
  readonly #source: string;
  readonly #streamId: number;
  readonly #counters: SourceCounters;

  #state: State = AT_FRAME_START;
  /** Bytes of the current frame kept from earlier chunks (binary string, at most max + 1 chars). */
  #partial = '';
  /** IN_COUNT: value and number of digits read so far. */
  #count = 0;
  #digits = 0;
  /** IN_OCTETS: body bytes still to come, and how many of them are still kept (the rest are discarded). */
  #remaining = 0;
  #keep = 0;
  /** IN_OCTETS: the kept part was already emitted (the frame is longer than max). */
  #emitted = false;
  /** IN_OCTETS: the frame is longer than max. */
  #cut = false;
  /** IN_LINE: the frame came from a broken octet count; it may also end where `digits SP <` starts. */
  #resync = false;
  /** IN_LINE: the frame was already emitted cut at max; skip to its trailer. */
  #discarding = false;
  /** IN_LINE: the frame has bytes in earlier chunks, the last of which was a digit or not (for #findResyncPoint). */
  #lineContinues = false;
  #prevByteIsDigit = false;
  /** Per-chunk caches of the next LF / NUL / '<' at or after the read position (-1: none left in this chunk). */
  #lfAt = UNKNOWN;
  #nulAt = UNKNOWN;
  #ltAt = UNKNOWN;

  constructor(options: StreamFramerOptions, counters: SourceCounters) {
    this.#max = options.maxMessageBytes;
    this.#maxCount = options.maxOctetCount;
    this.#transport = options.transport;
    this.#remoteAddress = options.remoteAddress;
    this.#source = options.source;
    this.#streamId = options.streamId;
    this.#counters = counters;
  }

  /** Bytes of an unfinished frame held in memory (for tests of the memory bound). */
  get bufferedBytes(): number {
    return this.#partial.length;
  }

  /** Frames the chunk; complete messages are appended to `out`. */
  feed(chunk: Buffer, out: RawMessage[], receivedAt: number): void {
    this.#lfAt = UNKNOWN;
    this.#nulAt = UNKNOWN;
    this.#ltAt = UNKNOWN;
    const len = chunk.length;
    let pos = 0;
    while (pos < len) {
      switch (this.#state) {
        case AT_FRAME_START: {
          const b = chunk[pos] as number;
          if (b === LF || b === CR || b === NUL) {
            pos++;
          } else if (b >= DIGIT_0 && b <= DIGIT_9) {
            this.#state = IN_COUNT;
            this.#count = 0;
            this.#digits = 0;
          } else {
            this.#startLine(false);
          }
          break;
        }
        case IN_COUNT:
          pos = this.#readCount(chunk, pos, len);
          break;
        case IN_OCTETS:
          pos = this.#readOctets(chunk, pos, len, out, receivedAt);
          break;
        case IN_LINE:
          pos = this.#readLine(chunk, pos, len, out, receivedAt);
          break;
      }
    }
  }

  /** The stream ended (peer closed, error or our close): flush what is left of the last frame. */
  end(out: RawMessage[], receivedAt: number): void {
    switch (this.#state) {
      case AT_FRAME_START:
        break;
      case IN_COUNT:
        // Only digits of a length came: nothing to deliver.
        this.#counters.dropped.framing_error++;
        break;
      case IN_OCTETS:
        this.#counters.dropped.framing_error++;
        if (!this.#emitted && this.#partial.length > 0) this.#emit(out, this.#partial, true, receivedAt, false);
        break;
      case IN_LINE:
        if (!this.#discarding && this.#partial.length > 0) {
          let text = this.#partial;
          if (text.charCodeAt(text.length - 1) === CR) text = text.slice(0, -1);
          if (text.length > this.#max) this.#emit(out, text.slice(0, this.#max), true, receivedAt, true);
          else if (text.length > 0) this.#emit(out, text, false, receivedAt, false);
        }
        break;
    }
    this.#state = AT_FRAME_START;
    this.#partial = '';
  }

  #startLine(resync: boolean): void {
    this.#state = IN_LINE;
    this.#resync = resync;
    this.#discarding = false;
    this.#lineContinues = false;
    this.#partial = '';
  }

  /** Reads MSG-LEN SP; returns the new position. */
  #readCount(chunk: Buffer, pos: number, len: number): number {
    const startedAt = pos;
    let count = this.#count;
    let digits = this.#digits;
    while (pos < len) {
      const b = chunk[pos] as number;
      if (b >= DIGIT_0 && b <= DIGIT_9) {
        if ((digits === 0 && b === DIGIT_0) || digits === MAX_COUNT_DIGITS) return this.#brokenCount(startedAt);
        count = count * 10 + (b - DIGIT_0);
        digits++;
        pos++;
        continue;
      }
      if (b === SP && digits > 0 && count <= this.#maxCount) {
        this.#state = IN_OCTETS;
        this.#remaining = count;
        this.#cut = count > this.#max;
        this.#keep = this.#cut ? this.#max : count;
        this.#emitted = false;
        this.#partial = '';
        return pos + 1;
      }
      return this.#brokenCount(startedAt);
    }
    this.#count = count;
    this.#digits = digits;
    return pos;
  }

  /**
   * Not a valid MSG-LEN: read this frame as non-transparent from its first byte.
   * The digits from earlier chunks become its first bytes; the digits in this
   * chunk are read again by #readLine from `startedAt`.
   */
  #brokenCount(startedAt: number): number {
    this.#counters.dropped.framing_error++;
    const earlier = this.#digits > 0 ? String(this.#count) : '';
    this.#startLine(true);
    this.#partial = earlier;
    this.#lineContinues = earlier !== '';
    this.#prevByteIsDigit = true;
    return startedAt;
  }

  #readOctets(chunk: Buffer, pos: number, len: number, out: RawMessage[], receivedAt: number): number {
    const avail = len - pos;
    const remaining = this.#remaining;
    if (avail >= remaining && this.#keep === remaining && this.#partial.length === 0) {
      // Hot path: the whole frame is in this chunk and not too long.
      this.#state = AT_FRAME_START;
      this.#emit(out, chunk.toString('latin1', pos, pos + remaining), false, receivedAt, false);
      return pos + remaining;
    }
    const take = avail < remaining ? avail : remaining;
    const keepNow = take < this.#keep ? take : this.#keep;
    if (keepNow > 0) {
      this.#partial += chunk.toString('latin1', pos, pos + keepNow);
      this.#keep -= keepNow;
      if (this.#keep === 0) {
        this.#emit(out, this.#partial, this.#cut, receivedAt, this.#cut);
        this.#partial = '';
        this.#emitted = true;
      }
    }
    this.#remaining = remaining - take;
    if (this.#remaining === 0) this.#state = AT_FRAME_START;
    return pos + take;
  }

  #readLine(chunk: Buffer, pos: number, len: number, out: RawMessage[], receivedAt: number): number {
    // The trailer: the first LF or NUL at or after pos (cached per chunk, so
    // each byte is scanned by indexOf at most once per trailer kind).
    let lf = this.#lfAt;
    if (lf !== -1 && lf < pos) this.#lfAt = lf = chunk.indexOf(LF, pos);
    let nul = this.#nulAt;
    if (nul !== -1 && nul < pos) this.#nulAt = nul = chunk.indexOf(NUL, pos);
    let end = lf === -1 ? nul : nul === -1 ? lf : lf < nul ? lf : nul;
    let next = end + 1;
    let trailer = end === -1 ? -1 : (chunk[end] as number);
    if (this.#resync) {
      const at = this.#findResyncPoint(chunk, pos, end === -1 ? len : end);
      if (at !== -1) {
        end = at;
        next = at;
        trailer = -1;
      }
    }

    if (end === -1) {
      // No end of frame in this chunk.
      this.#lineContinues = true;
      this.#prevByteIsDigit = isDigit(chunk[len - 1] as number);
      if (this.#discarding) return len;
      const have = this.#partial.length + (len - pos);
      if (have <= this.#max + 1) {
        // Up to max + 1: the last byte may be the CR of a CRLF split across chunks.
        this.#partial += chunk.toString('latin1', pos, len);
        return len;
      }
      const head = this.#partial.length <= this.#max
        ? this.#partial + chunk.toString('latin1', pos, pos + (this.#max - this.#partial.length))
        : this.#partial.slice(0, this.#max);
      this.#emit(out, head, true, receivedAt, true);
      this.#partial = '';
      this.#discarding = true;
      return len;
    }

    this.#state = AT_FRAME_START;
    if (this.#discarding) {
      this.#discarding = false;
      return next;
    }
    let contentEnd = end;
    let partial = this.#partial;
    if (trailer === LF) {
      if (contentEnd > pos && chunk[contentEnd - 1] === CR) contentEnd--;
      else if (contentEnd === pos && partial.charCodeAt(partial.length - 1) === CR) partial = partial.slice(0, -1);
    }
    this.#partial = '';
    const size = partial.length + (contentEnd - pos);
    if (size === 0) return next;
    if (size > this.#max) {
      const head = partial.length >= this.#max
        ? partial.slice(0, this.#max)
        : partial + chunk.toString('latin1', pos, pos + (this.#max - partial.length));
      this.#emit(out, head, true, receivedAt, true);
      return next;
    }
    const text = partial.length === 0 ? chunk.toString('latin1', pos, contentEnd) : partial + chunk.toString('latin1', pos, contentEnd);
    this.#emit(out, text, false, receivedAt, false);
    return next;
  }

  /**
   * In a frame read after a broken count: the index in [frameFrom, limit) where
   * `NONZERO-DIGIT *DIGIT SP <` starts, or -1. The digit run must be whole (a
   * non-digit before it) and must not be the frame's own broken count, so it
   * may start at frameFrom only if the frame began in an earlier chunk that did
   * not end with a digit. Only used while resynchronising, so the extra '<'
   * scan is off the hot path.
   */
  #findResyncPoint(chunk: Buffer, frameFrom: number, limit: number): number {
    const lowest = this.#lineContinues && !this.#prevByteIsDigit ? frameFrom : frameFrom + 1;
    let from = frameFrom;
    for (;;) {
      let lt = this.#ltAt;
      if (lt !== -1 && lt < from) this.#ltAt = lt = chunk.indexOf(LT, from);
      if (lt === -1 || lt >= limit) return -1;
      const lastDigit = lt - 2;
      if (lastDigit >= lowest && chunk[lt - 1] === SP && isDigit(chunk[lastDigit] as number)) {
        let q = lastDigit;
        while (q > frameFrom && lastDigit - q + 1 <= MAX_COUNT_DIGITS && isDigit(chunk[q - 1] as number)) q--;
        const whole = q === frameFrom || !isDigit(chunk[q - 1] as number);
        if (whole && q >= lowest && lastDigit - q + 1 <= MAX_COUNT_DIGITS) {
          while (q < lastDigit && chunk[q] === DIGIT_0) q++;
          if (chunk[q] !== DIGIT_0) return q;
        }
      }
      from = lt + 1;
    }
  }

  #emit(out: RawMessage[], text: string, truncated: boolean, receivedAt: number, countTruncated: boolean): void {
    if (countTruncated) this.#counters.truncated++;
    out.push({
      text,
      transport: this.#transport,
      remoteAddress: this.#remoteAddress,
      source: this.#source,
      receivedAt,
      truncated,
      streamId: this.#streamId,
    });
  }
}

function isDigit(b: number): boolean {
  return b >= DIGIT_0 && b <= DIGIT_9;
}
