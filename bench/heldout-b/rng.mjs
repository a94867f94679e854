// Seeded PRNG for held-out set B: xoshiro128** seeded through cyrb128 of a tagged seed string.
// Independent of bench/heldout's PRNG on purpose (different stream for the same seed).
function cyrb128(str) {
  let h1 = 1779033703, h2 = 3144134277, h3 = 1013904242, h4 = 2773480762;
  for (let i = 0; i < str.length; i++) {
    const k = str.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

export function createRng(seed, stream = 'main') {
  let [a, b, c, d] = cyrb128(`logveil-heldout-b/${stream}/${seed}`);
  if (!(a | b | c | d)) a = 1;
  const u32 = () => {
    const t = b << 9;
    let r = Math.imul(b, 5);
    r = Math.imul((r << 7) | (r >>> 25), 9);
    c ^= a; d ^= b; b ^= c; a ^= d; c ^= t;
    d = (d << 11) | (d >>> 21);
    return r >>> 0;
  };
  for (let i = 0; i < 20; i++) u32();
  const next = () => u32() / 4294967296;
  const r = {
    next,
    u32,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
    /** [[weight, value], ...] */
    wpick: (items) => {
      let total = 0;
      for (const it of items) total += it[0];
      let x = next() * total;
      for (const it of items) if ((x -= it[0]) < 0) return it[1];
      return items[items.length - 1][1];
    },
    str: (n, alphabet) => {
      let s = '';
      for (let i = 0; i < n; i++) s += alphabet[Math.floor(next() * alphabet.length)];
      return s;
    },
    hex: (n) => r.str(n, '0123456789abcdef'),
    HEX: (n) => r.str(n, '0123456789ABCDEF'),
    digits: (n) => r.str(1, '123456789') + r.str(n - 1, '0123456789'),
    bytes: (n) => { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = u32() & 255; return b; },
    shuffle: (arr) => { const a2 = arr.slice(); for (let i = a2.length - 1; i > 0; i--) { const j = Math.floor(next() * (i + 1)); [a2[i], a2[j]] = [a2[j], a2[i]]; } return a2; },
  };
  return r;
}

/** Zipf-like pool: a few members are frequent, the rest a long tail. */
export function zipf(r, items, s = 1.05) {
  if (!items.length) throw new Error('empty pool');
  const cum = [];
  let acc = 0;
  for (let i = 0; i < items.length; i++) cum.push((acc += 1 / Math.pow(i + 1, s)));
  return {
    items,
    draw() {
      const x = r.next() * acc;
      let lo = 0, hi = cum.length - 1;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (cum[mid] < x) lo = mid + 1; else hi = mid; }
      return items[lo];
    },
  };
}
