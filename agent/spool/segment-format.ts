/**
 * The spool's on-disk format, version 1.
 *
 * The spool is an append-only, encrypted, crash-safe queue per data class.
 * Events reach it sanitized, serialized as NDJSON and compressed (raw DEFLATE)
 * in batches; each batch becomes one frame of the class's open segment. A
 * sealed segment is shipped as it is: the object in storage is the segment
 * file's bytes, so the format below is also the format of a shipped `.lvb`.
 *
 * ## Directory
 *
 *   <dir>/spool.json                     {"format":1,"nextSeq":{"logs":N,...}}: next segment number per class
 *   <dir>/spool.lock                     pid of the process that has the spool open
 *   <dir>/<class>/<agent>-<seq>.lvs      a segment (seq: 12 decimal digits)
 *   <dir>/<class>/<agent>-<seq>.meta.json  its plaintext sidecar
 *   <dir>/<class>/<agent>-<seq>.lvs.tmp  a segment being created (header only; deleted on open)
 *   <dir>/quarantine/<class>-<file>      segments whose header could not be read
 *
 * ## Segment = header, then frames
 *
 * Header (integers big-endian):
 *
 *   off  size  field
 *   0    8     magic "LVSEG\r\n\x1a" (the CR LF and ^Z catch text-mode transfers, as PNG's do)
 *   8    2     format version = 1
 *   10   2     HPKE KEM id   0x0020 DHKEM(X25519, HKDF-SHA256)   (RFC 9180 section 7.1)
 *   12   2     HPKE KDF id   0x0001 HKDF-SHA256                  (section 7.2)
 *   14   2     HPKE AEAD id  0x0002 AES-256-GCM                  (section 7.3)
 *   16   2     n = length of enc (32 for X25519)
 *   18   n     enc: the HPKE encapsulated key of this segment's sender context
 *   18+n 4     m = length of the metadata
 *   22+n m     metadata, UTF-8 JSON: {"class","agent","tenant","site","seq","created","keyEpoch","policyVersion"}
 *   22+n+m 4   CRC-32 of every header byte before it
 *
 * Frame:
 *
 *   off  size  field
 *   0    4     L = length of the whole frame, these 4 bytes and the CRC included
 *   4    1     kind: 1 = data, 2 = end
 *   5    4     count: events in the frame (end frame: events in the segment)
 *   9    8     minTime, signed ms since the epoch (end frame: of the segment)
 *   17   8     maxTime
 *   25   L-29  AES-256-GCM ciphertext of the payload, then its 16-byte tag
 *   L-4  4     CRC-32 (zlib.crc32, IEEE) of bytes [0, L-4) of the frame
 *
 * A data frame's payload is one `compressBatch` output (raw DEFLATE of NDJSON).
 * An end frame's payload is the number of data frames (u32); a cleanly sealed
 * segment ends with exactly one end frame, so a reader can tell a whole segment
 * from a truncated one.
 *
 * ## Keys, nonces, AAD
 *
 * Each segment gets a fresh HPKE sender context (base mode, info
 * "logveil segment v1") to the recipient's public key; its `enc` is in the
 * header. From the context's exporter (RFC 9180 section 5.3) come a 32-byte
 * frame key and a 12-byte base nonce. They live only in the memory of the
 * process that created the segment: the agent cannot decrypt its own spool
 * (DESIGN invariant 4), and only the private key's holder can re-derive them.
 * AES-256-GCM runs through node:crypto, not HPKE's own seal(), for speed.
 *
 * Frame i (0-based, counting every frame) uses nonce = baseNonce XOR i (as a
 * 96-bit big-endian integer, like RFC 9180's ComputeNonce) and
 * AAD = SHA-256(header bytes) || i (u64) || frame bytes [0, 25). So a frame
 * cannot be moved to another position or segment, nor its clear fields edited,
 * without failing authentication; the index is never stored, the reader counts.
 *
 * ## Invariants
 *
 * 1. Append only. A segment's bytes are never rewritten; the one exception is
 *    recovery truncating a torn tail (bytes after the last frame whose length
 *    and CRC check out). Each frame is written with one write call.
 * 2. A file under its final `.lvs` name always has a complete header: the header
 *    is written to `.lvs.tmp`, fsynced and renamed.
 * 3. Recovery never refuses to start: every complete frame is kept, a torn tail
 *    is cut, a segment that was open is sealed as it is (no end frame: its key
 *    died with the process), a segment whose header cannot be read is moved to
 *    quarantine/ and counted, never deleted silently.
 * 4. Only the shipper (after the store confirmed the object) and retention
 *    delete segments; retention deletions are counted per reason, and those
 *    of unshipped segments separately (DESIGN invariant 2).
 * 5. Sequence numbers per class only grow (spool.json, and a fresh spool starts
 *    at the current Unix time in seconds), so an object key is never reused by a
 *    reinstalled agent.
 * 6. The sidecar holds only counts, time range, state and sizes: nothing
 *    personal. It is a cache: whenever it disagrees with the segment file, it is
 *    rebuilt from the frames' clear fields.
 */
import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { isDataClass, type DataClass } from './data-class.js';

export const SEGMENT_MAGIC = Buffer.from('LVSEG\r\n\x1a', 'latin1');
export const SEGMENT_FORMAT_VERSION = 1;
export const SEGMENT_EXTENSION = '.lvs';
export const FRAME_HEAD_BYTES = 25;
export const GCM_TAG_BYTES = 16;
const CRC_BYTES = 4;
export const MIN_FRAME_BYTES = FRAME_HEAD_BYTES + GCM_TAG_BYTES + CRC_BYTES;
/** Largest frame accepted; a torn length field claiming more is a torn tail. */
export const MAX_FRAME_BYTES = 256 * 1024 * 1024;
const MAX_ENC_BYTES = 256;
const MAX_META_BYTES = 64 * 1024;
/** Enough bytes to hold any valid header. */
export const MAX_HEADER_BYTES = 8 + 2 * 5 + MAX_ENC_BYTES + 4 + MAX_META_BYTES + CRC_BYTES;

export const FRAME_KIND = { data: 1, end: 2 } as const;
export type FrameKind = (typeof FRAME_KIND)[keyof typeof FRAME_KIND];

/** The clear metadata of a segment (header JSON). */
export interface SegmentMeta {
  readonly dataClass: DataClass;
  readonly agent: string;
  readonly tenant: string;
  readonly site: string;
  readonly seq: number;
  /** ms since the epoch */
  readonly created: number;
  readonly keyEpoch: string;
  readonly policyVersion: string;
}

export interface SegmentHeader extends SegmentMeta {
  readonly kem: number;
  readonly kdf: number;
  readonly aead: number;
  readonly enc: Uint8Array;
  /** Byte length of the header: frames start here. */
  readonly length: number;
  /** SHA-256 of the header bytes, bound into every frame's AAD. */
  readonly digest: Buffer;
}

export function encodeHeader(meta: SegmentMeta, suite: { kem: number; kdf: number; aead: number }, enc: Uint8Array): Buffer {
  const json = Buffer.from(
    JSON.stringify({
      class: meta.dataClass,
      agent: meta.agent,
      tenant: meta.tenant,
      site: meta.site,
      seq: meta.seq,
      created: meta.created,
      keyEpoch: meta.keyEpoch,
      policyVersion: meta.policyVersion,
    }),
    'utf8',
  );
  const buf = Buffer.alloc(8 + 10 + enc.length + 4 + json.length + CRC_BYTES);
  SEGMENT_MAGIC.copy(buf, 0);
  let o = buf.writeUInt16BE(SEGMENT_FORMAT_VERSION, 8);
  o = buf.writeUInt16BE(suite.kem, o);
  o = buf.writeUInt16BE(suite.kdf, o);
  o = buf.writeUInt16BE(suite.aead, o);
  o = buf.writeUInt16BE(enc.length, o);
  buf.set(enc, o);
  o = buf.writeUInt32BE(json.length, o + enc.length);
  o += json.copy(buf, o);
  buf.writeUInt32BE(crc32(buf.subarray(0, o)), o);
  return buf;
}

export type HeaderResult = { ok: true; header: SegmentHeader } | { ok: false; reason: string };

/** Reads a header from the first bytes of a segment (`buf` may hold more). */
export function decodeHeader(buf: Buffer): HeaderResult {
  if (buf.length < 18) return { ok: false, reason: 'shorter than a header' };
  if (!buf.subarray(0, 8).equals(SEGMENT_MAGIC)) return { ok: false, reason: 'not a logveil segment (bad magic)' };
  const version = buf.readUInt16BE(8);
  if (version !== SEGMENT_FORMAT_VERSION) return { ok: false, reason: `unknown segment format version ${version}` };
  const encLen = buf.readUInt16BE(16);
  if (encLen > MAX_ENC_BYTES || buf.length < 18 + encLen + 4) return { ok: false, reason: 'header cut short' };
  const metaLen = buf.readUInt32BE(18 + encLen);
  if (metaLen > MAX_META_BYTES) return { ok: false, reason: 'header metadata too long' };
  const end = 22 + encLen + metaLen;
  if (buf.length < end + CRC_BYTES) return { ok: false, reason: 'header cut short' };
  if (buf.readUInt32BE(end) !== crc32(buf.subarray(0, end))) return { ok: false, reason: 'header checksum mismatch' };
  let m: Record<string, unknown>;
  try {
    m = JSON.parse(buf.subarray(22 + encLen, end).toString('utf8')) as Record<string, unknown>;
  } catch {
    return { ok: false, reason: 'header metadata is not JSON' };
  }
  const str = (k: string) => (typeof m[k] === 'string' ? (m[k] as string) : undefined);
  const num = (k: string) => (typeof m[k] === 'number' && Number.isSafeInteger(m[k]) ? (m[k] as number) : undefined);
  const [dataClass, agent, tenant, site, keyEpoch, policyVersion] = [m.class, str('agent'), str('tenant'), str('site'), str('keyEpoch'), str('policyVersion')];
  const [seq, created] = [num('seq'), num('created')];
  if (!isDataClass(dataClass) || agent === undefined || tenant === undefined || site === undefined || keyEpoch === undefined) {
    return { ok: false, reason: 'header metadata incomplete' };
  }
  if (policyVersion === undefined || seq === undefined || created === undefined) return { ok: false, reason: 'header metadata incomplete' };
  const length = end + CRC_BYTES;
  return {
    ok: true,
    header: {
      kem: buf.readUInt16BE(10),
      kdf: buf.readUInt16BE(12),
      aead: buf.readUInt16BE(14),
      enc: new Uint8Array(buf.subarray(18, 18 + encLen)),
      dataClass,
      agent,
      tenant,
      site,
      seq,
      created,
      keyEpoch,
      policyVersion,
      length,
      digest: sha256(buf.subarray(0, length)),
    },
  };
}

export function sha256(bytes: Uint8Array): Buffer {
  return createHash('sha256').update(bytes).digest();
}

/** The clear part of a frame, where it sits, and how long it is. */
export interface FrameInfo {
  readonly offset: number;
  readonly length: number;
  readonly kind: FrameKind;
  readonly count: number;
  readonly minTime: number;
  readonly maxTime: number;
}

/**
 * `short`: the bytes end inside this frame (or its length field); `corrupt`:
 * the length is impossible, the CRC fails or the kind is unknown. Either way,
 * everything from `offset` on is a torn tail.
 */
export type FrameParse = { status: 'ok'; frame: FrameInfo } | { status: 'short' } | { status: 'corrupt'; reason: string };

/** Checks the frame at `offset` of `buf` (length and CRC; no key needed). */
export function parseFrame(buf: Buffer, offset: number): FrameParse {
  if (buf.length - offset < 4) return { status: 'short' };
  const length = buf.readUInt32BE(offset);
  if (length < MIN_FRAME_BYTES || length > MAX_FRAME_BYTES) return { status: 'corrupt', reason: `impossible frame length ${length}` };
  if (buf.length - offset < length) return { status: 'short' };
  const crcAt = offset + length - CRC_BYTES;
  if (buf.readUInt32BE(crcAt) !== crc32(buf.subarray(offset, crcAt))) return { status: 'corrupt', reason: 'frame checksum mismatch' };
  const kind = buf[offset + 4];
  if (kind !== FRAME_KIND.data && kind !== FRAME_KIND.end) return { status: 'corrupt', reason: `unknown frame kind ${String(kind)}` };
  return {
    status: 'ok',
    frame: {
      offset,
      length,
      kind,
      count: buf.readUInt32BE(offset + 5),
      minTime: Number(buf.readBigInt64BE(offset + 9)),
      maxTime: Number(buf.readBigInt64BE(offset + 17)),
    },
  };
}

/** Writes the clear head of a frame into `buf` at 0..25. */
export function writeFrameHead(buf: Buffer, length: number, kind: FrameKind, count: number, minTime: number, maxTime: number): void {
  buf.writeUInt32BE(length, 0);
  buf[4] = kind;
  buf.writeUInt32BE(count, 5);
  buf.writeBigInt64BE(BigInt(minTime), 9);
  buf.writeBigInt64BE(BigInt(maxTime), 17);
}

/** Seals a frame's CRC over everything before it. */
export function writeFrameCrc(frame: Buffer): void {
  const at = frame.length - CRC_BYTES;
  frame.writeUInt32BE(crc32(frame.subarray(0, at)), at);
}

/** Segment file name: `<agent>-<seq, 12 digits>.lvs`. */
export function segmentFileName(agent: string, seq: number): string {
  return `${agent}-${String(seq).padStart(12, '0')}${SEGMENT_EXTENSION}`;
}

const SEGMENT_NAME = /^(.+)-([0-9]{12})\.lvs$/;

export function parseSegmentFileName(name: string): { agent: string; seq: number } | undefined {
  const m = SEGMENT_NAME.exec(name);
  return m ? { agent: m[1] as string, seq: Number(m[2]) } : undefined;
}

/** `<agent>-<seq>.meta.json` beside `<agent>-<seq>.lvs`. */
export function sidecarPath(segmentPath: string): string {
  return `${segmentPath.slice(0, -SEGMENT_EXTENSION.length)}.meta.json`;
}
