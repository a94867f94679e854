import { describe, expect, it } from 'vitest';
import { parseSyslog } from '../../agent/stages/parse/index.js';
import { binaryString } from './binary-string.js';

const HEAD = '<14>1 2024-03-14T09:21:07Z host1 app1 77 ID1 ';

describe('parseSyslog rfc5424 structured data', () => {
  it('reads several SD-ELEMENTs into sd by SD-ID', () => {
    const ev = parseSyslog(HEAD + '[origin@32473 ip="192.0.2.1" software="x"][meta@32473 seq="9" lang="en"] m');
    expect(ev.sd).toEqual({
      'origin@32473': { ip: '192.0.2.1', software: 'x' },
      'meta@32473': { seq: '9', lang: 'en' },
    });
    expect(ev.msg).toBe('m');
  });

  it('unescapes \\] inside a PARAM-VALUE', () => {
    expect(parseSyslog(HEAD + '[x@1 sel="ipv4_subnet(any:0,[0..7\\]=192.0.2.0/29)"] m').sd).toEqual({
      'x@1': { sel: 'ipv4_subnet(any:0,[0..7]=192.0.2.0/29)' },
    });
  });

  it('unescapes \\" and \\\\ inside a PARAM-VALUE', () => {
    expect(parseSyslog(HEAD + '[x@1 q="say \\"hi\\"" path="C:\\\\tmp\\\\a"] m').sd).toEqual({
      'x@1': { q: 'say "hi"', path: 'C:\\tmp\\a' },
    });
  });

  it('keeps a backslash before any other character, as RFC 5424 §6.3.3 requires', () => {
    expect(parseSyslog(HEAD + '[x@1 v="a\\nb\\d"] m').sd).toEqual({ 'x@1': { v: 'a\\nb\\d' } });
  });

  it('accepts an unescaped ] inside the quotes of a value', () => {
    expect(parseSyslog(HEAD + '[x@1 v="[0..7]"] m').sd).toEqual({ 'x@1': { v: '[0..7]' } });
  });

  it('keeps an element without parameters and an empty value', () => {
    expect(parseSyslog(HEAD + '[flag@1][x@1 empty=""] m').sd).toEqual({ 'flag@1': {}, 'x@1': { empty: '' } });
  });

  it('merges a repeated SD-ID and keeps the last value of a repeated PARAM-NAME', () => {
    expect(parseSyslog(HEAD + '[x@1 a="1" a="2"][x@1 b="3"] m').sd).toEqual({ 'x@1': { a: '2', b: '3' } });
  });

  it('keeps bytes >= 0x80 of a UTF-8 value as they came', () => {
    expect(parseSyslog(binaryString(HEAD + '[x@1 user="José"] m')).sd).toEqual({ 'x@1': { user: binaryString('José') } });
  });

  it('keeps the header and the good elements when a later element is broken, and the rest as msg', () => {
    const ev = parseSyslog(HEAD + '[good@1 a="1"][bad@1 b=unquoted] tail');
    expect(ev).toMatchObject({ format: 'rfc5424', host: 'host1', sd: { 'good@1': { a: '1' } } });
    expect(ev.msg).toBe('[bad@1 b=unquoted] tail');
  });

  it('keeps a pseudo-SD that is not RFC 5424 (Check Point) as the message', () => {
    const ev = parseSyslog('<134>1 2024-12-29T14:20:02Z cp-mgmt CheckPoint 10547 - [action:"Accept"; origin:"192.0.2.9"] ');
    expect(ev).toMatchObject({ format: 'rfc5424', host: 'cp-mgmt', app: 'CheckPoint', pid: '10547' });
    expect(ev).not.toHaveProperty('sd');
    expect(ev.msg).toBe('[action:"Accept"; origin:"192.0.2.9"] ');
  });

  it('keeps an unterminated element as the message', () => {
    const ev = parseSyslog(HEAD + '[x@1 a="never closed');
    expect(ev.format).toBe('rfc5424');
    expect(ev.msg).toBe('[x@1 a="never closed');
  });

  it('takes text glued to the last ] as the message (Junos "]1002")', () => {
    const ev = parseSyslog(HEAD + '[x@1 a="1"]1002');
    expect(ev.sd).toEqual({ 'x@1': { a: '1' } });
    expect(ev.msg).toBe('1002');
  });

  it('takes a space between elements as the end of STRUCTURED-DATA', () => {
    const ev = parseSyslog(HEAD + '[x@1 a="1"] [y@1 b="2"] m');
    expect(ev.sd).toEqual({ 'x@1': { a: '1' } });
    expect(ev.msg).toBe('[y@1 b="2"] m');
  });

  it('stores __proto__ as a plain key and never touches a prototype', () => {
    const ev = parseSyslog(HEAD + '[__proto__ __proto__="polluted" constructor="c"] m');
    expect(Object.keys(ev.sd ?? {})).toEqual(['__proto__']);
    const params = ev.sd?.['__proto__'];
    expect(Object.getOwnPropertyDescriptor(params, '__proto__')?.value).toBe('polluted');
    expect(params?.constructor).toBe('c');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(ev.sd)).toBe(Object.prototype);
  });
});
