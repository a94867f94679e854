import { describe, expect, it } from 'vitest';
import { inflateRawSync } from 'node:zlib';
import pino from 'pino';
import { createPipeline, type SpoolAppender } from '../../agent/pipeline/pipeline.js';
import { DEFAULT_POLICY } from '../../agent/stages/pseudonymize/index.js';
import type { RawMessage } from '../../agent/sources/raw-message.js';
import type { LogEvent } from '../../shared/event.js';

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
    const p = createPipeline({ workers, queueMaxMessages: 100_000, batchMaxMessages: 100, batchMaxWaitMs: 5, processor: { keys, policy: DEFAULT_POLICY, compressionLevel: 1 }, spool, logger });
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
    const p = createPipeline({ workers: 0, queueMaxMessages: 200, batchMaxMessages: 50, batchMaxWaitMs: 1, processor: { keys, policy: DEFAULT_POLICY, compressionLevel: 1 }, spool, logger });
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
      queueMaxMessages: 1000,
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
    const p = createPipeline({ workers: 3, queueMaxMessages: 100_000, batchMaxMessages: 10, batchMaxWaitMs: 5, processor: { keys, policy: DEFAULT_POLICY, compressionLevel: 1 }, spool, logger });
    const msgs = Array.from({ length: 600 }, (_, i) => message(i, 7));
    for (let i = 0; i < msgs.length; i += 25) p.sink.push(msgs.slice(i, i + 25));
    expect(await p.drain(10_000)).toBe(true);
    await p.close();
    expect(spool.events.map((e) => Number(e.pid))).toEqual(msgs.map((_, i) => i));
    expect(spool.frames).toBeGreaterThanOrEqual(60);
  });

  it('keeps a private key block that spans messages on one worker, so every body line is redacted', async () => {
    const spool = collectingSpool();
    const p = createPipeline({ workers: 2, queueMaxMessages: 100_000, batchMaxMessages: 2, batchMaxWaitMs: 5, processor: { keys, policy: DEFAULT_POLICY, compressionLevel: 1 }, spool, logger });
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
