// Set C core: PRNG, span builder, encoders (JSON / key=value / CEF), clock and syslog headers.
// Plain Node.js 20 ESM, no dependencies.
import { parseIPv6 } from '../heldout/ipparse.mjs';

// ---------------------------------------------------------------------------------------------
// PRNG: Bob Jenkins' small fast generator (JSF32, 3-rotate variant), seeded from an FNV-1a hash
// of "heldout-c/<seed>". Sets A and B use sfc32/splitmix32 and xoshiro128**/cyrb128.
// ---------------------------------------------------------------------------------------------
function fnv1a(str, basis) {
  let h = basis >>> 0;
  for (let i = 0; i < str.length; i++) { h ^= str.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
  return h >>> 0;
}
const rot = (x, k) => ((x << k) | (x >>> (32 - k))) >>> 0;

export function makeRng(seed) {
  const s = `heldout-c/${seed}`;
  let a = 0xf1ea5eed, b = fnv1a(s, 0x811c9dc5), c = fnv1a(s, 0x2545f491), d = fnv1a(s, 0x9e3779b9);
  const u32 = () => {
    const e = (a - rot(b, 23)) >>> 0;
    a = (b ^ rot(c, 16)) >>> 0;
    b = (c + rot(d, 11)) >>> 0;
    c = (d + e) >>> 0;
    d = (e + a) >>> 0;
    return d;
  };
  for (let i = 0; i < 40; i++) u32();
  const f = () => u32() / 4294967296;
  const R = {
    u32, f,
    int: (lo, hi) => lo + Math.floor(f() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(f() * arr.length)],
    p: (prob) => f() < prob,
    /** weighted choice over [[w, v], ...]; a chosen function is called */
    w: (pairs) => {
      let t = 0;
      for (const [x] of pairs) t += x;
      let r = f() * t;
      let v = pairs[pairs.length - 1][1];
      for (const [x, y] of pairs) if ((r -= x) < 0) { v = y; break; }
      return typeof v === 'function' ? v() : v; // a function choice is called
    },
    chars: (n, alpha) => { let o = ''; for (let i = 0; i < n; i++) o += alpha[Math.floor(f() * alpha.length)]; return o; },
    hex: (n, up = false) => R.chars(n, up ? '0123456789ABCDEF' : '0123456789abcdef'),
    digits: (n) => R.chars(n, '0123456789'),
    sample: (arr, n) => { const c = arr.slice(); const o = []; while (o.length < n && c.length) o.push(c.splice(Math.floor(f() * c.length), 1)[0]); return o; },
  };
  return R;
}

/** Zipf-ish pool: rank r has weight 1/(r+k)^s. */
export function zipf(R, items, s = 1.05, k = 1.5) {
  const cum = [];
  let acc = 0;
  for (let i = 0; i < items.length; i++) cum.push((acc += 1 / Math.pow(i + k, s)));
  return () => {
    const x = R.f() * acc;
    let lo = 0, hi = cum.length - 1;
    while (lo < hi) { const m = (lo + hi) >> 1; if (cum[m] < x) lo = m + 1; else hi = m; }
    return items[lo];
  };
}

// ---------------------------------------------------------------------------------------------
// Spans and fragments. A fragment is { t: text, sp: [{kind,value,start,end,opt?,keep?,look?}] }.
// ---------------------------------------------------------------------------------------------
const SPAN = Symbol('span');
const isFrag = (x) => x && typeof x === 'object' && typeof x.t === 'string' && Array.isArray(x.sp);
const span = (kind, value, extra = {}) => ({ [SPAN]: true, kind, value: String(value), ...extra });

function v4Mask(v) {
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(v);
  if (!m) return false;
  const n = ((+m[1] << 24) | (+m[2] << 16) | (+m[3] << 8) | +m[4]) >>> 0;
  const contiguous = (x) => { const inv = (~x) >>> 0; return ((inv + 1) & inv) === 0; };
  const wild = (x) => ((x + 1) & x) === 0;
  return contiguous(n) || wild(n);
}
export function keepDefault(v) {
  if (v.includes(':')) { const n = parseIPv6(v); return n === 0n || n === 1n; }
  return v === '0.0.0.0' || v === '255.255.255.255' || /^127\./.test(v) || v4Mask(v);
}

export const ip = (v) => span('ip', v, keepDefault(v) ? { keep: true } : {});
export const usr = (v) => span('user', v);
export const mac = (v) => span('mac', v);
export const em = (v) => span('email', v);
export const sec = (v) => span('secret', v);
/** optional span: neither required to change nor counted when it changes */
export const opt = (kind, v) => span(kind, v, { opt: true });
/** look-alike: must stay; not written to the truth, only masked for the generator's lint */
export const look = (v) => span('look', v, { look: true });

function append(out, v) {
  if (v === undefined || v === null || v === false) return;
  if (Array.isArray(v)) { for (const x of v) append(out, x); return; }
  if (isFrag(v)) {
    const base = out.t.length;
    out.t += v.t;
    for (const s of v.sp) out.sp.push({ ...s, start: s.start + base, end: s.end + base });
    return;
  }
  if (typeof v === 'object' && v[SPAN]) {
    const start = out.t.length;
    out.t += v.value;
    out.sp.push({ kind: v.kind, value: v.value, start, end: out.t.length, opt: v.opt, keep: v.keep, look: v.look });
    return;
  }
  out.t += String(v);
}

/** Tagged template: L`text ${ip(x)} more ${frag}` -> fragment */
export function L(strs, ...vals) {
  const out = { t: '', sp: [] };
  strs.forEach((s, i) => { out.t += s; if (i < vals.length) append(out, vals[i]); });
  return out;
}
/** Fragment from any value (string, span, fragment or array of them). */
export const F = (...parts) => { const o = { t: '', sp: [] }; append(o, parts); return o; };
export function join(items, sep) {
  const o = { t: '', sp: [] };
  items.forEach((x, i) => { if (i) append(o, sep); append(o, x); });
  return o;
}

/**
 * Re-encode a fragment: `enc` is applied to every literal piece and every span value. A span
 * whose value would change under `enc` makes the encoding impossible (returns null), because the
 * labelled value must appear verbatim.
 */
export function encode(frag, enc) {
  frag = F(frag);
  const o = { t: '', sp: [] };
  let pos = 0;
  const spans = [...frag.sp].sort((x, y) => x.start - y.start);
  for (const s of spans) {
    if (s.start < pos) return null; // nested spans are not produced by the builder
    o.t += enc(frag.t.slice(pos, s.start));
    const e = enc(s.value);
    if (e !== s.value) return null;
    const st = o.t.length;
    o.t += e;
    o.sp.push({ ...s, start: st, end: o.t.length });
    pos = s.end;
  }
  o.t += enc(frag.t.slice(pos));
  return o;
}
export const jsonStr = (s) => JSON.stringify(s).slice(1, -1);

/**
 * JSON serialiser that accepts spans/fragments as string values: J({a: usr('x'), b: 3}).
 * Returns a fragment, or throws when a span value needs escaping.
 */
export function J(v, opts = {}) {
  const sp = opts.space ? ' ' : '';
  const enc = (x) => {
    if (x === null) return 'null';
    if (typeof x === 'number' || typeof x === 'boolean') return String(x);
    if (typeof x === 'string') return JSON.stringify(x);
    if (isFrag(x) || x[SPAN]) {
      const e = encode(x, jsonStr);
      if (!e) throw new Error('span value needs JSON escaping');
      return L`"${e}"`;
    }
    if (x && x.raw !== undefined) return x.raw; // pre-encoded JSON
    if (Array.isArray(x)) return L`[${join(x.map(enc), ',' + sp)}]`;
    const keys = Object.keys(x).filter((k) => x[k] !== undefined);
    return L`{${join(keys.map((k) => L`${JSON.stringify(k)}:${sp}${enc(x[k])}`), ',' + sp)}}`;
  };
  return F(enc(v));
}
/** a raw JSON piece (number-like string etc.) */
export const RAW = (raw) => ({ raw });

/** key=value pairs; quote: 'auto' quotes values with spaces, true always, false never */
export function KV(pairs, { sep = ' ', eq = '=', quote = 'auto', q = '"' } = {}) {
  const parts = [];
  for (const [k, v] of pairs) {
    if (v === undefined) continue;
    const txt = F(v).t;
    const needs = quote === true || (quote === 'auto' && (/[\s,;]/.test(txt) || txt === ''));
    parts.push(needs ? L`${k}${eq}${q}${v}${q}` : L`${k}${eq}${v}`);
  }
  return join(parts, sep);
}

/** CEF extension escaping: backslash and '=' */
export const cefExt = (s) => s.replace(/\\/g, '\\\\').replace(/=/g, '\\=');
export const cefHdr = (s) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|');

// ---------------------------------------------------------------------------------------------
// Clock and timestamp formats
// ---------------------------------------------------------------------------------------------
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const p2 = (n) => String(n).padStart(2, '0');
const p3 = (n) => String(n).padStart(3, '0');

export function makeClock(R) {
  let ms = Date.UTC(2025, R.int(0, 10), R.int(1, 27), R.int(0, 23), R.int(0, 59), R.int(0, 59)) + R.int(0, 999);
  const c = {
    tick() { ms += R.int(0, 2500) + (R.p(0.02) ? R.int(5000, 900000) : 0); return c; },
    get d() { return new Date(ms); },
    get ms() { return ms; },
    bsd(pad = true) { const d = c.d; return `${MON[d.getUTCMonth()]} ${pad ? String(d.getUTCDate()).padStart(2, ' ') : d.getUTCDate()} ${c.hms()}`; },
    bsdYear() { const d = c.d; return `${MON[d.getUTCMonth()]} ${p2(d.getUTCDate())} ${d.getUTCFullYear()} ${c.hms()}`; },
    hms() { const d = c.d; return `${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`; },
    ymd(sep = '-') { const d = c.d; return `${d.getUTCFullYear()}${sep}${p2(d.getUTCMonth() + 1)}${sep}${p2(d.getUTCDate())}`; },
    iso(frac = 3, z = 'Z') {
      const d = c.d;
      const f = frac ? '.' + (p3(d.getUTCMilliseconds()) + '000').slice(0, frac) : '';
      return `${c.ymd()}T${c.hms()}${f}${z}`;
    },
    ms3() { return p3(c.d.getUTCMilliseconds()); },
    us6() { return p3(c.d.getUTCMilliseconds()) + String((ms * 7) % 1000).padStart(3, '0'); },
    epoch() { return Math.floor(ms / 1000); },
    apacheErr() { const d = c.d; return `${DAY[d.getUTCDay()]} ${MON[d.getUTCMonth()]} ${p2(d.getUTCDate())} ${c.hms()}.${c.us6()} ${d.getUTCFullYear()}`; },
    clf() { const d = c.d; return `${p2(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${c.hms()} +0000`; },
    snare() { const d = c.d; return `${DAY[d.getUTCDay()]} ${MON[d.getUTCMonth()]} ${p2(d.getUTCDate())} ${c.hms()} ${d.getUTCFullYear()}`; },
    us() { const d = c.d; const h = d.getUTCHours(); return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${((h + 11) % 12) + 1}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`; },
    klog() { const d = c.d; return `${p2(d.getUTCMonth() + 1)}${p2(d.getUTCDate())} ${c.hms()}.${c.us6()}`; },
    mon: () => MON[c.d.getUTCMonth()],
  };
  return c;
}

// ---------------------------------------------------------------------------------------------
// Syslog headers. hdr(ctx, host, tag, opts) -> fragment that ends with ': ' (or ' ').
// ---------------------------------------------------------------------------------------------
export function pri(R, fac = null, sev = null) {
  const f = fac ?? R.pick([1, 3, 4, 10, 16, 17, 20, 21, 22, 23]);
  const s = sev ?? R.w([[1, 2], [2, 3], [3, 4], [4, 5], [5, 6], [1, 7]]);
  return `<${f * 8 + s}>`;
}
export function hdr(ctx, host, tag, o = {}) {
  const { R, clock } = ctx;
  const pid = o.pid === false ? '' : o.pid !== undefined ? `[${o.pid}]` : R.p(0.7) ? `[${R.int(200, 65000)}]` : '';
  const tg = tag ? `${tag}${pid}: ` : '';
  const style = o.style ?? R.w([[5, '3164'], [3, '3164pri'], [2, '5424'], [1, 'iso'], [1, 'bare']]);
  switch (style) {
    case '3164': return `${clock.bsd()} ${host} ${tg}`;
    case '3164pri': return `${pri(R, o.fac, o.sev)}${clock.bsd()} ${host} ${tg}`;
    case 'iso': return `${clock.iso(6, '+00:00')} ${host} ${tg}`;
    case 'bare': return tg;
    default: {
      const sd = o.sd ?? '-';
      return `${pri(R, o.fac, o.sev)}1 ${clock.iso(3)} ${host} ${tag || '-'} ${o.pid ?? (R.p(0.5) ? R.int(200, 65000) : '-')} ${o.msgid ?? '-'} ${sd} `;
    }
  }
}

/** Wrap a whole line as a shipper JSON record (message string escaped). null when impossible. */
export function shipJSON(ctx, host, frag, app) {
  const { R, clock } = ctx;
  const e = encode(frag, jsonStr);
  if (!e) return null;
  const msg = L`"${e}"`;
  const style = R.int(0, 2);
  if (style === 0) return L`{"@timestamp":"${clock.iso(3)}","host":{"name":"${host}"},"log":{"syslog":{"appname":"${app}"}},"message":${msg}}`;
  if (style === 1) return L`{"time":"${clock.iso(6, '+00:00')}","hostname":"${host}","program":"${app}","severity":"info","msg":${msg}}`;
  return L`{"version":"1.1","host":"${host}","short_message":${msg},"timestamp":${clock.epoch()}.${clock.ms3()},"level":6,"_app":"${app}"}`;
}
