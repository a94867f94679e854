import { describe, expect, it } from 'vitest';
import { createRuleEngine, spanGroupsInLookarounds } from '../../agent/stages/pseudonymize/rule-engine.js';
import type { RegexRule, RuleSpanKind } from '../../agent/stages/pseudonymize/rules/rule.js';

const rule = (re: RegExp, extra: Partial<RegexRule> = {}): RegexRule => ({ name: 't', kind: 'user', anyOf: [], re, examples: [], ...extra });

/** The spans the engine reports for a line, as [kind, text, start]. */
function spans(r: RegexRule, line: string): Array<[RuleSpanKind, string, number]> {
  const out: Array<[RuleSpanKind, string, number]> = [];
  createRuleEngine([r]).run(line, {}, (kind, start, end) => out.push([kind, line.slice(start, end), start]));
  return out;
}

describe('rule engine: where a group matched', () => {
  it('places a group whose text occurs once in the match', () => {
    expect(spans(rule(/login (?<u>[a-z]+) from/), 'x: login jdoe from h')).toEqual([['user', 'jdoe', 9]]);
  });

  it('places a group whose text also occurs earlier in the match at its own place, not the first occurrence', () => {
    const line = 'by ab, login ab ok';
    expect(spans(rule(/by [a-z]+, login (?<u>[a-z]+) ok/), line)).toEqual([['user', 'ab', 13]]);
    // Overlapping occurrences: `aa` at 0 and 1 of `aaa`.
    expect(spans(rule(/(?<u>aa)a!/), 'xaaa!')).toEqual([['user', 'aa', 1]]);
    expect(spans(rule(/a(?<u>aa)!/), 'xaaa!')).toEqual([['user', 'aa', 2]]);
  });

  it('places groups of anchored (sticky) rules and several groups in one match', () => {
    const r = rule(/user=(?<u>\w+) pass=(?<s>\w+)/, { anyOf: ['user='], anchored: true });
    expect(spans(r, 'a user=jo pass=jo user=kim pass=x')).toEqual([
      ['user', 'jo', 7],
      ['secret', 'jo', 15],
      ['user', 'kim', 23],
      ['secret', 'x', 32],
    ]);
  });

  it('places a group inside a lookahead, outside the match text', () => {
    const r = rule(/token(?=[^;]*;key=(?<s>[a-z]+))/);
    expect(spanGroupsInLookarounds(r.re.source)).toEqual(['s']);
    // `abc` also occurs inside... nothing of the match: the match is `token` alone.
    expect(spans(r, 'token abc;key=abc')).toEqual([['secret', 'abc', 14]]);
    // The lookahead's text repeats the match's: `tok` is both in the match and after it.
    expect(spans(rule(/tok(?=en;(?<u>tok))/), 'token;tok')).toEqual([['user', 'tok', 6]]);
  });

  it('finds span groups inside lookarounds, not those outside, nor look-alikes in classes and escapes', () => {
    expect(spanGroupsInLookarounds(String.raw`(?<u>a)(?=b(?<s>c))(?<!x(?:(?<u2>y)))`)).toEqual(['s', 'u2']);
    expect(spanGroupsInLookarounds(String.raw`[(?=](?<u>a)\(?=(?<s>b)`)).toEqual([]);
    expect(spanGroupsInLookarounds(String.raw`(?=(?<name>a))(?<u>b)`)).toEqual([]);
  });
});
