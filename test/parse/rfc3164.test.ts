import { describe, expect, it } from 'vitest';
import { parseSyslog } from '../../agent/stages/parse/index.js';

const NOW = new Date('2025-06-15T12:00:00Z');
const parse = (line: string) => parseSyslog(line, { now: NOW });

describe('parseSyslog rfc3164', () => {
  it('reads PRI, timestamp, hostname, TAG with PID and the message', () => {
    expect(parse('<38>Mar 14 09:21:07 web-03.example.net sshd[48213]: Failed password for ghost from 192.0.2.47')).toEqual({
      format: 'rfc3164',
      facility: 4,
      severity: 6,
      time: '2025-03-14T09:21:07',
      host: 'web-03.example.net',
      app: 'sshd',
      pid: '48213',
      msg: 'Failed password for ghost from 192.0.2.47',
    });
  });

  it('reads a line without PRI, leaving facility and severity out', () => {
    const ev = parse('Mar 14 09:21:07 mail-2 postfix/smtpd[991]: connect from unknown[198.51.100.20]');
    expect(ev).toEqual({
      format: 'rfc3164',
      time: '2025-03-14T09:21:07',
      host: 'mail-2',
      app: 'postfix/smtpd',
      pid: '991',
      msg: 'connect from unknown[198.51.100.20]',
    });
    expect(ev).not.toHaveProperty('facility');
    expect(ev).not.toHaveProperty('severity');
  });

  it('reads a TAG without PID', () => {
    expect(parse('<34>Oct 11 22:14:15 lab-box su: session opened for ops')).toMatchObject({ app: 'su', msg: 'session opened for ops' });
    expect(parse('<34>Oct 11 22:14:15 lab-box su: session opened for ops')).not.toHaveProperty('pid');
  });

  it('reads TAGs with parentheses, slashes, dashes and dots', () => {
    expect(parse('Jun 14 15:16:01 combo sshd(pam_unix)[19939]: check pass; user unknown')).toMatchObject({
      host: 'combo',
      app: 'sshd(pam_unix)',
      pid: '19939',
    });
    expect(parse('Feb  5 13:07:52 plugh rsyslogd-2177: imuxsock begins to drop')).toMatchObject({ app: 'rsyslogd-2177' });
  });

  it('decides there is no hostname when the first word has the shape of a TAG', () => {
    expect(parse('<13>Feb  5 10:00:00 sshd[123]: Accepted key for ops')).toEqual({
      format: 'rfc3164',
      facility: 1,
      severity: 5,
      time: '2025-02-05T10:00:00',
      app: 'sshd',
      pid: '123',
      msg: 'Accepted key for ops',
    });
    expect(parse('Jan  8 03:37:09 DENY: IN=eth0 OUT= SRC=192.0.2.1')).toMatchObject({ app: 'DENY' });
    expect(parse('Jan  8 03:37:09 DENY: IN=eth0 OUT= SRC=192.0.2.1')).not.toHaveProperty('host');
  });

  it('keeps the hostname and starts the message when the second word is no TAG', () => {
    const ev = parse('Nov  3 09:23:38 atlas lookup for /auto/opt failed');
    expect(ev).toEqual({ format: 'rfc3164', time: '2024-11-03T09:23:38', host: 'atlas', msg: 'lookup for /auto/opt failed' });
  });

  it('starts the message right after the timestamp when the first word cannot be a hostname', () => {
    expect(parse('Nov 30 16:09:08 1,2021/03/24 11:30:00,0001,SYSTEM,auth')).not.toHaveProperty('host');
    expect(parse('Apr 29 10:04:36 id=firewall sn=0000 fw=192.0.2.1')).not.toHaveProperty('host');
  });

  it('reads IPv4 and IPv6 addresses as hostnames', () => {
    expect(parse('<34>Feb  4 11:14:27 192.0.2.14 apache_server: test message')).toMatchObject({ host: '192.0.2.14', app: 'apache_server' });
    expect(parse('<34>Feb  4 11:14:27 2001:db8::14 ntpd[7]: synced')).toMatchObject({ host: '2001:db8::14', app: 'ntpd' });
    expect(parse('<34>Feb  4 11:14:27 2001:db8:: ntpd[7]: synced')).toMatchObject({ host: '2001:db8::', app: 'ntpd' });
    expect(parse('<34>Feb  4 11:14:27 fe80::1%eth0 ntpd[7]: synced')).toMatchObject({ host: 'fe80::1%eth0' });
  });

  it('returns an empty msg when the line ends after the host or the TAG', () => {
    expect(parse('<34>Oct 11 22:14:15 lonely-host')).toMatchObject({ host: 'lonely-host', msg: '' });
    expect(parse('<34>Oct 11 22:14:15 lonely-host cron:')).toMatchObject({ app: 'cron', msg: '' });
  });

  it('removes only the one SP after the TAG and keeps the message\'s own padding', () => {
    expect(parse('Feb 24 00:13:02 vm32 sudo:      ops : user NOT in sudoers').msg).toBe('     ops : user NOT in sudoers');
  });

  it('tolerates several spaces between header fields', () => {
    expect(parse('2024-08-15T16:03:31Z fw-9  kernel: drop')).toMatchObject({ host: 'fw-9', app: 'kernel', msg: 'drop' });
  });

  it('skips the facility.severity text Ubiquiti puts before the TAG', () => {
    const ev = parse('May  5 20:46:45 Branch-Gateway user.info kernel: TTL=126 ID=153 DF PROTO=TCP');
    expect(ev).toMatchObject({ host: 'Branch-Gateway', app: 'kernel', msg: 'TTL=126 ID=153 DF PROTO=TCP' });
    expect(ev).not.toHaveProperty('facility');
  });

  it('keeps facility and severity and the rest as msg when a PRI is followed by no header (like rsyslog)', () => {
    expect(parse('<133>Msg 1 from the bench')).toEqual({ format: 'rfc3164', facility: 16, severity: 5, msg: 'Msg 1 from the bench' });
    expect(parse('<120>Jun  13  2013 12:12:45: ')).toEqual({ format: 'rfc3164', facility: 15, severity: 0, time: '2013-06-13T12:12:45', msg: '' });
  });

  it('drops the spaces between PRI and a body that has no header', () => {
    const ev = parse('<134>  id=firewall sn=00AA time="2024-05-16 08:19:21" fw=192.0.2.96 pri=6');
    expect(ev).toMatchObject({ format: 'rfc3164', facility: 16, severity: 6, vendor: 'kv' });
    expect(ev.msg).toBe('id=firewall sn=00AA time="2024-05-16 08:19:21" fw=192.0.2.96 pri=6');
  });
});
