/**
 * `logveil s3`: helpers for the S3 store. `lifecycle` prints the bucket
 * lifecycle rules that make the store keep each data class only as long as
 * the policy says (POLICY P8).
 */
import { parseArgs } from 'node:util';
import { LogveilError } from '../../errors.js';
import { EXIT } from '../exit-codes.js';
import type { Command } from '../command.js';
import { loadConfig } from '../../config/load-config.js';
// The rules module alone: the CLI does not load the AWS SDK to print JSON.
import { buildLifecycleConfiguration } from '../../store/lifecycle-rules.js';
import { CLASS_TAG, RETENTION_TAG } from '../../store/object-tags.js';

const HELP = `logveil s3: helpers for the S3 store.

Usage:
  logveil s3 lifecycle --config FILE

lifecycle prints, as JSON, the bucket lifecycle configuration that enforces
policy.cloud_retention_days in the store: one rule per data class (logs,
metrics, alerts, audit) expiring the objects under store.prefix tagged
${CLASS_TAG}=<class> after that many days, noncurrent versions a day later,
and a rule aborting multipart uploads left unfinished for a day. logveil tags
every object it writes with ${CLASS_TAG} and ${RETENTION_TAG}. The output is
what "aws s3api put-bucket-lifecycle-configuration" takes; applying it
replaces the bucket's existing lifecycle rules, so merge them first if the
bucket has others. logveil itself never changes bucket settings.

Example:
  logveil s3 lifecycle --config /etc/logveil/agent.yaml > lifecycle.json
  aws s3api put-bucket-lifecycle-configuration --bucket msp-logs \\
      --lifecycle-configuration file://lifecycle.json`;

export const s3Command: Command = {
  name: 's3',
  help: HELP,
  async run(argv, io) {
    const [action, ...rest] = argv;
    const { values } = parseArgs({ args: rest, options: { config: { type: 'string', short: 'c' } } });
    if (action !== 'lifecycle') throw new LogveilError('LV_USAGE', `s3: unknown action "${action ?? ''}"\n\n${HELP}`);
    if (values.config === undefined) throw new LogveilError('LV_USAGE', `s3 lifecycle: --config FILE is required\n\n${HELP}`);
    const { config } = loadConfig(values.config, io.env);
    const lifecycle = buildLifecycleConfiguration(config.store.prefix, config.policy.cloud_retention_days);
    io.stdout.write(`${JSON.stringify(lifecycle, null, 2)}\n`);
    return EXIT.ok;
  },
};
