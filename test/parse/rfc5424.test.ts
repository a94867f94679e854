import { describe, expect, it } from 'vitest';
import { parseSyslog } from '../../agent/stages/parse/index.js';
import { binaryString } from './binary-string.js';

const NOW = new Date('2025-06-15T12:00:00Z');
const parse = (line: string) => parseSyslog(line, { now: NOW });

describe('parseSyslog rfc5424', () => {
  it('reads every header field, the structured data and the message', () => {
    const ev = parse(
      '<165>1 2024-03-14T09:21:07.123Z app-01.example.org billing 4721 INV42 [origin@32473 ip="192.0.2.10"] Invoice 7 sent',
    );
    expect(ev).toEqual({
      format: 'rfc5424',
      facility: 20,
      severity: 5,
      time: '2024-03-14T09:21:07.123Z',
      host: 'app-01.example.org',
      app: 'billing',
      pid: '4721',
      msgid: 'INV42',
      sd: { 'origin@32473': { ip: '192.0.2.10' } },
      msg: 'Invoice 7 sent',
    });
  });

  it('keeps the sender\'s offset in time instead of converting to UTC', () => {
    expect(parse('<34>1 2003-10-11T22:14:15.003-07:00 host1 app - - - hi').time).toBe('2003-10-11T22:14:15.003-07:00');
    expect(parse('<34>1 2024-01-01T00:00:00+05:30 host1 app - - - hi').time).toBe('2024-01-01T00:00:00+05:30');
  });

  it('normalises only the format of the timestamp: lower-case t and z, offsets without colon', () => {
    expect(parse('<34>1 2024-01-01t00:00:00.5z h a - - - x').time).toBe('2024-01-01T00:00:00.5Z');
    expect(parse('<34>1 2024-01-01T00:00:00+0130 h a - - - x').time).toBe('2024-01-01T00:00:00+01:30');
  });

  it('accepts up to nine fraction digits and a timestamp without offset (Junos)', () => {
    expect(parse('<14>1 2024-01-01T00:00:00.123456789Z h a - - - x').time).toBe('2024-01-01T00:00:00.123456789Z');
    expect(parse('<14>1 2024-01-19T15:18:17.040 srx-lab RT_FLOW - APPTRACK - x').time).toBe('2024-01-19T15:18:17.040');
  });

  it('leaves every NILVALUE field out of the event instead of returning "-"', () => {
    const ev = parse('<13>1 - - - - - - just text');
    expect(ev).toEqual({ format: 'rfc5424', facility: 1, severity: 5, msg: 'just text' });
    for (const key of ['time', 'host', 'app', 'pid', 'msgid', 'sd']) expect(ev).not.toHaveProperty(key);
  });

  it('returns an empty msg when the message has no MSG part', () => {
    expect(parse('<191>1 - - - - - -')).toEqual({ format: 'rfc5424', facility: 23, severity: 7, msg: '' });
    expect(parse('<14>1 - h a - - [x@1 k="v"]').msg).toBe('');
  });

  it('computes facility as PRI >> 3 and severity as PRI & 7 over the whole range', () => {
    expect(parse('<0>1 - - - - - - x')).toMatchObject({ facility: 0, severity: 0 });
    expect(parse('<86>1 - - - - - - x')).toMatchObject({ facility: 10, severity: 6 });
    expect(parse('<191>1 - - - - - - x')).toMatchObject({ facility: 23, severity: 7 });
  });

  it('strips the UTF-8 BOM that starts MSG-UTF8 and keeps the bytes after it', () => {
    const ev = parse(binaryString('<14>1 - h a - - - \uFEFFGrüße from 2001:db8::7'));
    expect(ev.msg).toBe(binaryString('Grüße from 2001:db8::7'));
  });

  it('keeps spaces that belong to the message after the one SP separator', () => {
    expect(parse('<86>1 2024-01-01T00:00:00Z h inactive - - -  partition is p2 ').msg).toBe(' partition is p2 ');
  });

  it('keeps the header when a field is longer than RFC 5424 allows but still well-formed', () => {
    const app = 'a'.repeat(60);
    expect(parse(`<14>1 - h ${app} - - - x`).app).toBe(app);
  });

  it('falls back to rfc3164 with facility and severity when the header after VERSION is broken', () => {
    const ev = parse('<13>1 2024-13-45T00:00:00Z h a p m - x');
    expect(ev).toEqual({ format: 'rfc3164', facility: 1, severity: 5, msg: '1 2024-13-45T00:00:00Z h a p m - x' });
    expect(parse('<13>1 2024-01-01T00:00:00Z host-only').format).toBe('rfc3164');
  });

  it('reads the RFC 5424 fields of a line whose collector cut off <PRI>VERSION', () => {
    const ev = parse('2024-08-27T14:22:01.613Z esx-07.example.net vpxa 3106 - [ctx@6876 op="sync" user="ops"] sync done');
    expect(ev).toEqual({
      format: 'rfc5424',
      time: '2024-08-27T14:22:01.613Z',
      host: 'esx-07.example.net',
      app: 'vpxa',
      pid: '3106',
      sd: { 'ctx@6876': { op: 'sync', user: 'ops' } },
      msg: 'sync done',
    });
    expect(parse('1 2024-05-15T16:25:50Z fw-mgmt CheckPoint 19710 - - accepted').host).toBe('fw-mgmt');
    expect(parse('1 2024-05-15T16:25:50Z fw-mgmt CheckPoint 19710 - [action:"Drop"; origin:"192.0.2.4"]')).toMatchObject({
      format: 'rfc5424',
      host: 'fw-mgmt',
      app: 'CheckPoint',
      msg: '[action:"Drop"; origin:"192.0.2.4"]',
    });
    // Without VERSION the shape must convince alone: a broken first SD element is not RFC 5424.
    expect(parse('2024-05-15T16:25:50Z fw-mgmt CheckPoint 19710 - [action:"Drop"]').format).toBe('rfc3164');
  });

  it('reads RFC 5424 fields after a PRI that lost its VERSION (Junos "<166> 2023-...")', () => {
    const ev = parse('<166> 2024-05-08T10:54:24.756+10:00 edge-fw-2 - - - - edge-fw-2 fabric_fill: test 42');
    expect(ev).toMatchObject({ format: 'rfc5424', facility: 20, severity: 6, host: 'edge-fw-2', time: '2024-05-08T10:54:24.756+10:00' });
    expect(ev.msg).toBe('edge-fw-2 fabric_fill: test 42');
  });

  it('does not take an RFC 3164 line with an ISO timestamp for RFC 5424', () => {
    const ev = parse('<13>2024-07-23T09:30:45.123+02:00 host7 daemon: timestamp variant');
    expect(ev).toEqual({
      format: 'rfc3164',
      facility: 1,
      severity: 5,
      time: '2024-07-23T09:30:45.123+02:00',
      host: 'host7',
      app: 'daemon',
      msg: 'timestamp variant',
    });
  });

  it('reads the Meraki header that borrows "<PRI>1 " and carries Unix time', () => {
    const ev = parse("<134>1 1700000000.123456789 MX-branch-4 events type=vpn_connectivity_change peer='198.51.100.4:4500' connected='true'");
    expect(ev).toMatchObject({
      format: 'rfc3164',
      facility: 16,
      severity: 6,
      time: '2023-11-14T22:13:20.123456789Z',
      host: 'MX-branch-4',
      app: 'events',
      vendor: 'kv',
      fields: { type: 'vpn_connectivity_change', peer: '198.51.100.4:4500', connected: 'true' },
    });
    expect(ev.msg).toBe("type=vpn_connectivity_change peer='198.51.100.4:4500' connected='true'");
  });
});
