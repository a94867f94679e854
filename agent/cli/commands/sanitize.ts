/**
 * `logveil sanitize`: the pseudonymize stage as a filter, for scrubbing a log
 * file before it goes to a vendor's support desk.
 *
 * `--format text` writes exactly one line per input line, in order: the input
 * line with only its sensitive spans replaced, every other byte as it was
 * (input is handled as bytes, so invalid UTF-8 and NUL pass through; a CR
 * before the LF stays). `--format ndjson` writes one parsed, sanitized event
 * per line.
 */
import { createReadStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { LogveilError } from '../../errors.js';
import { EXIT } from '../exit-codes.js';
import type { Command, CommandIo } from '../command.js';
import { resolveKeys } from '../../keys/resolve-keys.js';
import { createSanitizer, DEFAULT_POLICY, DEFAULT_KEEP, IP_ALGORITHMS, parseKeepList, type IpAlgorithm, type PseudonymizePolicy } from '../../stages/pseudonymize/index.js';
import { parseSyslog } from '../../stages/parse/index.js';
import { eventToJsonBytes } from '../../../shared/event-json.js';
import { splitLineBlocks, splitLines } from '../../io/split-lines.js';

const HELP = `logveil sanitize: pseudonymize a log file (or stdin) and write it to stdout.

Usage: logveil sanitize [FILE] [options]

IP addresses become prefix-preserving pseudonyms of the same family, MAC
addresses keep their vendor OUI, e-mail addresses keep their domain, user names
in authentication contexts become keyed tokens (usr_...), and credentials are
replaced by keyed fingerprints ([secret:...]).

Options:
  --format text|ndjson     text (default): each input line, with only the sensitive
                           spans replaced; ndjson: one parsed event per line
  --keys DIR               use the current epoch of a keyring (logveil keys init)
  --epoch ID               with --keys: use this epoch instead of the current one
  --ip-key-file FILE       use the 32-byte IP key in FILE (64 hex digits)
                           (without --keys or --ip-key-file, a random key for this run)
  --ip-algorithm NAME      ipcrypt-pfx (default) or cryptopan
  --ip-keep LIST|none      addresses left as they are: class names and CIDRs, comma
                           separated (default: ${DEFAULT_KEEP.join(',')})
  --max-line-bytes N       cut longer lines at N bytes (default 67108864); counted
  --cache-size N           address cache entries per generation (default 100000; 0 = off)
  --no-learn               replace a name only where a rule recognises its context; by
                           default a name found once is replaced wherever it later
                           stands as a word, in any line
  --quiet                  no summary on stderr

Examples:
  logveil sanitize --keys ./var/keys /var/log/router.log > router.sanitized.log
  printf '192.0.2.1\\n' | logveil sanitize --ip-key-file key.hex --ip-keep none`;

export const sanitizeCommand: Command = {
  name: 'sanitize',
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        keys: { type: 'string' },
        epoch: { type: 'string' },
        'ip-key-file': { type: 'string' },
        'ip-algorithm': { type: 'string', default: 'ipcrypt-pfx' },
        'ip-keep': { type: 'string' },
        'max-line-bytes': { type: 'string', default: String(64 * 1024 * 1024) },
        'cache-size': { type: 'string', default: String(DEFAULT_POLICY.cacheSize) },
        'no-learn': { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
      },
    });
    const problems: string[] = [];
    const format = values.format;
    if (format !== 'text' && format !== 'ndjson') problems.push(`--format must be text or ndjson, not "${format}"`);
    const algorithm = values['ip-algorithm'];
    if (!(IP_ALGORITHMS as readonly string[]).includes(algorithm)) problems.push(`--ip-algorithm must be one of ${IP_ALGORITHMS.join(', ')}`);
    const keep = values['ip-keep'] === undefined ? DEFAULT_KEEP : values['ip-keep'] === 'none' ? [] : values['ip-keep'].split(',');
    try {
      parseKeepList(keep);
    } catch (e) {
      problems.push(`--ip-keep: ${(e as Error).message}`);
    }
    const maxLineBytes = Number(values['max-line-bytes']);
    if (!Number.isInteger(maxLineBytes) || maxLineBytes < 1024) problems.push('--max-line-bytes must be an integer >= 1024');
    const cacheSize = Number(values['cache-size']);
    if (!Number.isInteger(cacheSize) || cacheSize < 0) problems.push('--cache-size must be an integer >= 0');
    if (values.keys !== undefined && values['ip-key-file'] !== undefined) problems.push('give --keys or --ip-key-file, not both');
    if (values.epoch !== undefined && values.keys === undefined) problems.push('--epoch needs --keys');
    if (positionals.length > 1) problems.push('give at most one input file');
    if (problems.length) throw new LogveilError('LV_USAGE', problems.join('\n'));

    const { keys, source } = resolveKeys({ keysDir: values.keys, ipKeyFile: values['ip-key-file'], epoch: values.epoch });
    if (source === 'ephemeral' && !values.quiet) {
      io.stderr.write(
        `logveil sanitize: no --keys or --ip-key-file: using a random key for this run only (epoch ${keys.epoch}); its pseudonyms match no other run\n`,
      );
    }
    const policy: PseudonymizePolicy = {
      ...DEFAULT_POLICY,
      cacheSize,
      ip: { ...DEFAULT_POLICY.ip, algorithm: algorithm as IpAlgorithm, keep },
      users: { ...DEFAULT_POLICY.users, learn: values['no-learn'] ? 0 : DEFAULT_POLICY.users.learn },
    };
    const sanitizer = createSanitizer({ keys, policy });
    const input = positionals[0];
    // 64 KiB reads: each read's text is one sanitizer batch (about 350 lines, plenty to batch the
    // new addresses' encryption). With 1 MiB reads every read made megabyte strings and
    // buffers, which V8 frees only on a full collection: peak RSS was 220-240 MB instead of 140.
    const stream = input === undefined || input === '-' ? io.stdin : createReadStream(input, { highWaterMark: 1 << 16 });
    const started = process.hrtime.bigint();
    let bytes = 0;
    const ndjson = format === 'ndjson';

    const failed = (e: unknown): never => {
      throw new LogveilError('LV_IO', `cannot read ${input ?? 'stdin'}: ${(e as Error).message}`, { cause: e });
    };
    let cutLines = 0;
    if (ndjson) {
      const result = await splitLines(stream, maxLineBytes, async (lines) => {
        const out: Buffer[] = [];
        for (const raw of lines) {
          bytes += raw.length + 1;
          const event = parseSyslog(sanitizer.sanitize(raw.endsWith('\r') ? raw.slice(0, -1) : raw));
          event.epoch = keys.epoch;
          out.push(eventToJsonBytes(event), NEWLINE);
        }
        await write(io.stdout, Buffer.concat(out));
      }).catch(failed);
      cutLines = result.cutLines;
    } else {
      // Text: each read chunk's complete lines are one block for the sanitizer (one batch: its
      // new addresses are encrypted together), sanitized and written back whole.
      const result = await splitLineBlocks(stream, maxLineBytes, async (block, finalNewline) => {
        bytes += block.length + (finalNewline ? 0 : 1);
        await write(io.stdout, sanitizer.sanitizeBytes(block));
      }).catch(failed);
      cutLines = result.cutLines;
    }

    if (!values.quiet) {
      const secs = Number(process.hrtime.bigint() - started) / 1e9;
      const r = sanitizer.stats.replaced;
      const n = sanitizer.stats.lines;
      io.stderr.write(
        `logveil sanitize: ${n} lines, ${(bytes / 1e6).toFixed(1)} MB in ${secs.toFixed(2)} s ` +
          `(${Math.round(n / Math.max(secs, 1e-9))} lines/s, ${(bytes / 1e6 / Math.max(secs, 1e-9)).toFixed(1)} MB/s); ` +
          `replaced ip=${r.ip} mac=${r.mac} email=${r.email} user=${r.user} secret=${r.secret}; ` +
          `${cutLines ? `cut ${cutLines} lines longer than ${maxLineBytes} bytes; ` : ''}` +
          `key epoch ${keys.epoch} (${source}, ${algorithm}); peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB\n`,
      );
    }
    return EXIT.ok;
  },
};

const NEWLINE = Buffer.from('\n');

function write(stream: CommandIo['stdout'], chunk: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = stream.write(chunk, (err) => (err ? reject(err) : undefined));
    if (ok) resolve();
    else stream.once('drain', resolve);
  });
}
