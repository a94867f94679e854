/**
 * The progress line of a long scan, on stderr: objects and events read,
 * matches, bytes, rate. On a terminal it is one line rewritten in place; into
 * a file or pipe (with --progress) each update is a line of its own. Updates
 * come at most every `intervalMs`, whatever the caller's pace, so the line
 * never costs more than a few writes a second. At the end the terminal line is
 * erased (the summary follows); into a file the last state is written, so a
 * log of a scan always ends with its totals.
 */

export interface QueryProgress {
  readonly objects: number;
  readonly events: number;
  readonly matched: number;
  readonly bytes: number;
}

export interface ProgressLine {
  /** Cheap to call often: prints only when the interval has passed. */
  update(p: QueryProgress): void;
  /** Erases the line on a terminal, before another message is written; the next update redraws it. */
  clear(): void;
  /** At the end: erases the line on a terminal, writes the last state elsewhere. Idempotent. */
  done(): void;
}

export function createProgressLine(stream: NodeJS.WritableStream, opts: { tty: boolean; intervalMs?: number; now?: () => number }): ProgressLine {
  const now = opts.now ?? Date.now;
  const interval = opts.intervalMs ?? 250;
  const started = now();
  let last = started;
  /** A line is on the terminal. */
  let onScreen = false;
  /** The latest state, when it has not been written. */
  let unwritten: QueryProgress | undefined;
  let finished = false;
  const show = (p: QueryProgress, t: number): void => {
    const secs = (t - started) / 1000;
    const text =
      `logveil query: ${secs.toFixed(1)} s, ${p.objects} objects, ${count(p.events)} events read, ${count(p.matched)} matched, ` +
      `${(p.bytes / 1048576).toFixed(1)} MB, ${count(secs > 0 ? p.events / secs : 0)} events/s`;
    stream.write(opts.tty ? `\r${text}\u001b[K` : `${text}\n`);
    onScreen = opts.tty;
    unwritten = undefined;
  };
  const clear = (): void => {
    if (onScreen) stream.write('\r\u001b[K');
    onScreen = false;
  };
  return {
    update(p) {
      if (finished) return;
      unwritten = p;
      const t = now();
      if (t - last < interval) return;
      last = t;
      show(p, t);
    },
    clear,
    done() {
      if (finished) return;
      finished = true;
      if (opts.tty) clear();
      else if (unwritten) show(unwritten, now());
    },
  };
}

function count(n: number): string {
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)}M`;
  if (n >= 1e4) return `${Math.round(n / 1e3)}k`;
  return String(Math.round(n));
}
