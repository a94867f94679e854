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
import { createRecipientSuite, RECIPIENT_SUITE, type HpkeKey } from '../keys/recipient-keys.js';
import { decryptFrame, deriveFrameSecrets, HPKE_INFO } from '../spool/frame-cipher.js';
import { decodeHeader, FRAME_KIND, parseFrame, type SegmentHeader } from '../spool/segment-format.js';

export interface DecryptedBatch {
  /** Frame index in the segment. */
  readonly index: number;
  readonly count: number;
  readonly minTime: number;
  readonly maxTime: number;
  /** NDJSON, decompressed. */
  readonly ndjson: Buffer;
}

export interface OpenedSegment {
  readonly header: SegmentHeader;
  /** Ended with an authenticated end frame; false for a segment sealed by crash recovery (or truncated). */
  readonly ended: boolean;
  readonly frames: number;
  readonly count: number;
  /** Decompresses one batch at a time. */
  batches(): Generator<DecryptedBatch>;
}

/** The private key as the HPKE library takes it; validates it on the way. */
export async function importRecipientPrivateKey(raw: Uint8Array): Promise<HpkeKey> {
  try {
    return await createRecipientSuite().kem.deserializePrivateKey(raw);
  } catch (e) {
    throw new LogveilError('LV_KEY_FORMAT', 'the recipient private key is not an X25519 private key', { cause: e });
  }
}

/**
 * Authenticates every frame of `bytes` and returns a reader over them. Throws
 * LV_IO with the reason when the object is not a whole, authentic segment.
 */
export async function openSegment(bytes: Buffer, privateKey: HpkeKey): Promise<OpenedSegment> {
  const decoded = decodeHeader(bytes);
  if (!decoded.ok) throw integrity(decoded.reason);
  const header = decoded.header;
  if (header.kem !== RECIPIENT_SUITE.kem || header.kdf !== RECIPIENT_SUITE.kdf || header.aead !== RECIPIENT_SUITE.aead) {
    throw integrity(`unsupported HPKE suite ${header.kem}/${header.kdf}/${header.aead}`);
  }
  let secrets;
  try {
    const ctx = await createRecipientSuite().createRecipientContext({ recipientKey: privateKey, enc: header.enc, info: HPKE_INFO });
    secrets = await deriveFrameSecrets(ctx, header.digest);
  } catch (e) {
    throw integrity(`cannot open the HPKE context (wrong private key?): ${(e as Error).message}`);
  }
  const plain: Array<{ index: number; count: number; minTime: number; maxTime: number; payload: Buffer }> = [];
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
  return {
    header,
    ended,
    frames: plain.length,
    count,
    *batches() {
      for (const p of plain) {
        let ndjson: Buffer;
        try {
          ndjson = inflateRawSync(p.payload);
        } catch (e) {
          throw integrity(`frame ${p.index} does not decompress: ${(e as Error).message}`);
        }
        yield { index: p.index, count: p.count, minTime: p.minTime, maxTime: p.maxTime, ndjson };
      }
    },
  };
}

function integrity(reason: string): LogveilError {
  return new LogveilError('LV_INTEGRITY', `segment integrity: ${reason}`);
}
