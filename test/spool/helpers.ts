/** Shared fixtures for the spool, store and query tests: temp dirs, keys, batches, a log catcher. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pino, type Logger } from 'pino';
import { generateRecipientKeyPair, readRecipientPrivateKey, readRecipientPublicKey } from '../../agent/keys/recipient-keys.js';
import { compressBatch, type SpoolBatch, type SpoolOptions } from '../../agent/spool/index.js';
import { importRecipientPrivateKey, openSegment } from '../../agent/query/index.js';
import type { LogEvent } from '../../shared/event.js';
import type { CommandIo } from '../../agent/cli/command.js';

export function tempDir(label: string): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), `logveil-${label}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface TestKeys {
  publicKey: Uint8Array;
  privateKeyFile: string;
  privateKey: Uint8Array;
}

/** A recipient key pair in `dir` (a demo pair, as a test has no business holding a real one). */
export async function testKeys(dir: string): Promise<TestKeys> {
  const files = await generateRecipientKeyPair(dir, { name: 'test', demo: true });
  return {
    publicKey: readRecipientPublicKey(files.publicKeyFile),
    privateKeyFile: files.privateKeyFile,
    privateKey: readRecipientPrivateKey(files.privateKeyFile),
  };
}

export function spoolOptions(dir: string, publicKey: Uint8Array, over: Partial<SpoolOptions> = {}): SpoolOptions {
  return {
    dir,
    recipientPublicKey: publicKey,
    agentId: 'gw1',
    tenant: 'acme',
    site: 'hq',
    policyVersion: 'policy-7',
    keyEpoch: '20250101T000000Z-abcdef',
    segmentMaxBytes: 1024 * 1024,
    segmentMaxAgeMs: 60_000,
    fsync: { mode: 'always' },
    maxTotalBytes: 1024 * 1024 * 1024,
    retention: {},
    ...over,
  };
}

/** A logger that keeps every line, for asserting what the spool said (and did not say). */
export function captureLogger(): { logger: Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      for (const l of chunk.toString('utf8').split('\n')) if (l) lines.push(JSON.parse(l) as Record<string, unknown>);
      cb();
    },
  });
  return { logger: pino({ level: 'debug' }, stream), lines };
}

export const silentLogger: Logger = pino({ level: 'silent' });

export function event(i: number, over: Partial<LogEvent> = {}): LogEvent {
  const time = new Date(Date.UTC(2025, 2, 1, 10, 0, 0) + i * 1000).toISOString();
  return { time, host: `sw${i % 3}`, app: 'sshd', msg: `event number ${i} from 10.0.0.${i % 250}`, format: 'rfc5424', ...over };
}

/** A spool batch of these events, as the pipeline would make it. */
export function batchOf(events: readonly LogEvent[], level = 1): SpoolBatch {
  const ndjson = Buffer.from(events.map((e) => `${JSON.stringify(e)}\n`).join(''), 'utf8');
  const times = events.map((e) => Date.parse(e.time ?? e.received ?? '1970-01-01T00:00:00Z'));
  return { payload: compressBatch(ndjson, level), count: events.length, minTime: Math.min(...times), maxTime: Math.max(...times) };
}

/** Every event of a segment file (or shipped object), decrypted with the private key, in order. */
export async function decryptFile(file: string, privateKey: Uint8Array): Promise<LogEvent[]> {
  return decryptBytes(readFileSync(file), privateKey);
}

export async function decryptBytes(bytes: Buffer, privateKey: Uint8Array): Promise<LogEvent[]> {
  const seg = await openSegment(bytes, await importRecipientPrivateKey(privateKey));
  const out: LogEvent[] = [];
  for (const b of seg.batches()) {
    for (const line of b.ndjson.toString('utf8').split('\n')) if (line) out.push(JSON.parse(line) as LogEvent);
  }
  return out;
}

/** A fake clock the tests move by hand. */
export function fakeClock(start = Date.UTC(2025, 2, 1, 12, 0, 0)): { now: () => number; advance(ms: number): void } {
  let t = start;
  return { now: () => t, advance: (ms) => (t += ms) };
}

/** stdin/stdout/stderr in memory, for running a command's `run` in-process. */
export function memoryIo(): { io: CommandIo; stdout(): string; stderr(): string } {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const sink = (into: Buffer[]) =>
    new Writable({
      write(chunk: Buffer, _enc, cb) {
        into.push(Buffer.from(chunk));
        cb();
      },
    });
  return {
    io: { stdin: Readable.from([]), stdout: sink(out), stderr: sink(err), env: {} },
    stdout: () => Buffer.concat(out).toString('utf8'),
    stderr: () => Buffer.concat(err).toString('utf8'),
  };
}
