import { describe, expect, it } from 'vitest';
import { parseSyslog } from '../../agent/stages/parse/index.js';

describe('parseSyslog unparsed lines', () => {
  it('returns the whole line with a reason and nothing else', () => {
    expect(parseSyslog('[10.30 16:49:06] chrome.exe - proxy.example.org:5070 open through proxy')).toEqual({
      format: 'unparsed',
      msg: '[10.30 16:49:06] chrome.exe - proxy.example.org:5070 open through proxy',
      parse_error: 'no syslog header',
    });
  });

  it('returns the empty line unparsed', () => {
    expect(parseSyslog('')).toEqual({ format: 'unparsed', msg: '', parse_error: 'empty line' });
  });

  it('returns a lone <0>x and a PRI with nothing after it unparsed', () => {
    expect(parseSyslog('<0>x')).toEqual({ format: 'unparsed', msg: '<0>x', parse_error: 'a single word after PRI' });
    expect(parseSyslog('<181>07')).toMatchObject({ format: 'unparsed' });
    expect(parseSyslog('<13>')).toEqual({ format: 'unparsed', msg: '<13>', parse_error: 'nothing after PRI' });
    expect(parseSyslog('<13>   ')).toMatchObject({ format: 'unparsed', msg: '<13>   ' });
  });

  it('does not accept PRIs out of range, with leading zeros, too long, or empty', () => {
    for (const line of ['<192>1 - - - - - - x', '<01>1 - - - - - - x', '<007>Mar 14 09:21:07 h a: x', '<1000>x y', '<>x y', '<-1>x y']) {
      const ev = parseSyslog(line);
      expect(ev).not.toHaveProperty('facility');
      expect(ev).not.toHaveProperty('severity');
    }
    expect(parseSyslog('<192>1 - - - - - - x')).toMatchObject({ format: 'unparsed', parse_error: 'invalid PRI' });
    expect(parseSyslog('<test/>')).toMatchObject({ format: 'unparsed', parse_error: 'no syslog header' });
  });

  it('reads the rest of a line whose PRI is invalid as a line without PRI', () => {
    expect(parseSyslog('<007>Mar 14 09:21:07 h a: x', { year: 2025 })).toMatchObject({ format: 'unparsed' });
    expect(parseSyslog('<192> %ASA-6-302013: Built')).toMatchObject({ format: 'unparsed' });
  });

  it('returns lines that start with a space or tab unparsed (continuation lines)', () => {
    expect(parseSyslog(' This is just a test message that has no colons')).toMatchObject({
      format: 'unparsed',
      parse_error: 'starts with whitespace (a continuation line?)',
    });
    expect(parseSyslog('\t at java.lang.Thread.run(Thread.java:748)')).toMatchObject({ format: 'unparsed' });
    expect(parseSyslog('   ')).toEqual({ format: 'unparsed', msg: '   ', parse_error: 'blank line' });
  });

  it('leaves RFC 6587 octet counts to the source', () => {
    expect(parseSyslog('77 <86>1 2024-08-05T21:58:59.693Z 192.0.2.132 inactive - - -  partition is p2')).toMatchObject({
      format: 'unparsed',
      parse_error: 'no syslog header',
    });
  });

  it('returns lines that are not syslog at all unparsed', () => {
    for (const line of [
      '[Sun Dec 04 04:47:44 2005] [notice] workerEnv.init() ok /etc/httpd/conf/workers2.properties',
      'Syslog logging: enabled (0 messages dropped, 34 messages rate-limited)',
      'Header1: abc',
      '2492 logs found.',
      '}',
      '<',
      '%',
      '=',
    ]) {
      expect(parseSyslog(line)).toEqual({ format: 'unparsed', msg: line, parse_error: expect.any(String) });
    }
  });

  it('returns an unparsed event for a value that is not a string, instead of throwing', () => {
    expect(parseSyslog(undefined as unknown as string)).toEqual({ format: 'unparsed', msg: '', parse_error: 'not a string' });
    expect(parseSyslog(42 as unknown as string).format).toBe('unparsed');
  });

  it('ignores options that are not what they should be', () => {
    const opts = { year: Number.NaN, now: 'yesterday' } as unknown as { year: number; now: Date };
    expect(parseSyslog('<13>Feb  5 10:00:00 h a: x', opts).format).toBe('rfc3164');
    expect(parseSyslog('<13>Feb  5 10:00:00 h a: x', { now: new Date(Number.NaN) }).format).toBe('rfc3164');
  });
});
