import { afterEach, describe, expect, it } from 'vitest';
import { FramerHarness } from './framer-harness.js';
import { sendTcp, startSource, waitFor, type Started } from './helpers.js';

describe('RFC 6587 framing', () => {
  it('reads octet-counted frames (MSG-LEN SP SYSLOG-MSG) back to back', () => {
    const h = new FramerHarness().feed('5 <1>ab11 <13>hello w3 <2>');
    expect(h.texts()).toEqual(['<1>ab', '<13>hello w', '<2>']);
  });

  it('keeps LF and other bytes inside an octet-counted frame', () => {
    const h = new FramerHarness().feed('11 <13>a\nb\r\n\u0000c');
    expect(h.texts()).toEqual(['<13>a\nb\r\n\u0000c']);
  });

  it('reads non-transparent frames ended by LF, CRLF or NUL', () => {
    const h = new FramerHarness().feed('<13>lf\n<13>crlf\r\n<13>nul\u0000<13>cr in \r middle\n');
    expect(h.texts()).toEqual(['<13>lf', '<13>crlf', '<13>nul', '<13>cr in \r middle']);
  });

  it('skips empty lines and the LF some senders put after an octet-counted frame', () => {
    const h = new FramerHarness().feed('\n\n7 <13>one\n\r\n7 <13>two\u0000<13>three\n\n\n');
    expect(h.texts()).toEqual(['<13>one', '<13>two', '<13>three']);
    expect(h.counters.dropped.framing_error).toBe(0);
  });

  it('decides the framing of every frame by its first byte, so a connection may switch', () => {
    const h = new FramerHarness().feed('<13>lf first\n7 <13>oct<13>lf again\n5 <1>xy');
    expect(h.texts()).toEqual(['<13>lf first', '<13>oct', '<13>lf again', '<1>xy']);
  });

  it('reassembles a frame split in the middle of its length prefix', () => {
    const h = new FramerHarness().feed('1', '0', ' <13>', 'hello', '!', '1', '0 <13>two', '!!!', '<13', '>lf', '\r', '\n');
    expect(h.texts()).toEqual(['<13>hello!', '<13>two!!!', '<13>lf']);
  });

  it('strips a CR whose LF arrives in the next chunk', () => {
    const h = new FramerHarness(10).feed('<13>123456\r', '\n');
    expect(h.frames()).toEqual([['<13>123456', false]]);
  });

  it('treats an unterminated last frame as a message, and an incomplete octet frame as cut', () => {
    expect(new FramerHarness().feed('<13>tail').end().frames()).toEqual([['<13>tail', false]]);
    const h = new FramerHarness().feed('20 <13>only part').end();
    expect(h.frames()).toEqual([['<13>only part', true]]);
    expect(h.counters.dropped.framing_error).toBe(1);
  });

  it('returns the exact bytes of each frame as a binary string', () => {
    const bytes = Buffer.from([0x3c, 0x31, 0x3e, 0xc3, 0xa9, 0xff, 0x80, 0x0a]);
    const h = new FramerHarness().feed(bytes);
    expect(h.texts()).toEqual([bytes.subarray(0, 7).toString('latin1')]);
  });

  it('stamps every message with the connection metadata', () => {
    const h = new FramerHarness().feed('<13>x\n');
    expect(h.out[0]).toEqual({
      text: '<13>x',
      transport: 'tcp',
      remoteAddress: '192.0.2.1',
      source: 'unit',
      receivedAt: 1,
      truncated: false,
      streamId: 7,
    });
  });
});

describe('framing over a real connection', () => {
  let started: Started | undefined;
  afterEach(async () => {
    await started?.source.close();
    started = undefined;
  });

  it('frames octet counting, LF, CRLF and NUL sent in one connection, split inside a length prefix', async () => {
    started = await startSource();
    const { sink, port } = started;
    await sendTcp(port, ['1', '1 <13>oct one', '<13>lf\n<13>crlf\r\n', '<13>nul\u0000', '7 <13>end']);
    await waitFor(() => sink.messages.length === 5, '5 messages');
    expect(sink.texts()).toEqual(['<13>oct one', '<13>lf', '<13>crlf', '<13>nul', '<13>end']);
    expect(started.source.stats().dropped.framing_error).toBe(0);
  });
});
