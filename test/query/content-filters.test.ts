import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { queryCommand } from '../../agent/cli/commands/query.js';
import type { LogEvent } from '../../shared/event.js';
import { memoryIo, tempDir, testKeys, type TestKeys } from '../spool/helpers.js';
import { shipSegments } from './fixtures.js';

let keys: TestKeys;
let work: { dir: string; cleanup(): void };
let storeDir: string;

const at = (min: number) => new Date(Date.UTC(2025, 2, 1, 10, min)).toISOString();
const ev = (id: string, over: Partial<LogEvent>): LogEvent => ({ received: at(1), msg: `${id}: nothing`, format: 'rfc5424', host: 'sw1', ...over });
const EVENTS: LogEvent[] = [
  ev('emerg', { severity: 0, app: 'kernel', msg: 'emerg: panic' }),
  ev('err', { severity: 3, app: 'sshd', msg: 'err: Failed password for usr_0123456789 from 10.9.8.7', host: 'SRV-APP01' }),
  ev('warning', { severity: 4, app: 'SSHD', msg: 'warning: "quoted" and a back\\slash and a\ttab' }),
  ev('notice', { severity: 5, app: 'ntpd', msg: 'notice: LINK-3-UPDOWN: Interface Gi0/1, changed state to up' }),
  ev('info', { severity: 6, app: 'dhcpd', msg: 'info: caf\u00e9 \u00fcn\u00efc\u00f6d\u00e9 lease' }),
  ev('debug', { severity: 7, app: 'dhcpd', msg: 'debug: line one\nline two' }),
  ev('none', { msg: 'none: no PRI at all', host: 'srv-app01', fields: { host: 'sw9', app: 'sshd' } }),
];

beforeAll(async () => {
  work = tempDir('content-filters');
  keys = await testKeys(join(work.dir, 'keys'));
  await shipSegments(work.dir, keys.publicKey, [{ batches: [EVENTS.slice(0, 4), EVENTS.slice(4)] }], { spoolName: 'a' });
  await shipSegments(work.dir, keys.publicKey, [{ batches: [[ev('branch', { msg: 'branch: from the branch office' })]] }], {
    spoolName: 'b',
    spool: { site: 'branch', agentId: 'gw2' },
  });
  await shipSegments(work.dir, keys.publicKey, [{ batches: [[ev('globex', { msg: 'globex: another tenant' })]] }], {
    spoolName: 'c',
    spool: { tenant: 'globex', agentId: 'gw3' },
  });
  storeDir = await shipSegments(work.dir, keys.publicKey, [{ dataClass: 'alerts', batches: [[ev('alert', { msg: 'alert: brute force', severity: 2 })]] }], {
    spoolName: 'd',
    spool: { agentId: 'gw4' },
  });
});
afterAll(() => work.cleanup());

async function ids(...args: string[]): Promise<string[]> {
  const m = memoryIo();
  const code = await queryCommand.run(['--from', storeDir, '--private-key', keys.privateKeyFile, '--quiet', ...args], m.io);
  expect(m.stderr()).toBe('');
  expect(code).toBe(0);
  return m
    .stdout()
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as LogEvent).msg.split(':')[0] as string);
}

const ACME_HQ = ['--tenant', 'acme', '--site', 'hq'];

describe('logveil query content filters', () => {
  it('matches --host without regard to case, the top-level host only, any of several', async () => {
    expect(await ids(...ACME_HQ, '--host', 'srv-app01')).toEqual(['err', 'none']);
    expect(await ids(...ACME_HQ, '--host', 'sw9')).toEqual([]);
    expect(await ids(...ACME_HQ, '--host', 'SRV-APP01', '--host', 'sw1')).toEqual(['emerg', 'err', 'warning', 'notice', 'info', 'debug', 'none']);
  });

  it('matches --app without regard to case', async () => {
    expect(await ids(...ACME_HQ, '--app', 'sshd')).toEqual(['err', 'warning']);
    expect(await ids(...ACME_HQ, '--app', 'dhcpd', '--app', 'kernel')).toEqual(['emerg', 'info', 'debug']);
  });

  it('takes --severity as a level and worse, by name or number', async () => {
    expect(await ids(...ACME_HQ, '--severity', 'warning')).toEqual(['emerg', 'err', 'warning']);
    expect(await ids(...ACME_HQ, '--severity', 'warn')).toEqual(['emerg', 'err', 'warning']);
    expect(await ids(...ACME_HQ, '--severity', '3')).toEqual(['emerg', 'err']);
    expect(await ids(...ACME_HQ, '--severity', 'debug')).toEqual(['emerg', 'err', 'warning', 'notice', 'info', 'debug']);
  });

  it('takes --severity as an inclusive range, either way round, by number or name', async () => {
    expect(await ids(...ACME_HQ, '--severity', '3-5')).toEqual(['err', 'warning', 'notice']);
    expect(await ids(...ACME_HQ, '--severity', 'notice..err')).toEqual(['err', 'warning', 'notice']);
    expect(await ids(...ACME_HQ, '--severity', 'info..info')).toEqual(['info']);
  });

  it('rejects a severity it does not know', async () => {
    await expect(ids('--severity', 'loud')).rejects.toMatchObject({ code: 'LV_USAGE', message: expect.stringContaining('--severity "loud"') });
    await expect(ids('--severity', '0-9')).rejects.toMatchObject({ code: 'LV_USAGE' });
  });

  it('matches --grep against msg, including text JSON escapes (quotes, backslashes, tabs, newlines) and non-ASCII', async () => {
    expect(await ids(...ACME_HQ, '--grep', '"quoted"')).toEqual(['warning']);
    expect(await ids(...ACME_HQ, '--grep', 'back\\\\slash and a\\ttab$')).toEqual(['warning']);
    expect(await ids(...ACME_HQ, '--grep', 'one\\nline')).toEqual(['debug']);
    expect(await ids(...ACME_HQ, '--grep', '^debug: line one$', '--ignore-case')).toEqual([]);
    expect(await ids(...ACME_HQ, '--grep', '\u00fcn\u00efc\u00f6d')).toEqual(['info']);
    expect(await ids(...ACME_HQ, '--grep', 'LINK-3-UPDOWN')).toEqual(['notice']);
    expect(await ids(...ACME_HQ, '--grep', 'link-3-updown', '--ignore-case')).toEqual(['notice']);
    expect(await ids(...ACME_HQ, '--grep', 'Failed password for usr_[0-9a-f]+ from')).toEqual(['err']);
    expect(await ids(...ACME_HQ, '--grep', 'panic|lease')).toEqual(['emerg', 'info']);
    expect(await ids(...ACME_HQ, '--grep', 'nothing')).toEqual([]);
  });

  it('requires every filter given to match', async () => {
    expect(await ids(...ACME_HQ, '--app', 'sshd', '--severity', 'err', '--grep', 'Failed', '--host', 'srv-app01')).toEqual(['err']);
    expect(await ids(...ACME_HQ, '--app', 'sshd', '--severity', 'err', '--grep', 'quoted')).toEqual([]);
  });
});

describe('logveil query by where the data came from', () => {
  it('reads every tenant and site by default, of the logs class, in key order', async () => {
    expect(await ids()).toEqual(['branch', 'emerg', 'err', 'warning', 'notice', 'info', 'debug', 'none', 'globex']);
  });

  it('keeps to the tenants and sites asked for', async () => {
    expect(await ids('--tenant', 'acme')).toEqual(['branch', 'emerg', 'err', 'warning', 'notice', 'info', 'debug', 'none']);
    expect(await ids('--site', 'branch')).toEqual(['branch']);
    expect(await ids('--tenant', 'globex', '--tenant', 'acme', '--site', 'branch')).toEqual(['branch']);
    expect(await ids('--tenant', 'initech')).toEqual([]);
  });

  it('reads another class with --class', async () => {
    expect(await ids('--class', 'alerts')).toEqual(['alert']);
  });
});
