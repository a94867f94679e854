/**
 * `logveil validate`: the configuration check of `logveil run`, without
 * starting anything (like `vector validate`, exit 78 when the file is bad).
 */
import { parseArgs } from 'node:util';
import { LogveilError } from '../../errors.js';
import { EXIT } from '../exit-codes.js';
import type { Command } from '../command.js';
import { loadConfig } from '../../config/load-config.js';
import { CONFIG_SCHEMA } from '../../config/config-schema.js';
import { tlsConfigured, type AgentConfig } from '../../config/agent-config.js';

const HELP = `logveil validate: check a configuration file and list every problem.

Usage: logveil validate --config FILE
       logveil validate --print-schema

Problems are printed as "path: message", all at once; the exit code is 78 when
there are any. \${VAR} references are expanded from the environment first, as
logveil run does. --print-schema prints the JSON Schema: every key with its
type, default, unit and description.

Example:
  logveil validate --config /etc/logveil/agent.yaml`;

export const validateCommand: Command = {
  name: 'validate',
  help: HELP,
  async run(argv, io) {
    const { values } = parseArgs({ args: argv, options: { config: { type: 'string', short: 'c' }, 'print-schema': { type: 'boolean', default: false } } });
    if (values['print-schema']) {
      io.stdout.write(`${JSON.stringify(CONFIG_SCHEMA, null, 2)}\n`);
      return EXIT.ok;
    }
    if (values.config === undefined) throw new LogveilError('LV_USAGE', `validate: --config FILE is required\n\n${HELP}`);
    const { config } = loadConfig(values.config, io.env);
    const sources = Object.entries(config.sources).map(([name, s]) =>
      `${name} (${s.mode} ${s.address}${!s.enabled ? ', disabled' : s.mode === 'tls' && !tlsConfigured(s) ? ', skipped: no certificate' : ''})`,
    );
    io.stdout.write(`${values.config}: valid\n  sources: ${sources.join(', ')}\n  spool: ${config.spool.dir}, store: ${storeSummary(config.store)}\n`);
    return EXIT.ok;
  },
};

/** Where the store puts objects: its directory, or its bucket and region. */
function storeSummary(store: AgentConfig['store']): string {
  return store.type === 's3' ? `s3://${store.s3.bucket}/${store.prefix} (${store.s3.region})` : `local ${store.dir}`;
}
