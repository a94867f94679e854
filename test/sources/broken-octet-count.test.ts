import { afterEach, describe, expect, it } from 'vitest';
import { FramerHarness } from './framer-harness.js';
import { sendTcp, startSource, waitFor, type Started } from './helpers.js';

describe('broken octet counts', () => {
  it('resynchronises on the next `digits SP <` after a corrupted count, and counts one framing error', () => {
    const h = new FramerHarness().feed('7 <13>one', '7X <13>two', '9 <13>three');
    expect(h.texts()).toEqual(['<13>one', '7X <13>two', '<13>three']);
    expect(h.counters.dropped.framing_error).toBe(1);
  });

  it('reads a line that starts with digits but has no count (a legacy sender) as a whole line', () => {
    const h = new FramerHarness(200).feed('123: %LINK-3-UPDOWN: Interface Gi0/1, changed state to up\n<13>next\n');
    expect(h.texts()).toEqual(['123: %LINK-3-UPDOWN: Interface Gi0/1, changed state to up', '<13>next']);
    expect(h.counters.dropped.framing_error).toBe(1);
  });

  it('treats a count with a leading zero, too many digits or no SP as broken and keeps reading', () => {
    const h = new FramerHarness().feed('05 <13>zero\n', '99999999999 <13>huge\n', '5<13>nosp\n', '<13>fine\n', '5 <13>x');
    expect(h.texts()).toEqual(['05 <13>zero', '99999999999 <13>huge', '5<13>nosp', '<13>fine', '<13>x']);
    expect(h.counters.dropped.framing_error).toBe(3);
  });

  it('handles a broken count whose digits span chunks', () => {
    const h = new FramerHarness().feed('1', '2', '3x rest\n<13>ok\n');
    expect(h.texts()).toEqual(['123x rest', '<13>ok']);
    expect(h.counters.dropped.framing_error).toBe(1);
  });

  it('counts a connection that ends inside a count or an octet frame', () => {
    expect(new FramerHarness().feed('12').end().counters.dropped.framing_error).toBe(1);
    expect(new FramerHarness().feed('12 <13>').end().frames()).toEqual([['<13>', true]]);
  });

  describe('over TCP', () => {
    let started: Started | undefined;
    afterEach(async () => {
      await started?.source.close();
      started = undefined;
    });

    it('keeps the connection, counts the error and delivers the frames around it', async () => {
      started = await startSource();
      const { sink, port, source } = started;
      await sendTcp(port, ['7 <13>one7X <13>two9 <13>three', '1', '0 <13>fourth']);
      await waitFor(() => sink.messages.length === 4, '4 messages');
      expect(sink.texts()).toEqual(['<13>one', '7X <13>two', '<13>three', '<13>fourth']);
      expect(source.stats().dropped.framing_error).toBe(1);
    });
  });
});
