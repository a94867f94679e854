import { describe, expect, it } from 'vitest';
import { parseSyslog } from '../../agent/stages/parse/index.js';
import { binaryString } from './binary-string.js';

describe('parseSyslog juniper', () => {
  it('sets vendor juniper for an SD-ID with enterprise number 2636, with the SD in sd', () => {
    const ev = parseSyslog(
      '<14>1 2024-11-14T09:37:51.184+01:00 srx-gw1 RT_FLOW - RT_FLOW_SESSION_CREATE [junos@2636.1.1.1.2.26 source-address="192.0.2.10" source-port="594" destination-address="198.51.100.13" username="N/A"]',
    );
    expect(ev).toEqual({
      format: 'rfc5424',
      facility: 1,
      severity: 6,
      time: '2024-11-14T09:37:51.184+01:00',
      host: 'srx-gw1',
      app: 'RT_FLOW',
      msgid: 'RT_FLOW_SESSION_CREATE',
      vendor: 'juniper',
      sd: {
        'junos@2636.1.1.1.2.26': {
          'source-address': '192.0.2.10',
          'source-port': '594',
          'destination-address': '198.51.100.13',
          username: 'N/A',
        },
      },
      msg: '',
    });
  });

  it('recognises the plain @2636 SD-ID and the junos@ name', () => {
    expect(parseSyslog('<14>1 - h a - - [x@2636 k="v"]').vendor).toBe('juniper');
    expect(parseSyslog('<14>1 - h a - - [junos@1111.1.1.1.1.111 k="v"]').vendor).toBe('juniper');
    expect(parseSyslog('<14>1 - h a - - [x@26360 k="v"]')).not.toHaveProperty('vendor');
    expect(parseSyslog('<14>1 - h a - - [origin@32473 k="v"]')).not.toHaveProperty('vendor');
  });

  it('survives Unicode curly quotes instead of \'"\' and keeps the element as the message', () => {
    const line = binaryString(
      '<14>1 2024-01-19T15:18:18.040 srx-lab RT_FLOW - APPTRACK_SESSION_VOL_UPDATE [junos@2636.1.1.1.2.26 source-address="192.0.2.14" profile-name=\u201dpf1\u201d rule-name=\u201dfb1\u201d]',
    );
    const ev = parseSyslog(line);
    expect(ev).toMatchObject({ format: 'rfc5424', host: 'srx-lab', msgid: 'APPTRACK_SESSION_VOL_UPDATE', vendor: 'juniper' });
    expect(ev).not.toHaveProperty('sd');
    expect(ev.msg).toBe(line.slice(line.indexOf('[junos')));
    expect(ev.fields).toMatchObject({ 'source-address': '192.0.2.14' });
  });

  it('takes trailing text glued to the SD as the message', () => {
    const ev = parseSyslog('<14>1 2024-11-14T09:37:51.184+01:00 srx-gw1 RT_FLOW - RT_FLOW_SESSION_CREATE [junos@2636.1.1.1.2.26 reason="unset"]1002');
    expect(ev).toMatchObject({ vendor: 'juniper', sd: { 'junos@2636.1.1.1.2.26': { reason: 'unset' } }, msg: '1002' });
  });

  it('keeps an escaped ] of a Junos value', () => {
    const ev = parseSyslog('<30>1 2024-05-04T15:27:26.461+10:00 vpn-1 kmd 13862 KMD_PM_SA_ESTABLISHED [junos@2636.1.1.1.2.26 local="ipv4_subnet(any:0,[0..7\\]=192.0.2.0/29)"]');
    expect(ev.sd?.['junos@2636.1.1.1.2.26']).toEqual({ local: 'ipv4_subnet(any:0,[0..7]=192.0.2.0/29)' });
  });
});
