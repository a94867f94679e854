/**
 * `npm run bench`: throughput and memory of `logveil sanitize --format text`
 * on a deterministic 1M-line corpus (bench/gen-corpus.ts), with and without the
 * address cache. Each configuration runs several times as a separate process;
 * the figures are medians (the machines we measure on vary by +-30% between
 * identical runs). Wall time includes process start-up.
 *
 *   npm run bench -- --lines 1000000 --runs 5
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, closeSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus } from './gen-corpus.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = join(root, 'bin', 'logveil.js');

interface Run {
  wallSecs: number;
  innerLinesPerSec: number;
  rssMb: number;
}

async function runOnce(corpus: string, keyFile: string, extra: string[]): Promise<Run> {
  const devnull = openSync('/dev/null', 'w');
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [bin, 'sanitize', corpus, '--ip-key-file', keyFile, ...extra], {
    stdio: ['ignore', devnull, 'pipe'],
  });
  let err = '';
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const code = await new Promise<number>((res) => child.on('close', (c) => res(c ?? 1)));
  const wallSecs = Number(process.hrtime.bigint() - started) / 1e9;
  closeSync(devnull);
  if (code !== 0) throw new Error(`logveil sanitize exited ${code}: ${err}`);
  const lps = /\((\d+) lines\/s/.exec(err);
  const rss = /peak RSS (\d+) MB/.exec(err);
  return { wallSecs, innerLinesPerSec: Number(lps?.[1] ?? 0), rssMb: Number(rss?.[1] ?? 0) };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      lines: { type: 'string', default: '1000000' },
      seed: { type: 'string', default: '1' },
      runs: { type: 'string', default: '5' },
      dir: { type: 'string', default: join(tmpdir(), 'logveil-bench') },
    },
  });
  const lines = Number(values.lines);
  mkdirSync(values.dir, { recursive: true });
  const corpus = join(values.dir, `corpus-${lines}-${values.seed}.log`);
  if (!existsSync(corpus)) {
    process.stderr.write(`generating ${lines} lines into ${corpus}\n`);
    const chunks: string[] = [];
    generateCorpus(lines, Number(values.seed), (s) => chunks.push(s));
    writeFileSync(corpus, chunks.join(''));
  }
  const keyFile = join(values.dir, 'bench-ip.key');
  writeFileSync(keyFile, '0123456789abcdeffedcba98765432101032547698badcfeefcdab8967452301\n', { mode: 0o600 });
  const bytes = statSync(corpus).size;
  const runs = Number(values.runs);
  console.log(`logveil sanitize --format text, ${lines} lines, ${(bytes / 1e6).toFixed(1)} MB, ${runs} runs each (medians)`);
  console.log('| configuration | lines/s (wall) | MB/s (wall) | lines/s (in process) | peak RSS MB |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const [name, extra] of [
    ['address cache on (default)', []],
    ['address cache off (--cache-size 0)', ['--cache-size', '0']],
  ] as const) {
    const rs: Run[] = [];
    for (let i = 0; i < runs; i++) rs.push(await runOnce(corpus, keyFile, [...extra]));
    const wall = median(rs.map((r) => r.wallSecs));
    console.log(
      `| ${name} | ${Math.round(lines / wall).toLocaleString('en')} | ${(bytes / 1e6 / wall).toFixed(1)} | ${Math.round(median(rs.map((r) => r.innerLinesPerSec))).toLocaleString('en')} | ${Math.max(...rs.map((r) => r.rssMb))} |`,
    );
  }
}

await main();
