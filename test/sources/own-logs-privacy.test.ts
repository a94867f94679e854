import { readFileSync, writeFileSync } from 'node:fs';
import { connect as netConnect } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closed, connectTcp, makeTestPki, MemorySink, sendTcp, sendUdp, startSource, waitFor, type TestPki } from './helpers.js';

const SECRET = 'password=hunter2-4f1c';

let pki: TestPki;
beforeAll(() => {
  pki = makeTestPki();
});
afterAll(() => pki.remove());

describe("the source's own logs", () => {
  it('never contain message content or remote addresses, whatever goes wrong', async () => {
    const lines: string[] = [];
    const tcp = await startSource({ idleTimeoutSecs: 0.2, allowNetworks: ['127.0.0.0/8'] });
    await sendTcp(tcp.port, [`<13>${SECRET}\n`, `12x ${SECRET}\n`, `99 <13>${SECRET}`]);
    const idle = await connectTcp(tcp.port);
    idle.write(`<13>${SECRET}`);
    await closed(idle);
    await tcp.source.close();
    lines.push(...tcp.logLines);

    const refused = await startSource({ allowNetworks: ['10.0.0.0/8'] });
    const r = netConnect({ port: refused.port, host: '127.0.0.1' });
    r.on('error', () => {});
    await closed(r);
    await refused.source.close();
    lines.push(...refused.logLines);

    const udp = await startSource({ mode: 'udp' }, new MemorySink(1));
    await sendUdp(udp.port, [`<13>${SECRET}`]);
    await waitFor(() => udp.sink.messages.length === 1, 'a message');
    await sendUdp(udp.port, [`<13>${SECRET}`]);
    await waitFor(() => udp.source.stats().dropped.queue_full === 1, 'a drop');
    await udp.source.close();
    lines.push(...udp.logLines);

    const tls = await startSource({
      mode: 'tls',
      tls: { certFile: pki.serverCert, keyFile: pki.serverKey, caFile: pki.caCert, verifyClient: true, minVersion: 'TLSv1.2' },
    });
    await new Promise<void>((resolve) => {
      const c = tlsConnect({ port: tls.port, host: '127.0.0.1', ca: readFileSync(pki.caCert) }, () => c.write(`<13>${SECRET}\n`));
      c.on('error', () => resolve());
      c.on('close', () => resolve());
    });
    await waitFor(() => tls.source.stats().dropped.tls_handshake === 1, 'a failed handshake');
    writeFileSync(pki.serverCert, 'garbage');
    await expect(tls.source.reloadTls()).rejects.toThrow();
    await tls.source.close();
    lines.push(...tls.logLines);
    const all = lines.join('');
    expect(all.length).toBeGreaterThan(0);
    expect(all).not.toContain('hunter2');
    expect(all).not.toContain('127.0.0.1');
    expect(all).not.toMatch(/::1|::ffff/);
  });
});
