import { describe, expect, it } from 'vitest';
import { NdjsonEncoder, eventToJsonBytes, eventsToNdjsonBytes } from '../../shared/event-json.js';
import type { LogEvent } from '../../shared/event.js';

const ev = (msg: string, extra: Partial<LogEvent> = {}): LogEvent => ({ msg, format: 'unparsed', ...extra });
const oneByOne = (events: LogEvent[]): Buffer => Buffer.concat(events.flatMap((e) => [eventToJsonBytes(e), Buffer.from('\n')]));

describe('eventsToNdjsonBytes', () => {
  it('gives the same bytes as eventToJsonBytes per event plus LF', () => {
    const events = [ev('plain'), ev('caf\xc3\xa9 utf-8', { host: 'h\xc3\xa9' }), ev('quote " and \\ and \x01'), ev('')];
    expect(eventsToNdjsonBytes(events).equals(oneByOne(events))).toBe(true);
  });

  it('decodes only the events that were not valid UTF-8, the others stay byte-exact', () => {
    const events = [ev('ok caf\xc3\xa9'), ev('bad \xff\xfe', { fields: { k: 'v\xe9' } }), ev('cut \xc3'), ev('\xa9 stray')];
    const out = eventsToNdjsonBytes(events);
    expect(out.equals(oneByOne(events))).toBe(true);
    expect(out.toString('utf8').split('\n')[1]).toContain('\ufffd');
  });

  it('is empty for no events', () => {
    expect(eventsToNdjsonBytes([]).length).toBe(0);
  });

  it('an encoder reused across batches of growing size gives each batch the bytes of one event at a time', () => {
    const encoder = new NdjsonEncoder();
    for (const n of [1, 50, 2000, 3, 5000, 0]) {
      const events = Array.from({ length: n }, (_, i) => ev(`line ${i} ${'x'.repeat(i % 97)} caf\xc3\xa9`, { host: `h${n}`, fields: { k: String(i) } }));
      if (n === 3) events.push(ev('bad \xff'));
      expect(Buffer.compare(encoder.encode(events), oneByOne(events))).toBe(0);
    }
  });
});
