// OpenSSH sshd, PAM, systemd-logind, useradd (invented values).
import { IP, USER, OPT, SPECIAL_IP, hdrServer } from '../build.mjs';

export const uidOf = (u) => 1000 + ([...u].reduce((a, ch) => (a * 31 + ch.charCodeAt(0)) >>> 0, 7) % 900);
const host = (c) => c.P.dev('linux');
const sshHdr = (c) => hdrServer(c, c.line(), { host: host(c), tag: 'sshd', pid: c.rng.int(1000, 99999), pri: 38 });
/** who is trying to log in: a person (planted), a shared account (kept), or a scanner name (optional) */
const who = (c, pPerson = 0.7, pSys = 0.2) => {
  const r = c.rng.next();
  if (r < pPerson) return USER(c.P.user());
  if (r < pPerson + pSys) return c.P.sysUser();
  return OPT(c.P.svcUser(), 'scanner/service account name');
};
/** client address in the forms sshd prints */
const client = (c) => c.rng.weighted([
  [10, () => IP(c.P.ipAny())],
  [2, () => IP(c.P.v6())],
  [1, () => IP(`::ffff:${c.P.ipExt()}`)],
  [1, () => [IP(c.P.linkLocal()), `%${c.rng.pick(['eth0', 'ens3'])}`]],
])();

export default [
  { id: 'sshd-failed-password', weight: 8, gen(c) {
    const L = sshHdr(c);
    const inv = c.rng.chance(0.35);
    const u = inv ? who(c, 0.35, 0.1) : who(c, 0.75, 0.25);
    return L.f`Failed password for ${inv ? 'invalid user ' : ''}${u} from ${client(c)} port ${c.P.port()} ssh2`;
  } },
  { id: 'sshd-accepted', weight: 6, gen(c) {
    const L = sshHdr(c);
    const u = c.rng.chance(0.85) ? USER(c.P.user()) : 'root';
    const m = c.rng.weighted([[3, 'publickey'], [2, 'password'], [1, 'keyboard-interactive/pam']]);
    const fp = m === 'publickey' ? `: ${c.rng.pick(['RSA', 'ED25519', 'ECDSA'])} ${c.B.sshFp()}` : '';
    return L.f`Accepted ${m} for ${u} from ${client(c)} port ${c.P.port()} ssh2${fp}`;
  } },
  { id: 'sshd-invalid-user', weight: 5, gen(c) {
    const L = sshHdr(c);
    const u = who(c, 0.3, 0.1);
    return c.rng.weighted([
      [3, () => L.f`Invalid user ${u} from ${client(c)} port ${c.P.port()}`],
      [1, () => L.f`input_userauth_request: invalid user ${u} [preauth]`],
      [1, () => L.f`Connection closed by invalid user ${u} ${client(c)} port ${c.P.port()} [preauth]`],
    ])();
  } },
  { id: 'sshd-repeated', weight: 2, gen(c) {
    const L = sshHdr(c);
    return L.f`message repeated ${c.rng.int(2, 6)} times: [ Failed password for ${who(c, 0.7, 0.3)} from ${client(c)} port ${c.P.port()} ssh2]`;
  } },
  { id: 'sshd-session', weight: 6, gen(c) {
    const L = sshHdr(c);
    const u = c.rng.chance(0.85) ? USER(c.P.user()) : 'root';
    const p = c.P.port();
    return c.rng.weighted([
      [3, () => L.f`pam_unix(sshd:session): session opened for user ${u}(uid=${typeof u === 'string' ? 0 : uidOf(u.value)}) by ${c.rng.chance(0.5) ? '' : 'sshd'}(uid=0)`],
      [2, () => L.f`pam_unix(sshd:session): session closed for user ${u}`],
      [2, () => L.f`Disconnected from user ${u} ${client(c)} port ${p}`],
      [2, () => L.f`Received disconnect from ${client(c)} port ${p}:11: disconnected by user`],
      [1, () => L.f`Connection closed by authenticating user ${u} ${client(c)} port ${p} [preauth]`],
      [1, () => L.f`error: maximum authentication attempts exceeded for ${u} from ${client(c)} port ${p} ssh2 [preauth]`],
      [1, () => L.f`Starting session: shell on pts/${c.rng.int(0, 9)} for ${u} from ${client(c)} port ${p} id 0`],
      [1, () => L.f`pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=${client(c)}  user=${u}`],
    ])();
  } },
  { id: 'sshd-misc', weight: 3, gen(c) {
    const L = sshHdr(c);
    return c.rng.weighted([
      [2, () => L.f`reverse mapping checking getaddrinfo for ${c.rng.pick(['static', 'dsl', 'host'])}-${c.rng.int(1, 250)}.${c.P.domain()} [${IP(c.P.ipExt())}] failed - POSSIBLE BREAK-IN ATTEMPT!`],
      [1, () => L.f`Server listening on ${SPECIAL_IP('0.0.0.0')} port 22.`],
      [1, () => L.f`Server listening on ${SPECIAL_IP('::')} port 22.`],
      [2, () => L.f`Connection from ${IP(c.P.ipExt())} port ${c.P.port()} on ${IP(c.P.ipSrv())} port 22 rdomain ""`],
      [2, () => L.f`kex_exchange_identification: Connection closed by remote host`],
      [1, () => L.f`Unable to negotiate with ${IP(c.P.ipExt())} port ${c.P.port()}: no matching host key type found. Their offer: ssh-rsa,ssh-dss [preauth]`],
      [1, () => L.f`Timeout before authentication for ${IP(c.P.ipExt())} port ${c.P.port()}`],
      [1, () => L.f`Remote protocol version 2.0, remote software version ${c.rng.pick(['OpenSSH_9.2p1 Debian-2+deb12u2', 'OpenSSH_8.9p1 Ubuntu-3ubuntu0.6', 'PuTTY_Release_0.80', 'libssh_0.9.6'])}`],
      [1, () => L.f`Bad protocol version identification 'SSH-2.0-Go' from ${IP(c.P.ipExt())} port ${c.P.port()}`],
    ])();
  } },
  { id: 'pam-misc', weight: 4, gen(c) {
    const u = c.P.user();
    const tag = c.rng.pick(['sshd', 'login', 'systemd-logind', 'useradd', 'passwd', 'CRON']);
    const L = hdrServer(c, c.line(), { host: host(c), tag, pid: c.rng.int(300, 99999), pri: 86 });
    switch (tag) {
      case 'sshd': return L.f`pam_faillock(sshd:auth): Consecutive login failures for user ${USER(u)} account temporarily locked`;
      case 'login': return L.f`pam_unix(login:auth): authentication failure; logname=LOGIN uid=0 euid=0 tty=tty1 ruser= rhost=  user=${USER(u)}`;
      case 'systemd-logind': return c.rng.chance(0.5) ? L.f`New session ${c.rng.int(1, 9999)} of user ${USER(u)}.` : L.f`Removed session ${c.rng.int(1, 9999)}.`;
      case 'useradd': return L.f`new user: name=${USER(u)}, UID=${uidOf(u)}, GID=${uidOf(u)}, home=/home/${USER(u)}, shell=/bin/bash, from=/dev/pts/${c.rng.int(0, 5)}`;
      case 'passwd': return L.f`pam_unix(passwd:chauthtok): password changed for ${USER(u)}`;
      default: return L.f`pam_unix(cron:session): session opened for user root(uid=0) by (uid=0)`;
    }
  } },
];
