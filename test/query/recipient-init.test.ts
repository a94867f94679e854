import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { keysCommand } from '../../agent/cli/commands/keys.js';
import { queryCommand } from '../../agent/cli/commands/query.js';
import { readRecipientPublicKey } from '../../agent/keys/recipient-keys.js';
import { event, memoryIo, tempDir } from '../spool/helpers.js';
import { shipSegments } from './fixtures.js';

let work: { dir: string; cleanup(): void };
beforeEach(() => {
  work = tempDir('recipient-init');
});
afterEach(() => work.cleanup());

describe('logveil keys recipient-init', () => {
  it('creates the NOC key pair, prints the public key and how to configure gateways with it', async () => {
    const m = memoryIo();
    const dir = join(work.dir, 'noc');
    expect(await keysCommand.run(['recipient-init', '--dir', dir, '--name', 'acme-noc'], m.io)).toBe(0);
    expect(statSync(join(dir, 'acme-noc.key')).mode & 0o777).toBe(0o600);
    const pub = Buffer.from(readRecipientPublicKey(join(dir, 'acme-noc.pub'))).toString('base64');
    const out = m.stdout();
    expect(out).toContain(`public key (base64):\n${pub}\n`);
    expect(out).toContain('recipient_public_key_file: /etc/logveil/acme-noc.pub');
    expect(out).toContain(`logveil query --from DIR --private-key ${join(dir, 'acme-noc.key')}`);
    expect(out).not.toContain('DEMO');
  });

  it('makes a pair that logveil query reads what gateways encrypted to it with', async () => {
    const dir = join(work.dir, 'noc');
    await keysCommand.run(['recipient-init', '--dir', dir], memoryIo().io);
    const storeDir = await shipSegments(work.dir, readRecipientPublicKey(join(dir, 'msp.pub')), [{ batches: [[event(1)]] }]);
    const m = memoryIo();
    expect(await queryCommand.run(['--from', storeDir, '--private-key', join(dir, 'msp.key'), '--quiet'], m.io)).toBe(0);
    expect(m.stdout()).toBe(`${JSON.stringify(event(1))}\n`);
  });

  it('never replaces an existing pair, and refuses a bad name', async () => {
    const dir = join(work.dir, 'noc');
    await keysCommand.run(['recipient-init', '--dir', dir], memoryIo().io);
    await expect(keysCommand.run(['recipient-init', '--dir', dir], memoryIo().io)).rejects.toMatchObject({ code: 'LV_KEYRING_EXISTS' });
    await expect(keysCommand.run(['recipient-init', '--dir', dir, '--name', '../x'], memoryIo().io)).rejects.toMatchObject({ code: 'LV_USAGE' });
    await expect(keysCommand.run(['recipient-init'], memoryIo().io)).rejects.toMatchObject({ code: 'LV_USAGE' });
  });

  it('is in the keys help, with an example', () => {
    expect(keysCommand.help).toContain('logveil keys recipient-init --dir DIR [--name NAME]');
    expect(keysCommand.help).toContain('  logveil keys recipient-init --dir /etc/logveil/noc --name acme-noc');
  });
});
