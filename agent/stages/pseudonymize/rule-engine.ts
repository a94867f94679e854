/**
 * Runs the redaction rules over a line.
 *
 * Most rules concern few lines, so the engine first finds which rule literals
 * occur in the line, and where (one pass of an Aho-Corasick automaton,
 * case-insensitive); only the rules whose literal occurred then run, once each,
 * with the positions of their literals. For a batch of lines the literals are
 * found in one pass over all of them (`scanLiterals`), and each line's rules
 * run from its share of the occurrences (`runWithLiterals`).
 */
import type { EmitSpan, FunctionRule, RegexRule, Rule, RuleSpanKind, RuleState } from './rules/rule.js';
import { createLiteralMatcher, LiteralHits } from './literal-matcher.js';

export type SpanCallback = (kind: RuleSpanKind, start: number, end: number, rule: string) => void;

export interface RuleEngine {
  readonly rules: readonly Rule[];
  run(line: string, state: RuleState, onSpan: SpanCallback): void;
  /** Finds the rule literals of `bytes[from, to)` (lines joined by `\n`), for runWithLiterals. */
  scanLiterals(bytes: Uint8Array, from: number, to: number, hits: LiteralHits): void;
  /**
   * Like `run`, with the line's literal occurrences already found: `hits[first, last)`, their
   * ends counted from `offset` (where the line starts in the scanned bytes).
   */
  runWithLiterals(line: string, state: RuleState, onSpan: SpanCallback, hits: LiteralHits, first: number, last: number, offset: number): void;
}

interface Compiled {
  rule: Rule;
  re: RegExp | undefined;
  /** For an anchored rule: the expression, sticky, tried where the rule's literals start. */
  sticky: RegExp | undefined;
  /** The expression, sticky, with indices (`d`): where a group's place is not found from its text (see report). */
  located: RegExp | undefined;
  /** A span group lies inside a lookaround, outside the match's text: always use `located`. */
  outsideMatch: boolean;
  /** The rule has `requires` literals. */
  gated: boolean;
  /** The line number in which one of its `requires` literals last occurred. */
  gateSeen: number;
  /** Anchored rules: where this rule's literals started in the current line. */
  starts: number[];
  find: FunctionRule['find'] | undefined;
  /** For function rules: reports a span under this rule's name. */
  emit: EmitSpan;
  /** Group names that mark spans, with their kind. */
  groups: Array<[name: string, kind: RuleSpanKind]>;
  /** The line number (engine.lineNo) in which a literal of this rule last occurred. */
  seen: number;
  /** Function rules: where this rule's literals ended in the current line. */
  hits: number[];
}

export function createRuleEngine(rules: readonly Rule[]): RuleEngine {
  // The callback of the line being run, for the rules' emit functions (made once, not per line).
  let onSpanNow: SpanCallback = () => undefined;
  const compiled: Compiled[] = rules.map((rule) => {
    const emit: EmitSpan = (kind, start, end) => onSpanNow(kind, start, end, rule.name);
    if (!isRegexRule(rule))
      return { rule, re: undefined, sticky: undefined, located: undefined, outsideMatch: false, gated: false, gateSeen: 0, starts: [], find: rule.find, emit, groups: [], seen: 0, hits: [] };
    // Without `d`: indices cost about 1 us per match (measured: a typical rule's sticky exec
    // took 0.1-0.17 us without them, 1.0-1.2 us with), more than the rest of the match.
    const base = [...new Set([...rule.re.flags, 'g'])].filter((f) => f !== 'd' && f !== 'y').join('');
    const re = new RegExp(rule.re.source, base);
    const names = Object.keys(new RegExp(`${re.source}|`, re.flags).exec('')?.groups ?? {});
    const groups = names.flatMap((n): Array<[string, RuleSpanKind]> =>
      /^s\d*$/.test(n) ? [[n, 'secret']] : /^u\d*$/.test(n) ? [[n, 'user']] : /^m\d*$/.test(n) ? [[n, 'mac']] : [],
    );
    if (groups.length === 0) throw new Error(`rule ${rule.name} has no s/u/m groups`);
    const sticky = rule.anchored === true ? new RegExp(rule.re.source, base.replace('g', '') + 'y') : undefined;
    const located = new RegExp(rule.re.source, base.replace('g', '') + 'dy');
    const inLookaround = spanGroupsInLookarounds(rule.re.source);
    const gated = (rule.requires?.length ?? 0) > 0;
    return { rule, re, sticky, located, outsideMatch: inLookaround.length > 0, gated, gateSeen: 0, starts: [], find: undefined, emit, groups, seen: 0, hits: [] };
  });

  const stateful = compiled.filter((c) => c.rule.anyOf.length === 0 || (c.rule as FunctionRule).runWhen !== undefined);
  const requiresOf = (c: Compiled): readonly string[] => (isRegexRule(c.rule) ? (c.rule.requires ?? []) : []);
  const literals = [...new Set(compiled.flatMap((c) => [...c.rule.anyOf, ...requiresOf(c)].map((l) => l.toLowerCase())))];
  /** The rules a literal triggers (it is in their anyOf). */
  const byLiteral: Compiled[][] = literals.map((lit) => compiled.filter((c) => c.rule.anyOf.some((k) => k.toLowerCase() === lit)));
  /** The rules a literal lets run (it is in their requires). */
  const gatesOf: Compiled[][] = literals.map((lit) => compiled.filter((c) => requiresOf(c).some((k) => k.toLowerCase() === lit)));
  const literalLength = Int32Array.from(literals, (l) => l.length);
  const matcher = createLiteralMatcher(literals);
  // The rules triggered in the current line, in the order of their first literal.
  const triggered: Compiled[] = [];
  let nTriggered = 0;
  let lineNo = 0;
  const onLiteral = (lit: number, end: number): void => {
    for (const c of byLiteral[lit] as Compiled[]) {
      if (c.seen !== lineNo) {
        c.seen = lineNo;
        triggered[nTriggered++] = c;
        // Fresh arrays: the rule may keep or iterate them, and truncating a used one costs more.
        if (c.find !== undefined) c.hits = [];
        if (c.sticky !== undefined) c.starts = [];
      }
      if (c.find !== undefined) c.hits.push(end);
      if (c.sticky !== undefined) c.starts.push(end - (literalLength[lit] as number));
    }
    const gates = gatesOf[lit] as Compiled[];
    for (let i = 0; i < gates.length; i++) (gates[i] as Compiled).gateSeen = lineNo;
  };

  function runOne(c: Compiled, line: string, state: RuleState, onSpan: SpanCallback): void {
    if (c.find !== undefined) {
      c.find(line, state, c.emit, c.hits);
      return;
    }
    // A rule whose required literals are all missing cannot match.
    if (c.gated && c.gateSeen !== lineNo) return;
    if (c.sticky !== undefined) {
      runAnchored(c, line, onSpan);
      return;
    }
    const re = c.re as RegExp;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(line)) !== null) {
      report(c, m, line, onSpan);
      if (m[0].length === 0) re.lastIndex++;
    }
  }

  /**
   * The matches of an anchored rule: the same as the global expression finds, since every
   * match starts at one of these positions; tried in order, each after the previous match.
   */
  function runAnchored(c: Compiled, line: string, onSpan: SpanCallback): void {
    const re = c.sticky as RegExp;
    const starts = c.starts;
    // Literals of different lengths can report starts out of order.
    if (starts.length > 1) starts.sort((a, b) => a - b);
    let next = 0;
    for (let i = 0; i < starts.length; i++) {
      const at = starts[i] as number;
      if (at < next) continue;
      re.lastIndex = at;
      const m = re.exec(line);
      if (m === null) continue;
      report(c, m, line, onSpan);
      next = at + (m[0].length === 0 ? 1 : m[0].length);
    }
  }

  /**
   * Reports a match's span groups. A group's text that occurs once in the match's text can
   * only stand there, so its place is found by indexOf; only when it occurs more than once
   * (or the group may lie outside the match, in a lookaround) is the match redone at the same
   * place with indices. The sticky expression at the match's start finds the same match: a
   * global search's match at an index is the one a sticky search from that index finds.
   */
  function report(c: Compiled, m: RegExpExecArray, line: string, onSpan: SpanCallback): void {
    const values = m.groups;
    if (values === undefined) return;
    const name = c.rule.name;
    const whole = m[0];
    let located: Record<string, [number, number]> | undefined;
    for (const [g, kind] of c.groups) {
      const value = values[g];
      if (value === undefined || value.length === 0) continue;
      let start = -1;
      if (!c.outsideMatch) {
        const k = whole.indexOf(value);
        if (k >= 0 && whole.indexOf(value, k + 1) < 0) start = m.index + k;
      }
      if (start < 0) {
        located ??= locate(c, line, m.index);
        const span = located[g];
        if (span === undefined) continue;
        start = span[0];
      }
      onSpan(kind, start, start + value.length, name);
    }
  }

  function locate(c: Compiled, line: string, at: number): Record<string, [number, number]> {
    const re = c.located as RegExp;
    re.lastIndex = at;
    return re.exec(line)?.indices?.groups ?? {};
  }

  /** Runs the stateful rules, then the triggered ones (the literals of line `lineNo` are in). */
  function runRules(line: string, state: RuleState, onSpan: SpanCallback): void {
    onSpanNow = onSpan;
    for (const c of stateful) {
      if (c.seen === lineNo) continue;
      const when = (c.rule as FunctionRule).runWhen;
      if (when === undefined || when(state)) {
        c.hits = [];
        runOne(c, line, state, onSpan);
      }
    }
    for (let i = 0; i < nTriggered; i++) runOne(triggered[i] as Compiled, line, state, onSpan);
    nTriggered = 0;
  }

  return {
    rules,
    run(line, state, onSpan) {
      lineNo++;
      nTriggered = 0;
      matcher.scan(line, onLiteral);
      runRules(line, state, onSpan);
    },
    scanLiterals(bytes, from, to, hits) {
      matcher.scanBytes(bytes, from, to, hits);
    },
    runWithLiterals(line, state, onSpan, hits, first, last, offset) {
      lineNo++;
      nTriggered = 0;
      const lit = hits.literal;
      const end = hits.end;
      for (let k = first; k < last; k++) onLiteral(lit[k] as number, (end[k] as number) - offset);
      runRules(line, state, onSpan);
    },
  };
}

function isRegexRule(r: Rule): r is RegexRule {
  return (r as RegexRule).re instanceof RegExp;
}

/**
 * The span groups (`s`, `u`, `m`...) of an expression that lie inside a lookaround: their text
 * is not part of the match's text. Reads the source as the expression's syntax has it:
 * escapes, character classes, groups.
 */
export function spanGroupsInLookarounds(source: string): string[] {
  const found: string[] = [];
  const inLook: boolean[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
    } else if (c === '(') {
      const look = source.startsWith('(?=', i) || source.startsWith('(?!', i) || source.startsWith('(?<=', i) || source.startsWith('(?<!', i);
      const inside = look || inLook[inLook.length - 1] === true;
      const named = /^\(\?<([A-Za-z_$][A-Za-z0-9_$]*)>/.exec(source.slice(i, i + 40));
      if (named !== null && inside && /^[sum]\d*$/.test(named[1] as string)) found.push(named[1] as string);
      inLook.push(inside);
    } else if (c === ')') {
      inLook.pop();
    }
  }
  return found;
}
