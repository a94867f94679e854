/** Object storage for sealed segments, and the shipper that fills it. */
export type { ObjectStore, PutOptions, StoreStats } from './object-store.js';
export { createLocalStore } from './local-store.js';
export { createS3Store, type S3Store, type S3StoreDeps, type S3StoreOptions } from './s3-store.js';
export { createStore } from './create-store.js';
export { DATA_SUFFIX, MANIFEST_SUFFIX, segmentObjectKeys, type SegmentIdentity } from './object-layout.js';
export { buildManifest, parseManifest, type Manifest } from './manifest.js';
export { createShipper, SEGMENT_CONTENT_TYPE, type Shipper, type ShipperStats } from './shipper.js';
export { STORE_FAILURE_REASONS, failureReasonOf, type StoreFailureReason } from './store-errors.js';
export { RETRY_DEADLINE_MS, RETRY_MAX_ATTEMPTS, THROTTLE_BASE_FACTOR, retryDelay, parseRetryAfter, type RetryDelayOptions } from './retry-delay.js';
export { CLASS_TAG, RETENTION_TAG, objectTagging } from './object-tags.js';
export { buildLifecycleConfiguration, type LifecycleConfiguration } from './lifecycle-rules.js';
