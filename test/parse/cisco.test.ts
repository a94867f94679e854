import { describe, expect, it } from 'vitest';
import { parseSyslog } from '../../agent/stages/parse/index.js';

const NOW = new Date('2025-06-15T12:00:00Z');
const parse = (line: string) => parseSyslog(line, { now: NOW });

describe('parseSyslog cisco', () => {
  it('maps %FAC-SEV-MNEMONIC to app, msgid and fields, and keeps the tag at the start of msg', () => {
    const ev = parse('<166>Mar 14 2024 09:21:07 asa-edge-1 : %ASA-6-302013: Built inbound TCP connection 4412 for outside:203.0.113.7/51234');
    expect(ev).toEqual({
      format: 'rfc3164',
      facility: 20,
      severity: 6,
      time: '2024-03-14T09:21:07',
      host: 'asa-edge-1',
      app: 'ASA',
      msgid: '302013',
      vendor: 'cisco',
      fields: { facility: 'ASA', severity: '6', mnemonic: '302013' },
      msg: '%ASA-6-302013: Built inbound TCP connection 4412 for outside:203.0.113.7/51234',
    });
  });

  it('takes the severity from the tag only when there is no PRI', () => {
    expect(parse('Apr 15 2013 09:36:50: %ASA-4-106023: Deny tcp src dmz:192.0.2.3/6316')).toMatchObject({ severity: 4, app: 'ASA' });
    expect(parse('Apr 15 2013 09:36:50: %ASA-4-106023: Deny tcp src dmz:192.0.2.3/6316')).not.toHaveProperty('facility');
    expect(parse('<190>Apr 15 2013 09:36:50: %ASA-4-106023: Deny tcp')).toMatchObject({ facility: 23, severity: 6 });
  });

  it('reads an IOS line with sequence number, unsynced clock flag and UTC', () => {
    const ev = parse('<189>123: *Mar  1 00:01:02.345 UTC: %SYS-5-CONFIG_I: Configured from console by ops on vty0 (192.0.2.44)');
    expect(ev).toMatchObject({
      format: 'rfc3164',
      facility: 23,
      severity: 5,
      time: '2025-03-01T00:01:02.345Z',
      app: 'SYS',
      msgid: 'CONFIG_I',
      vendor: 'cisco',
      fields: { facility: 'SYS', severity: '5', mnemonic: 'CONFIG_I', seq: '123', clock: 'unsynced' },
    });
    expect(ev.msg).toBe('%SYS-5-CONFIG_I: Configured from console by ops on vty0 (192.0.2.44)');
    expect(ev).not.toHaveProperty('host');
  });

  it('reads the "." flag (authoritative clock, NTP lost)', () => {
    expect(parse('<189>124: .Mar  1 00:01:02.345 UTC: %SYS-5-CONFIG_I: x').fields).toMatchObject({ clock: 'ntp-lost' });
  });

  it('reads an IOS line with two sequence numbers, a hostname and a year', () => {
    const ev = parse('<189>456: router1: 000123: Jan 12 2021 10:00:00 UTC: %LINK-3-UPDOWN: Interface Gi0/1, changed state to down');
    expect(ev).toMatchObject({
      time: '2021-01-12T10:00:00Z',
      host: 'router1',
      app: 'LINK',
      msgid: 'UPDOWN',
      severity: 5,
      fields: { seq: '456', severity: '3' },
    });
  });

  it('reads an unpadded day after a sequence number, and two sequence numbers without host', () => {
    expect(parse('<190>9004: Dec 8 20:07:53.081: %TCP-6-BADAUTH: No MD5 digest from 192.0.2.1(64999)')).toMatchObject({
      time: '2024-12-08T20:07:53.081',
      app: 'TCP',
      fields: { seq: '9004' },
    });
    const ev = parse('<190>3132517: 3132513: Jul 14 2023 08:23:43.398 UTC: %FOO-6-BAR: Test header format');
    expect(ev).toMatchObject({ time: '2023-07-14T08:23:43.398Z', fields: { seq: '3132517' } });
    expect(ev).not.toHaveProperty('host');
  });

  it('reads a tag after an RFC 3339 timestamp and a hostname', () => {
    expect(parse('<189>2024-10-11T10:15:31.208321-05:00 edge-sw-4 %LINEPROTO-5-UPDOWN: Line protocol on Interface Te1/0/1, changed state to up')).toMatchObject({
      format: 'rfc3164',
      time: '2024-10-11T10:15:31.208321-05:00',
      host: 'edge-sw-4',
      app: 'LINEPROTO',
      msgid: 'UPDOWN',
    });
  });

  it('reads the empty sequence number, origin-id hostnames and IPv6 origin ids', () => {
    expect(parse('<189>: sw01: Jan  6 2022 21:01:34.964: %SYS-5-CONFIG_I: x')).toMatchObject({ host: 'sw01', app: 'SYS' });
    expect(parse('<190>3132783: 2001:db8::: 3132779: Jul 14 2023 08:23:43.398 UTC: %FOO-6-BAR: x')).toMatchObject({
      host: '2001:db8::',
      time: '2023-07-14T08:23:43.398Z',
      fields: { seq: '3132783' },
    });
    expect(parse('<190>3132517: 192.0.2.2 3132513: Jul 14 2023 08:23:43.398 UTC: %FOO-6-BAR: x')).toMatchObject({ host: '192.0.2.2' });
  });

  it('reads uptime stamps instead of a clock (no time)', () => {
    const ev = parse('<165>7433: EDGE920: 007439: 2y10w: %SEC_LOGIN-5-LOGIN_SUCCESS: Login Success [user: ops]');
    expect(ev).toMatchObject({ host: 'EDGE920', app: 'SEC_LOGIN', msgid: 'LOGIN_SUCCESS' });
    expect(ev).not.toHaveProperty('time');
    expect(parse('7:04: %LINEPROTO-5-UPDOWN: Line protocol on Interface Gi2/0/3, changed state to up')).toMatchObject({
      app: 'LINEPROTO',
      severity: 5,
    });
  });

  it('keeps the relay\'s RFC 3164 header and reads the device preamble behind it', () => {
    const ev = parse('Feb  8 04:00:48 192.0.2.2 585917: Feb  8 04:00:47.272: %SEC-6-IPACCESSLOGP: list 177 denied udp 192.0.2.195(55250)');
    expect(ev).toMatchObject({
      time: '2025-02-08T04:00:48',
      host: '192.0.2.2',
      app: 'SEC',
      msgid: 'IPACCESSLOGP',
      fields: { seq: '585917' },
    });
    expect(ev.msg).toBe('%SEC-6-IPACCESSLOGP: list 177 denied udp 192.0.2.195(55250)');
  });

  it('reads IOS-XR node ids and processes, subfacilities and a space before the colon', () => {
    const ev = parse(
      '<190>Oct 7 07:19:44 core-mgmt RP/0/RP0/CPU0:Oct 7 07:19:43.630 UTC: ipv4_acl_mgr[310]: %ACL-IPV4_ACL-6-IPACCESSLOGP : access-list deny tcp',
    );
    expect(ev).toMatchObject({
      host: 'core-mgmt',
      app: 'ACL',
      msgid: 'IPACCESSLOGP',
      fields: { facility: 'ACL', subfacility: 'IPV4_ACL', severity: '6', mnemonic: 'IPACCESSLOGP' },
    });
    expect(ev.msg).toBe('%ACL-IPV4_ACL-6-IPACCESSLOGP : access-list deny tcp');
  });

  it('reads ASA lines with "host :", "host:", a process TAG, or no host', () => {
    expect(parse('Jun 04 2011 21:59:52 FW-EAST : %ASA-6-302021: Teardown ICMP')).toMatchObject({ host: 'FW-EAST', app: 'ASA' });
    expect(parse('Oct 10 2019 10:21:36 localhost: %ASA-6-302021: Teardown ICMP')).toMatchObject({ host: 'localhost' });
    expect(parse('Oct 10 2018 12:34:56 localhost CiscoASA[999]: %ASA-4-113029: Group VPN')).toMatchObject({
      host: 'localhost',
      app: 'ASA',
      msgid: '113029',
    });
    expect(parse('<140>Feb 02 2025 14:02:35: %ASA-4-106103: access-list denied')).not.toHaveProperty('host');
  });

  it('reads FTD lines: message class as subfacility, UUID origin, doubled tags', () => {
    expect(parse('<166>: 2024 Aug 07 10:29:42 UTC 0b6f4c2e-1d2a-4f7e-9c3b-6a1e2d3c4b5a : %FTD-auth-6-113039: Group <GP> User <x>')).toMatchObject({
      time: '2024-08-07T10:29:42Z',
      host: '0b6f4c2e-1d2a-4f7e-9c3b-6a1e2d3c4b5a',
      app: 'FTD',
      msgid: '113039',
      fields: { subfacility: 'auth' },
    });
    const doubled = parse('<166>May 01 2024 09:24:32Z  %FTD-6-113005: %ASA-6-113005: AAA user authentication Rejected');
    expect(doubled).toMatchObject({ app: 'FTD', msgid: '113005' });
    expect(doubled.msg).toBe('%FTD-6-113005: %ASA-6-113005: AAA user authentication Rejected');
  });

  it('reads a bare tag or "HOST : tag" without any timestamp (show logging output)', () => {
    expect(parse('%ASA-4-313005: No matching connection for ICMP error message')).toMatchObject({
      format: 'rfc3164',
      app: 'ASA',
      severity: 4,
      vendor: 'cisco',
      msg: '%ASA-4-313005: No matching connection for ICMP error message',
    });
    expect(parse('HQ-FW-01 : %ASA-3-305006: regular translation creation failed')).toMatchObject({ host: 'HQ-FW-01', app: 'ASA' });
  });

  it('gets host and time from an IOS preamble without a tag when a PRI starts the line', () => {
    const ev = parse('<191>2637085: edge-rt-3: Aug 18 07:15:04.461 CEST: NTP Core (NOTICE): Clock synchronization lost.');
    expect(ev).toEqual({
      format: 'rfc3164',
      facility: 23,
      severity: 7,
      time: '2024-08-18T07:15:04.461',
      host: 'edge-rt-3',
      msg: 'NTP Core (NOTICE): Clock synchronization lost.',
    });
  });

  it('recognises a tag after an ordinary TAG and overrides app with the facility', () => {
    expect(parse('<167>Mar  6 16:57:54 192.0.2.8 %PIX-7-710005: UDP request discarded')).toMatchObject({ host: '192.0.2.8', app: 'PIX', severity: 7 });
    expect(parse('<13>Mar  6 16:57:54 h relay: %LINK-3-UPDOWN: x')).toMatchObject({ app: 'LINK', msgid: 'UPDOWN', vendor: 'cisco' });
  });

  it('does not take a % word without the -SEV- part or the colon for a tag', () => {
    expect(parse('Mar  5 10:00:00 h %ASA-4-401004 Shunned packet')).not.toHaveProperty('vendor');
    expect(parse('Mar  5 10:00:00 h app: %CPU-high: 95%')).not.toHaveProperty('vendor');
    expect(parse('Mar  5 10:00:00 h app: %FOO-9-BAR: x')).not.toHaveProperty('vendor');
  });
});

describe('parseSyslog cisco in RFC 5424', () => {
  it('keeps the APP-NAME and MSGID the sender set and fills only NILVALUE ones', () => {
    expect(parseSyslog('<189>1 2024-03-14T09:21:07Z rt1 iosxe - CFG %SYS-5-CONFIG_I: Configured')).toMatchObject({
      app: 'iosxe',
      msgid: 'CFG',
      vendor: 'cisco',
      fields: { facility: 'SYS', mnemonic: 'CONFIG_I' },
    });
    expect(parseSyslog('<189>1 2024-03-14T09:21:07Z rt1 - - - - %SYS-5-CONFIG_I: Configured')).toMatchObject({ app: 'SYS', msgid: 'CONFIG_I' });
  });
});
