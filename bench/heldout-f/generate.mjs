#!/usr/bin/env node
// Held-out set F generator.
//   node bench/heldout-f/generate.mjs --seed 505 --lines 20000 --out /tmp/hof
// Writes DIR/input.log, DIR/truth.jsonl, DIR/stats.json in the format bench/heldout/score.mjs reads.
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeRng, makeClock, hdr, render } from './core.mjs';
import { makeWorld, secrets, looks, SHARED } from './world.mjs';
import { survives, maskSpans, parseIPv4, parseIPv6, ipv6Candidates, splitLines } from '../heldout/lib.mjs';
import net from './tpl-net.mjs';
import app from './tpl-app.mjs';
import infra from './tpl-infra.mjs';

function args(argv) {
  const a = { seed: 505, lines: 20000, out: null, crlf: 0.035, list: false };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i], v = () => argv[++i];
    if (k === '--seed') a.seed = Number(v());
    else if (k === '--lines') a.lines = Number(v());
    else if (k === '--out') a.out = v();
    else if (k === '--crlf') a.crlf = Number(v());
    else if (k === '--list') a.list = true;
    else throw new Error(`unknown argument ${k}`);
  }
  return a;
}

const V4_RE = /(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?!\d|\.\d)/g;
const MAC_RES = [
  /(?<![0-9A-Fa-f])[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}(?![0-9A-Fa-f])/,
  /(?<![0-9A-Fa-f.])[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}(?![0-9A-Fa-f.])/,
  /(?<![0-9A-Fa-f-])[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}(?![0-9A-Fa-f-])/,
  /(?<![0-9A-Fa-f-])[0-9A-Fa-f]{6}-[0-9A-Fa-f]{6}(?![0-9A-Fa-f-])/,
];
const EMAIL_RE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;

/** Returns null when the rendered line is acceptable, else a reason. Throws on generator bugs. */
function check(r, id) {
  const { text, sensitive, optional, looks: lk } = r;
  if (/[\r\n]/.test(text)) throw new Error(`${id}: CR/LF inside a line`);
  const all = [...sensitive, ...optional, ...lk].sort((a, b) => a.start - b.start);
  for (let i = 0; i < all.length; i++) {
    const s = all[i];
    if (text.slice(s.start, s.end) !== s.value) throw new Error(`${id}: offset mismatch ${JSON.stringify(s)}`);
    if (!s.value) throw new Error(`${id}: empty span`);
    if (i && all[i - 1].end > s.start) throw new Error(`${id}: overlapping spans ${JSON.stringify(all[i - 1])} ${JSON.stringify(s)}`);
  }
  for (const s of [...sensitive, ...optional]) {
    if (s.kind === 'ip') {
      const ok = s.value.includes(':') ? parseIPv6(s.value) !== null : parseIPv4(s.value) !== null;
      if (!ok) throw new Error(`${id}: invalid IP text ${s.value}`);
    }
    if (s.kind === 'mac' && s.value.replace(/[^0-9a-fA-F]/g, '').length !== 12) throw new Error(`${id}: bad MAC ${s.value}`);
    if (s.kind === 'email' && !/^[^@\s]+@[^@\s]+$/.test(s.value)) throw new Error(`${id}: bad e-mail ${s.value}`);
    if (s.kind === 'user' && !s.optional && SHARED.has(s.value.toLowerCase()) && sensitive.includes(s)) throw new Error(`${id}: shared account planted ${s.value}`);
    if (!['ip', 'mac', 'email', 'user', 'secret'].includes(s.kind)) throw new Error(`${id}: kind ${s.kind}`);
  }
  for (const s of sensitive) if (!survives(s, text, text)) throw new Error(`${id}: planted value not found by survives(): ${JSON.stringify(s)}`);
  // repeat check: a planted value must not also occur unplanted
  const masked = maskSpans(text, sensitive);
  for (const s of sensitive) if (survives(s, masked, text)) return `repeat ${s.kind} ${s.value}`;
  // lint: nothing address-, MAC- or e-mail-shaped may be left unlabelled
  const m2 = maskSpans(text, all);
  V4_RE.lastIndex = 0;
  let m;
  while ((m = V4_RE.exec(m2))) if (m.slice(1).every((o) => Number(o) <= 255)) return `unlabelled IPv4 ${m[0]}`;
  if (ipv6Candidates(m2).length) return `unlabelled IPv6-shaped text`;
  for (const re of MAC_RES) { const x = re.exec(m2); if (x) return `unlabelled MAC ${x[0]}`; }
  const e = EMAIL_RE.exec(m2);
  if (e) return `unlabelled e-mail ${e[0]}`;
  return null;
}

function main() {
  const a = args(process.argv.slice(2));
  const rng = makeRng(a.seed);
  const clock = makeClock(rng);
  const W = makeWorld(rng);
  const X = secrets(rng);
  const LK = looks(rng);
  const ctx = { rng, clock, W, X, LK };
  ctx.h = (host, tag, style) => hdr(ctx, host, tag, style);
  const templates = [...net(ctx), ...app(ctx), ...infra(ctx)];
  const ids = new Set();
  for (const t of templates) { if (ids.has(t.id)) throw new Error(`duplicate template ${t.id}`); ids.add(t.id); }
  if (a.list) {
    for (const t of templates) console.log(`${t.id.padEnd(22)} ${t.w}`);
    console.log(`${templates.length} templates`);
    return;
  }
  if (!a.out) { console.error('usage: generate.mjs --seed N --lines N --out DIR [--crlf P] [--list]'); process.exit(2); }
  const weighted = templates.map((t) => [t.w, t]);
  const winCrlf = new Set(['windows-xml', 'sysmon-cmd', 'exchange-tracking']);
  const out = [], truth = [];
  const stats = { seed: a.seed, lines: a.lines, templates: templates.length, kinds: {}, keep_default: 0, optional: {}, lookalike_spans: 0, crlf_lines: 0, rejected: {}, per_template: {} };
  const debug = !!process.env.HOF_DEBUG;
  while (out.length < a.lines) {
    const t = rng.w(weighted);
    clock.tick();
    let res = t.gen();
    const lines = res && res.lines ? res.lines : [res];
    if (lines.length > a.lines - out.length) continue;
    const rendered = lines.map(render);
    let bad = null;
    for (const r of rendered) { bad = check(r, t.id); if (bad) break; }
    if (bad) {
      stats.rejected[t.id] = (stats.rejected[t.id] ?? 0) + 1;
      if (debug) console.error(`reject ${t.id}: ${bad}`);
      continue;
    }
    const crlf = rng.chance(winCrlf.has(t.id) ? 0.25 : a.crlf);
    const pt = (stats.per_template[t.id] ??= { lines: 0, ip: 0, email: 0, mac: 0, user: 0, secret: 0, optional: 0 });
    for (const r of rendered) {
      out.push(r.text + (crlf ? '\r\n' : '\n'));
      if (crlf) stats.crlf_lines++;
      truth.push(JSON.stringify({ line: out.length, template: t.id, sensitive: r.sensitive, optional: r.optional }));
      pt.lines++;
      for (const s of r.sensitive) { stats.kinds[s.kind] = (stats.kinds[s.kind] ?? 0) + 1; pt[s.kind]++; if (s.keep_default) stats.keep_default++; }
      for (const s of r.optional) { stats.optional[s.kind] = (stats.optional[s.kind] ?? 0) + 1; pt.optional++; }
      stats.lookalike_spans += r.looks.length;
    }
  }
  mkdirSync(a.out, { recursive: true });
  writeFileSync(join(a.out, 'input.log'), out.join(''));
  writeFileSync(join(a.out, 'truth.jsonl'), truth.join('\n') + '\n');
  stats.per_template = Object.fromEntries(Object.entries(stats.per_template).sort(([x], [y]) => (x < y ? -1 : 1)));
  writeFileSync(join(a.out, 'stats.json'), JSON.stringify(stats, null, 2) + '\n');
  // final self-check through the scorer's own line splitter
  const back = splitLines(readFileSync(join(a.out, 'input.log'), 'utf8'));
  const tr = readFileSync(join(a.out, 'truth.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  if (back.length !== tr.length || back.length !== a.lines) throw new Error(`line count mismatch ${back.length} ${tr.length}`);
  back.forEach((l, i) => { for (const s of [...tr[i].sensitive, ...tr[i].optional]) if (l.text.slice(s.start, s.end) !== s.value) throw new Error(`re-read mismatch line ${i + 1}`); });
  const rej = Object.values(stats.rejected).reduce((x, y) => x + y, 0);
  console.log(`wrote ${a.lines} lines to ${a.out} (${templates.length} templates; spans ${JSON.stringify(stats.kinds)}; optional ${JSON.stringify(stats.optional)}; rejected ${rej})`);
}
main();
