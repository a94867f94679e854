import { hostname } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { closed, connectTcp, runLogger, sendTcp, startSource, waitFor, type Started } from './helpers.js';

const HOST = hostname();
let started: Started | undefined;
afterEach(async () => {
  await started?.source.close();
  started = undefined;
});

describe('tcp syslog source', () => {
  it('receives LF-framed and octet-counted messages from a Node client with their metadata', async () => {
    started = await startSource({ name: 'tcp-in' });
    const { sink, port } = started;
    await sendTcp(port, ['<13>first\n', '14 <13>second one', '<14>third\r\n']);
    await waitFor(() => sink.messages.length === 3, '3 messages');
    expect(sink.texts()).toEqual(['<13>first', '<13>second one', '<14>third']);
    for (const m of sink.messages) {
      expect(m).toMatchObject({ transport: 'tcp', remoteAddress: '127.0.0.1', source: 'tcp-in', truncated: false });
      expect(m.streamId).toBeGreaterThan(0);
      expect(typeof m.receivedAt).toBe('number');
    }
  });

  it('gives every connection its own stream id', async () => {
    started = await startSource();
    const { sink, port } = started;
    await sendTcp(port, ['<13>a\n']);
    await sendTcp(port, ['<13>b\n']);
    await waitFor(() => sink.messages.length === 2, '2 messages');
    expect(sink.messages[0]?.streamId).not.toBe(sink.messages[1]?.streamId);
  });

  it('delivers a final unterminated LF-framed message when the peer closes', async () => {
    started = await startSource();
    const { sink, port } = started;
    await sendTcp(port, ['<13>one\n<13>last without LF']);
    await waitFor(() => sink.messages.length === 2, '2 messages');
    expect(sink.texts()).toEqual(['<13>one', '<13>last without LF']);
  });

  it('keeps the bytes exact: 8-bit bytes arrive one char per byte', async () => {
    started = await startSource();
    const { sink, port } = started;
    const body = Buffer.from('<13>caf\u00e9 \u00ff\u0001 ok', 'utf8');
    await sendTcp(port, [Buffer.concat([body, Buffer.from('\n')])]);
    await waitFor(() => sink.messages.length === 1, '1 message');
    expect(sink.messages[0]?.text).toBe(body.toString('latin1'));
    expect(Buffer.from(sink.messages[0]?.text ?? '', 'latin1')).toEqual(body);
  });

  it('receives what util-linux logger sends with -T, RFC 3164 and RFC 5424, with and without --octet-count', async () => {
    started = await startSource();
    const { sink, port } = started;
    const base = ['-n', '127.0.0.1', '-P', String(port), '-T', '-t', 'lvtest'];
    await runLogger([...base, '--rfc3164', 'plain 3164 over tcp']);
    await runLogger([...base, '--rfc5424', 'plain 5424 over tcp']);
    await runLogger([...base, '--rfc3164', '--octet-count', 'counted 3164 over tcp']);
    await runLogger([...base, '--rfc5424', '--octet-count', 'counted 5424 over tcp']);
    await runLogger([...base, '--rfc5424', '--octet-count'], 'line one\nline two\n');
    await waitFor(() => sink.messages.length === 6, '6 messages');
    const t = sink.texts();
    const rfc3164 = (msg: string) => new RegExp(`^<13>[A-Z][a-z]{2} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d ${HOST} lvtest: ${msg}$`);
    const rfc5424 = (msg: string) =>
      new RegExp(`^<13>1 \\d{4}-\\d\\d-\\d\\dT[\\d:.]+[+-]\\d\\d:\\d\\d ${HOST} lvtest - - \\[timeQuality tzKnown="1" isSynced="[01]"( syncAccuracy="\\d+")?\\] ${msg}$`);
    expect(t[0]).toMatch(rfc3164('plain 3164 over tcp'));
    expect(t[1]).toMatch(rfc5424('plain 5424 over tcp'));
    expect(t[2]).toMatch(rfc3164('counted 3164 over tcp'));
    expect(t[3]).toMatch(rfc5424('counted 5424 over tcp'));
    expect(t[4]).toMatch(rfc5424('line one'));
    expect(t[5]).toMatch(rfc5424('line two'));
    expect(started.source.stats().dropped.framing_error).toBe(0);
  });

  it('counts connections and bytes', async () => {
    started = await startSource();
    const { sink, port, source } = started;
    const socket = await connectTcp(port);
    socket.write('<13>held open\n');
    await waitFor(() => sink.messages.length === 1, '1 message');
    expect(source.stats()).toMatchObject({ received: 1, bytes: 14, connectionsActive: 1, connectionsTotal: 1 });
    socket.end();
    await closed(socket);
    await waitFor(() => source.stats().connectionsActive === 0, 'connection closed');
    expect(source.stats().connectionsTotal).toBe(1);
  });
});
