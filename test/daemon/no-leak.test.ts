import { describe, expect, it } from 'vitest';
import { connect } from 'node:net';
import { createSocket } from 'node:dgram';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startAgent } from './agent-process.js';

/** Known raw values planted in the messages: none may be found in anything the agent writes. */
const RAW = {
  ipv4: '198.51.100.77',
  ipv4private: '10.42.17.3',
  ipv6: '2001:db8:77:1::42',
  mac: 'f0:18:98:3a:bc:de',
  macSuffix: '3a:bc:de',
  user: 'wanjiku.kamau',
  email: 'amani.odhiambo',
  secret: 'S3cr3t-Hunter2!',
  community: 'Nyumba2026RO',
  bearer: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbWFuaSJ9.c2lnbmF0dXJlLWV4YW1wbGU',
};

const LINES = [
  `<38>Nov 22 10:00:00 bastion sshd[1]: Failed password for invalid user ${RAW.user} from ${RAW.ipv4} port 22 ssh2`,
  `<38>Nov 22 10:00:01 bastion sshd[2]: Accepted password for ${RAW.user} from ${RAW.ipv6} port 22 ssh2`,
  `<30>Nov 22 10:00:02 gw dnsmasq-dhcp[3]: DHCPACK(br0) ${RAW.ipv4private} ${RAW.mac} laptop`,
  `<134>Nov 22 10:00:03 app api[4]: login ${RAW.email}@example.org password=${RAW.secret} Authorization: Bearer ${RAW.bearer}`,
  `<189>12: rtr1: Nov 22 10:00:04 UTC: %PARSER-5-CFGLOG_LOGGEDCMD: User:${RAW.user}  logged command:snmp-server community ${RAW.community} RO`,
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

describe('no raw personal data on disk or in the agent logs', () => {
  it('writes none of the planted addresses, users, e-mails, MACs or secrets anywhere', async () => {
    const agent = await startAgent();
    await new Promise<void>((resolve, reject) => {
      const s = connect(agent.ports.tcp, '127.0.0.1', () => s.end(LINES.map((l) => `${l}\n`).join(''), () => resolve()));
      s.on('error', reject);
    });
    const udp = createSocket('udp4');
    for (const l of LINES) await new Promise<void>((r) => udp.send(l, agent.ports.udp, '127.0.0.1', () => r()));
    udp.close();
    const deadline = Date.now() + 10_000;
    while (((await agent.health()).events as { accepted: number }).accepted < LINES.length * 2 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    // Scrape the metrics and health too: they are outputs of the agent.
    const scraped = (await agent.metrics()) + JSON.stringify(await agent.health());
    expect(await agent.stop()).toBe(0);

    // Every byte the agent wrote: spool, outbox, keyring dir, and its own logs.
    const written = filesUnder(agent.dir).filter((f) => !f.endsWith('agent.yaml'));
    expect(written.some((f) => f.includes('outbox'))).toBe(true);
    const haystacks: Array<[string, string]> = written.map((f) => [f, readFileSync(f).toString('latin1')]);
    haystacks.push(['stderr', agent.stderr()], ['metrics+health', scraped]);
    for (const [where, text] of haystacks) {
      for (const [kind, value] of Object.entries(RAW)) expect(text.includes(value), `${kind} in ${where}`).toBe(false);
    }
    // And what the recipient decrypts is sanitized, not merely encrypted.
    const events = await agent.readBack();
    expect(events.length).toBe(LINES.length * 2);
    const plain = JSON.stringify(events);
    for (const [kind, value] of Object.entries(RAW)) expect(plain.includes(value), `${kind} in decrypted events`).toBe(false);
    expect(plain).toContain('f0:18:98:'); // the vendor OUI is kept
    expect(plain).toContain('@example.org'); // the e-mail domain is kept
  }, 60_000);
});
