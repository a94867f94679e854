#!/usr/bin/env node
// Held-out set C generator for `logveil sanitize`.
//   node bench/heldout-c/generate.mjs --seed 202 --lines 20000 --out /tmp/hoc
// Writes DIR/input.log, DIR/truth.jsonl, DIR/stats.json in the format bench/heldout/score.mjs reads.
// Options: --crlf P (share of blocks with CRLF endings, default 0.03), --wrap P (share of single
// lines re-wrapped as shipper JSON, default 0.03), --list (templates and weights).
// HOC_DEBUG=1 prints every rejected instance.
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { survives, maskSpans, splitLines, ipv6Candidates } from '../heldout/lib.mjs';
import { makeRng, makeClock, F, shipJSON } from './kit.mjs';
import { makeWorld, SHARED } from './world.mjs';
import { TEMPLATES } from './templates/index.mjs';

function parseArgs(argv) {
  const a = { seed: 202, lines: 20000, out: null, crlf: 0.03, wrap: 0.03, list: false };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i], v = () => argv[++i];
    if (k === '--seed') a.seed = v();
    else if (k === '--lines') a.lines = Number(v());
    else if (k === '--out') a.out = v();
    else if (k === '--crlf') a.crlf = Number(v());
    else if (k === '--wrap') a.wrap = Number(v());
    else if (k === '--list') a.list = true;
    else throw new Error(`unknown argument ${k}`);
  }
  return a;
}

// ---------------------------------------------------------------------------------------------
// Lint: after masking every span, nothing that looks like an IP, MAC or e-mail may remain.
// ---------------------------------------------------------------------------------------------
const LINTS = [
  ['ipv4', /(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?!\d|\.\d)/u, (m) => m.split('.').every((o) => +o <= 255)],
  ['mac-colon', /(?<![0-9A-Fa-f:-])[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}(?![0-9A-Fa-f:-])/u],
  ['mac-cisco', /(?<![0-9A-Fa-f.])[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}(?![0-9A-Fa-f.])/u],
  ['mac-huawei', /(?<![0-9A-Fa-f-])[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}(?![0-9A-Fa-f-])/u],
  ['mac-hp', /(?<![0-9A-Fa-f-])[0-9A-Fa-f]{6}-[0-9A-Fa-f]{6}(?![0-9A-Fa-f-])/u],
  ['mac-bare', /(?<![0-9A-Za-z_-])[0-9A-Fa-f]{12}(?![0-9A-Za-z_])/u, (m) => /\d/.test(m) && /[a-f]/i.test(m)],
  ['email', /[\p{L}\p{N}._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/u],
];
function lint(text) {
  for (const [name, re, ok] of LINTS) {
    const g = new RegExp(re.source, 'gu');
    let m;
    while ((m = g.exec(text))) if (!ok || ok(m[0])) return `${name}:${m[0]}`;
  }
  for (const v of ipv6Candidates(text)) if (v !== 0n) return 'ipv6';
  return null;
}

/** Validate one rendered line; returns null when fine or a rejection reason. Throws on bugs. */
function check(frag) {
  const t = frag.t;
  if (/[\r\n]/.test(t)) throw new Error(`CR/LF inside a line: ${JSON.stringify(t)}`);
  const sp = [...frag.sp].sort((a, b) => a.start - b.start);
  for (let i = 0; i < sp.length; i++) {
    const s = sp[i];
    if (t.slice(s.start, s.end) !== s.value) throw new Error(`span mismatch ${JSON.stringify(s)} in ${t}`);
    if (!s.value) throw new Error(`empty span in ${t}`);
    if (i && sp[i - 1].end > s.start) throw new Error(`overlapping spans ${JSON.stringify(sp[i - 1])} ${JSON.stringify(s)} in ${t}`);
    if (!s.look && !['ip', 'mac', 'email', 'user', 'secret'].includes(s.kind)) throw new Error(`bad kind ${s.kind}`);
  }
  const sens = sp.filter((s) => !s.look && !s.opt);
  for (const s of sens) {
    if (s.kind === 'user' && SHARED.includes(s.value.toLowerCase())) throw new Error(`shared account planted: ${s.value}`);
    if (!survives(s, t, t)) throw new Error(`planted value not found by the scorer in the unchanged line: ${JSON.stringify(s)} in ${t}`);
  }
  const masked = maskSpans(t, sp.filter((s) => !s.look));
  for (const s of sens) if (survives(s, masked)) return `repeat:${s.kind}:${s.value}`;
  const l = lint(maskSpans(t, sp));
  return l ? `lint:${l}` : null;
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.list) {
    const tot = TEMPLATES.reduce((a, t) => a + t.w, 0);
    for (const t of TEMPLATES) console.log(`${t.id.padEnd(28)} ${t.w.toString().padStart(4)}  ${(100 * t.w / tot).toFixed(2)}%`);
    console.log(`${TEMPLATES.length} templates`);
    return;
  }
  if (!args.out) { console.error('usage: generate.mjs --seed N --lines N --out DIR [--crlf P] [--wrap P] [--list]'); process.exit(2); }
  const R = makeRng(args.seed);
  const W = makeWorld(R);
  const clock = makeClock(R);
  const ctx = { R, W, S: W.S, X: W.X, clock };
  const ids = new Set();
  for (const t of TEMPLATES) { if (ids.has(t.id)) throw new Error(`duplicate template ${t.id}`); ids.add(t.id); }
  const pairs = TEMPLATES.map((t) => [t.w, t]);
  const debug = !!process.env.HOC_DEBUG;

  const input = [], truth = [];
  const stats = { seed: String(args.seed), lines: 0, planted: {}, keep_default: 0, optional: {}, per_template: {}, crlf_lines: 0, wrapped_json: 0, rejected: {}, blocks: 0 };
  const bump = (o, k, n = 1) => { o[k] = (o[k] ?? 0) + n; };
  while (input.length < args.lines) {
    const tpl = R.w(pairs);
    clock.tick();
    let lines = null;
    for (let attempt = 0; attempt < 40 && !lines; attempt++) {
      let out;
      try { out = tpl.gen(ctx); } catch (e) { if (/needs JSON escaping/.test(e.message)) { bump(stats.rejected, `${tpl.id}:escape`); continue; } throw e; }
      out = (Array.isArray(out) ? out : [out]).map((x) => F(x));
      if (out.length === 1 && !tpl.nowrap && out[0].t[0] !== '{' && R.p(args.wrap)) {
        const w = shipJSON(ctx, W.host(), out[0], tpl.id.split('_')[0]);
        if (w) { out = [w]; stats.wrapped_json++; }
      }
      let bad = null;
      for (const f of out) if ((bad = check(f))) break;
      if (bad) {
        bump(stats.rejected, tpl.id);
        if (debug) console.error(`reject ${tpl.id}: ${bad}\n  ${out.map((f) => f.t).join('\n  ')}`);
        continue;
      }
      lines = out;
    }
    if (!lines) throw new Error(`template ${tpl.id} failed 40 times in a row`);
    stats.blocks++;
    const crlf = R.p(tpl.crlf ?? args.crlf);
    for (const f of lines) {
      if (input.length >= args.lines) break;
      const rec = { line: input.length + 1, template: tpl.id, sensitive: [], optional: [] };
      for (const s of [...f.sp].sort((a, b) => a.start - b.start)) {
        if (s.look) continue;
        const r = { kind: s.kind, value: s.value, start: s.start, end: s.end };
        if (s.opt) { rec.optional.push(r); bump(stats.optional, s.kind); continue; }
        if (s.kind === 'ip' && s.keep) { r.keep_default = true; stats.keep_default++; }
        rec.sensitive.push(r);
        bump(stats.planted, s.kind);
        const pt = (stats.per_template[tpl.id] ??= { lines: 0 });
        bump(pt, s.kind);
      }
      (stats.per_template[tpl.id] ??= { lines: 0 }).lines++;
      input.push(f.t + (crlf ? '\r\n' : '\n'));
      if (crlf) stats.crlf_lines++;
      truth.push(JSON.stringify(rec));
    }
  }
  stats.lines = input.length;
  mkdirSync(args.out, { recursive: true });
  writeFileSync(join(args.out, 'input.log'), input.join(''));
  writeFileSync(join(args.out, 'truth.jsonl'), truth.join('\n') + '\n');
  writeFileSync(join(args.out, 'stats.json'), JSON.stringify(stats, null, 2) + '\n');

  // final self-check through the scorer's own reader
  const back = splitLines(readFileSync(join(args.out, 'input.log'), 'utf8'));
  const tr = readFileSync(join(args.out, 'truth.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  if (back.length !== tr.length || back.length !== args.lines) throw new Error(`line count mismatch ${back.length} ${tr.length}`);
  back.forEach((l, i) => {
    for (const s of [...tr[i].sensitive, ...tr[i].optional]) {
      if (l.text.slice(s.start, s.end) !== s.value) throw new Error(`re-read span mismatch at line ${i + 1}`);
    }
    for (const s of tr[i].sensitive) if (!survives(s, l.text, l.text)) throw new Error(`re-read survival failed at line ${i + 1}`);
  });
  const rej = Object.values(stats.rejected).reduce((a, b) => a + b, 0);
  console.error(`wrote ${stats.lines} lines (${stats.blocks} blocks) to ${args.out}: ${JSON.stringify(stats.planted)} keep_default ${stats.keep_default}, optional ${JSON.stringify(stats.optional)}, CRLF ${stats.crlf_lines}, rejected ${rej}`);
}

main();
