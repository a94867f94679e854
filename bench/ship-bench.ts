/**
 * `npm run bench:ship`: how fast the shipper moves sealed spool segments into
 * an S3-compatible store, and with how much memory.
 *
 *   npm run bench:ship -- [--segments 8] [--runs 3] [--dir DIR]
 *
 * Builds a spool once (kept in --dir when given): the deterministic corpus of
 * bench/gen-corpus.ts through the real pseudonymizer and parser, NDJSON by
 * eventToJsonBytes, batches of 1,000 events compressed with compressBatch
 * (level 1, the default), appended to a real spool with the default segment
 * size (16 MiB) until --segments segments are sealed.
 *
 * Then, for each row and run, copies the spool, starts s3rver (npm) in its
 * own process on loopback with an empty directory, and ships everything with
 * the real shipper and S3 store in a child process, timing shipOnce() until
 * the spool is empty. Prints MB/s and records/s of shipping and the child's
 * peak RSS (getrusage maxrss), medians of the runs. Rows:
 *   s3 put        the defaults: segments stay under multipart_threshold_bytes
 *                 (16 MiB), one PutObject each (+ HEADs and the manifest)
 *   s3 multipart  multipart_threshold_bytes 8 MiB: 8 MiB parts, 4 at a time
 *   local         the local directory store, for reference
 * s3rver runs on the same machine and does the hashing and file writes of a
 * real server, so the figures are a floor for a real endpoint on a fast link;
 * on a gateway the uplink decides.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { ephemeralKeys } from '../agent/keys/keyring.js';
import { generateRecipientKeyPair, readRecipientPublicKey } from '../agent/keys/recipient-keys.js';
import { compressBatch, openSpool, type SpoolOptions } from '../agent/spool/index.js';
import { parseSyslog } from '../agent/stages/parse/index.js';
import { createSanitizer } from '../agent/stages/pseudonymize/index.js';
import { createLocalStore, createS3Store, createShipper, type ObjectStore } from '../agent/store/index.js';
import { eventToJsonBytes } from '../shared/event-json.js';
import { generateCorpus } from './gen-corpus.js';

const SELF = fileURLToPath(import.meta.url);
const root = join(dirname(SELF), '..', '..');
const BUCKET = 'logveil-bench';
const MIB = 1024 * 1024;
const NEWLINE = Buffer.from('\n');
const S3_ENV = {
  AWS_ACCESS_KEY_ID: 'S3RVER',
  AWS_SECRET_ACCESS_KEY: 'S3RVER',
  AWS_REGION: 'us-east-1',
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
};

type Row = 's3 put' | 's3 multipart' | 'local';
const ROWS: readonly Row[] = ['s3 put', 's3 multipart', 'local'];

interface ShipResult {
  readonly secs: number;
  readonly bytes: number;
  readonly records: number;
  readonly segments: number;
  readonly peakRssMb: number;
}

function spoolOptions(dir: string, recipientPublicKey: Uint8Array): SpoolOptions {
  return {
    dir,
    recipientPublicKey,
    agentId: 'gw-bench',
    tenant: 'acme',
    site: 'hq',
    policyVersion: '1',
    keyEpoch: 'bench',
    segmentMaxBytes: 16 * MIB,
    segmentMaxAgeMs: 365 * 86_400_000,
    fsync: { mode: 'interval', intervalMs: 1000 },
    maxTotalBytes: 64 * 1024 * MIB,
    retention: {},
  };
}

/** The template spool under dir/spool, built once. */
async function build(dir: string, segments: number): Promise<{ spoolDir: string; publicKeyFile: string }> {
  const spoolDir = join(dir, 'spool');
  const done = join(dir, `built-${segments}`);
  const publicKeyFile = join(dir, 'recipient', 'bench.DEMO-NOT-FOR-PRODUCTION.pub');
  if (existsSync(done)) return { spoolDir, publicKeyFile };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const started = Date.now();
  const recipient = await generateRecipientKeyPair(join(dir, 'recipient'), { name: 'bench', demo: true });
  const sanitizer = createSanitizer({ keys: ephemeralKeys() });
  const spool = await openSpool(spoolOptions(spoolDir, recipient.publicKey), { logger: pino({ level: 'silent' }) });
  const sender = sanitizer.pseudonymizeIp('10.20.0.1') as string;
  const t0 = Date.UTC(2026, 2, 1);
  // 100,000 corpus lines through the pseudonymizer and parser once; their batches are then
  // reused with new times (each batch compresses on its own, so reuse does not flatter the ratio).
  const lines: string[] = [];
  generateCorpus(100_000, 1, (s) => lines.push(s.endsWith('\n') ? s.slice(0, -1) : s));
  const batches: Array<Array<ReturnType<typeof parseSyslog>>> = [];
  for (let i = 0; i < lines.length; i += 1000) {
    const chunk = lines.slice(i, i + 1000);
    const clean = sanitizer.sanitizeBatch(chunk);
    batches.push(clean.map((l) => parseSyslog(l as string, { now: new Date(t0) })));
  }
  let events = 0;
  for (let b = 0; spool.sealed().length < segments; b++) {
    const batch = batches[b % batches.length] as Array<ReturnType<typeof parseSyslog>>;
    const at = t0 + events * 10;
    const parts: Buffer[] = [];
    for (const ev of batch) {
      ev.received = new Date(at).toISOString();
      ev.source = { name: 'udp514', transport: 'udp', addr: sender };
      ev.epoch = sanitizer.epoch;
      parts.push(eventToJsonBytes(ev), NEWLINE);
    }
    await spool.append('logs', { payload: compressBatch(Buffer.concat(parts), 1), count: batch.length, minTime: at, maxTime: at });
    events += batch.length;
    if (b % 100 === 0) process.stderr.write(`\rbuilding: ${spool.sealed().length}/${segments} segments, ${events} events`);
  }
  // Closing seals the segment in progress too: the rows ship --segments full ones plus that one.
  await spool.close();
  process.stderr.write(`\rbuilt ${segments} segments (${events} events) in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  writeFileSync(done, '');
  return { spoolDir, publicKeyFile: recipient.publicKeyFile };
}

/** s3rver in its own process (DES continuation tokens need OpenSSL's legacy provider). */
function startS3rver(dir: string): Promise<{ child: ChildProcess; endpoint: string }> {
  const script = `import S3rver from 's3rver';
const s = new S3rver({ address: '127.0.0.1', port: 0, directory: process.argv[1], silent: true, configureBuckets: [{ name: '${BUCKET}' }] });
const a = await s.run();
process.stdout.write(JSON.stringify({ port: a.port }) + '\\n');`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--openssl-legacy-provider', '--input-type=module', '-e', script, dir], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.once('data', (d: Buffer) => resolve({ child, endpoint: `http://127.0.0.1:${(JSON.parse(d.toString()) as { port: number }).port}` }));
    child.on('error', reject);
  });
}

/** One measured run: ships a copy of the template spool from a child process. */
async function runOnce(row: Row, template: { spoolDir: string; publicKeyFile: string }, work: string): Promise<ShipResult> {
  const runDir = mkdtempSync(join(work, 'run-'));
  const spoolDir = join(runDir, 'spool');
  cpSync(template.spoolDir, spoolDir, { recursive: true, filter: (src) => !src.endsWith('spool.lock') });
  let server: { child: ChildProcess; endpoint: string } | undefined;
  try {
    if (row !== 'local') server = await startS3rver(join(runDir, 's3rver'));
    const target = server?.endpoint ?? join(runDir, 'outbox');
    const out = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, [SELF, '--child', row, spoolDir, template.publicKeyFile, target], { env: { ...process.env, ...S3_ENV }, stdio: ['ignore', 'pipe', 'inherit'] });
      let s = '';
      child.stdout.on('data', (d: Buffer) => (s += d.toString()));
      child.on('exit', (code) => (code === 0 ? resolve(s) : reject(new Error(`shipping child exited ${code}`))));
    });
    return JSON.parse(out) as ShipResult;
  } finally {
    server?.child.kill('SIGKILL');
    rmSync(runDir, { recursive: true, force: true });
  }
}

/** The child: opens the spool copy and ships it all, then prints what it measured. */
async function child(row: Row, spoolDir: string, publicKeyFile: string, target: string): Promise<void> {
  const logger = pino({ level: 'warn' }, process.stderr);
  const spool = await openSpool(spoolOptions(spoolDir, readRecipientPublicKey(publicKeyFile)), { logger });
  const segs = spool.sealed();
  const bytes = segs.reduce((a, s) => a + s.bytes, 0);
  const records = segs.reduce((a, s) => a + s.count, 0);
  const store: ObjectStore =
    row === 'local'
      ? createLocalStore(target)
      : createS3Store(
          {
            bucket: BUCKET,
            region: 'us-east-1',
            endpoint: target,
            force_path_style: true,
            storage_class: 'STANDARD',
            sse_kms_key_id: '',
            allow_plain_http_loopback: true,
            multipart_threshold_bytes: row === 's3 multipart' ? 8 * MIB : 16 * MIB,
            part_size_bytes: 8 * MIB,
            retry_base_delay_ms: 200,
            retry_max_delay_ms: 60_000,
            retentionDays: { logs: 365, metrics: 790, alerts: 730, audit: 730 },
          },
          { logger },
        );
  const shipper = createShipper({ spool, store, prefix: 'bench', logger });
  // Load the SDK and open a connection before the clock starts: the daemon pays that once at start-up.
  await store.head('bench/warm-up');
  const started = process.hrtime.bigint();
  while (spool.sealed().length > 0) {
    const { shipped } = await shipper.shipOnce();
    if (shipped === 0) throw new Error(`shipping made no progress: ${JSON.stringify(shipper.stats().failures)}`);
  }
  const secs = Number(process.hrtime.bigint() - started) / 1e9;
  await spool.close();
  await store.close?.();
  const result: ShipResult = { secs, bytes, records, segments: segs.length, peakRssMb: process.resourceUsage().maxRSS / 1024 };
  process.stdout.write(JSON.stringify(result));
}

/**
 * QUERY THROUGHPUT OVER S3: for the query engineer to fill in once agent/query
 * reads from an ObjectStore (today runQuery walks a directory; bench/query-bench.ts
 * measures that). Expected shape: ship the template spool to s3rver as above, then
 * time `logveil query` (or runQuery) reading it back through createS3Store's
 * list/get, and print records/s and peak RSS in the same table format.
 */
async function benchQuery(): Promise<void> {
  console.log('query over S3: not measured yet (agent/query reads a directory; see benchQuery in bench/ship-bench.ts)');
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      segments: { type: 'string', default: '8' },
      runs: { type: 'string', default: '3' },
      dir: { type: 'string' },
      child: { type: 'string' },
    },
    allowPositionals: true,
    strict: false,
  });
  if (typeof values.child === 'string') {
    const [spoolDir, publicKeyFile, target] = process.argv.slice(process.argv.indexOf('--child') + 2);
    return child(values.child as Row, spoolDir as string, publicKeyFile as string, target as string);
  }
  const segments = Number(values.segments);
  const runs = Number(values.runs);
  const work = mkdtempSync(join(tmpdir(), 'logveil-ship-bench-'));
  const dir = typeof values.dir === 'string' ? values.dir : join(work, 'template');
  try {
    const template = await build(dir, segments);
    console.log(`shipping ${segments} sealed segments (16 MiB max) to s3rver on loopback (node ${process.version}, ${runs} runs each, medians)`);
    console.log('| store | MB/s | records/s | segments | MB | records | secs | peak RSS MB |');
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
    for (const row of ROWS) {
      const rs: ShipResult[] = [];
      for (let i = 0; i < runs; i++) rs.push(await runOnce(row, template, work));
      const secs = median(rs.map((r) => r.secs));
      const r0 = rs[0] as ShipResult;
      console.log(
        `| ${row} | ${(r0.bytes / MIB / secs).toFixed(1)} | ${Math.round(r0.records / secs)} | ${r0.segments} | ${(r0.bytes / MIB).toFixed(0)} | ${r0.records} | ${secs.toFixed(2)} | ${median(rs.map((r) => r.peakRssMb)).toFixed(0)} |`,
      );
    }
    await benchQuery();
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
