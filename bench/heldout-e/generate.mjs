#!/usr/bin/env node
// Held-out set E generator.
//   node bench/heldout-e/generate.mjs --seed 404 --lines 20000 --out /tmp/hoe
// Writes DIR/input.log, DIR/truth.jsonl, DIR/stats.json in the format bench/heldout/score.mjs reads.
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { survives, splitLines, maskSpans, ipv6Candidates } from '../heldout/lib.mjs';
import { makeRng, makeWorld, makeSecrets, makeClock, headers, macFmt, SHARED } from './world.mjs';
import { TEMPLATES } from './templates.mjs';

function args(argv) {
  const a = { seed: 404, lines: 20000, out: null, crlf: 0.04, list: false };
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

// ---------------------------------------------------------------- lint
const V4 = /(?<![\w.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\w]|\.\d)/g;
const MACC = /(?<![0-9A-Fa-f])[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}(?![0-9A-Fa-f])/g;
const MACD = /(?<![0-9A-Fa-f.])[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}(?![0-9A-Fa-f])/g;
const MAIL = /[\p{L}\p{N}._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![A-Za-z0-9-])/gu;
function lint(masked) {
  const bad = [];
  for (const m of masked.matchAll(V4)) if (m.slice(1, 5).every((o) => Number(o) <= 255)) bad.push(`ipv4 ${m[0]}`);
  if (ipv6Candidates(masked).length) bad.push('ipv6');
  for (const m of masked.matchAll(MACC)) bad.push(`mac ${m[0]}`);
  for (const m of masked.matchAll(MACD)) bad.push(`mac ${m[0]}`);
  for (const m of masked.matchAll(MAIL)) bad.push(`email ${m[0]}`);
  return bad;
}

function check(line) {
  const { text, spans } = line;
  if (/[\r\n]/.test(text)) return 'newline in text';
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  for (let i = 0; i < sorted.length; i++) {
    const s = sorted[i];
    if (text.slice(s.start, s.end) !== s.value) return `offset mismatch ${s.value}`;
    if (!s.value.length) return 'empty span';
    if (i && sorted[i - 1].end > s.start) return `overlap ${sorted[i - 1].value} / ${s.value}`;
  }
  const sens = spans.filter((s) => !s.opt && !s.look);
  for (const s of sens) {
    if (s.kind === 'user' && SHARED.has(s.value.toLowerCase())) return `shared account planted ${s.value}`;
    if (!survives(s, text, text)) return `self-survival fails ${s.value}`;
  }
  const maskedSens = maskSpans(text, sens);
  for (const s of sens) if (survives(s, maskedSens, text)) return `unplanted repeat of ${s.kind} ${s.value}`;
  const bad = lint(maskSpans(text, spans));
  if (bad.length) return `lint: ${bad.join(', ')}`;
  return null;
}

function main() {
  const a = args(process.argv.slice(2));
  if (a.list) { for (const t of TEMPLATES) console.log(`${t.id}\t${t.w}`); return; }
  if (!a.out) { console.error('usage: generate.mjs --seed N --lines N --out DIR [--crlf P] [--list]'); process.exit(2); }
  const r = makeRng(a.seed);
  const w = makeWorld(r);
  const s = makeSecrets(r);
  const t = makeClock(r);
  const hd = headers(r, t);
  const suffix = () => w.hosts.draw().replace(/^[a-z0-9]+(-node)?-/, '');
  const c = {
    r, s, t, hd,
    person: () => w.people.draw(),
    ipIn: () => w.inside.draw(), ipOut: () => w.outside.draw(), server: () => w.servers.draw(),
    ipAny: () => (r.chance(0.5) ? w.inside.draw() : w.outside.draw()),
    v6: () => w.v6.draw(),
    mac: (style) => macFmt(r, w.macs.draw(), style),
    host: (prefix) => `${prefix}-${suffix()}`,
    wks: () => w.wks.draw(),
    fqdn: () => `${r.pick(['www', 'api', 'mail', 'files', 'intranet', 'vpn', 'git', 'wiki', 'sso'])}.${r.pick(['example.com', 'example.net', 'northbeam.test', 'corp.example.net'])}`,
    port: () => r.int(1025, 65000),
  };
  const wsum = TEMPLATES.reduce((x, y) => x + y.w, 0);
  const pickT = () => { let v = r.next() * wsum; for (const T of TEMPLATES) if ((v -= T.w) < 0) return T; return TEMPLATES[TEMPLATES.length - 1]; };

  const KINDS = ['ip', 'email', 'mac', 'user', 'secret'];
  const stats = { seed: a.seed, lines: 0, templates: TEMPLATES.length, planted: Object.fromEntries(KINDS.map((k) => [k, 0])), keep_default: 0, optional: Object.fromEntries(KINDS.map((k) => [k, 0])), lookalike_spans: 0, crlf_lines: 0, rejected: 0, rejected_by_template: {}, per_template: {} };
  const out = [], truth = [];
  const debug = process.env.HOE_DEBUG === '1';
  while (out.length < a.lines) {
    const T = pickT();
    let block = null;
    for (let attempt = 0; attempt < 25 && !block; attempt++) {
      t.tick();
      let res = T.gen(c);
      if (!res) continue;
      if (!Array.isArray(res)) res = [res];
      const err = res.map(check).find((x) => x);
      if (err) {
        stats.rejected++;
        stats.rejected_by_template[T.id] = (stats.rejected_by_template[T.id] ?? 0) + 1;
        if (debug) console.error(`[reject ${T.id}] ${err}\n  ${res.map((x) => x.text).join('\n  ')}`);
        continue;
      }
      block = res;
    }
    if (!block || out.length + block.length > a.lines) continue;
    const crlf = r.chance(a.crlf);
    const pt = stats.per_template[T.id] ?? (stats.per_template[T.id] = { lines: 0, ip: 0, email: 0, mac: 0, user: 0, secret: 0 });
    for (const ln of block) {
      out.push(ln.text + (crlf ? '\r\n' : '\n'));
      if (crlf) stats.crlf_lines++;
      pt.lines++;
      const sens = [], opt = [];
      for (const sp of ln.spans.sort((x, y) => x.start - y.start)) {
        if (sp.look) { stats.lookalike_spans++; continue; }
        const rec = { kind: sp.kind, value: sp.value, start: sp.start, end: sp.end };
        if (sp.opt) { opt.push(rec); stats.optional[sp.kind]++; continue; }
        if (sp.keep_default) { rec.keep_default = true; stats.keep_default++; }
        sens.push(rec);
        stats.planted[sp.kind]++;
        pt[sp.kind]++;
      }
      truth.push(JSON.stringify({ line: truth.length + 1, template: T.id, sensitive: sens, optional: opt }) + '\n');
    }
  }
  stats.lines = out.length;
  mkdirSync(a.out, { recursive: true });
  writeFileSync(join(a.out, 'input.log'), out.join(''));
  writeFileSync(join(a.out, 'truth.jsonl'), truth.join(''));
  writeFileSync(join(a.out, 'stats.json'), JSON.stringify(stats, null, 2) + '\n');

  // final re-read self-check through the scorer's own line splitter
  const lines = splitLines(readFileSync(join(a.out, 'input.log'), 'utf8'));
  const tr = readFileSync(join(a.out, 'truth.jsonl'), 'utf8').trim().split('\n').map((x) => JSON.parse(x));
  if (lines.length !== tr.length || lines.length !== a.lines) throw new Error(`line count mismatch ${lines.length} ${tr.length}`);
  lines.forEach((l, i) => {
    for (const rec of [...tr[i].sensitive, ...tr[i].optional]) {
      if (l.text.slice(rec.start, rec.end) !== rec.value) throw new Error(`re-read span mismatch line ${i + 1}`);
    }
    for (const rec of tr[i].sensitive) if (!survives(rec, l.text, l.text)) throw new Error(`re-read survival fails line ${i + 1}`);
  });
  console.error(`wrote ${a.lines} lines to ${a.out}: ${KINDS.map((k) => `${k} ${stats.planted[k]}`).join(', ')}; rejected ${stats.rejected}`);
}
main();
