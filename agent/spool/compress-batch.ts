/**
 * Compression of a batch of NDJSON events before it is spooled: raw DEFLATE
 * (RFC 1951, no zlib/gzip wrapper: the frame's AEAD tag already guards
 * integrity). A pure function of its input, so worker threads can compress
 * batches in parallel and hand the result to `Spool.append`.
 */
import { deflateRawSync } from 'node:zlib';

export function compressBatch(ndjson: Buffer, level: number): Buffer {
  return deflateRawSync(ndjson, { level });
}
