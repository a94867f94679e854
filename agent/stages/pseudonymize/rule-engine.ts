/**
 * Runs the redaction rules over a line.
 *
 * Most rules concern few lines, so the engine first finds which rule literals
 * occur in the line, and where (one pass of an Aho-Corasick automaton,
 * case-insensitive); only the rules whose literal occurred then run, once each,
 * with the positions of their literals.
 */
import type { EmitSpan, FunctionRule, RegexRule, Rule, RuleSpanKind, RuleState } from './rules/rule.js';
import { createLiteralMatcher } from './literal-matcher.js';

export type SpanCallback = (kind: RuleSpanKind, start: number, end: number, rule: string) => void;

export interface RuleEngine {
  readonly rules: readonly Rule[];
  run(line: string, state: RuleState, onSpan: SpanCallback): void;
}

interface Compiled {
  rule: Rule;
  re: RegExp | undefined;
  /** Group names that mark spans, with their kind. */
  groups: Array<[name: string, kind: RuleSpanKind]>;
  /** Where this rule's literals ended in the current line; reused from line to line. */
  hits: number[];
}

export function createRuleEngine(rules: readonly Rule[]): RuleEngine {
  const compiled: Compiled[] = rules.map((rule) => {
    if (!isRegexRule(rule)) return { rule, re: undefined, groups: [], hits: [] };
    const flags = new Set([...rule.re.flags, 'g', 'd']);
    const re = new RegExp(rule.re.source, [...flags].join(''));
    const names = Object.keys(new RegExp(`${re.source}|`, re.flags).exec('')?.groups ?? {});
    const groups = names.flatMap((n): Array<[string, RuleSpanKind]> =>
      /^s\d*$/.test(n) ? [[n, 'secret']] : /^u\d*$/.test(n) ? [[n, 'user']] : /^m\d*$/.test(n) ? [[n, 'mac']] : [],
    );
    if (groups.length === 0) throw new Error(`rule ${rule.name} has no s/u/m groups`);
    return { rule, re, groups, hits: [] };
  });

  const stateful = compiled.filter((c) => c.rule.anyOf.length === 0 || (c.rule as FunctionRule).runWhen !== undefined);
  const literals = [...new Set(compiled.flatMap((c) => c.rule.anyOf.map((l) => l.toLowerCase())))];
  const byLiteral: Compiled[][] = literals.map((lit) => compiled.filter((c) => c.rule.anyOf.some((k) => k.toLowerCase() === lit)));
  const matcher = createLiteralMatcher(literals);
  // The rules triggered in the current line, in the order of their first literal.
  const triggered: Compiled[] = [];
  const onLiteral = (lit: number, end: number): void => {
    for (const c of byLiteral[lit] as Compiled[]) {
      if (c.hits.length === 0) triggered.push(c);
      c.hits.push(end);
    }
  };

  function runOne(c: Compiled, line: string, state: RuleState, onSpan: SpanCallback): void {
    const name = c.rule.name;
    if (c.re === undefined) {
      const emit: EmitSpan = (kind, start, end) => onSpan(kind, start, end, name);
      (c.rule as FunctionRule).find(line, state, emit, c.hits);
      return;
    }
    const re = c.re;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(line)) !== null) {
      const idx = m.indices?.groups;
      if (idx) {
        for (const [g, kind] of c.groups) {
          const span = idx[g];
          if (span !== undefined && span[1] > span[0]) onSpan(kind, span[0], span[1], name);
        }
      }
      if (m[0].length === 0) re.lastIndex++;
    }
  }

  return {
    rules,
    run(line, state, onSpan) {
      matcher.scan(line, onLiteral);
      for (const c of stateful) {
        const when = (c.rule as FunctionRule).runWhen;
        if (c.hits.length === 0 && (when === undefined || when(state))) runOne(c, line, state, onSpan);
      }
      for (const c of triggered) {
        runOne(c, line, state, onSpan);
        c.hits.length = 0;
      }
      triggered.length = 0;
    },
  };
}

function isRegexRule(r: Rule): r is RegexRule {
  return (r as RegexRule).re instanceof RegExp;
}
