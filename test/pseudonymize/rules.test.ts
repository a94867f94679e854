import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from '../../agent/stages/pseudonymize/index.js';
import { examplePattern, markTokens, onlyRules } from './helpers.js';

// Every rule carries its own examples: adding a rule adds its tests.
describe.each(BUILTIN_RULES.map((r) => [r.name, r] as const))('rule %s', (_name, rule) => {
  const s = onlyRules([rule]);
  it.each(rule.examples.map(([input, expected]) => [input, expected]))('rewrites %j', (input, expected) => {
    const out = s.sanitize(input, {});
    if (expected.includes('«m»')) {
      expect(out).toMatch(examplePattern(expected));
      expect(out).not.toBe(input);
    } else {
      expect(markTokens(out)).toBe(expected);
    }
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

describe('rule expressions', () => {
  // Rules see binary strings: \s would match byte 0xA0 inside UTF-8 text, \w and \b are ASCII-only
  // anyway, so only \s is a trap.
  it('never use \\s (it matches a UTF-8 continuation byte)', () => {
    for (const r of BUILTIN_RULES) if ('re' in r) expect(r.re.source, r.name).not.toMatch(/(?<!\\)\\s/);
  });
});
