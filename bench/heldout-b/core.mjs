// Line construction for held-out set B: a line is a Frag (list of literal strings and Spans).
// render() turns it into text plus the truth records with exact offsets.
export class Span {
  constructor(kind, value, flags = {}) {
    if (value === undefined || value === null || value === '') throw new Error(`empty ${kind} span`);
    this.kind = kind;
    this.value = String(value);
    this.flags = flags;
  }
}
export class Frag {
  constructor(parts) { this.parts = parts; }
}
class Raw {
  constructor(frag) { this.frag = frag; }
}

function flat(v, out) {
  if (v === null || v === undefined || v === false) return;
  if (v instanceof Frag) { for (const p of v.parts) out.push(p); return; }
  if (v instanceof Span) { out.push(v); return; }
  if (v instanceof Raw) { flat(v.frag, out); return; }
  if (Array.isArray(v)) { for (const x of v) flat(x, out); return; }
  out.push(String(v));
}

/** Tagged template: L`text ${span} ${frag} ${'literal'}` */
export function L(strings, ...vals) {
  const out = [];
  for (let i = 0; i < strings.length; i++) {
    if (strings[i]) out.push(strings[i]);
    if (i < vals.length) flat(vals[i], out);
  }
  return new Frag(out);
}
export const cat = (...xs) => { const out = []; flat(xs, out); return new Frag(out); };
export function join(items, sep) {
  const out = [];
  items.forEach((x, i) => { if (i) out.push(sep); flat(x, out); });
  return new Frag(out);
}

// ---- special addresses kept by the default policy ----
function v4num(s) {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (!m) return null;
  const o = m.slice(1).map(Number);
  if (o.some((x) => x > 255)) return null;
  return ((o[0] << 24) >>> 0) + (o[1] << 16) + (o[2] << 8) + o[3];
}
function contiguousOnesThenZeros(n) { // 1..10..0
  const inv = (~n) >>> 0;
  return ((inv + 1) & inv) === 0;
}
export function isKeepDefault(v) {
  if (v.includes(':')) {
    const s = v.toLowerCase();
    return s === '::' || s === '::1' || /^0{1,4}(:0{1,4}){6}:0{0,3}1$/.test(s) || /^0{1,4}(:0{1,4}){7}$/.test(s);
  }
  const n = v4num(v);
  if (n === null) return false;
  if (n === 0 || n === 0xffffffff) return true;
  if (n >>> 24 === 127) return true;
  if (n >>> 24 === 255 && contiguousOnesThenZeros(n)) return true; // netmask /8../32
  if (n >>> 24 === 0 && contiguousOnesThenZeros((~n) >>> 0)) return true; // wildcard mask
  return false;
}

// ---- span constructors ----
export const ip = (v) => new Span('ip', v, isKeepDefault(String(v)) ? { kd: true } : {});
export const usr = (v) => new Span('user', v);
export const mac = (v) => new Span('mac', v);
export const em = (v) => new Span('email', v);
export const sec = (v) => new Span('secret', v);
export const opt = (kind, v) => new Span(kind, v, { opt: true });
/** look-alike: must stay unchanged; not recorded in the truth (scored as other tokens), masked for the lint */
export const look = (v) => new Span('look', v, { look: true });
/** DOMAIN\user with only user planted */
export const dom = (d, u, sep = '\\') => L`${d}${sep}${usr(u)}`;

// ---- JSON ----
/** Serialise a JS value to JSON text as a Frag; Span values become JSON strings; Frag values become
 *  JSON strings built from their parts (literal parts escaped). Use J.raw(frag) for unquoted text. */
export function J(v, style = {}) {
  const out = [];
  const colon = style.py ? ': ' : ':';
  const comma = style.py ? ', ' : ',';
  const spanCheck = (s) => {
    if (JSON.stringify(s.value) !== `"${s.value}"`) throw new Error(`span value needs JSON escaping: ${s.value}`);
  };
  const rec = (x) => {
    if (x instanceof Span) { spanCheck(x); out.push('"', x, '"'); return; }
    if (x instanceof Raw) { flat(x.frag, out); return; }
    if (x instanceof Frag) {
      out.push('"');
      for (const p of x.parts) {
        if (typeof p === 'string') out.push(JSON.stringify(p).slice(1, -1));
        else { spanCheck(p); out.push(p); }
      }
      out.push('"');
      return;
    }
    if (x === null) { out.push('null'); return; }
    if (Array.isArray(x)) {
      out.push('[');
      x.forEach((y, i) => { if (i) out.push(comma); rec(y); });
      out.push(']');
      return;
    }
    if (typeof x === 'object') {
      out.push('{');
      let i = 0;
      for (const [k, y] of Object.entries(x)) {
        if (y === undefined) continue;
        if (i++) out.push(comma);
        out.push(JSON.stringify(k) + colon);
        rec(y);
      }
      out.push('}');
      return;
    }
    out.push(typeof x === 'string' ? JSON.stringify(x) : String(x));
  };
  rec(v);
  return new Frag(out);
}
J.raw = (frag) => new Raw(frag);

/** Render a Frag to {text, sensitive, optional, looks}. */
export function render(frag) {
  const parts = [];
  flat(frag, parts);
  let text = '';
  const sensitive = [], optional = [], looks = [];
  for (const p of parts) {
    if (typeof p === 'string') { text += p; continue; }
    const start = text.length;
    text += p.value;
    const rec = { kind: p.kind, value: p.value, start, end: text.length };
    if (p.flags.look) looks.push(rec);
    else if (p.flags.opt) optional.push(rec);
    else {
      if (p.flags.kd) rec.keep_default = true;
      sensitive.push(rec);
    }
  }
  return { text, sensitive, optional, looks };
}
