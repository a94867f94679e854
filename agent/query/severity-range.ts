/**
 * `--severity` on the query command line. RFC 5424 section 6.2.1 numbers the
 * severities 0 (Emergency) to 7 (Debug): lower is more severe. So
 *
 *   --severity warning    warning or worse: 0..4 (what a NOC engineer means by
 *                         "show me warnings"; syslog.conf's `*.warning` selects
 *                         the same set)
 *   --severity 4          the same, by number
 *   --severity 0-3        exactly 0, 1, 2 and 3 (either order, `-` or `..`)
 *   --severity emerg..err the same, by name
 *   --severity err..err   exactly err
 *
 * Names are those of syslog.conf(5) and RFC 5424's table, with the usual
 * synonyms. Events without a severity (no PRI and no Cisco severity digit)
 * never match a severity filter.
 */
import { LogveilError } from '../errors.js';

export interface SeverityRange {
  /** Inclusive; 0 <= min <= max <= 7. */
  readonly min: number;
  readonly max: number;
}

/** Short names, indexed by severity number (what the table output prints). */
export const SEVERITY_NAMES = ['emerg', 'alert', 'crit', 'err', 'warning', 'notice', 'info', 'debug'] as const;

const SYNONYMS: Readonly<Record<string, number>> = {
  emerg: 0,
  emergency: 0,
  panic: 0,
  alert: 1,
  crit: 2,
  critical: 2,
  err: 3,
  error: 3,
  warning: 4,
  warn: 4,
  notice: 5,
  info: 6,
  informational: 6,
  debug: 7,
};

export function parseSeverityArg(text: string): SeverityRange {
  const t = text.trim().toLowerCase();
  const range = /^([a-z]+|[0-7])\s*(?:-|\.\.)\s*([a-z]+|[0-7])$/.exec(t);
  if (range) {
    const a = level(range[1] as string, text);
    const b = level(range[2] as string, text);
    return { min: Math.min(a, b), max: Math.max(a, b) };
  }
  return { min: 0, max: level(t, text) };
}

function level(word: string, whole: string): number {
  if (/^[0-7]$/.test(word)) return Number(word);
  const n = SYNONYMS[word];
  if (n === undefined) {
    throw new LogveilError(
      'LV_USAGE',
      `--severity "${whole}": give a level (${SEVERITY_NAMES.join(', ')}, or 0-7) meaning that level or worse, or a range such as 0-3 or emerg..err`,
    );
  }
  return n;
}
