import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from '../../agent/stages/pseudonymize/index.js';
import { markTokens, onlyRules } from './helpers.js';

// Every rule carries its own examples: adding a rule adds its tests.
describe.each(BUILTIN_RULES.map((r) => [r.name, r] as const))('rule %s', (_name, rule) => {
  const s = onlyRules([rule]);
  it.each(rule.examples.map(([input, expected]) => [input, expected]))('rewrites %j', (input, expected) => {
    expect(markTokens(s.sanitize(input, {}))).toBe(expected);
  });
  if (rule.keeps?.length) {
    it.each(rule.keeps.map((k) => [k]))('leaves %j as it is', (line) => {
      expect(s.sanitize(line, {})).toBe(line);
    });
  }
});

describe('rule catalogue', () => {
  it('has unique rule names', () => {
    const names = BUILTIN_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives every rule at least one example', () => {
    for (const r of BUILTIN_RULES) expect(r.examples.length, r.name).toBeGreaterThan(0);
  });
});
