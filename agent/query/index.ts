/** Reading shipped data back with the recipient's private key (`logveil query`). */
export { importRecipientPrivateKey, openSegment, type DecryptedBatch, type OpenedSegment } from './segment-reader.js';
export { TIME_SLACK_MS, runQuery, type QueryFilter, type QueryOutput, type QuerySummary } from './run-query.js';
export { parseTimeArg } from './parse-time.js';
