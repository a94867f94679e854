import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Readable } from 'node:stream';
import { BUILTIN_RULES, createSanitizer, type RuleState } from '../../agent/stages/pseudonymize/index.js';
import { splitLineBlocks, splitLines } from '../../agent/io/split-lines.js';
import { policyWith, testKeys } from './helpers.js';

/** Lines of every kind the sanitizer handles, including a multi-line PEM key and odd bytes. */
function variedLines(): string[] {
  const lines: string[] = [];
  for (const r of BUILTIN_RULES) {
    for (const [input] of r.examples) lines.push(input);
    for (const k of r.keeps ?? []) lines.push(k);
  }
  lines.push(
    'from 192.0.2.1 port 22 to 198.51.100.7:443 and 10.0.0.1/24 via 10.0.0.1',
    '7.100.51.198.in-addr.arpa PTR',
    'src 2001:db8::1 dst 2001:0DB8:0000:0000:0000:0000:0000:0001 nbr fe80::1%eth0 [2001:db8::1]:443 ::ffff:192.0.2.1',
    'prefix 2001:db8:aa::/48 host 2a02:cf40::: x conn 2001:db8:1:2:3:4:5:6:443 IP6 2001:db8::7.58665 > 2001:db8::8.80: Flags',
    'IN=eth0 OUT= MAC=00:15:5d:01:02:03:00:15:5d:0a:0b:0c:08:00 SRC=10.0.0.5 DST=10.0.0.6',
    'client 00:1e:0b:80:13:b5 E4-F4-18-79-1F-E1 001e.0b80.13b5 01:00:1e:0b:80:13:b5 ff:ff:ff:ff:ff:ff 01:00:5e:00:00:01',
    'Auth: (7291) Login OK: [jdoe] (from client wlc01 port 11 cli 0025909ab546)',
    'DHCPACK(br0) 10.1.2.3 00:1e:0b:80:13:b5 laptop-1 and again 00:1e:0b:80:13:b5 and 10.1.2.3',
    '<134>Mar  1 00:00:00 h app[1]: -----BEGIN RSA PRIVATE KEY-----',
    '<134>Mar  1 00:00:00 h app[1]: MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7',
    '<134>Mar  1 00:00:00 h app[1]: Proc-Type: 4,ENCRYPTED',
    '<134>Mar  1 00:00:00 h app[1]: 9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7MIIEvQIBADANBgkqhkiG',
    '<134>Mar  1 00:00:00 h app[1]: -----END RSA PRIVATE KEY----- 10.9.9.9',
    'after the key 10.9.9.9 user=jdoe password=hunter2 jdoe@example.com',
    '',
    'nul\u0000byte 10.0.0.2 \u00ff\u00fe caf\u00e9 10.0.0.4',
    'wide \u0130\u0130.1.2.3 10.0.0.7 \u2028 user=j\u00f6rg \u0100:\u0101::1 00:1e:0b:80:13:b5',
    'version 1.2.3.4 Chrome/121.0.0.0 Mozilla/5.0 enterprises.9.9.41.2 lease.10.0.0.1 v1.2.3.4',
    "User 'jdoe' executed 'username bob password S3cret! privilege 15' from 192.0.2.5",
    'pool 10.0.0.1-10.0.0.9 between 192.0.2.1[gw]...198.51.100.2[peer] 10.0.0.1.',
  );
  return lines;
}

describe('sanitizing in batches', () => {
  const lines = variedLines();
  const configs = [
    ['default policy', {}],
    ['no keep list, no cache', { ipKeep: [], cacheSize: 0 }],
    ['Crypto-PAn, a tiny cache', { ip: { enabled: true, algorithm: 'cryptopan' as const, keep: [] }, cacheSize: 3 }],
  ] as const;

  it.each(configs)('gives byte for byte what sanitize gives line by line (%s)', (_name, extra) => {
    const policy = policyWith(extra);
    const one = createSanitizer({ keys: testKeys(), policy });
    const batch = createSanitizer({ keys: testKeys(), policy });
    const text = createSanitizer({ keys: testKeys(), policy });
    const oneState: RuleState = {};
    const expected = lines.map((l) => one.sanitize(l, oneState));
    const bytesOne = createSanitizer({ keys: testKeys(), policy });
    const bytesState: RuleState = {};
    const expectedBinary = lines.map((l) => bytesOne.sanitize(Buffer.from(l, 'utf8').toString('latin1'), bytesState));
    // Twice through, so that the second pass meets cached pseudonyms.
    for (let pass = 0; pass < 2; pass++) {
      const batchState: RuleState = {};
      const got: string[] = [];
      for (let i = 0; i < lines.length; i += 7) got.push(...batch.sanitizeBatch(lines.slice(i, i + 7), batchState));
      expect(got).toEqual(expected);
      const textState: RuleState = {};
      // CRLF on every third line, and no LF after the last one.
      const ends = lines.map((_, i) => (i % 3 === 0 ? '\r\n' : '\n'));
      const block = lines.map((l, i) => l + (i === lines.length - 1 ? '' : ends[i])).join('');
      const expectedBinaryBlock = expectedBinary.map((l, i) => l + (i === lines.length - 1 ? '' : ends[i])).join('');
      // As bytes, the lines are binary strings: chars of 256 and more as their UTF-8 bytes.
      expect(text.sanitizeBytes(Buffer.from(block, 'utf8'), textState).toString('latin1')).toBe(expectedBinaryBlock);
    }
    const twice = Object.fromEntries(Object.entries(one.stats.replaced).map(([k, v]) => [k, 2 * v]));
    expect(batch.stats.replaced).toEqual(twice);
  });

  it('carries multi-line rule state from one batch to the next', () => {
    const policy = policyWith({});
    const pem = lines.filter((l) => l.includes('app[1]'));
    const one = createSanitizer({ keys: testKeys(), policy });
    const batch = createSanitizer({ keys: testKeys(), policy });
    const oneState: RuleState = {};
    const batchState: RuleState = {};
    const expected = pem.map((l) => one.sanitize(l, oneState));
    const got = [...batch.sanitizeBatch(pem.slice(0, 2), batchState), ...batch.sanitizeBatch(pem.slice(2), batchState)];
    expect(got).toEqual(expected);
    expect(got[1]).toMatch(/\[secret:[0-9a-f]{8}\]$/);
  });

  it('keeps one state per stream when a batch interleaves streams (states[i] for lines[i])', () => {
    const policy = policyWith({});
    const pem = lines.filter((l) => l.includes('app[1]'));
    const other = ['<134>Mar  1 00:00:00 h2 app[2]: MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7', '<134>Mar  1 00:00:00 h2 app[2]: user=jdoe from 10.0.0.9'];
    // Stream A's key block with stream B's lines between its lines: B is outside any block.
    const mixed = [pem[0], other[0], pem[1], other[1], pem[2], pem[3], pem[4]] as string[];
    const streamOf = [0, 1, 0, 1, 0, 0, 0];
    const one = createSanitizer({ keys: testKeys(), policy });
    const oneStates: RuleState[] = [{}, {}];
    const expected = mixed.map((l, i) => one.sanitize(l, oneStates[streamOf[i] as number]));
    const batch = createSanitizer({ keys: testKeys(), policy });
    const batchStates: RuleState[] = [{}, {}];
    const got = batch.sanitizeBatch(mixed, streamOf.map((s) => batchStates[s] as RuleState));
    expect(got).toEqual(expected);
    // B's base64-looking line is no key material, A's line inside the block is.
    expect(got[1]).toBe(other[0]);
    expect(got[2]).toMatch(/\[secret:[0-9a-f]{8}\]$/);
    expect(() => batch.sanitizeBatch(mixed, [{}])).toThrow(RangeError);
  });

  it('gives what sanitize gives on arbitrary bytes and fragments', () => {
    const frag = fc.constantFrom('password=', ' ', ':', '::', '.', '1', '255', '10.0.0.', 'user=', '"', '@', 'example.com', '\\', 'ff', '00:1e:0b:', '-', '2001:db8', '/24', '\u0130', '\u00e9', 'Failed password for ', ' from ', 'MAC=', 'IP ');
    const line = fc.oneof(fc.array(frag, { maxLength: 30 }).map((p) => p.join('')), fc.uint8Array({ maxLength: 120 }).map((b) => Buffer.from(b).toString('latin1').replace(/\n/g, ' ')));
    // One sanitizer of each kind for all runs: pseudonyms cached in one run serve the next.
    const policy = policyWith({ ipKeep: [] });
    const one = createSanitizer({ keys: testKeys(), policy });
    const batch = createSanitizer({ keys: testKeys(), policy });
    const text = createSanitizer({ keys: testKeys(), policy });
    const bytesOne = createSanitizer({ keys: testKeys(), policy });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), (ls) => {
        const expected = ls.map((l) => one.sanitize(l));
        expect(batch.sanitizeBatch(ls)).toEqual(expected);
        // Binary strings (chars below 256) are their bytes as latin1.
        const narrow = ls.map((l) => Buffer.from(l, 'utf8').toString('latin1'));
        expect(text.sanitizeBytes(Buffer.from(`${narrow.join('\n')}\n`, 'latin1')).toString('latin1')).toBe(`${narrow.map((l) => bytesOne.sanitize(l)).join('\n')}\n`);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('splitting a stream into blocks of lines', () => {
  /** What `logveil sanitize` wrote with splitLines: each batch's lines joined, LF-terminated unless last. */
  async function viaLines(chunks: string[], max: number): Promise<[string, number]> {
    let out = '';
    const r = await splitLines(Readable.from(chunks.map((c) => Buffer.from(c, 'latin1'))), max, async (lines, finalNewline) => {
      out += lines.join('\n') + (finalNewline ? '\n' : '');
    });
    return [out, r.cutLines];
  }
  async function viaBlocks(chunks: string[], max: number): Promise<[string, number]> {
    let out = '';
    const r = await splitLineBlocks(Readable.from(chunks.map((c) => Buffer.from(c, 'latin1'))), max, async (block) => {
      out += block.toString('latin1');
    });
    return [out, r.cutLines];
  }

  it('cuts and carries lines exactly as splitLines does, wherever the chunks end', async () => {
    const piece = fc.constantFrom('a', 'bc', '\n', '\r\n', '\r', 'x'.repeat(7), 'y'.repeat(25), '\n\n');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(piece, { maxLength: 12 }).map((p) => p.join('')), { maxLength: 10 }), fc.integer({ min: 3, max: 40 }), async (chunks, max) => {
        const nonEmpty = chunks.filter((c) => c.length > 0);
        expect(await viaBlocks(nonEmpty, max)).toEqual(await viaLines(nonEmpty, max));
      }),
      { numRuns: 500 },
    );
  });
});
