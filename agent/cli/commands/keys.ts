/**
 * `logveil keys`: the tenant keyring that pseudonymizes data (see
 * agent/keys/keyring.ts for its layout and rules).
 */
import { parseArgs } from 'node:util';
import { LogveilError } from '../../errors.js';
import { EXIT } from '../exit-codes.js';
import type { Command } from '../command.js';
import { initKeyring, readKeyringInfo, rotateKeyring, type KeyringInfo } from '../../keys/keyring.js';
import { generateRecipientKeyPair } from '../../keys/recipient-keys.js';

const HELP = `logveil keys: manage a tenant's pseudonymization keyring, and the NOC's
recipient key pair.

Usage:
  logveil keys init --dir DIR [--tenant NAME]   create a keyring with its first epoch
  logveil keys rotate --dir DIR                 start a new epoch (old keys are kept)
  logveil keys list --dir DIR                   show the tenant, epochs and the current one
  logveil keys recipient-init --dir DIR [--name NAME]
                                                create the NOC's recipient key pair
                                                (HPKE X25519): NAME.key (mode 0600, stays
                                                with logveil query) and NAME.pub (goes to
                                                every gateway); NAME defaults to msp

A keyring holds, per epoch, a 32-byte IP key (ipcrypt-pfx or Crypto-PAn) and a
32-byte HMAC key (user tokens, secret fingerprints, MAC pseudonyms). Key files
are created with mode 0600 and the directory with 0700; logveil refuses to use a
keyring that group or others can read. Output of every command records the
epoch that pseudonymized it.

Gateways encrypt everything they spool and ship to the recipient public key
(spool.recipient_public_key_file); only the holder of the private key can
read it back (logveil query --private-key). Keep the private key off gateways,
and keep a backup: without it, shipped data cannot be read by anyone.

Examples:
  logveil keys init --dir ./var/keys --tenant acme
  logveil keys rotate --dir ./var/keys
  logveil keys recipient-init --dir /etc/logveil/noc --name acme-noc`;

export const keysCommand: Command = {
  name: 'keys',
  help: HELP,
  async run(argv, io) {
    const [action, ...rest] = argv;
    const { values } = parseArgs({
      args: rest,
      options: { dir: { type: 'string' }, tenant: { type: 'string', default: 'default' }, name: { type: 'string', default: 'msp' } },
    });
    if (values.dir === undefined) throw new LogveilError('LV_USAGE', `keys ${action ?? ''}: --dir is required\n\n${HELP}`);
    let info: KeyringInfo;
    switch (action) {
      case 'init':
        if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(values.tenant)) {
          throw new LogveilError('LV_USAGE', 'keys init: --tenant must be lower-case letters, digits and hyphens (a DNS label)');
        }
        info = initKeyring(values.dir, values.tenant);
        io.stdout.write(`created keyring for tenant ${info.tenant} in ${info.dir}, epoch ${info.current}\n`);
        return EXIT.ok;
      case 'rotate':
        info = rotateKeyring(values.dir);
        io.stdout.write(`keyring ${info.dir}: new current epoch ${info.current} (${info.epochs.length} epochs kept)\n`);
        return EXIT.ok;
      case 'list':
        info = readKeyringInfo(values.dir);
        io.stdout.write(`tenant ${info.tenant}\n`);
        for (const e of info.epochs) io.stdout.write(`${e.id === info.current ? '*' : ' '} ${e.id}  created ${e.created}\n`);
        return EXIT.ok;
      case 'recipient-init': {
        const pair = await generateRecipientKeyPair(values.dir, { name: values.name, demo: false });
        const pub = Buffer.from(pair.publicKey).toString('base64');
        io.stdout.write(
          `created the recipient key pair:\n` +
            `  private key  ${pair.privateKeyFile}  (mode 0600: keep it with logveil query, never on a gateway; back it up)\n` +
            `  public key   ${pair.publicKeyFile}\n\n` +
            `public key (base64):\n${pub}\n\n` +
            `Copy ${pair.publicKeyFile} to each gateway and set in its configuration:\n` +
            `  spool:\n    recipient_public_key_file: /etc/logveil/${pair.publicKeyFile.slice(pair.publicKeyFile.lastIndexOf('/') + 1)}\n    create_demo_recipient: false\n` +
            `Then read what they ship with: logveil query --from DIR --private-key ${pair.privateKeyFile}\n`,
        );
        return EXIT.ok;
      }
      default:
        throw new LogveilError('LV_USAGE', `keys: unknown action "${action ?? ''}"\n\n${HELP}`);
    }
  },
};
