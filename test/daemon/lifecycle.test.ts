import { describe, expect, it } from 'vitest';
import { connect } from 'node:net';
import { writeFileSync, readFileSync } from 'node:fs';
import { startAgent } from './agent-process.js';
import { runCli } from '../cli/run-cli.js';

function sendTcp(port: number, lines: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = connect(port, '127.0.0.1', () => s.end(lines.map((l) => `${l}\n`).join(''), () => resolve()));
    s.on('error', reject);
  });
}

async function waitFor(cond: () => Promise<boolean>, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('logveil run lifecycle', () => {
  it('drains every accepted message into the spool on SIGTERM, then seals and ships it', async () => {
    const agent = await startAgent();
    const lines = Array.from({ length: 5000 }, (_, i) => `<13>Nov 22 10:00:00 host app: drain-test ${i}`);
    await sendTcp(agent.ports.tcp, lines);
    await waitFor(async () => ((await agent.health()).events as { accepted: number }).accepted === 5000);
    const status = await runCli(['status', '--api', `127.0.0.1:${agent.ports.api}`]);
    expect(status.code).toBe(0);
    expect(status.stdout.toString()).toMatch(/^logveil ok: agent gw-test \(tenant acme, site hq\)[\s\S]*syslog_tcp\s+tcp\s+port \d+\s+received 5000[\s\S]*events: 5000 accepted/);
    expect(await agent.stop()).toBe(0);
    const events = await agent.readBack();
    expect(events.filter((e) => e.msg.startsWith('drain-test ')).length).toBe(5000);
    expect(agent.stderr()).toMatch(/"drained":true/);
  }, 60_000);

  it('reloads its configuration on SIGHUP, and keeps the running one when the new one is invalid', async () => {
    const agent = await startAgent();
    const original = readFileSync(agent.configFile, 'utf8');
    // An invalid file: kept running, the problem named by its path.
    writeFileSync(agent.configFile, `${original}\nbogus_key: 1\n`);
    agent.child.kill('SIGHUP');
    await waitFor(async () => agent.stderr().includes('configuration reload refused'));
    expect(agent.stderr()).toContain('(top level): unknown key \\"bogus_key\\"');
    expect((await agent.health()).status).toBe('ok');
    // A valid change: a source's limit changes, so the source restarts and keeps serving.
    writeFileSync(agent.configFile, original.replace('  syslog_tcp:\n    mode: tcp\n', '  syslog_tcp:\n    mode: tcp\n    max_message_bytes: 4096\n'));
    agent.child.kill('SIGHUP');
    await waitFor(async () => agent.stderr().includes('configuration reloaded'));
    expect(agent.stderr()).toMatch(/"changes":\[[^\]]*"syslog_tcp: restarted"/);
    await sendTcp(agent.ports.tcp, ['<13>Nov 22 10:00:00 host app: after-reload']);
    await waitFor(async () => ((await agent.health()).events as { accepted: number }).accepted === 1);
    expect(await agent.stop()).toBe(0);
    expect((await agent.readBack()).map((e) => e.msg)).toContain('after-reload');
  }, 60_000);

  it('refuses to start on an invalid configuration, listing every problem (exit 78)', async () => {
    await expect(startAgent({ spoolExtra: 'segment_max_bytes: 10' })).rejects.toThrow(/agent exited 78[\s\S]*spool\.segment_max_bytes: must be >= 65536/);
  });
});
