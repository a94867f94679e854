/**
 * `npm run eval -- DIR [--out OUTDIR]`: runs the sanitizer and the parser over
 * every file of a log corpus (for us, the shared corpus beside the checkout)
 * and reports, per file, what was replaced and how lines parsed. It then looks
 * for survivors the crude way, independently of the scanner: any IPv4 dotted
 * quad or e-mail address of an input line that is still in its output line.
 * With --out it writes each sanitized file there, for reading by eye.
 *
 * This is an evaluation, not a test: the corpus has its own licences and is
 * not part of the repository.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { createSanitizer } from '../agent/stages/pseudonymize/index.js';
import { parseSyslog } from '../agent/stages/parse/index.js';
import { ephemeralKeys } from '../agent/keys/keyring.js';

const SKIP = /(?:^|\/)(?:README\.md|INDEX\.tsv|LICENSE)$/;
const IPV4 = /(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const SPECIAL = new Set(['0.0.0.0', '127.0.0.1', '255.255.255.255']);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : SKIP.test(p) ? [] : [p];
  });
}

function main(): void {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
  const dir = positionals[0];
  if (dir === undefined) throw new Error('usage: npm run eval -- DIR [--out OUTDIR]');
  const sanitizer = createSanitizer({ keys: ephemeralKeys() });
  const totals = { files: 0, lines: 0, survivors: 0, formats: new Map<string, number>() };
  const survivors: string[] = [];
  console.log('| file | lines | ip | mac | email | user | secret | rfc5424 | rfc3164 | unparsed | survivors |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const file of files(dir).sort()) {
    const before = { ...sanitizer.stats.replaced };
    const text = readFileSync(file).toString('latin1');
    let lines = text.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    // Wazuh rule tests hold one raw log line per `log N pass = <line>`.
    if (file.endsWith('.ini')) lines = lines.flatMap((l) => /^log \d+ (?:pass|fail) = (.*)$/.exec(l)?.slice(1) ?? []);
    const formats = new Map<string, number>();
    const out: string[] = [];
    let fileSurvivors = 0;
    const state = {};
    for (const raw of lines) {
      const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
      const clean = sanitizer.sanitize(line, state);
      out.push(clean);
      const f = parseSyslog(clean).format;
      formats.set(f, (formats.get(f) ?? 0) + 1);
      totals.formats.set(f, (totals.formats.get(f) ?? 0) + 1);
      for (const m of [...line.matchAll(IPV4), ...line.matchAll(EMAIL)]) {
        if (SPECIAL.has(m[0]) || /^(?:255|0)\./.test(m[0]) || /^127\./.test(m[0])) continue; // kept by the default keep list
        if (clean.includes(m[0])) {
          fileSurvivors++;
          survivors.push(`${relative(dir, file)}: ${m[0]}\n    in : ${line.slice(0, 240)}\n    out: ${clean.slice(0, 240)}`);
        }
      }
    }
    const r = sanitizer.stats.replaced;
    console.log(
      `| ${relative(dir, file)} | ${lines.length} | ${r.ip - before.ip} | ${r.mac - before.mac} | ${r.email - before.email} | ${r.user - before.user} | ${r.secret - before.secret} | ${formats.get('rfc5424') ?? 0} | ${formats.get('rfc3164') ?? 0} | ${formats.get('unparsed') ?? 0} | ${fileSurvivors} |`,
    );
    totals.files++;
    totals.lines += lines.length;
    totals.survivors += fileSurvivors;
    if (values.out !== undefined) {
      const target = join(values.out, relative(dir, file));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, Buffer.from(`${out.join('\n')}\n`, 'latin1'));
    }
  }
  const r = sanitizer.stats.replaced;
  console.log(
    `\n${totals.files} files, ${totals.lines} lines; replaced ip=${r.ip} mac=${r.mac} email=${r.email} user=${r.user} secret=${r.secret}; ` +
      `formats ${[...totals.formats].map(([k, v]) => `${k}=${v}`).join(' ')}; dotted-quad/e-mail survivors: ${totals.survivors}`,
  );
  for (const s of survivors.slice(0, 50)) console.log(s);
}

main();
