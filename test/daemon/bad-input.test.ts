import { describe, expect, it } from 'vitest';
import { connect, type Socket } from 'node:net';
import { createSocket } from 'node:dgram';
import { spawn } from 'node:child_process';
import { startAgent } from './agent-process.js';

function open(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = connect(port, '127.0.0.1', () => resolve(s));
    s.on('error', reject);
  });
}

function metric(text: string, name: string, labels: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${name}{${labels}}`));
  return line ? Number(line.split(' ').pop()) : 0;
}

/** Opens `count` TCP connections from a separate process (this one's fd limit is shared with the agent tests). */
function manyConnections(port: number, count: number): Promise<{ opened: number; refused: number }> {
  const script = `
    const net = require('net');
    let opened = 0, refused = 0, done = 0; const socks = [];
    for (let i = 0; i < ${count}; i++) {
      const s = net.connect(${port}, '127.0.0.1');
      s.on('connect', () => { opened++; socks.push(s); });
      s.on('error', () => { refused++; });
      s.on('close', () => { if (++done === ${count}) finish(); });
    }
    function finish() { process.stdout.write(JSON.stringify({ opened, refused })); process.exit(0); }
    setTimeout(() => { for (const s of socks) s.destroy(); }, 3000);
    setTimeout(finish, 8000);
  `;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', () => {
      try {
        resolve(JSON.parse(out) as { opened: number; refused: number });
      } catch (e) {
        reject(e);
      }
    });
  });
}

describe('bad input', () => {
  it('stays up, counts what it refused, and keeps serving well-behaved senders', async () => {
    const agent = await startAgent({ sourceExtra: 'max_message_bytes: 8192\nmax_connections: 200\nidle_timeout_secs: 1' });
    const tcp = agent.ports.tcp;

    // Garbage bytes over TCP and UDP.
    const g = await open(tcp);
    g.write(Buffer.from(Array.from({ length: 65536 }, (_, i) => (i * 7919) % 256)));
    g.end();
    const udp = createSocket('udp4');
    await new Promise<void>((r) => udp.send(Buffer.from([0, 255, 1, 254, 60, 62, 10]), agent.ports.udp, '127.0.0.1', () => r()));
    udp.close();

    // A 10 MB octet-counted frame: cut at max_message_bytes and counted; the connection goes on.
    const big = await open(tcp);
    const payload = Buffer.alloc(10 * 1024 * 1024, 0x41);
    big.write(`${payload.length} `);
    big.write(payload);
    big.end('25 <13>1 - h app - - - after\n');

    // Broken octet counts: resynchronised, counted.
    const broken = await open(tcp);
    broken.end('12x <13>bad\n99999999999999 <13>worse\n<13>Nov 22 10:00:00 h app: resync-ok\n');

    // Slow-loris: a connection that sends one byte and then nothing is closed after idle_timeout_secs.
    const loris = await open(tcp);
    loris.write('<');
    const lorisClosed = new Promise<void>((r) => loris.on('close', () => r()));

    // 10,000 connections against max_connections 200: refused beyond the limit, counted.
    const flood = await manyConnections(tcp, 10_000);
    expect(flood.opened + flood.refused).toBe(10_000);

    await lorisClosed;

    // A well-behaved sender still gets through.
    await new Promise((r) => setTimeout(r, 500));
    const before = ((await agent.health()).events as { accepted: number }).accepted;
    const good = await open(tcp);
    good.end(Array.from({ length: 100 }, (_, i) => `<13>Nov 22 10:00:00 host app: well-behaved ${i}\n`).join(''));
    const deadline = Date.now() + 15_000;
    let m = '';
    for (;;) {
      m = await agent.metrics();
      const h = await agent.health();
      const e = h.events as { accepted: number; spooled: number };
      if (h.status === 'ok' && e.accepted >= before + 100 && e.spooled >= e.accepted) break;
      if (Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect((await agent.health()).status).toBe('ok');
    expect(metric(m, 'logveil_truncated_events_total', 'source="syslog_tcp"')).toBeGreaterThanOrEqual(1);
    expect(metric(m, 'logveil_dropped_events_total', 'stage="source:syslog_tcp",reason="framing_error"')).toBeGreaterThanOrEqual(1);
    expect(metric(m, 'logveil_dropped_events_total', 'stage="source:syslog_tcp",reason="idle_timeout"')).toBeGreaterThanOrEqual(1);
    expect(metric(m, 'logveil_dropped_events_total', 'stage="source:syslog_tcp",reason="too_many_connections"')).toBeGreaterThanOrEqual(1);

    expect(await agent.stop()).toBe(0);
    const events = await agent.readBack();
    expect(events.filter((e) => e.msg.startsWith('well-behaved ')).length).toBe(100);
    expect(events.some((e) => e.msg === 'resync-ok')).toBe(true);
    expect(events.some((e) => e.msg === 'after')).toBe(true);
    const cut = events.find((e) => e.truncated === true);
    expect(cut?.msg.length).toBeLessThanOrEqual(8192);
  }, 90_000);
});
