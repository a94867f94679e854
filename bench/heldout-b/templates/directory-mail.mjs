// Directory and mail: Samba auth audit, winbind/pam_winbind, MIT Kerberos KDC + kadmind, OpenLDAP slapd,
// Dovecot, Postfix, Exim, SMTP transcripts.
import { L, J, ip, usr, mac, em, sec, opt, look, dom, join } from '../core.mjs';

export default [
  {
    id: 'samba-auth-audit', w: 3,
    gen(c) {
      const head = c.hdr({ host: c.pick(['files01', 'dc01', 'nas01']), tag: 'smbd', pid: c.pid(), style: c.pick(['f', 'p']) });
      const u = c.user(), d = c.ad.netbios;
      const v6 = c.chance(0.2);
      const remote = v6 ? L`ipv6:${ip(c.v6('lan'))}:${c.port()}` : L`ipv4:${ip(c.v4('lan'))}:${c.port()}`;
      const local = v6 ? L`ipv6:[${ip(c.v6('srv'))}]:445` : L`ipv4:${ip(c.v4('srv'))}:445`;
      const status = c.pick(['NT_STATUS_OK', 'NT_STATUS_WRONG_PASSWORD', 'NT_STATUS_NO_SUCH_USER', 'NT_STATUS_ACCOUNT_LOCKED_OUT']);
      return L`${head}  Auth: [SMB2,(null)] user [${d}]\\[${usr(u)}] at [${c.T.dow}, ${String(c.T.D).padStart(2, '0')} ${c.T.mon} ${c.T.Y} ${c.T.hms(6)} UTC] with [NTLMv2] status [${status}] workstation [${c.ws()}] remote host [${remote}] ${status === 'NT_STATUS_OK' ? L`became [${d}]\\[${usr(u)}] [S-1-5-21-${c.int(1000000000, 4000000000)}-${c.int(1000000000, 4000000000)}-${c.int(1000000000, 4000000000)}-${c.int(1100, 9999)}].` : L`mapped to [${d}]\\[${usr(u)}].`} local host [${local}] NETLOGON computer [${c.ws()}] trust account [${opt('user', c.ws() + '$')}]`;
    },
  },
  {
    id: 'winbind', w: 2,
    gen(c) {
      const u = c.user(), d = c.ad.netbios;
      return c.pick([
        () => L`${c.hdr({ host: c.host('srv'), tag: 'winbindd', pid: c.pid(), style: 'f' })}[${c.T.slash()}.${c.int(100000, 999999)},  2] ../../source3/winbindd/winbindd_pam.c:${c.int(1000, 3000)}(winbindd_pam_auth_crap) NTLM CRAP authentication for user [${d}]\\[${usr(u)}] returned NT_STATUS_WRONG_PASSWORD (PAM: 7)`,
        () => L`${c.hdr({ host: c.host('srv'), tag: 'sshd', pid: c.pid() })}pam_winbind(sshd:auth): user '${d}\\${usr(u)}' denied access (incorrect password or invalid membership)`,
        () => L`${c.hdr({ host: c.host('srv'), tag: 'sshd', pid: c.pid() })}pam_winbind(sshd:account): user '${d}\\${usr(u)}' granted access`,
        () => L`${c.hdr({ host: c.host('srv'), tag: 'sshd', pid: c.pid() })}pam_winbind(sshd:auth): getting password (0x${c.hex(8)})`,
        () => L`${c.hdr({ host: c.host('srv'), tag: 'login', pid: c.pid() })}pam_winbind(login:session): pam_winbind_open_session: user '${usr(u)}@${c.ad.realm.toLowerCase()}' home '/home/${c.ad.netbios}/${usr(u)}'`,
        () => L`${c.hdr({ host: c.host('srv'), tag: 'login', pid: c.pid() })}pam_winbind(login:auth): user '${usr(u)}' granted access`,
      ])();
    },
  },
  {
    id: 'krb5kdc', w: 4,
    gen(c) {
      const head = c.hdr({ host: c.pick(['kdc1', 'kdc2', 'ipa01']), tag: L`krb5kdc[${c.pid()}](info)`, pid: null, style: c.pick(['p', 'f']) });
      const u = c.user(), R = c.ad.realm, a = c.v4('lan');
      const et = c.pick(['{aes256-cts-hmac-sha1-96(18), aes128-cts-hmac-sha1-96(17), aes256-cts-hmac-sha384-192(20), aes128-cts-hmac-sha256-128(19), camellia256-cts-cmac(26), camellia128-cts-cmac(25)}', '{rep=aes256-cts-hmac-sha1-96(18), tkt=aes256-cts-hmac-sha1-96(18), ses=aes256-cts-hmac-sha1-96(18)}']);
      const princ = c.chance(0.15) ? L`${usr(u)}/${opt('email', `admin@${R}`)}` : L`${usr(u)}@${R}`;
      const svc = (name, inst) => L`${name}/${opt('email', `${inst}@${R}`)}`; // service principals look like e-mails: ambiguous
      const tgt = svc('krbtgt', R);
      const adm = L`${usr(u)}/${opt('email', `admin@${R}`)}`;
      return c.pick([
        () => L`${head}AS_REQ (6 etypes ${et}) ${ip(a)}: NEEDED_PREAUTH: ${princ} for ${tgt}, Additional pre-authentication required`,
        () => L`${head}AS_REQ (6 etypes ${et}) ${ip(a)}: ISSUE: authtime ${c.T.epochS()}, etypes {rep=18 tkt=18 ses=18}, ${princ} for ${tgt}`,
        () => L`${head}AS_REQ (4 etypes {18 17 20 19}) ${ip(a)}: CLIENT_NOT_FOUND: ${princ} for ${tgt}, Client not found in Kerberos database`,
        () => L`${head}AS_REQ (4 etypes {18 17 20 19}) ${ip(a)}: PREAUTH_FAILED: ${princ} for ${tgt}, Preauthentication failed`,
        () => L`${head}TGS_REQ (4 etypes {18 17 20 19}) ${ip(a)}: ISSUE: authtime ${c.T.epochS()}, etypes {rep=18 tkt=18 ses=18}, ${princ} for ${svc('HTTP', `${c.host('srv')}.${c.w.ad.dns}`)}`,
        () => L`${c.hdr({ host: 'kdc1', tag: L`kadmind[${c.pid()}](Notice)`, pid: null, style: 'f' })}Request: kadm5_init, ${adm}, success, client=${adm}, service=${svc('kadmin', 'admin')}, addr=${ip(a)}, vers=4, flavor=6`,
        () => L`${c.hdr({ host: 'kdc1', tag: L`kadmind[${c.pid()}](Notice)`, pid: null, style: 'f' })}Request: kadm5_create_principal, ${usr(c.user())}@${R}, success, client=${adm}, service=${svc('kadmin', 'admin')}, addr=${ip(a)}`,
      ])();
    },
  },
  {
    id: 'openldap-slapd', w: 4,
    gen(c) {
      const head = c.hdr({ host: c.pick(['ldap01', 'ldap02']), tag: 'slapd', pid: c.pid() });
      const conn = c.int(1000, 999999), u = c.user();
      const base = c.pick(['dc=example,dc=com', 'dc=corp,dc=example,dc=net', 'o=example']);
      return c.pick([
        () => L`${head}conn=${conn} fd=${c.int(10, 300)} ACCEPT from IP=${ip(c.v4('lan'))}:${c.port()} (IP=${ip('0.0.0.0')}:${c.pick([389, 636])})`,
        () => L`${head}conn=${conn} fd=${c.int(10, 300)} ACCEPT from IP=[${ip(c.v6('lan'))}]:${c.port()} (IP=[${ip('::')}]:389)`,
        () => L`${head}conn=${conn} op=${c.int(0, 9)} BIND dn="uid=${usr(u)},ou=${c.pick(['people', 'users', 'staff'])},${base}" method=128`,
        () => L`${head}conn=${conn} op=${c.int(0, 9)} BIND dn="uid=${usr(u)},ou=people,${base}" mech=SIMPLE bind_ssf=0 ssf=256`,
        () => L`${head}conn=${conn} op=${c.int(0, 9)} RESULT tag=97 err=${c.pick([0, 49, 49])} qtime=0.000012 etime=0.00${c.int(1000, 9999)} text=`,
        () => L`${head}conn=${conn} op=${c.int(0, 9)} SRCH base="${base}" scope=2 deref=0 filter="(&(objectClass=posixAccount)(uid=${usr(u)}))"`,
        () => L`${head}conn=${conn} op=${c.int(0, 9)} BIND dn="cn=${opt('user', c.pick(['Jane Roe', 'Ana Silva', 'Wei Zhang', 'Tom Becker']))},ou=Staff,${base}" method=128`,
        () => L`${head}conn=${conn} op=${c.int(0, 9)} BIND dn="cn=admin,${base}" method=128`,
        () => L`${head}conn=${conn} op=${c.int(0, 9)} MOD dn="uid=${usr(u)},ou=people,${base}"`,
        () => L`${head}conn=${conn} op=${c.int(0, 9)} MOD attr=userPassword shadowLastChange pwdChangedTime`,
      ])();
    },
  },
  {
    id: 'dovecot', w: 4,
    gen(c) {
      const head = c.hdr({ host: c.pick(['mail01', 'mail02', 'imap']), tag: 'dovecot', pid: c.chance(0.3) ? c.pid() : null });
      const rip = c.addr('ext', 0.25), lip = c.v4('srv'), sess = c.b64(16).replace(/[+/]/g, 'A');
      const who = c.chance(0.6) ? em(c.email()) : usr(c.user());
      return c.pick([
        () => L`${head}imap-login: Login: user=<${who}>, method=PLAIN, rip=${ip(rip)}, lip=${ip(lip)}, mpid=${c.pid()}, TLS, session=<${sess}>`,
        () => L`${head}imap-login: Disconnected: Connection closed (auth failed, ${c.int(1, 3)} attempts in ${c.int(2, 20)} secs): user=<${who}>, method=PLAIN, rip=${ip(rip)}, lip=${ip(lip)}, TLS, session=<${sess}>`,
        () => L`${head}auth-worker(${c.pid()}): pam(${who},${ip(rip)},<${sess}>): pam_authenticate() failed: Authentication failure (password mismatch?)`,
        () => L`${head}auth: passwd-file(${who},${ip(rip)},<${sess}>): unknown user`,
        () => L`${head}imap(${who})<${c.pid()}><${sess}>: Disconnected: Logged out in=${c.int(10, 9999)} out=${c.int(100, 999999)} deleted=0 expunged=0 trashed=0 hdr_count=0 hdr_bytes=0 body_count=0 body_bytes=0`,
        () => L`${head}lmtp(${who})<${c.pid()}><${c.b64(22).replace(/[+/]/g, 'z')}>: msgid=<${opt('email', `${c.hex(12)}@${c.pick(['mail.example.net', c.w.corpMail])}`)}>: saved mail to INBOX`,
      ])();
    },
  },
  {
    id: 'postfix', w: 5,
    gen(c) {
      const h = c.pick(['mail01', 'mx1', 'relay02']);
      const qid = c.r.str(c.pick([10, 11, 12]), '0123456789ABCDEF');
      const ext = c.v4('ext');
      const rname = c.pick(['mail.example.net', 'mx.example.org', 'unknown', 'smtp.example.io']);
      const S = (tag) => c.hdr({ host: h, tag: `postfix/${tag}`, pid: c.pid() });
      return c.pick([
        () => L`${S('smtpd')}warning: unknown[${ip(ext)}]: SASL LOGIN authentication failed: ${look('UGFzc3dvcmQ6')}`,
        () => L`${S('smtpd')}warning: ${rname}[${ip(ext)}]: SASL PLAIN authentication failed: authentication failure, sasl_username=${em(c.email())}`,
        () => L`${S('smtpd')}${qid}: client=${rname}[${ip(ext)}], sasl_method=PLAIN, sasl_username=${c.chance(0.5) ? em(c.email()) : usr(c.user())}`,
        () => L`${S('qmgr')}${qid}: from=<${em(c.email())}>, size=${c.int(800, 9999999)}, nrcpt=${c.int(1, 5)} (queue active)`,
        () => L`${S('smtp')}${qid}: to=<${em(c.email())}>, relay=${rname}[${ip(c.chance(0.3) ? c.v6('ext') : c.v4('ext'))}]:25, delay=${c.int(0, 9)}.${c.int(1, 9)}, delays=0.${c.int(1, 9)}/0/0.${c.int(1, 9)}/0.${c.int(1, 9)}, dsn=2.0.0, status=sent (250 2.0.0 OK  ${c.T.epochS()} ${c.alnum(12)} - gsmtp)`,
        () => L`${S('cleanup')}${qid}: message-id=<${opt('email', `${c.uuid()}@${c.pick(['mail.example.net', c.w.corpMail])}`)}>`,
        () => L`${S('smtpd')}NOQUEUE: reject: RCPT from ${rname}[${ip(ext)}]: 554 5.7.1 <${em(c.email())}>: Relay access denied; from=<${em(c.email())}> to=<${em(c.email())}> proto=ESMTP helo=<${c.chance(0.4) ? L`[${ip(ext)}]` : c.pick(['User', 'localhost', 'ylmf-pc'])}>`,
        () => L`${S('postscreen')}CONNECT from [${ip(ext)}]:${c.port()} to [${ip(c.v4('srv'))}]:25`,
        () => L`${S('local')}${qid}: to=<${opt('email', `root@${h}.${c.w.ad.dns}`)}>, orig_to=<root>, relay=local, delay=0.02, delays=0.01/0/0/0, dsn=2.0.0, status=sent (delivered to mailbox)`,
      ])();
    },
  },
  {
    id: 'exim', w: 3,
    gen(c) {
      const id = `${c.alnum(6)}-${c.alnum(6)}-${c.alnum(2)}`;
      const ext = c.v4('ext'), u = c.user();
      const ts = c.T.ymd();
      return c.pick([
        () => L`${ts} ${id} <= ${em(c.email())} H=(${c.pick(['laptop', 'DESKTOP', c.ws()])}) [${ip(ext)}]:${c.port()} P=esmtpsa X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=no A=dovecot_plain:${usr(u)} S=${c.int(900, 999999)} id=${opt('email', `${c.hex(16)}@${c.pick(['mail.example.net', c.w.corpMail])}`)}`,
        () => L`${ts} dovecot_login authenticator failed for (${c.pick(['User', 'ylmf-pc', 'example.com'])}) [${ip(ext)}]:${c.port()}: 535 Incorrect authentication data (set_id=${em(c.email())})`,
        () => L`${ts} ${id} => ${em(c.email())} R=dnslookup T=remote_smtp H=${c.pick(['mx.example.org', 'aspmx.l.example.net'])} [${ip(c.chance(0.3) ? c.v6('ext') : c.v4('ext'))}] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes C="250 2.0.0 OK"`,
        () => L`${ts} ${id} Completed`,
        () => L`${ts} H=(${c.pick(['User', 'win-clj1b0gq6jp'])}) [${ip(ext)}] F=<${em(c.email())}> rejected RCPT <${em(c.email())}>: relay not permitted`,
      ])();
    },
  },
  {
    id: 'smtp-transcript', w: 1,
    gen(c) {
      const ext = c.v4('ext'), u = c.user(), pw = c.pw('alnum');
      const sh = c.pick(['app-prod-01', 'web03']), stag = c.pick(['php-fpm', 'mailer', 'python3']), spid = c.pid();
      const pre = () => c.hdr({ host: sh, tag: stag, pid: spid, style: 'f' });
      const kind = c.int(0, 2);
      if (kind === 0) {
        return [
          L`${pre()}SMTP -> FROM SERVER:220 smtp.${c.w.corpMail} ESMTP ready`,
          L`${pre()}CLIENT -> SERVER: EHLO ${c.host('srv')}`,
          L`${pre()}CLIENT -> SERVER: AUTH PLAIN ${sec(Buffer.from(`\u0000${u}\u0000${pw}`).toString('base64'))}`,
          L`${pre()}SMTP -> FROM SERVER:235 2.7.0 Authentication successful`,
          L`${pre()}CLIENT -> SERVER: MAIL FROM:<${em(c.email())}>`,
        ];
      }
      if (kind === 1) {
        return [
          L`${pre()}send: 'ehlo ${c.host('srv')}\\r\\n'`,
          L`${pre()}send: 'AUTH LOGIN ${opt('secret', Buffer.from(`${u}@${c.w.corpMail}`).toString('base64'))}\\r\\n'`,
          L`${pre()}reply: b'334 ${look('UGFzc3dvcmQ6')}'`,
          L`${pre()}send: '${sec(Buffer.from(pw).toString('base64'))}\\r\\n'`,
          L`${pre()}reply: b'235 2.7.0 Authentication successful'`,
        ];
      }
      return L`${pre()}SMTP Error: Could not authenticate. Username: ${em(`${u.toLowerCase()}@${c.w.corpMail}`)} Host: ${ip(ext)}`;
    },
  },
];
