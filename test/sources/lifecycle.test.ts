import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createSyslogSource, DROP_REASONS, type SyslogSourceOptions } from '../../agent/sources/index.js';
import { baseOptions, closed, connectTcp, MemorySink, sendUdp, startSource, waitFor } from './helpers.js';

const silent = pino({ level: 'silent' });

describe('source lifecycle', () => {
  it('stopAccepting refuses new connections and stops reading; close pushes what was already read', async () => {
    const { source, sink, port } = await startSource();
    const socket = await connectTcp(port);
    socket.on('error', () => {});
    socket.write('<13>before stop\n');
    await waitFor(() => sink.messages.length === 1, 'first message');
    await source.stopAccepting();
    await expect(connectTcp(port)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    socket.write('<13>read but not yet pushed\n');
    await new Promise((r) => setTimeout(r, 100));
    expect(sink.messages).toHaveLength(1);
    await source.close();
    await closed(socket);
    expect(sink.texts()).toEqual(['<13>before stop', '<13>read but not yet pushed']);
    expect(source.stats().connectionsActive).toBe(0);
  });

  it('close is idempotent, ends every connection and lets go of the sink', async () => {
    const { source, sink, port } = await startSource();
    const sockets = await Promise.all([connectTcp(port), connectTcp(port), connectTcp(port)]);
    for (const s of sockets) s.on('error', () => {});
    await waitFor(() => source.stats().connectionsActive === 3, '3 connections');
    expect(sink.drainListeners).toBe(1);
    const [a, b] = [source.close(), source.close()];
    await Promise.all([a, b, source.close()]);
    await Promise.all(sockets.map((s) => closed(s)));
    expect(source.stats().connectionsActive).toBe(0);
    expect(sink.drainListeners).toBe(0);
  });

  it('a UDP source stops receiving after stopAccepting and pushes what it had', async () => {
    const { source, sink, port } = await startSource({ mode: 'udp' });
    await sendUdp(port, ['<13>in time']);
    await waitFor(() => sink.messages.length === 1, 'a message');
    await source.stopAccepting();
    await sendUdp(port, ['<13>too late']);
    await new Promise((r) => setTimeout(r, 50));
    await source.close();
    expect(sink.texts()).toEqual(['<13>in time']);
    expect(sink.drainListeners).toBe(0);
  });

  it('close before start does nothing; start twice is refused; a busy port is reported', async () => {
    const unstarted = createSyslogSource(baseOptions(), new MemorySink(), { logger: silent });
    await unstarted.close();

    const { source, port } = await startSource();
    await expect(source.start()).rejects.toMatchObject({ code: 'LV_USAGE' });
    const clash = createSyslogSource(baseOptions({ port }), new MemorySink(), { logger: silent });
    await expect(clash.start()).rejects.toMatchObject({ code: 'LV_IO', message: expect.stringContaining('EADDRINUSE') });
    await clash.close();
    await source.close();
  });

  it('reports every drop reason from the start, at zero', async () => {
    const { source } = await startSource();
    const stats = source.stats();
    expect(Object.keys(stats.dropped).sort()).toEqual([...DROP_REASONS].sort());
    expect(Object.values(stats.dropped).every((n) => n === 0)).toBe(true);
    expect(stats).toMatchObject({ received: 0, bytes: 0, truncated: 0, connectionsActive: 0, connectionsTotal: 0, paused: false, pauses: 0, pausedMs: 0 });
    await source.reloadTls(); // a no-op for TCP
    await source.close();
  });

  it('stamps messages with the injected clock', async () => {
    const sink = new MemorySink();
    const source = createSyslogSource(baseOptions(), sink, { logger: silent, now: () => 1_700_000_000_000 });
    const { port } = await source.start();
    const socket = await connectTcp(port);
    socket.end('<13>timed\n');
    await waitFor(() => sink.messages.length === 1, 'a message');
    expect(sink.messages[0]?.receivedAt).toBe(1_700_000_000_000);
    await source.close();
  });
});

describe('source options', () => {
  it('reports every problem at once as field: message', () => {
    const bad = {
      ...baseOptions(),
      name: '',
      mode: 'tls',
      port: 70000,
      maxMessageBytes: 0,
      maxConnections: 0,
      idleTimeoutSecs: -1,
    } as SyslogSourceOptions;
    let message = '';
    try {
      createSyslogSource(bad, new MemorySink(), { logger: silent });
    } catch (err) {
      expect(err).toMatchObject({ code: 'LV_CONFIG_INVALID' });
      message = (err as Error).message;
    }
    for (const field of ['name:', 'port:', 'maxMessageBytes:', 'maxConnections:', 'idleTimeoutSecs:', 'tls:']) {
      expect(message).toContain(field);
    }
  });

  it('requires a CA file when client certificates are verified', () => {
    const opts: SyslogSourceOptions = {
      ...baseOptions({ mode: 'tls' }),
      tls: { certFile: '/x.crt', keyFile: '/x.key', verifyClient: true, minVersion: 'TLSv1.3' },
    };
    expect(() => createSyslogSource(opts, new MemorySink(), { logger: silent })).toThrow(/tls\.caFile/);
  });
});
