/** The encrypted on-disk spool (format and invariants: segment-format.ts). */
export { compressBatch } from './compress-batch.js';
export { openSpool } from './spool.js';
export { DATA_CLASSES, isDataClass, type DataClass } from './data-class.js';
export { inspectSpool, type SegmentListing } from './inspect-spool.js';
export type {
  DeleteReason,
  FsyncPolicy,
  RetentionReport,
  SealedSegment,
  Spool,
  SpoolBatch,
  SpoolDeps,
  SpoolOptions,
  SpoolStats,
  Tally,
} from './spool-types.js';
