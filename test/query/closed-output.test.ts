import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { queryCommand } from '../../agent/cli/commands/query.js';
import { event, memoryIo, tempDir, testKeys, type TestKeys } from '../spool/helpers.js';
import { shipSegments } from './fixtures.js';

let keys: TestKeys;
let work: { dir: string; cleanup(): void };
let storeDir: string;

beforeAll(async () => {
  work = tempDir('closed-output');
  keys = await testKeys(join(work.dir, 'keys'));
  storeDir = await shipSegments(work.dir, keys.publicKey, Array.from({ length: 5 }, (_, i) => ({ batches: [[event(i)]] })));
});
afterAll(() => work.cleanup());

/** A stdout whose writes fail with `code` after the first one, as a pipe whose reader exited. */
function failingStdout(code: string): { stream: Writable; writes(): number } {
  let writes = 0;
  const stream = new Writable({
    write(_c, _e, cb) {
      writes++;
      cb(writes > 1 ? Object.assign(new Error(`write ${code}`), { code }) : null);
    },
  });
  stream.on('error', () => undefined); // the command listens too; this keeps the test's own stream quiet
  return { stream, writes: () => writes };
}

describe('logveil query when its output goes away', () => {
  it('stops quietly with exit 0 when the reader of a pipe has gone (| head), reading no further', async () => {
    // How it showed: `logveil query ... | head` died of an unhandled EPIPE; once that was caught, each
    // failed write was reported as a broken object ("write EPIPE; rest of object skipped") for the whole day.
    const m = memoryIo();
    const out = failingStdout('EPIPE');
    const code = await queryCommand.run(['--from', storeDir, '--private-key', keys.privateKeyFile], { ...m.io, stdout: out.stream });
    expect(code).toBe(0);
    expect(m.stderr()).toBe('');
    expect(out.writes()).toBeLessThanOrEqual(3);
  });

  it('reports any other write failure as an output error, not as a problem of the objects', async () => {
    const m = memoryIo();
    const out = failingStdout('ENOSPC');
    await expect(queryCommand.run(['--from', storeDir, '--private-key', keys.privateKeyFile], { ...m.io, stdout: out.stream })).rejects.toMatchObject({
      code: 'LV_IO',
      message: expect.stringContaining('cannot write the output: write ENOSPC'),
    });
    expect(m.stderr()).not.toContain('object skipped');
  });
});
