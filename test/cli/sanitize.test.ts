import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runCli } from './run-cli.js';

const VECTOR_KEY = '0123456789abcdeffedcba98765432101032547698badcfeefcdab8967452301';
const CRYPTOPAN_KEY = Buffer.from([21, 34, 23, 141, 51, 164, 207, 128, 19, 10, 91, 22, 73, 144, 125, 16, 216, 152, 143, 131, 121, 121, 101, 39, 98, 87, 76, 45, 42, 132, 34, 2]).toString('hex');
let work: string;
let keyFile: string;
let cpanFile: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'logveil-cli-'));
  keyFile = join(work, 'ip.key');
  cpanFile = join(work, 'cryptopan.key');
  writeFileSync(keyFile, `${VECTOR_KEY}\n`);
  writeFileSync(cpanFile, CRYPTOPAN_KEY);
});

describe('logveil sanitize', () => {
  it('reproduces the ipcrypt-pfx vectors through the command line', async () => {
    const r = await runCli(['sanitize', '--ip-key-file', keyFile, '--ip-keep', 'none', '--quiet'], '0.0.0.0\n255.255.255.255\n192.0.2.1\n2001:db8::1\n');
    expect(r.code).toBe(0);
    expect(r.stdout.toString()).toBe('151.82.155.134\n94.185.169.89\n100.115.72.131\nc180:5dd4:2587:3524:30ab:fa65:6ab6:f88\n');
  });

  it('reproduces the Crypto-PAn reference sample with --ip-algorithm cryptopan', async () => {
    const r = await runCli(['sanitize', '--ip-key-file', cpanFile, '--ip-algorithm', 'cryptopan', '--quiet'], 'a 128.11.68.132 b 129.118.74.4\n');
    expect(r.stdout.toString()).toBe('a 135.242.180.132 b 134.136.186.123\n');
  });

  it('writes one line per input line and changes no byte outside the replaced spans', async () => {
    const input = Buffer.concat([
      Buffer.from('crlf 10.0.0.1\r\n'),
      Buffer.from('nul\u0000byte 10.0.0.2\n', 'latin1'),
      Buffer.from([0x62, 0x61, 0x64, 0xff, 0xfe, 0x20, 0x31, 0x30, 0x2e, 0x30, 0x2e, 0x30, 0x2e, 0x33, 0x0a]), // invalid UTF-8
      Buffer.from('caf\u00e9 ünïcödé 10.0.0.4\n', 'utf8'),
      Buffer.from('\n'),
      Buffer.from('no final newline 10.0.0.5'),
    ]);
    const r = await runCli(['sanitize', '--ip-key-file', keyFile, '--quiet'], input);
    expect(r.code).toBe(0);
    const out = r.stdout;
    const lines = out.toString('latin1').split('\n');
    expect(lines.length).toBe(6);
    expect(lines[0]).toMatch(/^crlf \d+\.\d+\.\d+\.\d+\r$/);
    expect(lines[1]).toMatch(/^nul\u0000byte \d+\.\d+\.\d+\.\d+$/);
    expect(Buffer.from(lines[2] as string, 'latin1').subarray(0, 6)).toEqual(Buffer.from([0x62, 0x61, 0x64, 0xff, 0xfe, 0x20]));
    expect(Buffer.from(lines[3] as string, 'latin1').toString('utf8')).toMatch(/^café ünïcödé \d+\.\d+\.\d+\.\d+$/);
    expect(lines[4]).toBe('');
    expect(lines[5]).toMatch(/^no final newline \d+\.\d+\.\d+\.\d+$/);
    expect(out.subarray(-1).toString()).not.toBe('\n');
    for (const a of ['10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.4', '10.0.0.5']) expect(out.toString('latin1')).not.toContain(a);
  });

  it('passes a 1 MiB line through whole', async () => {
    const big = `${'x'.repeat(1 << 20)} 10.9.8.7 ${'y'.repeat(1000)}\n`;
    const r = await runCli(['sanitize', '--ip-key-file', keyFile, '--quiet'], big);
    expect(r.code).toBe(0);
    const out = r.stdout.toString('latin1');
    expect(out.length).toBeGreaterThan(1 << 20);
    expect(out).not.toContain('10.9.8.7');
    expect(out.endsWith(`${'y'.repeat(1000)}\n`)).toBe(true);
  });

  it('cuts lines longer than --max-line-bytes and says so', async () => {
    const r = await runCli(['sanitize', '--ip-key-file', keyFile, '--max-line-bytes', '2048'], `${'a'.repeat(5000)}\nshort 10.1.1.1\n`);
    const lines = r.stdout.toString().split('\n');
    expect(lines[0]?.length).toBe(2048);
    expect(lines[1]).toMatch(/^short \d+\.\d+\.\d+\.\d+$/);
    expect(r.stderr).toContain('cut 1 lines longer than 2048 bytes');
  });

  it('reads a file argument and prints a summary with counts by kind on stderr', async () => {
    const r = await runCli(['sanitize', '--ip-key-file', keyFile, `${ROOT}test/fixtures/device-logs.log`]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/logveil sanitize: 28 lines, .* lines\/s, .* MB\/s\); replaced ip=\d+ mac=\d+ email=\d+ user=\d+ secret=\d+; key epoch ip-key-file/);
  });

  it('says on stderr when it uses a random key for this run only', async () => {
    const r = await runCli(['sanitize'], 'x 10.0.0.1\n');
    expect(r.stderr).toMatch(/using a random key for this run only/);
    const again = await runCli(['sanitize'], 'x 10.0.0.1\n');
    expect(again.stdout.toString()).not.toBe(r.stdout.toString());
  });

  it('leaves no planted address, user, e-mail, MAC or secret in realistic device logs', async () => {
    const r = await runCli(['sanitize', '--ip-key-file', keyFile, '--quiet', `${ROOT}test/fixtures/device-logs.log`]);
    const out = r.stdout.toString('latin1');
    const input = readFileSync(`${ROOT}test/fixtures/device-logs.log`, 'latin1');
    expect(out.split('\n').length).toBe(input.split('\n').length);
    const planted = [
      // addresses
      '203.0.113.77', '10.20.30.40', '198.51.100.23', '172.16.40.9', '203.0.113.200', '10.1.5.23', '198.51.100.61', '192.0.2.10', '2001:db8:feed::42',
      '10.8.0.5', 'fd00:8::5', '198.51.100.140', '10.9.9.9', '10.9.9.1', '192.168.77.12', '203.0.113.9', '198.51.100.88', '10.31.0.7', 'fe80::21a:2bff:fe3c:4d5e',
      'ff02::1', '198.51.100.201', '10.0.0.8', '192.168.1.57', '192.168.1.58', '10.50.0.3', '203.0.113.50', '198.51.100.99', '10.77.0.4', '2001:db8:a::7',
      '2001:0DB8:000A:0000:0000:0000:0000:0007', '2001:db8::1 ',
      // users and e-mail local parts
      'kwame.mensah', 'amina.otieno', 'chidi.okeke', 'baraka.k', 'fatuma.ali', 'wanjiru.n', 'halima.yusuf', 'otieno.j', 'mwangi.p', 'svc_backup', 'Grace Achieng', 'zawadi',
      // MAC suffixes
      'fb41.7a09', '3a:bc:de', 'aa:bb:cc', '12:34:56', '01:02:03', '45:67:89',
      // secrets
      'Very$ecret42', 'Nyumba2026RO', '$9$nhEmQVczB7dqsO', 'Tunn3lPSK!x', 'ya29.a0AfH6SMBx3', 'B4ckup!Pass', 'eyJhbGciOiJIUzI1NiJ9', 'Qw3rty!!', 'AKIAQX7EXAMPLEKEYZZ2',
      'wJalrXUtnFEMI',
    ];
    const survivors = planted.filter((p) => out.includes(p));
    expect(survivors, out).toEqual([]);
    // What must stay: OUIs, domains, versions, times, interface names, the kept admin account.
    for (const keep of ['3c22.fb', 'f0:18:98:', '@example.org', 'Chrome/121.0.0.0', '10:12:05.123', 'Gi1/0/16', 'duser=admin', 'enable_15', 'USER=root']) {
      expect(out).toContain(keep);
    }
  });

  it('writes parsed, sanitized events with --format ndjson, each naming its key epoch', async () => {
    const r = await runCli(['sanitize', '--ip-key-file', keyFile, '--format', 'ndjson', '--quiet'], '<38>Mar  3 10:11:12 bastion sshd[4121]: Failed password for invalid user kwame from 203.0.113.77 port 51022 ssh2\ngarbage \u00ff\n');
    expect(r.code).toBe(0);
    const events = r.stdout.toString('utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({ host: 'bastion', app: 'sshd', pid: '4121', facility: 4, severity: 6, epoch: 'ip-key-file' });
    expect(String(events[0]?.msg)).toMatch(/^Failed password for invalid user usr_[0-9a-f]{10} from \d+\.\d+\.\d+\.\d+ port 51022 ssh2$/);
    expect(JSON.stringify(events)).not.toContain('203.0.113.77');
    expect(events[1]).toMatchObject({ format: 'unparsed' });
  });

  it('uses the current epoch of a keyring with --keys and names it', async () => {
    const dir = join(work, 'ring');
    const init = await runCli(['keys', 'init', '--dir', dir, '--tenant', 'acme']);
    expect(init.code).toBe(0);
    const epoch = /epoch (\S+)/.exec(init.stdout.toString())?.[1];
    const r = await runCli(['sanitize', '--keys', dir], 'x 10.0.0.1\n');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`key epoch ${epoch} (keyring`);
    chmodSync(dir, 0o755);
    const refused = await runCli(['sanitize', '--keys', dir], 'x\n');
    expect(refused.code).toBe(77);
    expect(refused.stderr).toMatch(/accessible by group or others.*chmod 700/);
  });

  it('lists every problem with its options at once and exits 64', async () => {
    const r = await runCli(['sanitize', '--format', 'xml', '--ip-algorithm', 'rot13', '--ip-keep', 'loopback,banana']);
    expect(r.code).toBe(64);
    expect(r.stderr).toContain('--format must be text or ndjson');
    expect(r.stderr).toContain('--ip-algorithm must be one of');
    expect(r.stderr).toContain('banana');
  });

  it('explains itself with --help, with an example', async () => {
    const r = await runCli(['sanitize', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout.toString()).toMatch(/Usage: logveil sanitize[\s\S]*Examples:/);
  });
});
