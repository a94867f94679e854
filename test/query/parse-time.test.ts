import { describe, expect, it } from 'vitest';
import { parseTimeArg } from '../../agent/query/index.js';

const NOW = Date.UTC(2025, 2, 1, 12, 0, 0);
const t = (s: string) => parseTimeArg(s, NOW, '--since');

describe('query time arguments', () => {
  it('reads durations back from now', () => {
    expect(t('90s')).toBe(NOW - 90_000);
    expect(t('30m')).toBe(NOW - 30 * 60_000);
    expect(t('2h')).toBe(NOW - 2 * 3_600_000);
    expect(t('7d')).toBe(NOW - 7 * 86_400_000);
    expect(t('2w')).toBe(NOW - 14 * 86_400_000);
  });

  it('reads ISO 8601, as UTC unless an offset is given', () => {
    expect(t('2025-03-01')).toBe(Date.UTC(2025, 2, 1));
    expect(t('2025-03-01T10:00')).toBe(Date.UTC(2025, 2, 1, 10));
    expect(t('2025-03-01 10:00:30')).toBe(Date.UTC(2025, 2, 1, 10, 0, 30));
    expect(t('2025-03-01T10:00:00.250Z')).toBe(Date.UTC(2025, 2, 1, 10, 0, 0, 250));
    expect(t('2025-03-01T10:00+02:00')).toBe(Date.UTC(2025, 2, 1, 8));
  });

  it('rejects anything else with a usage error naming the option', () => {
    for (const bad of ['yesterday', '2h30m', '-2h', '1y', '03/01/2025', '2025-13-45', '']) {
      expect(() => t(bad), bad).toThrow(/--since/);
    }
  });
});
