import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { parseConfigText } from '../../agent/config/load-config.js';
import type { AgentConfig } from '../../agent/config/agent-config.js';
import { createStore } from '../../agent/store/index.js';
import { silentLogger, tempDir } from '../spool/helpers.js';

let work: { dir: string; cleanup(): void };
beforeEach(() => {
  work = tempDir('create-store');
});
afterEach(() => work.cleanup());

function config(store: string): AgentConfig {
  const problems: string[] = [];
  const c = parseConfigText(`sources: { udp: { mode: udp, address: "127.0.0.1:5514" } }\nstore: ${store}\n`, {}, problems);
  expect(problems).toEqual([]);
  return c!;
}

describe('createStore', () => {
  it('gives the local directory store for store.type local', async () => {
    const store = createStore(config(`{ type: local, dir: "${join(work.dir, 'out')}" }`), { logger: silentLogger });
    await store.put('a/b', Buffer.from('x'), { contentType: 'text/plain' });
    expect(await store.head('a/b')).toEqual({ size: 1 });
    expect(store.stats).toBeUndefined();
  });

  it('gives the S3 store for store.type s3, without touching the network until used', async () => {
    const store = createStore(config('{ type: s3, s3: { bucket: msp-logs, region: eu-west-1 } }'), { logger: silentLogger });
    expect(store.stats?.().retries).toEqual({ credentials: 0, no_bucket: 0, access_denied: 0, unreachable: 0, throttled: 0, conflict: 0, other: 0 });
    await store.close?.();
  });
});
