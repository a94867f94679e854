/**
 * The replacements found in a batch of lines, kept in parallel arrays that are
 * reused from batch to batch (the hot path allocates no span objects). Spans of
 * one line are contiguous: `beginLine()` starts a line, and the spans pushed
 * until the next call are that line's. A span's text may be filled in later
 * (addresses whose pseudonyms are computed once for the whole batch).
 */
import type { SpanKind } from './rules/rule.js';

/** Higher wins when two spans overlap: a secret inside a user field is still a secret. */
const PRIORITY: Record<SpanKind, number> = { secret: 5, user: 4, email: 3, mac: 2, ip: 1 };

export class SpanList {
  start: number[] = [];
  end: number[] = [];
  text: string[] = [];
  kind: SpanKind[] = [];
  /** Rule name, or the address form, for statistics. */
  source: string[] = [];
  /** 1 for a span withdrawn after it was pushed (a MAC whose pseudonym turned out to be itself). */
  dropped: number[] = [];
  length = 0;
  /** The first span of the current line. */
  base = 0;

  /** Forgets every span (a new batch). */
  clear(): void {
    this.length = 0;
    this.base = 0;
  }

  /** Starts a new line: `covered` and `lineLength` see only its spans from now on. */
  beginLine(): void {
    this.base = this.length;
  }

  /** Spans of the current line. */
  get lineLength(): number {
    return this.length - this.base;
  }

  push(start: number, end: number, text: string, kind: SpanKind, source: string): number {
    const n = this.length;
    this.start[n] = start;
    this.end[n] = end;
    this.text[n] = text;
    this.kind[n] = kind;
    this.source[n] = source;
    this.dropped[n] = 0;
    this.length = n + 1;
    return n;
  }

  /** True if [start, end) overlaps a span of the current line with a priority of at least `kind`'s. */
  covered(start: number, end: number, kind: SpanKind): boolean {
    const p = PRIORITY[kind];
    for (let i = this.base; i < this.length; i++) {
      if (start < (this.end[i] as number) && end > (this.start[i] as number) && PRIORITY[this.kind[i] as SpanKind] >= p) return true;
    }
    return false;
  }

  /** True when spans [from, to) are in order and none overlaps the next (or was dropped): they apply as they are. */
  inOrder(from: number, to: number): boolean {
    for (let i = from; i < to; i++) {
      if (this.dropped[i] === 1 || (i > from && (this.start[i] as number) < (this.end[i - 1] as number))) return false;
    }
    return true;
  }

  /**
   * Writes `line` with the spans [from, to) replaced. Spans are applied in order of start;
   * where two overlap, the higher priority one is kept (on a tie, the first pushed).
   * `onApplied` sees each span that made it into the output.
   */
  apply(line: string, from: number, to: number, onApplied: (kind: SpanKind, source: string) => void): string {
    if (this.inOrder(from, to)) {
      // The common case: spans in order, none overlapping. One pass, no arrays.
      let out = '';
      let pos = 0;
      for (let i = from; i < to; i++) {
        out += line.slice(pos, this.start[i]) + (this.text[i] as string);
        pos = this.end[i] as number;
        onApplied(this.kind[i] as SpanKind, this.source[i] as string);
      }
      return out + line.slice(pos);
    }
    const order: number[] = [];
    let sorted = true;
    for (let i = from; i < to; i++) {
      if (this.dropped[i] === 1) continue;
      if (order.length > 0 && (this.start[i] as number) < (this.start[order[order.length - 1] as number] as number)) sorted = false;
      order.push(i);
    }
    if (!sorted) {
      order.sort((a, b) => (this.start[a] as number) - (this.start[b] as number) || PRIORITY[this.kind[b] as SpanKind] - PRIORITY[this.kind[a] as SpanKind]);
    }
    const kept: number[] = [];
    for (const i of order) {
      const last = kept[kept.length - 1];
      if (last === undefined || (this.start[i] as number) >= (this.end[last] as number)) {
        kept.push(i);
      } else if (PRIORITY[this.kind[i] as SpanKind] > PRIORITY[this.kind[last] as SpanKind]) {
        kept[kept.length - 1] = i;
      }
    }
    let out = '';
    let pos = 0;
    for (const i of kept) {
      const s = this.start[i] as number;
      if (s < pos) continue; // a replaced span reached back over an earlier kept one
      out += line.slice(pos, s) + (this.text[i] as string);
      pos = this.end[i] as number;
      onApplied(this.kind[i] as SpanKind, this.source[i] as string);
    }
    return out + line.slice(pos);
  }
}
