/**
 * What `logveil run` creates on its first start, so the embedded defaults work
 * on a fresh machine: the tenant keyring (mode 0700/0600) and, when allowed, a
 * DEMO recipient key pair beside the configured public key path.
 */
import { existsSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { Logger } from 'pino';
import type { AgentConfig } from '../config/agent-config.js';
import { LogveilError } from '../errors.js';
import { initKeyring } from '../keys/keyring.js';
import { generateRecipientKeyPair } from '../keys/recipient-keys.js';

const DEMO_PUBLIC = /^(.+)\.DEMO-NOT-FOR-PRODUCTION\.pub$/;

export async function prepareFirstRun(config: AgentConfig, logger: Logger): Promise<void> {
  const keysDir = config.pseudonymize.keys_dir;
  if (!existsSync(`${keysDir}/keyring.json`)) {
    const info = initKeyring(keysDir, config.agent.tenant);
    logger.info({ dir: keysDir, epoch: info.current }, 'created the tenant keyring (first run)');
  }
  const pub = config.spool.recipient_public_key_file;
  if (existsSync(pub)) return;
  const demo = DEMO_PUBLIC.exec(basename(pub));
  if (!config.spool.create_demo_recipient || !demo) {
    throw new LogveilError(
      'LV_CONFIG_INVALID',
      `spool.recipient_public_key_file: ${pub} does not exist${config.spool.create_demo_recipient ? ' (a demo key pair is only created for a file named NAME.DEMO-NOT-FOR-PRODUCTION.pub)' : ''}; install the MSP's public key there`,
    );
  }
  const files = await generateRecipientKeyPair(dirname(pub), { name: demo[1] as string, demo: true });
  logger.warn(
    { publicKeyFile: files.publicKeyFile, privateKeyFile: files.privateKeyFile },
    'created a DEMO recipient key pair: fine for trying logveil out, never for production (the private key must not live on a gateway)',
  );
}
