import { describe, expect, it } from 'vitest';
import { SYSLOG_FORMATS } from '../../shared/event.js';
import { parseSyslog } from '../../agent/stages/parse/index.js';

const MIB = 1 << 20;
const fill = (unit: string, size = MIB) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/**
 * 1 MiB lines built to hit every scanner's worst case: long runs of the
 * characters each grammar stops at, unterminated quotes and brackets, keys
 * without values, and repeated header items. A backtracking or quadratic
 * scanner takes minutes on these; timings are not asserted (CI machines vary),
 * the suite's timeout is the backstop.
 */
const CASES: Record<string, string> = {
  'only <': fill('<'),
  'only =': fill('='),
  'only "': fill('"'),
  'only [': fill('['),
  'only %': fill('%'),
  'only spaces after a PRI': '<13>' + fill(' '),
  'only backslashes': fill('\\'),
  'all 256 byte values': fill(Array.from({ length: 256 }, (_, i) => String.fromCharCode(i)).join('')),
  'PRI, then digits': '<13>' + fill('9'),
  'RFC 5424 header, then [ [ [': '<13>1 - h a - - ' + fill('['),
  'RFC 5424 SD with 100k params': '<13>1 - h a - - [x@1' + fill(' a="b"', MIB - 32) + ']',
  'RFC 5424 SD value never closed, full of backslashes': '<13>1 - h a - - [x@1 a="' + fill('\\"'),
  'RFC 5424 SD-IDs without end': '<13>1 - h a - - ' + fill('[x@1 '),
  'headerless RFC 5424 with a huge hostname': '2024-01-01T00:00:00Z ' + fill('h'),
  'RFC 3164 with a huge hostname': 'Mar 14 09:21:07 ' + fill('a'),
  'RFC 3164 with a huge TAG': 'Mar 14 09:21:07 h ' + fill('x') + ': m',
  'RFC 3164 timestamps over and over': '<13>' + fill('Mar 14 09:21:07 '),
  'Cisco preamble items over and over': '<13>' + fill('1: '),
  'Cisco host-colon items over and over': fill('sw1 : '),
  'a Cisco tag that never ends': '%A-1-' + fill('B'),
  'key=value pairs, 250k of them': 'Mar 14 09:21:07 h app: ' + fill('a=b '),
  'distinct keys, 100k of them': Array.from({ length: 100_000 }, (_, i) => `k${i}=v`).join(' '),
  'a quoted value that never closes': 'a=1 b=2 c="' + fill('x\\"'),
  'keys without values': fill('k= '),
  'CEF with spaces and key-like words but no =': 'CEF:0|a|b|c|d|e|f|k=v ' + fill(' kk'),
  'CEF with escaped = everywhere': 'CEF:0|a|b|c|d|e|f|k=' + fill('\\= '),
  'CEF header pipes never complete': 'CEF:0' + fill('\\|'),
  'PAN-OS prefix, then 1M commas': '1,2024/01/01 00:00:00,1,TRAFFIC,' + fill(','),
  'PAN-OS prefix, then a quote that never closes': '1,2024/01/01 00:00:00,1,TRAFFIC,"' + fill('x""'),
  'filterlog prefix, then 1M commas': 'filterlog[1]: 1,,,1,em0,match,pass,in,4' + fill(','),
  'many short lines glued by CR': fill('<13>Mar 14 09:21:07 h a: x\r'),
};

describe('parseSyslog pathological input', () => {
  for (const [name, line] of Object.entries(CASES)) {
    it(`returns an event for a 1 MiB line: ${name}`, () => {
      const ev = parseSyslog(line);
      expect(SYSLOG_FORMATS).toContain(ev.format);
      expect(typeof ev.msg).toBe('string');
      if (ev.format === 'unparsed') expect(ev.msg).toBe(line);
      expect(Object.keys(ev.fields ?? {}).length).toBeLessThanOrEqual(1024 + 32);
    });
  }
});
