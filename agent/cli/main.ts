/**
 * `logveil`: the command line. Each subcommand lives in ./commands; errors
 * become exit codes in one place (exit-codes.ts).
 */
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { isLogveilError, LogveilError } from '../errors.js';
import { EXIT, exitCodeFor } from './exit-codes.js';
import type { Command, CommandIo } from './command.js';
import { sanitizeCommand } from './commands/sanitize.js';
import { keysCommand } from './commands/keys.js';
import { queryCommand } from './commands/query.js';
import { spoolCommand } from './commands/spool.js';
import { validateCommand } from './commands/validate.js';
import { runCommand } from './commands/run.js';
import { statusCommand } from './commands/status.js';
import { s3Command } from './commands/s3.js';

const COMMANDS: readonly Command[] = [runCommand, sanitizeCommand, keysCommand, validateCommand, statusCommand, queryCommand, spoolCommand, s3Command];

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'logveil: a privacy-first log agent. It pseudonymizes IP addresses, identities and',
    'credentials in syslog while the data streams through.',
    '',
    'Usage: logveil <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run "logveil <command> --help" for the options of a command.',
    '',
    'Example:',
    '  logveil sanitize --keys ./var/keys router.log > router.sanitized.log',
  ].join('\n');
}

export async function main(argv: string[], io: CommandIo = process): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      io.stdout.write(`${usage()}\n`);
      return name === undefined ? EXIT.usage : EXIT.ok;
    }
    if (name === '--version' || name === '-V') {
      io.stdout.write(`${version()}\n`);
      return EXIT.ok;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) throw new LogveilError('LV_USAGE', `unknown command "${name}"\n\n${usage()}`);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout.write(`${command.help}\n`);
      return EXIT.ok;
    }
    return await command.run(rest, io);
  } catch (e) {
    return reportError(e, io);
  }
}

export function reportError(e: unknown, io: Pick<CommandIo, 'stderr'>): number {
  if (isLogveilError(e)) {
    io.stderr.write(`logveil: ${e.message} [${e.code}]\n`);
    return exitCodeFor(e.code);
  }
  if (e instanceof TypeError && 'code' in e && typeof e.code === 'string' && e.code.startsWith('ERR_PARSE_ARGS')) {
    io.stderr.write(`logveil: ${e.message} [LV_USAGE]\n`);
    return EXIT.usage;
  }
  io.stderr.write(`logveil: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  return EXIT.failure;
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
  return `logveil ${pkg.version}`;
}

export { parseArgs };
