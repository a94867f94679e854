/**
 * Opens a shipped segment (or a spool segment file) with the recipient's
 * private key: the only place the private key meets segment bytes. The agent
 * never imports this module; the gateway holds only the public key.
 *
 * Every frame is authenticated before any is handed out, so an object is
 * either read whole or reported and skipped: a reordered, moved, edited or
 * foreign frame fails its GCM tag (see the AAD rule in
 * agent/spool/segment-format.ts).
 */
import { inflateRawSync } from 'node:zlib';
import { LogveilError } from '../errors.js';
import { RECIPIENT_SUITE } from '../keys/recipient-keys.js';
import { decryptFrame, deriveFrameSecrets, HPKE_INFO } from '../spool/frame-cipher.js';
import { decodeHeader, FRAME_KIND, parseFrame, type SegmentHeader } from '../spool/segment-format.js';
import { importRecipientKey, openRecipientExporter, type RecipientPrivateKey } from './hpke-recipient.js';

export type { RecipientPrivateKey } from './hpke-recipient.js';

/** A data frame's clear fields (authenticated). */
export interface BatchInfo {
  /** Frame index in the segment. */
  readonly index: number;
  readonly count: number;
  /** ms since the epoch, of the earliest and latest event, as the agent bounded the batch (received time). */
  readonly minTime: number;
  readonly maxTime: number;
}

export interface DecryptedBatch extends BatchInfo {
  /** NDJSON, decompressed. */
  readonly ndjson: Buffer;
}

export interface OpenedSegment {
  readonly header: SegmentHeader;
  /** Ended with an authenticated end frame; false for a segment sealed by crash recovery (or truncated). */
  readonly ended: boolean;
  readonly frames: number;
  readonly count: number;
  /** The data frames, in order. */
  readonly batchList: readonly BatchInfo[];
  /** The NDJSON of one of `batchList`, decompressed now. */
  inflate(batch: BatchInfo): Buffer;
  /** Decompresses one batch at a time. */
  batches(): Generator<DecryptedBatch>;
}

/** The raw 32-byte private key, ready to open segments (see hpke-recipient.ts); validates it on the way. */
export async function importRecipientPrivateKey(raw: Uint8Array): Promise<RecipientPrivateKey> {
  return importRecipientKey(raw);
}

/**
 * Authenticates every frame of `bytes` and returns a reader over them. Throws
 * LV_IO with the reason when the object is not a whole, authentic segment.
 */
export async function openSegment(bytes: Buffer, privateKey: RecipientPrivateKey): Promise<OpenedSegment> {
  const decoded = decodeHeader(bytes);
  if (!decoded.ok) throw integrity(decoded.reason);
  const header = decoded.header;
  if (header.kem !== RECIPIENT_SUITE.kem || header.kdf !== RECIPIENT_SUITE.kdf || header.aead !== RECIPIENT_SUITE.aead) {
    throw integrity(`unsupported HPKE suite ${header.kem}/${header.kdf}/${header.aead}`);
  }
  let secrets;
  try {
    secrets = await deriveFrameSecrets(openRecipientExporter(privateKey, header.enc, HPKE_INFO), header.digest);
  } catch (e) {
    throw integrity(`cannot open the HPKE context (wrong private key?): ${(e as Error).message}`);
  }
  const plain: Array<BatchInfo & { payload: Buffer }> = [];
  let pos = header.length;
  let index = 0;
  let ended = false;
  let count = 0;
  while (pos < bytes.length) {
    if (ended) throw integrity('bytes after the end frame');
    const parsed = parseFrame(bytes, pos);
    if (parsed.status === 'short') throw integrity(`frame ${index} cut short`);
    if (parsed.status === 'corrupt') throw integrity(`frame ${index}: ${parsed.reason}`);
    const f = parsed.frame;
    let payload: Buffer;
    try {
      payload = decryptFrame(secrets, index, bytes, f);
    } catch {
      throw integrity(`frame ${index} failed authentication (reordered, moved between segments, or altered)`);
    }
    if (f.kind === FRAME_KIND.end) {
      if (payload.length !== 4 || payload.readUInt32BE(0) !== plain.length || f.count !== count) throw integrity('end frame does not match the frames before it');
      ended = true;
    } else {
      plain.push({ index, count: f.count, minTime: f.minTime, maxTime: f.maxTime, payload });
      count += f.count;
    }
    pos += f.length;
    index++;
  }
  const inflate = (b: BatchInfo): Buffer => {
    // Data frames come first and are numbered from 0, so a frame's index is its place here.
    const p = plain[b.index];
    if (!p || p.index !== b.index) throw new RangeError(`no data frame ${b.index}`);
    try {
      return inflateRawSync(p.payload, { chunkSize: inflateChunk(p.payload.length) });
    } catch (e) {
      throw integrity(`frame ${p.index} does not decompress: ${(e as Error).message}`);
    }
  };
  return {
    header,
    ended,
    frames: plain.length,
    count,
    batchList: plain,
    inflate,
    *batches() {
      for (const p of plain) yield { index: p.index, count: p.count, minTime: p.minTime, maxTime: p.maxTime, ndjson: inflate(p) };
    },
  };
}

/**
 * zlib's output chunk for a payload: NDJSON deflates 4-10 times, and with the
 * default 16 KiB chunks a 100 KiB batch came out in pieces that were then
 * concatenated; one chunk that fits it inflated twice as fast (measured).
 */
function inflateChunk(compressed: number): number {
  // Not much more either: a frame of one event (a quiet gateway's batches) would otherwise allocate 64 KiB.
  return Math.min(8 * 1024 * 1024, Math.max(4 * 1024, 2 ** Math.ceil(Math.log2(compressed * 8))));
}

function integrity(reason: string): LogveilError {
  return new LogveilError('LV_INTEGRITY', `segment integrity: ${reason}`);
}
