/**
 * Walks a segment file's frames by their lengths and CRCs, without any key:
 * what recovery and `logveil spool inspect` know about a segment whose sidecar
 * cannot be trusted. Reads one frame at a time, so memory stays at one frame.
 */
import type { FileHandle } from 'node:fs/promises';
import { decodeHeader, FRAME_KIND, MAX_FRAME_BYTES, MAX_HEADER_BYTES, MIN_FRAME_BYTES, parseFrame, type HeaderResult, type SegmentHeader } from './segment-format.js';

export type SegmentScan =
  | { readonly ok: false; readonly reason: string }
  | {
      readonly ok: true;
      readonly header: SegmentHeader;
      /** Data frames. */
      readonly frames: number;
      readonly count: number;
      readonly minTime: number | null;
      readonly maxTime: number | null;
      /** Ends with an end frame. */
      readonly ended: boolean;
      /** Bytes up to the end of the last good frame; anything after is a torn tail. */
      readonly validBytes: number;
      readonly size: number;
      /** Why the tail was cut, when validBytes < size. */
      readonly tornReason: string | null;
    };

/** The header alone (for segments whose sidecar can be trusted). */
export async function readSegmentHeader(fh: FileHandle, size: number): Promise<HeaderResult> {
  return decodeHeader(await readAt(fh, 0, Math.min(size, MAX_HEADER_BYTES)));
}

export async function scanSegment(fh: FileHandle): Promise<SegmentScan> {
  const size = (await fh.stat()).size;
  const decoded = await readSegmentHeader(fh, size);
  if (!decoded.ok) return decoded;
  const header = decoded.header;
  let pos = header.length;
  let frames = 0;
  let count = 0;
  let minTime: number | null = null;
  let maxTime: number | null = null;
  let ended = false;
  let tornReason: string | null = null;
  const lenBuf = Buffer.alloc(4);
  while (pos < size) {
    if (ended) {
      tornReason = 'bytes after the end frame';
      break;
    }
    if (size - pos < 4) {
      tornReason = 'frame length cut short';
      break;
    }
    await fh.read(lenBuf, 0, 4, pos);
    const length = lenBuf.readUInt32BE(0);
    if (length < MIN_FRAME_BYTES || length > MAX_FRAME_BYTES) {
      tornReason = `impossible frame length ${length}`;
      break;
    }
    if (size - pos < length) {
      tornReason = 'frame cut short';
      break;
    }
    const parsed = parseFrame(await readAt(fh, pos, length), 0);
    if (parsed.status !== 'ok') {
      tornReason = parsed.status === 'corrupt' ? parsed.reason : 'frame cut short';
      break;
    }
    const f = parsed.frame;
    if (f.kind === FRAME_KIND.end) {
      ended = true;
    } else {
      frames++;
      count += f.count;
      minTime = minTime === null ? f.minTime : Math.min(minTime, f.minTime);
      maxTime = maxTime === null ? f.maxTime : Math.max(maxTime, f.maxTime);
    }
    pos += length;
  }
  return { ok: true, header, frames, count, minTime, maxTime, ended, validBytes: pos, size, tornReason };
}

async function readAt(fh: FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.allocUnsafe(length);
  let got = 0;
  while (got < length) {
    const { bytesRead } = await fh.read(buf, got, length - got, position + got);
    if (bytesRead === 0) break;
    got += bytesRead;
  }
  return got === length ? buf : buf.subarray(0, got);
}
