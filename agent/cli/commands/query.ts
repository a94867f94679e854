/**
 * `logveil query`: the NOC's way back into shipped data. Needs the MSP's
 * recipient private key, which never sits on a gateway (DESIGN invariant 4).
 */
import { parseArgs } from 'node:util';
import { LogveilError } from '../../errors.js';
import { EXIT } from '../exit-codes.js';
import type { Command, CommandIo } from '../command.js';
import { readRecipientPrivateKey } from '../../keys/recipient-keys.js';
import { importRecipientPrivateKey, parseTimeArg, TIME_SLACK_MS, runQuery } from '../../query/index.js';
import { DATA_CLASSES, isDataClass } from '../../spool/index.js';

const HELP = `logveil query: print shipped events that match, as NDJSON on stdout.

Usage: logveil query --from DIR --private-key FILE [options]

Reads the store layout under DIR (<prefix>/tenant=/site=/class=/dt=/hour=/),
checks each object's SHA-256 against its manifest, decrypts it with the
recipient private key and prints the matching events, one JSON object a line,
as they were shipped. Objects that fail a check are named on stderr and
skipped; the exit code is then 65.

Options:
  --from DIR           the store directory (the local store's dir)
  --private-key FILE   the recipient private key (mode 0600)
  --since T            events at or after T: ISO 8601 (2025-03-01T10:00Z, a date
                       alone is midnight UTC) or a duration back from now (30m, 2h, 7d)
  --until T            events at or before T (same forms)
  --host H             events from host H (case-insensitive)
  --grep REGEX         events whose msg matches REGEX (JavaScript syntax)
  --ignore-case        with --grep: ignore case
  --class NAME         ${DATA_CLASSES.join(', ')} (default logs)
  --quiet              no summary on stderr

Times compare against each event's "time", or "received" when it has none.
Objects are filed under the hour of their earliest event, and a device's clock
can be off; so the walk looks at partitions up to ${TIME_SLACK_MS / 3_600_000} hours either side of
the range, and only each event's own time decides.

Examples:
  logveil query --from ./var/outbox --private-key msp.key --since 2h --host core-sw1
  logveil query --from /mnt/logs --private-key msp.key --since 2025-03-01 --until 2025-03-02 --grep 'LINK-3-UPDOWN'`;

export const queryCommand: Command = {
  name: 'query',
  summary: 'decrypt and search shipped events (needs the recipient private key)',
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        from: { type: 'string' },
        'private-key': { type: 'string' },
        since: { type: 'string' },
        until: { type: 'string' },
        host: { type: 'string' },
        grep: { type: 'string' },
        'ignore-case': { type: 'boolean', default: false },
        class: { type: 'string', default: 'logs' },
        quiet: { type: 'boolean', default: false },
      },
    });
    const problems: string[] = [];
    if (values.from === undefined) problems.push('--from DIR is required');
    if (values['private-key'] === undefined) problems.push('--private-key FILE is required');
    if (positionals.length) problems.push(`unexpected argument "${positionals[0] ?? ''}"`);
    if (!isDataClass(values.class)) problems.push(`--class must be one of ${DATA_CLASSES.join(', ')}`);
    const now = Date.now();
    let since: number | undefined;
    let until: number | undefined;
    let grep: RegExp | undefined;
    try {
      since = values.since === undefined ? undefined : parseTimeArg(values.since, now, '--since');
      until = values.until === undefined ? undefined : parseTimeArg(values.until, now, '--until');
    } catch (e) {
      problems.push((e as Error).message);
    }
    if (since !== undefined && until !== undefined && since > until) problems.push('--since is after --until');
    if (values.grep !== undefined) {
      try {
        grep = new RegExp(values.grep, values['ignore-case'] ? 'i' : '');
      } catch (e) {
        problems.push(`--grep: ${(e as Error).message}`);
      }
    }
    if (problems.length) throw new LogveilError('LV_USAGE', `${problems.join('\n')}\n\n${HELP}`);

    const privateKey = await importRecipientPrivateKey(readRecipientPrivateKey(values['private-key'] as string));
    const dataClass = isDataClass(values.class) ? values.class : 'logs';
    let summary;
    try {
      summary = await runQuery(
        values.from as string,
        privateKey,
        { dataClass, since, until, host: values.host, grep },
        { write: (chunk) => write(io.stdout, chunk), report: (m) => io.stderr.write(`logveil query: ${m}\n`) },
      );
    } catch (e) {
      if (e instanceof LogveilError) throw e;
      throw new LogveilError('LV_IO', `cannot read ${values.from as string}: ${(e as Error).message}`, { cause: e });
    }
    if (!values.quiet) {
      io.stderr.write(
        `logveil query: ${summary.matched} of ${summary.events} events matched in ${summary.objects} objects` +
          `${summary.problems ? `; ${summary.problems} objects failed a check` : ''}` +
          `${summary.malformed ? `; ${summary.malformed} lines were not JSON` : ''}\n`,
      );
    }
    return summary.problems ? EXIT.dataError : EXIT.ok;
  },
};

function write(stream: CommandIo['stdout'], chunk: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = stream.write(chunk, (err) => (err ? reject(err) : undefined));
    if (ok) resolve();
    else stream.once('drain', resolve);
  });
}
