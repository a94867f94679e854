import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { runLogger, sendUdp, startSource, waitFor, type Started } from './helpers.js';

const HOST = hostname();
let started: Started | undefined;
afterEach(async () => {
  await started?.source.close();
  started = undefined;
});

describe('udp syslog source', () => {
  it('pushes one message per datagram with its metadata', async () => {
    started = await startSource({ mode: 'udp', name: 'udp-in' });
    const { sink, port, source } = started;
    await sendUdp(port, ['<13>one', '<14>two words', '<15>three']);
    await waitFor(() => sink.messages.length === 3, '3 messages');
    expect(sink.texts()).toEqual(['<13>one', '<14>two words', '<15>three']);
    for (const m of sink.messages) {
      expect(m).toMatchObject({ transport: 'udp', remoteAddress: '127.0.0.1', source: 'udp-in', truncated: false, streamId: 0 });
    }
    expect(source.stats()).toMatchObject({ received: 3, bytes: '<13>one<14>two words<15>three'.length });
  });

  it('drops a trailing LF, CRLF or NUL that some devices add, and ignores empty datagrams', async () => {
    started = await startSource({ mode: 'udp' });
    const { sink, port } = started;
    await sendUdp(port, ['<13>lf\n', '<13>crlf\r\n', '<13>nul\u0000', '', '\n', '<13>inner\nline']);
    await waitFor(() => sink.messages.length === 4, '4 messages');
    expect(sink.texts()).toEqual(['<13>lf', '<13>crlf', '<13>nul', '<13>inner\nline']);
  });

  it('cuts a datagram longer than maxMessageBytes and counts it', async () => {
    started = await startSource({ mode: 'udp', maxMessageBytes: 100 });
    const { sink, port, source } = started;
    await sendUdp(port, [`<13>${'x'.repeat(2000)}`, '<13>short']);
    await waitFor(() => sink.messages.length === 2, '2 messages');
    expect(sink.frames()).toEqual([[`<13>${'x'.repeat(96)}`, true], ['<13>short', false]]);
    expect(source.stats().truncated).toBe(1);
  });

  it('keeps 8-bit bytes exact', async () => {
    started = await startSource({ mode: 'udp' });
    const { sink, port } = started;
    const bytes = Buffer.from([0x3c, 0x31, 0x3e, 0xc3, 0xa9, 0x00, 0xff, 0x41]);
    await sendUdp(port, [bytes]);
    await waitFor(() => sink.messages.length === 1, 'a message');
    expect(sink.messages[0]?.text).toBe(bytes.toString('latin1'));
  });

  it('receives what util-linux logger sends with -d, RFC 3164 and RFC 5424', async () => {
    started = await startSource({ mode: 'udp' });
    const { sink, port } = started;
    const base = ['-n', '127.0.0.1', '-P', String(port), '-d', '-t', 'lvtest'];
    await runLogger([...base, '--rfc3164', 'hello over udp 3164']);
    await runLogger([...base, '--rfc5424', 'hello over udp 5424']);
    await waitFor(() => sink.messages.length === 2, '2 messages');
    expect(sink.texts()[0]).toMatch(new RegExp(`^<13>[A-Z][a-z]{2} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d ${HOST} lvtest: hello over udp 3164$`));
    expect(sink.texts()[1]).toMatch(
      new RegExp(`^<13>1 \\d{4}-\\d\\d-\\d\\dT[\\d:.]+[+-]\\d\\d:\\d\\d ${HOST} lvtest - - \\[timeQuality tzKnown="1" isSynced="[01]"( syncAccuracy="\\d+")?\\] hello over udp 5424$`),
    );
  });

  it('listens on IPv6 and unwraps IPv4-mapped senders on a dual-stack socket', async () => {
    started = await startSource({ mode: 'udp', host: '::' });
    const { sink, port } = started;
    await sendUdp(port, ['<13>via v4'], '127.0.0.1');
    await sendUdp(port, ['<13>via v6'], '::1');
    await waitFor(() => sink.messages.length === 2, '2 messages');
    const byText = new Map(sink.messages.map((m) => [m.text, m.remoteAddress]));
    expect(byText.get('<13>via v4')).toBe('127.0.0.1');
    expect(byText.get('<13>via v6')).toBe('::1');
  });

  it('asks for the configured receive buffer', async () => {
    started = await startSource({ mode: 'udp', receiveBufferBytes: 1 << 20 });
    expect(started.logLines.join('')).toMatch(/"recvBufferBytes":\d+/);
  });

  it.runIf(process.platform === 'linux')('warns, with both sizes, when the kernel grants less receive buffer than configured', async () => {
    const requested = 1 << 30;
    started = await startSource({ mode: 'udp', receiveBufferBytes: requested });
    const granted = Number(/"recvBufferBytes":(\d+)/.exec(started.logLines.join(''))?.[1]);
    const capped = 2 * Number(readFileSync('/proc/sys/net/core/rmem_max', 'utf8')) < requested;
    const warning = started.logLines.find((l) => l.includes('smaller UDP receive buffer'));
    if (capped) {
      expect(granted).toBeLessThan(requested);
      expect(JSON.parse(warning ?? '{}')).toMatchObject({ level: 40, requestedBytes: requested, grantedBytes: granted });
    } else {
      expect(warning).toBeUndefined();
    }
    // A buffer the kernel grants in full gives no warning.
    await started.source.close();
    started = await startSource({ mode: 'udp', receiveBufferBytes: 65536 });
    expect(started.logLines.some((l) => l.includes('smaller UDP receive buffer'))).toBe(false);
  });
});
