/**
 * `npm run bench:agent`: end-to-end throughput of `logveil run` (received,
 * parsed, pseudonymized, compressed, encrypted and written to the spool)
 * against rsyslog with mmanon on the same load, in the same run, each driven
 * by a separate sender process (bench/load-gen.ts).
 *
 *   npm run bench:agent -- [--tcp-lines 1000000] [--udp-rate 100000] [--udp-secs 30] [--workers 2] [--runs 3]
 *                          [--rsyslog-mode random-consistent|zero] [--only tcp,udp]
 *
 * Prints msgs/s accepted and spooled, loss, CPU (user+sys of the receiver over
 * the run, as % of one core) and peak RSS, and the ratio logveil / rsyslog.
 * Needs rsyslogd on PATH (scripts/install-peers.sh); without it the rsyslog
 * rows are skipped.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus } from './gen-corpus.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = join(root, 'bin', 'logveil.js');
/** The node flags the agent is run with in production (README, "Pipeline"). */
const AGENT_NODE_FLAGS = ['--max-semi-space-size=4'];
const LOADGEN = join(root, 'dist', 'bench', 'load-gen.js');
const TICKS = 100; // USER_HZ on Linux

interface ProcSample {
  cpuSecs: number;
  peakRssMb: number;
}

function sample(pid: number): ProcSample {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const cpuSecs = (Number(fields[11]) + Number(fields[12])) / TICKS;
  const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return { cpuSecs, peakRssMb: Math.round(Number(hwm?.[1] ?? 0) / 1024) };
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

function loadgen(args: string[]): Promise<{ sent: number; bytes: number; secs: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [LOADGEN, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as { sent: number; bytes: number; secs: number }) : reject(new Error(`load-gen exited ${code}`))));
  });
}

/** `reason=count` for every non-zero `logveil_dropped_events_total` series of a /metrics scrape. */
function dropReasons(metrics: string): string {
  const out: string[] = [];
  for (const m of metrics.matchAll(/^logveil_dropped_events_total\{([^}]*)\} (\d+)$/gm)) {
    if (m[2] !== '0') out.push(`${/reason="([^"]*)"/.exec(m[1] as string)?.[1] ?? '?'}=${m[2]}`);
  }
  return out.join(', ');
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

interface Result {
  receiver: string;
  proto: string;
  offered: number;
  accepted: number;
  secs: number;
  cpuPct: number;
  peakRssMb: number;
  extra?: string;
}

interface BenchOptions {
  lines: number;
  rate: number;
  secs: number;
  workers: number;
  rsyslogMode: keyof typeof MMANON;
}

async function runLogveil(proto: 'tcp' | 'udp', corpus: string, opts: BenchOptions): Promise<Result> {
  const dir = mkdtempSync(join(tmpdir(), 'logveil-bench-agent-'));
  const port = await freePort();
  const api = await freePort();
  writeFileSync(
    join(dir, 'agent.yaml'),
    `sources:
  bench:
    mode: ${proto}
    address: 127.0.0.1:${port}
    receive_buffer_bytes: 8388608
pseudonymize: { keys_dir: ${dir}/keys }
pipeline: { workers: ${opts.workers}, queue_max_messages: 100000, batch_max_messages: 2000 }
spool: { dir: ${dir}/spool, recipient_public_key_file: ${dir}/r/recipient.DEMO-NOT-FOR-PRODUCTION.pub, segment_max_age_secs: 5 }
store: { dir: ${dir}/outbox, ship_interval_secs: 2 }
api: { address: 127.0.0.1:${api} }
log: { level: warn }
`,
  );
  // As `npm start` and the README's service line run it: a 4 MB semi-space, which gives every thread an 8 MB young generation.
  const child = spawn(process.execPath, [...AGENT_NODE_FLAGS, BIN, 'run', '--config', join(dir, 'agent.yaml')], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  const health = async (): Promise<{ status: string; events: { accepted: number; spooled: number; dropped: number } }> =>
    (await (await fetch(`http://127.0.0.1:${api}/healthz`)).json()) as { status: string; events: { accepted: number; spooled: number; dropped: number } };
  for (let i = 0; ; i++) {
    try {
      if ((await health()).status === 'ok') break;
    } catch {
      if (i > 200) throw new Error('logveil did not start');
    }
    await sleep(50);
  }
  const before = sample(child.pid as number);
  const started = process.hrtime.bigint();
  const sender = proto === 'tcp' ? loadgen(['--proto', 'tcp', '--port', String(port), '--file', corpus, '--n', String(opts.lines), '--octet']) : loadgen(['--proto', 'udp', '--port', String(port), '--file', corpus, '--rate', String(opts.rate), '--secs', String(opts.secs)]);
  const sent = await sender;
  // Done when everything sent is spooled (TCP), or when the count stops moving (UDP).
  let last = -1;
  let stable = 0;
  let h = await health();
  for (;;) {
    h = await health();
    if (proto === 'tcp' && h.events.spooled >= sent.sent) break;
    if (h.events.spooled === last && h.events.spooled === h.events.accepted) {
      if (++stable >= 20) break;
    } else stable = 0;
    last = h.events.spooled;
    await sleep(50);
  }
  const secs = Number(process.hrtime.bigint() - started) / 1e9 - (proto === 'udp' ? stable * 0.05 : 0);
  const after = sample(child.pid as number);
  const drops = dropReasons(await (await fetch(`http://127.0.0.1:${api}/metrics`)).text());
  await new Promise<void>((r) => {
    child.once('exit', () => r());
    child.kill('SIGTERM');
  });
  const spoolBytes = dirBytes(join(dir, 'spool')) + dirBytes(join(dir, 'outbox'), '.lvb');
  rmSync(dir, { recursive: true, force: true });
  return {
    receiver: `logveil (${opts.workers} workers)`,
    proto,
    offered: sent.sent,
    accepted: h.events.spooled,
    secs,
    cpuPct: Math.round(((after.cpuSecs - before.cpuSecs) / secs) * 100),
    peakRssMb: after.peakRssMb,
    extra: `on disk ${(spoolBytes / 1e6).toFixed(1)} MB = ${((spoolBytes / sent.bytes) * 100).toFixed(0)}% of ${(sent.bytes / 1e6).toFixed(1)} MB raw${drops === '' ? '' : `; dropped: ${drops}`}`,
  };
}

async function runRsyslog(proto: 'tcp' | 'udp', corpus: string, opts: BenchOptions): Promise<Result> {
  const dir = mkdtempSync(join(tmpdir(), 'logveil-bench-rsyslog-'));
  const port = await freePort();
  const out = join(dir, 'out.log');
  writeFileSync(
    join(dir, 'rsyslog.conf'),
    `global(workDirectory="${dir}" maxMessageSize="8k")
module(load="${proto === 'tcp' ? 'imptcp' : 'imudp'}")
module(load="mmanon")
template(name="out" type="string" string="%timestamp:::date-rfc3339% %hostname% %syslogtag%%msg%\\n")
ruleset(name="main" queue.type="LinkedList" queue.size="200000" queue.dequeueBatchSize="1024" queue.workerThreads="${rsyslogWorkers(opts)}" queue.workerThreadMinimumMessages="10000") {
  action(type="mmanon" ${MMANON[opts.rsyslogMode]})
  action(type="omfile" file="${out}" template="out" asyncWriting="off" ioBufferSize="256k" flushOnTXEnd="on")
}
input(type="${proto === 'tcp' ? 'imptcp' : 'imudp'}" address="127.0.0.1" port="${port}" ruleset="main"${proto === 'udp' ? ' rcvBufSize="8m"' : ''})
`,
  );
  const child: ChildProcess = spawn('rsyslogd', ['-n', '-f', join(dir, 'rsyslog.conf'), '-i', join(dir, 'pid')], { stdio: ['ignore', 'ignore', 'inherit'] });
  await sleep(1000);
  const before = sample(child.pid as number);
  const started = process.hrtime.bigint();
  const sent = await (proto === 'tcp' ? loadgen(['--proto', 'tcp', '--port', String(port), '--file', corpus, '--n', String(opts.lines), '--octet']) : loadgen(['--proto', 'udp', '--port', String(port), '--file', corpus, '--rate', String(opts.rate), '--secs', String(opts.secs)]));
  let last = -1;
  let stable = 0;
  let lines = 0;
  const deadline = Date.now() + 300_000;
  for (;;) {
    lines = countLines(out);
    if (Date.now() > deadline || child.exitCode !== null) break;
    if (proto === 'tcp' && lines >= sent.sent) break;
    if (lines === last) {
      if (++stable >= 20) break;
    } else stable = 0;
    last = lines;
    await sleep(50);
  }
  const secs = Number(process.hrtime.bigint() - started) / 1e9 - (lines < sent.sent ? stable * 0.05 : 0);
  const after = sample(child.pid as number);
  child.kill('SIGTERM');
  await sleep(300);
  rmSync(dir, { recursive: true, force: true });
  return {
    receiver: `rsyslog + mmanon ${opts.rsyslogMode} (${rsyslogWorkers(opts)} workers)`,
    proto,
    offered: sent.sent,
    accepted: lines,
    secs,
    cpuPct: Math.round(((after.cpuSecs - before.cpuSecs) / secs) * 100),
    peakRssMb: after.peakRssMb,
  };
}

/**
 * mmanon settings. random-consistent is the closest to our keyed pseudonyms; with
 * two worker threads it crashes or hangs in Debian's rsyslog 8.2302
 * (research/perf-baseline.md section 1), so it runs with one. zero (truncation)
 * is cheaper and stable with two.
 */
const MMANON = {
  'random-consistent':
    'ipv4.enable="on" ipv4.mode="random-consistent" ipv4.bits="32" ipv6.enable="on" ipv6.anonmode="random-consistent" ipv6.bits="128" embeddedipv4.enable="on" embeddedipv4.anonmode="random-consistent" embeddedipv4.bits="128"',
  zero: 'ipv4.enable="on" ipv4.mode="zero" ipv4.bits="8" ipv6.enable="on" ipv6.anonmode="zero" ipv6.bits="64" embeddedipv4.enable="on"',
} as const;

function rsyslogWorkers(opts: { workers: number; rsyslogMode: keyof typeof MMANON }): number {
  return opts.rsyslogMode === 'random-consistent' ? 1 : opts.workers;
}

function countLines(file: string): number {
  if (!existsSync(file)) return 0;
  const r = spawnSync('wc', ['-l', file], { encoding: 'utf8' });
  return Number(r.stdout.trim().split(' ')[0]);
}

function dirBytes(dir: string, suffix = ''): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir).reduce((sum, n) => {
    const p = join(dir, n);
    const s = statSync(p);
    return sum + (s.isDirectory() ? dirBytes(p, suffix) : p.endsWith(suffix) ? s.size : 0);
  }, 0);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1] as number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'tcp-lines': { type: 'string', default: '1000000' },
      'udp-rate': { type: 'string', default: '100000' },
      'udp-secs': { type: 'string', default: '30' },
      workers: { type: 'string', default: '2' },
      runs: { type: 'string', default: '3' },
      only: { type: 'string', default: 'tcp,udp' },
      'rsyslog-mode': { type: 'string', default: 'random-consistent' },
    },
  });
  const rsyslogMode = values['rsyslog-mode'] === 'zero' ? 'zero' : 'random-consistent';
  const opts = { lines: Number(values['tcp-lines']), rate: Number(values['udp-rate']), secs: Number(values['udp-secs']), workers: Number(values.workers), rsyslogMode } as const;
  const dir = join(tmpdir(), 'logveil-bench');
  mkdirSync(dir, { recursive: true });
  const corpus = join(dir, 'agent-corpus-200k.log');
  if (!existsSync(corpus)) {
    const chunks: string[] = [];
    generateCorpus(200_000, 2, (s) => chunks.push(s));
    writeFileSync(corpus, chunks.join(''));
  }
  const haveRsyslog = spawnSync('rsyslogd', ['-v']).status === 0;
  const rows: Array<{ r: Result; rate: number }> = [];
  const runs = Number(values.runs);
  for (const proto of values.only.split(',') as Array<'tcp' | 'udp'>) {
    const peers: Array<(p: 'tcp' | 'udp', c: string, o: BenchOptions) => Promise<Result>> = [runLogveil, ...(haveRsyslog ? [runRsyslog] : [])];
    for (const run of peers) {
      const results: Result[] = [];
      for (let i = 0; i < (proto === 'udp' ? 1 : runs); i++) results.push(await run(proto, corpus, opts));
      const rates = results.map((r) => r.accepted / r.secs);
      const mid = results[rates.indexOf(median(rates))] as Result;
      rows.push({ r: mid, rate: median(rates) });
      process.stderr.write(`${mid.receiver} ${proto}: ${rates.map((x) => Math.round(x)).join(', ')} msgs/s\n`);
    }
  }
  console.log(`| receiver | proto | offered | spooled/written | loss | msgs/s (median) | CPU | peak RSS MB | notes |`);
  console.log(`| --- | --- | --- | --- | --- | --- | --- | --- | --- |`);
  for (const { r, rate } of rows) {
    console.log(`| ${r.receiver} | ${r.proto} | ${r.offered} | ${r.accepted} | ${(((r.offered - r.accepted) / r.offered) * 100).toFixed(2)}% | ${Math.round(rate).toLocaleString('en')} | ${r.cpuPct}% | ${r.peakRssMb} | ${r.extra ?? ''} |`);
  }
  for (const proto of ['tcp', 'udp']) {
    const lv = rows.find((x) => x.r.proto === proto && x.r.receiver.startsWith('logveil'));
    const rs = rows.find((x) => x.r.proto === proto && x.r.receiver.startsWith('rsyslog'));
    if (lv && rs) console.log(`${proto}: logveil / rsyslog+mmanon = ${(lv.rate / rs.rate).toFixed(2)}x`);
  }
}

await main();
