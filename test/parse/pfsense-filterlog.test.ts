import { describe, expect, it } from 'vitest';
import { parseSyslog } from '../../agent/stages/parse/index.js';

const NOW = new Date('2025-06-15T12:00:00Z');
const parse = (line: string) => parseSyslog(line, { now: NOW });

describe('parseSyslog pfsense filterlog', () => {
  it('names the columns of an IPv4 TCP record in an RFC 5424 line', () => {
    const body = '146,,,1000000103,igb1.12,match,block,in,4,0x0,,63,32989,0,DF,6,tcp,60,192.0.2.50,198.51.100.1,49652,853,0,S,1818117648,,64240,,mss;sackOK;TS;nop;wscale';
    const ev = parse(`<134>1 2024-07-03T19:10:14.578288-05:00 fw.example.com filterlog 72237 - - ${body}`);
    expect(ev).toMatchObject({ format: 'rfc5424', app: 'filterlog', pid: '72237', vendor: 'pfsense-filterlog', msg: body });
    expect(ev.fields).toEqual({
      rule: '146',
      subrule: '',
      anchor: '',
      tracker: '1000000103',
      interface: 'igb1.12',
      reason: 'match',
      action: 'block',
      direction: 'in',
      ipversion: '4',
      tos: '0x0',
      ecn: '',
      ttl: '63',
      id: '32989',
      offset: '0',
      flags: 'DF',
      protoid: '6',
      proto: 'tcp',
      length: '60',
      src: '192.0.2.50',
      dst: '198.51.100.1',
      srcport: '49652',
      dstport: '853',
      datalen: '0',
      tcpflags: 'S',
      seq: '1818117648',
      ack: '',
      window: '64240',
      urg: '',
      options: 'mss;sackOK;TS;nop;wscale',
    });
  });

  it('names the columns of an IPv4 UDP record after an RFC 3164 TAG', () => {
    const ev = parse('<134>Jul  3 19:10:14 filterlog[123]: 5,,,1000000103,igb0,match,pass,out,4,0x0,,64,0,0,DF,17,udp,69,192.0.2.1,198.51.100.2,53,53,49');
    expect(ev).toMatchObject({ app: 'filterlog', pid: '123', vendor: 'pfsense-filterlog' });
    expect(ev.fields).toMatchObject({ rule: '5', action: 'pass', direction: 'out', proto: 'udp', src: '192.0.2.1', dst: '198.51.100.2', srcport: '53', dstport: '53', datalen: '49' });
    expect(ev.fields).not.toHaveProperty('tcpflags');
  });

  it('names the columns of IPv6 records, whose protocol comes before its id', () => {
    const ev = parse('filterlog[9]: 7,,,1000000105,em0,match,block,in,6,0x00,0x00000,64,tcp,6,40,2001:db8::5,2001:db8:1::9,51000,22,0,S,1,,65535,,mss');
    expect(ev.fields).toMatchObject({
      ipversion: '6',
      class: '0x00',
      flowlabel: '0x00000',
      hoplimit: '64',
      proto: 'tcp',
      protoid: '6',
      length: '40',
      src: '2001:db8::5',
      dst: '2001:db8:1::9',
      srcport: '51000',
      dstport: '22',
      tcpflags: 'S',
    });
  });

  it('keeps the columns of other protocols by index', () => {
    const ev = parse('filterlog[9]: 9,,,1000000107,em0,match,block,in,4,0x0,,64,1,0,none,1,icmp,84,192.0.2.9,198.51.100.9,request,4711,1');
    expect(ev.fields).toMatchObject({ proto: 'icmp', src: '192.0.2.9', '20': 'request', '21': '4711', '22': '1' });
    expect(ev.fields).not.toHaveProperty('srcport');
  });

  it('does not take CSV that lacks the action/direction/version shape for filterlog', () => {
    expect(parse('filterlog[9]: 1,2,3,4,5,6,7,8,9,10')).not.toHaveProperty('vendor');
  });
});
