// Postfix and Dovecot (invented values).
import { IP, USER, EMAIL, OPT, hdrServer } from '../build.mjs';

const qid = (c) => c.rng.hex(10, true);
const mx = (c) => `mx${c.rng.int(1, 3)}.${c.P.domain()}`;

export default [
  { id: 'postfix', weight: 4, gen(c) {
    const proc = c.rng.pick(['smtpd', 'qmgr', 'smtp', 'cleanup']);
    const L = hdrServer(c, c.line(), { host: c.rng.pick(['mail01', 'mx1', 'relay02']), tag: `postfix/${proc}`, pid: c.rng.int(300, 99999), pri: 22 });
    const q = qid(c);
    switch (proc) {
      case 'smtpd': return c.rng.weighted([
        [2, () => L.f`NOQUEUE: reject: RCPT from unknown[${IP(c.P.ipExt())}]: 554 5.7.1 <${EMAIL(c.P.email())}>: Relay access denied; from=<${EMAIL(c.P.email())}> to=<${EMAIL(c.P.email())}> proto=ESMTP helo=<${mx(c)}>`],
        [2, () => L.f`${q}: client=${mx(c)}[${IP(c.P.ipExtSrv())}], sasl_method=PLAIN, sasl_username=${USER(c.P.user())}`],
        [1, () => L.f`warning: unknown[${IP(c.P.ipExt())}]: SASL LOGIN authentication failed: UGFzc3dvcmQ6`],
        [1, () => L.f`connect from ${mx(c)}[${IP(c.rng.chance(0.7) ? c.P.ipExtSrv() : c.P.v6())}]`],
      ])();
      case 'qmgr': return L.f`${q}: from=<${EMAIL(c.P.email())}>, size=${c.rng.int(800, 9e6)}, nrcpt=${c.rng.int(1, 5)} (queue active)`;
      case 'smtp': return L.f`${q}: to=<${EMAIL(c.P.email())}>, relay=${mx(c)}[${IP(c.P.ipExtSrv())}]:25, delay=${c.rng.int(0, 9)}.${c.rng.int(1, 9)}, delays=0.1/0/0.2/0.5, dsn=2.0.0, status=sent (250 2.0.0 OK ${c.rng.int(1e9, 2e9)} ${c.rng.str(12, 'abcdefghijklmnopqrstuvwxyz0123456789')} - gsmtp)`;
      default: return L.f`${q}: message-id=<${OPT(c.B.uuid(), 'message-id local part')}@${c.P.domain()}>`;
    }
  } },
  { id: 'dovecot', weight: 3, gen(c) {
    const L = hdrServer(c, c.line(), { host: c.rng.pick(['mail01', 'imap02']), tag: 'dovecot', pid: c.rng.chance(0.3) ? c.rng.int(300, 99999) : undefined, pri: 22 });
    const who = c.rng.chance(0.6) ? EMAIL(c.P.email()) : USER(c.P.user());
    const rip = c.rng.chance(0.85) ? IP(c.P.ipAny()) : IP(c.P.v6());
    const sess = c.rng.str(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/');
    return c.rng.weighted([
      [3, () => L.f`imap-login: Login: user=<${who}>, method=PLAIN, rip=${rip}, lip=${IP(c.P.ipSrv())}, mpid=${c.rng.int(300, 99999)}, TLS, session=<${sess}>`],
      [2, () => L.f`auth: pam_unix(dovecot:auth): authentication failure; logname= uid=0 euid=0 tty=dovecot ruser=${who} rhost=${rip}`],
      [2, () => L.f`imap-login: Disconnected (auth failed, ${c.rng.int(1, 3)} attempts in ${c.rng.int(2, 12)} secs): user=<${who}>, method=PLAIN, rip=${rip}, lip=${IP(c.P.ipSrv())}, TLS, session=<${sess}>`],
      [1, () => L.f`imap(${who})<${c.rng.int(300, 99999)}><${sess}>: Logged out in=${c.rng.int(50, 9999)} out=${c.rng.int(500, 999999)} deleted=0 expunged=0 trashed=0 hdr_count=0 hdr_bytes=0 body_count=0 body_bytes=0`],
    ])();
  } },
];
