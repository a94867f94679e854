import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { queryCommand } from '../../agent/cli/commands/query.js';
import { initKeyring, loadEpochKeys, rotateKeyring } from '../../agent/keys/keyring.js';
import { createSanitizer, DEFAULT_POLICY, type IpAlgorithm, type Sanitizer } from '../../agent/stages/pseudonymize/index.js';
import type { LogEvent } from '../../shared/event.js';
import { memoryIo, tempDir, testKeys, type TestKeys } from '../spool/helpers.js';
import { pipelineBatch, shipSegments } from './fixtures.js';

const RECEIVED = '2025-03-01T10:00:00.000Z';

function sanitizer(keysDir: string, epoch: string, algorithm: IpAlgorithm): Sanitizer {
  return createSanitizer({ keys: loadEpochKeys(keysDir, epoch), policy: { ...DEFAULT_POLICY, ip: { ...DEFAULT_POLICY.ip, algorithm } } });
}

describe.each(['ipcrypt-pfx', 'cryptopan'] as const)('logveil query --ip, with %s pseudonyms', (algorithm) => {
  let work: { dir: string; cleanup(): void };
  let keys: TestKeys;
  let keysDir: string;
  let storeDir: string;
  /** The epoch-1 pseudonym of 10.1.2.77. */
  let oldPseudonym: string;

  beforeAll(async () => {
    work = tempDir(`ip-${algorithm}`);
    keys = await testKeys(join(work.dir, 'recipient'));
    keysDir = join(work.dir, 'keyring');
    const epoch1 = initKeyring(keysDir, 'acme', new Date('2025-01-01T00:00:00Z')).current;
    const s1 = sanitizer(keysDir, epoch1, algorithm);
    // What the daemon does: the line through the sanitizer, the sender address pseudonymized.
    const ev = (s: Sanitizer, epoch: string | undefined, id: string, text: string, over: Partial<LogEvent> = {}): LogEvent => ({
      received: RECEIVED,
      host: 'fw01',
      msg: `${id}: ${s.sanitize(text)}`,
      format: 'rfc3164',
      ...(epoch ? { epoch } : {}),
      ...over,
    });
    oldPseudonym = s1.pseudonymizeIp('10.1.2.77') as string;
    const first = [
      ev(s1, epoch1, 'in-msg', 'Failed password for x from 10.1.2.77 port 22'),
      ev(s1, epoch1, 'in-source', 'link up', { source: { transport: 'udp', addr: s1.pseudonymizeIp('10.1.2.200') as string } }),
      ev(s1, epoch1, 'in-fields', 'session built', { fields: { src: s1.sanitize('10.1.2.5:443'), dst: s1.sanitize('192.0.2.44') } }),
      ev(s1, epoch1, 'next-24', 'Failed password for x from 10.1.3.77 port 22'),
      ev(s1, epoch1, 'next-16', 'Failed password for x from 10.2.2.77 port 22'),
      ev(s1, epoch1, 'v6-in', 'nbr 2001:db8:aa::5 up'),
      ev(s1, epoch1, 'v6-in-2', 'GET [2001:db8:aa:ff::9]:443'),
      ev(s1, epoch1, 'v6-out', 'nbr 2001:db8:ab::1 up'),
      ev(s1, epoch1, 'mapped', 'from ::ffff:10.1.2.3'),
      ev(s1, epoch1, 'reversed', 'query 77.2.1.10.in-addr.arpa PTR'),
      ev(s1, epoch1, 'route', 'route 10.1.2.0/24 via 10.1.9.1'),
      ev(s1, undefined, 'no-epoch', 'DHCPACK on 10.1.2.8'),
      ev(s1, epoch1, 'loopback', 'connect to 127.0.0.1 port 25'),
    ];
    const epoch2 = rotateKeyring(keysDir, new Date('2025-02-01T00:00:00Z')).current;
    const s2 = sanitizer(keysDir, epoch2, algorithm);
    const second: LogEvent[] = [
      ev(s2, epoch2, 'epoch2-in', 'Failed password for x from 10.1.2.99 port 22'),
      ev(s2, epoch2, 'epoch2-next-24', 'Failed password for x from 10.1.3.99 port 22'),
      // Epoch 1's pseudonym of an address in the network, in an event of epoch 2: another address now.
      { received: RECEIVED, host: 'fw01', msg: `epoch2-stale: peer ${oldPseudonym}`, format: 'rfc3164', epoch: epoch2 },
    ];
    await shipSegments(work.dir, keys.publicKey, [{ batches: [first] }], { spoolName: 'spool1', spool: { agentId: 'gw1', keyEpoch: epoch1 }, batch: pipelineBatch });
    storeDir = await shipSegments(work.dir, keys.publicKey, [{ batches: [second] }], {
      spoolName: 'spool2',
      spool: { agentId: 'gw2', keyEpoch: epoch2 },
      batch: pipelineBatch,
    });
  });
  afterAll(() => work.cleanup());

  async function ids(...args: string[]): Promise<string[]> {
    const m = memoryIo();
    const code = await queryCommand.run(
      ['--from', storeDir, '--private-key', keys.privateKeyFile, '--keys', keysDir, '--ip-algorithm', algorithm, '--quiet', ...args],
      m.io,
    );
    expect(m.stderr()).toBe('');
    expect(code).toBe(0);
    return m
      .stdout()
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as LogEvent).msg.split(':')[0] as string);
  }

  it('finds every event holding an address of a clear /24, in the message, the sender address and vendor fields, and no other', async () => {
    expect(await ids('--ip', '10.1.2.0/24')).toEqual(['in-msg', 'in-source', 'in-fields', 'mapped', 'reversed', 'route', 'no-epoch', 'epoch2-in']);
  });

  it('finds a wider network, and a single address exactly', async () => {
    expect(await ids('--ip', '10.1.0.0/16')).toEqual([
      'in-msg',
      'in-source',
      'in-fields',
      'next-24',
      'mapped',
      'reversed',
      'route',
      'no-epoch',
      'epoch2-in',
      'epoch2-next-24',
    ]);
    expect(await ids('--ip', '10.1.2.77')).toEqual(['in-msg', 'reversed']);
    expect(await ids('--ip', '10.1.2.77/32')).toEqual(['in-msg', 'reversed']);
    expect(await ids('--ip', '192.0.2.44')).toEqual(['in-fields']);
  });

  it('finds IPv6 networks and addresses', async () => {
    expect(await ids('--ip', '2001:db8:aa::/48')).toEqual(['v6-in', 'v6-in-2']);
    expect(await ids('--ip', '2001:DB8:AA::5')).toEqual(['v6-in']);
    expect(await ids('--ip', '2001:db8::/32')).toEqual(['v6-in', 'v6-in-2', 'v6-out']);
  });

  it('matches each event with the pseudonyms of its own key epoch, across a rotation', async () => {
    const found = await ids('--ip', '10.1.2.0/24');
    expect(found).toContain('in-msg');
    expect(found).toContain('epoch2-in');
    expect(found).not.toContain('epoch2-stale');
  });

  it('takes several --ip as alternatives', async () => {
    expect(await ids('--ip', '10.1.3.0/24', '--ip', '2001:db8:ab::/48')).toEqual(['next-24', 'v6-out', 'epoch2-next-24']);
  });

  it('finds an address the agent keeps in clear (loopback) as it is', async () => {
    expect(await ids('--ip', '127.0.0.1')).toEqual(['loopback']);
  });

  it('finds nothing when --ip-algorithm is not the one the agent used', async () => {
    const other = algorithm === 'cryptopan' ? 'ipcrypt-pfx' : 'cryptopan';
    const m = memoryIo();
    await queryCommand.run(['--from', storeDir, '--private-key', keys.privateKeyFile, '--keys', keysDir, '--ip-algorithm', other, '--quiet', '--ip', '10.1.2.77'], m.io);
    expect(m.stdout()).toBe('');
  });

  it('never prints a pseudonym or key material on stderr', async () => {
    const m = memoryIo();
    await queryCommand.run(['--from', storeDir, '--private-key', keys.privateKeyFile, '--keys', keysDir, '--ip-algorithm', algorithm, '--ip', '10.1.2.0/24'], m.io);
    expect(m.stderr()).toMatch(/^logveil query: 8 of 16 events matched in 2 objects\n$/);
    expect(m.stderr()).not.toContain(oldPseudonym);
  });
});

describe('logveil query --ip on the command line', () => {
  it('needs --keys, and a valid address or network', async () => {
    const run = (...args: string[]) => queryCommand.run(['--from', '/nonexistent', '--private-key', '/nonexistent', ...args], memoryIo().io);
    await expect(run('--ip', '10.1.2.0/24')).rejects.toMatchObject({ code: 'LV_USAGE', message: expect.stringContaining('--keys') });
    await expect(run('--keys', 'k', '--ip', '10.1.2.0/33')).rejects.toMatchObject({ code: 'LV_USAGE', message: expect.stringContaining('at most 32') });
    await expect(run('--keys', 'k', '--ip', 'fw01')).rejects.toMatchObject({ code: 'LV_USAGE' });
    await expect(run('--keys', 'k', '--ip', '10.1.2.0/24', '--ip-algorithm', 'rot13')).rejects.toMatchObject({ code: 'LV_USAGE' });
  });
});
