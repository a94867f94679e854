import { describe, expect, it } from 'vitest';
import { parseSyslog } from '../../agent/stages/parse/index.js';

const NOW = new Date('2025-06-15T12:00:00Z');
const parse = (line: string) => parseSyslog(line, { now: NOW });

// Invented TRAFFIC record in the PAN-OS 10.x column order (FUTURE_USE first).
const TRAFFIC = [
  '1', '2024/10/08 12:00:00', '012345678901', 'TRAFFIC', 'end', '2561', '2024/10/08 12:00:00',
  '192.0.2.10', '198.51.100.20', '203.0.113.5', '198.51.100.20', 'allow-web', 'corp\\jdoe', '',
  'ssl', 'vsys1', 'trust', 'untrust', 'ethernet1/2', 'ethernet1/1', 'fwd-logs', '2024/10/08 12:00:00',
  '43210', '1', '51515', '443', '20001', '443', '0x400019', 'tcp', 'allow', '5000', '1200', '3800',
].join(',');

describe('parseSyslog panos', () => {
  it('names the TRAFFIC columns we are sure of and keeps every column by index', () => {
    const ev = parse(`<14>Oct  8 12:00:01 pa-fw-1 ${TRAFFIC}`);
    expect(ev).toMatchObject({ format: 'rfc3164', host: 'pa-fw-1', vendor: 'panos', msg: TRAFFIC });
    expect(ev.fields).toMatchObject({
      type: 'TRAFFIC',
      subtype: 'end',
      src: '192.0.2.10',
      dst: '198.51.100.20',
      natsrc: '203.0.113.5',
      natdst: '198.51.100.20',
      rule: 'allow-web',
      srcuser: 'corp\\jdoe',
      dstuser: '',
      app: 'ssl',
      vsys: 'vsys1',
      from: 'trust',
      to: 'untrust',
      inbound_if: 'ethernet1/2',
      outbound_if: 'ethernet1/1',
      sessionid: '43210',
      sport: '51515',
      dport: '443',
      natsport: '20001',
      natdport: '443',
      proto: 'tcp',
      action: 'allow',
      '0': '1',
      '3': 'TRAFFIC',
      '7': '192.0.2.10',
      '33': '3800',
    });
    expect(ev.fields?.['34']).toBeUndefined();
  });

  it('names the same columns for THREAT', () => {
    const threat = TRAFFIC.replace('TRAFFIC,end', 'THREAT,url');
    expect(parse(threat).fields).toMatchObject({ type: 'THREAT', subtype: 'url', src: '192.0.2.10', rule: 'allow-web', action: 'allow' });
  });

  it('splits quoted fields with embedded commas and "" and keeps other types index-only', () => {
    const line =
      '1,2024/03/24 11:30:00,013101001305,GLOBALPROTECT,0,2305,2024/03/24 11:30:00,vsys1,gateway-auth,login,,,corp\\jdoe,NL,LAPTOP-7,198.51.100.9,0.0.0.0,10.0.0.9,0.0.0.0,uuid-1,SER1,5.2.4,OS,"Win 10 Pro , 64-bit",1,,,"say ""hi"", bye",success';
    const ev = parse(`Nov 30 16:09:08 ${line}`);
    expect(ev).toMatchObject({ format: 'rfc3164', vendor: 'panos', time: '2024-11-30T16:09:08' });
    expect(ev).not.toHaveProperty('host');
    expect(ev.fields).toMatchObject({ type: 'GLOBALPROTECT', subtype: '0', '12': 'corp\\jdoe', '23': 'Win 10 Pro , 64-bit', '27': 'say "hi", bye', '28': 'success' });
    expect(ev.fields).not.toHaveProperty('src');
  });

  it('reads a record without any syslog header and with an ISO receive time', () => {
    const line = '931201168,2024-10-22T16:10:10.000000Z,no-serial,USERID,login,9.1,2024-10-22T16:10:05.000000Z,vsys1,192.0.2.40,corp\\svc,,0';
    expect(parse(line)).toMatchObject({ format: 'rfc3164', vendor: 'panos', msg: line, fields: { type: 'USERID', subtype: 'login', '9': 'corp\\svc' } });
  });

  it('keeps a trailing empty column', () => {
    const ev = parse('1,2024/04/05 14:52:16,0001,SYSTEM,auth,2305,2024/04/05 14:52:16,vsys1,');
    expect(ev.fields).toMatchObject({ '8': '' });
    expect(Object.keys(ev.fields ?? {}).filter((k) => /^\d+$/.test(k))).toHaveLength(9);
  });

  it('does not take other CSV for PAN-OS', () => {
    expect(parse('1,2024/04/05 14:52:16,0001,WHATEVER,auth')).not.toHaveProperty('vendor');
    expect(parse('09/03/21-12:37:16.428952 ,1,2403488,68499,"ET SCAN",TCP,192.0.2.1,36847')).toMatchObject({ format: 'unparsed' });
  });
});
