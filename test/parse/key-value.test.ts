import { describe, expect, it } from 'vitest';
import { parseSyslog } from '../../agent/stages/parse/index.js';

const NOW = new Date('2025-06-15T12:00:00Z');
const parse = (line: string) => parseSyslog(line, { now: NOW });

describe('parseSyslog key=value bodies', () => {
  it('reads a FortiGate body without syslog header as vendor fortigate', () => {
    const line =
      'date=2024-05-10 time=11:50:48 devname="FGT-EDGE" devid="FG100E0000000001" logid="0100032001" type="event" subtype="system" level="information" user="admin" srcip=192.0.2.77 msg="Administrator admin logged in successfully from ssh(192.0.2.77)"';
    const ev = parse(line);
    expect(ev).toEqual({
      format: 'rfc3164',
      vendor: 'fortigate',
      msg: line,
      fields: {
        date: '2024-05-10',
        time: '11:50:48',
        devname: 'FGT-EDGE',
        devid: 'FG100E0000000001',
        logid: '0100032001',
        type: 'event',
        subtype: 'system',
        level: 'information',
        user: 'admin',
        srcip: '192.0.2.77',
        msg: 'Administrator admin logged in successfully from ssh(192.0.2.77)',
      },
    });
  });

  it('reads a FortiGate body after a PRI and unescapes \\" inside quoted values', () => {
    const ev = parse('<185>date=2024-03-31 time=07:48:26 devname="FGT-B" logid="0419016384" xff="a\\"><script>x</script>" crlevel="high"');
    expect(ev).toMatchObject({ format: 'rfc3164', facility: 23, severity: 1, vendor: 'fortigate' });
    expect(ev.fields).toMatchObject({ xff: 'a"><script>x</script>', crlevel: 'high' });
  });

  it('keeps a doubled backslash as one backslash and a path with single backslashes as it is', () => {
    const ev = parse('date=2024-01-01 time=00:00:00 logid="1" filename="share\\\\docs\\\\q3.xls" path=C:\\tmp');
    expect(ev.fields).toMatchObject({ filename: 'share\\docs\\q3.xls', path: 'C:\\tmp' });
  });

  it('reads other key=value bodies (SonicWall) after an RFC 3164 header as vendor kv', () => {
    const ev = parse('Apr 29 10:04:36 192.0.2.1 id=firewall sn=0000A0AAAA00 time="2024-04-29 10:05:12" fw=192.0.2.2 pri=6 msg="Connection Opened" src=192.0.2.5:4522:X0');
    expect(ev).toMatchObject({ format: 'rfc3164', host: '192.0.2.1', vendor: 'kv' });
    expect(ev.fields).toEqual({
      id: 'firewall',
      sn: '0000A0AAAA00',
      time: '2024-04-29 10:05:12',
      fw: '192.0.2.2',
      pri: '6',
      msg: 'Connection Opened',
      src: '192.0.2.5:4522:X0',
    });
  });

  it('reads single-quoted values (Meraki) and empty values (Sophos)', () => {
    expect(parse("type=association radio='1' client_mac='00:53:00:AA:BB:CC' channel='140'").fields).toEqual({
      type: 'association',
      radio: '1',
      client_mac: '00:53:00:AA:BB:CC',
      channel: '140',
    });
    expect(parse('device="SFW" log_type="Event" user_name="ops" src_mac=').fields).toEqual({
      device: 'SFW',
      log_type: 'Event',
      user_name: 'ops',
      src_mac: '',
    });
  });

  it('reads netfilter bodies and skips the words that are no pairs', () => {
    const ev = parse('<161>Oct 10 07:25:12 gw kernel: [WAN_IN-default-D]IN=eth0 OUT= SRC=203.0.113.15 DST=192.0.2.5 LEN=52 DF PROTO=TCP SPT=38842 DPT=443 ACK URGP=0');
    expect(ev).toMatchObject({ app: 'kernel', vendor: 'kv' });
    expect(ev.fields).toEqual({
      OUT: '',
      SRC: '203.0.113.15',
      DST: '192.0.2.5',
      LEN: '52',
      PROTO: 'TCP',
      SPT: '38842',
      DPT: '443',
      URGP: '0',
    });
  });

  it('still reads the pairs of a truncated netfilter body (Ubiquiti)', () => {
    expect(parse('May  5 20:46:46 Branch-Gateway user.info kernel: L=126 ID=8698 DF PROTO=TCP SPT=88 DPT=51179 ACK URGP=0').fields).toMatchObject({
      L: '126',
      PROTO: 'TCP',
      DPT: '51179',
    });
    expect(parse('May  5 20:47:09 Branch-Gateway user.info kernel: 0 TTL=126 ID=15461 DF PROTO=TCP').fields).toMatchObject({ TTL: '126' });
  });

  it('runs an unterminated quoted value to the end of the line', () => {
    expect(parse('a=1 b=2 msg="cut off in the mid').fields).toEqual({ a: '1', b: '2', msg: 'cut off in the mid' });
  });

  it('does not call prose with a few = signs a kv body', () => {
    expect(parse('Mar  1 10:00:00 h sudo: ops : TTY=pts/0 ; PWD=/home/ops ; USER=root ; COMMAND=/bin/ls')).not.toHaveProperty('vendor');
    expect(parse('Mar  1 10:00:00 h app: set a=1 and b=2 now')).not.toHaveProperty('fields');
    expect(parse('Mar  1 10:00:00 h app: a=1 b=2')).not.toHaveProperty('fields');
  });

  it('keeps the last value of a repeated key and stores __proto__ as a plain key', () => {
    const ev = parse('k=1 k=2 __proto__=x other=y');
    expect(ev.fields?.k).toBe('2');
    expect(Object.getOwnPropertyDescriptor(ev.fields, '__proto__')?.value).toBe('x');
    expect(Object.getPrototypeOf(ev.fields)).toBe(Object.prototype);
  });
});
