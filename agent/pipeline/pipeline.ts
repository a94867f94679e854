/**
 * source -> parse -> pseudonymize -> detect -> spool, with a bounded queue.
 *
 * Sources push raw messages into `sink`. Messages are grouped into batches
 * (`batch_max_messages`, or after `batch_max_wait_ms`) and handed to worker
 * threads in turn; each worker returns one compressed frame of sanitized
 * events. Frames go to the spool in the order their batches were formed, so
 * events keep their arrival order whichever worker finished first.
 *
 * Batches rotate over the workers even within one connection: a relay (rsyslog,
 * syslog-ng) forwards a whole site over one TCP connection, and pinning a
 * connection to a worker would leave every other core idle. The one rule that
 * needs a stream's earlier lines (a PEM private key block spread over several
 * messages) is served by pinning: a stream whose message opens a private key
 * block stays on one worker until the block's END line (or 1,000 messages).
 *
 * A batch is cut at `batch_max_messages` or `batch_max_bytes` of message text,
 * whichever comes first. The byte bound keeps each batch's strings (the joined
 * texts that cross to the worker, the sanitizer's joined copy, the NDJSON)
 * small: V8 puts strings above 128 KiB in the large-object space, where they
 * outlive the batch until a full GC, and with 2,000-message batches that
 * garbage was 30-40 MB per worker.
 *
 * The queue is bounded twice, from acceptance to the spool write: by messages
 * (`queue_max_messages`) and by bytes of message text (`queue_max_bytes`), since
 * memory follows bytes (each in-flight byte exists as a string on this thread,
 * a serialized copy in a worker's port and the worker's own copy). At either
 * bound `sink.push` returns false and `sink.full` is true, so TCP/TLS sources
 * pause their sockets and UDP sources count drops; when both fall to half their
 * bound, drain listeners run and sources resume. An
 * accepted message is either written to the spool or counted as dropped with
 * its reason (`sanitize_error`, `worker_failed`, `spool_error`): nothing
 * accepted is lost silently (DESIGN.md invariant 2).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Logger } from 'pino';
import type { MessageSink, RawMessage } from '../sources/raw-message.js';
import type { DataClass } from '../config/agent-config.js';
import { createBatchProcessor, type BatchProcessor, type BatchResult, type ProcessorOptions } from './batch-processor.js';
import { encodeBatch, transferList } from './message-batch.js';
import type { FromWorker, ToWorker } from './sanitize-worker.js';

/** The part of the spool the pipeline writes to. */
export interface SpoolAppender {
  append(dataClass: DataClass, batch: { payload: Buffer; count: number; minTime: number; maxTime: number }): Promise<void>;
}

export interface PipelineOptions {
  workers: number;
  /** V8 young generation of each worker, MB (resourceLimits.maxYoungGenerationSizeMb); undefined: V8's default. */
  workerYoungGenerationMb?: number;
  queueMaxMessages: number;
  /** Bytes of message text accepted and not yet spooled (the second queue bound). */
  queueMaxBytes: number;
  batchMaxMessages: number;
  /** A batch is handed over when its texts reach this many bytes (or batchMaxMessages messages). */
  batchMaxBytes: number;
  batchMaxWaitMs: number;
  processor: ProcessorOptions;
  spool: SpoolAppender;
  logger: Logger;
}

export interface PipelineStats {
  accepted: number;
  spooled: number;
  inFlight: number;
  queueMax: number;
  /** Bytes of message text in flight, and their bound. */
  inFlightBytes: number;
  queueMaxBytes: number;
  batches: number;
  dropped: Record<string, number>;
  formats: Record<string, number>;
  replaced: Record<string, number>;
  rawBytes: number;
  spooledBytes: number;
  workerRestarts: number;
  fullEvents: number;
}

export interface Pipeline {
  readonly sink: MessageSink;
  /** Hands every pending message to the workers now. */
  flush(): void;
  /** Resolves true when every accepted message is spooled or counted, false when `timeoutMs` passed first. */
  drain(timeoutMs: number): Promise<boolean>;
  /** Stops the workers (after drain). Idempotent. */
  close(): Promise<void>;
  stats(): PipelineStats;
}

interface Lane {
  pending: RawMessage[];
  /** Bytes of text in `pending`. */
  pendingBytes: number;
  worker: Worker | undefined;
  /** Batches sent and not answered, by seq, with their message counts. */
  outstanding: Map<number, number>;
}

export function createPipeline(opts: PipelineOptions): Pipeline {
  const { logger } = opts;
  const forced = newSpaceFromNodeFlags(process.execArgv, process.env.NODE_OPTIONS);
  const asked = opts.workerYoungGenerationMb === undefined ? undefined : newSpaceMb(opts.workerYoungGenerationMb / 3);
  if (forced !== undefined && opts.workers > 0 && asked !== undefined && forced !== asked) {
    logger.warn(
      { configuredMb: opts.workerYoungGenerationMb, newSpaceMb: forced, configuredNewSpaceMb: asked },
      "node's --max-semi-space-size sets every thread's young generation, the workers' too: pipeline.worker_young_generation_mb has no effect",
    );
  }
  const lanes: Lane[] = [];
  const laneCount = Math.max(1, opts.workers);
  const inline: BatchProcessor | undefined = opts.workers === 0 ? createBatchProcessor(opts.processor) : undefined;
  const drainListeners = new Set<() => void>();
  const stats: PipelineStats = {
    accepted: 0,
    spooled: 0,
    inFlight: 0,
    queueMax: opts.queueMaxMessages,
    inFlightBytes: 0,
    queueMaxBytes: opts.queueMaxBytes,
    batches: 0,
    dropped: {},
    formats: {},
    replaced: {},
    rawBytes: 0,
    spooledBytes: 0,
    workerRestarts: 0,
    fullEvents: 0,
  };
  let full = false;
  let seq = 0;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  // Spool writes happen one after another, in the order results arrive.
  let appendChain: Promise<void> = Promise.resolve();
  const idleWaiters = new Set<() => void>();

  const count = (bucket: Record<string, number>, key: string, n: number): void => {
    bucket[key] = (bucket[key] ?? 0) + n;
  };

  // Text bytes of each batch handed over and not yet settled, by seq.
  const batchBytes = new Map<number, number>();

  function settle(seqOfBatch: number, n: number): void {
    stats.inFlight -= n;
    stats.inFlightBytes -= batchBytes.get(seqOfBatch) ?? 0;
    batchBytes.delete(seqOfBatch);
    if (full && stats.inFlight <= opts.queueMaxMessages / 2 && stats.inFlightBytes <= opts.queueMaxBytes / 2) {
      full = false;
      for (const l of [...drainListeners]) l();
    }
    if (stats.inFlight === 0) for (const w of [...idleWaiters]) w();
  }

  function startWorker(lane: Lane): void {
    const worker = new Worker(workerUrl(), {
      workerData: opts.processor,
      ...(opts.workerYoungGenerationMb !== undefined ? { resourceLimits: { maxYoungGenerationSizeMb: opts.workerYoungGenerationMb } } : {}),
    });
    worker.on('message', (msg: FromWorker) => {
      if (msg.type === 'result') {
        lane.outstanding.delete(msg.result.seq);
        onResult(msg.result);
      } else {
        const n = lane.outstanding.get(msg.seq) ?? 0;
        lane.outstanding.delete(msg.seq);
        logger.error({ batch: msg.seq, messages: n, error: msg.message }, 'worker failed on a batch; its messages are dropped');
        onResult(failedBatch(msg.seq, n));
      }
    });
    worker.on('error', (e) => {
      // The worker died: every batch it held is lost. Count them, start a new worker.
      const lost = [...lane.outstanding];
      lane.outstanding.clear();
      logger.error({ error: e.name, messages: lost.reduce((a, [, n]) => a + n, 0) }, 'worker thread died; restarting it');
      stats.workerRestarts++;
      if (!closed) startWorker(lane);
      for (const [batchSeq, n] of lost) onResult(failedBatch(batchSeq, n));
    });
    lane.worker = worker;
  }

  for (let i = 0; i < laneCount; i++) {
    const lane: Lane = { pending: [], pendingBytes: 0, worker: undefined, outstanding: new Map() };
    lanes.push(lane);
    if (!inline) startWorker(lane);
  }

  // Results wait here until every batch formed before them is spooled.
  const ready = new Map<number, BatchResult>();
  let nextToSpool = 1;
  function onResult(r: BatchResult): void {
    ready.set(r.seq, r);
    for (let next = ready.get(nextToSpool); next !== undefined; next = ready.get(nextToSpool)) {
      ready.delete(nextToSpool);
      nextToSpool++;
      spoolResult(next);
    }
  }

  function spoolResult(r: BatchResult): void {
    stats.batches++;
    stats.rawBytes += r.rawBytes;
    for (const [k, v] of Object.entries(r.dropped)) count(stats.dropped, k, v);
    for (const [k, v] of Object.entries(r.formats)) count(stats.formats, k, v);
    for (const [k, v] of Object.entries(r.replaced)) count(stats.replaced, k, v);
    const droppedHere = r.messages - r.count;
    if (r.count === 0) {
      settle(r.seq, droppedHere);
      return;
    }
    const payload = Buffer.from(r.payload.buffer, r.payload.byteOffset, r.payload.byteLength);
    appendChain = appendChain
      .then(() => opts.spool.append('logs', { payload, count: r.count, minTime: r.minTime, maxTime: r.maxTime }))
      .then(
        () => {
          stats.spooled += r.count;
          stats.spooledBytes += payload.length;
        },
        (e: unknown) => {
          logger.error({ error: (e as Error).message, events: r.count }, 'spool write failed; events dropped');
          count(stats.dropped, 'spool_error', r.count);
        },
      )
      .finally(() => settle(r.seq, r.messages));
  }

  function dispatch(lane: Lane): void {
    if (lane.pending.length === 0) return;
    const messages = lane.pending;
    lane.pending = [];
    const batch = encodeBatch(++seq, messages);
    batchBytes.set(batch.seq, lane.pendingBytes);
    lane.pendingBytes = 0;
    if (!inline) rotation = (lanes.indexOf(lane) + 1) % laneCount;
    if (inline) {
      let result: BatchResult;
      try {
        result = inline.process(batch);
      } catch (e) {
        logger.error({ error: (e as Error).name, messages: messages.length }, 'batch failed; its messages are dropped');
        result = failedBatch(batch.seq, messages.length);
      }
      onResult(result);
      return;
    }
    lane.outstanding.set(batch.seq, messages.length);
    const msg: ToWorker = { type: 'batch', batch };
    (lane.worker as Worker).postMessage(msg, transferList(batch));
  }

  function flush(): void {
    if (timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
    }
    for (const lane of lanes) dispatch(lane);
  }

  // Streams inside a PEM private key block, pinned to one lane: stream key -> [lane, messages left].
  const pinned = new Map<string | number, [Lane, number]>();
  let rotation = 0;
  function laneFor(m: RawMessage): Lane {
    if (laneCount === 1) return lanes[0] as Lane;
    const key = m.streamId !== 0 ? m.streamId : m.remoteAddress;
    const pin = pinned.get(key);
    if (pin !== undefined) {
      if (--pin[1] <= 0 || m.text.includes('-----END')) pinned.delete(key);
      return pin[0];
    }
    const lane = lanes[rotation] as Lane;
    if (m.text.includes('PRIVATE KEY-----') && !m.text.includes('-----END')) pinned.set(key, [lane, 1000]);
    return lane;
  }

  const sink: MessageSink = {
    push(messages) {
      let bytes = 0;
      for (const m of messages) {
        const lane = laneFor(m);
        lane.pending.push(m);
        lane.pendingBytes += m.text.length;
        bytes += m.text.length;
        if (lane.pending.length >= opts.batchMaxMessages || lane.pendingBytes >= opts.batchMaxBytes) dispatch(lane);
      }
      stats.accepted += messages.length;
      stats.inFlight += messages.length;
      stats.inFlightBytes += bytes;
      if (timer === undefined && lanes.some((l) => l.pending.length > 0)) {
        timer = setTimeout(flush, opts.batchMaxWaitMs);
      }
      if (!full && (stats.inFlight >= opts.queueMaxMessages || stats.inFlightBytes >= opts.queueMaxBytes)) {
        full = true;
        stats.fullEvents++;
      }
      return !full;
    },
    onDrain(listener) {
      drainListeners.add(listener);
      return () => drainListeners.delete(listener);
    },
    get full() {
      return full;
    },
  };

  return {
    sink,
    flush,
    async drain(timeoutMs) {
      flush();
      if (stats.inFlight === 0) {
        await appendChain;
        return true;
      }
      return new Promise<boolean>((resolve) => {
        const done = (ok: boolean): void => {
          clearTimeout(t);
          idleWaiters.delete(onIdle);
          resolve(ok);
        };
        const onIdle = (): void => done(true);
        const t = setTimeout(() => done(false), timeoutMs);
        idleWaiters.add(onIdle);
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      if (timer !== undefined) clearTimeout(timer);
      await Promise.all(lanes.map((l) => l.worker?.terminate()));
      await appendChain;
    },
    stats: () => ({ ...stats, dropped: { ...stats.dropped }, formats: { ...stats.formats }, replaced: { ...stats.replaced } }),
  };
}

/**
 * V8's new space (MB) for a thread, as Node 20 sizes it: a semi-space of S MB is rounded
 * up to a power of two and capped at 16, and the new space is two semi-spaces. A
 * Worker's resourceLimits.maxYoungGenerationSizeMb Y asks for a semi-space of Y / 3.
 * Measured: Y = 4, 8, 16, 48 give 4, 8, 16, 32; S = 3, 4, 6, 8, 32 give 8, 8, 16, 16, 32.
 */
export function newSpaceMb(semiSpaceMb: number): number {
  return 2 * Math.min(16, 2 ** Math.max(0, Math.ceil(Math.log2(semiSpaceMb))));
}

/**
 * The new space (MB) that node's `--max-semi-space-size=S` gives every thread, a Worker's
 * resourceLimits notwithstanding (Node 20: with S = 4, a worker asking for 16 or 48 MB got
 * 8). Node reads NODE_OPTIONS first and then its command line, so the command line wins.
 * Undefined when the flag is not set (0 is node's default, which honours resourceLimits).
 */
export function newSpaceFromNodeFlags(execArgv: readonly string[], nodeOptions: string | undefined): number | undefined {
  let semi: number | undefined;
  const fromOptions = (nodeOptions ?? '').split(/\s+/).map((t) => t.replace(/^(["'])(.*)\1$/, '$2'));
  for (const a of [...fromOptions, ...execArgv]) {
    const m = /^--max[-_]semi[-_]space[-_]size=(\d+)$/.exec(a);
    if (m !== null) semi = Number(m[1]);
  }
  return semi === undefined || semi === 0 ? undefined : newSpaceMb(semi);
}

/** The result that stands for a batch a worker could not process: all its messages dropped, counted. */
function failedBatch(seq: number, messages: number): BatchResult {
  return {
    seq,
    messages,
    count: 0,
    payload: new Uint8Array(0),
    minTime: 0,
    maxTime: 0,
    dropped: { worker_failed: messages },
    formats: {},
    replaced: { ip: 0, mac: 0, email: 0, user: 0, secret: 0 },
    rawBytes: 0,
  };
}

/** The compiled worker script (running from TypeScript sources in tests, use the build beside them). */
function workerUrl(): URL {
  const local = new URL('./sanitize-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(local))) return local;
  return new URL('../../dist/agent/pipeline/sanitize-worker.js', import.meta.url);
}
