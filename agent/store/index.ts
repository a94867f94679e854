/** Object storage for sealed segments, and the shipper that fills it. */
export type { ObjectStore, PutOptions } from './object-store.js';
export { createLocalStore } from './local-store.js';
export { DATA_SUFFIX, MANIFEST_SUFFIX, segmentObjectKeys, type SegmentIdentity } from './object-layout.js';
export { buildManifest, parseManifest, type Manifest } from './manifest.js';
export { createShipper, SEGMENT_CONTENT_TYPE, type Shipper, type ShipperStats } from './shipper.js';
