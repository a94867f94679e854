// Linux hosts: sshd (incl. OpenSSH 9.8 sshd-session), sudo/su/doas/pkexec, login/useradd/passwd,
// systemd-logind, polkit, cron, auditd, strongSwan, OpenVPN, FreeRADIUS, tac_plus.
import { L, J, ip, usr, mac, em, sec, opt, look, dom, join } from '../core.mjs';

const sshFp = (c) => `SHA256:${c.b64(43)}`;

export default [
  {
    id: 'sshd-uncommon', w: 6,
    gen(c) {
      const h = c.host('srv');
      const head = c.hdr({ host: h, tag: c.pick(['sshd', 'sshd', 'sshd-session']), pid: c.pid() });
      const u = c.user(), a = c.addr(c.pick(['ext', 'lan']), 0.25, c.pick(['c', 'c', 'f'])), p = c.port();
      return c.pick([
        () => L`${head}Connection closed by authenticating user ${usr(u)} ${ip(a)} port ${p} [preauth]`,
        () => L`${head}Disconnected from user ${usr(u)} ${ip(a)} port ${p}`,
        () => L`${head}Accepted keyboard-interactive/pam for ${usr(u)} from ${ip(a)} port ${p} ssh2`,
        () => L`${head}Accepted publickey for ${usr(u)} from ${ip(a)} port ${p} ssh2: ${c.pick(['ED25519', 'RSA', 'ECDSA'])} ${look(sshFp(c))}`,
        () => L`${head}Accepted publickey for root from ${ip(a)} port ${p} ssh2: ED25519 ${look(sshFp(c))}`,
        () => L`${head}Accepted publickey for ${usr(u)} from ${ip(c.pick(['127.0.0.1', '::1']))} port ${p} ssh2: ED25519 ${look(sshFp(c))}`,
        () => L`${head}pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=${ip(a)}  user=${usr(u)}`,
        () => L`${head}User ${usr(u)} from ${ip(a)} not allowed because not listed in AllowUsers`,
        () => L`${head}Failed password for invalid user ${usr(u)} from ${ip(a)} port ${p} ssh2`,
        () => L`${head}Invalid user ${opt('user', c.svc())} from ${ip(c.v4('ext'))} port ${p}`,
        () => L`${head}Postponed keyboard-interactive for ${usr(u)} from ${ip(a)} port ${p} ssh2 [preauth]`,
        () => L`${head}Received disconnect from ${ip(a)} port ${p}:11: ${c.pick(['Bye Bye', 'disconnected by user', 'Normal Shutdown, Thank you for playing'])} [preauth]`,
        () => L`${head}error: kex_exchange_identification: Connection closed by remote host`,
        () => L`${head}Timeout before authentication for connection from ${ip(a)} to ${ip(c.v4('srv'))}, pid = ${c.pid()}`,
        () => L`${head}error: maximum authentication attempts exceeded for ${usr(u)} from ${ip(a)} port ${p} ssh2 [preauth]`,
        () => L`${head}pam_sss(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=${ip(a)} user=${usr(u)}@${c.w.ad.dns}`,
        () => L`${head}Starting session: shell on pts/${c.int(0, 9)} for ${usr(u)} from ${ip(a)} port ${p} id 0`,
      ])();
    },
  },
  {
    id: 'sudo-su-doas', w: 5,
    gen(c) {
      const h = c.host('srv');
      const u = c.user(), u2 = c.user();
      const home = L`/home/${usr(u)}`;
      const S = (tag) => c.hdr({ host: h, tag, pid: c.chance(0.7) ? c.pid() : null });
      return c.pick([
        () => L`${S('sudo')}    ${usr(u)} : TTY=pts/${c.int(0, 9)} ; PWD=${home}${c.pick(['', '/src', '/deploy'])} ; USER=root ; COMMAND=/usr/bin/mysql -u ${opt('user', c.svc())} -p${sec(c.pw('alnum'))} ${c.pick(['prod', 'orders', 'crm'])}`,
        () => L`${S('sudo')}    ${usr(u)} : TTY=pts/${c.int(0, 9)} ; PWD=${home} ; USER=root ; COMMAND=/usr/bin/htpasswd -b /etc/nginx/.htpasswd ${usr(u2)} ${sec(c.pw('alnum'))}`,
        () => L`${S('sudo')}    ${usr(u)} : ${c.int(1, 3)} incorrect password attempt${c.pick(['', 's'])} ; TTY=pts/${c.int(0, 9)} ; PWD=${home} ; USER=root ; COMMAND=/bin/systemctl restart ${c.pick(['nginx', 'docker', 'postgresql'])}`,
        () => L`${S('sudo')}    ${usr(u)} : user NOT in sudoers ; TTY=pts/${c.int(0, 9)} ; PWD=${home} ; USER=root ; COMMAND=/bin/bash`,
        () => L`${S('sudo')}pam_unix(sudo:session): session opened for user root(uid=0) by ${usr(u)}(uid=${c.int(1000, 60000)})`,
        () => L`${S('su')}(to ${c.chance(0.4) ? 'root' : opt('user', c.pick(['postgres', 'oracle']))}) ${usr(u)} on pts/${c.int(0, 9)}`,
        () => L`${S('su')}FAILED SU (to root) ${usr(u)} on pts/${c.int(0, 9)}`,
        () => L`${S('su')}pam_unix(su-l:session): session opened for user ${opt('user', c.pick(['postgres', 'oracle', 'tomcat']))}(uid=${c.int(26, 999)}) by ${usr(u)}(uid=${c.int(1000, 60000)})`,
        () => L`${S('doas')}${usr(u)} ran command ${c.pick(['ls', 'rcctl restart httpd', 'pkg_add -u'])} as root from ${home}`,
        () => L`${S('pkexec')}${usr(u)}: Executing command [USER=root] [TTY=unknown] [CWD=${home}] [COMMAND=/usr/bin/systemctl restart ${c.pick(['nginx', 'sshd'])}]`,
        () => L`${S('sudo')}    ${usr(u)} : TTY=pts/${c.int(0, 9)} ; PWD=${home} ; USER=root ; COMMAND=/usr/bin/curl -u ${usr(u)}:${sec(c.pw('url'))} https://${c.pick(['nexus', 'artifactory', 'jenkins'])}.${c.w.ad.dns}/service/rest/v1/status`,
      ])();
    },
  },
  {
    id: 'login-accounts', w: 3,
    gen(c) {
      const h = c.host(c.pick(['srv', 'srv', 'ws']));
      const u = c.user(), uid = c.int(1000, 60000);
      const S = (tag) => c.hdr({ host: h, tag, pid: c.pid() });
      return c.pick([
        () => L`${S('login')}FAILED LOGIN (${c.int(1, 3)}) on '/dev/tty${c.int(1, 6)}' FOR '${usr(u)}', Authentication failure`,
        () => L`${S('login')}ROOT LOGIN  on '/dev/tty1'`,
        () => L`${S('gdm-password]')}pam_unix(gdm-password:session): session opened for user ${usr(u)}(uid=${uid}) by (uid=0)`,
        () => L`${S('useradd')}new user: name=${usr(u)}, UID=${uid}, GID=${uid}, home=/home/${usr(u)}, shell=/bin/bash, from=/dev/pts/${c.int(0, 5)}`,
        () => L`${S('passwd')}pam_unix(passwd:chauthtok): password changed for ${usr(u)}`,
        () => L`${S('usermod')}change user '${usr(u)}' password`,
        () => L`${S('chage')}changed password expiry for ${usr(u)}`,
        () => L`${S('userdel')}delete user '${usr(u)}'`,
        () => L`${S('lightdm')}pam_unix(lightdm:auth): authentication failure; logname= uid=0 euid=0 tty=:0 ruser= rhost=  user=${usr(u)}`,
        () => L`${S('sshd')}Password change required but no TTY available.`,
        () => L`${S('passwd')}Your password will expire in ${c.int(1, 14)} days.`,
      ])();
    },
  },
  {
    id: 'systemd-logind', w: 4,
    gen(c) {
      const h = c.host(c.pick(['srv', 'srv', 'ws']));
      const u = c.user(), s = c.int(1, 9000), uid = c.int(1000, 60000);
      return c.pick([
        () => L`${c.hdr({ host: h, tag: 'systemd-logind', pid: c.pid() })}New session ${s} of user ${usr(u)}.`,
        () => L`${c.hdr({ host: h, tag: 'systemd-logind', pid: c.pid() })}Session ${s} logged out. Waiting for processes to exit.`,
        () => L`${c.hdr({ host: h, tag: 'systemd-logind', pid: c.pid() })}Removed session ${s}.`,
        () => L`${c.hdr({ host: h, tag: 'systemd', pid: 1 })}Started session-${s}.scope - Session ${s} of User ${usr(u)}.`,
        () => L`${c.hdr({ host: h, tag: 'systemd', pid: 1 })}Started Session ${s} of user ${usr(u)}.`,
        () => L`${c.hdr({ host: h, tag: 'systemd', pid: 1 })}Created slice user-${uid}.slice - User Slice of UID ${uid}.`,
        () => L`${c.hdr({ host: h, tag: 'systemd', pid: 1 })}Starting ${look(`user@${uid}.service`)} - User Manager for UID ${uid}...`,
        () => L`${c.hdr({ host: h, tag: 'systemd', pid: c.pid() })}pam_unix(systemd-user:session): session opened for user ${usr(u)}(uid=${uid}) by ${usr(u)}(uid=0)`,
        () => L`${c.hdr({ host: h, tag: 'systemd-logind', pid: c.pid() })}Watching system buttons on /dev/input/event${c.int(0, 9)} (Power Button)`,
      ])();
    },
  },
  {
    id: 'polkit', w: 2,
    gen(c) {
      const h = c.host(c.pick(['srv', 'ws']));
      const u = c.user();
      const bus = `:1.${c.int(10, 9999)}`;
      return c.pick([
        () => L`${c.hdr({ host: h, tag: 'polkitd', pid: c.pid() })}Operator of unix-session:${c.int(1, 900)} successfully authenticated as unix-user:${usr(u)} to gain TEMPORARY authorization for action org.freedesktop.systemd1.manage-units for system-bus-name:${look(bus)} [systemctl restart ${c.pick(['nginx', 'docker'])}] (owned by unix-user:${usr(u)})`,
        () => L`${c.hdr({ host: h, tag: 'polkitd', pid: c.pid() })}Registered Authentication Agent for unix-session:${c.int(1, 900)} (system bus name ${look(bus)} [/usr/bin/gnome-shell], object path /org/freedesktop/PolicyKit1/AuthenticationAgent, locale en_US.UTF-8)`,
        () => L`${c.hdr({ host: h, tag: 'polkitd', pid: c.pid() })}Operator of unix-process:${c.pid()}:${c.int(1000000, 99999999)} FAILED to authenticate to gain authorization for action org.freedesktop.login1.reboot for unix-process:${c.pid()}:${c.int(100000, 9999999)} [bash] (owned by unix-user:${usr(u)})`,
      ])();
    },
  },
  {
    id: 'cron', w: 3,
    gen(c) {
      const h = c.host('srv');
      const u = c.user();
      return c.pick([
        () => L`${c.hdr({ host: h, tag: 'CRON', pid: c.pid() })}(${usr(u)}) CMD (/home/${usr(u)}/bin/backup.sh --password '${sec(c.pw('kv'))}' >/dev/null 2>&1)`,
        () => L`${c.hdr({ host: h, tag: 'CRON', pid: c.pid() })}(${usr(u)}) CMD (cd /home/${usr(u)}/reports && ./nightly.py --since 24h)`,
        () => L`${c.hdr({ host: h, tag: 'CRON', pid: c.pid() })}pam_unix(cron:session): session opened for user ${usr(u)}(uid=${c.int(1000, 60000)}) by (uid=0)`,
        () => L`${c.hdr({ host: h, tag: 'CRON', pid: c.pid() })}pam_unix(cron:session): session closed for user root`,
        () => L`${c.hdr({ host: h, tag: 'crond', pid: c.pid() })}(${usr(u)}) RELOAD (/var/spool/cron/${usr(u)})`,
        () => L`${c.hdr({ host: h, tag: 'CRON', pid: c.pid() })}(root) CMD (   cd / && run-parts --report /etc/cron.hourly)`,
        () => L`${c.hdr({ host: h, tag: 'CROND', pid: c.pid() })}(${usr(u)}) CMD (PGPASSWORD=${sec(c.pw('alnum'))} pg_dump -h ${ip(c.v4('srv'))} -U ${opt('user', c.svc())} orders > /backup/orders.sql)`,
      ])();
    },
  },
  {
    id: 'auditd', w: 3,
    gen(c) {
      const id = L`${c.T.epoch(3)}:${c.int(1000, 999999)}`;
      const u = c.user(), a = c.addr('ext', 0.2);
      return c.pick([
        () => L`type=USER_AUTH msg=audit(${id}): pid=${c.pid()} uid=0 auid=4294967295 ses=4294967295 subj=unconfined msg='op=PAM:authentication grantors=? acct="${usr(u)}" exe="/usr/sbin/sshd" hostname=${ip(a)} addr=${ip(a)} terminal=ssh res=failed'`,
        () => L`type=USER_LOGIN msg=audit(${id}): pid=${c.pid()} uid=0 auid=${c.int(1000, 60000)} ses=${c.int(1, 999)} subj=unconfined msg='op=login id=${c.int(1000, 60000)} exe="/usr/sbin/sshd" hostname=? addr=${ip(a)} terminal=/dev/pts/${c.int(0, 9)} res=success'`,
        () => L`type=EXECVE msg=audit(${id}): argc=5 a0="mysql" a1="-u" a2="${opt('user', c.svc())}" a3="-p${sec(c.pw('alnum'))}" a4="${c.pick(['prod', 'crm'])}"`,
        () => L`type=EXECVE msg=audit(${id}): argc=4 a0="sshpass" a1="-p" a2="${sec(c.pw('alnum'))}" a3="ssh"`,
        () => L`type=EXECVE msg=audit(${id}): argc=3 a0="ls" a1="-la" a2="/home/${usr(u)}"`,
        () => L`type=USER_CMD msg=audit(${id}): pid=${c.pid()} uid=${c.int(1000, 60000)} auid=${c.int(1000, 60000)} ses=${c.int(1, 999)} subj=unconfined msg='cwd="/home/${usr(u)}" cmd=${look(c.HEX(c.int(8, 20) * 2))} exe="/usr/bin/sudo" terminal=pts/${c.int(0, 9)} res=success'`,
        () => L`type=SYSCALL msg=audit(${id}): arch=c000003e syscall=59 success=yes exit=0 a0=${c.hex(12)} a1=${c.hex(12)} a2=${c.hex(12)} a3=0 items=2 ppid=${c.pid()} pid=${c.pid()} auid=${c.int(1000, 60000)} uid=0 gid=0 euid=0 suid=0 fsuid=0 egid=0 sgid=0 fsgid=0 tty=pts0 ses=${c.int(1, 999)} comm="${c.pick(['bash', 'python3', 'curl'])}" exe="/usr/bin/${c.pick(['bash', 'python3.11', 'curl'])}" key="${c.pick(['exec', 'priv_esc', '(null)'])}"`,
      ])();
    },
  },
  {
    id: 'strongswan', w: 3,
    gen(c) {
      const h = c.host('srv');
      const head = c.hdr({ host: h, tag: 'charon', pid: c.pid() });
      const th = `${String(c.int(1, 16)).padStart(2, '0')}[${c.pick(['IKE', 'CFG', 'NET', 'ENC'])}] `;
      const peer = c.addr('ext', 0.3), local = c.v4('pub'), u = c.user();
      return c.pick([
        () => L`${head}${th}${ip(peer)} is initiating a ${c.pick(['Main Mode', 'IKE_SA'])} IKE_SA`,
        () => L`${head}${th}IKE_SA ${c.pick(['rw-eap', 'rw-cert', 'site-hq'])}[${c.int(1, 999)}] established between ${ip(local)}[vpn.${c.w.corpMail}]...${ip(peer)}[${em(c.email())}]`,
        () => L`${head}${th}received EAP identity '${usr(u)}'`,
        () => L`${head}${th}assigning virtual IP ${ip(c.v4('vpn'))} to peer '${usr(u)}'`,
        () => L`${head}${th}authentication of 'CN=${usr(u)}, OU=Staff, O=Example' with RSA_EMSA_PKCS1_SHA2_256 successful`,
        () => L`${head}${th}peer requested virtual IP %any6`,
        () => L`${head}${th}sending packet: from ${ip(local)}[4500] to ${ip(peer)}[${c.port()}] (${c.int(80, 1400)} bytes)`,
        () => L`${head}${th}IKE_SA ${c.pick(['rw-eap'])}[${c.int(1, 999)}] established between [${ip(c.v6('srv'))}]...[${ip(c.v6('ext'))}]`,
      ])();
    },
  },
  {
    id: 'openvpn-server', w: 3,
    gen(c) {
      const h = c.pick(['vpn-gw-01', 'opnsense.localdomain', 'pfsense']);
      const head = c.hdr({ host: h, tag: 'openvpn', pid: c.pid() });
      const u = c.user(), cl = c.v4('ext'), p = c.port();
      const pre = L`${usr(u)}/${ip(cl)}:${p} `;
      return c.pick([
        () => L`${head}user '${usr(u)}' authenticated`,
        () => L`${head}${ip(cl)}:${p} [${usr(u)}] Peer Connection Initiated with [AF_INET]${ip(cl)}:${p}`,
        () => L`${head}${pre}MULTI_sva: pool returned IPv4=${ip(c.v4('vpn'))}, IPv6=${ip(c.v6('lan'))}`,
        () => L`${head}${pre}SIGUSR1[soft,ping-restart] received, client-instance restarting`,
        () => L`${head}${ip(cl)}:${p} TLS Auth Error: Auth Username/Password verification failed for peer`,
        () => L`${head}${ip(cl)}:${p} VERIFY OK: depth=0, CN=${usr(u)}`,
        () => L`${head}${pre}PUSH: Received control message: 'PUSH_REQUEST'`,
        () => L`${head}[AF_INET6]${ip(c.v6('ext'))}:${p} peer info: IV_VER=${look(c.pick(['2.6.8', '2.5.9', '3.git::d3f8b18b']))}`,
      ])();
    },
  },
  {
    id: 'freeradius', w: 3,
    gen(c) {
      const head = c.hdr({ host: c.pick(['radius01', 'radius02']), tag: 'radiusd', pid: c.pid() });
      const u = c.user(), m = c.fmac('client', c.pick(['DASH', 'dash']));
      const nas = c.pick([c.host('ap'), c.host('sw'), 'wlc01']);
      return c.pick([
        () => L`${head}(${c.int(1, 99999)}) Login OK: [${usr(u)}] (from client ${nas} port ${c.int(0, 50)} cli ${mac(m)})`,
        () => L`${head}(${c.int(1, 99999)}) Login incorrect (mschap: MS-CHAP2-Response is incorrect): [${usr(u)}/<via Auth-Type = eap>] (from client ${nas} port ${c.int(0, 50)} cli ${mac(m)} via TLS tunnel)`,
        () => L`${head}(${c.int(1, 99999)}) Login incorrect (pap: Cleartext password does not match "known good" password): [${usr(u)}/${sec(c.pw('kv'))}] (from client ${nas} port ${c.int(0, 50)} cli ${mac(m)})`,
        () => L`${head}(${c.int(1, 99999)}) Login OK: [${usr(u)}/${sec(c.pw('kv'))}] (from client ${nas} port ${c.int(0, 50)})`,
        () => L`${head}Ignoring request to auth address * port 1812 bound to server default from unknown client ${ip(c.v4(c.pick(['ext', 'lan'])))} port ${c.port()} proto udp`,
        () => L`${head}(${c.int(1, 99999)}) eap_peap: ERROR: TLS Alert read:fatal:unknown CA`,
      ])();
    },
  },
  {
    id: 'tacacs', w: 2,
    gen(c) {
      const nas = c.v4('mgmt'), u = c.user(), rem = c.v4('lan');
      return c.pick([
        () => L`${c.T.ctime(false).replace(/^\w+ /, '')}\t${ip(nas)}\t${usr(u)}\ttty${c.int(1, 5)}\t${ip(rem)}\t${c.pick(['start', 'stop'])}\ttask_id=${c.int(1, 999)}\ttimezone=UTC\tservice=shell\tstart_time=${c.T.epochS()}\tpriv-lvl=15\tcmd=${c.pick(['show running-config <cr>', 'configure terminal <cr>', 'write memory <cr>'])}`,
        () => L`${c.hdr({ host: c.pick(['tacacs01', 'aaa-hq']), tag: 'tac_plus', pid: c.pid() })}login failure: ${usr(u)} ${ip(rem)} (${ip(nas)}) tty${c.int(1, 5)}`,
        () => L`${c.hdr({ host: c.pick(['tacacs01', 'aaa-hq']), tag: 'tac_plus-ng', pid: c.pid() })}${ip(nas)} ${c.pick(['shell login succeeded', 'pap login failed'])} for '${usr(u)}' from ${ip(rem)} on vty${c.int(0, 4)}`,
        () => L`${c.hdr({ host: c.pick(['tacacs01', 'aaa-hq']), tag: 'tac_plus', pid: c.pid() })}Error ${ip(nas)}: Invalid AUTHEN/START packet (check keys)`,
      ])();
    },
  },
];
