import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { closed, connectTcp, sendTcp, startSource, waitFor, type Started } from './helpers.js';

describe('garbage on a TCP connection', () => {
  let started: Started | undefined;
  afterEach(async () => {
    await started?.source.close();
    started = undefined;
  });

  it('survives a megabyte of random bytes, yields only bounded messages, and serves the next connection', async () => {
    started = await startSource({ maxMessageBytes: 1024 });
    const { sink, port, source } = started;
    await sendTcp(port, [randomBytes(1024 * 1024)]);
    await waitFor(() => source.stats().connectionsActive === 0, 'connection closed');
    for (const m of sink.messages) expect(m.text.length).toBeLessThanOrEqual(1024);
    sink.messages.length = 0;
    await sendTcp(port, ['<13>after the storm\n']);
    await waitFor(() => sink.messages.length === 1, 'a message');
    expect(sink.texts()).toEqual(['<13>after the storm']);
  });

  it('delivers a good message that follows binary junk on the same connection', async () => {
    started = await startSource({ maxMessageBytes: 1024 });
    const { sink, port } = started;
    // Junk without digits, so that no octet count can swallow what follows.
    const junk = Buffer.from(randomBytes(200_000).map((b) => (b >= 0x30 && b <= 0x39 ? 0x41 : b)));
    const socket = await connectTcp(port);
    socket.write(junk);
    socket.write('\n<13>good one\n');
    await waitFor(() => sink.messages.some((m) => m.text === '<13>good one'), 'the good message');
    expect(socket.destroyed).toBe(false);
    socket.end();
    await closed(socket);
  });
});
