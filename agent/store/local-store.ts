/**
 * An ObjectStore on a local directory: the embedded default, and a real fake
 * of S3 for tests. A key is a relative path under the directory.
 *
 * `put` writes a hidden temporary file beside the target, fsyncs it, renames
 * it over the key and fsyncs the directory, so a reader sees the old object or
 * the new one, never a mix, and a confirmed put survives a power loss. Content
 * type and metadata matter to S3 only; the local store keeps just the bytes.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { LogveilError } from '../errors.js';
import type { ObjectStore, PutOptions } from './object-store.js';

export function createLocalStore(dir: string): ObjectStore {
  return {
    async put(key: string, body: Buffer, _opts: PutOptions): Promise<void> {
      const path = join(dir, checkKey(key));
      const tmp = join(dirname(path), `.${path.slice(path.lastIndexOf('/') + 1)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
      try {
        await mkdir(dirname(path), { recursive: true });
        const fh = await open(tmp, 'wx', 0o644);
        try {
          await fh.writeFile(body);
          await fh.sync();
        } finally {
          await fh.close();
        }
        await rename(tmp, path);
        const d = await open(dirname(path), 'r');
        try {
          await d.sync();
        } finally {
          await d.close();
        }
      } catch (e) {
        await unlink(tmp).catch(() => undefined);
        throw new LogveilError('LV_IO', `local store: cannot write ${key}: ${(e as Error).message}`, { cause: e });
      }
    },

    async head(key: string): Promise<{ size: number } | null> {
      try {
        const s = await stat(join(dir, checkKey(key)));
        return s.isFile() ? { size: s.size } : null;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw new LogveilError('LV_IO', `local store: cannot stat ${key}: ${(e as Error).message}`, { cause: e });
      }
    },

    async get(key: string): Promise<Buffer> {
      try {
        return await readFile(join(dir, checkKey(key)));
      } catch (e) {
        throw new LogveilError('LV_IO', `local store: cannot read ${key}: ${(e as Error).message}`, { cause: e });
      }
    },

    list(prefix: string): AsyncIterable<{ key: string; size: number }> {
      const start = prefix.includes('/') ? prefix.slice(0, prefix.lastIndexOf('/')) : '';
      return walk(dir, start, prefix);
    },
  };
}

async function* walk(root: string, rel: string, prefix: string): AsyncGenerator<{ key: string; size: number }> {
  let entries;
  try {
    entries = await readdir(join(root, rel), { withFileTypes: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR') return;
    throw new LogveilError('LV_IO', `local store: cannot list ${rel || '.'}: ${(e as Error).message}`, { cause: e });
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue; // temporary files of puts in progress
    const key = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) {
      if (key.startsWith(prefix) || prefix.startsWith(`${key}/`)) yield* walk(root, key, prefix);
    } else if (e.isFile() && key.startsWith(prefix)) {
      yield { key, size: (await stat(join(root, key))).size };
    }
  }
}

/** Keys are relative paths without `.`/`..` segments: a key never escapes the directory. */
function checkKey(key: string): string {
  const parts = key.split('/');
  if (!key || key.includes('\0') || key.includes('\\') || parts.some((p) => p === '' || p === '.' || p === '..' || p.startsWith('.'))) {
    throw new LogveilError('LV_USAGE', `object key "${key}" is not a relative path of plain names`);
  }
  return key;
}
