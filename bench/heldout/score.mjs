#!/usr/bin/env node
// Scores a sanitizer command against a held-out set written by generate.mjs.
//   node bench/heldout/score.mjs --dir /tmp/heldout --cmd "node bin/logveil.js sanitize --ip-keep none --quiet"
// Options: --json (machine-readable), --show N (N example pairs per failing kind),
//          --ip-keep none|default (default: none; with `default`, planted 0.0.0.0/127.0.0.1/masks
//          that the default policy keeps are reported separately instead of counted as IPs).
import { readFileSync, openSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { survives, keptPart, tokenize, lcsMatched, splitLines } from './lib.mjs';

const TARGETS = { ip: 0, email: 0, mac: 0.01, user: 0.01, secret: 0.01 };
const KINDS = ['ip', 'email', 'mac', 'user', 'secret'];
const OTHER_TARGET = 0.01;

function parseArgs(argv) {
  const a = { dir: null, cmd: null, json: false, show: 0, ipKeep: 'none', timeout: 600 };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const v = () => argv[++i];
    if (k === '--dir') a.dir = v();
    else if (k === '--cmd') a.cmd = v();
    else if (k === '--json') a.json = true;
    else if (k === '--show') a.show = Number(v());
    else if (k === '--ip-keep') a.ipKeep = v();
    else if (k === '--timeout') a.timeout = Number(v());
    else if (k === '-h' || k === '--help') a.help = true;
    else throw new Error(`unknown argument ${k}`);
  }
  return a;
}

function run(cmd, inputPath, timeoutS) {
  return new Promise((resolve, reject) => {
    const fd = openSync(inputPath, 'r');
    const t0 = process.hrtime.bigint();
    const child = spawn('sh', ['-c', cmd], { stdio: [fd, 'pipe', 'pipe'] });
    closeSync(fd);
    const out = [], err = [];
    child.stdout.on('data', (b) => out.push(b));
    child.stderr.on('data', (b) => err.push(b));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutS * 1000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), seconds: Number(process.hrtime.bigint() - t0) / 1e9 });
    });
  });
}

const pct = (n, d) => (d ? (100 * n) / d : 0);
const fmtPct = (x) => `${x < 10 ? x.toFixed(2) : x.toFixed(1)}%`;
const clip = (s, n = 300) => (s.length > n ? s.slice(0, n) + '…' : s);

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.help || !args.dir || !args.cmd) {
    console.log('usage: node score.mjs --dir DIR --cmd "<shell command>" [--json] [--show N] [--ip-keep none|default]');
    process.exit(args.help ? 0 : 2);
  }
  const inputPath = join(args.dir, 'input.log');
  const inLines = splitLines(readFileSync(inputPath, 'utf8'));
  const truth = readFileSync(join(args.dir, 'truth.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  if (truth.length !== inLines.length) throw new Error(`truth has ${truth.length} records, input ${inLines.length} lines`);

  const r = await run(args.cmd, inputPath, args.timeout);
  const outLines = splitLines(r.stdout);
  const lineCountOk = outLines.length === inLines.length;

  const stat = Object.fromEntries(KINDS.map((k) => [k, { planted: 0, survived: 0, kept_part: 0, examples: [] }]));
  const special = { planted: 0, survived: 0 };
  // The network address of a /0 (0.0.0.0/0, ::/0) is all zero bits whatever the key: a
  // prefix-preserving pseudonym of it is itself, and it names no host. Reported on its own line.
  const zeroNets = { planted: 0, survived: 0 };
  const isZeroNet = (rec, inp) => rec.kind === 'ip' && /^\/0(?![0-9])/.test(inp.slice(rec.end, rec.end + 3));
  const perTemplate = new Map();
  const other = { total: 0, changed: 0, lines: 0, tokens: new Map(), examples: [], dotted: 0, dottedChanged: 0 };
  const isDotted = (s) => /\d/.test(s) && /\./.test(s); // OIDs, versions, dotted ids: the usual IP look-alikes
  let crlfIn = 0, crlfKept = 0;
  const n = Math.min(inLines.length, outLines.length);
  for (let i = 0; i < n; i++) {
    const inp = inLines[i].text, out = outLines[i].text;
    const t = truth[i];
    if (inLines[i].crlf) { crlfIn++; if (outLines[i].crlf) crlfKept++; }
    for (const rec of t.sensitive) {
      const s = survives(rec, out, inp);
      if (rec.keep_default && args.ipKeep === 'default') {
        special.planted++;
        if (s) special.survived++;
        continue;
      }
      if (isZeroNet(rec, inp)) {
        zeroNets.planted++;
        if (s) zeroNets.survived++;
        continue;
      }
      const st = stat[rec.kind];
      st.planted++;
      if (keptPart(rec, out)) st.kept_part++;
      const key = `${t.template}\t${rec.kind}`;
      const pt = perTemplate.get(key) ?? { planted: 0, survived: 0 };
      pt.planted++;
      if (s) {
        st.survived++;
        pt.survived++;
        if (st.examples.length < Math.max(args.show, 3)) st.examples.push({ line: i + 1, template: t.template, value: rec.value, input: inp, output: out });
      }
      perTemplate.set(key, pt);
    }
    // other tokens
    const spans = [...t.sensitive, ...(t.optional ?? [])];
    const toks = tokenize(inp).filter((tk) => !spans.some((s) => tk.start < s.end && s.start < tk.end));
    if (!toks.length) continue;
    const matched = lcsMatched(toks.map((x) => x.text), tokenize(out).map((x) => x.text));
    let changedHere = 0;
    toks.forEach((tk, j) => {
      const dotted = isDotted(tk.text);
      if (dotted) other.dotted++;
      if (matched[j]) return;
      if (dotted) other.dottedChanged++;
      changedHere++;
      const e = other.tokens.get(tk.text) ?? { count: 0, example: { line: i + 1, template: t.template, input: inp, output: out } };
      e.count++;
      other.tokens.set(tk.text, e);
    });
    other.total += toks.length;
    other.changed += changedHere;
    if (changedHere) {
      other.lines++;
      if (other.examples.length < Math.max(args.show, 3)) other.examples.push({ line: i + 1, template: t.template, input: inp, output: out });
    }
  }

  const rows = KINDS.map((k) => {
    const s = stat[k];
    const rate = s.planted ? s.survived / s.planted : 0;
    return { kind: k, planted: s.planted, survived: s.survived, survived_pct: pct(s.survived, s.planted), target_pct: TARGETS[k] * 100, pass: rate <= TARGETS[k] + 1e-12 };
  });
  const otherRate = other.total ? other.changed / other.total : 0;
  const otherPass = otherRate <= OTHER_TARGET;
  const pass = lineCountOk && r.code === 0 && rows.every((x) => x.pass) && otherPass;
  const topTokens = [...other.tokens].sort((a, b) => b[1].count - a[1].count).slice(0, 30)
    .map(([token, e]) => ({ token, count: e.count, example: e.example }));
  const worstTemplates = [...perTemplate].filter(([, v]) => v.survived).map(([k, v]) => {
    const [template, kind] = k.split('\t');
    return { template, kind, planted: v.planted, survived: v.survived };
  }).sort((a, b) => b.survived - a.survived).slice(0, 20);

  const result = {
    pass, command: args.cmd, exit_code: r.code, signal: r.signal, seconds: r.seconds,
    lines_in: inLines.length, lines_out: outLines.length, line_count_ok: lineCountOk,
    crlf: { input: crlfIn, preserved: crlfKept },
    kinds: rows,
    kept_part: { mac_oui_pct: pct(stat.mac.kept_part, stat.mac.planted), email_domain_pct: pct(stat.email.kept_part, stat.email.planted) },
    ip_keep_default: args.ipKeep === 'default' ? special : undefined,
    zero_length_networks: zeroNets.planted ? zeroNets : undefined,
    other_tokens: { total: other.total, changed: other.changed, changed_pct: 100 * otherRate, target_pct: OTHER_TARGET * 100, pass: otherPass, lines_with_changes: other.lines, dotted_lookalikes: { total: other.dotted, changed: other.dottedChanged }, top_changed: topTokens },
    worst_templates: worstTemplates,
  };
  if (args.json) {
    console.log(JSON.stringify(result, null, 2));
    process.exit(pass ? 0 : 1);
  }

  const P = (s) => process.stdout.write(s + '\n');
  P(`command : ${args.cmd}`);
  P(`exit    : ${r.code}${r.signal ? ` (signal ${r.signal})` : ''}  time ${r.seconds.toFixed(2)} s  (${Math.round(inLines.length / r.seconds)} lines/s)`);
  if (r.code !== 0 && r.stderr) P(`stderr  : ${clip(r.stderr.trim().split('\n').slice(-5).join(' | '), 600)}`);
  P(`lines   : in ${inLines.length}, out ${outLines.length}  ${lineCountOk ? 'PASS' : 'FAIL'}   (CRLF lines preserved ${crlfKept}/${crlfIn})`);
  P('');
  P('kind     planted  survived  % survived  target   result');
  for (const x of rows) {
    P(`${x.kind.padEnd(8)} ${String(x.planted).padStart(7)}  ${String(x.survived).padStart(8)}  ${fmtPct(x.survived_pct).padStart(10)}  ${('<=' + x.target_pct + '%').padStart(6)}   ${x.pass ? 'PASS' : 'FAIL'}`);
  }
  P(`${'other'.padEnd(8)} ${String(other.total).padStart(7)}  ${String(other.changed).padStart(8)}  ${fmtPct(100 * otherRate).padStart(10)}  ${('<=' + OTHER_TARGET * 100 + '%').padStart(6)}   ${otherPass ? 'PASS' : 'FAIL'}   (tokens changed)`);
  P(`info: MAC OUI kept in ${fmtPct(result.kept_part.mac_oui_pct)} of MACs, e-mail domain kept in ${fmtPct(result.kept_part.email_domain_pct)} of e-mails` +
    (args.ipKeep === 'default' ? `; special IPs (kept by default) ${special.survived}/${special.planted} unchanged` : '') +
    (zeroNets.planted ? `; /0 networks (not counted as IPs) ${zeroNets.survived}/${zeroNets.planted} unchanged` : ''));
  P(`info: dotted look-alike tokens (OIDs, versions, dotted ids) changed: ${other.dottedChanged}/${other.dotted} (${fmtPct(pct(other.dottedChanged, other.dotted))}); lines with any changed other token: ${other.lines}`);
  if (worstTemplates.length) {
    P('');
    P('templates with survivors (top 20): template / kind / survived of planted');
    for (const w of worstTemplates) P(`  ${w.template.padEnd(24)} ${w.kind.padEnd(7)} ${w.survived}/${w.planted}`);
  }
  if (topTokens.length) {
    P('');
    P('top changed other tokens: count  token  (line, template)');
    for (const tk of topTokens) P(`  ${String(tk.count).padStart(6)}  ${clip(JSON.stringify(tk.token), 60).padEnd(34)} (line ${tk.example.line}, ${tk.example.template})`);
  }
  if (args.show > 0) {
    const failing = rows.filter((x) => x.survived > 0).map((x) => x.kind);
    for (const k of failing) {
      P('');
      P(`--- ${k}: ${stat[k].survived} survived${rows.find((x) => x.kind === k).pass ? ' (within target)' : ''} ---`);
      for (const e of stat[k].examples.slice(0, args.show)) {
        P(`[line ${e.line} ${e.template}] value ${JSON.stringify(e.value)}`);
        P(`  in : ${clip(e.input)}`);
        P(`  out: ${clip(e.output)}`);
      }
    }
    if (other.changed) {
      P('');
      P(`--- other tokens: ${other.changed} changed in ${other.lines} lines ---`);
      for (const e of other.examples.slice(0, args.show)) {
        P(`[line ${e.line} ${e.template}]`);
        P(`  in : ${clip(e.input)}`);
        P(`  out: ${clip(e.output)}`);
      }
    }
  }
  P('');
  P(pass ? 'RESULT: PASS' : 'RESULT: FAIL');
  process.exit(pass ? 0 : 1);
}

main().catch((e) => {
  console.error(e.stack || String(e));
  process.exit(2);
});
