import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createLiteralMatcher, LiteralHits } from '../../agent/stages/pseudonymize/literal-matcher.js';

/** Every occurrence, case-insensitively, by end and, for one end, longest literal first. */
function naive(literals: readonly string[], text: string, offset: number): Array<[number, number]> {
  const lower = text.toLowerCase();
  const found: Array<[literal: number, end: number, length: number]> = [];
  literals.forEach((lit, id) => {
    for (let at = lower.indexOf(lit); at >= 0; at = lower.indexOf(lit, at + 1)) found.push([id, offset + at + lit.length, lit.length]);
  });
  found.sort((a, b) => a[1] - b[1] || b[2] - a[2]);
  return found.map(([id, end]) => [id, end]);
}

function scanned(literals: readonly string[], bytes: Buffer, from: number, to: number): Array<[number, number]> {
  const hits = new LiteralHits();
  createLiteralMatcher(literals).scanBytes(bytes, from, to, hits);
  return Array.from({ length: hits.length }, (_, k) => [hits.literal[k] as number, hits.end[k] as number]);
}

// Few letters, so that literals overlap, nest and repeat often.
const letter = fc.constantFrom('a', 'b', 'c', 'A', 'B', '=', ' ');
const literal = fc.array(fc.constantFrom('a', 'b', 'c', '=', ' '), { minLength: 1, maxLength: 5 }).map((cs) => cs.join(''));
const line = fc.array(letter, { maxLength: 120 }).map((cs) => cs.join(''));

describe('literal matcher', () => {
  it('finds what a naive search finds, in its order, in blocks of lines of any size (one lane or two)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(literal, { minLength: 1, maxLength: 12 }), fc.array(line, { minLength: 1, maxLength: 80 }), fc.nat(40), (lits, lines, lead) => {
        const block = lines.join('\n');
        // Scanned from an offset inside a larger buffer, as a batch's share of it is.
        const bytes = Buffer.from('x'.repeat(lead) + block + '\nzz', 'latin1');
        expect(scanned(lits, bytes, lead, lead + block.length)).toEqual(naive(lits, block, lead));
      }),
      { numRuns: 300 },
    );
  });

  it('scans a block of thousands of lines in two lanes with the order of one pass', () => {
    const lits = ['password=', 'pass', 'user ', 'for', 'ssh'];
    const lines = Array.from({ length: 3000 }, (_, i) => (i % 7 === 0 ? `sshd: Failed password=x${i} for user ${i}` : `PASSWORD= pass ${i} forfor`));
    const block = lines.join('\n');
    const hits = scanned(lits, Buffer.from(block, 'latin1'), 0, block.length);
    expect(hits).toEqual(naive(lits, block, 0));
    expect(hits.length).toBeGreaterThan(10_000);
  });

  it('scans a block whose second half has no line feed (one lane) and one split just before its end', () => {
    for (const text of ['ab\nab'.repeat(1000) + 'ba'.repeat(3000), 'ab '.repeat(2000) + '\nb']) {
      expect(scanned(['ab', 'a', 'ba'], Buffer.from(text, 'latin1'), 0, text.length)).toEqual(naive(['ab', 'a', 'ba'], text, 0));
    }
  });
});
