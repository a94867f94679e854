/**
 * The spool: one lane per data class, each with at most one open segment,
 * and the sealed segments waiting for the shipper. The on-disk format and its
 * invariants are at the top of segment-format.ts.
 *
 * Hot path: `append` only validates and queues. Each lane drains its queue in
 * order, one operation at a time; a drain encrypts every batch that arrived
 * while the previous write was in flight and writes them with one call (group
 * commit), then fsyncs once when the mode is "always". So the spool does no
 * per-event work, and the fsync cost is shared by every batch of a group.
 */
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CipherSuite } from '@hpke/core';
import type { Logger } from 'pino';
import { LogveilError } from '../errors.js';
import { createRecipientSuite, type HpkeKey } from '../keys/recipient-keys.js';
import { DATA_CLASSES, isDataClass, type DataClass } from './data-class.js';
import { fsyncDir } from './fs-util.js';
import { FRAME_OVERHEAD, OpenSegment, type Batch } from './open-segment.js';
import { recoverClass, segmentId, toSealed } from './recovery.js';
import { MAX_FRAME_BYTES, segmentFileName, sidecarPath } from './segment-format.js';
import { acquireSpoolLock } from './spool-lock.js';
import {
  DELETE_REASONS,
  type DeleteReason,
  type RetentionReport,
  type SealedSegment,
  type Spool,
  type SpoolBatch,
  type SpoolDeps,
  type SpoolOptions,
  type SpoolStats,
  type Tally,
} from './spool-types.js';

/** Ids that end up in file names and object keys. */
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/** A drain writes at most this much per write call, to bound memory. */
const MAX_GROUP_BYTES = 8 * 1024 * 1024;
const MAX_SEQ = 999_999_999_999;
const MAX_TIME_MS = 8.64e15;

export async function openSpool(opts: SpoolOptions, deps: SpoolDeps): Promise<Spool> {
  checkOptions(opts);
  const suite = createRecipientSuite();
  let recipient: HpkeKey;
  try {
    recipient = await suite.kem.deserializePublicKey(opts.recipientPublicKey);
  } catch (e) {
    throw new LogveilError('LV_KEY_FORMAT', 'the recipient public key is not an X25519 public key', { cause: e });
  }
  try {
    await mkdir(opts.dir, { recursive: true, mode: 0o700 });
  } catch (e) {
    throw new LogveilError('LV_IO', `cannot create spool directory ${opts.dir}`, { cause: e });
  }
  const lock = acquireSpoolLock(opts.dir);
  try {
    const spool = new DiskSpool(opts, deps, suite, recipient, lock);
    await spool.recover();
    return spool;
  } catch (e) {
    lock.release();
    throw e;
  }
}

function checkOptions(o: SpoolOptions): void {
  const problems: string[] = [];
  for (const [k, v] of [
    ['agentId', o.agentId],
    ['tenant', o.tenant],
    ['site', o.site],
  ] as const) {
    if (!NAME.test(v)) problems.push(`${k} "${v}" must be letters, digits, ".", "_" or "-" (at most 64, first a letter or digit)`);
  }
  if (!Number.isInteger(o.segmentMaxBytes) || o.segmentMaxBytes < 4096) problems.push('segmentMaxBytes must be an integer >= 4096');
  if (!(o.segmentMaxAgeMs > 0)) problems.push('segmentMaxAgeMs must be > 0');
  if (!(o.maxTotalBytes > 0)) problems.push('maxTotalBytes must be > 0');
  if (o.fsync.mode === 'interval' && !(o.fsync.intervalMs > 0)) problems.push('fsync.intervalMs must be > 0');
  for (const [c, r] of Object.entries(o.retention)) {
    if (!isDataClass(c)) problems.push(`retention: unknown data class "${c}"`);
    if (r && !(r.maxAgeMs > 0)) problems.push(`retention.${c}.maxAgeMs must be > 0`);
  }
  if (problems.length) throw new LogveilError('LV_USAGE', `spool options: ${problems.join('; ')}`);
}

interface Pending {
  batch: Batch;
  resolve: () => void;
  reject: (e: unknown) => void;
}

/** Per-class state. Every operation on `open` runs through `chain`, one at a time. */
interface Lane {
  readonly dataClass: DataClass;
  open: OpenSegment | null;
  /** First frame's time, for the age limit. */
  openedAt: number;
  pending: Pending[];
  drainQueued: boolean;
  syncQueued: boolean;
  chain: Promise<void>;
}

const emptyTally = (): Tally => ({ segments: 0, records: 0, bytes: 0 });
const add = (t: Tally, records: number, bytes: number): Tally => ({ segments: t.segments + 1, records: t.records + records, bytes: t.bytes + bytes });

class DiskSpool implements Spool {
  readonly #o: SpoolOptions;
  readonly #log: Logger;
  readonly #now: () => number;
  readonly #suite: CipherSuite;
  readonly #recipient: HpkeKey;
  readonly #lock: { release(): void };
  readonly #lanes = new Map<DataClass, Lane>();
  readonly #sealed = new Map<string, SealedSegment>();
  #nextSeq: Record<DataClass, number>;
  #timer: NodeJS.Timeout | undefined;
  #closing: Promise<void> | undefined;
  #appended = { batches: 0, records: 0, bytes: 0 };
  #deleted: Record<DeleteReason, Tally> = { shipped: emptyTally(), max_age: emptyTally(), max_total_bytes: emptyTally() };
  #recovered = { segments: 0, truncatedBytes: 0 };
  #quarantined = 0;
  #writeErrors = 0;

  constructor(o: SpoolOptions, deps: SpoolDeps, suite: CipherSuite, recipient: HpkeKey, lock: { release(): void }) {
    this.#o = o;
    this.#log = deps.logger;
    this.#now = deps.now ?? Date.now;
    this.#suite = suite;
    this.#recipient = recipient;
    this.#lock = lock;
    this.#nextSeq = { logs: 0, metrics: 0, alerts: 0, audit: 0 };
    for (const c of DATA_CLASSES) {
      this.#lanes.set(c, { dataClass: c, open: null, openedAt: 0, pending: [], drainQueued: false, syncQueued: false, chain: Promise.resolve() });
    }
  }

  async recover(): Promise<void> {
    const now = this.#now();
    const state = await this.#readState();
    for (const c of DATA_CLASSES) {
      const r = await recoverClass(this.#o.dir, c, this.#log, now);
      for (const s of r.segments) this.#sealed.set(s.id, s);
      this.#recovered.segments += r.recovered;
      this.#recovered.truncatedBytes += r.truncatedBytes;
      this.#quarantined += r.quarantined;
      // A fresh spool starts at the current Unix second (segment-format.ts, invariant 5).
      this.#nextSeq[c] = Math.max(state?.[c] ?? Math.floor(now / 1000), r.maxSeq + 1);
    }
    await this.#writeState();
    if (this.#o.fsync.mode === 'interval') {
      this.#timer = setInterval(() => this.#syncDirty(), this.#o.fsync.intervalMs);
      this.#timer.unref();
    }
    const s = this.stats();
    this.#log.info(
      { event: 'spool_open', dir: this.#o.dir, sealed: s.segments.sealed, records: s.records, bytes: s.bytes, recovered: this.#recovered, quarantined: this.#quarantined },
      'spool open',
    );
  }

  append(dataClass: DataClass, batch: SpoolBatch): Promise<void> {
    if (this.#closing) return Promise.reject(new LogveilError('LV_SPOOL_CLOSED', 'spool is closed'));
    const lane = this.#lanes.get(dataClass);
    if (!lane) return Promise.reject(new RangeError(`unknown data class "${String(dataClass)}"`));
    const problem = checkBatch(batch);
    if (problem) return Promise.reject(new RangeError(`spool batch: ${problem}`));
    const b: Batch = { payload: batch.payload, count: batch.count, minTime: Math.floor(batch.minTime), maxTime: Math.floor(batch.maxTime) };
    return new Promise<void>((resolve, reject) => {
      lane.pending.push({ batch: b, resolve, reject });
      if (!lane.drainQueued) {
        lane.drainQueued = true;
        void this.#run(lane, () => this.#drain(lane));
      }
    });
  }

  sealDue(): Promise<void> {
    const now = this.#now();
    return this.#eachLane(async (lane) => {
      if (lane.open && (lane.open.bytes >= this.#o.segmentMaxBytes || now - lane.openedAt >= this.#o.segmentMaxAgeMs)) await this.#seal(lane);
    });
  }

  sealAll(): Promise<void> {
    return this.#eachLane((lane) => this.#seal(lane));
  }

  sealed(): SealedSegment[] {
    return [...this.#sealed.values()].sort(oldestFirst);
  }

  async markShipped(id: string): Promise<void> {
    const seg = this.#sealed.get(id);
    if (!seg) return;
    await this.#delete(seg, 'shipped');
  }

  async enforceRetention(): Promise<RetentionReport> {
    const now = this.#now();
    // A class's age limit applies to its open segment too: seal it so it can go.
    await this.#eachLane(async (lane) => {
      const maxAge = this.#o.retention[lane.dataClass]?.maxAgeMs;
      if (lane.open && maxAge !== undefined && now - lane.open.header.created > maxAge) await this.#seal(lane);
    });
    const deleted: Array<RetentionReport['deleted'][number]> = [];
    for (const seg of this.sealed()) {
      const maxAge = this.#o.retention[seg.dataClass]?.maxAgeMs;
      if (maxAge !== undefined && now - seg.created > maxAge && (await this.#delete(seg, 'max_age'))) {
        deleted.push({ id: seg.id, dataClass: seg.dataClass, reason: 'max_age', records: seg.count, bytes: seg.bytes });
      }
    }
    let bytes = this.#totalBytes();
    for (const seg of this.sealed()) {
      if (bytes <= this.#o.maxTotalBytes) break;
      if (await this.#delete(seg, 'max_total_bytes')) {
        deleted.push({ id: seg.id, dataClass: seg.dataClass, reason: 'max_total_bytes', records: seg.count, bytes: seg.bytes });
        bytes -= seg.bytes;
      }
    }
    return { deleted, bytes: this.#totalBytes() };
  }

  flush(): Promise<void> {
    return this.#eachLane(async (lane) => {
      await lane.open?.sync();
    });
  }

  stats(): SpoolStats {
    const now = this.#now();
    const byClass = {} as Record<DataClass, { bytes: number; open: number; sealed: number; records: number }>;
    for (const c of DATA_CLASSES) byClass[c] = { bytes: 0, open: 0, sealed: 0, records: 0 };
    let oldest: number | null = null;
    for (const s of this.#sealed.values()) {
      const b = byClass[s.dataClass];
      b.bytes += s.bytes;
      b.sealed++;
      b.records += s.count;
      oldest = oldest === null ? s.created : Math.min(oldest, s.created);
    }
    for (const lane of this.#lanes.values()) {
      if (!lane.open) continue;
      const b = byClass[lane.dataClass];
      b.bytes += lane.open.bytes;
      b.open++;
      b.records += lane.open.count;
      oldest = oldest === null ? lane.open.header.created : Math.min(oldest, lane.open.header.created);
    }
    const sum = (k: 'bytes' | 'open' | 'sealed' | 'records') => DATA_CLASSES.reduce((n, c) => n + byClass[c][k], 0);
    const before = DELETE_REASONS.filter((r) => r !== 'shipped').map((r) => this.#deleted[r]);
    return {
      bytes: sum('bytes'),
      segments: { open: sum('open'), sealed: sum('sealed') },
      records: sum('records'),
      oldestUnshippedAgeMs: oldest === null ? null : Math.max(0, now - oldest),
      appended: { ...this.#appended },
      deletions: { ...this.#deleted },
      deletedBeforeShipping: before.reduce((a, t) => ({ segments: a.segments + t.segments, records: a.records + t.records, bytes: a.bytes + t.bytes }), emptyTally()),
      recovered: { ...this.#recovered },
      quarantined: this.#quarantined,
      writeErrors: this.#writeErrors,
      byClass,
    };
  }

  close(): Promise<void> {
    // Idempotent, and flushing first (STYLE 3): queued appends drain before the seals run.
    this.#closing ??= (async () => {
      if (this.#timer) clearInterval(this.#timer);
      try {
        await this.sealAll();
        await this.#writeState();
      } finally {
        this.#lock.release();
      }
      this.#log.info({ event: 'spool_closed', dir: this.#o.dir, sealed: this.#sealed.size }, 'spool closed');
    })();
    return this.#closing;
  }

  /** Runs `op` after everything already queued on the lane; errors are the op's business. */
  #run(lane: Lane, op: () => Promise<void>): Promise<void> {
    const p = lane.chain.then(op);
    lane.chain = p.catch((e: unknown) => {
      this.#log.error({ event: 'spool_lane_error', dataClass: lane.dataClass, err: (e as Error).message }, 'spool operation failed');
    });
    return p;
  }

  #eachLane(op: (lane: Lane) => Promise<void>): Promise<void> {
    return Promise.all([...this.#lanes.values()].map((lane) => this.#run(lane, () => op(lane)))).then(() => undefined);
  }

  async #drain(lane: Lane): Promise<void> {
    lane.drainQueued = false;
    const items = lane.pending;
    lane.pending = [];
    try {
      await this.#drainItems(lane, items);
    } catch (e) {
      // Only a bug gets here (#write, #seal and #create settle their own failures);
      // still, no append may be left waiting forever.
      for (const item of items) item.reject(e);
      throw e;
    }
  }

  async #drainItems(lane: Lane, items: Pending[]): Promise<void> {
    let group: Pending[] = [];
    let groupBytes = 0;
    for (const item of items) {
      const frameBytes = item.batch.payload.length + FRAME_OVERHEAD;
      const open = lane.open;
      if (open && open.frames + group.length > 0 && open.bytes + groupBytes + frameBytes > this.#o.segmentMaxBytes) {
        await this.#write(lane, group);
        group = [];
        groupBytes = 0;
        await this.#seal(lane);
      }
      if (!lane.open) {
        try {
          await this.#create(lane);
        } catch (e) {
          this.#writeErrors++;
          this.#log.error({ event: 'spool_create_error', dataClass: lane.dataClass, err: (e as Error).message }, 'spool could not create a segment');
          item.reject(new LogveilError('LV_IO', `spool: cannot create a ${lane.dataClass} segment: ${(e as Error).message}`, { cause: e }));
          continue;
        }
      }
      group.push(item);
      groupBytes += frameBytes;
      if (groupBytes >= MAX_GROUP_BYTES) {
        await this.#write(lane, group);
        group = [];
        groupBytes = 0;
      }
    }
    await this.#write(lane, group);
  }

  /** One write call for the group; one fsync in mode "always". Never throws: it settles the group. */
  async #write(lane: Lane, group: Pending[]): Promise<void> {
    const open = lane.open;
    if (!group.length || !open) return;
    try {
      await open.append(group.map((p) => p.batch));
      if (this.#o.fsync.mode === 'always') await open.sync();
    } catch (e) {
      this.#writeErrors++;
      this.#log.error(
        { event: 'spool_write_error', segment: segmentId(open.header), dataClass: lane.dataClass, batches: group.length, err: (e as Error).message },
        'spool write failed; the segment is sealed as it is and the next batch opens a new one',
      );
      lane.open = null;
      const totals = await open.abandon(this.#now());
      if (totals && totals.minTime !== null && totals.maxTime !== null) {
        this.#sealed.set(segmentId(open.header), toSealed(open.path, open.header, { ...totals, minTime: totals.minTime, maxTime: totals.maxTime }));
      }
      const err = new LogveilError('LV_IO', `spool: cannot write to ${lane.dataClass} segment: ${(e as Error).message}`, { cause: e });
      for (const p of group) p.reject(err);
      return;
    }
    for (const p of group) {
      this.#appended.batches++;
      this.#appended.records += p.batch.count;
      this.#appended.bytes += p.batch.payload.length + FRAME_OVERHEAD;
      p.resolve();
    }
  }

  async #create(lane: Lane): Promise<void> {
    const seq = this.#nextSeq[lane.dataClass];
    if (seq > MAX_SEQ) throw new Error('segment sequence numbers exhausted');
    this.#nextSeq[lane.dataClass] = seq + 1;
    // Persist the bump before the segment exists, so a crash never reuses a number.
    await this.#writeState();
    const now = this.#now();
    const path = join(this.#o.dir, lane.dataClass, segmentFileName(this.#o.agentId, seq));
    lane.open = await OpenSegment.create(
      path,
      {
        dataClass: lane.dataClass,
        agent: this.#o.agentId,
        tenant: this.#o.tenant,
        site: this.#o.site,
        seq,
        created: now,
        keyEpoch: this.#o.keyEpoch,
        policyVersion: this.#o.policyVersion,
      },
      this.#suite,
      this.#recipient,
    );
    lane.openedAt = now;
  }

  async #seal(lane: Lane): Promise<void> {
    const open = lane.open;
    if (!open) return;
    lane.open = null;
    const now = this.#now();
    if (open.frames === 0) {
      await open.abandon(now);
      return;
    }
    try {
      const t = await open.seal(now);
      if (t.minTime === null || t.maxTime === null) return;
      this.#sealed.set(segmentId(open.header), toSealed(open.path, open.header, { ...t, minTime: t.minTime, maxTime: t.maxTime }));
    } catch (e) {
      this.#writeErrors++;
      this.#log.error({ event: 'spool_seal_error', segment: segmentId(open.header), err: (e as Error).message }, 'spool could not seal a segment cleanly');
      const t = await open.abandon(now);
      if (t && t.minTime !== null && t.maxTime !== null) {
        this.#sealed.set(segmentId(open.header), toSealed(open.path, open.header, { ...t, minTime: t.minTime, maxTime: t.maxTime }));
      }
    }
  }

  /** Deletes a sealed segment; false when another caller got to it first or the unlink failed. */
  async #delete(seg: SealedSegment, reason: DeleteReason): Promise<boolean> {
    if (!this.#sealed.delete(seg.id)) return false;
    try {
      await unlink(seg.file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') {
        this.#sealed.set(seg.id, seg);
        this.#log.error({ event: 'spool_delete_error', segment: seg.id, reason, err: (e as Error).message }, 'spool could not delete a segment');
        return false;
      }
    }
    await unlink(sidecarPath(seg.file)).catch(() => undefined);
    await fsyncDir(seg.file).catch(() => undefined);
    this.#deleted[reason] = add(this.#deleted[reason], seg.count, seg.bytes);
    if (reason === 'shipped') {
      this.#log.debug({ event: 'spool_shipped_delete', segment: seg.id, records: seg.count, bytes: seg.bytes }, 'shipped spool segment deleted');
    } else {
      // Data loss the policy demanded (DESIGN invariant 2): counted, and loud.
      this.#log.warn(
        { event: 'spool_retention_delete', segment: seg.id, dataClass: seg.dataClass, reason, records: seg.count, bytes: seg.bytes },
        'retention deleted a spool segment before it was shipped',
      );
    }
    return true;
  }

  #totalBytes(): number {
    let n = 0;
    for (const s of this.#sealed.values()) n += s.bytes;
    for (const lane of this.#lanes.values()) n += lane.open?.bytes ?? 0;
    return n;
  }

  #syncDirty(): void {
    for (const lane of this.#lanes.values()) {
      if (!lane.open?.dirty || lane.syncQueued) continue;
      lane.syncQueued = true;
      void this.#run(lane, async () => {
        lane.syncQueued = false;
        await lane.open?.sync();
      });
    }
  }

  async #readState(): Promise<Partial<Record<DataClass, number>> | undefined> {
    try {
      const s = JSON.parse(await readFile(join(this.#o.dir, 'spool.json'), 'utf8')) as { format?: unknown; nextSeq?: Record<string, unknown> };
      if (s.format !== 1 || typeof s.nextSeq !== 'object' || s.nextSeq === null) return undefined;
      const out: Partial<Record<DataClass, number>> = {};
      for (const c of DATA_CLASSES) {
        const v = s.nextSeq[c];
        if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) out[c] = v;
      }
      return out;
    } catch {
      return undefined;
    }
  }

  async #writeState(): Promise<void> {
    const path = join(this.#o.dir, 'spool.json');
    const tmp = `${path}.tmp`;
    await writeFile(tmp, `${JSON.stringify({ format: 1, nextSeq: this.#nextSeq })}\n`, { mode: 0o600, flush: true });
    await rename(tmp, path);
    await fsyncDir(path);
  }
}

function checkBatch(b: SpoolBatch): string | undefined {
  if (!Buffer.isBuffer(b.payload) || b.payload.length === 0) return 'payload must be a non-empty Buffer';
  if (b.payload.length + FRAME_OVERHEAD > MAX_FRAME_BYTES) return `payload larger than ${MAX_FRAME_BYTES - FRAME_OVERHEAD} bytes`;
  if (!Number.isInteger(b.count) || b.count < 0 || b.count > 0xffffffff) return 'count must be an integer in 0..2^32-1';
  // Date's own range (ECMA-262 21.4.1.1), which also fits the frame's signed 64-bit fields.
  if (!(Math.abs(b.minTime) <= MAX_TIME_MS && Math.abs(b.maxTime) <= MAX_TIME_MS) || b.minTime > b.maxTime) {
    return 'minTime and maxTime must be ms times within +-8.64e15, minTime <= maxTime';
  }
  return undefined;
}

function oldestFirst(a: SealedSegment, b: SealedSegment): number {
  return a.created - b.created || a.dataClass.localeCompare(b.dataClass) || a.seq - b.seq;
}
