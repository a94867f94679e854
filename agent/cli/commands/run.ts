/**
 * `logveil run`: the daemon. Process concerns live here (signals, exit codes);
 * the topology is agent/daemon/daemon.ts.
 *
 * SIGTERM / SIGINT: stop accepting, drain into the spool, seal, exit 0.
 * SIGHUP: re-read the configuration; an invalid file keeps the running
 * configuration and says why; TLS certificates are re-read either way.
 */
import { parseArgs } from 'node:util';
import { isLogveilError, LogveilError } from '../../errors.js';
import { EXIT } from '../exit-codes.js';
import type { Command } from '../command.js';
import { loadConfig } from '../../config/load-config.js';
import { createLogger } from '../../telemetry/logger.js';
import { createDaemon } from '../../daemon/daemon.js';

const HELP = `logveil run: the agent daemon.

Usage: logveil run [--config FILE]

Receives syslog over UDP, TCP and TLS, pseudonymizes every message, writes
encrypted segments to the spool and ships sealed segments to the store.
Without --config it runs the embedded defaults (config/default.yaml): syslog
on 127.0.0.1:5514 (UDP and TCP), spool and outbox under ./var, a keyring and a
DEMO recipient key pair created under ./var on first run, /healthz and
/metrics on 127.0.0.1:9330.

Signals: SIGTERM/SIGINT drain and stop; SIGHUP reloads the configuration.
Its own logs are JSON lines on stderr.

Example:
  logveil run --config /etc/logveil/agent.yaml`;

export const runCommand: Command = {
  name: 'run',
  help: HELP,
  async run(argv, io) {
    const { values } = parseArgs({ args: argv, options: { config: { type: 'string', short: 'c' } } });
    const path = values.config ?? new URL('../../../../config/default.yaml', import.meta.url).pathname;
    const { config } = loadConfig(path, io.env);
    const logger = createLogger(config.log.level);
    const daemon = createDaemon(config, logger);
    try {
      await daemon.start();
    } catch (e) {
      logger.fatal({ error: isLogveilError(e) ? e.code : (e as Error).name }, 'start failed');
      await daemon.stop().catch(() => undefined);
      logger.flush();
      throw e instanceof LogveilError ? e : new LogveilError('LV_IO', `start failed: ${(e as Error).message}`, { cause: e });
    }
    return new Promise<number>((resolve) => {
      let stopping = false;
      const stop = (signal: string): void => {
        if (stopping) return;
        stopping = true;
        logger.info({ signal }, 'stopping');
        void daemon.stop().then(() => {
          logger.flush();
          resolve(EXIT.ok);
        });
      };
      process.on('SIGTERM', () => stop('SIGTERM'));
      process.on('SIGINT', () => stop('SIGINT'));
      process.on('SIGHUP', () => {
        try {
          const next = loadConfig(path, io.env).config;
          void daemon.reload(next).then((notes) => logger.info({ changes: notes }, 'configuration reloaded'));
        } catch (e) {
          logger.error({ problems: (e as Error).message.split('\n').slice(1).map((l) => l.trim()) }, 'configuration reload refused; keeping the running configuration');
        }
      });
    });
  },
};
