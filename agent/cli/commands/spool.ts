/**
 * `logveil spool inspect`: what the local spool holds, from segment headers
 * and sidecars only. Needs no key, shows no content, changes nothing.
 */
import { parseArgs } from 'node:util';
import { LogveilError } from '../../errors.js';
import { EXIT } from '../exit-codes.js';
import type { Command } from '../command.js';
import { DATA_CLASSES, inspectSpool, type SegmentListing } from '../../spool/index.js';

const HELP = `logveil spool: look at the agent's local encrypted spool.

Usage:
  logveil spool inspect --dir DIR [--json]

Lists each data class's segments: state (open, sealed, or unreadable), batches,
events, bytes, the time range of the events, key epoch and policy version.
It reads only headers, sidecars and the frames' clear fields: no key is
needed and no event is shown. Segments are encrypted to the MSP's public key;
not even the agent can read them. A torn tail (after a crash) is shown as it
is; the agent cuts it the next time it opens the spool.

Options:
  --dir DIR   the spool directory (spool.dir in the configuration)
  --json      one JSON object per segment instead of a table

Example:
  logveil spool inspect --dir ./var/spool`;

export const spoolCommand: Command = {
  name: 'spool',
  help: HELP,
  async run(argv, io) {
    const [action, ...rest] = argv;
    const { values } = parseArgs({ args: rest, options: { dir: { type: 'string' }, json: { type: 'boolean', default: false } } });
    if (action !== 'inspect') throw new LogveilError('LV_USAGE', `spool: unknown action "${action ?? ''}"\n\n${HELP}`);
    if (values.dir === undefined) throw new LogveilError('LV_USAGE', `spool inspect: --dir is required\n\n${HELP}`);
    let listing;
    try {
      listing = await inspectSpool(values.dir);
    } catch (e) {
      throw new LogveilError('LV_IO', `cannot inspect spool ${values.dir}: ${(e as Error).message}`, { cause: e });
    }
    if (values.json) {
      for (const s of listing.segments) io.stdout.write(`${JSON.stringify(s)}\n`);
      return EXIT.ok;
    }
    io.stdout.write(table(listing.segments));
    for (const c of DATA_CLASSES) {
      const segs = listing.segments.filter((s) => s.dataClass === c);
      if (!segs.length) continue;
      const events = segs.reduce((n, s) => n + s.count, 0);
      const bytes = segs.reduce((n, s) => n + s.bytes, 0);
      io.stdout.write(`${c}: ${plural(segs.length, 'segment')}, ${plural(events, 'event')}, ${plural(bytes, 'byte')}\n`);
    }
    if (!listing.segments.length) io.stdout.write(`no segments in ${values.dir}\n`);
    if (listing.quarantined.length) {
      io.stdout.write(`quarantined (unreadable headers, kept for inspection): ${listing.quarantined.join(', ')}\n`);
    }
    return EXIT.ok;
  },
};

function table(segments: readonly SegmentListing[]): string {
  if (!segments.length) return '';
  const rows = [
    ['CLASS', 'SEGMENT', 'STATE', 'BATCHES', 'EVENTS', 'BYTES', 'FIRST EVENT', 'LAST EVENT', 'KEY EPOCH', 'POLICY', 'NOTE'],
    ...segments.map((s) => [
      s.dataClass,
      s.file.slice(s.file.lastIndexOf('/') + 1),
      s.state,
      String(s.frames),
      String(s.count),
      String(s.bytes),
      iso(s.minTime),
      iso(s.maxTime),
      s.keyEpoch ?? '-',
      s.policyVersion ?? '-',
      note(s),
    ]),
  ];
  const widths = (rows[0] as string[]).map((_, i) => Math.max(...rows.map((r) => (r[i] as string).length)));
  return rows.map((r) => `${r.map((c, i) => c.padEnd(widths[i] as number)).join('  ').trimEnd()}\n`).join('');
}

function note(s: SegmentListing): string {
  if (s.state === 'unreadable') return s.problem ?? 'unreadable';
  const parts: string[] = [];
  if (s.tornBytes) parts.push(`torn tail ${s.tornBytes} bytes (${s.problem ?? ''})`);
  if (s.state === 'sealed' && !s.ended) parts.push('sealed by recovery');
  return parts.join('; ');
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function iso(ms: number | null): string {
  if (ms === null) return '-';
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? String(ms) : d.toISOString();
}
