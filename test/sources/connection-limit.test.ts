import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { closed, connectTcp, startSource, waitFor, type Started } from './helpers.js';

const OPENER = fileURLToPath(new URL('./fixtures/open-connections.mjs', import.meta.url));

let started: Started | undefined;
afterEach(async () => {
  await started?.source.close();
  started = undefined;
});

describe('maxConnections', () => {
  it('refuses and counts connections beyond the limit under a 10,000-connection flood, and keeps serving', async () => {
    started = await startSource({ maxConnections: 50 });
    const { sink, port, source } = started;
    const good = await connectTcp(port);
    good.write('<13>before the flood\n');
    await waitFor(() => sink.messages.length === 1, 'first message');

    const child = spawn(process.execPath, [OPENER, String(port), '10000'], { stdio: ['pipe', 'pipe', 'inherit'] });
    try {
      const report = await new Promise<{ opened: number; closedByServer: number; failed: number }>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          if (out.includes('\n')) resolve(JSON.parse(out) as { opened: number; closedByServer: number; failed: number });
        });
        child.once('exit', (code) => reject(new Error(`opener exited early with ${code}`)));
      });
      expect(report.opened + report.failed).toBe(10_000);
      const stats = source.stats();
      expect(stats.connectionsActive).toBe(50);
      expect(stats.connectionsTotal).toBe(50);
      expect(stats.dropped.too_many_connections).toBe(report.opened - 49);
      expect(report.closedByServer).toBe(report.opened - 49);

      good.write('<13>during the flood\n');
      await waitFor(() => sink.messages.length === 2, 'second message');
      expect(sink.texts()).toEqual(['<13>before the flood', '<13>during the flood']);
    } finally {
      child.stdin.end();
      if (child.exitCode === null) await new Promise((r) => child.once('exit', r));
    }
    await waitFor(() => source.stats().connectionsActive === 1, 'flood connections gone');
    const late = await connectTcp(port);
    late.end('<13>after the flood\n');
    await waitFor(() => sink.messages.length === 3, 'third message');
    good.end();
    await closed(good);
  }, 60_000);
});
