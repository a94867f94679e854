import { describe, expect, it } from 'vitest';
import { allAddresses } from './helpers.js';

const s = allAddresses();
const macOf = (line: string): string => /([0-9a-f]{2}[:-]){5}[0-9a-f]{2}/i.exec(line)?.[0] ?? '';

describe('MAC addresses', () => {
  it.each([
    ['colon', 'to 00:1e:0b:80:13:b5 via eth0', '00:1e:0b'],
    ['hyphen upper case', 'client E4-F4-18-79-1F-E1 joined', 'E4-F4-18'],
    ['Cisco dotted', 'client (001e.0b80.13b5) on Gi1/0/16', '001e.0b'],
    ['Huawei/H3C grouped', 'DOT1X_LOGIN_SUCC: -IfName=GE1/0/18-MACAddr=001e-0b80-13b5-VLANID=364', '001e-0b'],
    ['HPE ProCurve', 'macAuth client 001e0b-8013b5 on port 20', '001e0b-'],
  ])('keeps the OUI of a %s MAC and replaces the rest', (_form, line, oui) => {
    const out = s.sanitize(line);
    expect(out).not.toBe(line);
    expect(out).toContain(oui);
    expect(out.length).toBe(line.length);
  });

  it('keeps the separator style and letter case', () => {
    expect(s.sanitize('E4-F4-18-79-1F-E1')).toMatch(/^E4-F4-18-[0-9A-F]{2}-[0-9A-F]{2}-[0-9A-F]{2}$/);
    expect(s.sanitize('001e.0b80.13b5')).toMatch(/^001e\.0b[0-9a-f]{2}\.[0-9a-f]{4}$/);
  });

  it('gives one MAC the same pseudonym in every form', () => {
    const a = s.sanitize('00:1e:0b:80:13:b5').replace(/[^0-9a-f]/gi, '').toLowerCase();
    const b = s.sanitize('00-1E-0B-80-13-B5').replace(/[^0-9a-f]/gi, '').toLowerCase();
    const c = s.sanitize('001e.0b80.13b5').replace(/[^0-9a-f]/gi, '').toLowerCase();
    const d = s.sanitize('001e-0b80-13b5').replace(/[^0-9a-f]/gi, '').toLowerCase();
    const e = s.sanitize('001e0b-8013b5').replace(/[^0-9a-f]/gi, '').toLowerCase();
    expect(a).toBe(b);
    expect(b).toBe(c);
    expect(d).toBe(a);
    expect(e).toBe(a);
  });

  it('leaves grouped hex that is no MAC alone', () => {
    for (const line of [
      'uuid 123e4567-e89b-12d3-a456-426614174000',
      'licence ABCD-12EF-3456-7890',
      'at 250315-010203 and 2024-0315-1200',
      'build 0011-2233-44a5-6677 id',
    ]) {
      expect(s.sanitize(line)).toBe(line);
    }
  });

  it('pseudonymizes the MAC inside a DHCP client id and keeps the hardware type', () => {
    const out = s.sanitize('client-id 01:00:1e:0b:80:13:b5 lease');
    expect(out).toMatch(/^client-id 01:00:1e:0b:[0-9a-f]{2}:[0-9a-f]{2}:[0-9a-f]{2} lease$/);
    expect(out).not.toContain('80:13:b5');
  });

  it('pseudonymizes both MACs of a netfilter MAC= header and keeps the ethertype', () => {
    const line = 'IN=eth0 OUT= MAC=00:15:5d:01:02:03:00:15:5d:0a:0b:0c:08:00 SRC=10.0.0.5';
    const out = s.sanitize(line);
    expect(out).toMatch(/MAC=00:15:5d:[0-9a-f:]{8}:00:15:5d:[0-9a-f:]{8}:08:00 /);
    expect(out).not.toContain('01:02:03');
    expect(out).not.toContain('0a:0b:0c');
  });

  it('pseudonymizes the MAC inside a DHCPv6 DUID-LLT and DUID-LL', () => {
    const llt = s.sanitize('DHCPREPLY 00:01:00:01:e6:6e:d6:e5:00:0c:29:20:31:a5 PC-1');
    expect(llt).toMatch(/^DHCPREPLY 00:01:00:01:e6:6e:d6:e5:00:0c:29:[0-9a-f:]{8} PC-1$/);
    expect(llt).not.toContain('20:31:a5');
    const ll = s.sanitize('duid 00:03:00:01:00:0c:29:20:31:a5');
    expect(ll).not.toContain('20:31:a5');
    expect(ll).toContain('00:03:00:01:00:0c:29:');
  });

  it('leaves broadcast and multicast MACs alone', () => {
    expect(s.sanitize('dst ff:ff:ff:ff:ff:ff 01:00:5e:00:00:05')).toBe('dst ff:ff:ff:ff:ff:ff 01:00:5e:00:00:05');
  });

  it('replaces all of a locally administered (randomized) MAC', () => {
    const out = s.sanitize('station da:a1:19:12:34:56');
    expect(macOf(out).slice(0, 8)).not.toBe('da:a1:19');
    expect(parseInt(out.slice(8, 10), 16) & 0x02).toBe(2);
  });
});

describe('e-mail addresses', () => {
  it('replaces the local part and keeps the domain', () => {
    expect(s.sanitize('user jane.doe@example.com logged in')).toMatch(/^user usr_[0-9a-f]{10}@example\.com logged in$/);
  });

  it('gives the local part the same token as the bare user name, case-insensitively', () => {
    const a = s.sanitize('Jane.Doe@example.com').split('@')[0];
    const b = s.sanitize('jane.doe@other.example').split('@')[0];
    expect(a).toBe(b);
  });

  it('handles apostrophes, plus tags and machine accounts', () => {
    expect(s.sanitize("<first.o'last@example.com>")).toMatch(/^<usr_[0-9a-f]{10}@example\.com>$/);
    // A computer account names a machine, as the host names logs keep do: left as it is.
    expect(s.sanitize('HOST01$@EXAMPLE.NET')).toBe('HOST01$@EXAMPLE.NET');
    expect(s.sanitize("user='a+b@example.org'")).toMatch(/^user='usr_[0-9a-f]{10}@example\.org'$/);
  });

  it('is idempotent', () => {
    const once = s.sanitize('mail from jane@example.com');
    expect(s.sanitize(once)).toBe(once);
  });
});
