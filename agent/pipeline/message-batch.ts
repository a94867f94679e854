/**
 * A batch of raw messages in the form that crosses to a worker thread cheaply:
 * all texts joined into one string (structured clone copies it in one go, and
 * the worker slices messages out without copying) and the per-message fields
 * in typed arrays. Raw messages are personal data: a batch only ever lives in
 * memory (DESIGN.md invariant 1).
 */
import { TRANSPORTS, type RawMessage, type Transport } from '../sources/raw-message.js';

export interface MessageBatch {
  /** Sequence number of the batch, per pipeline. */
  seq: number;
  texts: string;
  /** ends[i] is where message i's text ends in `texts`. */
  ends: Uint32Array;
  receivedAt: Float64Array;
  streamIds: Float64Array;
  /** bit 0: truncated; bits 1-2: transport index. */
  flags: Uint8Array;
  /** Index into `sources`. */
  sourceIndex: Uint16Array;
  sources: string[];
  remoteAddresses: string[];
}

export function encodeBatch(seq: number, messages: readonly RawMessage[]): MessageBatch {
  const n = messages.length;
  const ends = new Uint32Array(n);
  const receivedAt = new Float64Array(n);
  const streamIds = new Float64Array(n);
  const flags = new Uint8Array(n);
  const sourceIndex = new Uint16Array(n);
  const sources: string[] = [];
  const remoteAddresses: string[] = new Array<string>(n);
  const texts: string[] = new Array<string>(n);
  let end = 0;
  for (let i = 0; i < n; i++) {
    const m = messages[i] as RawMessage;
    texts[i] = m.text;
    end += m.text.length;
    ends[i] = end;
    receivedAt[i] = m.receivedAt;
    streamIds[i] = m.streamId;
    flags[i] = (m.truncated ? 1 : 0) | (TRANSPORTS.indexOf(m.transport) << 1);
    let s = sources.indexOf(m.source);
    if (s < 0) s = sources.push(m.source) - 1;
    sourceIndex[i] = s;
    remoteAddresses[i] = m.remoteAddress;
  }
  return { seq, texts: texts.join(''), ends, receivedAt, streamIds, flags, sourceIndex, sources, remoteAddresses };
}

export function batchLength(b: MessageBatch): number {
  return b.ends.length;
}

export function transportOf(b: MessageBatch, i: number): Transport {
  return TRANSPORTS[((b.flags[i] as number) >> 1) & 3] as Transport;
}

/** The buffers a postMessage can transfer instead of copying. */
export function transferList(b: MessageBatch): ArrayBuffer[] {
  return [b.ends.buffer, b.receivedAt.buffer, b.streamIds.buffer, b.flags.buffer, b.sourceIndex.buffer] as ArrayBuffer[];
}
