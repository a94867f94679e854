#!/usr/bin/env node
// Held-out evaluation set D for `logveil sanitize`.
//   node bench/heldout-d/generate.mjs --seed 303 --lines 20000 --out /tmp/hod
// Writes DIR/input.log, DIR/truth.jsonl, DIR/stats.json in the format read by bench/heldout/score.mjs.
// Deterministic per seed. Plain Node.js 20 ESM, no dependencies.
//
// Self-checks on every instance (an instance failing a check is dropped and regenerated):
//  1. input.slice(start, end) === value for every span; spans do not overlap; no CR/LF inside a line.
//  2. collision: after masking all labelled spans, no planted value still "survives" in the masked line
//     (uses the scorer's own survival test from bench/heldout/lib.mjs), so an unplanted repeat can never
//     be counted as a survivor.
//  3. lint: after masking, nothing IPv4-, IPv6-, MAC- or e-mail-shaped remains unlabelled.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { survives, maskSpans } from '../heldout/lib.mjs';
import { ipv6Candidates } from '../heldout/ipparse.mjs';
import { makeContext, assemble, SHARED } from './core.mjs';
import { netTemplates } from './templates-net.mjs';
import { srvTemplates } from './templates-srv.mjs';

function parseArgs(argv) {
  const a = { seed: 303, lines: 20000, out: null, crlf: 0.035 };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const v = () => argv[++i];
    if (k === '--seed') a.seed = Number(v());
    else if (k === '--lines') a.lines = Number(v());
    else if (k === '--out') a.out = v();
    else if (k === '--crlf') a.crlf = Number(v());
    else if (k === '-h' || k === '--help') a.help = true;
    else throw new Error(`unknown argument ${k}`);
  }
  return a;
}

// ---------------------------------------------------------------------------------------------
// Lint: shapes that must not remain unlabelled.
// ---------------------------------------------------------------------------------------------
const V4_RE = /(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?!\.?\d)/g;
const MAC_RES = [
  /[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}\1[0-9A-Fa-f]{2}\1[0-9A-Fa-f]{2}\1[0-9A-Fa-f]{2}\1[0-9A-Fa-f]{2}/,
  /(?<![0-9A-Fa-f.])[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}(?![0-9A-Fa-f.])/,
];
// An e-mail shape: local@domain.tld with an alphabetic TLD. The only exemption is a Kerberos service
// principal: local part directly after '/' and an all-uppercase realm (krbtgt/REALM@REALM, kadmin/admin@REALM).
const EMAIL_RE = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![A-Za-z0-9-])/g;

export function lintProblems(masked) {
  const probs = [];
  let m;
  V4_RE.lastIndex = 0;
  while ((m = V4_RE.exec(masked))) if (m.slice(1).every((x) => Number(x) <= 255)) probs.push(`ipv4 ${m[0]}`);
  for (const re of MAC_RES) if ((m = re.exec(masked))) probs.push(`mac ${m[0]}`);
  EMAIL_RE.lastIndex = 0;
  while ((m = EMAIL_RE.exec(masked))) {
    const realm = m[0].slice(m[0].indexOf('@') + 1);
    if (!(masked[m.index - 1] === '/' && realm === realm.toUpperCase())) probs.push(`email ${m[0]}`);
  }
  if (ipv6Candidates(masked).some((v) => v !== null)) probs.push('ipv6');
  return probs;
}

export function check(inst) {
  const { line, sensitive, optional } = inst;
  if (/[\r\n]/.test(line)) return 'crlf inside line';
  const all = [...sensitive, ...optional].sort((a, b) => a.start - b.start);
  for (let i = 0; i < all.length; i++) {
    const s = all[i];
    if (line.slice(s.start, s.end) !== s.value) return `offset mismatch ${s.value}`;
    if (!s.value.length) return 'empty value';
    if (i && all[i - 1].end > s.start) return `overlap ${all[i - 1].value} / ${s.value}`;
  }
  for (const s of sensitive) {
    if (s.kind === 'user' && SHARED.has(s.value.toLowerCase())) return `shared account planted ${s.value}`;
  }
  const masked = maskSpans(line, all);
  for (const s of sensitive) if (survives(s, masked, line)) return `collision ${s.kind} ${s.value}`;
  const probs = lintProblems(masked);
  if (probs.length) return `lint ${probs.join(', ')}`;
  return null;
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.help || !args.out || !(args.lines > 0)) {
    console.log('usage: node bench/heldout-d/generate.mjs --seed N --lines N --out DIR');
    process.exit(args.help ? 0 : 2);
  }
  const c = makeContext(args.seed);
  const r = c.r;
  const templates = [...netTemplates(c), ...srvTemplates(c)];
  const ids = new Set();
  for (const t of templates) { if (ids.has(t.id)) throw new Error(`duplicate template id ${t.id}`); ids.add(t.id); }
  const pickT = () => r.w(templates.map((t) => [t.w, t]));

  const KINDS = ['ip', 'email', 'mac', 'user', 'secret'];
  const stats = {
    seed: args.seed, lines: 0, crlf_lines: 0, templates: templates.length,
    planted: Object.fromEntries(KINDS.map((k) => [k, 0])), keep_default: 0,
    optional: Object.fromEntries(KINDS.map((k) => [k, 0])),
    rejected: { total: 0, reasons: {} }, per_template: {},
  };
  const inputParts = [];
  const truthParts = [];
  for (let n = 1; n <= args.lines; n++) {
    c.tick();
    let inst = null, t = null;
    for (let tries = 0; tries < 200 && !inst; tries++) {
      t = tries % 20 === 19 || !t ? pickT() : t;
      const cand = assemble(t.gen());
      const why = check(cand);
      if (why) {
        stats.rejected.total++;
        const key = `${t.id}: ${why.split(' ').slice(0, 2).join(' ')}`;
        stats.rejected.reasons[key] = (stats.rejected.reasons[key] ?? 0) + 1;
        continue;
      }
      inst = cand;
    }
    if (!inst) throw new Error(`could not generate line ${n}`);
    const crlf = r.p(args.crlf);
    inputParts.push(inst.line + (crlf ? '\r\n' : '\n'));
    truthParts.push(JSON.stringify({ line: n, template: t.id, sensitive: inst.sensitive, optional: inst.optional }) + '\n');
    stats.lines++;
    if (crlf) stats.crlf_lines++;
    const pt = (stats.per_template[t.id] ??= { lines: 0, ...Object.fromEntries(KINDS.map((k) => [k, 0])), optional: 0 });
    pt.lines++;
    for (const s of inst.sensitive) {
      stats.planted[s.kind]++;
      pt[s.kind]++;
      if (s.keep_default) stats.keep_default++;
    }
    for (const s of inst.optional) { stats.optional[s.kind]++; pt.optional++; }
  }
  const sortObj = (o) => Object.fromEntries(Object.entries(o).sort((a, b) => (b[1].lines ?? b[1]) - (a[1].lines ?? a[1])));
  stats.per_template = sortObj(stats.per_template);
  stats.rejected.reasons = sortObj(stats.rejected.reasons);
  mkdirSync(args.out, { recursive: true });
  writeFileSync(join(args.out, 'input.log'), inputParts.join(''));
  writeFileSync(join(args.out, 'truth.jsonl'), truthParts.join(''));
  writeFileSync(join(args.out, 'stats.json'), JSON.stringify(stats, null, 2) + '\n');
  const p = stats.planted;
  console.log(`wrote ${stats.lines} lines (${stats.crlf_lines} CRLF) from ${templates.length} templates to ${args.out}`);
  console.log(`planted: ip ${p.ip} (keep_default ${stats.keep_default}), email ${p.email}, mac ${p.mac}, user ${p.user}, secret ${p.secret}; optional ${Object.values(stats.optional).reduce((a, b) => a + b, 0)}; rejected instances ${stats.rejected.total}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
