import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAVE, makeCertificates, missing, runLogger, sendToPeer, startRsyslog, startSyslogNg } from '../peers/peers.js';
import { startAgent, type AgentProcess } from './agent-process.js';
import type { LogEvent } from '../../shared/event.js';

/**
 * Real senders into a real agent process; every message is read back,
 * decrypted with the recipient's private key, and checked sanitized.
 */
const certs = HAVE.openssl ? makeCertificates() : undefined;
let agent: AgentProcess;
let events: LogEvent[] = [];
const sent: string[] = [];

const mark = (tag: string): string => `lvtest-${tag}~`;
const body = (tag: string, i = 0): string => `${mark(tag)}${i} Failed password for invalid user mwangi${i} from 203.0.113.${10 + (i % 200)} port 22 ssh2 password=Hunter${i}!`;

beforeAll(async () => {
  agent = await startAgent(certs ? { tls: { certFile: certs.certFile, keyFile: certs.keyFile } } : {});
}, 60_000);

afterAll(async () => {
  await agent?.stop();
});

async function readBackAfterStop(): Promise<LogEvent[]> {
  if (events.length === 0) {
    expect(await agent.stop()).toBe(0);
    events = await agent.readBack();
  }
  return events;
}

describe('real senders into logveil run', () => {
  it.skipIf(missing('logger'))('accepts util-linux logger over UDP and TCP, RFC 3164 and RFC 5424, with and without octet counting', async () => {
    const variants: Array<[string, string[]]> = [
      ['udp3164', ['-d', '--rfc3164']],
      ['udp5424', ['-d', '--rfc5424']],
      ['tcp3164', ['-T', '--rfc3164']],
      ['tcp5424', ['-T', '--rfc5424']],
      ['tcp3164oc', ['-T', '--rfc3164', '--octet-count']],
      ['tcp5424oc', ['-T', '--rfc5424', '--octet-count']],
    ];
    for (const [tag, args] of variants) {
      const port = args.includes('-d') ? agent.ports.udp : agent.ports.tcp;
      await runLogger(['-n', '127.0.0.1', '-P', String(port), '-t', 'sshd', ...args], body(tag));
      sent.push(tag);
    }
    await waitForReceived(variants.length);
  });

  it.skipIf(missing('rsyslog'))('accepts rsyslog forwarding over TCP, plain and octet-counted', async () => {
    for (const octetCounted of [false, true]) {
      const tag = octetCounted ? 'rsyslog-tcp-oc' : 'rsyslog-tcp';
      const peer = await startRsyslog({ port: agent.ports.tcp, protocol: 'tcp', octetCounted, rfc5424: octetCounted });
      await sendToPeer(peer.inputPort, Array.from({ length: 50 }, (_, i) => `<38>1 2026-11-22T10:00:00Z dev1 sshd ${i} - - ${body(tag, i)}`));
      await waitForReceived(50);
      await peer.stop();
      sent.push(tag);
    }
  }, 60_000);

  it.skipIf(missing('rsyslog') || !certs)('accepts rsyslog forwarding over TLS (rsyslog-gnutls, octet-counted)', async () => {
    const peer = await startRsyslog({ port: agent.ports.tls, protocol: 'tls', octetCounted: true, rfc5424: true, tls: { caFile: (certs as { caFile: string }).caFile } });
    await sendToPeer(peer.inputPort, Array.from({ length: 50 }, (_, i) => `<38>1 2026-11-22T10:00:00Z dev2 sshd ${i} - - ${body('rsyslog-tls', i)}`));
    await waitForReceived(50);
    await peer.stop();
    sent.push('rsyslog-tls');
  }, 60_000);

  it.skipIf(missing('syslogNg'))('accepts syslog-ng forwarding over TCP', async () => {
    const peer = await startSyslogNg({ port: agent.ports.tcp, protocol: 'tcp', octetCounted: true, rfc5424: true });
    await sendToPeer(peer.inputPort, Array.from({ length: 50 }, (_, i) => `<38>1 2026-11-22T10:00:00Z dev3 sshd ${i} - - ${body('syslog-ng', i)}`));
    await waitForReceived(50);
    await peer.stop();
    sent.push('syslog-ng');
  }, 60_000);

  it('reads every accepted message back, decrypted and sanitized', async () => {
    const h = await agent.health();
    const accepted = (h.events as { accepted: number }).accepted;
    const all = await readBackAfterStop();
    expect(all.length).toBe(accepted);
    for (const tag of sent) {
      const mine = all.filter((e) => e.msg.includes(mark(tag)));
      expect(mine.length, tag).toBeGreaterThan(0);
      for (const e of mine) {
        expect(e.msg, tag).toMatch(/Failed password for invalid user usr_[0-9a-f]{10} from \d+\.\d+\.\d+\.\d+ port 22 ssh2 password=\[secret:[0-9a-f]{8}\]/);
        expect(e.epoch).toMatch(/^\d{8}T\d{6}Z-[0-9a-f]{6}$/);
        expect(e.source?.transport).toBe(tag.startsWith('udp') ? 'udp' : tag.includes('tls') ? 'tls' : 'tcp');
      }
    }
    const counts = Object.fromEntries(sent.map((t) => [t, all.filter((e) => e.msg.includes(mark(t))).length]));
    for (const t of ['rsyslog-tcp', 'rsyslog-tcp-oc', 'rsyslog-tls', 'syslog-ng']) if (t in counts) expect(counts[t], t).toBe(50);
    expect(JSON.stringify(all)).not.toMatch(/mwangi\d|203\.0\.113\.\d+|Hunter\d+!/);
  });
});

/** Waits until the agent has accepted `more` messages beyond the count before the peer started sending. */
async function waitForReceived(more: number): Promise<void> {
  const target = expectedTotal + more;
  expectedTotal = target;
  const deadline = Date.now() + 15_000;
  for (;;) {
    const now = Number(((await agent.health()).events as { accepted: number }).accepted);
    if (now >= target || Date.now() > deadline) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}
let expectedTotal = 0;

