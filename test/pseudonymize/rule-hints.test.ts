import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { BUILTIN_RULES } from '../../agent/stages/pseudonymize/index.js';
import type { RegexRule } from '../../agent/stages/pseudonymize/rules/rule.js';

// `requires` and `anchored` only make rules cheaper; here they must never change what a rule
// finds. Checked on every example, keep and fixture line, and on variants of them.
const regexRules = BUILTIN_RULES.filter((r): r is RegexRule => 're' in r);
const fixture = readFileSync(new URL('../fixtures/device-logs.log', import.meta.url), 'latin1').split('\n');
const lines = [...new Set([...regexRules.flatMap((r) => [...r.examples.map(([input]) => input), ...(r.keeps ?? [])]), ...fixture])];
const variants = lines.flatMap((l) => [l, l.toUpperCase(), l.toLowerCase(), l.replace(/ /g, '\t'), l.replace(/ /g, '  '), `x ${l} ${l}`]);

function matchStarts(rule: RegexRule, line: string): number[] {
  const re = new RegExp(rule.re.source, [...new Set([...rule.re.flags, 'g'])].join(''));
  const starts: number[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(line)) !== null) {
    starts.push(m.index);
    if (m[0].length === 0) re.lastIndex++;
  }
  return starts;
}

describe.each(regexRules.filter((r) => r.requires !== undefined).map((r) => [r.name, r] as const))('rule %s requires', (_name, rule) => {
  it('one of its required literals in every line it matches', () => {
    for (const line of variants) {
      if (matchStarts(rule, line).length === 0) continue;
      const lower = line.toLowerCase();
      expect(rule.requires?.some((lit) => lower.includes(lit)), line).toBe(true);
    }
  });
});

describe.each(regexRules.filter((r) => r.anchored === true).map((r) => [r.name, r] as const))('anchored rule %s', (_name, rule) => {
  it('starts every match where one of its literals starts', () => {
    for (const line of variants) {
      const lower = line.toLowerCase();
      for (const at of matchStarts(rule, line)) expect(rule.anyOf.some((lit) => lower.startsWith(lit, at)), `${line} @${at}`).toBe(true);
    }
  });
});

describe('rule hints', () => {
  it('are lower case, like anyOf', () => {
    for (const r of regexRules) for (const lit of r.requires ?? []) expect(lit, r.name).toBe(lit.toLowerCase());
  });
});
