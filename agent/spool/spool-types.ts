/** The spool's public types (see segment-format.ts for what is on disk). */
import type { Logger } from 'pino';
import type { DataClass } from './data-class.js';

export type FsyncPolicy = { readonly mode: 'always' } | { readonly mode: 'interval'; readonly intervalMs: number };

export interface SpoolOptions {
  readonly dir: string;
  /** The MSP's raw 32-byte X25519 public key (agent/keys/recipient-keys.ts). */
  readonly recipientPublicKey: Uint8Array;
  readonly agentId: string;
  readonly tenant: string;
  readonly site: string;
  readonly policyVersion: string;
  readonly keyEpoch: string;
  /** A segment is sealed before a frame would take it past this size. */
  readonly segmentMaxBytes: number;
  /** `sealDue` seals a segment this old (since its first frame). */
  readonly segmentMaxAgeMs: number;
  readonly fsync: FsyncPolicy;
  /** `enforceRetention` deletes the oldest sealed segments, across classes, above this. */
  readonly maxTotalBytes: number;
  /** `enforceRetention` deletes a class's segments created longer ago than this. */
  readonly retention: Partial<Record<DataClass, { readonly maxAgeMs: number }>>;
}

export interface SpoolDeps {
  readonly logger: Logger;
  /** ms since the epoch; a fake clock in tests. */
  readonly now?: () => number;
}

/** A batch of events as `compressBatch` output and its clear, non-personal summary. */
export interface SpoolBatch {
  readonly payload: Buffer;
  readonly count: number;
  /**
   * ms since the epoch, of the earliest and latest event in the batch, by the
   * time `logveil query` filters on (`time ?? received`): readers skip frames
   * and objects by these bounds.
   */
  readonly minTime: number;
  readonly maxTime: number;
}

export interface SealedSegment {
  /** `<class>/<agent>-<seq, 12 digits>` */
  readonly id: string;
  readonly dataClass: DataClass;
  readonly seq: number;
  readonly agent: string;
  readonly tenant: string;
  readonly site: string;
  /** Path of the segment file: the bytes to ship. */
  readonly file: string;
  readonly bytes: number;
  /** Data frames (batches). */
  readonly frames: number;
  /** Events. */
  readonly count: number;
  readonly minTime: number;
  readonly maxTime: number;
  readonly created: number;
  readonly sealed: number;
  readonly keyEpoch: string;
  readonly policyVersion: string;
  /** False when sealed without an end frame: by crash recovery, or after a write error. */
  readonly ended: boolean;
}

export const DELETE_REASONS = ['shipped', 'max_age', 'max_total_bytes'] as const;
export type DeleteReason = (typeof DELETE_REASONS)[number];

export interface Tally {
  readonly segments: number;
  readonly records: number;
  readonly bytes: number;
}

export interface RetentionReport {
  /** Unshipped segments retention deleted: data lost because the policy demanded it. */
  readonly deleted: ReadonlyArray<{ id: string; dataClass: DataClass; reason: Exclude<DeleteReason, 'shipped'>; records: number; bytes: number }>;
  /** Bytes of all segments afterwards. */
  readonly bytes: number;
}

export interface SpoolStats {
  /** Bytes of all segment files, open and sealed. */
  readonly bytes: number;
  readonly segments: { readonly open: number; readonly sealed: number };
  /** Events on disk not shipped yet. */
  readonly records: number;
  /** Age of the oldest segment not shipped yet (since it was created); null when none. */
  readonly oldestUnshippedAgeMs: number | null;
  /** Batches written (each one frame), their events, and frame bytes. */
  readonly appended: { readonly batches: number; readonly records: number; readonly bytes: number };
  /** Segments deleted, by reason: shipped, or by retention (max_age, max_total_bytes). */
  readonly deletions: Readonly<Record<DeleteReason, Tally>>;
  /** Retention deletions of segments never shipped (max_age + max_total_bytes). */
  readonly deletedBeforeShipping: Tally;
  /** Segments recovery sealed on open, and torn-tail bytes it cut. */
  readonly recovered: { readonly segments: number; readonly truncatedBytes: number };
  /** Segments with an unreadable header moved to quarantine/. */
  readonly quarantined: number;
  readonly writeErrors: number;
  readonly byClass: Readonly<Record<DataClass, { readonly bytes: number; readonly open: number; readonly sealed: number; readonly records: number }>>;
}

export interface Spool {
  /** Resolves when the frame is written (and fsynced, with fsync mode "always"). */
  append(dataClass: DataClass, batch: SpoolBatch): Promise<void>;
  /** Seals open segments over the size or age limit; the daemon calls it on a timer. */
  sealDue(): Promise<void>;
  sealAll(): Promise<void>;
  /** Segments ready to ship, oldest first. */
  sealed(): SealedSegment[];
  /** Deletes a shipped segment. Idempotent: an unknown id is ignored. */
  markShipped(id: string): Promise<void>;
  enforceRetention(): Promise<RetentionReport>;
  /** Fsyncs every open segment now. */
  flush(): Promise<void>;
  stats(): SpoolStats;
  /** Waits for pending appends, seals and fsyncs every segment, releases the directory. Idempotent. */
  close(): Promise<void>;
}
