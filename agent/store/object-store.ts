/**
 * Where sealed segments go. The local directory store and the S3 store
 * implement the same interface, so the shipper and the query tool do not care
 * which one they talk to.
 *
 * Keys are `/`-separated relative paths (see object-layout.ts). A `put` never
 * leaves a partial object, and a retried `put` of the same bytes under the
 * same key never adds a second object (DESIGN invariant 3): the local store
 * replaces the file atomically; the S3 store writes once and treats the same
 * bytes already stored as done, and refuses to replace different bytes
 * (LV_STORE_CONFLICT; see s3-store.ts).
 */
import type { StoreFailureReason } from './store-errors.js';

export interface ObjectStore {
  put(key: string, body: Buffer, opts: PutOptions): Promise<void>;
  /** Null when there is no such object. */
  head(key: string): Promise<{ size: number } | null>;
  /** Rejects with LV_IO when the object is missing, or a store error code (LV_STORE_*) when the store fails. */
  get(key: string): Promise<Buffer>;
  /** Objects whose key starts with `prefix`, in key order. */
  list(prefix: string): AsyncIterable<{ key: string; size: number }>;
  /** Counters of a store that retries on its own (the S3 store); the shipper reports them. */
  stats?(): StoreStats;
  /** Releases connections. Idempotent. */
  close?(): Promise<void>;
}

export interface PutOptions {
  readonly contentType: string;
  readonly metadata?: Readonly<Record<string, string>>;
}

export interface StoreStats {
  /** Tries repeated within a round, by the reason the try before failed. */
  readonly retries: Readonly<Record<StoreFailureReason, number>>;
}
