/**
 * `npm run bench:query`: throughput and memory of `logveil query` over a
 * realistic day of shipped data.
 *
 *   npm run bench:query -- [--events 1500000] [--batch-max 1000] [--runs 3] [--dir DIR] [--profile]
 *
 * Builds the day once (kept in --dir when given, so later runs reuse it):
 * the deterministic corpus of bench/gen-corpus.ts, 24 hours of it, each line
 * through the real pseudonymizer and parser as the daemon does (received time
 * spread over the hour, sender address, epoch), NDJSON by eventToJsonBytes,
 * batches of a bursty size (log-uniform between 1 and --batch-max events)
 * compressed with compressBatch, appended to a real spool whose clock follows
 * the data (so segments seal every 60 s of it, as segment_max_age_secs says),
 * and shipped by the real shipper into a local store.
 *
 * Then times, as separate processes, several runs each:
 *   day        logveil query --from STORE --private-key K --output ndjson > /dev/null
 *   filtered   the same with --host fw01 --grep 'Failed password'
 * and prints records/s (events decrypted, filtered and printed) over the wall
 * time of the process, start-up included, and over its CPU time (user + sys:
 * what one core does, whatever else the machine is running), and peak RSS
 * (VmHWM of the child), all sampled from /proc every 10 ms; medians of the
 * runs. Targets (measured, not asserted): >= 300,000 records/s on one core,
 * peak RSS <= 200 MB. The start-up of the CLI (`logveil query --help`: loading
 * every command's modules) is measured too, and a last column gives records/s
 * over the CPU time without it.
 *
 * --profile runs each query once more under `node --cpu-prof` and prints the
 * functions with the most self time.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { ephemeralKeys } from '../agent/keys/keyring.js';
import { generateRecipientKeyPair } from '../agent/keys/recipient-keys.js';
import { compressBatch, openSpool } from '../agent/spool/index.js';
import { parseSyslog } from '../agent/stages/parse/index.js';
import { createSanitizer } from '../agent/stages/pseudonymize/index.js';
import { createLocalStore, createShipper } from '../agent/store/index.js';
import { eventToJsonBytes } from '../shared/event-json.js';
import { generateCorpus } from './gen-corpus.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = join(root, 'bin', 'logveil.js');
const DAY = Date.UTC(2026, 2, 1);
const HOUR_MS = 3_600_000;
const NEWLINE = Buffer.from('\n');
/** USER_HZ on Linux: the unit of utime and stime in /proc/<pid>/stat. */
const TICKS_PER_SEC = 100;

interface Built {
  readonly storeDir: string;
  readonly privateKeyFile: string;
}

/** mulberry32, as gen-corpus.ts: the same seed gives the same batches. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function build(dir: string, total: number, batchMax: number): Promise<Built> {
  const storeDir = join(dir, 'store');
  const privateKeyFile = join(dir, 'recipient', 'bench.DEMO-NOT-FOR-PRODUCTION.key');
  if (existsSync(join(dir, 'built'))) return { storeDir, privateKeyFile };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const started = Date.now();
  const recipient = await generateRecipientKeyPair(join(dir, 'recipient'), { name: 'bench', demo: true });
  const sanitizer = createSanitizer({ keys: ephemeralKeys() });
  const logger = pino({ level: 'silent' });
  let clock = DAY;
  const spool = await openSpool(
    {
      dir: join(dir, 'spool'),
      recipientPublicKey: recipient.publicKey,
      agentId: 'gw-bench',
      tenant: 'acme',
      site: 'hq',
      policyVersion: '1',
      keyEpoch: sanitizer.epoch,
      segmentMaxBytes: 16 * 1024 * 1024,
      segmentMaxAgeMs: 60_000,
      fsync: { mode: 'interval', intervalMs: 3_600_000 },
      maxTotalBytes: 64 * 1024 * 1024 * 1024,
      retention: {},
    },
    { logger, now: () => clock },
  );
  const shipper = createShipper({ spool, store: createLocalStore(storeDir), prefix: 'lv', logger });
  const senders = Array.from({ length: 8 }, (_, i) => sanitizer.pseudonymizeIp(`10.20.0.${i + 1}`) as string);
  const rand = rng(7);
  const perHour = Math.ceil(total / 24);
  let events = 0;
  let frames = 0;
  for (let h = 0; h < 24; h++) {
    const lines: string[] = [];
    generateCorpus(perHour, h + 1, (s) => lines.push(s.endsWith('\n') ? s.slice(0, -1) : s));
    for (let i = 0; i < lines.length; ) {
      const n = Math.min(lines.length - i, Math.max(1, Math.floor(Math.exp(rand() * Math.log(batchMax + 1)))));
      const clean = sanitizer.sanitizeBatch(lines.slice(i, i + n));
      const parts: Buffer[] = [];
      let minTime = Number.POSITIVE_INFINITY;
      let maxTime = Number.NEGATIVE_INFINITY;
      for (let k = 0; k < n; k++) {
        const receivedAt = DAY + h * HOUR_MS + Math.floor(((i + k) * HOUR_MS) / lines.length);
        const ev = parseSyslog(clean[k] as string, { now: new Date(receivedAt) });
        ev.received = new Date(receivedAt).toISOString();
        ev.source = { name: 'udp514', transport: 'udp', addr: senders[(i + k) % senders.length] as string };
        ev.epoch = sanitizer.epoch;
        parts.push(eventToJsonBytes(ev), NEWLINE);
        minTime = Math.min(minTime, receivedAt);
        maxTime = Math.max(maxTime, receivedAt);
      }
      clock = maxTime;
      await spool.sealDue();
      await spool.append('logs', { payload: compressBatch(Buffer.concat(parts), 1), count: n, minTime, maxTime });
      if (spool.sealed().length >= 32) await shipper.shipOnce();
      events += n;
      frames++;
      i += n;
    }
    process.stderr.write(`\rbuilding: hour ${h + 1}/24, ${events} events, ${frames} frames`);
  }
  await spool.sealAll();
  await shipper.shipOnce();
  await spool.close();
  const objects = countObjects(storeDir);
  process.stderr.write(`\rbuilt ${events} events in ${frames} frames, ${objects.count} objects (${(objects.bytes / 1048576).toFixed(0)} MB) in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  closeSync(openSync(join(dir, 'built'), 'w'));
  return { storeDir, privateKeyFile: recipient.privateKeyFile };
}

function countObjects(dir: string): { count: number; bytes: number } {
  let count = 0;
  let bytes = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && e.name.endsWith('.lvb')) {
      count++;
      bytes += readFileSync(join(e.parentPath, e.name)).length;
    }
  }
  return { count, bytes };
}

interface Run {
  readonly secs: number;
  /** user + sys of the child. */
  readonly cpuSecs: number;
  readonly peakMb: number;
  readonly events: number;
  readonly matched: number;
}

async function runOnce(args: readonly string[], nodeArgs: readonly string[] = [], expectSummary = true): Promise<Run> {
  const devnull = openSync('/dev/null', 'w');
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [...nodeArgs, BIN, 'query', ...args], { stdio: ['ignore', devnull, 'pipe'] });
  let peakKb = 0;
  let cpuTicks = 0;
  const sample = () => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (m) peakKb = Math.max(peakKb, Number(m[1]));
      const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      cpuTicks = Math.max(cpuTicks, Number(fields[11]) + Number(fields[12]));
    } catch {
      // the child has exited
    }
  };
  const timer = setInterval(sample, 10);
  let err = '';
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  clearInterval(timer);
  const secs = Number(process.hrtime.bigint() - started) / 1e9;
  closeSync(devnull);
  if (code !== 0) throw new Error(`logveil query exited ${code}: ${err}`);
  const m = /(\d+) of (\d+) events matched/.exec(err) ?? (expectSummary ? null : ['', '0', '0']);
  if (!m) throw new Error(`no summary from logveil query: ${err}`);
  return { secs, cpuSecs: cpuTicks / TICKS_PER_SEC, peakMb: peakKb / 1024, events: Number(m[2]), matched: Number(m[1]) };
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** The functions with the most self time in a .cpuprofile. */
function topSelfTime(file: string, n: number): string[] {
  const p = JSON.parse(readFileSync(file, 'utf8')) as {
    nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>;
    samples: number[];
    timeDeltas: number[];
  };
  const byId = new Map(p.nodes.map((x) => [x.id, x]));
  const self = new Map<string, number>();
  let total = 0;
  p.samples.forEach((id, i) => {
    const node = byId.get(id);
    const dt = p.timeDeltas[i] ?? 0;
    total += dt;
    if (!node) return;
    const f = node.callFrame;
    const name = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\/(dist|node_modules)\//, '')}:${f.lineNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + dt);
  });
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, us]) => `${((100 * us) / total).toFixed(1).padStart(5)}%  ${name}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      events: { type: 'string', default: '1500000' },
      'batch-max': { type: 'string', default: '1000' },
      runs: { type: 'string', default: '3' },
      dir: { type: 'string' },
      profile: { type: 'boolean', default: false },
    },
  });
  const dir = values.dir ?? mkdtempSync(join(tmpdir(), 'logveil-query-bench-'));
  const built = await build(dir, Number(values.events), Number(values['batch-max']));
  const base = ['--from', built.storeDir, '--private-key', built.privateKeyFile, '--output', 'ndjson'];
  const scenarios: Array<{ name: string; args: string[] }> = [
    { name: 'day', args: base },
    { name: 'filtered', args: [...base, '--host', 'fw01', '--grep', 'Failed password'] },
  ];
  const runs = Number(values.runs);
  console.log(`logveil query over ${built.storeDir} (node ${process.version}, ${runs} runs each, medians)`);
  const startups: Run[] = [];
  for (let i = 0; i < runs; i++) startups.push(await runOnce(['--help'], [], false));
  const startupCpu = median(startups.map((r) => r.cpuSecs));
  console.log(`start-up (logveil query --help): ${median(startups.map((r) => r.secs)).toFixed(2)} s wall, ${startupCpu.toFixed(2)} s CPU, ${median(startups.map((r) => r.peakMb)).toFixed(0)} MB`);
  console.log('scenario   records/s (wall)  records/s (CPU)   wall s   CPU s     events    matched  peak RSS  records/s (CPU - start-up)');
  for (const s of scenarios) {
    const rs: Run[] = [];
    for (let i = 0; i < runs; i++) rs.push(await runOnce(s.args));
    const r0 = rs[0] as Run;
    const secs = median(rs.map((r) => r.secs));
    const cpu = median(rs.map((r) => r.cpuSecs));
    console.log(
      `${s.name.padEnd(9)}  ${String(Math.round(r0.events / secs)).padStart(16)}  ${String(Math.round(r0.events / cpu)).padStart(15)}  ${secs.toFixed(2).padStart(7)}  ${cpu.toFixed(2).padStart(5)}  ${String(r0.events).padStart(9)}  ${String(r0.matched).padStart(9)}  ${median(rs.map((r) => r.peakMb)).toFixed(0).padStart(5)} MB  ${String(Math.round(r0.events / Math.max(0.01, cpu - startupCpu))).padStart(12)}`,
    );
    console.log(`           runs (wall s): ${rs.map((r) => r.secs.toFixed(2)).join(', ')}`);
  }
  if (values.profile) {
    for (const s of scenarios) {
      const profDir = mkdtempSync(join(tmpdir(), 'logveil-query-prof-'));
      await runOnce(s.args, ['--cpu-prof', '--cpu-prof-dir', profDir]);
      const file = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
      console.log(`\nprofile, ${s.name} (self time; ${profDir}/${file ?? '?'}):`);
      if (file) for (const line of topSelfTime(join(profDir, file), 15)) console.log(`  ${line}`);
    }
  }
  if (values.dir === undefined) rmSync(dir, { recursive: true, force: true });
}

await main();
