/**
 * The plaintext sidecar beside each segment (`<agent>-<seq>.meta.json`): what
 * an operator or `logveil spool inspect` may see without any key. Only counts,
 * the time range, the state and sizes; never content (segment-format.ts,
 * invariant 6).
 *
 * The sidecar is a cache, not a source of truth: recovery trusts it only when
 * it says "sealed" and its byte count equals the segment file's size, and
 * rebuilds it from the frames' clear fields otherwise. That is why it is
 * replaced by rename (never seen half-written) but not fsynced.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';

export interface Sidecar {
  readonly format: 1;
  readonly state: 'open' | 'sealed';
  /** Data frames (batches). */
  readonly frames: number;
  /** Events. */
  readonly count: number;
  /** ms since the epoch; null while the segment has no frame. */
  readonly minTime: number | null;
  readonly maxTime: number | null;
  /** Size of the segment file. */
  readonly bytes: number;
  readonly created: number;
  readonly sealed: number | null;
  /** Sealed with an end frame (false: sealed by crash recovery or after a write error). */
  readonly ended: boolean;
}

export async function readSidecar(path: string): Promise<Sidecar | undefined> {
  try {
    const s = JSON.parse(await readFile(path, 'utf8')) as Partial<Sidecar>;
    if (s.format !== 1 || (s.state !== 'open' && s.state !== 'sealed') || typeof s.bytes !== 'number' || typeof s.count !== 'number') return undefined;
    return s as Sidecar;
  } catch {
    return undefined;
  }
}

export async function writeSidecar(path: string, sidecar: Sidecar): Promise<void> {
  const tmp = `${path}.tmp`;
  await writeFile(tmp, `${JSON.stringify(sidecar)}\n`, { mode: 0o600 });
  await rename(tmp, path);
}
