import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { queryCommand } from '../../agent/cli/commands/query.js';
import { initKeyring, loadEpochKeys, rotateKeyring } from '../../agent/keys/keyring.js';
import { createSanitizer, type Sanitizer } from '../../agent/stages/pseudonymize/index.js';
import type { LogEvent } from '../../shared/event.js';
import { memoryIo, tempDir, testKeys, type TestKeys } from '../spool/helpers.js';
import { pipelineBatch, shipSegments } from './fixtures.js';

let work: { dir: string; cleanup(): void };
let keys: TestKeys;
let keysDir: string;
let storeDir: string;
let jdoeToken: string;

beforeAll(async () => {
  work = tempDir('user-filter');
  keys = await testKeys(join(work.dir, 'recipient'));
  keysDir = join(work.dir, 'keyring');
  const epoch1 = initKeyring(keysDir, 'acme', new Date('2025-01-01T00:00:00Z')).current;
  const s1 = createSanitizer({ keys: loadEpochKeys(keysDir, epoch1) });
  jdoeToken = s1.userToken('jdoe');
  const ev = (s: Sanitizer, epoch: string, id: string, text: string): LogEvent => ({
    received: '2025-03-01T10:00:00.000Z',
    host: 'srv-app01',
    msg: `${id}: ${s.sanitize(text)}`,
    format: 'rfc3164',
    epoch,
  });
  const first = [
    ev(s1, epoch1, 'ssh', 'Failed password for jdoe from 10.0.0.1 port 22 ssh2'),
    ev(s1, epoch1, 'ssh-upper', 'Accepted publickey for JDoe from 10.0.0.2 port 22 ssh2'),
    ev(s1, epoch1, 'mail', 'delivered mail from jdoe@example.com to asmith@example.net'),
    ev(s1, epoch1, 'other-domain', 'bounce for JDOE@corp.example'),
    ev(s1, epoch1, 'someone-else', 'Failed password for asmith from 10.0.0.3 port 22 ssh2'),
    ev(s1, epoch1, 'root', 'Failed password for root from 10.0.0.4 port 22 ssh2'),
    ev(s1, epoch1, 'rootkit', 'rootkit scan finished'),
  ];
  const epoch2 = rotateKeyring(keysDir, new Date('2025-02-01T00:00:00Z')).current;
  const s2 = createSanitizer({ keys: loadEpochKeys(keysDir, epoch2) });
  const second = [
    ev(s2, epoch2, 'epoch2-ssh', 'Failed password for jdoe from 10.0.0.9 port 22 ssh2'),
    // Epoch 1's token in an event of epoch 2 names nobody we asked for.
    { received: '2025-03-01T10:00:00.000Z', msg: `epoch2-stale: user=${jdoeToken}`, format: 'rfc3164', epoch: epoch2 } satisfies LogEvent,
  ];
  await shipSegments(work.dir, keys.publicKey, [{ batches: [first] }], { spoolName: 's1', spool: { agentId: 'gw1', keyEpoch: epoch1 }, batch: pipelineBatch });
  storeDir = await shipSegments(work.dir, keys.publicKey, [{ batches: [second] }], { spoolName: 's2', spool: { agentId: 'gw2', keyEpoch: epoch2 }, batch: pipelineBatch });
});
afterAll(() => work.cleanup());

async function ids(...args: string[]): Promise<string[]> {
  const m = memoryIo();
  const code = await queryCommand.run(['--from', storeDir, '--private-key', keys.privateKeyFile, '--keys', keysDir, '--quiet', ...args], m.io);
  expect(m.stderr()).toBe('');
  expect(code).toBe(0);
  return m
    .stdout()
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as LogEvent).msg.split(':')[0] as string);
}

describe('logveil query --user', () => {
  it('finds the user by its token, whatever case the name had or is typed in, including e-mail local parts', async () => {
    const all = ['ssh', 'ssh-upper', 'mail', 'other-domain', 'epoch2-ssh'];
    expect(await ids('--user', 'jdoe')).toEqual(all);
    expect(await ids('--user', 'JDoe')).toEqual(all);
  });

  it('finds one e-mail address only, when given one', async () => {
    expect(await ids('--user', 'jdoe@example.com')).toEqual(['mail']);
    expect(await ids('--user', 'JDoe@Corp.Example')).toEqual(['other-domain']);
  });

  it('matches each event with the tokens of its own key epoch', async () => {
    expect(await ids('--user', 'jdoe')).not.toContain('epoch2-stale');
  });

  it('combines with other filters, and takes several --user as alternatives', async () => {
    expect(await ids('--user', 'jdoe', '--grep', 'Failed')).toEqual(['ssh', 'epoch2-ssh']);
    expect(await ids('--user', 'asmith', '--user', 'jdoe', '--grep', 'Failed')).toEqual(['ssh', 'someone-else', 'epoch2-ssh']);
  });

  it('finds an account the agent keeps readable (root) as a whole word, in clear', async () => {
    expect(await ids('--user', 'ROOT')).toEqual(['root']);
  });

  it('needs --keys', async () => {
    await expect(queryCommand.run(['--from', storeDir, '--private-key', keys.privateKeyFile, '--user', 'jdoe'], memoryIo().io)).rejects.toMatchObject({
      code: 'LV_USAGE',
    });
  });

  it('says which objects it could not search because their epoch has no key', async () => {
    const other = join(work.dir, 'other-keyring');
    initKeyring(other, 'globex');
    const m = memoryIo();
    const code = await queryCommand.run(['--from', storeDir, '--private-key', keys.privateKeyFile, '--keys', other, '--user', 'jdoe'], m.io);
    expect(m.stdout()).toBe('');
    expect(m.stderr()).toMatch(/1 object\(s\) were pseudonymized under key epoch 20250101T000000Z-[0-9a-f]{6}, which the keyring has no key for/);
    expect(code).toBe(0);
  });
});
