/**
 * Where `logveil query --from` reads: a directory (the local store's layout,
 * as the shipper writes it, or a copy of a bucket) or `s3://bucket/prefix`.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pino } from 'pino';
import { LogveilError } from '../errors.js';
import { createLocalStore, createS3Store } from '../store/index.js';
import type { StoreSource } from './walk-objects.js';

/** Connection settings for an s3:// source (credentials come from the standard AWS chain only). */
export interface S3SourceOptions {
  readonly region: string;
  /** An S3-compatible endpoint (MinIO, Ceph, s3rver); '' for AWS. */
  readonly endpoint: string;
  readonly forcePathStyle: boolean;
  /** Plain http, for a loopback endpoint only. */
  readonly allowPlainHttpLoopback: boolean;
}

export function parseS3Url(from: string): { bucket: string; prefix: string } | undefined {
  const m = /^s3:\/\/([^/]+)\/?(.*)$/.exec(from);
  if (!m) return undefined;
  const path = (m[2] as string).split('/').filter((p) => p !== '');
  return { bucket: m[1] as string, prefix: path.length ? `${path.join('/')}/` : '' };
}

export async function openStoreFor(from: string, s3: S3SourceOptions): Promise<StoreSource> {
  const url = parseS3Url(from);
  if (url) return openS3(from, url, s3);
  if (from.startsWith('s3:')) throw new LogveilError('LV_USAGE', `--from "${from}": an S3 source is s3://bucket or s3://bucket/prefix`);
  try {
    if (!(await stat(from)).isDirectory()) throw new Error('not a directory');
  } catch (e) {
    throw new LogveilError('LV_IO', `cannot read ${from}: ${(e as Error).message}`, { cause: e });
  }
  return {
    store: createLocalStore(from),
    prefix: '',
    nested: true,
    label: from,
    async children(prefix) {
      try {
        const entries = await readdir(join(from, prefix), { withFileTypes: true });
        return entries.filter((e) => e.isDirectory()).map((e) => e.name);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (prefix !== '' && (code === 'ENOENT' || code === 'ENOTDIR')) return [];
        throw new LogveilError('LV_IO', `cannot list ${join(from, prefix)}: ${(e as Error).message}`, { cause: e });
      }
    },
    keys: (prefix) => localKeys(from, prefix.includes('/') ? prefix.slice(0, prefix.lastIndexOf('/')) : '', prefix),
  };
}

/**
 * The local store's keys under `prefix`, in key order, like its `list` but
 * without a stat per file: the query needs no sizes, and the stats were a
 * quarter of a day's listing time.
 */
async function* localKeys(root: string, rel: string, prefix: string): AsyncGenerator<string> {
  let entries;
  try {
    entries = await readdir(join(root, rel), { withFileTypes: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return;
    throw new LogveilError('LV_IO', `cannot list ${join(root, rel)}: ${(e as Error).message}`, { cause: e });
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue; // temporary files of puts in progress
    const key = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) {
      if (key.startsWith(prefix) || prefix.startsWith(`${key}/`)) yield* localKeys(root, key, prefix);
    } else if (e.isFile() && key.startsWith(prefix)) {
      yield key;
    }
  }
}

/**
 * An S3 bucket through the agent's own S3 store (TLS 1.2 or newer, plain http
 * only on loopback when asked, retries with backoff, credentials from the
 * standard AWS chain). The query only reads: the write settings are inert.
 * The store lists one level at a time (ListObjectsV2 with a delimiter), so
 * tenants and sites are pruned as in a directory.
 */
function openS3(from: string, url: { bucket: string; prefix: string }, opts: S3SourceOptions): StoreSource {
  const store = createS3Store(
    {
      bucket: url.bucket,
      region: opts.region,
      endpoint: opts.endpoint,
      force_path_style: opts.forcePathStyle,
      allow_plain_http_loopback: opts.allowPlainHttpLoopback,
      storage_class: 'STANDARD',
      sse_kms_key_id: '',
      multipart_threshold_bytes: 16 * 1024 * 1024,
      part_size_bytes: 8 * 1024 * 1024,
      retry_base_delay_ms: 200,
      retry_max_delay_ms: 5_000,
      retentionDays: { logs: 0, metrics: 0, alerts: 0, audit: 0 },
    },
    // Its log lines are for the daemon; the query reports failures as errors.
    { logger: pino({ level: 'silent' }) },
  );
  return { store, prefix: url.prefix, label: from, children: (prefix) => store.children(prefix), close: () => store.close() };
}
