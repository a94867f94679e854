/** Reading shipped data back with the recipient's private key (`logveil query`). */
export {
  importRecipientPrivateKey,
  openSegment,
  type BatchInfo,
  type DecryptedBatch,
  type OpenedSegment,
  type RecipientPrivateKey,
} from './segment-reader.js';
export {
  DEVICE_CLOCK_SLACK_MS,
  FUTURE_MS,
  LOOKBACK_MS,
  runQuery,
  type QueryOutput,
  type QuerySpec,
  type QuerySummary,
} from './run-query.js';
export { parseTimeArg } from './parse-time.js';
export { parseSeverityArg, SEVERITY_NAMES, type SeverityRange } from './severity-range.js';
export { compileEventFilter, type EventFilter, type EventFilterSpec } from './event-filter.js';
export { openEpochKeyring, type EpochKeyring } from './epoch-keyring.js';
export { createPseudonymFilter, type PseudonymFilter } from './pseudonym-filter.js';
export { parseIpArg, type IpTarget } from './ip-target.js';
export { parseUserArg, type UserTarget } from './user-target.js';
export { createCsvFormatter, createTableFormatter, CSV_COLUMNS, OUTPUT_FORMATS, type OutputFormat, type RowFormatter } from './row-formatter.js';
export { createProgressLine, type ProgressLine, type QueryProgress } from './progress-line.js';
export { openStoreFor, parseS3Url, type S3SourceOptions } from './open-store.js';
export { walkObjects, type ListedObject, type StoreSource, type WalkSelection } from './walk-objects.js';
export type { SequenceReport } from './sequence-tracker.js';
