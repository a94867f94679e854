import { describe, expect, it } from 'vitest';
import { inflateRawSync } from 'node:zlib';
import pino from 'pino';
import { createPipeline, type SpoolAppender } from '../../agent/pipeline/pipeline.js';
import { DEFAULT_POLICY } from '../../agent/stages/pseudonymize/index.js';
import type { RawMessage } from '../../agent/sources/raw-message.js';
import type { LogEvent } from '../../shared/event.js';
import { createSyslogSource } from '../../agent/sources/index.js';
import { baseOptions, closed, connectTcp, waitFor } from '../sources/helpers.js';

const keys = { epoch: 'e1', ipKey: Buffer.alloc(32, 1).fill(2, 16), hmacKey: Buffer.alloc(32, 3) };
const logger = pino({ level: 'silent' });

function collectingSpool(delay?: () => Promise<void>): SpoolAppender & { events: LogEvent[]; frames: number } {
  const s = {
    events: [] as LogEvent[],
    frames: 0,
    async append(_cls: string, batch: { payload: Buffer; count: number }) {
      if (delay) await delay();
      const lines = inflateRawSync(batch.payload).toString('utf8').trim().split('\n');
      expect(lines.length).toBe(batch.count);
      for (const l of lines) s.events.push(JSON.parse(l) as LogEvent);
      s.frames++;
    },
  };
  return s;
}

function message(i: number, streamId = 1): RawMessage {
  return {
    text: `<38>Mar  3 10:11:12 bastion sshd[${i}]: Failed password for invalid user jdoe${i % 7} from 10.1.${i % 250}.9 port 22 ssh2`,
    transport: 'tcp',
    remoteAddress: '192.0.2.44',
    source: 'syslog_tcp',
    receivedAt: 1_700_000_000_000 + i,
    truncated: i === 3,
    streamId,
  };
}

describe.each([0, 2])('pipeline with %i worker threads', (workers) => {
  it('spools every accepted message as a parsed, sanitized event, in order per stream', async () => {
    const spool = collectingSpool();
    const p = createPipeline({ workers, queueMaxMessages: 100_000, queueMaxBytes: 1 << 30, batchMaxBytes: 1 << 30, batchMaxMessages: 100, batchMaxWaitMs: 5, processor: { keys, policy: DEFAULT_POLICY, compressionLevel: 1 }, spool, logger });
    const msgs = Array.from({ length: 1000 }, (_, i) => message(i, 1 + (i % 3)));
    for (let i = 0; i < msgs.length; i += 37) p.sink.push(msgs.slice(i, i + 37));
    expect(await p.drain(10_000)).toBe(true);
    await p.close();
    expect(spool.events).toHaveLength(1000);
    expect(p.stats()).toMatchObject({ accepted: 1000, spooled: 1000, inFlight: 0 });
    const text = JSON.stringify(spool.events);
    expect(text).not.toMatch(/jdoe\d|10\.1\.\d+\.9|192\.0\.2\.44/);
    const e = spool.events.find((x) => x.pid === '3') as LogEvent;
    expect(e).toMatchObject({ host: 'bastion', app: 'sshd', format: 'rfc3164', epoch: 'e1', truncated: true, source: { name: 'syslog_tcp', transport: 'tcp' } });
    expect(e.source?.addr).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(e.received).toBe(new Date(1_700_000_000_003).toISOString());
    for (const stream of [1, 2, 3]) {
      const pids = spool.events.filter((x) => Number(x.pid) % 3 === stream - 1).map((x) => Number(x.pid));
      expect(pids).toEqual([...pids].sort((a, b) => a - b));
    }
  });
});

describe('pipeline backpressure', () => {
  it('reports full at the bound, refuses more, and signals drain at half', async () => {
    let release: () => void = () => undefined;
    let gate = new Promise<void>((r) => (release = r));
    const spool = collectingSpool(() => gate);
    const p = createPipeline({ workers: 0, queueMaxMessages: 200, queueMaxBytes: 1 << 30, batchMaxBytes: 1 << 30, batchMaxMessages: 50, batchMaxWaitMs: 1, processor: { keys, policy: DEFAULT_POLICY, compressionLevel: 1 }, spool, logger });
    let drained = 0;
    p.sink.onDrain(() => drained++);
    expect(p.sink.push(Array.from({ length: 150 }, (_, i) => message(i)))).toBe(true);
    expect(p.sink.push(Array.from({ length: 50 }, (_, i) => message(150 + i)))).toBe(false);
    expect(p.sink.full).toBe(true);
    p.flush();
    expect(drained).toBe(0);
    release();
    gate = Promise.resolve();
    expect(await p.drain(5000)).toBe(true);
    expect(drained).toBe(1);
    expect(p.sink.full).toBe(false);
    expect(spool.events).toHaveLength(200);
    await p.close();
  });

  it('counts a failed spool write as dropped with its reason, never silently', async () => {
    const p = createPipeline({
      workers: 0,
      queueMaxMessages: 1000, queueMaxBytes: 1 << 30, batchMaxBytes: 1 << 30,
      batchMaxMessages: 10,
      batchMaxWaitMs: 1,
      processor: { keys, policy: DEFAULT_POLICY, compressionLevel: 1 },
      spool: { append: async () => Promise.reject(new Error('disk full')) },
      logger,
    });
    p.sink.push(Array.from({ length: 25 }, (_, i) => message(i)));
    expect(await p.drain(5000)).toBe(true);
    expect(p.stats()).toMatchObject({ spooled: 0, inFlight: 0, dropped: { spool_error: 25 } });
    await p.close();
  });
});

describe('pipeline with several workers and one connection', () => {
  it('spreads one connection over every worker and still spools events in arrival order', async () => {
    const spool = collectingSpool();
    const p = createPipeline({ workers: 3, queueMaxMessages: 100_000, queueMaxBytes: 1 << 30, batchMaxBytes: 1 << 30, batchMaxMessages: 10, batchMaxWaitMs: 5, processor: { keys, policy: DEFAULT_POLICY, compressionLevel: 1 }, spool, logger });
    const msgs = Array.from({ length: 600 }, (_, i) => message(i, 7));
    for (let i = 0; i < msgs.length; i += 25) p.sink.push(msgs.slice(i, i + 25));
    expect(await p.drain(10_000)).toBe(true);
    await p.close();
    expect(spool.events.map((e) => Number(e.pid))).toEqual(msgs.map((_, i) => i));
    expect(spool.frames).toBeGreaterThanOrEqual(60);
  });

  it('keeps a private key block that spans messages on one worker, so every body line is redacted', async () => {
    const spool = collectingSpool();
    const p = createPipeline({ workers: 2, queueMaxMessages: 100_000, queueMaxBytes: 1 << 30, batchMaxBytes: 1 << 30, batchMaxMessages: 2, batchMaxWaitMs: 5, processor: { keys, policy: DEFAULT_POLICY, compressionLevel: 1 }, spool, logger });
    const body = ['MIIEowIBAAKCAQEAx3mWcU1yBxLxQvMf', 'Hq8sJ2p0Xb9cDqL7wEeRtYuIoP1aSdFg', 'ZxCvBnM1234567890abcdefGHIJKLmno'];
    const lines = ['<13>Nov 22 10:00:00 h app: -----BEGIN RSA PRIVATE KEY-----', ...body.map((b) => `<13>Nov 22 10:00:00 h app: ${b}`), '<13>Nov 22 10:00:00 h app: -----END RSA PRIVATE KEY-----'];
    // Interleave another stream so the key's lines land in different batches.
    const msgs: RawMessage[] = lines.flatMap((text, i) => [{ ...message(i, 9), text }, message(100 + i, 10)]);
    p.sink.push(msgs);
    expect(await p.drain(10_000)).toBe(true);
    await p.close();
    const text = JSON.stringify(spool.events);
    for (const b of body) expect(text).not.toContain(b);
    expect(text.match(/\[secret:[0-9a-f]{8}\]/g)?.length).toBe(3);
  });
});

describe('pipeline byte bounds', () => {
  const processor = { keys, policy: DEFAULT_POLICY, compressionLevel: 1 };

  it('is full at queue_max_bytes long before queue_max_messages, and drains when the bytes fall to half', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const spool = collectingSpool(() => gate);
    const size = message(0).text.length;
    const p = createPipeline({ workers: 0, queueMaxMessages: 100_000, queueMaxBytes: 50 * size, batchMaxMessages: 10, batchMaxBytes: 1 << 30, batchMaxWaitMs: 1, processor, spool, logger });
    let drained = 0;
    p.sink.onDrain(() => drained++);
    expect(p.sink.push(Array.from({ length: 40 }, (_, i) => message(i)))).toBe(true);
    // 50 messages of text reach the byte bound: full, though the message bound is 100,000.
    expect(p.sink.push(Array.from({ length: 10 }, (_, i) => message(40 + i)))).toBe(false);
    expect(p.sink.full).toBe(true);
    expect(p.stats()).toMatchObject({ inFlight: 50, queueMaxBytes: 50 * size });
    expect(p.stats().inFlightBytes).toBeGreaterThanOrEqual(50 * size);
    release();
    expect(await p.drain(5000)).toBe(true);
    expect(drained).toBe(1);
    expect(p.sink.full).toBe(false);
    expect(p.stats()).toMatchObject({ inFlight: 0, inFlightBytes: 0, spooled: 50 });
    expect(spool.events).toHaveLength(50);
    await p.close();
  });

  it('cuts a batch at batch_max_bytes before batch_max_messages', async () => {
    const spool = collectingSpool();
    const size = message(0).text.length;
    const p = createPipeline({ workers: 0, queueMaxMessages: 100_000, queueMaxBytes: 1 << 30, batchMaxMessages: 1000, batchMaxBytes: 10 * size, batchMaxWaitMs: 1000, processor, spool, logger });
    p.sink.push(Array.from({ length: 100 }, (_, i) => message(i)));
    expect(await p.drain(5000)).toBe(true);
    // Texts differ in length by a digit or two: about ten messages per batch, never a thousand.
    expect(spool.frames).toBeGreaterThanOrEqual(9);
    expect(spool.frames).toBeLessThanOrEqual(11);
    expect(spool.events).toHaveLength(100);
    await p.close();
  });

  it('spools every message from workers run with a young generation far below V8\'s default', async () => {
    const spool = collectingSpool();
    const p = createPipeline({ workers: 1, workerYoungGenerationMb: 8, queueMaxMessages: 100_000, queueMaxBytes: 1 << 30, batchMaxMessages: 100, batchMaxBytes: 1 << 30, batchMaxWaitMs: 1, processor, spool, logger });
    p.sink.push(Array.from({ length: 1000 }, (_, i) => message(i)));
    expect(await p.drain(10_000)).toBe(true);
    expect(p.stats()).toMatchObject({ spooled: 1000, workerRestarts: 0, dropped: {} });
    await p.close();
  });

  it('pauses a TCP source at queue_max_bytes (backpressure) and, once the spool catches up, spools every message', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const spool = collectingSpool(() => gate);
    const bound = 64 * 1024;
    const p = createPipeline({ workers: 1, queueMaxMessages: 1_000_000, queueMaxBytes: bound, batchMaxMessages: 1000, batchMaxBytes: 16 * 1024, batchMaxWaitMs: 5, processor, spool, logger });
    const source = createSyslogSource(baseOptions(), p.sink, { logger });
    const started = { source, port: (await source.start()).port };
    try {
      const total = 5000;
      const socket = await connectTcp(started.port);
      const writing = (async () => {
        for (let i = 0; i < total; i++) {
          if (!socket.write(`${message(i).text}\n`)) await new Promise((r) => socket.once('drain', r));
        }
        socket.end();
      })();
      await waitFor(() => started.source.stats().paused, 'the source to pause');
      const atPause = p.stats();
      await new Promise((r) => setTimeout(r, 200));
      // Paused, nothing more is read: in flight stays at the bound plus at most one read chunk.
      expect(p.stats().accepted).toBe(atPause.accepted);
      expect(atPause.accepted).toBeLessThan(total);
      expect(atPause.inFlightBytes).toBeLessThan(bound + 64 * 1024);
      release();
      await writing;
      await closed(socket);
      await waitFor(() => p.stats().spooled === total, 'every message spooled', 20_000);
      const s = p.stats();
      expect(s.dropped).toEqual({});
      expect(s.fullEvents).toBeGreaterThan(0);
      expect(started.source.stats().pauses).toBeGreaterThan(0);
      expect(Object.values(started.source.stats().dropped).every((n) => n === 0)).toBe(true);
      expect(spool.events.map((e) => Number(e.pid))).toEqual(Array.from({ length: total }, (_, i) => i));
    } finally {
      await started.source.close();
      await p.close();
    }
  });
});
