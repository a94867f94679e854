/**
 * Times on the query command line: ISO 8601 (`2025-03-01`, `2025-03-01T10:00Z`,
 * with or without an offset; a date alone is midnight UTC) or a duration back
 * from now (`90s`, `30m`, `2h`, `7d`, `2w`).
 */
import { LogveilError } from '../errors.js';

const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const;
const RELATIVE = /^([0-9]+)(s|m|h|d|w)$/;
const ISO = /^[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}:?[0-9]{2})?)?$/i;

export function parseTimeArg(text: string, now: number, what: string): number {
  const rel = RELATIVE.exec(text.trim());
  if (rel) return now - Number(rel[1]) * UNIT_MS[rel[2] as keyof typeof UNIT_MS];
  const t = text.trim();
  // Date.parse reads a date-time without an offset as local time; logs are UTC.
  const withZone = /T|\s/i.test(t) && !/(Z|[+-][0-9]{2}:?[0-9]{2})$/i.test(t) ? `${t.replace(' ', 'T')}Z` : t.replace(' ', 'T');
  const ms = ISO.test(t) ? Date.parse(withZone) : Number.NaN;
  if (Number.isNaN(ms)) throw new LogveilError('LV_USAGE', `${what} "${text}": give an ISO 8601 time (2025-03-01T10:00Z) or a duration back from now (30m, 2h, 7d)`);
  return ms;
}
