/**
 * Where a sealed segment lives in storage (DESIGN.md, "Object layout"):
 *
 *   <prefix>/tenant=<t>/site=<s>/class=<c>/dt=YYYY-MM-DD/hour=HH/<agent>-<seq>.lvb
 *   <prefix>/tenant=<t>/site=<s>/class=<c>/dt=YYYY-MM-DD/hour=HH/<agent>-<seq>.manifest.json
 *
 * Hive-style partitions, so engines and `logveil query` can prune by date.
 * The date and hour are those (UTC) of the segment's earliest event, so a
 * segment can hold events of later hours too; readers look a little before
 * the range they want (see agent/query). Keys are deterministic: the same
 * segment always maps to the same key, so a retry overwrites instead of
 * duplicating (DESIGN invariant 3).
 */
import type { DataClass } from '../spool/index.js';

export interface SegmentIdentity {
  readonly tenant: string;
  readonly site: string;
  readonly dataClass: DataClass;
  readonly agent: string;
  readonly seq: number;
  readonly minTime: number;
  /** Used for the partition when minTime is not a usable date. */
  readonly created: number;
}

export const DATA_SUFFIX = '.lvb';
export const MANIFEST_SUFFIX = '.manifest.json';
/** Latest instant an ISO 8601 date with a four-digit year can name. */
const MAX_DATE_MS = 253402300799999;

export function segmentObjectKeys(prefix: string, seg: SegmentIdentity): { data: string; manifest: string } {
  const t = seg.minTime >= 0 && seg.minTime <= MAX_DATE_MS ? seg.minTime : seg.created;
  const iso = new Date(t).toISOString();
  const dir = [
    ...normalizePrefix(prefix),
    `tenant=${seg.tenant}`,
    `site=${seg.site}`,
    `class=${seg.dataClass}`,
    `dt=${iso.slice(0, 10)}`,
    `hour=${iso.slice(11, 13)}`,
  ].join('/');
  const name = `${seg.agent}-${String(seg.seq).padStart(12, '0')}`;
  return { data: `${dir}/${name}${DATA_SUFFIX}`, manifest: `${dir}/${name}${MANIFEST_SUFFIX}` };
}

function normalizePrefix(prefix: string): string[] {
  return prefix.split('/').filter((p) => p !== '');
}
