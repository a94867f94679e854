// Set F core: own PRNG (PCG-XSH-RR 32 on two 32-bit halves, seeded through FNV-1a), span
// builder, clock and syslog headers. Plain Node.js 20 ESM, no dependencies.

// ---------------------------------------------------------------------------------------------
// PRNG: a 64-bit LCG state kept as BigInt, output permuted PCG-XSH-RR style. Slow-ish but
// 20 000 lines need only a few hundred thousand draws.
// ---------------------------------------------------------------------------------------------
const MASK64 = (1n << 64n) - 1n;
const MUL = 6364136223846793005n;
function fnv1a(str) {
  let h = 0x811c9dc5;
  for (let i = 0; i < str.length; i++) { h ^= str.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
  return h >>> 0;
}
export function makeRng(seed) {
  let state = (BigInt(fnv1a(`logveil-set-F:${seed}`)) << 32n) | BigInt(fnv1a(`F/${seed}/inc`));
  const inc = (BigInt(fnv1a(`stream:${seed}`)) << 1n) | 1n;
  const u32 = () => {
    const old = state;
    state = (old * MUL + inc) & MASK64;
    const xorshifted = Number((((old >> 18n) ^ old) >> 27n) & 0xffffffffn);
    const rot = Number(old >> 59n);
    return ((xorshifted >>> rot) | (xorshifted << ((32 - rot) & 31))) >>> 0;
  };
  for (let i = 0; i < 8; i++) u32();
  const next = () => (u32() * 2097152 + (u32() >>> 11)) / 9007199254740992;
  const r = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (a) => a[Math.floor(next() * a.length)],
    chance: (p) => next() < p,
    w: (items) => { // [[weight, value], ...]
      let t = 0; for (const [x] of items) t += x;
      let v = next() * t;
      for (const [x, val] of items) if ((v -= x) < 0) return val;
      return items[items.length - 1][1];
    },
    str: (n, alpha) => { let s = ''; for (let i = 0; i < n; i++) s += alpha[Math.floor(next() * alpha.length)]; return s; },
    hex: (n, up = false) => r.str(n, up ? '0123456789ABCDEF' : '0123456789abcdef'),
    shuffle: (a) => { const b = [...a]; for (let i = b.length - 1; i > 0; i--) { const j = Math.floor(next() * (i + 1)); [b[i], b[j]] = [b[j], b[i]]; } return b; },
  };
  return r;
}

export function zipf(rng, items, s = 1.05) {
  const cum = []; let acc = 0;
  const ws = items.map((_, i) => 1 / Math.pow(i + 1, s));
  const tot = ws.reduce((a, b) => a + b, 0);
  for (const w of ws) cum.push((acc += w / tot));
  return () => {
    const x = rng.next(); let lo = 0, hi = cum.length - 1;
    while (lo < hi) { const m = (lo + hi) >> 1; if (cum[m] < x) lo = m + 1; else hi = m; }
    return items[lo];
  };
}

// ---------------------------------------------------------------------------------------------
// Spans. A line is a list of parts: strings, numbers, spans, nested lists.
//   U user, S secret, I ip, M mac, E email; O(kind, v) optional; K(v) declared look-alike
//   (not in the truth, exempt from the lint only, scored as an ordinary token).
// ---------------------------------------------------------------------------------------------
const sp = (kind, value, extra) => ({ __span: true, kind, value: String(value), ...extra });
export const U = (v) => sp('user', v);
export const S = (v) => sp('secret', v);
export const I = (v) => sp('ip', v);
export const M = (v) => sp('mac', v);
export const E = (v) => sp('email', v);
export const O = (kind, v) => sp(kind, v, { optional: true });
export const K = (v) => sp('look', v, { look: true });

/** Tagged template: L`text ${part} text` -> parts list. */
export function L(strings, ...vals) {
  const out = [];
  strings.forEach((s, i) => { if (s) out.push(s); if (i < vals.length) out.push(vals[i]); });
  return out;
}
/** Join parts with a separator. */
export function join(list, sep) {
  const out = [];
  list.forEach((p, i) => { if (i) out.push(sep); out.push(p); });
  return out;
}
const jsonSafe = (v) => JSON.stringify(v) === `"${v}"`;
/** JSON object/array serialiser that keeps spans: values may be spans, strings, numbers, nested. */
export function J(x, pretty = false) {
  if (x && x.__span) {
    if (!jsonSafe(x.value)) throw new Error(`span value needs JSON escaping: ${x.value}`);
    return ['"', x, '"'];
  }
  if (x && x.__raw) return x.parts; // pre-built parts, emitted as is
  if (Array.isArray(x)) return ['[', ...join(x.map((v) => J(v)), pretty ? ', ' : ','), ']'];
  if (x && typeof x === 'object') {
    const ents = Object.entries(x).filter(([, v]) => v !== undefined);
    return ['{', ...join(ents.map(([k, v]) => [JSON.stringify(k), pretty ? ': ' : ':', J(v)]), pretty ? ', ' : ','), '}'];
  }
  return [JSON.stringify(x)];
}
/** raw parts inside J(): R(['"CORP\\\\', U(x), '"']) */
export const R = (...parts) => ({ __raw: true, parts });

const KEEP = new Set(['0.0.0.0', '127.0.0.1', '::', '::1', '255.255.255.255']);
const isMask = (v) => /^255\.(0|128|192|224|240|248|252|254|255)\.(0|128|192|224|240|248|252|254|255)\.(0|128|192|224|240|248|252|254|255)$/.test(v) || /^(0|128|192|224|240|248|252|254)\.0\.0\.0$/.test(v) && v !== '0.0.0.0';

export function render(parts) {
  let text = '';
  const sensitive = [], optional = [], looks = [];
  const walk = (p) => {
    if (p === null || p === undefined || p === false) return;
    if (Array.isArray(p)) { for (const q of p) walk(q); return; }
    if (typeof p === 'object' && p.__span) {
      const start = text.length;
      text += p.value;
      const rec = { kind: p.kind, value: p.value, start, end: text.length };
      if (p.look) looks.push(rec);
      else if (p.optional) optional.push(rec);
      else {
        if (p.kind === 'ip' && (KEEP.has(p.value) || isMask(p.value))) rec.keep_default = true;
        sensitive.push(rec);
      }
      return;
    }
    text += String(p);
  };
  walk(parts);
  return { text, sensitive, optional, looks };
}

// ---------------------------------------------------------------------------------------------
// Clock and headers
// ---------------------------------------------------------------------------------------------
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DOW = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const p2 = (n) => String(n).padStart(2, '0');
const p3 = (n) => String(n).padStart(3, '0');
export function makeClock(rng) {
  let t = Date.UTC(2024, 8, 16, 6, 0, 0) + rng.int(0, 86400) * 1000;
  const d = () => new Date(t);
  const c = {
    tick: () => { t += rng.int(0, 2600); },
    ms: () => t,
    bsd: () => { const x = d(); return `${MON[x.getUTCMonth()]} ${String(x.getUTCDate()).padStart(2, ' ')} ${p2(x.getUTCHours())}:${p2(x.getUTCMinutes())}:${p2(x.getUTCSeconds())}`; },
    iso: (frac = 3) => { const s = d().toISOString(); return frac === 3 ? s : frac === 0 ? s.replace(/\.\d+Z$/, 'Z') : s.slice(0, -1) + '000000'.slice(0, frac - 3) + 'Z'; },
    isoOff: () => { const x = new Date(t + 7200000); return `${x.toISOString().slice(0, 23)}+02:00`; },
    sql: (sep = ' ') => { const s = d().toISOString(); return `${s.slice(0, 10)}${sep}${s.slice(11, 19)}`; },
    sqlms: (sep = ',') => { const s = d().toISOString(); return `${s.slice(0, 10)} ${s.slice(11, 19)}${sep}${s.slice(20, 23)}`; },
    clf: () => { const x = d(); return `${p2(x.getUTCDate())}/${MON[x.getUTCMonth()]}/${x.getUTCFullYear()}:${p2(x.getUTCHours())}:${p2(x.getUTCMinutes())}:${p2(x.getUTCSeconds())} +0000`; },
    us: () => { const x = d(); return `${p2(x.getUTCMonth() + 1)}/${p2(x.getUTCDate())}/${x.getUTCFullYear()} ${p2(x.getUTCHours())}:${p2(x.getUTCMinutes())}:${p2(x.getUTCSeconds())}`; },
    ctime: () => { const x = d(); return `${DOW[x.getUTCDay()]} ${MON[x.getUTCMonth()]} ${p2(x.getUTCDate())} ${p2(x.getUTCHours())}:${p2(x.getUTCMinutes())}:${p2(x.getUTCSeconds())} ${x.getUTCFullYear()}`; },
    epoch: () => Math.floor(t / 1000),
    epochms: () => t,
    hms: () => { const x = d(); return `${p2(x.getUTCHours())}:${p2(x.getUTCMinutes())}:${p2(x.getUTCSeconds())}.${p3(x.getUTCMilliseconds())}`; },
  };
  return c;
}

/**
 * Syslog header. style: '3164' (with PRI), 'bsd' (no PRI, as written by rsyslog to a file),
 * '5424', or 'none'. host may be a string or an I() span (devices that log by IP).
 */
export function hdr(ctx, host, tag, style) {
  const { rng, clock } = ctx;
  const st = style ?? rng.w([[5, '3164'], [3, 'bsd'], [2, '5424']]);
  const pri = `<${rng.pick([13, 14, 30, 38, 86, 134, 133, 131, 174, 190, 165])}>`;
  if (st === 'none') return [];
  if (st === '5424') {
    const m = /^([^\[]+)(?:\[(\d+)\])?$/.exec(tag) || [null, tag, null];
    return [pri, '1 ', clock.iso(), ' ', host, ' ', m[1], ' ', m[2] ?? '-', ' - - '];
  }
  return [st === '3164' ? pri : '', clock.bsd(), ' ', host, ' ', tag, ': '];
}
