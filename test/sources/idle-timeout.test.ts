import { connect as netConnect } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closed, connectTcp, makeTestPki, MemorySink, startSource, waitFor, type Started, type TestPki } from './helpers.js';

let started: Started | undefined;
afterEach(async () => {
  await started?.source.close();
  started = undefined;
});

describe('idle connections', () => {
  it('closes a slow-loris connection after idleTimeoutSecs and counts it; the bytes it sent still arrive', async () => {
    started = await startSource({ idleTimeoutSecs: 0.3 });
    const { sink, port, source } = started;
    const socket = await connectTcp(port);
    socket.write('<13>a message that nev');
    await closed(socket);
    expect(source.stats().dropped.idle_timeout).toBe(1);
    await waitFor(() => source.stats().connectionsActive === 0, 'connection gone');
    expect(sink.texts()).toEqual(['<13>a message that nev']);
  });

  it('keeps a connection that keeps talking', async () => {
    started = await startSource({ idleTimeoutSecs: 0.3 });
    const { sink, port, source } = started;
    const socket = await connectTcp(port);
    for (let i = 0; i < 6; i++) {
      socket.write(`<13>tick ${i}\n`);
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(socket.destroyed).toBe(false);
    expect(source.stats().dropped.idle_timeout).toBe(0);
    expect(sink.messages).toHaveLength(6);
    socket.end();
    await closed(socket);
  });

  it('does not close connections it paused itself for backpressure, and gives them a full idle period after', async () => {
    const sink = new MemorySink(1);
    // Paused for three idle periods; after the resume the next message has a whole period to
    // come (a loaded CI machine took more than 0.2 s for it).
    started = await startSource({ idleTimeoutSecs: 0.5 }, sink);
    const { port, source } = started;
    const socket = await connectTcp(port);
    socket.write('<13>fills the queue\n');
    await waitFor(() => source.stats().paused, 'paused');
    await new Promise((r) => setTimeout(r, 1500));
    expect(socket.destroyed).toBe(false);
    expect(source.stats().dropped.idle_timeout).toBe(0);
    sink.consume();
    socket.write('<13>after the pause\n');
    await waitFor(() => sink.messages.length === 2, '2 messages');
    socket.end();
    await closed(socket);
  });

  describe('tls', () => {
    let pki: TestPki;
    beforeAll(() => {
      pki = makeTestPki();
    });
    afterAll(() => pki.remove());

    it('closes a connection that never finishes its TLS handshake and counts it as idle', async () => {
      started = await startSource({
        mode: 'tls',
        idleTimeoutSecs: 0.3,
        tls: { certFile: pki.serverCert, keyFile: pki.serverKey, verifyClient: false, minVersion: 'TLSv1.2' },
      });
      const { port, source } = started;
      const socket = netConnect({ port, host: '127.0.0.1' });
      socket.on('error', () => {});
      socket.write('\u0016\u0003\u0001'); // the start of a ClientHello, then silence
      await closed(socket);
      await waitFor(() => source.stats().dropped.idle_timeout === 1, 'idle count');
      expect(source.stats().dropped.tls_handshake).toBe(0);
    });
  });
});
