import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { queryCommand } from '../../agent/cli/commands/query.js';
import type { CommandIo } from '../../agent/cli/command.js';
import type { LogEvent } from '../../shared/event.js';
import { memoryIo, tempDir, testKeys, type TestKeys } from '../spool/helpers.js';
import { shipSegments } from './fixtures.js';

let keys: TestKeys;
let work: { dir: string; cleanup(): void };
let storeDir: string;

const FULL: LogEvent = {
  time: '2025-03-01T11:00:00+01:00',
  received: '2025-03-01T10:00:01.250Z',
  host: 'edge-rtr1',
  app: 'bgpd',
  pid: '812',
  msgid: 'ADJCHANGE',
  facility: 23,
  severity: 5,
  msg: 'neighbor up, "established", state\nchanged',
  format: 'rfc5424',
  epoch: '20250101T000000Z-abcdef',
  source: { name: 'udp514', transport: 'udp', addr: '11.51.8.143' },
};
const BARE: LogEvent = { received: '2025-03-01T10:00:02.000Z', msg: 'plain text, with a comma', format: 'unparsed' };
const NASTY: LogEvent = {
  received: '2025-03-01T10:00:03.000Z',
  host: 'a-very-long-host-name-indeed.example',
  app: 'x',
  severity: 3,
  msg: `escape \u001b[31mred\u001b[0m bidi \u202egnp.exe and \r\n${'long '.repeat(40)}`,
  format: 'rfc3164',
};

beforeAll(async () => {
  work = tempDir('output-formats');
  keys = await testKeys(join(work.dir, 'keys'));
  storeDir = await shipSegments(work.dir, keys.publicKey, [{ batches: [[FULL, BARE, NASTY]] }]);
});
afterAll(() => work.cleanup());

/** A stdout that says it is a terminal of `columns` columns. */
function ttyIo(columns: number): { io: CommandIo; stdout(): string } {
  const m = memoryIo();
  const chunks: Buffer[] = [];
  const out = Object.assign(
    new Writable({
      write(c: Buffer, _e, cb) {
        chunks.push(Buffer.from(c));
        cb();
      },
    }),
    { isTTY: true, columns },
  );
  return { io: { ...m.io, stdout: out }, stdout: () => Buffer.concat(chunks).toString('utf8') };
}

const run = async (io: CommandIo, ...args: string[]) => queryCommand.run(['--from', storeDir, '--private-key', keys.privateKeyFile, '--quiet', ...args], io);

/** RFC 4180 reader, for checking that the output reads back to the same values. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('logveil query --output csv', () => {
  it('writes a header row and fixed columns, quoting commas, quotes and line breaks as RFC 4180 says', async () => {
    const m = memoryIo();
    expect(await run(m.io, '--output', 'csv')).toBe(0);
    const text = m.stdout();
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('time,received,host,app,pid,msgid,facility,severity,source_transport,source_addr,epoch,msg');
    expect(lines[1]).toBe(
      '2025-03-01T11:00:00+01:00,2025-03-01T10:00:01.250Z,edge-rtr1,bgpd,812,ADJCHANGE,23,5,udp,11.51.8.143,20250101T000000Z-abcdef,"neighbor up, ""established"", state\nchanged"',
    );
    expect(lines[2]).toBe(',2025-03-01T10:00:02.000Z,,,,,,,,,,"plain text, with a comma"');
    const rows = parseCsv(text);
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => r.length === 12)).toBe(true);
    expect(rows[1]?.[11]).toBe(FULL.msg);
    expect(rows[3]?.[11]).toBe(NASTY.msg);
  });

  it('writes just the header when nothing matches', async () => {
    const m = memoryIo();
    await run(m.io, '--output', 'csv', '--host', 'nobody');
    expect(m.stdout()).toBe('time,received,host,app,pid,msgid,facility,severity,source_transport,source_addr,epoch,msg\r\n');
  });
});

describe('logveil query --output table', () => {
  it('is the default on a terminal: aligned columns cut to its width, with escape sequences and controls made harmless', async () => {
    const t = ttyIo(104);
    expect(await run(t.io)).toBe(0);
    const lines = t.stdout().split('\n').filter(Boolean);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe('TIME (UTC)           HOST              APP           SEV      MSG');
    expect(lines[1]).toBe('2025-03-01 10:00:01  edge-rtr1         bgpd          notice   neighbor up, "established", state changed');
    expect(lines[2]).toBe('2025-03-01 10:00:02  -                 -             -        plain text, with a comma');
    expect(lines[3]?.startsWith('2025-03-01 10:00:03  a-very-long-hos…  x             err      escape \uFFFD[31mred\uFFFD[0m bidi \uFFFDgnp.exe')).toBe(true);
    expect(lines[3]?.endsWith('…')).toBe(true);
    for (const l of lines) expect(Array.from(l).length).toBeLessThanOrEqual(104);
    expect(t.stdout()).not.toMatch(/[\u001b\u202e\r]/);
  });

  it('prints whole messages when stdout is not a terminal', async () => {
    const m = memoryIo();
    await run(m.io, '--output', 'table', '--severity', 'err');
    const lines = m.stdout().split('\n').filter(Boolean);
    expect(lines[1]?.endsWith(`${'long '.repeat(40)}`.trimEnd())).toBe(true);
  });
});

describe('logveil query --output ndjson', () => {
  it('is the default when stdout is not a terminal, and prints the events as shipped', async () => {
    const m = memoryIo();
    await run(m.io);
    expect(m.stdout()).toBe([FULL, BARE, NASTY].map((e) => `${JSON.stringify(e)}\n`).join(''));
  });

  it('rejects an unknown format', async () => {
    await expect(run(memoryIo().io, '--output', 'xml')).rejects.toMatchObject({ code: 'LV_USAGE' });
  });
});
