import { describe, expect, it } from 'vitest';
import { parseRetryAfter, RETRY_DEADLINE_MS, RETRY_MAX_ATTEMPTS, retryDelay } from '../../agent/store/index.js';

const base = { baseMs: 200, maxMs: 60_000 };

describe('retryDelay (exponential backoff, full jitter)', () => {
  it('draws uniformly below a ceiling that doubles from the base each attempt', () => {
    const top = () => 0.999999;
    expect([0, 1, 2, 3, 4].map((a) => retryDelay(a, { ...base, random: top }))).toEqual([199, 399, 799, 1599, 3199]);
    expect([0, 1, 2, 3, 4].map((a) => retryDelay(a, { ...base, random: () => 0.5 }))).toEqual([100, 200, 400, 800, 1600]);
    expect(retryDelay(3, { ...base, random: () => 0 })).toBe(0);
  });

  it('never exceeds the maximum, however many attempts', () => {
    for (const attempt of [9, 10, 20, 60, 1000, Number.MAX_SAFE_INTEGER]) {
      expect(retryDelay(attempt, { ...base, random: () => 0.999999 })).toBeLessThan(60_000);
    }
    expect(retryDelay(-3, { ...base, random: () => 0.5 })).toBe(100);
  });

  it("waits at least the server's Retry-After, even past the maximum", () => {
    expect(retryDelay(0, { ...base, random: () => 0.5, retryAfterMs: 5_000 })).toBe(5_000);
    expect(retryDelay(0, { ...base, random: () => 0.5, retryAfterMs: 120_000 })).toBe(120_000);
    expect(retryDelay(8, { ...base, random: () => 0.999, retryAfterMs: 10 })).toBeGreaterThan(10);
  });

  it('spreads retries of many clients across the whole window (full jitter)', () => {
    let seed = 42;
    const lcg = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const draws = Array.from({ length: 10_000 }, () => retryDelay(3, { ...base, random: lcg }));
    const quarters = [0, 0, 0, 0];
    for (const d of draws) quarters[Math.floor(d / 400)]!++;
    for (const q of quarters) expect(q).toBeGreaterThan(2_200);
  });

  it('has bounded attempts and a deadline per round', () => {
    expect(RETRY_MAX_ATTEMPTS).toBe(5);
    expect(RETRY_DEADLINE_MS).toBe(120_000);
  });
});

describe('parseRetryAfter (RFC 9110 §10.2.3)', () => {
  const now = Date.UTC(2025, 2, 1, 12, 0, 0);
  it('reads delay-seconds and HTTP-dates', () => {
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('Sat, 01 Mar 2025 12:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Sat, 01 Mar 2025 11:00:00 GMT', now)).toBe(0);
  });
  it('ignores what it cannot read', () => {
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
  });
});
