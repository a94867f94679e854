/**
 * What `openSpool` does with the segments it finds (segment-format.ts,
 * invariant 3): keep every complete frame, cut a torn tail, seal what was
 * open, quarantine what has no readable header. Nothing here throws: a spool
 * that cannot be fully understood still starts, and says what it set aside.
 */
import { mkdir, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { DataClass } from './data-class.js';
import { parseSegmentFileName, SEGMENT_EXTENSION, segmentFileName, sidecarPath, type SegmentHeader } from './segment-format.js';
import { readSegmentHeader, scanSegment } from './segment-scan.js';
import { readSidecar, writeSidecar } from './sidecar.js';
import type { SealedSegment } from './spool-types.js';
import { fsyncDir } from './fs-util.js';

export interface RecoveredClass {
  readonly segments: SealedSegment[];
  /** Highest sequence number seen in the directory, quarantined files included; -1 when none. */
  readonly maxSeq: number;
  readonly recovered: number;
  readonly truncatedBytes: number;
  readonly quarantined: number;
}

export async function recoverClass(root: string, dataClass: DataClass, logger: Logger, now: number): Promise<RecoveredClass> {
  const dir = join(root, dataClass);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const out = { segments: [] as SealedSegment[], maxSeq: -1, recovered: 0, truncatedBytes: 0, quarantined: 0 };
  for (const name of (await readdir(dir)).sort()) {
    const path = join(dir, name);
    if (name.endsWith('.tmp')) {
      // A segment header or a sidecar that was never renamed into place: no frame was ever in it.
      await unlink(path).catch(() => undefined);
      continue;
    }
    const parsed = parseSegmentFileName(name);
    if (!parsed) continue;
    out.maxSeq = Math.max(out.maxSeq, parsed.seq);
    try {
      const r = await recoverSegment(path, dataClass, parsed, logger, now);
      if (r.kind === 'quarantine') {
        await quarantine(root, dataClass, path, r.reason, logger);
        out.quarantined++;
        continue;
      }
      if (r.kind === 'empty') continue;
      out.segments.push(r.segment);
      if (r.recovered) out.recovered++;
      out.truncatedBytes += r.truncatedBytes;
    } catch (e) {
      logger.error({ event: 'spool_recovery_error', segment: name, dataClass, err: (e as Error).message }, 'spool segment could not be recovered');
      await quarantine(root, dataClass, path, `recovery failed: ${(e as Error).message}`, logger);
      out.quarantined++;
    }
  }
  return out;
}

type SegmentRecovery =
  | { kind: 'quarantine'; reason: string }
  | { kind: 'empty' }
  | { kind: 'ok'; segment: SealedSegment; recovered: boolean; truncatedBytes: number };

async function recoverSegment(
  path: string,
  dataClass: DataClass,
  name: { agent: string; seq: number },
  logger: Logger,
  now: number,
): Promise<SegmentRecovery> {
  const sidecar = await readSidecar(sidecarPath(path));
  const fh = await open(path, 'r+');
  try {
    const size = (await fh.stat()).size;
    // Fast path: a sealed sidecar that agrees with the file's size is believed,
    // so opening a spool full of unshipped segments does not read them all.
    if (sidecar?.state === 'sealed' && sidecar.bytes === size && sidecar.frames > 0 && sidecar.minTime !== null && sidecar.maxTime !== null) {
      const header = await readSegmentHeader(fh, size);
      if (!header.ok) return { kind: 'quarantine', reason: header.reason };
      if (!matchesName(header.header, dataClass, name)) return { kind: 'quarantine', reason: 'header does not match the file name' };
      return {
        kind: 'ok',
        recovered: false,
        truncatedBytes: 0,
        segment: toSealed(path, header.header, { ...sidecar, minTime: sidecar.minTime, maxTime: sidecar.maxTime, sealed: sidecar.sealed ?? now }),
      };
    }
    const scan = await scanSegment(fh);
    if (!scan.ok) return { kind: 'quarantine', reason: scan.reason };
    const h = scan.header;
    if (!matchesName(h, dataClass, name)) return { kind: 'quarantine', reason: 'header does not match the file name' };
    const id = segmentId(h);
    let truncatedBytes = 0;
    if (scan.validBytes < scan.size) {
      truncatedBytes = scan.size - scan.validBytes;
      await fh.truncate(scan.validBytes);
      await fh.datasync();
      logger.warn(
        { event: 'spool_torn_tail', segment: id, truncatedBytes, reason: scan.tornReason, framesKept: scan.frames },
        'spool recovery cut a torn tail; every complete frame was kept',
      );
    }
    if (scan.frames === 0 || scan.minTime === null || scan.maxTime === null) {
      // Header only: the agent died before the first frame. Nothing to keep.
      await unlink(path);
      await unlink(sidecarPath(path)).catch(() => undefined);
      return { kind: 'empty' };
    }
    const totals = { frames: scan.frames, count: scan.count, minTime: scan.minTime, maxTime: scan.maxTime, bytes: scan.validBytes, ended: scan.ended, sealed: now };
    await writeSidecar(sidecarPath(path), { format: 1, state: 'sealed', created: h.created, ...totals });
    if (!scan.ended) {
      logger.warn({ event: 'spool_segment_recovered', segment: id, frames: scan.frames, records: scan.count }, 'spool recovery sealed a segment left open');
    }
    return { kind: 'ok', recovered: !scan.ended, truncatedBytes, segment: toSealed(path, h, totals) };
  } finally {
    await fh.close().catch(() => undefined);
  }
}

/** `<class>/<agent>-<seq>`: a segment's id in the spool API. */
export function segmentId(h: { dataClass: DataClass; agent: string; seq: number }): string {
  return `${h.dataClass}/${segmentFileName(h.agent, h.seq).slice(0, -SEGMENT_EXTENSION.length)}`;
}

export function toSealed(
  file: string,
  h: SegmentHeader,
  t: { frames: number; count: number; minTime: number; maxTime: number; bytes: number; ended: boolean; sealed: number },
): SealedSegment {
  return {
    id: segmentId(h),
    dataClass: h.dataClass,
    seq: h.seq,
    agent: h.agent,
    tenant: h.tenant,
    site: h.site,
    file,
    bytes: t.bytes,
    frames: t.frames,
    count: t.count,
    minTime: t.minTime,
    maxTime: t.maxTime,
    created: h.created,
    sealed: t.sealed,
    keyEpoch: h.keyEpoch,
    policyVersion: h.policyVersion,
    ended: t.ended,
  };
}

function matchesName(h: SegmentHeader, dataClass: DataClass, name: { agent: string; seq: number }): boolean {
  return h.dataClass === dataClass && h.seq === name.seq && h.agent === name.agent;
}

/** Moves a segment (and its sidecar) aside: never deleted silently. */
async function quarantine(root: string, dataClass: DataClass, path: string, reason: string, logger: Logger): Promise<void> {
  const qdir = join(root, 'quarantine');
  const base = path.slice(path.lastIndexOf('/') + 1);
  let target = join(qdir, `${dataClass}-${base}`);
  try {
    await mkdir(qdir, { recursive: true, mode: 0o700 });
    if (await exists(target)) target = `${target}.${Date.now()}`;
    await rename(path, target);
    await rename(sidecarPath(path), `${target}.meta.json`).catch(() => undefined);
    await fsyncDir(path);
    logger.error({ event: 'spool_quarantine', dataClass, file: base, reason, movedTo: target }, 'spool segment moved to quarantine');
  } catch (e) {
    logger.error({ event: 'spool_quarantine_failed', dataClass, file: base, reason, err: (e as Error).message }, 'spool segment could not be quarantined; left in place');
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
