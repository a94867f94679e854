import { describe, expect, it } from 'vitest';
import { parseSyslog } from '../../agent/stages/parse/index.js';

const NOW = new Date('2025-06-15T12:00:00Z');
const parse = (line: string) => parseSyslog(line, { now: NOW });

describe('parseSyslog cef', () => {
  it('reads a CEF line without syslog header into header fields and extension keys', () => {
    const line = 'CEF:0|Acme|Gatekeeper|2.1|4711|User login failed|7|src=192.0.2.5 suser=jdoe act=blocked msg=Too many attempts from this host';
    expect(parse(line)).toEqual({
      format: 'rfc3164',
      vendor: 'cef',
      msg: line,
      fields: {
        cef_version: '0',
        device_vendor: 'Acme',
        device_product: 'Gatekeeper',
        device_version: '2.1',
        signature_id: '4711',
        name: 'User login failed',
        cef_severity: '7',
        src: '192.0.2.5',
        suser: 'jdoe',
        act: 'blocked',
        msg: 'Too many attempts from this host',
      },
    });
  });

  it('reads CEF after an RFC 3164 header', () => {
    const ev = parse('<134>Mar 14 09:21:07 siem-relay CEF:0|Acme|Gatekeeper|2.1|100|Web request|Low|request=https://www.example.com/a b dpt=443');
    expect(ev).toMatchObject({ format: 'rfc3164', host: 'siem-relay', vendor: 'cef' });
    expect(ev.fields).toMatchObject({ name: 'Web request', cef_severity: 'Low', request: 'https://www.example.com/a b', dpt: '443' });
  });

  it('reads CEF as the MSG of an RFC 5424 line', () => {
    expect(parse('<134>1 2024-03-14T09:21:07Z siem app - - - CEF:0|V|P|1|1|N|3|a=b').fields).toMatchObject({ device_vendor: 'V', a: 'b' });
  });

  it('unescapes \\| and \\\\ in the header and \\= and \\\\ in extension values', () => {
    const ev = parse('CEF:0|Ac\\|me|Pro\\\\duct|1|sig|a \\| b|5|query=x\\=1 path=C:\\\\tmp note=line1\\nline2');
    expect(ev.fields).toMatchObject({
      device_vendor: 'Ac|me',
      device_product: 'Pro\\duct',
      name: 'a | b',
      query: 'x=1',
      path: 'C:\\tmp',
      note: 'line1\\nline2',
    });
  });

  it('drops the padding after the last value and allows an empty extension', () => {
    expect(parse('CEF:0|V|P|1|1|N|3|message=padded here dst=192.0.2.2 src=192.0.2.3     ').fields).toMatchObject({
      message: 'padded here',
      dst: '192.0.2.2',
      src: '192.0.2.3',
    });
    expect(parse('CEF:0|V|P|1|1|N|3|').fields).toEqual({
      cef_version: '0',
      device_vendor: 'V',
      device_product: 'P',
      device_version: '1',
      signature_id: '1',
      name: 'N',
      cef_severity: '3',
    });
  });

  it('does not call a line with fewer than seven header pipes CEF', () => {
    expect(parse('CEF:0|V|P|1|only five')).toMatchObject({ format: 'unparsed' });
    expect(parse('<13>Mar 14 09:21:07 h app: CEF:0|V|P')).not.toHaveProperty('vendor');
  });
});
