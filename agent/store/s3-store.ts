/**
 * An ObjectStore on S3 or an S3-compatible store (MinIO, Ceph, s3rver), over
 * @aws-sdk/client-s3.
 *
 * Exactly once (DESIGN invariant 3). `put` is write-once:
 *   1. HeadObject. If the key exists and holds the same bytes (our
 *      `logveil-sha256` metadata, or size and content for an object someone
 *      else wrote), the put is done: nothing is written, so a retry after a
 *      crash never adds a version or an object.
 *   2. Otherwise PutObject (or a multipart upload) with `If-None-Match: *`.
 *      S3 (since 2024-08) and MinIO then refuse to create the key if it
 *      appeared since step 1; a 412 sends us back to step 1's check (was
 *      it our own earlier try whose answer was lost?).
 *   3. Different bytes under the key are never overwritten: LV_STORE_CONFLICT.
 *      One exception: a strict prefix of our bytes without our metadata is a
 *      copy of ours cut short (s3rver writes bodies as they arrive, so a
 *      killed upload leaves one; S3 and MinIO never show partial objects). It
 *      is replaced, with `If-Match` on its ETag.
 * Stores without conditional writes (s3rver ignores the headers; some answer
 * 501) rely on step 1 alone. That is enough for one writer per key, which the
 * spool lock and the agent id in every key give us; If-None-Match closes the
 * race between two writers where the store supports it.
 *
 * Every try is one HTTP exchange (the SDK's retries are off); retrier.ts
 * retries with backoff and counts. HTTPS uses an agent pinned to TLS 1.2 or
 * newer (POLICY P5), whatever node's defaults or NODE_OPTIONS say; plain
 * http is accepted only for a loopback endpoint with
 * store.s3.allow_plain_http_loopback. Credentials come from the standard AWS
 * chain only. Region redirects are not followed (POLICY P10).
 *
 * Each object carries its class and retention tags (object-tags.ts), the
 * storage class, optional SSE-KMS on top of our own encryption, and a
 * SHA-256 checksum S3 verifies on single-part uploads.
 *
 * The SDK is loaded on first use (about 300 ms of imports), so commands that
 * never touch S3 (sanitize, validate, query on a directory) do not pay for it.
 */
import { createHash } from 'node:crypto';
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import type { PutObjectCommandInput, S3Client, StorageClass } from '@aws-sdk/client-s3';
import type { Logger } from 'pino';
import type { AgentConfig, DataClass } from '../config/agent-config.js';
import { LogveilError } from '../errors.js';
import { isLoopbackUrl } from '../io/loopback.js';
import type { ObjectStore, PutOptions, StoreStats } from './object-store.js';
import { objectTagging } from './object-tags.js';
import { createRetrier } from './retrier.js';
import { classifyS3Error, STORE_FAILURE_REASONS, storeError, type StoreFailureReason } from './store-errors.js';

export type S3StoreOptions = AgentConfig['store']['s3'] & {
  /** policy.cloud_retention_days: written into each object's retention tag. */
  readonly retentionDays: Readonly<Record<DataClass, number>>;
};

export interface S3StoreDeps {
  readonly logger: Logger;
  /** ms since the epoch; a fake clock in tests. */
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
  /** In [0, 1), for the retry jitter. */
  readonly random?: () => number;
}

export interface S3Store extends ObjectStore {
  /**
   * Names one level under `prefix` ('' or ending in '/'), like a directory
   * listing: ListObjectsV2 with Delimiter '/' (common prefixes, then plain
   * objects), in key order. For readers that prune the layout level by level.
   */
  children(prefix: string): Promise<string[]>;
  stats(): StoreStats;
  close(): Promise<void>;
}

/** Our metadata: the SHA-256 of the object's bytes, hex, to recognise them without reading them. */
const SHA256_META = 'logveil-sha256';
/** Connect within this long, and never sit this long without a byte moving. */
const CONNECT_TIMEOUT_MS = 10_000;
const SOCKET_IDLE_TIMEOUT_MS = 60_000;
/** Parallel part uploads of one multipart upload. */
const MULTIPART_QUEUE = 4;

interface Existing {
  readonly size: number;
  readonly sha256: string | undefined;
  readonly etag: string | undefined;
}

export function createS3Store(opts: S3StoreOptions, deps: S3StoreDeps): S3Store {
  const endpoint = checkEndpoint(opts);
  const { logger } = deps;
  const now = deps.now ?? Date.now;
  const bucket = opts.bucket;
  const endpointHost = endpoint ? endpoint.host : `s3.${opts.region}.amazonaws.com`;
  const httpsAgent = new HttpsAgent({ minVersion: 'TLSv1.2', keepAlive: true, maxSockets: 16 });
  const httpAgent = endpoint?.protocol === 'http:' ? new HttpAgent({ keepAlive: true, maxSockets: 16 }) : undefined;
  type Sdk = { client: S3Client; s3: typeof import('@aws-sdk/client-s3'); Upload: typeof import('@aws-sdk/lib-storage').Upload };
  let loading: Promise<Sdk> | undefined;
  // The SDK prints a plain-text Node-version notice on stderr under Node 20, which would break
  // the agent's JSON log lines; it only concerns SDK releases we pin below.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const sdk = (): Promise<Sdk> =>
    (loading ??= Promise.all([import('@aws-sdk/client-s3'), import('@aws-sdk/lib-storage')]).then(([s3, storage]) => ({
      s3,
      Upload: storage.Upload,
      client: new s3.S3Client({
        region: opts.region,
        ...(endpoint ? { endpoint: endpoint.href } : {}),
        forcePathStyle: endpoint !== undefined || opts.force_path_style,
        // One HTTP exchange per try: retrier.ts does the retrying and the counting.
        maxAttempts: 1,
        followRegionRedirects: false,
        // No CRC32 trailers by default (S3-compatible stores differ); single-part puts carry our own SHA-256.
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
        requestHandler: {
          httpsAgent,
          // The plain agent exists only for an allowed loopback http endpoint (checkEndpoint).
          ...(httpAgent ? { httpAgent } : {}),
          connectionTimeout: CONNECT_TIMEOUT_MS,
          socketTimeout: SOCKET_IDLE_TIMEOUT_MS,
        },
      }),
    })));
  const retries = Object.fromEntries(STORE_FAILURE_REASONS.map((r) => [r, 0])) as Record<StoreFailureReason, number>;
  const retrier = createRetrier({
    baseMs: opts.retry_base_delay_ms,
    maxMs: opts.retry_max_delay_ms,
    now,
    sleep: deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    random: deps.random ?? Math.random,
    classify: (e, what) => classifyS3Error(e, what, endpointHost, now()),
    onRetry: (reason) => retries[reason]++,
    logger,
  });
  /** False once the store answered 501 to If-None-Match: step 1 alone then. */
  let conditional = true;
  let closed = false;

  async function headRaw(key: string): Promise<Existing | null> {
    const { client, s3 } = await sdk();
    try {
      const h = await client.send(new s3.HeadObjectCommand({ Bucket: bucket, Key: key }));
      return { size: h.ContentLength ?? 0, sha256: h.Metadata?.[SHA256_META], etag: h.ETag };
    } catch (e) {
      const status = (e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
      if (status === 404) return null; // no such key; a missing bucket shows on the put that follows
      // A HEAD answer has no body, so a 403 or 400 says nothing of why: ask again with a
      // one-byte GET, whose error names the reason (InvalidAccessKeyId, AccessDenied...).
      if (status !== undefined && status < 500) await probe(key);
      throw e;
    }
  }

  async function probe(key: string): Promise<void> {
    const { client, s3 } = await sdk();
    const r = await client.send(new s3.GetObjectCommand({ Bucket: bucket, Key: key, Range: 'bytes=0-0' }));
    await r.Body?.transformToByteArray();
  }

  /**
   * Whether the object under `key` holds `body`: `same`; a strict prefix of it,
   * written without our metadata (`torn`: an upload cut off on a store that
   * does not write atomically, as s3rver does; S3 and MinIO never show one);
   * or anything else (`different`).
   */
  async function compare(key: string, existing: Existing, body: Buffer, sha256: string): Promise<'same' | 'torn' | 'different'> {
    if (existing.sha256 !== undefined) return existing.sha256 === sha256 && existing.size === body.length ? 'same' : 'different';
    if (existing.size > body.length) return 'different';
    // Written by someone else (aws s3 cp...) or torn: compare the bytes themselves.
    const { client, s3 } = await sdk();
    const r = await client.send(new s3.GetObjectCommand({ Bucket: bucket, Key: key }));
    const stored = Buffer.from((await r.Body?.transformToByteArray()) ?? []);
    if (stored.equals(body)) return 'same';
    return stored.length < body.length && stored.equals(body.subarray(0, stored.length)) ? 'torn' : 'different';
  }

  function conflict(key: string, existing: Existing): LogveilError {
    return storeError('conflict', `s3 put ${key}: the key already holds different data (${existing.size} bytes); not overwritten`);
  }

  /** `ifMatch`: replace only this version (a torn copy); otherwise create only (If-None-Match). */
  async function write(key: string, body: Buffer, putOpts: PutOptions, sha256: string, ifMatch?: string): Promise<void> {
    const { client, s3, Upload } = await sdk();
    const tagging = objectTagging(key, opts.retentionDays);
    const params: PutObjectCommandInput = {
      Bucket: bucket,
      Key: key,
      ContentType: putOpts.contentType,
      Metadata: { ...putOpts.metadata, [SHA256_META]: sha256 },
      StorageClass: opts.storage_class as StorageClass,
      ...(tagging ? { Tagging: tagging } : {}),
      ...(opts.sse_kms_key_id ? { ServerSideEncryption: 'aws:kms', SSEKMSKeyId: opts.sse_kms_key_id } : {}),
      ...(conditional ? (ifMatch !== undefined ? { IfMatch: ifMatch } : { IfNoneMatch: '*' }) : {}),
    };
    try {
      if (body.length >= opts.multipart_threshold_bytes) {
        // Parts carry no checksum of their own here; the manifest's SHA-256 covers the whole object.
        await new Upload({ client, params: { ...params, Body: body }, partSize: opts.part_size_bytes, queueSize: MULTIPART_QUEUE, leavePartsOnError: false }).done();
      } else {
        await client.send(new s3.PutObjectCommand({ ...params, Body: body, ChecksumSHA256: Buffer.from(sha256, 'hex').toString('base64') }));
      }
    } catch (e) {
      const err = e as { name?: string; $metadata?: { httpStatusCode?: number } };
      if (conditional && (err.name === 'NotImplemented' || err.$metadata?.httpStatusCode === 501)) {
        conditional = false;
        logger.info({ event: 'store_no_conditional_writes' }, 'the store does not support conditional writes; relying on HeadObject before each write');
        return write(key, body, putOpts, sha256, ifMatch);
      }
      throw e;
    }
  }

  async function putOnce(key: string, body: Buffer, putOpts: PutOptions, sha256: string): Promise<void> {
    const existing = await headRaw(key);
    if (existing) {
      const verdict = await compare(key, existing, body, sha256);
      if (verdict === 'same') return;
      if (verdict === 'different') throw conflict(key, existing);
      logger.warn({ event: 'store_torn_object', key, bytes: existing.size }, 'replacing a partial copy of this object left by an interrupted upload');
      return write(key, body, putOpts, sha256, existing.etag);
    }
    try {
      await write(key, body, putOpts, sha256);
    } catch (e) {
      const err = e as { name?: string; $metadata?: { httpStatusCode?: number } };
      if (err.name === 'PreconditionFailed' || err.$metadata?.httpStatusCode === 412) {
        // Someone (maybe our own earlier try, whose answer was lost) created the key after our HEAD.
        const now = await headRaw(key);
        if (now && (await compare(key, now, body, sha256)) === 'same') return;
        if (now) throw conflict(key, now);
      }
      throw e;
    }
  }

  async function children(prefix: string): Promise<string[]> {
    if (prefix !== '' && !prefix.endsWith('/')) throw new LogveilError('LV_USAGE', `children of "${prefix}": the prefix must be empty or end in "/"`);
    const { client, s3 } = await sdk();
    const names: string[] = [];
    let token: string | undefined;
    do {
      const page = await retrier.run(`list ${prefix || '(all)'}`, () =>
        client.send(new s3.ListObjectsV2Command({ Bucket: bucket, Delimiter: '/', ...(prefix ? { Prefix: prefix } : {}), ...(token ? { ContinuationToken: token } : {}) })),
      );
      for (const p of page.CommonPrefixes ?? []) if (p.Prefix) names.push(p.Prefix.slice(prefix.length, -1));
      for (const o of page.Contents ?? []) if (o.Key) names.push(o.Key.slice(prefix.length));
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  async function* listPages(prefix: string): AsyncGenerator<{ key: string; size: number }> {
    let token: string | undefined;
    const { client, s3 } = await sdk();
    do {
      const page = await retrier.run(`list ${prefix || '(all)'}`, () =>
        client.send(new s3.ListObjectsV2Command({ Bucket: bucket, ...(prefix ? { Prefix: prefix } : {}), ...(token ? { ContinuationToken: token } : {}) })),
      );
      for (const o of page.Contents ?? []) if (o.Key !== undefined) yield { key: o.Key, size: o.Size ?? 0 };
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  return {
    async put(key, body, putOpts) {
      checkKey(key);
      const sha256 = createHash('sha256').update(body).digest('hex');
      await retrier.run(`put ${key}`, () => putOnce(key, body, putOpts, sha256));
    },
    async head(key) {
      checkKey(key);
      const h = await retrier.run(`head ${key}`, () => headRaw(key));
      return h ? { size: h.size } : null;
    },
    async get(key) {
      checkKey(key);
      return retrier.run(`get ${key}`, async () => {
        const { client, s3 } = await sdk();
        const r = await client.send(new s3.GetObjectCommand({ Bucket: bucket, Key: key }));
        return Buffer.from((await r.Body?.transformToByteArray()) ?? []);
      });
    },
    list(prefix) {
      return listPages(prefix);
    },
    children,
    stats: () => ({ retries: { ...retries } }),
    async close() {
      if (closed) return;
      closed = true;
      if (loading) (await loading.catch(() => undefined))?.client.destroy();
      httpsAgent.destroy();
      httpAgent?.destroy();
    },
  };
}

/**
 * The endpoint URL, or undefined for AWS itself. The configuration check
 * (load-config.ts) refuses the same things; this is the last line, for
 * callers that build options by hand.
 */
function checkEndpoint(opts: S3StoreOptions): URL | undefined {
  if (opts.bucket === '' || opts.region === '') throw new LogveilError('LV_CONFIG_INVALID', 'store.s3: bucket and region are required');
  if (opts.endpoint === '') return undefined;
  let url: URL;
  try {
    url = new URL(opts.endpoint);
  } catch {
    throw new LogveilError('LV_CONFIG_INVALID', 'store.s3.endpoint: not a URL');
  }
  if (url.username || url.password) throw new LogveilError('LV_CONFIG_INVALID', 'store.s3.endpoint: credentials do not belong in the URL');
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && isLoopbackUrl(url) && opts.allow_plain_http_loopback) return url;
  throw new LogveilError('LV_CONFIG_INVALID', 'store.s3.endpoint: only https (TLS 1.2 or newer), or http on loopback with allow_plain_http_loopback');
}

function checkKey(key: string): void {
  if (!key || key.startsWith('/') || key.split('/').some((p) => p === '' || p === '.' || p === '..')) {
    throw new LogveilError('LV_USAGE', `object key "${key}" is not a relative path of plain names`);
  }
}
