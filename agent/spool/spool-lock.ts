/**
 * One process per spool directory: two writers appending to the same segment
 * files would interleave frames and lose both. `spool.lock` holds the owner's
 * pid; a lock whose process is gone (kill -9, power loss) is taken over, as
 * the crash that left it is exactly what recovery is for.
 */
import { closeSync, openSync, readFileSync, realpathSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { LogveilError } from '../errors.js';

/** Spool directories open in this process (a pid check cannot tell them apart). */
const OPEN_HERE = new Set<string>();

export function acquireSpoolLock(dir: string): { release(): void } {
  const real = realpathSync(dir);
  const path = join(dir, 'spool.lock');
  if (OPEN_HERE.has(real)) throw new LogveilError('LV_SPOOL_LOCKED', `spool ${dir} is already open in this process`);
  try {
    const fd = openSync(path, 'wx', 0o600);
    try {
      writeSync(fd, `${process.pid}\n`);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new LogveilError('LV_IO', `cannot lock spool ${dir}`, { cause: e });
    const owner = Number.parseInt(safeRead(path), 10);
    if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && alive(owner)) {
      throw new LogveilError('LV_SPOOL_LOCKED', `spool ${dir} is in use by process ${owner}`);
    }
    writeFileSync(path, `${process.pid}\n`, { mode: 0o600 });
  }
  OPEN_HERE.add(real);
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      OPEN_HERE.delete(real);
      try {
        unlinkSync(path);
      } catch {
        // Already gone: nothing to release.
      }
    },
  };
}

function safeRead(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
