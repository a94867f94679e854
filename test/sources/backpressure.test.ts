import { afterEach, describe, expect, it } from 'vitest';
import { closed, connectTcp, MemorySink, sendUdp, startSource, waitFor, type Started } from './helpers.js';

let started: Started | undefined;
afterEach(async () => {
  await started?.source.close();
  started = undefined;
});

const line = (i: number): string => `<13>Nov 22 01:43:12 host app[1]: message number ${i} ${'p'.repeat(120)}\n`;

describe('backpressure', () => {
  it('pauses TCP reading while the sink is full and loses nothing once it drains', async () => {
    const sink = new MemorySink(1000);
    started = await startSource({}, sink);
    const { port, source } = started;
    const total = 50_000;
    const senders = await Promise.all([connectTcp(port), connectTcp(port)]);
    const writing = senders.map(async (socket, s) => {
      for (let i = s; i < total; i += 2) {
        if (!socket.write(line(i))) await new Promise((r) => socket.once('drain', r));
      }
      socket.end();
    });

    await waitFor(() => source.stats().paused, 'the source to pause');
    const atPause = sink.messages.length;
    await new Promise((r) => setTimeout(r, 200));
    // Nothing is read while paused: the count stays put (one chunk per push at most overshoots the capacity).
    expect(sink.messages.length).toBe(atPause);
    expect(sink.maxPending).toBeLessThan(1000 + 600);

    // A consumer that drains the queue now and then.
    const consumer = setInterval(() => sink.consume(), 5);
    try {
      await Promise.all(writing);
      await Promise.all(senders.map((s) => closed(s)));
      await waitFor(() => sink.messages.length === total, 'every message', 20_000);
    } finally {
      clearInterval(consumer);
    }
    // Per connection, every message arrived, in order.
    for (const s of [0, 1]) {
      const streamId = sink.messages.find((m) => m.text === line(s).slice(0, -1))?.streamId;
      const texts = sink.messages.filter((m) => m.streamId === streamId).map((m) => m.text);
      expect(texts).toEqual(Array.from({ length: total / 2 }, (_, k) => line(2 * k + s).slice(0, -1)));
    }
    const stats = source.stats();
    expect(stats.pauses).toBeGreaterThan(0);
    expect(stats.pausedMs).toBeGreaterThan(0);
    expect(stats.received).toBe(total);
  });

  it('new connections accepted while paused stay paused until drain', async () => {
    const sink = new MemorySink(1);
    started = await startSource({}, sink);
    const { port, source } = started;
    const first = await connectTcp(port);
    first.write('<13>fill\n');
    await waitFor(() => source.stats().paused, 'paused');
    const second = await connectTcp(port);
    second.write('<13>waits\n');
    await new Promise((r) => setTimeout(r, 100));
    expect(sink.texts()).toEqual(['<13>fill']);
    sink.consume();
    await waitFor(() => sink.messages.length === 2, 'the waiting message');
    first.end();
    second.end();
    await Promise.all([closed(first), closed(second)]);
  });

  it('drops and counts datagrams as queue_full while the sink is full, and takes them again after', async () => {
    const sink = new MemorySink();
    started = await startSource({ mode: 'udp' }, sink);
    const { port, source } = started;
    await sendUdp(port, ['<13>before']);
    await waitFor(() => sink.messages.length === 1, 'first');
    sink.setFull(true);
    await sendUdp(port, Array.from({ length: 10 }, (_, i) => `<13>lost ${i}`));
    await waitFor(() => source.stats().dropped.queue_full === 10, '10 drops');
    expect(source.stats().paused).toBe(true);
    await new Promise((r) => setTimeout(r, 20));
    sink.setFull(false);
    await sendUdp(port, ['<13>after']);
    await waitFor(() => sink.messages.length === 2, 'second');
    expect(sink.texts()).toEqual(['<13>before', '<13>after']);
    const stats = source.stats();
    expect(stats).toMatchObject({ received: 2, paused: false, pauses: 1 });
    expect(stats.pausedMs).toBeGreaterThan(0);
  });

  it('batches datagrams that arrive together into one push', async () => {
    const sink = new MemorySink();
    started = await startSource({ mode: 'udp' }, sink);
    await sendUdp(started.port, Array.from({ length: 200 }, (_, i) => `<13>burst ${i}`));
    await waitFor(() => sink.messages.length === 200, '200 messages');
    expect(sink.texts()).toEqual(Array.from({ length: 200 }, (_, i) => `<13>burst ${i}`));
    expect(sink.pushes).toBeLessThanOrEqual(200);
  });
});
