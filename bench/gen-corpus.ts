/**
 * A deterministic, realistic syslog corpus for benchmarks: sshd, firewalls
 * (ASA, iptables, pfSense, FortiGate), Cisco IOS, DHCP and web access logs,
 * IPv4 and IPv6, MACs, users and about 1% of lines carrying a secret.
 *
 * Addresses repeat the way real traffic does: a few thousand inside hosts and a
 * long tail of outside peers, both drawn from Zipf-like distributions, so an
 * address cache sees a realistic hit rate. The same seed gives the same bytes.
 *
 *   node dist/bench/gen-corpus.js --lines 1000000 --seed 1 --out /tmp/corpus.log
 */
import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';

/** mulberry32: small, fast, good enough for test data. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateCorpus(lines: number, seed: number, write: (s: string) => void): void {
  const r = rng(seed);
  const int = (n: number): number => Math.floor(r() * n);
  const pick = <T>(a: readonly T[]): T => a[int(a.length)] as T;
  /** Zipf-like index in [0, n): small indexes are much more frequent. */
  const zipf = (n: number): number => Math.min(n - 1, Math.floor(Math.pow(n, r()) - 1));
  const hex = (n: number, w: number): string => n.toString(16).padStart(w, '0');

  const inside = Array.from({ length: 4000 }, (_, i) => (i % 3 === 0 ? `10.${(i >> 8) & 255}.${i & 255}.${1 + int(250)}` : i % 3 === 1 ? `192.168.${(i >> 4) & 255}.${1 + int(250)}` : `172.16.${(i >> 6) & 255}.${1 + int(250)}`));
  const outside = Array.from({ length: 200_000 }, () => `${1 + int(222)}.${int(256)}.${int(256)}.${1 + int(254)}`);
  const outside6 = Array.from({ length: 20_000 }, () => `2001:db8:${hex(int(65536), 1)}:${hex(int(65536), 1)}::${hex(1 + int(65535), 1)}`);
  const inside6 = Array.from({ length: 2000 }, () => `fd00:${hex(int(65536), 1)}::${hex(int(65536), 1)}:${hex(1 + int(65535), 1)}`);
  const macs = Array.from({ length: 5000 }, () => {
    const oui = pick(['00:1e:0b', '3c:22:fb', 'f0:18:98', '00:50:56', 'b8:27:eb', 'a4:83:e7']);
    return `${oui}:${hex(int(256), 2)}:${hex(int(256), 2)}:${hex(int(256), 2)}`;
  });
  const users = Array.from({ length: 3000 }, (_, i) => pick(['j', 'a', 'm', 's', 'k', 'p', 'r', 't']) + pick(['doe', 'smith', 'kowalski', 'nguyen', 'okafor', 'mwangi', 'patel', 'garcia']) + (i > 20 ? String(i) : ''));
  const attackerNames = ['admin', 'test', 'oracle', 'ubuntu', 'postgres', 'pi', 'git', 'user', 'guest', 'support', 'ftpuser', 'webmaster'];
  const hosts = ['fw01', 'fw02', 'core-sw1', 'edge-rtr1', 'ap-lobby', 'srv-app01', 'srv-db02', 'vpn-gw'];
  const domains = ['example.com', 'example.net', 'corp.example'];
  const secrets = ['S3cr3t!', 'hunter2', 'Passw0rd2024', 'Tr0ub4dor&3', 'correct-horse', 'Summer2026!'];
  const ifaces = ['GigabitEthernet0/1', 'GigabitEthernet1/0/24', 'TenGigabitEthernet1/1/1', 'Vlan100', 'Port-channel10'];
  const uas = [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15',
    'curl/8.5.0',
  ];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

  let t = Date.UTC(2026, 2, 1, 0, 0, 0);
  const inIp = (): string => (r() < 0.08 ? (inside6[zipf(inside6.length)] as string) : (inside[zipf(inside.length)] as string));
  const outIp = (): string => (r() < 0.1 ? (outside6[zipf(outside6.length)] as string) : (outside[zipf(outside.length)] as string));
  const user = (): string => users[zipf(users.length)] as string;
  const mac = (): string => macs[zipf(macs.length)] as string;
  const port = (): number => 1024 + int(64000);

  for (let n = 0; n < lines; n++) {
    t += int(40);
    const d = new Date(t);
    const bsd = `${months[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${d.toISOString().slice(11, 19)}`;
    const host = pick(hosts);
    const pid = 1000 + int(30000);
    const k = r();
    let line: string;
    if (k < 0.22) {
      // sshd
      const s = r();
      if (s < 0.45) line = `<38>${bsd} ${host} sshd[${pid}]: Failed password for ${r() < 0.5 ? `invalid user ${pick(attackerNames)}` : user()} from ${outIp()} port ${port()} ssh2`;
      else if (s < 0.6) line = `<38>${bsd} ${host} sshd[${pid}]: Accepted publickey for ${user()} from ${inIp()} port ${port()} ssh2: ED25519 SHA256:${Buffer.from(String(int(1e9))).toString('base64')}`;
      else if (s < 0.75) line = `<38>${bsd} ${host} sshd[${pid}]: pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=${outIp()}  user=${user()}`;
      else if (s < 0.9) line = `<38>${bsd} ${host} sshd[${pid}]: Connection closed by ${outIp()} port ${port()} [preauth]`;
      else line = `<86>${bsd} ${host} sshd[${pid}]: pam_unix(sshd:session): session opened for user ${user()} by (uid=0)`;
    } else if (k < 0.52) {
      // firewalls
      const s = r();
      if (s < 0.35) {
        const conn = 100000 + int(9e8);
        line = `<166>${bsd} ${host} : %ASA-6-302013: Built outbound TCP connection ${conn} for outside:${outIp()}/${pick([443, 80, 53, 22, 8443])} (${outIp()}/${pick([443, 80])}) to inside:${inIp()}/${port()} (${inIp()}/${port()})`;
      } else if (s < 0.55) {
        line = `<4>${bsd} ${host} kernel: [${int(99999)}.${int(999999)}] DROP IN=eth0 OUT= MAC=${mac()}:${mac()}:08:00 SRC=${outIp()} DST=${inIp()} LEN=${40 + int(1400)} TOS=0x00 PREC=0x00 TTL=${32 + int(200)} ID=${int(65535)} PROTO=TCP SPT=${port()} DPT=${pick([22, 23, 445, 3389])} WINDOW=1024 RES=0x00 SYN URGP=0`;
      } else if (s < 0.75) {
        line = `<134>${bsd} ${host} filterlog[${pid}]: ${int(200)},,,1000000103,igb0,match,block,in,4,0x0,,${32 + int(200)},${int(65535)},0,DF,6,tcp,60,${outIp().includes(':') ? '203.0.113.9' : outIp()},${inside[zipf(inside.length)]},${port()},${pick([22, 443, 3389])},0,S,${int(1e9)},,64240,,mss;sackOK;TS;nop;wscale`;
      } else {
        line = `<189>date=${d.toISOString().slice(0, 10)} time=${d.toISOString().slice(11, 19)} devname="${host}" devid="FGT60F0000000001" logid="0000000013" type="traffic" subtype="forward" level="notice" vd="root" srcip=${inside[zipf(inside.length)]} srcport=${port()} srcintf="port2" dstip=${outside[zipf(outside.length)]} dstport=443 dstintf="wan1" sessionid=${int(1e8)} proto=6 action="close" policyid=${1 + int(40)} service="HTTPS" sentbyte=${int(1e6)} rcvdbyte=${int(1e7)} srcmac="${mac()}"`;
      }
    } else if (k < 0.67) {
      // Cisco IOS
      const seq = int(999999);
      const s = r();
      if (s < 0.4) line = `<187>${seq}: ${host}: ${bsd}.${String(int(1000)).padStart(3, '0')} UTC: %LINK-3-UPDOWN: Interface ${pick(ifaces)}, changed state to ${pick(['up', 'down'])}`;
      else if (s < 0.6) line = `<189>${seq}: ${host}: ${bsd} UTC: %SEC_LOGIN-5-LOGIN_SUCCESS: Login Success [user: ${user()}] [Source: ${inIp()}] [localport: 22] at ${d.toISOString().slice(11, 19)} UTC`;
      else if (s < 0.75) line = `<189>${seq}: ${host}: ${bsd} UTC: %SYS-5-CONFIG_I: Configured from console by ${user()} on vty0 (${inIp()})`;
      else line = `<189>${seq}: ${host}: ${bsd} UTC: %DOT1X-5-FAIL: Authentication failed for client (${mac().replace(/:/g, '').replace(/(.{4})(.{4})(.{4})/, '$1.$2.$3')}) on Interface ${pick(ifaces)} AuditSessionID 0A0B0C0D${hex(int(1 << 30), 8)}`;
    } else if (k < 0.77) {
      // DHCP
      const ip = inside[zipf(inside.length)];
      if (r() < 0.5) line = `<30>${bsd} ${host} dnsmasq-dhcp[${pid}]: DHCPACK(br0) ${ip} ${mac()} ${pick(['laptop', 'phone', 'printer'])}-${int(99)}`;
      else line = `<30>${bsd} ${host} dhcpd[${pid}]: DHCPREQUEST for ${ip} from ${mac()} via eth1`;
    } else {
      // web access logs
      const u = r() < 0.1 ? user() : '-';
      const path = pick(['/', '/index.html', '/api/v1/items?page=2', '/login', '/static/app.js', '/health']);
      line = `<190>${bsd} ${host} nginx: ${outIp()} - ${u} [${String(d.getUTCDate()).padStart(2, '0')}/${months[d.getUTCMonth()]}/2026:${d.toISOString().slice(11, 19)} +0000] "GET ${path} HTTP/1.1" ${pick([200, 200, 200, 304, 404, 500])} ${int(50000)} "-" "${pick(uas)}"`;
    }
    // About 1% of lines carry a credential or an e-mail address.
    const extra = r();
    if (extra < 0.003) line = `<85>${bsd} ${host} sudo: ${user()} : TTY=pts/${int(9)} ; PWD=/home/${user()} ; USER=root ; COMMAND=/usr/bin/mysql -u app -p${pick(secrets)} appdb`;
    else if (extra < 0.005) line = `<134>${bsd} ${host} app[${pid}]: fetching https://${user()}:${pick(secrets)}@${pick(domains)}/export?token=${hex(int(2 ** 31), 8)}${hex(int(2 ** 31), 8)}`;
    else if (extra < 0.007) line = `<189>${int(99999)}: ${host}: ${bsd} UTC: %PARSER-5-CFGLOG_LOGGEDCMD: User:${user()}  logged command:snmp-server community ${pick(secrets)} RO 10`;
    else if (extra < 0.009) line = `<134>${bsd} ${host} proxy[${pid}]: request from ${inIp()} Authorization: Bearer ${Buffer.from(`${user()}:${int(1e9)}`).toString('base64')}`;
    else if (extra < 0.012) line = `<166>${bsd} ${host} : %ASA-6-113039: Group <GP-Remote> User <${user()}@${pick(domains)}> IP <${outIp()}> AnyConnect parent session started.`;
    write(`${line}\n`);
  }
}

function cli(): void {
  const { values } = parseArgs({
    options: {
      lines: { type: 'string', default: '1000000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
    },
  });
  if (values.out === undefined) throw new Error('--out FILE is required');
  const out = createWriteStream(values.out);
  let buf: string[] = [];
  generateCorpus(Number(values.lines), Number(values.seed), (s) => {
    buf.push(s);
    if (buf.length >= 10000) {
      out.write(buf.join(''));
      buf = [];
    }
  });
  out.end(buf.join(''));
}

if (import.meta.url === `file://${process.argv[1]}`) cli();
