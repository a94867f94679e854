/**
 * The replacements found in one line, kept in parallel arrays that are reused
 * from line to line (the hot path allocates no span objects).
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
  length = 0;
  #sorted = true;

  reset(): void {
    this.length = 0;
    this.#sorted = true;
  }

  push(start: number, end: number, text: string, kind: SpanKind, source: string): void {
    const n = this.length;
    if (n > 0 && start < (this.start[n - 1] as number)) this.#sorted = false;
    this.start[n] = start;
    this.end[n] = end;
    this.text[n] = text;
    this.kind[n] = kind;
    this.source[n] = source;
    this.length = n + 1;
  }

  #disjoint(): boolean {
    for (let i = 1; i < this.length; i++) if ((this.start[i] as number) < (this.end[i - 1] as number)) return false;
    return true;
  }

  /** True if [start, end) overlaps a span already listed with a priority of at least `kind`'s. */
  covered(start: number, end: number, kind: SpanKind): boolean {
    const p = PRIORITY[kind];
    for (let i = 0; i < this.length; i++) {
      if (start < (this.end[i] as number) && end > (this.start[i] as number) && PRIORITY[this.kind[i] as SpanKind] >= p) return true;
    }
    return false;
  }

  /**
   * Writes `line` with the spans replaced. Spans are applied in order of start;
   * where two overlap, the higher priority one is kept (on a tie, the first).
   * `onApplied` sees each span that made it into the output.
   */
  apply(line: string, onApplied: (kind: SpanKind, source: string) => void): string {
    const n = this.length;
    if (this.#sorted && this.#disjoint()) {
      // The common case: spans in order, none overlapping. One pass, no arrays.
      let out = '';
      let pos = 0;
      for (let i = 0; i < n; i++) {
        out += line.slice(pos, this.start[i]) + (this.text[i] as string);
        pos = this.end[i] as number;
        onApplied(this.kind[i] as SpanKind, this.source[i] as string);
      }
      return out + line.slice(pos);
    }
    const order = new Array<number>(n);
    for (let i = 0; i < n; i++) order[i] = i;
    if (!this.#sorted) {
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
