/** Small file-system helpers the spool needs for crash safety. */
import { open } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Fsyncs the directory holding `path`, so a create, rename or unlink in it
 * survives a power loss (POSIX leaves that to the directory's own fsync).
 */
export async function fsyncDir(path: string): Promise<void> {
  const fh = await open(dirname(path), 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}
