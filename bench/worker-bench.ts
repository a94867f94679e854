/**
 * `npm run bench:worker`: what one pipeline worker does per message (sanitize,
 * parse, JSON, compress), in process on one thread, with no sockets, no spool
 * and no sender sharing the cores. `bench:agent` measures the whole daemon; on
 * a 2-core machine its figure moves with whatever else runs, while this one
 * isolates the worker's share, which is where the daemon spends its CPU.
 *
 * Messages come from the benchmark corpus (bench/gen-corpus.ts) in batches as
 * the pipeline makes them (batch_max_bytes 64 KiB), through a fresh batch
 * processor per run. Each run is timed from the first batch to the last, in
 * wall time and in CPU time (user + system of the process: the one thread and
 * V8's GC helpers), which moves less when something else shares the cores;
 * the figures are medians of the runs.
 *
 *   npm run bench:worker -- [--lines 200000] [--runs 5] [--seed 1]
 */
import { parseArgs } from 'node:util';
import { createBatchProcessor } from '../agent/pipeline/batch-processor.js';
import { encodeBatch, type MessageBatch } from '../agent/pipeline/message-batch.js';
import { DEFAULT_POLICY } from '../agent/stages/pseudonymize/policy.js';
import type { RawMessage } from '../agent/sources/raw-message.js';
import { ephemeralKeys } from '../agent/keys/keyring.js';
import { generateCorpus } from './gen-corpus.js';

const BATCH_MAX_BYTES = 65536;
const BATCH_MAX_MESSAGES = 2000;

function batchesOf(lines: readonly string[]): MessageBatch[] {
  const batches: MessageBatch[] = [];
  const now = Date.now();
  for (let i = 0; i < lines.length; ) {
    const messages: RawMessage[] = [];
    let bytes = 0;
    while (i < lines.length && bytes < BATCH_MAX_BYTES && messages.length < BATCH_MAX_MESSAGES) {
      const text = lines[i++] as string;
      bytes += text.length;
      messages.push({ text, receivedAt: now + i, streamId: 1, truncated: false, transport: 'tcp', source: 'bench', remoteAddress: '127.0.0.1' });
    }
    batches.push(encodeBatch(batches.length, messages));
  }
  return batches;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      lines: { type: 'string', default: '200000' },
      runs: { type: 'string', default: '5' },
      seed: { type: 'string', default: '1' },
    },
  });
  const n = Number(values.lines);
  const runs = Number(values.runs);
  if (!(n > 0) || !(runs > 0)) throw new Error('--lines and --runs must be positive integers');
  const chunks: string[] = [];
  generateCorpus(n, Number(values.seed), (s) => chunks.push(s));
  const lines = chunks.join('').split('\n').filter((l) => l.length > 0);
  const rawBytes = lines.reduce((sum, l) => sum + l.length + 1, 0);
  const rates: number[] = [];
  const cpuRates: number[] = [];
  let payload = 0;
  for (let r = 0; r < runs; r++) {
    const batches = batchesOf(lines);
    const processor = createBatchProcessor({ keys: ephemeralKeys(), policy: DEFAULT_POLICY, compressionLevel: 1 });
    const started = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    let count = 0;
    payload = 0;
    for (const b of batches) {
      const res = processor.process(b);
      count += res.count;
      payload += res.payload.length;
    }
    const secs = Number(process.hrtime.bigint() - started) / 1e9;
    const used = process.cpuUsage(cpu);
    rates.push(count / secs);
    cpuRates.push(count / ((used.user + used.system) / 1e6));
  }
  const rate = median(rates);
  console.log(`pipeline worker (sanitize, parse, JSON, compress) on one thread: ${lines.length} messages, ${(rawBytes / 1e6).toFixed(1)} MB, ${runs} runs`);
  console.log('| msgs/s (median) | MB/s | runs (msgs/s) | msgs per CPU second | compressed / raw |');
  console.log('| --- | --- | --- | --- | --- |');
  console.log(
    `| ${Math.round(rate).toLocaleString('en-US')} | ${((rate * rawBytes) / lines.length / 1e6).toFixed(1)} | ${rates.map((x) => Math.round(x / 1000) + 'k').join(' ')} | ` +
      `${Math.round(median(cpuRates)).toLocaleString('en-US')} | ${((100 * payload) / rawBytes).toFixed(0)}% |`,
  );
}

main();
