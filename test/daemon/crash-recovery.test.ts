import { describe, expect, it } from 'vitest';
import { connect, type Socket } from 'node:net';
import { startAgent } from './agent-process.js';

describe('crash recovery', () => {
  it('recovers every spooled frame after kill -9 under TCP load, without duplicating anything', async () => {
    const agent = await startAgent();
    // A sender that writes as fast as the agent reads, until the connection breaks.
    let sent = 0;
    const socket: Socket = connect(agent.ports.tcp, '127.0.0.1');
    socket.on('error', () => undefined);
    await new Promise<void>((r) => socket.once('connect', () => r()));
    let writing = true;
    const pump = (): void => {
      while (writing) {
        const chunk = Array.from({ length: 200 }, () => `<13>Nov 22 10:00:00 host app: crash-test ${sent++} from 198.51.100.7\n`).join('');
        if (!socket.write(chunk)) {
          socket.once('drain', pump);
          return;
        }
      }
    };
    pump();
    // Let a few segments seal and ship (segment_max_age_secs: 1, ship every second), then crash.
    let spooledAtKill = 0;
    const deadline = Date.now() + 20_000;
    for (;;) {
      const h = await agent.health();
      spooledAtKill = (h.events as { spooled: number }).spooled;
      if ((spooledAtKill > 50_000 && ((h.shipping as { objects: number }).objects > 0)) || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    await agent.kill();
    writing = false;
    socket.destroy();
    expect(spooledAtKill).toBeGreaterThan(0);

    await agent.restart();
    expect(agent.stderr()).toMatch(/spool open/);
    expect(await agent.stop()).toBe(0);
    const events = await agent.readBack();
    const ids = events.map((e) => Number(/crash-test (\d+)/.exec(e.msg)?.[1]));
    // Everything the agent had written to the spool before the crash is there...
    expect(ids.length).toBeGreaterThanOrEqual(spooledAtKill);
    // ...exactly once, and nothing that was never sent.
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.reduce((a, b) => Math.max(a, b), 0)).toBeLessThan(sent);
    expect(events.every((e) => !e.msg.includes('198.51.100.7'))).toBe(true);
  }, 90_000);
});
