import { spawnSync } from 'node:child_process';
import { createSocket, type Socket } from 'node:dgram';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dropsFromProcTable, procLocalAddress, readKernelUdpDrops } from '../../agent/sources/syslog/kernel-udp-drops.js';
import { startSource, waitFor, type Started } from './helpers.js';

// Rows in the layout of /proc/net/udp (made up here: inodes, pointers and counts are ours).
const TABLE = [
  '   sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops',
  ' 5904: 0100007F:1582 00000000:0000 07 00000000:00000000 00:00000000 00000000     0        0 6749 2 000000001c7a858e 17',
  ' 6001: 00000000:0202 00000000:0000 07 00000000:00000000 00:00000000 00000000     0        0 6750 2 000000002a641151 0',
  ' 6002: 0A00A8C0:0202 00000000:0000 07 00000000:00000000 00:00000000 00000000     0        0 6751 2 000000002a641152 4',
  ' 6003: 0A00A8C0:0202 00000000:0000 07 00000000:00000000 00:00000000 00000000     0        0 6752 2 000000002a641153 5',
].join('\n');

describe('the kernel drop counter of a UDP socket', () => {
  it('writes a bound address the way /proc/net/udp and udp6 print it, in host byte order', () => {
    expect(procLocalAddress('127.0.0.1', 5506, true)).toBe('0100007F:1582');
    expect(procLocalAddress('127.0.0.1', 5506, false)).toBe('7F000001:1582');
    expect(procLocalAddress('0.0.0.0', 514, true)).toBe('00000000:0202');
    expect(procLocalAddress('::1', 514, true)).toBe('00000000000000000000000001000000:0202');
    expect(procLocalAddress('2001:db8::5', 514, true)).toBe('B80D0120000000000000000005000000:0202');
    expect(procLocalAddress('fe80::1%eth0', 514, true)).toBe('000080FE000000000000000001000000:0202');
    expect(procLocalAddress('not an address', 514)).toBeUndefined();
    expect(procLocalAddress('127.0.0.1', 70000)).toBeUndefined();
  });

  it("reads the drops column of the socket's row, and gives no answer when the row is missing or not unique", () => {
    expect(dropsFromProcTable(TABLE, '0100007F:1582')).toBe(17);
    expect(dropsFromProcTable(TABLE, '00000000:0202')).toBe(0);
    expect(dropsFromProcTable(TABLE, '0100007F:0202')).toBeUndefined();
    // Two sockets on one address and port (SO_REUSEPORT): whose drops these are cannot be told.
    expect(dropsFromProcTable(TABLE, '0A00A8C0:0202')).toBeUndefined();
    const dir = mkdtempSync(join(tmpdir(), 'lv-procnet-'));
    try {
      writeFileSync(join(dir, 'udp'), TABLE);
      expect(readKernelUdpDrops('127.0.0.1', 5506, false, dir)).toBe(17);
      expect(readKernelUdpDrops('::1', 5506, true, dir)).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const sockets: Socket[] = [];
  afterEach(() => {
    for (const s of sockets.splice(0)) s.close();
  });
  function bound(type: 'udp4' | 'udp6', host: string): Promise<number> {
    const s = createSocket(type);
    sockets.push(s);
    return new Promise((resolve) => s.bind(0, host, () => resolve(s.address().port)));
  }

  it.runIf(process.platform === 'linux')('finds the row of a real IPv4 and IPv6 socket in /proc/net', async () => {
    expect(readKernelUdpDrops('127.0.0.1', await bound('udp4', '127.0.0.1'), false)).toBe(0);
    expect(readKernelUdpDrops('::1', await bound('udp6', '::1'), true)).toBe(0);
    expect(readKernelUdpDrops('::', await bound('udp6', '::'), true)).toBe(0);
  });
});

describe('udp source: datagrams the kernel dropped', () => {
  let started: Started | undefined;
  afterEach(async () => {
    await started?.source.close();
    started = undefined;
  });

  it.runIf(process.platform === 'linux')('counts as receive_buffer what overflowed the socket buffer while the event loop was busy, so received + dropped = sent', async () => {
    started = await startSource({ mode: 'udp', receiveBufferBytes: 4096 });
    const { sink, port, source } = started;
    const lines = Array.from({ length: 2000 }, (_, i) => `burst line ${i}`);
    const dir = mkdtempSync(join(tmpdir(), 'lv-burst-'));
    try {
      writeFileSync(join(dir, 'burst.log'), `${lines.join('\n')}\n`);
      // spawnSync blocks this event loop while logger sends: the socket is not read,
      // its small buffer fills, and the kernel drops the rest of the burst.
      const r = spawnSync('/usr/bin/logger', ['-n', '127.0.0.1', '-P', String(port), '-d', '-t', 'lvburst', '-f', join(dir, 'burst.log')], { timeout: 20_000 });
      expect(r.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await waitFor(() => {
      const s = source.stats();
      return s.received + s.dropped.receive_buffer === lines.length;
    }, 'every datagram either received or counted as a kernel drop');
    const stats = source.stats();
    expect(stats.dropped.receive_buffer).toBeGreaterThan(0);
    expect(stats.received).toBe(sink.messages.length);
    expect(stats.received).toBeGreaterThan(0);
    expect(stats.dropped.queue_full).toBe(0);
    // What did arrive is the start of the burst, in order (the buffer held the first datagrams).
    const texts = sink.texts().map((t) => t.replace(/^.* lvburst(: | - - \[[^\]]*\] )/, ''));
    expect(texts).toEqual(lines.slice(0, texts.length));
  });
});
