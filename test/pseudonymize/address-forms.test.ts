import { describe, expect, it } from 'vitest';
import { createIpcryptPfx } from '../../agent/stages/pseudonymize/ip/ipcrypt-pfx.js';
import { formatIPv4, formatIPv6, parseIPv4, parseIPv6 } from '../../agent/stages/pseudonymize/ip/ip-address.js';
import { allAddresses, VECTOR_KEY } from './helpers.js';

const cipher = createIpcryptPfx(VECTOR_KEY);
const p4 = (a: string): string => formatIPv4(cipher.encryptV4(parseIPv4(a)));
const p6 = (a: string, style?: Parameters<typeof formatIPv6>[1]): string => formatIPv6(cipher.encryptV6(parseIPv6(a)!.bytes), style);

describe('IP addresses in free text', () => {
  const s = allAddresses();
  const cases: Array<[string, string, string]> = [
    ['plain IPv4', 'from 192.0.2.1 port 22', `from ${p4('192.0.2.1')} port 22`],
    ['IPv4 with :port', 'dst 198.51.100.7:443', `dst ${p4('198.51.100.7')}:443`],
    ['ASA ip/port', 'outside:198.51.100.7/443 (198.51.100.7/443)', `outside:${p4('198.51.100.7')}/443 (${p4('198.51.100.7')}/443)`],
    ['tcpdump ip.port', 'IP 198.51.100.7.443 > 10.0.0.1.51234: Flags [S]', `IP ${p4('198.51.100.7')}.443 > ${p4('10.0.0.1')}.51234: Flags [S]`],
    ['BIND ip#port', 'client 198.51.100.7#53 query', `client ${p4('198.51.100.7')}#53 query`],
    ['zero-padded octets', 'peer 010.001.002.003 up', `peer ${p4('10.1.2.3')} up`],
    ['range', 'pool 10.0.0.1-10.0.0.9', `pool ${p4('10.0.0.1')}-${p4('10.0.0.9')}`],
    ['private and loopback without a keep list', '10.1.2.3 127.0.0.1 0.0.0.0', `${p4('10.1.2.3')} ${p4('127.0.0.1')} ${p4('0.0.0.0')}`],
    ['inside RFC 5424 structured data', '[origin ip="10.74.241.198"]', `[origin ip="${p4('10.74.241.198')}"]`],
    ['after a JSON \\t escape', '"Source Network Address:\\t198.51.100.7\\r\\n"', `"Source Network Address:\\t${p4('198.51.100.7')}\\r\\n"`],
    ['reverse DNS name', '7.100.51.198.in-addr.arpa', `${p4('198.51.100.7').split('.').reverse().join('.')}.in-addr.arpa`],
    ['compressed IPv6', 'src 2001:db8::1 ok', `src ${p6('2001:db8::1')} ok`],
    ['full upper-case IPv6', 'src 2001:0DB8:0000:0000:0000:0000:0000:0001 ok', `src ${p6('2001:db8::1', { upper: true, full: true, dottedTail: false })} ok`],
    ['IPv6 with zone id', 'nbr fe80::1%eth0 up', `nbr ${p6('fe80::1')}%eth0 up`],
    ['IPv4-mapped IPv6', 'from ::ffff:192.0.2.1', `from ::ffff:${p4('192.0.2.1')}`],
    ['bracketed IPv6 with port', 'GET [2001:db8::1]:443', `GET [${p6('2001:db8::1')}]:443`],
    ['IPv6 after a word and a colon', 'Remote:fe80::1 Local:2001:db8::5', `Remote:${p6('fe80::1')} Local:${p6('2001:db8::5')}`],
    ['IPv6 followed by a trailing colon', 'host 2a02:cf40::: x', `host ${p6('2a02:cf40::')}: x`],
    ['IPv6 with an unbracketed port', 'conn 2001:db8:1:2:3:4:5:6:443', `conn ${p6('2001:db8:1:2:3:4:5:6')}:443`],
    ['tcpdump IPv6 address.port', 'IP6 2001:db8::7.58665 > 2001:db8::8.80: Flags', `IP6 ${p6('2001:db8::7')}.58665 > ${p6('2001:db8::8')}.80: Flags`],
    ['strongSwan ranges joined by dots', 'between 192.0.2.1[gw]...198.51.100.2[peer]', `between ${p4('192.0.2.1')}[gw]...${p4('198.51.100.2')}[peer]`],
  ];
  it.each(cases)('pseudonymizes %s', (_what, input, expected) => {
    expect(s.sanitize(input)).toBe(expected);
  });

  it('keeps a CIDR prefix length and zeroes the host bits of a network address', () => {
    const out = s.sanitize('route 10.1.2.0/24 via 10.1.2.1');
    const net = p4('10.1.2.0').split('.').slice(0, 3).join('.');
    expect(out).toBe(`route ${net}.0/24 via ${p4('10.1.2.1')}`);
    expect(p4('10.1.2.1').startsWith(`${net}.`)).toBe(true);
  });

  it('keeps an IPv6 prefix length', () => {
    const out = s.sanitize('prefix 2001:db8:aa::/48');
    const bytes = cipher.encryptV6(parseIPv6('2001:db8:aa::')!.bytes);
    bytes.fill(0, 6);
    expect(out).toBe(`prefix ${formatIPv6(bytes)}/48`);
  });
});

describe('look-alikes stay as they are', () => {
  const s = allAddresses();
  it.each([
    ['an SNMP OID', 'trap 1.3.6.1.2.1.2.2.1.8 ifOperStatus'],
    ['a five-arc OID', 'enterprise 1.3.6.1.4 sent'],
    ['an IOS version', 'Cisco IOS Software, Version 15.2(4)E10, RELEASE'],
    ['an OpenSSH version', 'OpenSSH_9.2p1 Debian-2'],
    ['a user-agent product version', '"Mozilla/5.0 (X11) AppleWebKit/537.36 Chrome/121.0.0.0 Safari/537.36"'],
    ['a dotted version after "version"', 'firmware version 6.2.0.1 installed'],
    ['times', 'Mar  1 00:01:02.345 12:06:03 2021-03-24T12:06:03.123+01:00'],
    ['interface names', 'GigabitEthernet0/1 ge-0/0/0.0 Te1/0/48 Po10'],
    ['counters and sizes', 'rx 123456789 tx 1.5 errs 0.0.0 bytes 1,234,567'],
    ['a C++ scope', 'std::string::npos'],
    ['an SSH key fingerprint', 'RSA 39:33:99:e9:a4:b2:c1:d0:10:20:30:40:50:60:70:84'],
    ['a UUID', 'id 550e8400-e29b-41d4-a716-446655440000'],
  ])('leaves %s', (_what, line) => {
    expect(s.sanitize(line)).toBe(line);
  });
});

describe('the default keep list', () => {
  const s = allAddresses();
  const d = (line: string) => createDefault().sanitize(line);
  it.each([['0.0.0.0'], ['127.0.0.1'], ['255.255.255.255'], ['255.255.255.0'], ['0.0.0.255'], ['::'], ['::1']])(
    'keeps %s',
    (a) => {
      expect(d(`x ${a} y`)).toBe(`x ${a} y`);
      expect(s.sanitize(`x ${a} y`)).not.toBe(`x ${a} y`);
    },
  );
  it.each([['10.1.2.3'], ['192.168.1.1'], ['172.16.0.1'], ['fd00::1']])('pseudonymizes the private address %s', (a) => {
    expect(d(`x ${a} y`)).not.toContain(a);
  });
});

import { createSanitizer } from '../../agent/stages/pseudonymize/index.js';
import { testKeys } from './helpers.js';
function createDefault() {
  return createSanitizer({ keys: testKeys() });
}
