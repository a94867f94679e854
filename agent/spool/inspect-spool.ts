/**
 * A read-only look at a spool directory, for `logveil spool inspect`: what
 * each segment holds, from its header and sidecar (or, when the sidecar is
 * stale, from the frames' clear fields). Needs no key and changes nothing,
 * so it is safe beside a running agent.
 */
import { open, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DATA_CLASSES, type DataClass } from './data-class.js';
import { parseSegmentFileName, sidecarPath } from './segment-format.js';
import { readSegmentHeader, scanSegment } from './segment-scan.js';
import { readSidecar } from './sidecar.js';

export interface SegmentListing {
  readonly dataClass: DataClass;
  readonly file: string;
  /** `unreadable`: no valid header (recovery will quarantine it). */
  readonly state: 'open' | 'sealed' | 'unreadable';
  readonly agent: string;
  readonly seq: number;
  readonly frames: number;
  readonly count: number;
  readonly bytes: number;
  readonly minTime: number | null;
  readonly maxTime: number | null;
  readonly created: number | null;
  readonly sealed: number | null;
  /** Sealed with an end frame. */
  readonly ended: boolean;
  readonly keyEpoch: string | null;
  readonly policyVersion: string | null;
  /** Bytes after the last complete frame (a torn tail recovery would cut). */
  readonly tornBytes: number;
  readonly problem: string | null;
}

export async function inspectSpool(dir: string): Promise<{ segments: SegmentListing[]; quarantined: string[] }> {
  const segments: SegmentListing[] = [];
  for (const dataClass of DATA_CLASSES) {
    for (const name of (await list(join(dir, dataClass))).sort()) {
      const parsed = parseSegmentFileName(name);
      if (parsed) segments.push(await inspectSegment(join(dir, dataClass, name), dataClass, parsed));
    }
  }
  return { segments, quarantined: (await list(join(dir, 'quarantine'))).filter((n) => !n.endsWith('.meta.json')).sort() };
}

async function inspectSegment(path: string, dataClass: DataClass, name: { agent: string; seq: number }): Promise<SegmentListing> {
  const base = { dataClass, file: path, agent: name.agent, seq: name.seq };
  const sidecar = await readSidecar(sidecarPath(path));
  const fh = await open(path, 'r');
  try {
    const size = (await fh.stat()).size;
    if (sidecar?.state === 'sealed' && sidecar.bytes === size) {
      const h = await readSegmentHeader(fh, size);
      if (h.ok) {
        return {
          ...base,
          state: 'sealed',
          frames: sidecar.frames,
          count: sidecar.count,
          bytes: size,
          minTime: sidecar.minTime,
          maxTime: sidecar.maxTime,
          created: h.header.created,
          sealed: sidecar.sealed,
          ended: sidecar.ended,
          keyEpoch: h.header.keyEpoch,
          policyVersion: h.header.policyVersion,
          tornBytes: 0,
          problem: null,
        };
      }
    }
    const scan = await scanSegment(fh);
    if (!scan.ok) {
      return {
        ...base,
        state: 'unreadable',
        frames: 0,
        count: 0,
        bytes: size,
        minTime: null,
        maxTime: null,
        created: null,
        sealed: null,
        ended: false,
        keyEpoch: null,
        policyVersion: null,
        tornBytes: 0,
        problem: scan.reason,
      };
    }
    return {
      ...base,
      state: scan.ended || sidecar?.state === 'sealed' ? 'sealed' : 'open',
      frames: scan.frames,
      count: scan.count,
      bytes: size,
      minTime: scan.minTime,
      maxTime: scan.maxTime,
      created: scan.header.created,
      sealed: sidecar?.sealed ?? null,
      ended: scan.ended,
      keyEpoch: scan.header.keyEpoch,
      policyVersion: scan.header.policyVersion,
      tornBytes: scan.size - scan.validBytes,
      problem: scan.tornReason,
    };
  } finally {
    await fh.close();
  }
}

async function list(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
}
