/**
 * Gaps and duplicates in each agent's segment sequence (DESIGN invariant 3).
 *
 * A spool numbers the segments of each data class 1 by 1, and an object's key
 * carries its agent and number, so what a query lists shows what is missing:
 * per tenant/site/class/agent, every number between the first and the last
 * one seen that no object has is a gap (a segment lost before shipping,
 * quarantined, deleted by local retention, or deleted from the bucket), and
 * a number held by two objects (under two hours: keys are deterministic, so
 * the same segment never lands twice) is a duplicate (an agent reinstalled
 * with an old spool.json, or objects copied around).
 *
 * A fresh spool starts counting at the current Unix time in seconds
 * (segment-format.ts, invariant 5), so a re-created spool jumps far ahead:
 * by about the old spool's age in seconds. A jump is reported as a restart,
 * not as millions of missing segments, when all of these hold:
 *   - the segment after it was created within the hour after the Unix second
 *     its number names (what a fresh spool's first segment looks like);
 *   - the numbers jumped further than the seconds between the creation of the
 *     segments on either side (segments that were really lost were made over
 *     at least that long, one number each, unless they came faster than one
 *     a second; a fresh spool skips ahead by the old one's whole age);
 *   - the jump is more than an hour of numbers. A spool re-created within an
 *     hour of the old one's start is then reported as a gap: a false alarm is
 *     better than a lost segment hidden as a restart.
 *
 * Memory is one entry per run of consecutive numbers within one partition, so
 * a day's objects cost 24 entries per agent, not one per object.
 */

export interface SequenceReport {
  /** Where: `tenant=…/site=…/class=…` and the agent id. */
  readonly scope: string;
  readonly agent: string;
  /** Missing numbers, as inclusive ranges. */
  readonly gaps: ReadonlyArray<{ readonly from: number; readonly to: number }>;
  /** Numbers seen more than once, with the partitions that hold them. */
  readonly duplicates: ReadonlyArray<{ readonly seq: number; readonly partitions: readonly string[] }>;
  /** Numbers where a new spool started counting (not gaps). */
  readonly restarts: readonly number[];
}

export interface SequenceTracker {
  /** `created`: when the segment was created (ms), from its manifest, if read. */
  observe(scope: string, agent: string, seq: number, partition: string, created?: number): void;
  /** One report per agent that has a gap, a duplicate or a restart, in scope and agent order. */
  reports(): SequenceReport[];
}

/** How long after the Unix second a fresh spool starts at its first segment may be created. */
const RESTART_WINDOW_MS = 3_600_000;
/** The least jump taken for a restart (see above). */
const RESTART_MIN_JUMP = 3600;
/** Duplicates remembered per agent; beyond, only counted. */
const MAX_DUPLICATES = 1000;

interface Run {
  lo: number;
  hi: number;
  readonly partition: string;
  /** `created` of the segments numbered `lo` and `hi`, when known. */
  createdLo: number | undefined;
  createdHi: number | undefined;
}

interface AgentRuns {
  readonly scope: string;
  readonly agent: string;
  readonly runs: Run[];
  readonly duplicates: Array<{ seq: number; partitions: string[] }>;
}

export function createSequenceTracker(): SequenceTracker {
  const agents = new Map<string, AgentRuns>();

  return {
    observe(scope, agent, seq, partition, created) {
      const id = `${scope}\0${agent}`;
      let a = agents.get(id);
      if (!a) {
        a = { scope, agent, runs: [], duplicates: [] };
        agents.set(id, a);
      }
      const runs = a.runs;
      // The usual case: the next number, in the same partition, at the end.
      const last = runs[runs.length - 1];
      if (last && last.hi + 1 === seq && last.partition === partition) {
        last.hi = seq;
        last.createdHi = created;
        return;
      }
      const i = firstRunEndingAtOrAfter(runs, seq);
      const at = runs[i];
      if (at && at.lo <= seq) {
        const dup = a.duplicates.find((d) => d.seq === seq);
        if (dup) dup.partitions.push(partition);
        else if (a.duplicates.length < MAX_DUPLICATES) a.duplicates.push({ seq, partitions: [at.partition, partition] });
        return;
      }
      const before = runs[i - 1];
      if (before && before.hi + 1 === seq && before.partition === partition) {
        before.hi = seq;
        before.createdHi = created;
        return;
      }
      runs.splice(i, 0, { lo: seq, hi: seq, partition, createdLo: created, createdHi: created });
    },

    reports() {
      const out: SequenceReport[] = [];
      const ordered = [...agents.values()].sort((x, y) => cmp(x.scope, y.scope) || cmp(x.agent, y.agent));
      for (const a of ordered) {
        const gaps: Array<{ from: number; to: number }> = [];
        const restarts: number[] = [];
        for (let i = 1; i < a.runs.length; i++) {
          const prev = a.runs[i - 1] as Run;
          const run = a.runs[i] as Run;
          if (run.lo <= prev.hi + 1) continue;
          if (isRestart(prev, run)) restarts.push(run.lo);
          else gaps.push({ from: prev.hi + 1, to: run.lo - 1 });
        }
        if (gaps.length || a.duplicates.length || restarts.length) {
          out.push({ scope: a.scope, agent: a.agent, gaps, duplicates: a.duplicates.map((d) => ({ seq: d.seq, partitions: [...d.partitions] })), restarts });
        }
      }
      return out;
    },
  };
}

function isRestart(prev: Run, next: Run): boolean {
  const created = next.createdLo;
  if (created === undefined) return false;
  const sinceItsSecond = created - next.lo * 1000;
  if (sinceItsSecond < -60_000 || sinceItsSecond >= RESTART_WINDOW_MS) return false;
  const jump = next.lo - prev.hi;
  if (jump <= RESTART_MIN_JUMP) return false;
  return prev.createdHi === undefined || jump * 1000 > created - prev.createdHi;
}

/** Index of the first run whose `hi` is >= seq (runs are sorted and disjoint). */
function firstRunEndingAtOrAfter(runs: readonly Run[], seq: number): number {
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((runs[mid] as Run).hi < seq) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
