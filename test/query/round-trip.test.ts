import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { queryCommand } from '../../agent/cli/commands/query.js';
import { ROOT, runCli } from '../cli/run-cli.js';
import { event, memoryIo, tempDir, testKeys, type TestKeys } from '../spool/helpers.js';
import { shipSegments } from './fixtures.js';

let keys: TestKeys;
let work: { dir: string; cleanup(): void };
let storeDir: string;
const segs = [
  { batches: [[event(0), event(1, { msg: 'caf\u00e9 \u00fcn\u00efc\u00f6d\u00e9 "quoted"' })], [event(2)]] },
  { batches: [[event(3), event(4), event(5)]] },
  { dataClass: 'alerts' as const, batches: [[event(6, { msg: 'an alert' })]] },
];

beforeAll(async () => {
  work = tempDir('roundtrip');
  keys = await testKeys(join(work.dir, 'keys'));
  storeDir = await shipSegments(work.dir, keys.publicKey, segs);
});
afterAll(() => work.cleanup());

/** What the pipeline spooled (see batchOf): each event's JSON on its own line. */
const expected = (events: ReturnType<typeof event>[]) => events.map((e) => `${JSON.stringify(e)}\n`).join('');

describe('round trip: spool, ship, query', () => {
  it('prints exactly the events that were spooled, byte for byte, in order', async () => {
    const m = memoryIo();
    const code = await queryCommand.run(['--from', storeDir, '--private-key', keys.privateKeyFile], m.io);
    expect(m.stderr()).toBe('logveil query: 6 of 6 events matched in 2 objects\n');
    expect(code).toBe(0);
    expect(m.stdout()).toBe(expected([0, 1, 2, 3, 4, 5].map((i) => (i === 1 ? event(1, segs[0]!.batches[0]![1]!) : event(i)))));
  });

  it('reads another class with --class', async () => {
    const m = memoryIo();
    expect(await queryCommand.run(['--from', storeDir, '--private-key', keys.privateKeyFile, '--class', 'alerts', '--quiet'], m.io)).toBe(0);
    expect(m.stdout()).toBe(expected([event(6, { msg: 'an alert' })]));
  });

  it('works through the logveil command line', async () => {
    if (!existsSync(`${ROOT}dist/agent/cli/commands/query.js`)) throw new Error('dist/ is missing: run "npm run build" (npm test does it)');
    const r = await runCli(['query', '--from', storeDir, '--private-key', keys.privateKeyFile, '--host', 'sw0', '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.toString()).toBe(expected([event(0), event(3)]));
    const help = await runCli(['query', '--help']);
    expect(help.stdout.toString()).toContain('Examples:\n  logveil query --from');
  });

  it('refuses a private key file that group or others can read', async () => {
    const { chmodSync } = await import('node:fs');
    chmodSync(keys.privateKeyFile, 0o640);
    try {
      await expect(queryCommand.run(['--from', storeDir, '--private-key', keys.privateKeyFile], memoryIo().io)).rejects.toMatchObject({
        code: 'LV_KEYRING_PERMISSIONS',
      });
    } finally {
      chmodSync(keys.privateKeyFile, 0o600);
    }
  });
});
