import { DROP_REASONS, type DropReason, type SourceStats } from './syslog-source.js';

/** The mutable counters behind `SourceStats`, shared by a source and its framers (one thread, no locking). */
export interface SourceCounters {
  received: number;
  bytes: number;
  truncated: number;
  dropped: Record<DropReason, number>;
  connectionsActive: number;
  connectionsTotal: number;
  pauses: number;
  /** Completed pause episodes only; `snapshotStats` adds the ongoing one. */
  pausedMs: number;
}

export function createSourceCounters(): SourceCounters {
  const dropped = {} as Record<DropReason, number>;
  for (const reason of DROP_REASONS) dropped[reason] = 0;
  return { received: 0, bytes: 0, truncated: 0, dropped, connectionsActive: 0, connectionsTotal: 0, pauses: 0, pausedMs: 0 };
}

/** A copy the caller may keep; `pausedSince` is the start of the ongoing pause, or -1. */
export function snapshotStats(counters: SourceCounters, pausedSince: number, now: number): SourceStats {
  const paused = pausedSince >= 0;
  return {
    received: counters.received,
    bytes: counters.bytes,
    truncated: counters.truncated,
    dropped: { ...counters.dropped },
    connectionsActive: counters.connectionsActive,
    connectionsTotal: counters.connectionsTotal,
    paused,
    pauses: counters.pauses,
    pausedMs: counters.pausedMs + (paused ? Math.max(0, now - pausedSince) : 0),
  };
}
