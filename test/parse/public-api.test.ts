import { describe, expect, it } from 'vitest';
import * as stage from '../../agent/stages/parse/index.js';

describe('parse stage public API', () => {
  it('exports parseSyslog and nothing else at runtime', () => {
    expect(Object.keys(stage)).toEqual(['parseSyslog']);
    expect(typeof stage.parseSyslog).toBe('function');
  });

  it('accepts ParseOptions with year and now', () => {
    const opts: stage.ParseOptions = { year: 2024, now: new Date('2024-06-01T00:00:00Z') };
    expect(stage.parseSyslog('<13>Jan  2 03:04:05 h a: x', opts).time).toBe('2024-01-02T03:04:05');
  });
});
