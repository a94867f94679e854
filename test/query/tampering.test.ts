import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { queryCommand } from '../../agent/cli/commands/query.js';
import { generateRecipientKeyPair } from '../../agent/keys/recipient-keys.js';
import { decodeHeader, parseFrame, writeFrameCrc, type FrameInfo } from '../../agent/spool/segment-format.js';
import type { LogEvent } from '../../shared/event.js';
import { event, memoryIo, tempDir, testKeys, type TestKeys } from '../spool/helpers.js';
import { shipSegments, storeKeys } from './fixtures.js';

let keys: TestKeys;
let keyDir: { dir: string; cleanup(): void };
let work: { dir: string; cleanup(): void };
let storeDir: string;
/** Data object paths: A has three batches, B one (and a later hour). */
let A: string;
let B: string;

beforeAll(async () => {
  keyDir = tempDir('tamper-keys');
  keys = await testKeys(keyDir.dir);
  return () => keyDir.cleanup();
});
beforeEach(async () => {
  work = tempDir('tamper');
  storeDir = await shipSegments(work.dir, keys.publicKey, [
    { batches: [[event(0)], [event(1)], [event(2)]] },
    { batches: [[event(7200)]] },
  ]);
  [A, B] = (await storeKeys(storeDir)).filter((k) => k.endsWith('.lvb')).map((k) => join(storeDir, k)) as [string, string];
});
afterEach(() => work.cleanup());

async function query(privateKeyFile = keys.privateKeyFile): Promise<{ code: number; msgs: string[]; stderr: string }> {
  const m = memoryIo();
  const code = await queryCommand.run(['--from', storeDir, '--private-key', privateKeyFile, '--quiet'], m.io);
  const msgs = m
    .stdout()
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as LogEvent).msg);
  return { code, msgs, stderr: m.stderr() };
}

function frames(bytes: Buffer): FrameInfo[] {
  const h = decodeHeader(bytes);
  if (!h.ok) throw new Error(h.reason);
  const out: FrameInfo[] = [];
  for (let pos = h.header.length; pos < bytes.length; ) {
    const f = parseFrame(bytes, pos);
    if (f.status !== 'ok') throw new Error(f.status);
    out.push(f.frame);
    pos += f.frame.length;
  }
  return out;
}

const slice = (b: Buffer, f: FrameInfo) => b.subarray(f.offset, f.offset + f.length);

/** What an attacker with write access to the bucket can also do: rewrite the manifest to match. */
function rewriteWithManifest(dataPath: string, bytes: Buffer, edits: Record<string, unknown> = {}): void {
  writeFileSync(dataPath, bytes);
  const manifestPath = dataPath.replace(/\.lvb$/, '.manifest.json');
  const m = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  m.sha256 = createHash('sha256').update(bytes).digest('hex');
  m.bytes = bytes.length;
  Object.assign(m, edits);
  writeFileSync(manifestPath, JSON.stringify(m));
}

const B_ONLY = [event(7200).msg];

describe('logveil query against tampered objects', () => {
  it('reports a flipped byte as a digest mismatch, skips that object and still prints the others', async () => {
    const bytes = readFileSync(A);
    bytes[bytes.length - 30]! ^= 0x01;
    writeFileSync(A, bytes);
    const r = await query();
    expect(r.stderr).toMatch(/gw1-\d{12}\.lvb: digest mismatch \(manifest sha256 [0-9a-f]{64}, object [0-9a-f]{64}\); object skipped/);
    expect(r.msgs).toEqual(B_ONLY);
    expect(r.code).toBe(65);
  });

  it('reports reordered frames as an authentication failure, even with a matching manifest', async () => {
    const bytes = readFileSync(A);
    const [f0, f1, f2, end] = frames(bytes);
    const head = bytes.subarray(0, f0!.offset);
    rewriteWithManifest(A, Buffer.concat([head, slice(bytes, f1!), slice(bytes, f0!), slice(bytes, f2!), slice(bytes, end!)]));
    const r = await query();
    expect(r.stderr).toContain('segment integrity: frame 0 failed authentication (reordered, moved between segments, or altered); object skipped');
    expect(r.msgs).toEqual(B_ONLY); // nothing of A: an object is printed whole or not at all
    expect(r.code).toBe(65);
  });

  it('reports a frame moved in from another segment', async () => {
    const a = readFileSync(A);
    const b = readFileSync(B);
    const [a0, , a2, end] = frames(a);
    const [b0] = frames(b);
    rewriteWithManifest(A, Buffer.concat([a.subarray(0, a0!.offset), slice(a, a0!), slice(b, b0!), slice(a, a2!), slice(a, end!)]));
    const r = await query();
    expect(r.stderr).toContain('frame 1 failed authentication');
    expect(r.code).toBe(65);
  });

  it('reports an edited clear field even when its checksum was fixed up', async () => {
    const bytes = readFileSync(A);
    const [f0] = frames(bytes);
    const frame = Buffer.from(slice(bytes, f0!));
    frame.writeUInt32BE(1000, 5); // count
    writeFrameCrc(frame);
    frame.copy(bytes, f0!.offset);
    rewriteWithManifest(A, bytes);
    expect((await query()).stderr).toContain('frame 0 failed authentication');
  });

  it('reports a segment cut at a frame boundary when its manifest says it ended', async () => {
    const bytes = readFileSync(A);
    const [, f1] = frames(bytes);
    const cut = bytes.subarray(0, f1!.offset + f1!.length);
    rewriteWithManifest(A, cut);
    expect((await query()).stderr).toContain("the object's header or counts disagree with its manifest; object skipped");
    rewriteWithManifest(A, cut, { count: 2, frames: 2 });
    const r = await query();
    expect(r.stderr).toMatch(/no end frame .*truncated\?/);
    expect(r.code).toBe(65);
  });

  it('reports every object as unreadable with the wrong private key', async () => {
    const other = await generateRecipientKeyPair(join(work.dir, 'other'), { name: 'other', demo: true });
    const r = await query(other.privateKeyFile);
    expect(r.msgs).toEqual([]);
    expect(r.stderr.match(/frame 0 failed authentication/g)).toHaveLength(2);
    expect(r.code).toBe(65);
  });
});
