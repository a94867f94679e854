/**
 * Worker thread entry: runs the batch processor (parse, pseudonymize, detect,
 * serialize, compress) on the batches the pipeline sends, so the main thread
 * stays free to read sockets. Raw messages reach this thread only in memory.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createBatchProcessor, type ProcessorOptions } from './batch-processor.js';
import type { MessageBatch } from './message-batch.js';

export type ToWorker = { type: 'batch'; batch: MessageBatch };
export type FromWorker =
  | { type: 'result'; result: import('./batch-processor.js').BatchResult }
  | { type: 'error'; seq: number; message: string };

const opts = workerData as ProcessorOptions;
const processor = createBatchProcessor({ ...opts, keys: { ...opts.keys, ipKey: new Uint8Array(opts.keys.ipKey), hmacKey: new Uint8Array(opts.keys.hmacKey) } });
const port = parentPort;
if (port === null) throw new Error('sanitize-worker must run in a worker thread');

port.on('message', (msg: ToWorker) => {
  try {
    const result = processor.process(msg.batch);
    // Transfer the payload's memory instead of copying it, but only when the payload owns
    // its ArrayBuffer whole: a small Buffer may be a slice of Node's shared pool, and
    // transferring that would detach the pool under every other Buffer in this thread.
    const p = result.payload;
    const owned = p.byteOffset === 0 && p.byteLength === p.buffer.byteLength;
    if (!owned) result.payload = new Uint8Array(p);
    const reply: FromWorker = { type: 'result', result };
    port.postMessage(reply, result.payload.byteLength > 0 ? [result.payload.buffer as ArrayBuffer] : []);
  } catch (e) {
    // Never echo message content: only the error's class and the batch number go back.
    const reply: FromWorker = { type: 'error', seq: msg.batch.seq, message: e instanceof Error ? e.name : 'error' };
    port.postMessage(reply);
  }
});
