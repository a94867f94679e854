/**
 * The tags every S3 object carries (POLICY P8): its data class and its
 * retention class, read from the key's `class=` partition (object-layout.ts).
 * Bucket lifecycle rules select objects by the class tag
 * (`logveil s3 lifecycle`), so an object expires after the policy's
 * cloud_retention_days for its class even if it was stored under an older
 * policy; the retention tag records which period applied when it was written.
 */
import { isDataClass, type DataClass } from '../spool/index.js';

export const CLASS_TAG = 'logveil-class';
export const RETENTION_TAG = 'logveil-retention';

/** The data class of a key in the storage layout, or undefined for a key outside it. */
export function dataClassOfKey(key: string): DataClass | undefined {
  const m = /(?:^|\/)class=([^/]+)\//.exec(key);
  return m && isDataClass(m[1]) ? m[1] : undefined;
}

/** The tags as S3's x-amz-tagging header wants them (URL query form); empty for a key outside the layout. */
export function objectTagging(key: string, retentionDays: Readonly<Record<DataClass, number>>): string {
  const c = dataClassOfKey(key);
  if (c === undefined) return '';
  return `${CLASS_TAG}=${c}&${RETENTION_TAG}=${c}-${retentionDays[c]}d`;
}
