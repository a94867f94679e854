/**
 * The one segment of a class that takes appends. It owns the file descriptor
 * and the frame key; both die with it. Not safe for concurrent calls: the
 * spool serializes every call per class.
 */
import { open, rename, unlink, type FileHandle } from 'node:fs/promises';
import type { CipherSuite } from '@hpke/core';
import { RECIPIENT_SUITE, type HpkeKey } from '../keys/recipient-keys.js';
import { deriveFrameSecrets, encryptFrame, HPKE_INFO, type FrameSecrets } from './frame-cipher.js';
import { decodeHeader, encodeHeader, FRAME_HEAD_BYTES, FRAME_KIND, GCM_TAG_BYTES, sidecarPath, type SegmentHeader, type SegmentMeta } from './segment-format.js';
import { writeSidecar, type Sidecar } from './sidecar.js';
import { fsyncDir } from './fs-util.js';

/** Bytes a frame adds around its payload. */
export const FRAME_OVERHEAD = FRAME_HEAD_BYTES + GCM_TAG_BYTES + 4;

export interface Batch {
  readonly payload: Buffer;
  readonly count: number;
  readonly minTime: number;
  readonly maxTime: number;
}

/** What a segment looks like once sealed; also what recovery rebuilds. */
export interface SegmentTotals {
  readonly frames: number;
  readonly count: number;
  readonly minTime: number | null;
  readonly maxTime: number | null;
  readonly bytes: number;
  readonly ended: boolean;
  readonly sealed: number;
}

export class OpenSegment {
  readonly header: SegmentHeader;
  readonly path: string;
  #fh: FileHandle;
  #secrets: FrameSecrets;
  #frames = 0;
  #count = 0;
  #minTime: number | null = null;
  #maxTime: number | null = null;
  #bytes: number;
  /** Written since the last fsync. */
  #dirty = false;

  private constructor(header: SegmentHeader, path: string, fh: FileHandle, secrets: FrameSecrets) {
    this.header = header;
    this.path = path;
    this.#fh = fh;
    this.#secrets = secrets;
    this.#bytes = header.length;
  }

  /**
   * A new segment with a fresh HPKE sender context. The header goes to a
   * temporary name first, so a file under the final name always has a whole
   * header (segment-format.ts, invariant 2).
   */
  static async create(path: string, meta: SegmentMeta, suite: CipherSuite, recipientPublicKey: HpkeKey): Promise<OpenSegment> {
    const sender = await suite.createSenderContext({ recipientPublicKey, info: HPKE_INFO });
    const bytes = encodeHeader(meta, RECIPIENT_SUITE, new Uint8Array(sender.enc));
    const decoded = decodeHeader(bytes);
    if (!decoded.ok) throw new Error(`segment header does not round-trip: ${decoded.reason}`);
    const secrets = await deriveFrameSecrets(sender, decoded.header.digest);
    const tmp = `${path}.tmp`;
    const fh = await open(tmp, 'w+', 0o600);
    try {
      await writeAll(fh, bytes, 0);
      await fh.sync();
      await rename(tmp, path);
      await fsyncDir(path);
    } catch (e) {
      await fh.close().catch(() => undefined);
      await unlink(tmp).catch(() => undefined);
      throw e;
    }
    const seg = new OpenSegment(decoded.header, path, fh, secrets);
    await seg.#writeSidecar('open', null, false);
    return seg;
  }

  get bytes(): number {
    return this.#bytes;
  }
  get frames(): number {
    return this.#frames;
  }
  get count(): number {
    return this.#count;
  }
  get dirty(): boolean {
    return this.#dirty;
  }

  /**
   * Encrypts the batches as consecutive frames and writes them with one write
   * call. On failure the segment must be abandoned: its key has been used for
   * frame indexes that never reached the disk, and reusing a GCM nonce under
   * the same key would be fatal.
   */
  async append(batches: readonly Batch[]): Promise<void> {
    const frames: Buffer[] = [];
    let index = this.#frames;
    for (const b of batches) frames.push(encryptFrame(this.#secrets, index++, FRAME_KIND.data, b.count, b.minTime, b.maxTime, b.payload));
    const buf = frames.length === 1 ? (frames[0] as Buffer) : Buffer.concat(frames);
    this.#dirty = true;
    await writeAll(this.#fh, buf, this.#bytes);
    this.#bytes += buf.length;
    this.#frames = index;
    for (const b of batches) {
      this.#count += b.count;
      this.#minTime = this.#minTime === null ? b.minTime : Math.min(this.#minTime, b.minTime);
      this.#maxTime = this.#maxTime === null ? b.maxTime : Math.max(this.#maxTime, b.maxTime);
    }
  }

  async sync(): Promise<void> {
    if (!this.#dirty) return;
    this.#dirty = false;
    await this.#fh.datasync();
  }

  /** Writes the end frame, fsyncs, closes, and marks the sidecar sealed. */
  async seal(now: number): Promise<SegmentTotals> {
    const body = Buffer.alloc(4);
    body.writeUInt32BE(this.#frames, 0);
    const end = encryptFrame(this.#secrets, this.#frames, FRAME_KIND.end, this.#count, this.#minTime ?? 0, this.#maxTime ?? 0, body);
    await writeAll(this.#fh, end, this.#bytes);
    this.#bytes += end.length;
    await this.#fh.datasync();
    await this.#fh.close();
    await this.#writeSidecar('sealed', now, true);
    return this.#totals(now, true);
  }

  /**
   * After a failed write: cut whatever part of the failed write landed, close,
   * and seal without an end frame (as recovery would). Returns null when the
   * segment held no frame and was removed instead.
   */
  async abandon(now: number): Promise<SegmentTotals | null> {
    await this.#fh.truncate(this.#bytes).catch(() => undefined);
    await this.#fh.datasync().catch(() => undefined);
    await this.#fh.close().catch(() => undefined);
    if (this.#frames === 0) {
      await unlink(this.path).catch(() => undefined);
      await unlink(sidecarPath(this.path)).catch(() => undefined);
      return null;
    }
    await this.#writeSidecar('sealed', now, false).catch(() => undefined);
    return this.#totals(now, false);
  }

  #totals(sealed: number, ended: boolean): SegmentTotals {
    return { frames: this.#frames, count: this.#count, minTime: this.#minTime, maxTime: this.#maxTime, bytes: this.#bytes, ended, sealed };
  }

  #writeSidecar(state: 'open' | 'sealed', sealed: number | null, ended: boolean): Promise<void> {
    const s: Sidecar = {
      format: 1,
      state,
      frames: this.#frames,
      count: this.#count,
      minTime: this.#minTime,
      maxTime: this.#maxTime,
      bytes: this.#bytes,
      created: this.header.created,
      sealed,
      ended,
    };
    return writeSidecar(sidecarPath(this.path), s);
  }
}

async function writeAll(fh: FileHandle, buf: Buffer, position: number): Promise<void> {
  let done = 0;
  while (done < buf.length) {
    const { bytesWritten } = await fh.write(buf, done, buf.length - done, position + done);
    done += bytesWritten;
  }
}
