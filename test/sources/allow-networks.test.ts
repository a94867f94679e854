import { connect as netConnect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { closed, connectTcp, sendTcp, sendUdp, startSource, waitFor, type Started } from './helpers.js';

let started: Started | undefined;
afterEach(async () => {
  await started?.source.close();
  started = undefined;
});

const OTHERS = ['10.0.0.0/8', '192.0.2.0/24', '2001:db8::/32'];

describe('allowNetworks', () => {
  it('refuses and counts a TCP connection from outside the allowed networks', async () => {
    started = await startSource({ allowNetworks: OTHERS });
    const { sink, port, source } = started;
    const socket = netConnect({ port, host: '127.0.0.1' });
    socket.on('error', () => {});
    socket.write('<13>should not arrive\n');
    await closed(socket);
    await waitFor(() => source.stats().dropped.not_allowed === 1, 'refusal counted');
    expect(sink.messages).toHaveLength(0);
    expect(source.stats()).toMatchObject({ connectionsTotal: 0, connectionsActive: 0 });
  });

  it('accepts a connection from an allowed network', async () => {
    started = await startSource({ allowNetworks: [...OTHERS, '127.0.0.0/8'] });
    const { sink, port, source } = started;
    await sendTcp(port, ['<13>from loopback\n']);
    await waitFor(() => sink.messages.length === 1, 'a message');
    expect(source.stats().dropped.not_allowed).toBe(0);
  });

  it('drops and counts datagrams from outside, and takes those from inside', async () => {
    started = await startSource({ mode: 'udp', allowNetworks: OTHERS });
    await sendUdp(started.port, ['<13>a', '<13>b']);
    await waitFor(() => started?.source.stats().dropped.not_allowed === 2, 'two drops');
    expect(started.sink.messages).toHaveLength(0);
    await started.source.close();

    started = await startSource({ mode: 'udp', allowNetworks: ['127.0.0.1'] });
    await sendUdp(started.port, ['<13>allowed']);
    await waitFor(() => started?.sink.messages.length === 1, 'a message');
  });

  it('matches IPv4 senders on a dual-stack listener as IPv4, and IPv6 senders by IPv6 prefix', async () => {
    started = await startSource({ host: '::', allowNetworks: ['127.0.0.1/32', '::1/128'] });
    const { sink, port, source } = started;
    const v4 = await connectTcp(port, '127.0.0.1');
    v4.end('<13>v4\n');
    const v6 = await connectTcp(port, '::1');
    v6.end('<13>v6\n');
    await waitFor(() => sink.messages.length === 2, '2 messages');
    expect(new Set(sink.messages.map((m) => m.remoteAddress))).toEqual(new Set(['127.0.0.1', '::1']));
    expect(source.stats().dropped.not_allowed).toBe(0);
  });

  it('refuses a configuration with a malformed network, naming every bad entry', async () => {
    await expect(startSource({ allowNetworks: ['10.0.0.0/33', 'example.com', '::1/129', '192.0.2.0/24'] })).rejects.toMatchObject({
      code: 'LV_CONFIG_INVALID',
      message: expect.stringMatching(/allowNetworks\[0\].*allowNetworks\[1\].*allowNetworks\[2\]/),
    });
  });
});
