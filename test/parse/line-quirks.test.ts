import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseSyslog } from '../../agent/stages/parse/index.js';
import { binaryString } from './binary-string.js';

const NOW = new Date('2025-06-15T12:00:00Z');
const parse = (line: string) => parseSyslog(line, { now: NOW });

/** The fixture as a source hands it over: latin1 binary string, split on LF, CR left on. */
function fixtureLines(): string[] {
  const path = fileURLToPath(new URL('../fixtures/parse/line-quirks.log', import.meta.url));
  return readFileSync(path).toString('latin1').split('\n');
}

describe('parseSyslog line quirks', () => {
  it('parses every line of a file with CRLF, NUL, UTF-8, tabs and no final newline', () => {
    const events = fixtureLines().map(parse);
    expect(events.map((e) => e.format)).toEqual([
      'rfc3164', // CRLF
      'rfc3164', // trailing space + CRLF
      'rfc5424', // RFC 6587 NUL trailer
      'rfc3164', // "août"
      'rfc3164',
      'unparsed', // tab continuation
      'unparsed', // empty
      'unparsed', // " <181>03": a single word after PRI
      'rfc5424', // Snare tabs in MSG
      'rfc3164', // NUL inside
      'rfc3164', // UTF-8 text
      'rfc3164', // no final newline
    ]);
  });

  it('drops a trailing CR but keeps a trailing space of the message', () => {
    const [first, second] = fixtureLines().map(parse);
    expect(first?.msg).toBe("'su root' failed for ops on /dev/pts/8");
    expect(second?.msg).toBe('check pass; user unknown ');
  });

  it('drops the NUL that terminates a frame (RFC 6587 §3.4.2) and keeps a NUL inside a message', () => {
    const events = fixtureLines().map(parse);
    expect(events[2]).toMatchObject({ host: '192.0.2.132', sd: { 'auth@32473': { UserID: 'tester7', Realm: 'Lab' } }, msg: 'Found the user' });
    expect(events[9]?.msg).toBe('zero\u0000byte inside');
  });

  it('keeps UTF-8 bytes as one char per byte and never decodes them', () => {
    const events = fixtureLines().map(parse);
    expect(events[3]).toMatchObject({ host: 'laptop-3', app: 'symphony', pid: '4961', msg: 'test' });
    expect(events[10]?.msg).toBe(binaryString('Grüße, 東京'));
    for (const ev of events) for (const ch of ev.msg) expect(ch.charCodeAt(0)).toBeLessThan(256);
  });

  it('returns a tab-indented continuation line unparsed and whole, for the caller to join', () => {
    const ev = fixtureLines().map(parse)[5];
    expect(ev).toEqual({
      format: 'unparsed',
      msg: '\tASL Module "com.example.sched" claims selected messages.',
      parse_error: 'starts with whitespace (a continuation line?)',
    });
  });

  it('keeps tabs inside a message (Snare)', () => {
    const ev = fixtureLines().map(parse)[8];
    expect(ev).toMatchObject({ host: 'DC-7', msg: 'MSWinEventLog\t1\tSecurity\t802301\tTue Feb 18 06:42:17 2024\t4624' });
  });

  it('skips spaces before <PRI> (Cisco ASA over TCP)', () => {
    expect(parse('  <166>Mar 14 2024 09:21:07 asa-1 : %ASA-6-302013: Built')).toMatchObject({ format: 'rfc3164', host: 'asa-1', facility: 20 });
  });

  it('skips a UTF-8 BOM at the start of the line (first line of a file)', () => {
    expect(parse('\u00ef\u00bb\u00bf<13>Mar 14 09:21:07 h app: x')).toMatchObject({ format: 'rfc3164', host: 'h', msg: 'x' });
  });

  it('returns a line of only CRs and NULs unparsed as it came', () => {
    expect(parse('\r')).toEqual({ format: 'unparsed', msg: '\r', parse_error: 'blank line' });
    expect(parse('\u0000\r')).toEqual({ format: 'unparsed', msg: '\u0000\r', parse_error: 'blank line' });
  });

  it('keeps the whole line, CR included, when it does not parse', () => {
    expect(parse('Header1: abc\r')).toEqual({ format: 'unparsed', msg: 'Header1: abc\r', parse_error: 'no syslog header' });
  });

  it('does not mistake a non-breaking space (\\xA0) for a separator', () => {
    const ev = parse('<13>Mar\u00a014 09:21:07 h app: x');
    expect(ev.format).toBe('rfc3164');
    expect(ev).not.toHaveProperty('time');
    expect(ev.msg).toBe('Mar\u00a014 09:21:07 h app: x');
  });
});
