/**
 * `logveil query`: the NOC's way back into shipped data. Needs the MSP's
 * recipient private key, which never sits on a gateway (DESIGN invariant 4),
 * and, to search by address or user, the tenant's keyring.
 */
import { parseArgs } from 'node:util';
import { LogveilError } from '../../errors.js';
import { EXIT } from '../exit-codes.js';
import type { Command, CommandIo } from '../command.js';
import { readRecipientPrivateKey } from '../../keys/recipient-keys.js';
import { isLoopbackUrl } from '../../io/loopback.js';
import {
  compileEventFilter,
  createCsvFormatter,
  createProgressLine,
  createPseudonymFilter,
  createTableFormatter,
  DEVICE_CLOCK_SLACK_MS,
  importRecipientPrivateKey,
  LOOKBACK_MS,
  OUTPUT_FORMATS,
  openEpochKeyring,
  openStoreFor,
  parseIpArg,
  parseSeverityArg,
  parseTimeArg,
  parseUserArg,
  runQuery,
  type IpTarget,
  type OutputFormat,
  type PseudonymFilter,
  type RowFormatter,
  type SeverityRange,
  type UserTarget,
} from '../../query/index.js';
import { DATA_CLASSES, isDataClass } from '../../spool/index.js';
import { IP_ALGORITHMS, type IpAlgorithm } from '../../stages/pseudonymize/index.js';

const HELP = `logveil query: decrypt shipped events and print those that match.

Usage: logveil query --from DIR|s3://BUCKET/PREFIX --private-key FILE [options]

Lists only the partitions that can hold what is asked for, checks each
object's SHA-256 against its manifest, decrypts it with the recipient private
key and prints the matching events. Objects that fail a check, and gaps or
duplicates in an agent's segment sequence, are named on stderr; the exit code
is then 65.

Source:
  --from DIR|URL        a store directory (the local store's dir, or a copy of a
                        bucket) or s3://bucket/prefix (AWS credentials from the
                        usual environment, profile or instance role)
  --private-key FILE    the recipient private key (mode 0600; logveil keys recipient-init)
  --s3-region R         region of the bucket (default: $AWS_REGION, $AWS_DEFAULT_REGION, else us-east-1)
  --s3-endpoint URL     an S3-compatible endpoint (MinIO, Ceph, s3rver); https only
                        (TLS 1.2 or newer), or http on loopback with the next option
  --s3-allow-http-loopback
                        accept a plain http endpoint on the loopback interface
  --s3-path-style       path-style requests (bucket in the path)

When:
  --since T             events at or after T: ISO 8601 (2025-03-01T10:00Z; a date
                        alone is midnight UTC) or a duration back from now (30m, 2h, 7d)
  --until T             events at or before T (same forms)
  --device-time         compare --since/--until with the device's own timestamp
                        ("time") instead of when the gateway received the event

Where from (these prune the listing):
  --tenant NAME         only this tenant (repeat for several)
  --site NAME           only this site (repeat for several)
  --class NAME          ${DATA_CLASSES.join(', ')} (default logs)

What it says:
  --host H              events from host H, case-insensitive (repeat for any of several)
  --app NAME            events of this app (APP-NAME or TAG), case-insensitive (repeatable)
  --severity S          a level means that level or worse (RFC 5424: lower is more
                        severe): "warning" is emerg..warning; a range is exactly
                        those levels: 0-3, emerg..err, err..err. Names: emerg,
                        alert, crit, err, warning, notice, info, debug (or 0-7)
  --grep REGEX          events whose msg matches REGEX (JavaScript syntax)
  --ignore-case         with --grep: ignore case
  --ip ADDR|CIDR        events holding this address, or any address of this
                        network, typed in clear (IPv4 or IPv6; repeat for any of
                        several). Matched on the pseudonyms of each event's key
                        epoch: needs --keys
  --user NAME           events about this user (a name, or an e-mail address),
                        case-insensitive; matched on its keyed token: needs --keys
  --keys DIR            the tenant's pseudonymization keyring (logveil keys init)
  --ip-algorithm A      ${IP_ALGORITHMS.join(' or ')}, as in the agent's pseudonymize.ip_algorithm
                        (default ipcrypt-pfx)

Output:
  --output F            table (default on a terminal: time, host, app, severity,
                        msg, cut to the terminal's width), ndjson (default
                        otherwise: the events as shipped, one JSON object a
                        line) or csv (RFC 4180, header row; columns time,
                        received, host, app, pid, msgid, facility, severity,
                        source_transport, source_addr, epoch, msg)
  --progress            a progress line on stderr even when it is not a terminal
  --quiet               no progress line and no summary on stderr (problems are
                        still reported)

Time. By default --since/--until compare with "received" (the gateway's clock,
which also files the objects), so only the hours asked for are read, plus the
manifest of each agent's last object in the ${LOOKBACK_MS / 3_600_000} hours before (it may run into the
range). With --device-time the listing widens by ${DEVICE_CLOCK_SLACK_MS / 3_600_000} hours either side, because a
device's clock can be off by that much.

Examples:
  logveil query --from ./var/outbox --private-key msp.key --since 2h --host core-sw1
  logveil query --from s3://acme-logs/prod --private-key msp.key --tenant acme --site hq \\
      --since 2025-03-01T10:00Z --until 2025-03-01T11:00Z --severity err --output csv > incident.csv
  logveil query --from /mnt/logs --private-key msp.key --keys ./var/keys --since 1d --ip 10.1.2.0/24
  logveil query --from /mnt/logs --private-key msp.key --keys ./var/keys --since 7d --user jdoe --grep 'Failed password'`;

export const queryCommand: Command = {
  name: 'query',
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        from: { type: 'string' },
        'private-key': { type: 'string' },
        's3-region': { type: 'string' },
        's3-endpoint': { type: 'string', default: '' },
        's3-path-style': { type: 'boolean', default: false },
        's3-allow-http-loopback': { type: 'boolean', default: false },
        since: { type: 'string' },
        until: { type: 'string' },
        'device-time': { type: 'boolean', default: false },
        tenant: { type: 'string', multiple: true },
        site: { type: 'string', multiple: true },
        class: { type: 'string', default: 'logs' },
        host: { type: 'string', multiple: true },
        app: { type: 'string', multiple: true },
        severity: { type: 'string' },
        grep: { type: 'string' },
        'ignore-case': { type: 'boolean', default: false },
        ip: { type: 'string', multiple: true },
        user: { type: 'string', multiple: true },
        keys: { type: 'string' },
        'ip-algorithm': { type: 'string', default: 'ipcrypt-pfx' },
        output: { type: 'string' },
        progress: { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
      },
    });
    const problems: string[] = [];
    const attempt = <T>(f: () => T): T | undefined => {
      try {
        return f();
      } catch (e) {
        problems.push((e as Error).message);
        return undefined;
      }
    };
    if (values.from === undefined) problems.push('--from DIR (or s3://bucket/prefix) is required');
    if (values['private-key'] === undefined) problems.push('--private-key FILE is required');
    if (positionals.length) problems.push(`unexpected argument "${positionals[0] ?? ''}"`);
    if (!isDataClass(values.class)) problems.push(`--class must be one of ${DATA_CLASSES.join(', ')}`);
    const now = Date.now();
    const since = values.since === undefined ? undefined : attempt(() => parseTimeArg(values.since as string, now, '--since'));
    const until = values.until === undefined ? undefined : attempt(() => parseTimeArg(values.until as string, now, '--until'));
    if (since !== undefined && until !== undefined && since > until) problems.push('--since is after --until');
    let grep: RegExp | undefined;
    if (values.grep !== undefined) {
      try {
        grep = new RegExp(values.grep, values['ignore-case'] ? 'i' : '');
      } catch (e) {
        problems.push(`--grep: ${(e as Error).message}`);
      }
    }
    const severity: SeverityRange | undefined = values.severity === undefined ? undefined : attempt(() => parseSeverityArg(values.severity as string));
    const ips: IpTarget[] = (values.ip ?? []).flatMap((t) => attempt(() => parseIpArg(t)) ?? []);
    const users: UserTarget[] = (values.user ?? []).flatMap((t) => attempt(() => parseUserArg(t)) ?? []);
    if ((ips.length || users.length) && values.keys === undefined) problems.push('--ip and --user need --keys DIR (the tenant keyring) to find the pseudonyms');
    const algorithm = values['ip-algorithm'];
    if (!isIpAlgorithm(algorithm)) problems.push(`--ip-algorithm must be one of ${IP_ALGORITHMS.join(', ')}`);
    const stdoutTty = isTty(io.stdout);
    const output = values.output ?? (stdoutTty ? 'table' : 'ndjson');
    if (!isOutputFormat(output)) problems.push(`--output must be one of ${OUTPUT_FORMATS.join(', ')}`);
    const endpointProblem = s3EndpointProblem(values['s3-endpoint'], values['s3-allow-http-loopback']);
    if (endpointProblem !== undefined) problems.push(endpointProblem);
    if (problems.length) throw new LogveilError('LV_USAGE', `${problems.join('\n')}\n\n${HELP}`);

    const privateKey = await importRecipientPrivateKey(readRecipientPrivateKey(values['private-key'] as string));
    let pseudonyms: PseudonymFilter | undefined;
    if (ips.length || users.length) {
      const keyring = openEpochKeyring(values.keys as string, algorithm as IpAlgorithm);
      pseudonyms = createPseudonymFilter(keyring, ips, users);
      if (keyring.destroyed.length && !values.quiet) {
        io.stderr.write(
          `logveil query: note: the keys of ${keyring.destroyed.length} epoch(s) were destroyed; events pseudonymized under them cannot be found by --ip or --user\n`,
        );
      }
    }
    const format: RowFormatter | undefined =
      output === 'csv' ? createCsvFormatter() : output === 'table' ? createTableFormatter(stdoutTty ? columnsOf(io.stdout) : undefined) : undefined;
    const stderrTty = isTty(io.stderr);
    const progress = values.progress || (stderrTty && !values.quiet) ? createProgressLine(io.stderr, { tty: stderrTty }) : undefined;
    const from = values.from as string;
    const source = await openStoreFor(from, {
      region: values['s3-region'] ?? io.env.AWS_REGION ?? io.env.AWS_DEFAULT_REGION ?? 'us-east-1',
      endpoint: values['s3-endpoint'],
      forcePathStyle: values['s3-path-style'],
      allowPlainHttpLoopback: values['s3-allow-http-loopback'],
    });
    // `logveil query ... | head`: when the reader goes away, stop quietly, as grep does.
    const stdoutErrors = (e: Error) => {
      stdoutError ??= e;
    };
    let stdoutError: Error | undefined;
    io.stdout.on('error', stdoutErrors);
    let summary;
    try {
      summary = await runQuery(
        source,
        privateKey,
        {
          dataClass: isDataClass(values.class) ? values.class : 'logs',
          tenants: values.tenant,
          sites: values.site,
          since,
          until,
          deviceTime: values['device-time'],
          filter: compileEventFilter({ hosts: values.host, apps: values.app, severity, grep, pseudonyms }),
          format,
          now,
        },
        {
          write: (chunk) => write(io.stdout, chunk, () => stdoutError),
          report: (m) => {
            progress?.clear();
            io.stderr.write(`logveil query: ${m}\n`);
          },
          ...(progress ? { progress: (p) => progress.update(p) } : {}),
        },
      );
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EPIPE') return EXIT.ok;
      if (e instanceof LogveilError) throw e;
      if (e === stdoutError) throw new LogveilError('LV_IO', `cannot write the output: ${(e as Error).message}`, { cause: e });
      throw new LogveilError('LV_IO', `cannot read ${from}: ${(e as Error).message}`, { cause: e });
    } finally {
      progress?.done();
      io.stdout.off('error', stdoutErrors);
      await source.close?.();
    }
    for (const [epoch, objects] of summary.epochsWithoutKey) {
      io.stderr.write(`logveil query: ${objects} object(s) were pseudonymized under key epoch ${epoch}, which the keyring has no key for: --ip/--user cannot match their events\n`);
    }
    const sequenceProblems = summary.sequences.filter((r) => r.gaps.length || r.duplicates.length).length;
    if (!values.quiet) {
      for (const n of summary.notes) io.stderr.write(`logveil query: note: ${n}\n`);
      io.stderr.write(
        `logveil query: ${summary.matched} of ${summary.events} events matched in ${summary.objects} objects` +
          `${summary.problems ? `; ${summary.problems} objects failed a check` : ''}` +
          `${sequenceProblems ? `; ${sequenceProblems} agent sequence(s) with gaps or duplicates` : ''}` +
          `${summary.malformed ? `; ${summary.malformed} lines were not JSON` : ''}\n`,
      );
    }
    return summary.problems || sequenceProblems ? EXIT.dataError : EXIT.ok;
  },
};

function isIpAlgorithm(v: string): v is IpAlgorithm {
  return (IP_ALGORITHMS as readonly string[]).includes(v);
}

function isOutputFormat(v: string): v is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(v);
}

function isTty(stream: NodeJS.WritableStream): boolean {
  return (stream as { isTTY?: boolean }).isTTY === true;
}

function columnsOf(stream: NodeJS.WritableStream): number | undefined {
  const c = (stream as { columns?: number }).columns;
  return typeof c === 'number' && c > 0 ? c : undefined;
}

/** Resolves when the stream can take more; rejects once it has failed (`failed()`: its error event). */
function write(stream: CommandIo['stdout'], chunk: Buffer, failed: () => Error | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const before = failed();
    if (before) {
      reject(before);
      return;
    }
    const ok = stream.write(chunk, (err) => (err ? reject(err) : undefined));
    if (ok) {
      resolve();
      return;
    }
    // A stream that fails while full never drains: wait for either.
    const onDrain = () => {
      stream.off('error', onError);
      resolve();
    };
    const onError = (e: Error) => {
      stream.off('drain', onDrain);
      reject(e);
    };
    stream.once('drain', onDrain);
    stream.once('error', onError);
  });
}

/** What is wrong with --s3-endpoint, in the terms of the command line (the store checks it again). */
function s3EndpointProblem(endpoint: string | undefined, allowHttpLoopback: boolean | undefined): string | undefined {
  if (endpoint === undefined || endpoint === '') return undefined;
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return `--s3-endpoint: "${endpoint}" is not a URL`;
  }
  if (url.username || url.password) return '--s3-endpoint: credentials do not belong in the URL (they come from the AWS credential chain)';
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && isLoopbackUrl(url)) return allowHttpLoopback ? undefined : '--s3-endpoint: plain http needs --s3-allow-http-loopback (loopback only, for tests)';
  return '--s3-endpoint: must be https (TLS 1.2 or newer); plain http only on loopback with --s3-allow-http-loopback';
}
