import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SYSLOG_FORMATS, VENDOR_FORMATS, type LogEvent } from '../../shared/event.js';
import { parseSyslog } from '../../agent/stages/parse/index.js';

const NOW = new Date('2025-06-15T12:00:00Z');

/** A binary string: one char per byte, 0..255, as sources produce. */
const byteString = (maxLength = 300) =>
  fc.string({ unit: fc.integer({ min: 0, max: 255 }).map((c) => String.fromCharCode(c)), maxLength });

/** Syslog-shaped noise: fragments that steer the input into every grammar, glued at random. */
const FRAGMENTS = [
  '<13>', '<0>', '<191>', '<192>', '<01>', '1 ', '- ', ' ', '  ', '\t', '\r', '\u0000', '\u00ef\u00bb\u00bf',
  'Mar 14 09:21:07 ', 'Feb 29 ', '2024-03-14T09:21:07.123+01:00 ', '2024:03:08-15:00:00 ', 'UTC: ', 'CEST ',
  'host1 ', '192.0.2.1 ', '2001:db8::1 ', 'sshd[42]: ', 'app: ', 'user.info ', '123: ', '*', '.', '2y10w: ',
  '%ASA-6-302013: ', '%FOO-SUB-3-BAR : ', 'RP/0/RP0/CPU0:', '[', ']', '"', '\\', '=', "'", 'x@2636 ', 'k="v" ',
  'a=b ', 'CEF:0|', '|', '\\|', '\\=', ',', '1,2024/01/01 00:00:00,0001,TRAFFIC,end,', 'filterlog[1]: ',
  '5,,,1000,em0,match,block,in,4,', '6,', 'tcp,', '\u00e2\u0080\u009d', 'août ', '\u00a0',
];
const syslogish = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 24 }).map((parts) => parts.join(''));

const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})?$/;

function checkInvariants(line: string, ev: LogEvent): void {
  expect(SYSLOG_FORMATS).toContain(ev.format);
  expect(typeof ev.msg).toBe('string');
  if (ev.format === 'unparsed') {
    expect(ev.msg).toBe(line);
    expect(typeof ev.parse_error).toBe('string');
  } else {
    expect(ev).not.toHaveProperty('parse_error');
    expect(line.includes(ev.msg) || ev.msg === '').toBe(true);
  }
  if (ev.facility !== undefined) expect(ev.facility >= 0 && ev.facility <= 23).toBe(true);
  if (ev.severity !== undefined) expect(ev.severity >= 0 && ev.severity <= 7).toBe(true);
  if (ev.vendor !== undefined) expect(VENDOR_FORMATS).toContain(ev.vendor);
  if (ev.time !== undefined) expect(ev.time).toMatch(ISO_8601);
  for (const key of ['host', 'app', 'pid', 'msgid'] as const) {
    const v = ev[key];
    if (v !== undefined) expect(line.includes(v)).toBe(true);
  }
}

describe('parseSyslog properties', () => {
  it('never throws and returns a msg string for arbitrary binary strings', () => {
    fc.assert(
      fc.property(byteString(), (line) => {
        checkInvariants(line, parseSyslog(line, { now: NOW }));
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws for arbitrary Unicode strings, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (line) => {
        const ev = parseSyslog(line);
        expect(typeof ev.msg).toBe('string');
        expect(SYSLOG_FORMATS).toContain(ev.format);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws for syslog-shaped noise and keeps its invariants', () => {
    fc.assert(
      fc.property(syslogish, (line) => {
        checkInvariants(line, parseSyslog(line, { now: NOW }));
      }),
      { numRuns: 5000 },
    );
  });

  // ---- RFC 5424 round trip -------------------------------------------------

  const printUsAscii = (min: number, max: number) =>
    fc.string({ unit: fc.integer({ min: 33, max: 126 }).map((c) => String.fromCharCode(c)), minLength: min, maxLength: max });
  /** A header field: NILVALUE or 1..max PRINTUSASCII (a lone "-" is the NILVALUE either way). */
  const headerField = (max: number) => fc.oneof(fc.constant('-'), printUsAscii(1, max));
  /** RFC 5424 SD-NAME: PRINTUSASCII except '=', SP, ']', '"'. */
  const sdName = fc
    .string({
      unit: fc.integer({ min: 33, max: 126 }).filter((c) => c !== 61 && c !== 93 && c !== 34).map((c) => String.fromCharCode(c)),
      minLength: 1,
      maxLength: 32,
    });
  const escapeParamValue = (v: string) => v.replace(/[\\"\]]/g, (c) => '\\' + c);
  const two = (n: number) => String(n).padStart(2, '0');
  const timestamp = fc.oneof(
    fc.constant('-'),
    fc
      .record({
        year: fc.integer({ min: 1, max: 9999 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 28 }),
        hour: fc.integer({ min: 0, max: 23 }),
        minute: fc.integer({ min: 0, max: 59 }),
        second: fc.integer({ min: 0, max: 59 }),
        frac: fc.string({ unit: fc.constantFrom('0', '1', '5', '9'), maxLength: 6 }),
        zone: fc.oneof(
          fc.constant('Z'),
          fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(
            ([s, h, m]) => `${s}${two(h)}:${two(m)}`,
          ),
        ),
      })
      .map(
        (t) =>
          `${String(t.year).padStart(4, '0')}-${two(t.month)}-${two(t.day)}T${two(t.hour)}:${two(t.minute)}:${two(t.second)}` +
          (t.frac === '' ? '' : '.' + t.frac) +
          t.zone,
      ),
  );
  const structuredData = fc.uniqueArray(
    fc.record({
      id: sdName,
      params: fc.uniqueArray(fc.record({ name: sdName, value: byteString(40) }), { selector: (p) => p.name, maxLength: 4 }),
    }),
    { selector: (e) => e.id, maxLength: 3 },
  );
  const message = fc.oneof(
    fc.constant(undefined),
    fc.tuple(fc.boolean(), byteString(80)).filter(([, m]) => !/[\r\u0000]$/.test(m) && !m.startsWith('\u00ef\u00bb\u00bf')),
  );

  it('round-trips the fields of generated RFC 5424 messages', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 191 }),
        timestamp,
        headerField(255),
        headerField(48),
        headerField(128),
        headerField(32),
        structuredData,
        message,
        (pri, ts, host, app, procid, msgid, sd, msg) => {
          const sdText =
            sd.length === 0
              ? '-'
              : sd.map((e) => `[${e.id}${e.params.map((p) => ` ${p.name}="${escapeParamValue(p.value)}"`).join('')}]`).join('');
          const msgText = msg === undefined ? '' : ' ' + (msg[0] ? '\u00ef\u00bb\u00bf' : '') + msg[1];
          const line = `<${pri}>1 ${ts} ${host} ${app} ${procid} ${msgid} ${sdText}${msgText}`;
          const ev = parseSyslog(line);

          const nil = (v: string) => (v === '-' ? undefined : v);
          expect(ev.format).toBe('rfc5424');
          expect(ev.facility).toBe(pri >> 3);
          expect(ev.severity).toBe(pri & 7);
          expect(ev.time).toBe(nil(ts));
          expect(ev.host).toBe(nil(host));
          expect(ev.app).toBe(nil(app));
          expect(ev.pid).toBe(nil(procid));
          expect(ev.msgid).toBe(nil(msgid));
          expect(ev.msg).toBe(msg === undefined ? '' : msg[1]);
          if (sd.length === 0) {
            expect(ev).not.toHaveProperty('sd');
          } else {
            const expected: Record<string, Record<string, string>> = {};
            for (const e of sd) {
              const params: Record<string, string> = {};
              for (const p of e.params) Object.defineProperty(params, p.name, { value: p.value, enumerable: true, writable: true, configurable: true });
              Object.defineProperty(expected, e.id, { value: params, enumerable: true, writable: true, configurable: true });
            }
            expect(ev.sd).toEqual(expected);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('round-trips host, TAG, PID and message of generated RFC 3164 messages', () => {
    const word = (min: number, max: number) =>
      fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), minLength: min, maxLength: max });
    const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: 0, max: 191 }), { nil: undefined }),
        fc.integer({ min: 0, max: 11 }),
        fc.integer({ min: 1, max: 28 }),
        fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 })),
        fc.oneof(word(1, 20).filter((h) => /[a-z]/.test(h)), fc.constant('192.0.2.33'), fc.constant('2001:db8::9')),
        word(1, 16).filter((t) => /^[a-z]/.test(t)),
        fc.option(fc.integer({ min: 1, max: 99999 }), { nil: undefined }),
        // No '%' (a Cisco tag would replace app) and no '=' (kv only adds fields, but keep it plain).
        fc.string({ unit: fc.constantFrom(...'abc XYZ 0123 .,;/()-_+#'), maxLength: 80 }),
        (pri, month, day, [h, mi, s], host, tag, pid, msg) => {
          const two = (n: number) => String(n).padStart(2, '0');
          const stamp = `${MONTHS[month]} ${String(day).padStart(2, ' ')} ${two(h)}:${two(mi)}:${two(s)}`;
          const line = `${pri === undefined ? '' : `<${pri}>`}${stamp} ${host} ${tag}${pid === undefined ? '' : `[${pid}]`}: ${msg}`;
          const ev = parseSyslog(line, { year: 2024 });
          expect(ev).toMatchObject({
            format: 'rfc3164',
            time: `2024-${two(month + 1)}-${two(day)}T${two(h)}:${two(mi)}:${two(s)}`,
            host,
            app: tag,
            msg,
          });
          expect(ev.pid).toBe(pid === undefined ? undefined : String(pid));
          expect(ev.facility).toBe(pri === undefined ? undefined : pri >> 3);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
