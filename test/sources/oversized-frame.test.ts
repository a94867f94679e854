import { afterEach, describe, expect, it } from 'vitest';
import { FramerHarness } from './framer-harness.js';
import { closed, connectTcp, sendTcp, startSource, waitFor, type Started } from './helpers.js';

const TEN_MB = 10 * 1024 * 1024;

/** Feeds `total` bytes of `fill` in 64 KiB chunks after `head`. */
function feedLong(h: FramerHarness, head: string, total: number, fill = 'x'): void {
  h.feed(head);
  const chunk = Buffer.alloc(64 * 1024, fill);
  for (let sent = 0; sent < total; sent += chunk.length) h.feed(chunk.subarray(0, Math.min(chunk.length, total - sent)));
}

describe('frames longer than maxMessageBytes', () => {
  let started: Started | undefined;
  afterEach(async () => {
    await started?.source.close();
    started = undefined;
  });

  it('cuts a 10 MB LF-framed message at the maximum without ever holding more than max + 1 bytes', () => {
    const h = new FramerHarness(8192);
    feedLong(h, '<13>', TEN_MB);
    h.feed('\n<13>next\n');
    expect(h.frames()).toEqual([[`<13>${'x'.repeat(8188)}`, true], ['<13>next', false]]);
    expect(h.counters.truncated).toBe(1);
    expect(h.maxBuffered).toBeLessThanOrEqual(8193);
  });

  it('cuts an octet-counted frame a few times the maximum and skips the rest by its count', () => {
    const h = new FramerHarness(8192);
    feedLong(h, `${3 * 8192} `, 3 * 8192, 'y');
    h.feed('6 <13>ok');
    expect(h.frames()).toEqual([['y'.repeat(8192), true], ['<13>ok', false]]);
    expect(h.counters.dropped.framing_error).toBe(0);
    expect(h.maxBuffered).toBeLessThanOrEqual(8193);
  });

  it('treats a 10 MB octet count as broken: cuts, counts, and resynchronises on the next frame', () => {
    const h = new FramerHarness(8192);
    feedLong(h, `${TEN_MB} <13>`, TEN_MB - 4, 'z');
    h.feed('9 <13>after');
    const frames = h.frames();
    expect(frames).toHaveLength(2);
    expect(frames[0]?.[0]).toBe(`${TEN_MB} <13>${'z'.repeat(8192 - 13)}`);
    expect(frames[0]?.[1]).toBe(true);
    expect(frames[1]).toEqual(['<13>after', false]);
    expect(h.counters.truncated).toBe(1);
    expect(h.counters.dropped.framing_error).toBe(1);
    expect(h.maxBuffered).toBeLessThanOrEqual(8193);
  });

  it('over TCP: cuts a 10 MB line, counts it, and keeps the connection working', async () => {
    started = await startSource({ maxMessageBytes: 4096 });
    const { sink, port, source } = started;
    const socket = await connectTcp(port);
    socket.write('<13>');
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    for (let i = 0; i < 10; i++) {
      if (!socket.write(chunk)) await new Promise((r) => socket.once('drain', r));
    }
    socket.write('\n<13>still here\n');
    await waitFor(() => sink.messages.length === 2, '2 messages');
    expect(sink.frames()).toEqual([[`<13>${'a'.repeat(4092)}`, true], ['<13>still here', false]]);
    expect(source.stats().truncated).toBe(1);
    expect(source.stats().bytes).toBe(10 * 1024 * 1024 + 4 + 16);
    expect(socket.destroyed).toBe(false);
    socket.end();
    await closed(socket);
  });

  it('over TCP: cuts a long UDP-sized octet frame and reads the next one', async () => {
    started = await startSource({ maxMessageBytes: 100 });
    const { sink, port } = started;
    await sendTcp(port, [`300 <13>${'b'.repeat(296)}`, '9 <13>after']);
    await waitFor(() => sink.messages.length === 2, '2 messages');
    expect(sink.frames()).toEqual([[`<13>${'b'.repeat(96)}`, true], ['<13>after', false]]);
  });
});
