import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FramerHarness, splitAt } from './framer-harness.js';
import { sendTcp, startSource, waitFor, type Started } from './helpers.js';

const MAX = 64;
const byte = fc.integer({ min: 0, max: 255 }).map((c) => String.fromCharCode(c));
const bytes = (minLength: number, maxLength: number) => fc.string({ unit: byte, minLength, maxLength });
/** A byte that may appear in a non-transparent frame: not its trailer (LF, NUL). */
const lineByte = byte.filter((c) => c !== '\n' && c !== '\u0000');

/** What a sender writes for one message, and what must come out. */
interface Framed {
  wire: string;
  text: string;
  truncated: boolean;
}

const octetFramed = (maxLen: number) =>
  fc.tuple(bytes(1, maxLen), fc.constantFrom('', '\n', '\r\n')).map(([msg, after]): Framed => ({
    wire: `${msg.length} ${msg}${after}`,
    text: msg.slice(0, MAX),
    truncated: msg.length > MAX,
  }));

const lineFramed = (maxLen: number) =>
  fc
    .tuple(fc.string({ unit: lineByte, minLength: 1, maxLength: maxLen }), fc.constantFrom('\n', '\r\n', '\u0000'))
    // A first byte that is a digit would announce octet counting; LF/CR/NUL are skipped between frames.
    .filter(([msg]) => !/^[0-9\r]/.test(msg) && !msg.endsWith('\r'))
    .map(([msg, trailer]): Framed => ({ wire: msg + trailer, text: msg.slice(0, MAX), truncated: msg.length > MAX }));

const stream = (maxLen: number) => fc.array(fc.oneof(octetFramed(maxLen), lineFramed(maxLen)), { minLength: 1, maxLength: 30 });
const cuts = fc.array(fc.nat({ max: 4000 }), { maxLength: 40 });

describe('RFC 6587 framing, property-based', () => {
  it('returns exactly the messages sent, with both framings mixed, however the stream is chunked', () => {
    fc.assert(
      fc.property(stream(MAX), cuts, (frames, at) => {
        const wire = frames.map((f) => f.wire).join('');
        const h = new FramerHarness(MAX).feed(...splitAt(wire, at)).end();
        expect(h.texts()).toEqual(frames.map((f) => f.text));
        expect(h.counters.dropped.framing_error).toBe(0);
      }),
      { numRuns: 500 },
    );
  });

  it('cuts messages longer than the maximum, flags and counts them, and never holds more than max + 1 bytes', () => {
    fc.assert(
      fc.property(stream(4 * MAX), cuts, (frames, at) => {
        const wire = frames.map((f) => f.wire).join('');
        const h = new FramerHarness(MAX).feed(...splitAt(wire, at)).end();
        expect(h.frames()).toEqual(frames.map((f) => [f.text, f.truncated]));
        expect(h.counters.truncated).toBe(frames.filter((f) => f.truncated).length);
        expect(h.maxBuffered).toBeLessThanOrEqual(MAX + 1);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary bytes, and every message it yields is within the maximum', () => {
    fc.assert(
      fc.property(fc.array(bytes(0, 200), { maxLength: 20 }), (chunks) => {
        const h = new FramerHarness(32, 100).feed(...chunks).end();
        for (const m of h.out) {
          expect(m.text.length).toBeGreaterThan(0);
          expect(m.text.length).toBeLessThanOrEqual(32);
        }
        expect(h.maxBuffered).toBeLessThanOrEqual(33);
      }),
      { numRuns: 500 },
    );
  });
});

describe('RFC 6587 framing over TCP, property-based', () => {
  let started: Started;
  beforeAll(async () => {
    started = await startSource({ maxMessageBytes: MAX });
  });
  afterAll(async () => {
    await started.source.close();
  });

  it('returns exactly the messages sent when the stream is written in random pieces', async () => {
    await fc.assert(
      fc.asyncProperty(stream(MAX), cuts, async (frames, at) => {
        const { sink, port } = started;
        sink.messages.length = 0;
        const wire = frames.map((f) => f.wire).join('');
        await sendTcp(port, splitAt(wire, at));
        await waitFor(() => sink.messages.length >= frames.length, `${frames.length} messages`);
        expect(sink.texts()).toEqual(frames.map((f) => f.text));
      }),
      { numRuns: 25 },
    );
    expect(started.source.stats().dropped.framing_error).toBe(0);
  });
});
