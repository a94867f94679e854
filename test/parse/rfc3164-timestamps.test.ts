import { describe, expect, it } from 'vitest';
import { parseSyslog } from '../../agent/stages/parse/index.js';
import { binaryString } from './binary-string.js';

const NOW = new Date('2025-06-15T12:00:00Z');
const time = (line: string, now: Date = NOW) => parseSyslog(line, { now }).time;

describe('parseSyslog rfc3164 timestamps', () => {
  it('reads space-padded, zero-padded and unpadded days', () => {
    expect(time('<13>Feb  5 10:00:00 h a: x')).toBe('2025-02-05T10:00:00');
    expect(time('<13>Feb 05 10:00:00 h a: x')).toBe('2025-02-05T10:00:00');
    expect(time('<13>Feb 5 10:00:00 h a: x')).toBe('2025-02-05T10:00:00');
  });

  it('reads month names in any case', () => {
    expect(time('<13>FEB  5 10:00:00 h a: x')).toBe('2025-02-05T10:00:00');
    expect(time('<13>feb  5 10:00:00 h a: x')).toBe('2025-02-05T10:00:00');
  });

  it('gives a year-less timestamp the current UTC year', () => {
    expect(time('<13>Jun 15 11:00:00 h a: x')).toBe('2025-06-15T11:00:00');
    expect(time('<13>Jun 16 11:00:00 h a: x')).toBe('2025-06-16T11:00:00');
  });

  it('uses the previous year when the current one puts the message more than a day ahead', () => {
    const newYear = new Date('2025-01-01T00:05:00Z');
    expect(time('<13>Dec 31 23:59:58 h a: x', newYear)).toBe('2024-12-31T23:59:58');
    expect(time('<13>Jan  1 00:04:00 h a: x', newYear)).toBe('2025-01-01T00:04:00');
    expect(time('<13>Jan  2 00:04:00 h a: x', newYear)).toBe('2025-01-02T00:04:00');
    expect(time('<13>Jan  3 00:04:00 h a: x', newYear)).toBe('2024-01-03T00:04:00');
  });

  it('uses opts.year as given', () => {
    expect(parseSyslog('<13>Dec 31 23:59:58 h a: x', { year: 2019, now: NOW }).time).toBe('2019-12-31T23:59:58');
    expect(parseSyslog('<13>Feb 29 10:00:00 h a: x', { year: 2020 }).time).toBe('2020-02-29T10:00:00');
  });

  it('leaves time out for a day the inferred year does not have, and keeps parsing', () => {
    const ev = parseSyslog('<13>Feb 29 10:00:00 h a: x', { year: 2023 });
    expect(ev).not.toHaveProperty('time');
    expect(ev).toMatchObject({ format: 'rfc3164', host: 'h', app: 'a', msg: 'x' });
  });

  it('leaves time out for impossible values but keeps the header', () => {
    const ev = parseSyslog('May 00 00:00:00 XX-FW-00 1,2020/00/00 00:00:00,0000,TRAFFIC,end,0000', { now: NOW });
    expect(ev).not.toHaveProperty('time');
    expect(ev).toMatchObject({ format: 'rfc3164', host: 'XX-FW-00', vendor: 'panos' });
    expect(time('<13>Jan 10 25:61:00 h a: x')).toBeUndefined();
  });

  it('reads a year after the day and fractional seconds', () => {
    expect(time('Apr 17 2020 14:08:08 asa-1 : %ASA-6-302016: x')).toBe('2020-04-17T14:08:08');
    expect(time('<13>Mar 14 09:21:07.123456 h a: x')).toBe('2025-03-14T09:21:07.123456');
  });

  it('keeps UTC, a glued Z and UTC offsets as zones', () => {
    expect(time('<166>May 01 2024 09:24:32Z  %FTD-6-113005: x')).toBe('2024-05-01T09:24:32Z');
    expect(time('<13>Mar 14 09:21:07 UTC h a: x')).toBe('2025-03-14T09:21:07Z');
    expect(time('<189>1: sw1: May 6 16:13:09.123 UTC+7: %DOT1X-5-FAIL: x')).toBe('2025-05-06T16:13:09.123+07:00');
    expect(time('<189>1: sw1: May 6 16:13:09.123 UTC+07:30: %DOT1X-5-FAIL: x')).toBe('2025-05-06T16:13:09.123+07:30');
    expect(time('<189>1: sw1: May 6 16:13:09.123 GMT-0500: %DOT1X-5-FAIL: x')).toBe('2025-05-06T16:13:09.123-05:00');
  });

  it('drops ambiguous zone abbreviations instead of guessing an offset', () => {
    expect(time('<190>1: 2: Aug 12 2023 12:14:24.412 mdt: %IOSXE-6-PLATFORM: x')).toBe('2023-08-12T12:14:24.412');
    expect(time('065478: Dec  4 11:01:38.694 EST: %MAB-5-SUCCESS: x')).toBe('2024-12-04T11:01:38.694');
  });

  it('does not take a lower-case hostname after the time for a zone', () => {
    expect(parseSyslog('<13>Mar 14 09:21:07 est sshd[1]: x', { now: NOW })).toMatchObject({ host: 'est', app: 'sshd' });
    expect(parseSyslog('<13>Mar 14 09:21:07 CET sshd[1]: x', { now: NOW })).not.toHaveProperty('host');
  });

  it('reads RFC 3339 timestamps with a space separator and a -0700 offset', () => {
    expect(time('2024-03-23 06:47:42.801612-0700  localhost sshd[3186]: x')).toBe('2024-03-23T06:47:42.801612-07:00');
  });

  it('reads the year-first form and Sophos UTM\'s colon date', () => {
    expect(time('2015 Nov 13 13:40:01 ether rsyslogd-2177: x')).toBe('2015-11-13T13:40:01');
    expect(time('2023:03:08-15:00:00 utm-1 httpproxy[6267]: id="0001"')).toBe('2023-03-08T15:00:00');
  });

  it('keeps parsing the header after a month name in another language (UTF-8 "août")', () => {
    const ev = parseSyslog(binaryString('août 19 11:08:37 laptop-3 symphony[4961]: test'), { now: NOW });
    expect(ev).toEqual({ format: 'rfc3164', host: 'laptop-3', app: 'symphony', pid: '4961', msg: 'test' });
  });

  it('does not read the clock when the caller passes now or year', () => {
    const realNow = Date.now;
    Date.now = () => {
      throw new Error('clock read');
    };
    try {
      expect(parseSyslog('<13>Feb  5 10:00:00 h a: x', { now: NOW }).time).toBe('2025-02-05T10:00:00');
      expect(parseSyslog('<13>Feb  5 10:00:00 h a: x', { year: 2001 }).time).toBe('2001-02-05T10:00:00');
    } finally {
      Date.now = realNow;
    }
  });

  it('parses each line on its own when clocks go backwards (DST fall-back, mixed sources)', () => {
    const lines = [
      'Nov  3 01:59:14 air-7 syslogd[634]: ASL Sender Statistics',
      'Nov  3 01:24:56 air-7 syslogd[634]: ASL Sender Statistics',
      'Sep 13 03:12:04 imac-2.local kernel[0]: vm_compressor_flush - starting',
      'Nov  3 01:24:56 air-7 syslogd[634]: ASL Sender Statistics',
    ];
    expect(lines.map((l) => time(l))).toEqual([
      '2024-11-03T01:59:14',
      '2024-11-03T01:24:56',
      '2024-09-13T03:12:04',
      '2024-11-03T01:24:56',
    ]);
    expect(parseSyslog(lines[0]!, { year: 2019 }).time).toBe('2019-11-03T01:59:14');
    expect(parseSyslog(lines[0]!, { now: new Date('2031-12-01T00:00:00Z') }).time).toBe('2031-11-03T01:59:14');
    expect(time(lines[0]!)).toBe('2024-11-03T01:59:14');
  });

  it('uses the current year when no options are given', () => {
    const year = new Date().getUTCFullYear();
    const t = parseSyslog('<13>Jan  1 00:00:01 h a: x').time ?? '';
    expect([year, year - 1]).toContain(Number(t.slice(0, 4)));
  });
});
