/**
 * Finds the lines of a decompressed batch that can possibly match, without
 * decoding or parsing the others.
 *
 * Every filter that looks at an event's content contributes a group of
 * needles: byte strings one of which must occur in the line's JSON for the
 * event to match (`"host":"core-sw1"`, a literal the --grep expression
 * requires, a user token, the text of a pseudonymous network prefix). A line
 * passes when it holds a needle of every group. That is only a necessary
 * condition: the caller parses the lines that pass and applies the exact test.
 *
 * The needles rely on how the agent writes events: `JSON.stringify`, compact,
 * which leaves every character but `"`, `\` and C0 controls as it is
 * (shared/event-json.ts). A needle never holds those characters. A filter that
 * compares without regard to case gives folded needles (ASCII letters in lower
 * case), which match the line's bytes with ASCII letters folded.
 *
 * The search runs in native code over the whole batch, so a selective query
 * touches only the lines that hold a needle: `Buffer#indexOf` for exact
 * needles; for a group with folded needles one case-insensitive regular
 * expression over the batch's latin1 view (a string of one char per byte, so
 * string indexes are byte offsets; non-ASCII letters may then match more, never
 * less, which is what a prefilter may do). Folding the whole batch in
 * JavaScript instead cost more than decompressing it (measured). The other
 * groups are checked on each candidate line alone, the same two ways.
 */

export interface Needle {
  readonly bytes: Buffer;
  /** Searched in the ASCII-lower-cased copy of the batch. */
  readonly folded: boolean;
}

/** A line passes the group when it holds any of its needles. */
export type NeedleGroup = readonly Needle[];

export interface LinePrefilter {
  /**
   * Calls `onLine(start, end)` for every line of `buf` (end exclusive, without
   * its newline) that holds a needle of every group, in order.
   */
  scan(buf: Buffer, onLine: (start: number, end: number) => void): void;
}

export function needle(text: string, folded: boolean): Needle {
  return { bytes: Buffer.from(folded ? asciiLower(text) : text, 'utf8'), folded };
}

/**
 * Undefined when no group restricts anything. An empty group can never pass:
 * the filter then matches nothing (for example --user with no key for any
 * epoch), and scan finds no line.
 */
export function createLinePrefilter(groups: readonly NeedleGroup[]): LinePrefilter | undefined {
  if (groups.length === 0) return undefined;
  // Drive the search by the group whose shortest needle is longest: longer needles occur less often
  // by chance, and the native searches skip faster over a longer pattern.
  const order = [...groups].sort((a, b) => minLength(b) - minLength(a));
  const driver = order[0] as NeedleGroup;
  const rest = order.slice(1);
  // A group with folded needles is tested on the line's latin1 view with one case-insensitive
  // expression; an exact group with Buffer#indexOf on the line's bytes.
  const tests = rest.map((g): ((buf: Buffer, start: number, end: number) => boolean) => {
    if (g.some((n) => n.folded)) {
      const re = new RegExp(g.map((n) => escapeRegExp(n.bytes.toString('latin1'))).join('|'), 'i');
      return (buf, start, end) => re.test(buf.toString('latin1', start, end));
    }
    return (buf, start, end) => {
      const line = buf.subarray(start, end);
      return g.some((n) => line.indexOf(n.bytes) >= 0);
    };
  });
  const passesRest = (buf: Buffer, start: number, end: number): boolean => tests.every((t) => t(buf, start, end));
  const lineOf = (buf: Buffer, at: number): [number, number] => {
    const start = at === 0 ? 0 : buf.lastIndexOf(0x0a, at - 1) + 1;
    const nl = buf.indexOf(0x0a, at);
    return [start, nl < 0 ? buf.length : nl];
  };

  if (driver.length === 0) return { scan: () => undefined };
  if (driver.some((n) => n.folded)) {
    const re = new RegExp(driver.map((n) => escapeRegExp(n.bytes.toString('latin1'))).join('|'), 'gi');
    return {
      scan(buf, onLine) {
        const text = buf.toString('latin1');
        re.lastIndex = 0;
        for (let m = re.exec(text); m !== null; m = re.exec(text)) {
          const [start, end] = lineOf(buf, m.index);
          if (passesRest(buf, start, end)) onLine(start, end);
          re.lastIndex = end + 1;
        }
      },
    };
  }
  return {
    scan(buf, onLine) {
      const k = driver.length;
      const next = driver.map((n) => buf.indexOf(n.bytes, 0));
      for (;;) {
        let at = -1;
        for (let i = 0; i < k; i++) {
          const p = next[i] as number;
          if (p >= 0 && (at < 0 || p < at)) at = p;
        }
        if (at < 0) return;
        const [start, end] = lineOf(buf, at);
        if (passesRest(buf, start, end)) onLine(start, end);
        for (let i = 0; i < k; i++) {
          const p = next[i] as number;
          if (p >= 0 && p <= end) next[i] = buf.indexOf((driver[i] as Needle).bytes, end + 1);
        }
      }
    },
  };
}

function escapeRegExp(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

function minLength(g: NeedleGroup): number {
  let m = Number.POSITIVE_INFINITY;
  for (const n of g) m = Math.min(m, n.bytes.length);
  return g.length === 0 ? Number.POSITIVE_INFINITY : m;
}

/** Lower-cases ASCII letters only (the query compares hosts and apps this way). */
export function asciiLower(s: string): string {
  return /[A-Z]/.test(s) ? s.replace(/[A-Z]+/g, (m) => m.toLowerCase()) : s;
}
