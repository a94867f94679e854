/**
 * The manifest stored beside each shipped segment: everything needed to see
 * gaps, duplicates and tampering without the private key (DESIGN invariant 3),
 * and the policy and key versions the data was processed under (POLICY P13).
 * Holds no content.
 */
import { RECIPIENT_SUITE } from '../keys/recipient-keys.js';
import { isDataClass, type DataClass, type SealedSegment } from '../spool/index.js';

export interface Manifest {
  readonly format: 1;
  /** Key of the data object. */
  readonly key: string;
  readonly tenant: string;
  readonly site: string;
  readonly class: DataClass;
  readonly agent: string;
  readonly seq: number;
  /** Events. */
  readonly count: number;
  /** Data frames (batches). */
  readonly frames: number;
  /** ISO 8601, of the earliest and latest event. */
  readonly minTime: string;
  readonly maxTime: string;
  /** Size of the data object. */
  readonly bytes: number;
  /** SHA-256 of the data object, hex. */
  readonly sha256: string;
  readonly policyVersion: string;
  readonly keyEpoch: string;
  readonly hpke: { readonly kem: string; readonly kdf: string; readonly aead: string };
  /** ISO 8601: when the agent created and sealed the segment. */
  readonly created: string;
  readonly sealed: string;
  /** False when the agent sealed the segment after a crash, without an end frame. */
  readonly ended: boolean;
}

export function buildManifest(seg: SealedSegment, key: string, bytes: number, sha256: string): Manifest {
  return {
    format: 1,
    key,
    tenant: seg.tenant,
    site: seg.site,
    class: seg.dataClass,
    agent: seg.agent,
    seq: seg.seq,
    count: seg.count,
    frames: seg.frames,
    minTime: isoTime(seg.minTime),
    maxTime: isoTime(seg.maxTime),
    bytes,
    sha256,
    policyVersion: seg.policyVersion,
    keyEpoch: seg.keyEpoch,
    hpke: { ...RECIPIENT_SUITE.names },
    created: isoTime(seg.created),
    sealed: isoTime(seg.sealed),
    ended: seg.ended,
  };
}

/** Undefined when `bytes` is not a manifest this version understands. */
export function parseManifest(bytes: Buffer): Manifest | undefined {
  let m: Partial<Record<keyof Manifest, unknown>>;
  try {
    m = JSON.parse(bytes.toString('utf8')) as typeof m;
  } catch {
    return undefined;
  }
  const strings = ['key', 'tenant', 'site', 'agent', 'minTime', 'maxTime', 'sha256', 'policyVersion', 'keyEpoch', 'created', 'sealed'] as const;
  const numbers = ['seq', 'count', 'frames', 'bytes'] as const;
  if (m.format !== 1 || !isDataClass(m.class)) return undefined;
  if (strings.some((k) => typeof m[k] !== 'string') || numbers.some((k) => typeof m[k] !== 'number')) return undefined;
  if (Number.isNaN(Date.parse(m.minTime as string)) || Number.isNaN(Date.parse(m.maxTime as string))) return undefined;
  return m as unknown as Manifest;
}

/** ISO 8601 when representable; times from a broken device clock can be out of range. */
function isoTime(ms: number): string {
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? new Date(0).toISOString() : d.toISOString();
}
