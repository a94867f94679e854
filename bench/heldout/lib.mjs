// Shared helpers for the held-out evaluation set: seeded PRNG, survival matching and
// tokenisation. Used by generate.mjs (self-checks) and score.mjs (scoring), so the generator
// guarantees exactly the property the scorer measures.
// Plain Node.js ESM, no dependencies.

// ---------------------------------------------------------------------------------------------
// PRNG: sfc32 seeded through splitmix32 (deterministic across platforms).
// ---------------------------------------------------------------------------------------------
export function makeRng(seed) {
  let s = (Number(seed) >>> 0) ^ 0x9e3779b9;
  const mix = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = mix(), b = mix(), c = mix(), d = mix();
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 16; i++) next();
  const rng = {
    next,
    /** integer in [lo, hi] inclusive */
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
    /** weighted pick: items = [[weight, value], ...] */
    weighted: (items) => {
      let total = 0;
      for (const [w] of items) total += w;
      let r = next() * total;
      for (const [w, v] of items) {
        if ((r -= w) < 0) return v;
      }
      return items[items.length - 1][1];
    },
    hex: (n, upper = false) => {
      let s = '';
      for (let i = 0; i < n; i++) s += '0123456789abcdef'[Math.floor(next() * 16)];
      return upper ? s.toUpperCase() : s;
    },
    str: (n, alphabet) => {
      let s = '';
      for (let i = 0; i < n; i++) s += alphabet[Math.floor(next() * alphabet.length)];
      return s;
    },
  };
  return rng;
}

/**
 * A pool whose members are drawn with a Zipf-like distribution: a few values are very frequent,
 * the rest form a long tail.
 */
export function zipfPool(rng, items, s = 1.1) {
  const weights = items.map((_, i) => 1 / Math.pow(i + 1, s));
  const total = weights.reduce((a, b) => a + b, 0);
  const cum = [];
  let acc = 0;
  for (const w of weights) cum.push((acc += w / total));
  return {
    items,
    draw() {
      const r = rng.next();
      let lo = 0, hi = cum.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cum[mid] < r) lo = mid + 1; else hi = mid;
      }
      return items[lo];
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Character classes and whole-token search
// ---------------------------------------------------------------------------------------------
const WORD_RE = /[\p{L}\p{N}_]/u;
export const isWordChar = (ch) => ch !== undefined && ch !== '' && WORD_RE.test(ch);
const V4_RE = /[\p{L}\p{N}_.]/u;
const V6_RE = /[\p{L}\p{N}_.:]/u;
const isV4Char = (ch) => ch !== undefined && ch !== '' && V4_RE.test(ch);
const isV6Char = (ch) => ch !== undefined && ch !== '' && V6_RE.test(ch);

/**
 * Index of the first occurrence of `needle` in `hay` that is a whole token: if the needle starts
 * (ends) with a character of class `cls`, the character before (after) it must not be of that
 * class. `enforceL` / `enforceR` = false switch a side off (used when, in the original line, the
 * value was itself glued to a neighbour of the same class, e.g. the secret in `mysql -pSECRET`).
 * Returns -1 when there is none.
 */
export function findWhole(hay, needle, caseInsensitive = false, opts = {}) {
  if (!needle) return -1;
  const cls = opts.cls ?? isWordChar;
  const H = caseInsensitive ? hay.toLowerCase() : hay;
  const N = caseInsensitive ? needle.toLowerCase() : needle;
  if (H.length !== hay.length || N.length !== needle.length) return findWhole(hay, needle, false, opts); // case-fold guard
  const firstCls = opts.enforceL !== false && cls(needle[0]);
  const lastCls = opts.enforceR !== false && cls(needle[needle.length - 1]);
  let from = 0;
  for (;;) {
    const i = H.indexOf(N, from);
    if (i < 0) return -1;
    const before = i > 0 ? hay[i - 1] : undefined;
    const after = hay[i + N.length];
    const okL = !(firstCls && cls(before));
    const okR = !(lastCls && cls(after));
    if (okL && okR) return i;
    from = i + 1;
  }
}

import { parseIPv6, ipv6Candidates } from './ipparse.mjs';
export { parseIPv4, parseIPv6, ipv6Candidates } from './ipparse.mjs';

// ---------------------------------------------------------------------------------------------
// Survival: does a planted sensitive value still appear in a (sanitised) line?
// ---------------------------------------------------------------------------------------------
const MAPPED_RE = /^::ffff:(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})$/i;

export function macHex(value) {
  return value.replace(/[^0-9A-Fa-f]/g, '').toLowerCase();
}

function macTailRegex(value) {
  const hex = macHex(value);
  const t = hex.slice(6, 12);
  const sep = '[:.\\-]?';
  return new RegExp(`${t.slice(0, 2)}${sep}${t.slice(2, 4)}${sep}${t.slice(4, 6)}(?![0-9a-f])`, 'i');
}
function macOuiRegex(value) {
  const o = macHex(value).slice(0, 6);
  const sep = '[:.\\-]?';
  return new RegExp(`(?<![0-9a-f])${o.slice(0, 2)}${sep}${o.slice(2, 4)}${sep}${o.slice(4, 6)}`, 'i');
}

/**
 * True when the sensitive part of `rec` survives in `line`. `orig` is the input line the record
 * was planted in (optional): a boundary is only required on a side where the planted value had
 * one in the input.
 *  ip:     the exact address as a whole token (case-insensitive; token class = letters, digits,
 *          '_', '.', and ':' for IPv6); IPv6 also when any IPv6 in the line denotes the same
 *          128-bit value; IPv4-mapped also when the embedded IPv4 survives.
 *  email:  `local@` with no local-part character before it.
 *  mac:    the last three bytes, any separator form (the OUI is meant to stay).
 *  user, secret: the exact value as a whole token (token class = letters, digits, '_').
 */
export function survives(rec, line, orig) {
  const v = rec.value;
  const ctx = (cls) => {
    if (orig === undefined || rec.start === undefined) return { cls };
    return { cls, enforceL: !cls(orig[rec.start - 1]), enforceR: !cls(orig[rec.end]) };
  };
  switch (rec.kind) {
    case 'ip': {
      const v6 = v.includes(':');
      if (findWhole(line, v, true, ctx(v6 ? isV6Char : isV4Char)) >= 0) return true;
      const m = MAPPED_RE.exec(v);
      if (m && findWhole(line, m[1], false, { cls: isV4Char }) >= 0) return true;
      if (v6) {
        const want = parseIPv6(v);
        if (want !== null && want !== 0n) for (const c of ipv6Candidates(line)) if (c === want) return true;
      }
      return false;
    }
    case 'email': {
      const at = v.lastIndexOf('@');
      const local = v.slice(0, at + 1);
      const L = line.toLowerCase();
      const N = local.toLowerCase();
      if (L.length !== line.length) return line.includes(local);
      const localChar = (ch) => !!ch && /[\p{L}\p{N}._%+'\-]/u.test(ch);
      // boundary only required when the address was not glued to a local-part character
      const enforce = !(orig !== undefined && rec.start !== undefined && localChar(orig[rec.start - 1]));
      let from = 0;
      for (;;) {
        const i = L.indexOf(N, from);
        if (i < 0) return false;
        if (!enforce || !localChar(line[i - 1])) return true;
        from = i + 1;
      }
    }
    case 'mac':
      return macTailRegex(v).test(line);
    default:
      return findWhole(line, v, false, ctx(isWordChar)) >= 0;
  }
}

/** Informational: is the non-sensitive part (MAC OUI, e-mail domain) still present? */
export function keptPart(rec, line) {
  if (rec.kind === 'mac') return macOuiRegex(rec.value).test(line);
  if (rec.kind === 'email') {
    const dom = rec.value.slice(rec.value.lastIndexOf('@') + 1);
    return findWhole(line, dom, true) >= 0;
  }
  return null;
}

/** Replace every planted span with filler so that unplanted repeats of a value can be detected. */
export function maskSpans(line, spans) {
  let out = '';
  let pos = 0;
  for (const sp of [...spans].sort((a, b) => a.start - b.start)) {
    out += line.slice(pos, sp.start) + '\u0001'.repeat(sp.end - sp.start);
    pos = sp.end;
  }
  return out + line.slice(pos);
}

// ---------------------------------------------------------------------------------------------
// Tokenisation for the "other tokens changed" metric.
// A token is a maximal run of letters, digits, '_', '.', '-' (so OIDs, versions like 121.0.0.0,
// interface names like ge-0, hostnames and message ids stay whole), with leading/trailing '.'
// and '-' trimmed. Everything else (whitespace, = : / \ , ; " ' ( ) [ ] < > { } | # @ % $ + etc.)
// separates tokens.
// ---------------------------------------------------------------------------------------------
const TOKEN_RE = /[\p{L}\p{N}_.\-]+/gu;
export function tokenize(line) {
  const out = [];
  let m;
  TOKEN_RE.lastIndex = 0;
  while ((m = TOKEN_RE.exec(line))) {
    let s = m.index;
    let e = s + m[0].length;
    while (s < e && (line[s] === '.' || line[s] === '-')) s++;
    while (e > s && (line[e - 1] === '.' || line[e - 1] === '-')) e--;
    if (e > s) out.push({ text: line.slice(s, e), start: s, end: e });
  }
  return out;
}

/**
 * Longest common subsequence between two token-text arrays; returns a boolean array telling
 * which entries of `a` are matched (in order) in `b`.
 */
export function lcsMatched(a, b) {
  const n = a.length, m = b.length;
  const matched = new Array(n).fill(false);
  if (!n || !m) return matched;
  // Trim common prefix / suffix to keep the DP small.
  let pre = 0;
  while (pre < n && pre < m && a[pre] === b[pre]) { matched[pre] = true; pre++; }
  let suf = 0;
  while (suf < n - pre && suf < m - pre && a[n - 1 - suf] === b[m - 1 - suf]) { matched[n - 1 - suf] = true; suf++; }
  const A = a.slice(pre, n - suf), B = b.slice(pre, m - suf);
  const N = A.length, M = B.length;
  if (!N || !M) return matched;
  const W = M + 1;
  const dp = new Uint16Array((N + 1) * W);
  for (let i = N - 1; i >= 0; i--) {
    for (let j = M - 1; j >= 0; j--) {
      dp[i * W + j] = A[i] === B[j] ? dp[(i + 1) * W + j + 1] + 1 : Math.max(dp[(i + 1) * W + j], dp[i * W + j + 1]);
    }
  }
  let i = 0, j = 0;
  while (i < N && j < M) {
    if (A[i] === B[j]) { matched[pre + i] = true; i++; j++; }
    else if (dp[(i + 1) * W + j] >= dp[i * W + j + 1]) i++;
    else j++;
  }
  return matched;
}

/** Split file text into lines (LF separated; a trailing CR is reported separately). */
export function splitLines(text) {
  const parts = text.split('\n');
  if (parts.length && parts[parts.length - 1] === '') parts.pop();
  return parts.map((l) => (l.endsWith('\r') ? { text: l.slice(0, -1), crlf: true } : { text: l, crlf: false }));
}
