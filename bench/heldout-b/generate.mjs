#!/usr/bin/env node
// Held-out evaluation set B for `logveil sanitize`: seeded generator.
//   node bench/heldout-b/generate.mjs --seed 101 --lines 20000 --out /tmp/hob
// Writes DIR/input.log, DIR/truth.jsonl (format read by bench/heldout/score.mjs) and DIR/stats.json.
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from './core.mjs';
import { buildWorld, Ctx, SHARED } from './world.mjs';
import { TEMPLATES } from './templates/index.mjs';
// Survival / masking / tokenising helpers of the shared scorer, so the self-check tests exactly
// the property bench/heldout/score.mjs measures.
import { survives, maskSpans, splitLines, parseIPv4, ipv6Candidates } from '../heldout/lib.mjs';

function parseArgs(argv) {
  const a = { seed: 101, lines: 20000, out: null, crlf: 0.035, list: false };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const v = () => argv[++i];
    if (k === '--seed') a.seed = Number(v());
    else if (k === '--lines') a.lines = Number(v());
    else if (k === '--out') a.out = v();
    else if (k === '--crlf') a.crlf = Number(v());
    else if (k === '--list') a.list = true;
    else if (k === '-h' || k === '--help') a.help = true;
    else throw new Error(`unknown argument ${k}`);
  }
  return a;
}

// ---------------------------------------------------------------------------------------------
// lint: after masking every planted/optional/look-alike span, no address-like value may remain
// ---------------------------------------------------------------------------------------------
const V4_RE = /(?<![\p{L}\p{N}_.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\p{L}\p{N}_]|\.\d)/gu;
const MAC_RES = [
  /(?<![0-9A-Fa-f:-])[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(\1[0-9A-Fa-f]{2}){4}(?![0-9A-Fa-f])/g,
  /(?<![0-9A-Fa-f.])[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}(?![0-9A-Fa-f])/g,
  /(?<![0-9A-Fa-f-])[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}(?![0-9A-Fa-f-])/g,
];
const EMAIL_RE = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
function lint(text) {
  const bad = [];
  for (const m of text.matchAll(V4_RE)) if (parseIPv4(m[0])) bad.push(`ipv4 ${m[0]}`);
  for (const v of ipv6Candidates(text)) bad.push(`ipv6 ${v.toString(16)}`);
  for (const re of MAC_RES) for (const m of text.matchAll(re)) bad.push(`mac ${m[0]}`);
  for (const m of text.matchAll(EMAIL_RE)) bad.push(`email ${m[0]}`);
  return bad;
}

function checkLine(rl) {
  const { text, sensitive, optional, looks } = rl;
  if (/[\r\n]/.test(text)) return ['line contains CR/LF'];
  const errs = [];
  const all = [...sensitive, ...optional, ...looks].sort((a, b) => a.start - b.start);
  for (const s of all) if (text.slice(s.start, s.end) !== s.value) errs.push(`offset mismatch ${JSON.stringify(s)}`);
  for (let i = 1; i < all.length; i++) if (all[i].start < all[i - 1].end) errs.push(`overlap ${all[i - 1].value} / ${all[i].value}`);
  for (const s of sensitive) if (s.kind === 'user' && SHARED.includes(s.value.toLowerCase())) errs.push(`FATAL shared account planted as user: ${s.value}`);
  if (errs.length) return errs; // structural errors: template bug
  // every planted value is found by the scorer in the unchanged line (so `cat` scores 100%)
  for (const s of sensitive) if (!survives(s, text, text)) errs.push(`FATAL planted value not found by scorer: ${s.kind} ${s.value}`);
  // no unplanted repeat of a planted value (it would make survival ambiguous)
  const masked = maskSpans(text, [...sensitive, ...optional]);
  for (const s of sensitive) if (survives(s, masked)) errs.push(`repeat ${s.kind} ${s.value}`);
  for (const b of lint(maskSpans(text, all))) errs.push(`unplanted ${b}`);
  return errs;
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.list) {
    for (const t of TEMPLATES) console.log(`${t.id.padEnd(26)} w=${t.w}`);
    console.log(`${TEMPLATES.length} templates`);
    return;
  }
  if (args.help || !args.out) {
    console.log('usage: node generate.mjs --seed N --lines M --out DIR [--crlf 0.035] [--list]');
    process.exit(args.help ? 0 : 2);
  }
  const ids = new Set();
  for (const t of TEMPLATES) { if (ids.has(t.id)) throw new Error(`duplicate template id ${t.id}`); ids.add(t.id); }

  const world = buildWorld(args.seed);
  const c = new Ctx(world, args.seed);
  const weighted = TEMPLATES.map((t) => [t.w, t]);
  const outText = [], truth = [];
  const stats = { seed: args.seed, lines: 0, templates: TEMPLATES.length, crlf: 0, kinds: {}, keep_default: 0, optional: {}, per_template: {}, rejected: {} };
  const MAX_TRIES = 60;
  while (outText.length < args.lines) {
    const t = c.r.wpick(weighted);
    let lines = null, lastErr = null;
    for (let k = 0; k < MAX_TRIES && !lines; k++) {
      c.advance();
      let frags = t.gen(c);
      if (!Array.isArray(frags)) frags = [frags];
      const rendered = frags.map(render);
      const errs = rendered.flatMap(checkLine);
      if (errs.some((e) => e.startsWith('FATAL') || e.startsWith('offset') || e.startsWith('overlap') || e.startsWith('line contains'))) {
        throw new Error(`template ${t.id}: ${errs.join('; ')}\n${rendered.map((x) => x.text).join('\n')}`);
      }
      if (errs.length) {
        if (process.env.HOB_DEBUG) console.error(`[reject ${t.id}] ${errs.join('; ')}`);
        stats.rejected[t.id] = (stats.rejected[t.id] ?? 0) + 1; lastErr = `${errs.join('; ')}\n${rendered.map((x) => x.text).join('\n')}`; continue; }
      lines = rendered;
    }
    if (!lines) throw new Error(`template ${t.id}: no valid instance in ${MAX_TRIES} tries; last: ${lastErr}`);
    const crlfP = t.crlf ?? args.crlf;
    const crlfBlock = c.chance(crlfP);
    for (const rl of lines) {
      if (outText.length >= args.lines) break;
      outText.push(rl.text + (crlfBlock ? '\r\n' : '\n'));
      if (crlfBlock) stats.crlf++;
      truth.push({ line: outText.length, template: t.id, sensitive: rl.sensitive, optional: rl.optional });
      const pt = (stats.per_template[t.id] ??= { lines: 0 });
      pt.lines++;
      for (const s of rl.sensitive) {
        stats.kinds[s.kind] = (stats.kinds[s.kind] ?? 0) + 1;
        pt[s.kind] = (pt[s.kind] ?? 0) + 1;
        if (s.keep_default) stats.keep_default++;
      }
      for (const s of rl.optional) stats.optional[s.kind] = (stats.optional[s.kind] ?? 0) + 1;
    }
  }
  stats.lines = outText.length;

  mkdirSync(args.out, { recursive: true });
  writeFileSync(join(args.out, 'input.log'), outText.join(''));
  writeFileSync(join(args.out, 'truth.jsonl'), truth.map((x) => JSON.stringify(x)).join('\n') + '\n');

  // re-read self-check: the files as the scorer will see them
  const inLines = splitLines(readFileSync(join(args.out, 'input.log'), 'utf8'));
  const tr = readFileSync(join(args.out, 'truth.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  if (inLines.length !== tr.length || inLines.length !== args.lines) throw new Error(`self-check: ${inLines.length} lines vs ${tr.length} truth records`);
  let spans = 0;
  tr.forEach((rec, i) => {
    if (rec.line !== i + 1) throw new Error(`self-check: truth line number ${rec.line} at ${i + 1}`);
    const text = inLines[i].text;
    for (const s of [...rec.sensitive, ...rec.optional]) {
      spans++;
      if (text.slice(s.start, s.end) !== s.value) throw new Error(`self-check: line ${i + 1} span ${JSON.stringify(s)} does not match`);
      if (rec.sensitive.includes(s) && !survives(s, text, text)) throw new Error(`self-check: line ${i + 1} ${s.kind} ${s.value} not found by scorer`);
    }
  });
  const covered = Object.keys(stats.per_template).length;
  stats.templates_used = covered;
  writeFileSync(join(args.out, 'stats.json'), JSON.stringify(stats, null, 2) + '\n');
  const kinds = ['ip', 'email', 'mac', 'user', 'secret'].map((k) => `${k}=${stats.kinds[k] ?? 0}`).join(' ');
  console.log(`wrote ${stats.lines} lines (${stats.crlf} CRLF) from ${covered}/${TEMPLATES.length} templates to ${args.out}`);
  console.log(`planted: ${kinds} (keep_default ip ${stats.keep_default}); optional: ${Object.entries(stats.optional).map(([k, v]) => `${k}=${v}`).join(' ') || 'none'}`);
  console.log(`self-check OK: ${spans} spans match their offsets`);
}

main();
