/**
 * Where sealed segments go. The local directory store below and the S3 store
 * implement the same interface, so the shipper and the query tool do not care
 * which one they talk to.
 *
 * Keys are `/`-separated relative paths (see object-layout.ts). `put` of an
 * existing key replaces it whole, never partly: a retry rewrites the same key
 * (DESIGN invariant 3).
 */
export interface ObjectStore {
  put(key: string, body: Buffer, opts: PutOptions): Promise<void>;
  /** Null when there is no such object. */
  head(key: string): Promise<{ size: number } | null>;
  /** Rejects with LV_IO when the object cannot be read (missing included). */
  get(key: string): Promise<Buffer>;
  /** Objects whose key starts with `prefix`, in key order. */
  list(prefix: string): AsyncIterable<{ key: string; size: number }>;
}

export interface PutOptions {
  readonly contentType: string;
  readonly metadata?: Readonly<Record<string, string>>;
}
