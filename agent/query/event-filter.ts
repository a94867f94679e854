/**
 * What an event must say to be printed: host, app, severity, text, and the
 * pseudonymized subjects (--ip, --user). Time is not here: it is decided per
 * frame first (run-query.ts), and per event only in the frames that straddle
 * the range.
 *
 * Each filter gives an exact test on the parsed event and, where it can, a
 * group of needles for the byte-level prefilter (line-prefilter.ts), so that
 * lines that cannot match are never decoded or parsed.
 */
import type { PseudonymFilter } from './pseudonym-filter.js';
import { asciiLower, createLinePrefilter, needle, type LinePrefilter, type NeedleGroup } from './line-prefilter.js';
import { requiredLiteral } from './required-literal.js';
import type { SeverityRange } from './severity-range.js';

export interface EventFilterSpec {
  /** Any of these hosts, compared with ASCII letters folded. */
  readonly hosts?: readonly string[];
  /** Any of these app names (RFC 5424 APP-NAME, RFC 3164 TAG), compared with ASCII letters folded. */
  readonly apps?: readonly string[];
  readonly severity?: SeverityRange;
  /** Tested against `msg`. */
  readonly grep?: RegExp;
  readonly pseudonyms?: PseudonymFilter;
}

/** The fields the filters read; anything else is passed along untouched. */
export interface ParsedEvent {
  readonly host?: unknown;
  readonly app?: unknown;
  readonly severity?: unknown;
  readonly msg?: unknown;
  readonly epoch?: unknown;
}

export interface EventFilter {
  /** True when no filter is set: every event in the time range matches. */
  readonly matchesAll: boolean;
  readonly prefilter: LinePrefilter | undefined;
  /** `segmentEpoch` stands in for an event that does not say its epoch. */
  test(ev: ParsedEvent, segmentEpoch: string): boolean;
  /** False when --ip/--user are asked for and the keyring has no key for `epoch`. */
  canTestEpoch(epoch: string): boolean;
}

export function compileEventFilter(spec: EventFilterSpec): EventFilter {
  const groups: NeedleGroup[] = [];
  const hosts = spec.hosts?.length ? new Set(spec.hosts.map(asciiLower)) : undefined;
  const apps = spec.apps?.length ? new Set(spec.apps.map(asciiLower)) : undefined;
  if (hosts) groups.push([...hosts].map((h) => needle(`"host":${JSON.stringify(h)}`, true)));
  if (apps) groups.push([...apps].map((a) => needle(`"app":${JSON.stringify(a)}`, true)));
  const sev = spec.severity;
  if (sev) {
    const g = [];
    for (let n = sev.min; n <= sev.max; n++) g.push(needle(`"severity":${n}`, false));
    groups.push(g);
  }
  const grep = spec.grep;
  if (grep) {
    const lit = requiredLiteral(grep.source, grep.flags);
    if (lit !== undefined) groups.push([needle(lit, grep.flags.includes('i'))]);
  }
  const ps = spec.pseudonyms;
  if (ps) groups.push(...ps.needleGroups);
  // A regular expression with the g or y flag keeps state between tests; the filter must not.
  const re = grep && (grep.global || grep.sticky) ? new RegExp(grep.source, grep.flags.replace(/[gy]/g, '')) : grep;

  return {
    matchesAll: !hosts && !apps && !sev && !re && !ps,
    prefilter: createLinePrefilter(groups),
    canTestEpoch: (epoch) => !ps || ps.hasEpoch(epoch),
    test(ev, segmentEpoch) {
      if (hosts && !(typeof ev.host === 'string' && hosts.has(asciiLower(ev.host)))) return false;
      if (apps && !(typeof ev.app === 'string' && apps.has(asciiLower(ev.app)))) return false;
      if (sev && !(typeof ev.severity === 'number' && ev.severity >= sev.min && ev.severity <= sev.max)) return false;
      if (re && !(typeof ev.msg === 'string' && re.test(ev.msg))) return false;
      if (ps && !ps.test(ev, typeof ev.epoch === 'string' ? ev.epoch : segmentEpoch)) return false;
      return true;
    },
  };
}
