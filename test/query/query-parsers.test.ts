import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { forEachAddress } from '../../agent/query/find-addresses.js';
import { formatIPv4, parseIPv6 } from '../../agent/query/ip-text.js';
import { parseIpArg } from '../../agent/query/ip-target.js';
import { requiredLiteral } from '../../agent/query/required-literal.js';
import { parseSeverityArg } from '../../agent/query/severity-range.js';
import { parseUserArg } from '../../agent/query/user-target.js';

describe('the literal a --grep expression requires', () => {
  it.each([
    ['LINK-3-UPDOWN', '', 'LINK-3-UPDOWN'],
    ['link (up|down)', '', 'link '],
    ['Failed password for .* from', '', 'Failed password for '],
    ['Failed password for .* from [0-9.]+ port', '', 'Failed password for '],
    ['a\\.b\\.c', '', 'a.b.c'],
    ['colou?r change', '', 'r change'],
    ['ab+c', '', 'ab'],
    ['x{0,3}yz', '', 'yz'],
    ['^denied$', '', 'denied'],
    ['LINK-3', 'i', 'link-3'],
    ['"quoted"', '', 'quoted'],
    ['tab\\there', '', 'here'],
  ])('of /%s/%s is %j', (source, flags, literal) => {
    expect(requiredLiteral(source, flags)).toBe(literal);
  });

  it.each([['up|down'], ['(a|b)c'], ['.*'], ['[abc]+'], ['\\d+'], ['a'], ['\u00e9t\u00e9', 'i']])('of /%s/ is none', (source, flags = '') => {
    expect(requiredLiteral(source, flags)).toBeUndefined();
  });

  it('never misses a line the expression matches: the literal is in the JSON of every matching message', () => {
    const atom = fc.oneof(
      fc.constantFrom('a', 'b', 'B', ' ', '-', '"', '\\\\', '\\.', '.', '\\d', '[ab]', '(a|b)', '(?:ab)', 'x'),
      fc.constantFrom('*', '+', '?', '{2}', '{0,1}').map((q) => `a${q}`),
    );
    const pattern = fc.array(atom, { minLength: 1, maxLength: 8 }).map((a) => a.join(''));
    const text = fc.stringMatching(/^[abBx .\-"\\0-9]{0,20}$/);
    fc.assert(
      fc.property(pattern, text, fc.boolean(), (source, msg, ignoreCase) => {
        const flags = ignoreCase ? 'i' : '';
        const re = new RegExp(source, flags);
        if (!re.test(msg)) return;
        const lit = requiredLiteral(source, flags);
        if (lit === undefined) return;
        const json = JSON.stringify({ msg });
        expect((ignoreCase ? json.toLowerCase() : json).includes(lit)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('finding addresses in sanitized text', () => {
  const found = (text: string): string[] => {
    const out: string[] = [];
    forEachAddress(text, {
      v4: (a) => (out.push(formatIPv4(a)), false),
      v6: (a) => (out.push(Buffer.from(a).toString('hex')), false),
    });
    return out;
  };
  const hex6 = (t: string) => Buffer.from(parseIPv6(t) as Uint8Array).toString('hex');

  it.each([
    ['from 11.51.8.143 port 22', ['11.51.8.143']],
    ['dst 198.51.100.7:443 and (198.51.100.7/443)', ['198.51.100.7', '198.51.100.7']],
    ['IP 198.51.100.7.443 > 10.0.0.1.51234: Flags', ['198.51.100.7', '10.0.0.1']],
    ['outside:10.0.0.1/80', ['10.0.0.1']],
    ['Add:10.1.2.3', ['10.1.2.3']],
    ['query 7.100.51.198.in-addr.arpa PTR', ['198.51.100.7']],
    ['from ::ffff:10.1.2.3', ['10.1.2.3']],
    ['trap 1.3.6.1.2.1.2.2.1.8 ifOperStatus', []],
    ['at 12:06:03.123 mac 00:11:22:33:44:55', []],
    ['std::string::npos', []],
  ])('in %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['src 2001:db8::1 ok', '2001:db8::1'],
    ['nbr fe80::1%eth0 up', 'fe80::1'],
    ['GET [2001:db8::1]:443', '2001:db8::1'],
    ['Remote:fe80::1', 'fe80::1'],
    ['host 2a02:cf40::: x', '2a02:cf40::'],
    ['conn 2001:db8:1:2:3:4:5:6:443', '2001:db8:1:2:3:4:5:6'],
    ['IP6 2001:db8::7.58665 > x', '2001:db8::7'],
    ['FULL 2001:0DB8:0000:0000:0000:0000:0000:0001', '2001:db8::1'],
  ])('IPv6 in %j', (text, addr) => {
    expect(found(text)).toEqual([hex6(addr)]);
  });
});

describe('query arguments', () => {
  it('reads --severity as a level and worse, or as a range', () => {
    expect(parseSeverityArg('warning')).toEqual({ min: 0, max: 4 });
    expect(parseSeverityArg('ERR')).toEqual({ min: 0, max: 3 });
    expect(parseSeverityArg('7')).toEqual({ min: 0, max: 7 });
    expect(parseSeverityArg('0-3')).toEqual({ min: 0, max: 3 });
    expect(parseSeverityArg('err..emerg')).toEqual({ min: 0, max: 3 });
    expect(parseSeverityArg('notice .. notice')).toEqual({ min: 5, max: 5 });
    expect(() => parseSeverityArg('8')).toThrow(expect.objectContaining({ code: 'LV_USAGE' }));
  });

  it('reads --ip as an address or a network, host bits cleared, mapped IPv4 as IPv4', () => {
    expect(parseIpArg('10.1.2.77/24')).toMatchObject({ family: 4, bits: 24, v4: 0x0a010200 });
    expect(parseIpArg('10.1.2.77')).toMatchObject({ family: 4, bits: 32, v4: 0x0a01024d });
    expect(parseIpArg('::ffff:10.1.2.0/120')).toMatchObject({ family: 4, bits: 24, v4: 0x0a010200 });
    const v6 = parseIpArg('2001:db8:aa:ff::1/48');
    expect(v6).toMatchObject({ family: 6, bits: 48 });
    expect(Buffer.from(v6.v6 as Uint8Array).toString('hex')).toBe(hex('2001:db8:aa::'));
    expect(() => parseIpArg('10.1.2.0/')).toThrow(expect.objectContaining({ code: 'LV_USAGE' }));
    expect(() => parseIpArg('2001:db8::/129')).toThrow(expect.objectContaining({ code: 'LV_USAGE' }));
  });

  it('reads --user as a name or an e-mail address', () => {
    expect(parseUserArg(' jdoe ')).toEqual({ name: 'jdoe', domain: undefined });
    expect(parseUserArg('JDoe@Example.COM')).toEqual({ name: 'JDoe', domain: 'example.com' });
    expect(parseUserArg('j\u00f6rg')).toEqual({ name: 'j\u00c3\u00b6rg', domain: undefined }); // the binary string of its UTF-8 bytes
    expect(() => parseUserArg('@example.com')).toThrow(expect.objectContaining({ code: 'LV_USAGE' }));
  });
});

function hex(t: string): string {
  return Buffer.from(parseIPv6(t) as Uint8Array).toString('hex');
}
