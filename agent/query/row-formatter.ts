/**
 * How matching events are printed when they are not passed through as NDJSON:
 *
 *   table  aligned columns time, host, app, severity, msg, one event a line,
 *          cut to the terminal's width; for a person at a terminal
 *   csv    RFC 4180: a header row, then fixed columns, fields with a comma,
 *          quote, CR or LF in double quotes (quotes doubled), CRLF line ends
 *
 * Columns are fixed, not sized to the data, because output streams: the
 * first rows are printed before the last ones are read.
 */
import { SEVERITY_NAMES } from './severity-range.js';

export const OUTPUT_FORMATS = ['ndjson', 'table', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface RowFormatter {
  /** Printed once before the first row. */
  readonly header: string;
  /** One event's row with its line end. `timeMs`: the time the query filtered the event on. */
  row(ev: Readonly<Record<string, unknown>>, timeMs: number): string;
}

export const CSV_COLUMNS = ['time', 'received', 'host', 'app', 'pid', 'msgid', 'facility', 'severity', 'source_transport', 'source_addr', 'epoch', 'msg'] as const;

export function createCsvFormatter(): RowFormatter {
  return {
    header: `${CSV_COLUMNS.join(',')}\r\n`,
    row(ev) {
      const src = typeof ev.source === 'object' && ev.source !== null ? (ev.source as Record<string, unknown>) : {};
      const cells = [ev.time, ev.received, ev.host, ev.app, ev.pid, ev.msgid, ev.facility, ev.severity, src.transport, src.addr, ev.epoch, ev.msg];
      return `${cells.map(csvField).join(',')}\r\n`;
    },
  };
}

/** RFC 4180 section 2, rules 5-7. */
export function csvField(v: unknown): string {
  const s = typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const TIME_W = 19;
const HOST_W = 16;
const APP_W = 12;
const SEV_W = 7;
const GAP = '  ';
const FIXED = TIME_W + HOST_W + APP_W + SEV_W + 4 * GAP.length;
const MIN_MSG_W = 10;

/** `width`: the terminal's columns; undefined prints whole messages. */
export function createTableFormatter(width: number | undefined): RowFormatter {
  const msgW = width === undefined ? undefined : Math.max(MIN_MSG_W, width - FIXED);
  const line = (time: string, host: string, app: string, sev: string, msg: string) =>
    `${cell(time, TIME_W)}${GAP}${cell(host, HOST_W)}${GAP}${cell(app, APP_W)}${GAP}${cell(sev, SEV_W)}${GAP}${msgW === undefined ? msg : fit(msg, msgW)}`.trimEnd() + '\n';
  return {
    header: line('TIME (UTC)', 'HOST', 'APP', 'SEV', 'MSG'),
    row(ev, timeMs) {
      const time = Number.isFinite(timeMs) ? new Date(timeMs).toISOString().slice(0, 19).replace('T', ' ') : '-';
      const sev = typeof ev.severity === 'number' ? (SEVERITY_NAMES[ev.severity] ?? String(ev.severity)) : '-';
      return line(time, text(ev.host), text(ev.app), sev, typeof ev.msg === 'string' ? printable(ev.msg) : '');
    },
  };
}

function text(v: unknown): string {
  return typeof v === 'string' && v !== '' ? printable(v) : '-';
}

/**
 * Log text is attacker-controlled: escape sequences in it would drive the
 * terminal, and bidirectional overrides would disguise it. Line breaks and
 * tabs become spaces, every other control character U+FFFD.
 */
export function printable(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\t\n\r]/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, '\uFFFD');
}

/** `s` padded or cut to exactly `w` characters (code points). */
function cell(s: string, w: number): string {
  const cps = Array.from(s);
  if (cps.length > w) return `${cps.slice(0, w - 1).join('')}…`;
  return s + ' '.repeat(w - cps.length);
}

function fit(s: string, w: number): string {
  if (s.length <= w) return s;
  const cps = Array.from(s);
  return cps.length <= w ? s : `${cps.slice(0, w - 1).join('')}…`;
}
