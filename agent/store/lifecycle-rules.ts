/**
 * The S3 lifecycle configuration that enforces the policy's cloud retention
 * (POLICY P8) in the bucket: one rule per data class, expiring objects tagged
 * with that class (object-tags.ts) after policy.cloud_retention_days, plus a
 * rule that aborts multipart uploads a crash left behind. The shape is what
 * `aws s3api put-bucket-lifecycle-configuration --lifecycle-configuration`
 * takes (S3 API: LifecycleConfiguration).
 *
 * Noncurrent versions expire a day after they stop being current, so on a
 * versioned bucket an expiry removes the data rather than hiding it behind a
 * delete marker.
 */
import type { DataClass } from '../spool/index.js';
import { DATA_CLASSES } from '../spool/index.js';
import { CLASS_TAG } from './object-tags.js';

/** Days after which an unfinished multipart upload is aborted (its parts deleted). */
export const ABORT_INCOMPLETE_UPLOAD_DAYS = 1;
/** Days a version that was replaced or expired is kept. */
export const NONCURRENT_VERSION_DAYS = 1;

type Tag = { Key: string; Value: string };
type Filter = { Prefix: string } | { Tag: Tag } | { And: { Prefix: string; Tags: Tag[] } };

export interface LifecycleRule {
  ID: string;
  Status: 'Enabled';
  Filter: Filter;
  Expiration?: { Days: number };
  NoncurrentVersionExpiration?: { NoncurrentDays: number };
  AbortIncompleteMultipartUpload?: { DaysAfterInitiation: number };
}

export interface LifecycleConfiguration {
  Rules: LifecycleRule[];
}

/** `prefix` is store.prefix (no leading or trailing slash; empty for the whole bucket). */
export function buildLifecycleConfiguration(prefix: string, retentionDays: Readonly<Record<DataClass, number>>): LifecycleConfiguration {
  const keyPrefix = prefix.split('/').filter((p) => p !== '').map((p) => `${p}/`).join('');
  const rules: LifecycleRule[] = DATA_CLASSES.map((c) => {
    const tag = { Key: CLASS_TAG, Value: c };
    return {
      ID: `logveil-expire-${c}-after-${retentionDays[c]}d`,
      Status: 'Enabled',
      Filter: keyPrefix ? { And: { Prefix: keyPrefix, Tags: [tag] } } : { Tag: tag },
      Expiration: { Days: retentionDays[c] },
      NoncurrentVersionExpiration: { NoncurrentDays: NONCURRENT_VERSION_DAYS },
    };
  });
  rules.push({
    ID: 'logveil-abort-incomplete-multipart-uploads',
    Status: 'Enabled',
    Filter: { Prefix: keyPrefix },
    AbortIncompleteMultipartUpload: { DaysAfterInitiation: ABORT_INCOMPLETE_UPLOAD_DAYS },
  });
  return { Rules: rules };
}
