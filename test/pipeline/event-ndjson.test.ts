import { describe, expect, it } from 'vitest';
import { eventToJsonBytes, eventsToNdjsonBytes } from '../../shared/event-json.js';
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
});
