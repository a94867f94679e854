#!/usr/bin/env node
// Held-out evaluation set generator for `logveil sanitize`.
//   node bench/heldout/generate.mjs --seed 7 --lines 20000 --out /tmp/heldout
// Writes DIR/input.log, DIR/truth.jsonl and DIR/stats.json. Deterministic for a given seed.
// Plain Node.js 20 ESM, no dependencies. Independent of the implementation under test.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeRng, survives, maskSpans, parseIPv6 } from './lib.mjs';
import { Line, makeClock } from './build.mjs';
import { makePools } from './pools.mjs';
import { makeSecrets, makeBenign } from './secrets.mjs';
import { TEMPLATES } from './templates/index.mjs';

function parseArgs(argv) {
  const a = { seed: 7, lines: 20000, out: null, crlf: 0.04 };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const v = () => argv[++i];
    if (k === '--seed') a.seed = Number(v());
    else if (k === '--lines') a.lines = Number(v());
    else if (k === '--out') a.out = v();
    else if (k === '--crlf') a.crlf = Number(v());
    else if (k === '-h' || k === '--help') { a.help = true; }
    else throw new Error(`unknown argument ${k}`);
  }
  return a;
}

// Unplanted look-alikes of sensitive values that would make the truth incomplete.
const LINT = [
  ['ip', /(?<![\w.:/-])(?:\d{1,3}\.){3}\d{1,3}(?![\w.]*\w)/g, (s) => s.split('.').every((o) => Number(o) <= 255)],
  ['mac', /(?<![0-9A-Fa-f:.-])[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}(?![0-9A-Fa-f:-])/g, () => true],
  ['mac', /(?<![\w.])[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}(?![\w.])/g, () => true],
  ['email', /[\w.+%-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}/g, () => true],
  ['ip6', /(?<![\w:.])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])/g, (s) => (s.includes('::') || s.split(':').length === 8) && parseIPv6(s) !== null],
];

/** Throws on a broken record; returns a string describing a soft problem (caller retries). */
function check(line) {
  const t = line.text;
  if (/\[object |\bNaN\b/.test(t)) throw new Error(`${line.template}: formatting bug: ${JSON.stringify(t)}`);
  if (/[\r\n]/.test(t)) throw new Error(`${line.template}: line contains CR/LF: ${JSON.stringify(t)}`);
  const all = [...line.spans, ...line.optional];
  for (const s of all) {
    if (t.slice(s.start, s.end) !== s.value) throw new Error(`${line.template}: span mismatch ${JSON.stringify(s)} in ${JSON.stringify(t)}`);
  }
  const sorted = [...all].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].start < sorted[i - 1].end) throw new Error(`${line.template}: overlapping spans in ${JSON.stringify(t)}`);
  }
  // every occurrence of a planted value must itself be planted (otherwise survival is ambiguous)
  const masked = maskSpans(t, all);
  for (const s of line.spans) {
    if (survives(s, masked, t)) return `unplanted repeat of ${s.kind} ${JSON.stringify(s.value)}`;
  }
  for (const [kind, re, ok] of LINT) {
    re.lastIndex = 0;
    let m;
    while ((m = re.exec(masked))) {
      if (ok(m[0])) throw new Error(`${line.template}: unplanted ${kind} ${JSON.stringify(m[0])} in ${JSON.stringify(t)}`);
    }
  }
  return null;
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.help || !args.out) {
    console.log('usage: node generate.mjs --seed N --lines M --out DIR [--crlf 0.04]');
    process.exit(args.help ? 0 : 2);
  }
  const rng = makeRng(args.seed);
  const c = {
    rng,
    T: makeClock(rng, Date.UTC(2024, 2, 4, 0, 0, 0) + (args.seed % 300) * 86400000),
    P: makePools(rng),
    S: makeSecrets(rng),
    B: makeBenign(rng),
    cur: null,
    line(crlf) { return new Line(this.cur, crlf ?? rng.chance(args.crlf)); },
  };
  const weighted = TEMPLATES.map((t) => [t.weight, t]);
  const out = [];
  const retries = new Map();
  const perTemplate = new Map();
  let attempts = 0;
  while (out.length < args.lines) {
    if (++attempts > args.lines * 3 + 1000) throw new Error('too many rejected template instances');
    c.T.tick();
    const tpl = rng.weighted(weighted);
    if (tpl.multi && args.lines - out.length < 40) continue;
    c.cur = tpl.id;
    const res = tpl.gen(c);
    const lines = Array.isArray(res) ? res : [res];
    let bad = null;
    for (const l of lines) if ((bad = check(l))) break;
    if (bad) {
      retries.set(tpl.id, (retries.get(tpl.id) ?? 0) + 1);
      continue;
    }
    for (const l of lines) out.push(l);
    perTemplate.set(tpl.id, (perTemplate.get(tpl.id) ?? 0) + lines.length);
  }
  for (const [id, n] of retries) {
    if (n > 0.05 * (perTemplate.get(id) ?? 0) + 20) throw new Error(`template ${id}: ${n} instances rejected (unplanted repeats) - template bug?`);
  }

  mkdirSync(args.out, { recursive: true });
  const input = out.map((l) => l.text + (l.crlf ? '\r\n' : '\n')).join('');
  const kinds = {};
  const truth = out.map((l, i) => {
    const sensitive = [...l.spans].sort((a, b) => a.start - b.start);
    for (const s of sensitive) kinds[s.kind] = (kinds[s.kind] ?? 0) + 1;
    const o = { line: i + 1, template: l.template, sensitive };
    if (l.optional.length) o.optional = l.optional;
    return JSON.stringify(o);
  });
  // final self-check on the written text
  const written = input.split('\n');
  out.forEach((l, i) => {
    const text = written[i].replace(/\r$/, '');
    for (const s of l.spans) {
      if (text.slice(s.start, s.end) !== s.value) throw new Error(`self-check failed on line ${i + 1}: ${JSON.stringify(s)}`);
    }
  });
  writeFileSync(join(args.out, 'input.log'), input);
  writeFileSync(join(args.out, 'truth.jsonl'), truth.join('\n') + '\n');
  const stats = {
    seed: args.seed,
    lines: out.length,
    crlf_lines: out.filter((l) => l.crlf).length,
    templates_defined: TEMPLATES.length,
    templates_used: perTemplate.size,
    kinds,
    keep_default_ips: out.reduce((n, l) => n + l.spans.filter((s) => s.keep_default).length, 0),
    optional_spans: out.reduce((n, l) => n + l.optional.length, 0),
    rejected_instances: Object.fromEntries(retries),
    per_template_lines: Object.fromEntries([...perTemplate].sort((a, b) => b[1] - a[1])),
  };
  writeFileSync(join(args.out, 'stats.json'), JSON.stringify(stats, null, 2) + '\n');
  console.log(`wrote ${out.length} lines (${stats.crlf_lines} CRLF) from ${perTemplate.size}/${TEMPLATES.length} templates to ${args.out}`);
  console.log(`planted: ${Object.entries(kinds).map(([k, n]) => `${k}=${n}`).join(' ')} (ip keep_default=${stats.keep_default_ips}, optional=${stats.optional_spans})`);
}

main();
