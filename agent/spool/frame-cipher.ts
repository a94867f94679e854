/**
 * AES-256-GCM for spool frames, keyed from a segment's HPKE context (see
 * segment-format.ts for the layout, nonce and AAD rules). Symmetric only: the
 * writer gets the secrets from its sender context, a reader from a recipient
 * context it could only build with the private key.
 */
import { createCipheriv, createDecipheriv } from 'node:crypto';
import { FRAME_HEAD_BYTES, GCM_TAG_BYTES, writeFrameCrc, writeFrameHead, type FrameInfo, type FrameKind } from './segment-format.js';

/** RFC 9180 `info` of every segment's key schedule. */
export const HPKE_INFO = new TextEncoder().encode('logveil segment v1');
const EXPORT_KEY = new TextEncoder().encode('logveil segment v1 frame key');
const EXPORT_NONCE = new TextEncoder().encode('logveil segment v1 frame nonce');
const NONCE_BYTES = 12;

export interface FrameSecrets {
  readonly key: Buffer;
  readonly baseNonce: Buffer;
  /** SHA-256 of the segment header. */
  readonly headerDigest: Buffer;
}

/** The part of an HPKE context this module needs (RFC 9180 section 5.3, Export). */
export interface HpkeExporter {
  export(exporterContext: Uint8Array, length: number): Promise<ArrayBuffer>;
}

export async function deriveFrameSecrets(ctx: HpkeExporter, headerDigest: Buffer): Promise<FrameSecrets> {
  const key = Buffer.from(await ctx.export(EXPORT_KEY, 32));
  const baseNonce = Buffer.from(await ctx.export(EXPORT_NONCE, NONCE_BYTES));
  return { key, baseNonce, headerDigest };
}

/** A whole frame (head, ciphertext, tag, CRC) ready for one write call. */
export function encryptFrame(
  s: FrameSecrets,
  index: number,
  kind: FrameKind,
  count: number,
  minTime: number,
  maxTime: number,
  plaintext: Uint8Array,
): Buffer {
  const length = FRAME_HEAD_BYTES + plaintext.length + GCM_TAG_BYTES + 4;
  const frame = Buffer.allocUnsafe(length);
  writeFrameHead(frame, length, kind, count, minTime, maxTime);
  const cipher = createCipheriv('aes-256-gcm', s.key, nonce(s.baseNonce, index));
  cipher.setAAD(aad(s.headerDigest, index, frame));
  let at = FRAME_HEAD_BYTES;
  at += cipher.update(plaintext).copy(frame, at);
  at += cipher.final().copy(frame, at);
  cipher.getAuthTag().copy(frame, at);
  writeFrameCrc(frame);
  return frame;
}

/**
 * The plaintext of frame number `index` found at `frame` in `buf`. Throws when
 * authentication fails: wrong key, frame moved, reordered or edited.
 */
export function decryptFrame(s: FrameSecrets, index: number, buf: Buffer, frame: FrameInfo): Buffer {
  const start = frame.offset + FRAME_HEAD_BYTES;
  const tagAt = frame.offset + frame.length - 4 - GCM_TAG_BYTES;
  const decipher = createDecipheriv('aes-256-gcm', s.key, nonce(s.baseNonce, index));
  decipher.setAAD(aad(s.headerDigest, index, buf.subarray(frame.offset, start)));
  decipher.setAuthTag(buf.subarray(tagAt, tagAt + GCM_TAG_BYTES));
  const head = decipher.update(buf.subarray(start, tagAt));
  const tail = decipher.final();
  return tail.length ? Buffer.concat([head, tail]) : head;
}

/** baseNonce XOR index as a 96-bit big-endian integer; indexes stay below 2^32. */
function nonce(base: Buffer, index: number): Buffer {
  const n = Buffer.from(base);
  n.writeUInt32BE((n.readUInt32BE(8) ^ index) >>> 0, 8);
  return n;
}

function aad(headerDigest: Buffer, index: number, frameHead: Buffer): Buffer {
  const out = Buffer.allocUnsafe(32 + 8 + FRAME_HEAD_BYTES);
  headerDigest.copy(out, 0);
  out.writeBigUInt64BE(BigInt(index), 32);
  frameHead.copy(out, 40, 0, FRAME_HEAD_BYTES);
  return out;
}
