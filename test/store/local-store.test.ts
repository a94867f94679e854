import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createLocalStore } from '../../agent/store/index.js';
import { tempDir } from '../spool/helpers.js';

let work: { dir: string; cleanup(): void };
beforeEach(() => {
  work = tempDir('store');
});
afterEach(() => work.cleanup());

const opts = { contentType: 'application/octet-stream' };

describe('local object store', () => {
  it('puts, heads, gets and lists objects under their keys', async () => {
    const store = createLocalStore(work.dir);
    await store.put('a/b/one.bin', Buffer.from('one'), opts);
    await store.put('a/c/two.bin', Buffer.from('two!'), opts);
    await store.put('z.bin', Buffer.from(''), opts);
    expect(await store.head('a/b/one.bin')).toEqual({ size: 3 });
    expect(await store.head('a/b/missing.bin')).toBeNull();
    expect((await store.get('a/c/two.bin')).toString()).toBe('two!');
    expect(readFileSync(join(work.dir, 'a/b/one.bin'), 'utf8')).toBe('one');
    const all = [];
    for await (const o of store.list('')) all.push(o);
    expect(all).toEqual([
      { key: 'a/b/one.bin', size: 3 },
      { key: 'a/c/two.bin', size: 4 },
      { key: 'z.bin', size: 0 },
    ]);
    const some = [];
    for await (const o of store.list('a/c')) some.push(o.key);
    expect(some).toEqual(['a/c/two.bin']);
  });

  it('replaces an object whole on a second put of the same key, leaving no temporary file', async () => {
    const store = createLocalStore(work.dir);
    await store.put('k/obj', Buffer.from('first version'), opts);
    await store.put('k/obj', Buffer.from('second'), opts);
    expect((await store.get('k/obj')).toString()).toBe('second');
    expect(readdirSync(join(work.dir, 'k'))).toEqual(['obj']);
  });

  it('does not list temporary files of puts in progress', async () => {
    const store = createLocalStore(work.dir);
    mkdirSync(join(work.dir, 'p'));
    writeFileSync(join(work.dir, 'p', '.obj.tmp-1-abcd'), 'partial');
    await store.put('p/obj', Buffer.from('x'), opts);
    const keys = [];
    for await (const o of store.list('p/')) keys.push(o.key);
    expect(keys).toEqual(['p/obj']);
  });

  it('refuses keys that would leave its directory', async () => {
    const store = createLocalStore(join(work.dir, 'inner'));
    for (const key of ['../escape', 'a/../../b', '/abs', 'a//b', '', 'a/.hidden']) {
      await expect(store.put(key, Buffer.from('x'), opts), key).rejects.toMatchObject({ code: 'LV_USAGE' });
    }
    await expect(store.get('missing/key')).rejects.toMatchObject({ code: 'LV_IO' });
  });
});
