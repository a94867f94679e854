// Server / application templates: Linux auth (sshd, sudo, su, PAM, logind, user management, cron), Samba,
// Kerberos, Windows (Snare, NXLog), web servers and proxies, mail, VPNs, RADIUS, DHCP, DNS, databases, FTP,
// application JSON / logfmt / HTTP debug, CI logs with cloud tokens, CSV audit exports, look-alike noise.
// Every value is invented.
import { cap } from './core.mjs';

export function srvTemplates(c) {
  const { r, L, J, IP, KD, U, S, E, M, O, sec } = c;
  const pick = r.pick;
  const lhost = () => pick(['web01', 'web02.example.net', 'bastion-1', 'db-prod-03', 'build-07', 'mail01', 'files01', 'ldap02',
    'vpn-gw1', 'k8s-node-5', 'app-srv-12', 'jump01.corp.example.com', 'nas-backup', 'mon-01']);
  const H = (tag, pid = c.pid()) => c.hAny(lhost(), tag, pid);
  const anyAddr = () => (r.p(0.12) ? IP(c.ip6()) : IP(c.ip()));

  // --- sshd ------------------------------------------------------------------------------------
  const sshd = () => {
    const pid = c.pid();
    const h = H('sshd', pid);
    const u = c.user();
    const ip = anyAddr();
    const port = c.port();
    const fp = `SHA256:${sec.b64(43)}`;
    return L`${h}${r.w([
      [5, () => L`Accepted password for ${U(u)} from ${ip} port ${port} ssh2`],
      [4, () => L`Accepted publickey for ${U(u)} from ${ip} port ${port} ssh2: ${pick(['RSA', 'ED25519', 'ECDSA'])} ${O('secret', fp)}`],
      [5, () => L`Failed password for ${U(u)} from ${ip} port ${port} ssh2`],
      [4, () => L`Failed password for invalid user ${O('user', c.scanner())} from ${ip} port ${port} ssh2`],
      [2, () => L`Failed password for invalid user ${U(u)} from ${ip} port ${port} ssh2`],
      [3, () => L`Invalid user ${O('user', c.scanner())} from ${ip} port ${port}`],
      [2, () => L`Connection closed by authenticating user ${U(u)} ${ip} port ${port} [preauth]`],
      [2, () => L`Disconnected from user ${U(u)} ${ip} port ${port}`],
      [3, () => L`pam_unix(sshd:session): session opened for user ${U(u)}(uid=${r.int(1000, 1999)}) by (uid=0)`],
      [2, () => L`pam_unix(sshd:session): session closed for user ${U(u)}`],
      [2, () => L`pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=${ip}  user=${U(u)}`],
      [1, () => L`message repeated ${r.int(2, 9)} times: [ Failed password for ${U(u)} from ${ip} port ${port} ssh2]`],
      [1, () => L`Starting session: shell on pts/${r.int(0, 9)} for ${U(u)} from ${ip} port ${port} id 0`],
      [1, () => L`User ${U(u)} from ${ip} not allowed because not listed in AllowUsers`],
      [1, () => L`Received disconnect from ${ip} port ${port}:11: disconnected by user`],
      [1, () => L`Connection from ${ip} port ${port} on ${IP(c.ipSrv())} port 22 rdomain ""`],
      [1, () => L`Server listening on ${KD('::')} port 22.`],
      [1, () => L`error: kex_exchange_identification: Connection closed by remote host`],
      [1, () => L`Timeout before authentication for ${ip} port ${port}`],
    ])()}`;
  };

  // --- sudo / su ---------------------------------------------------------------------------------
  const home = (u) => L`/home/${U(u)}`;
  const secretCmd = (u) => r.w([
    [3, () => L`/usr/bin/mysql -u ${O('user', pick(['app_rw', 'backup', 'reporting']))} -p${S(sec.pw({ simple: true }))} orders`],
    [2, () => L`/usr/bin/curl -s -u ${U(u)}:${S(sec.pw({ url: true }))} https://${pick(['jenkins.corp.example.com', 'nexus.example.net', 'api.example.org'])}/api/json`],
    [2, () => L`/bin/sh -c echo '${U(c.user())}:${S(sec.pw({ simple: true }))}' | chpasswd`],
    [2, () => L`/usr/bin/htpasswd -b /etc/nginx/.htpasswd ${U(c.user())} ${S(sec.pw({ simple: true }))}`],
    [1, () => L`/usr/bin/sshpass -p ${S(sec.pw({ simple: true }))} ssh ${U(u)}@${pick(['db-prod-03', 'files01', 'build-07'])}`],
    [1, () => L`/usr/bin/mysqldump --user=${O('user', 'backup')} --password=${S(sec.pw({ simple: true }))} --all-databases`],
    [1, () => L`/usr/bin/ldapsearch -x -H ldaps://ldap02.corp.example.com -D cn=${O('user', 'svc_ldapbind')},ou=svc,dc=corp,dc=example,dc=com -w ${S(sec.pw({ simple: true }))} uid=${U(c.user())}`],
    [1, () => L`/usr/bin/redis-cli -h ${IP(c.ipSrv())} -a ${S(sec.pw({ simple: true }))} INFO`],
    [1, () => L`/usr/bin/openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:${S(sec.pw({ simple: true }))}`],
    [1, () => L`/usr/local/bin/vault login -method=userpass username=${U(u)} password=${S(sec.pw({ simple: true }))}`],
    [1, () => L`/usr/bin/docker login -u ${U(u)} -p ${S(sec.pw({ simple: true }))} registry.example.com`],
  ])();
  const plainCmd = (u) => r.w([
    [3, () => `/usr/bin/systemctl restart ${pick(['nginx', 'postgresql', 'docker', 'sshd', 'haproxy'])}`],
    [2, () => `/usr/bin/apt-get install -y ${pick(['htop', 'tcpdump', 'nginx=1.24.0-2ubuntu7', 'openssl'])}`],
    [2, () => `/bin/cat /var/log/${pick(['auth.log', 'secure', 'syslog', 'nginx/error.log'])}`],
    [1, () => `/usr/bin/journalctl -u ${pick(['nginx', 'kea-dhcp4'])} --since today`],
    [1, () => L`/usr/sbin/tcpdump -ni eth0 host ${IP(c.ip())}`],
    [1, () => L`/usr/bin/vim ${home(u)}/.ssh/authorized_keys`],
    [1, () => '/bin/bash'],
  ])();
  const sudo = () => {
    const u = c.user();
    const pwd = r.p(0.7) ? home(u) : pick(['/var/www/html', '/srv/app', '/tmp', '/etc/nginx']);
    const tty = `pts/${r.int(0, 9)}`;
    return L`${H('sudo', null)}${r.w([
      [5, () => L`${U(u)} : TTY=${tty} ; PWD=${pwd} ; USER=root ; COMMAND=${plainCmd(u)}`],
      [4, () => L`${U(u)} : TTY=${tty} ; PWD=${pwd} ; USER=${pick(['root', 'root', 'postgres', 'www-data'])} ; COMMAND=${secretCmd(u)}`],
      [1, () => L`${U(u)} : ${r.int(1, 3)} incorrect password attempt${r.p(0.5) ? 's' : ''} ; TTY=${tty} ; PWD=${pwd} ; USER=root ; COMMAND=${plainCmd(u)}`],
      [1, () => L`${U(u)} : user NOT in sudoers ; TTY=${tty} ; PWD=${pwd} ; USER=root ; COMMAND=/bin/bash`],
      [2, () => L`pam_unix(sudo:session): session opened for user root(uid=0) by ${U(u)}(uid=${r.int(1000, 1999)})`],
      [1, () => L`pam_unix(sudo:auth): authentication failure; logname=${U(u)} uid=${r.int(1000, 1999)} euid=0 tty=/dev/${tty} ruser=${U(u)} rhost=  user=${U(u)}`],
    ])()}`;
  };
  const su = () => {
    const u = c.user();
    const tty = `pts/${r.int(0, 9)}`;
    return L`${H(pick(['su', 'su', 'su-l']), c.pid())}${r.w([
      [3, () => L`(to root) ${U(u)} on ${tty}`],
      [2, () => L`FAILED SU (to ${pick(['root', 'postgres', 'oracle'])}) ${U(u)} on ${tty}`],
      [2, () => L`pam_unix(su-l:session): session opened for user ${pick(['root', 'postgres'])}(uid=0) by ${U(u)}(uid=${r.int(1000, 1999)})`],
      [2, () => L`pam_unix(su:auth): authentication failure; logname=${U(u)} uid=${r.int(1000, 1999)} euid=0 tty=${tty} ruser=${U(u)} rhost=  user=root`],
      [1, () => L`Successful su for root by ${U(u)}`],
      [1, () => L`+ /dev/${tty} ${U(u)}:root`],
    ])()}`;
  };
  const logind = () => {
    const u = c.user();
    const sid = r.int(1, 9999);
    const uid = r.int(1000, 1999);
    return r.w([
      [3, () => L`${H('systemd-logind', c.pid())}New session ${sid} of user ${U(u)}.`],
      [2, () => L`${H('systemd-logind', c.pid())}Session ${sid} logged out. Waiting for processes to exit.`],
      [1, () => L`${H('systemd-logind', c.pid())}Removed session ${sid}.`],
      [2, () => L`${H('systemd', 1)}Started session-${sid}.scope - Session ${sid} of User ${U(u)}.`],
      [1, () => L`${H('systemd', 1)}Started ${O('email', `user@${uid}.service`)} - User Manager for UID ${uid}.`],
      [1, () => L`${H('gdm-password]', null)}pam_unix(gdm-password:session): session opened for user ${U(u)}(uid=${uid}) by (uid=0)`],
      [2, () => L`${H('CRON', c.pid())}pam_unix(cron:session): session opened for user ${U(u)}(uid=${uid}) by (uid=0)`],
      [2, () => L`${H('CRON', c.pid())}(${U(u)}) CMD (${home(u)}/bin/${pick(['sync.sh', 'backup.sh', 'report.py'])} >/dev/null 2>&1)`],
      [1, () => L`${H('systemd', c.pid())}pam_unix(systemd-user:session): session opened for user ${U(u)}(uid=${uid}) by ${U(u)}(uid=0)`],
    ])();
  };
  const usermgmt = () => {
    const u = c.user();
    const uid = r.int(1000, 1999);
    return r.w([
      [2, () => L`${H('useradd')}new user: name=${U(u)}, UID=${uid}, GID=${uid}, home=${home(u)}, shell=/bin/bash, from=/dev/pts/${r.int(0, 5)}`],
      [1, () => L`${H('useradd')}new group: name=${U(u)}, GID=${uid}`],
      [2, () => L`${H('passwd')}pam_unix(passwd:chauthtok): password changed for ${U(u)}`],
      [1, () => L`${H('chpasswd')}pam_unix(chpasswd:chauthtok): password changed for ${U(u)}`],
      [1, () => L`${H('usermod')}add '${U(u)}' to group '${pick(['sudo', 'wheel', 'docker', 'adm'])}'`],
      [1, () => L`${H('userdel')}delete user '${U(u)}'`],
      [1, () => L`${H('gpasswd')}user ${U(u)} added by root to group ${pick(['docker', 'libvirt'])}`],
      [1, () => L`${H('chage')}changed password expiry for ${U(u)}`],
      [1, () => L`${H('passwd')}gkr-pam: couldn't update the login keyring password: no old password was entered`],
    ])();
  };

  // --- Samba / Kerberos / Windows -----------------------------------------------------------
  const samba = () => {
    const u = c.user();
    const dom = c.domain();
    const ws = c.wsName();
    const ip = c.ipIn();
    return L`${H('smbd', c.pid())}${r.w([
      [2, () => L`  check_ntlm_password:  Authentication for user [${U(u)}] -> [${U(u)}] FAILED with error NT_STATUS_WRONG_PASSWORD, authoritative=1`],
      [3, () => L`Auth: [SMB2,(null)] user [${dom}]\\[${U(u)}] at [${c.T.samba()}] with [NTLMv2] status [NT_STATUS_OK] workstation [${ws}] remote host [ipv4:${IP(ip)}:${c.port()}] became [${dom}]\\[${U(u)}] [${O('user', c.sid())}]. local host [ipv4:${IP(c.ipSrv())}:445] `],
      [1, () => L`Auth: [SMB2,(null)] user [${dom}]\\[${U(u)}] at [${c.T.samba()}] with [NTLMv2] status [NT_STATUS_NO_SUCH_USER] workstation [${ws}] remote host [ipv4:${IP(ip)}:${c.port()}] mapped to [${dom}]\\[${U(u)}]. local host [ipv4:${IP(c.ipSrv())}:445] `],
      [3, () => L`smbd_audit: ${U(u)}|${IP(ip)}|${ws.toLowerCase()}|${pick(['finance', 'public', 'projects', 'hr'])}|${pick(['openat', 'unlinkat', 'renameat', 'mkdirat'])}|ok|${pick(['r', 'w'])}|/srv/share/${pick(['q1-report.xlsx', 'budget/2024.ods', 'scans/img0042.pdf'])}`],
      [1, () => L`  ${ws}$ (${IP(ip)}) connect to service IPC$ initially as user ${O('user', `${ws}$`)} (uid=${r.int(10000, 30000)}, gid=${r.int(10000, 30000)}) (pid ${c.pid()})`],
    ])()}`;
  };
  const kerberos = () => {
    const u = c.user();
    const realm = c.realm();
    const ip = c.ipIn();
    const et = pick(['{18 17 20 19}', '{aes256-cts-hmac-sha1-96(18), aes128-cts-hmac-sha1-96(17)}', '{18 17 16 23}']);
    const at = c.T.epoch();
    const svc = pick([`krbtgt/${realm}@${realm}`, `host/files01.${realm.toLowerCase()}@${realm}`, `HTTP/intranet.${realm.toLowerCase()}@${realm}`, `ldap/ldap02.${realm.toLowerCase()}@${realm}`]);
    return L`${c.h3164(lhost(), `krb5kdc[${c.pid()}](info)`, null)}${r.w([
      [3, () => L`AS_REQ (4 etypes ${et}) ${IP(ip)}: ISSUE: authtime ${at}, etypes {rep=18 tkt=18 ses=18}, ${U(u)}@${realm} for krbtgt/${realm}@${realm}`],
      [2, () => L`AS_REQ (4 etypes ${et}) ${IP(ip)}: NEEDED_PREAUTH: ${U(u)}@${realm} for krbtgt/${realm}@${realm}, Additional pre-authentication required`],
      [1, () => L`AS_REQ (4 etypes ${et}) ${IP(ip)}: CLIENT_NOT_FOUND: ${U(u)}@${realm} for krbtgt/${realm}@${realm}, Client not found in Kerberos database`],
      [1, () => L`preauth (encrypted_timestamp) verify failure: Preauthentication failed`],
      [1, () => L`AS_REQ (4 etypes ${et}) ${IP(ip)}: PREAUTH_FAILED: ${U(u)}@${realm} for krbtgt/${realm}@${realm}, Preauthentication failed`],
      [3, () => L`TGS_REQ (4 etypes ${et}) ${IP(ip)}: ISSUE: authtime ${at - r.int(0, 36000)}, etypes {rep=18 tkt=18 ses=18}, ${U(u)}@${realm} for ${svc}`],
      [1, () => L`Request: kadm5_init, ${U(u)}/admin@${realm}, success, client=${U(u)}/admin@${realm}, service=kadmin/admin@${realm}, addr=${IP(ip)}, vers=4, flavor=6`],
    ])()}`;
  };
  const snare = () => {
    const u = c.user();
    const dom = c.domain();
    const dc = pick(['DC01', 'DC02', 'FS01']);
    const host = `${dc}.${c.adDomain()}`;
    const ip = c.ipIn();
    const ws = c.wsName();
    const recno = r.int(100000, 9999999);
    const hdr = [c.pri(1, 5), c.T.bsd(), ' ', host, ' MSWinEventLog\t1\tSecurity\t', String(recno), '\t', c.T.ctime(), '\t'];
    const ev = r.w([
      [3, () => ['4625', 'Failure Audit', 'Logon', L`An account failed to log on.    Subject:   Security ID:  S-1-0-0   Account Name:  -   Account Domain:  -   Logon ID:  0x0    Logon Type:   3    Account For Which Logon Failed:   Security ID:  S-1-0-0   Account Name:  ${U(u)}   Account Domain:  ${dom}    Failure Information:   Failure Reason:  Unknown user name or bad password.   Status:   0xC000006D   Sub Status:  0xC000006A    Process Information:   Caller Process ID: 0x0   Caller Process Name: -    Network Information:   Workstation Name: ${ws}   Source Network Address: ${IP(ip)}   Source Port:  ${c.port()}`]],
      [3, () => ['4624', 'Success Audit', 'Logon', L`An account was successfully logged on.    Subject:   Security ID:  S-1-0-0   Account Name:  -   Account Domain:  -   Logon ID:  0x0    Logon Type:   ${pick([2, 3, 10])}    New Logon:   Security ID:  ${O('user', c.sid())}   Account Name:  ${U(u)}   Account Domain:  ${dom}   Logon ID:  0x${r.hex(7, true)}   Logon GUID:  {${c.uuid()}}    Network Information:   Workstation Name: ${ws}   Source Network Address: ${IP(ip)}   Source Port:  ${c.port()}    Detailed Authentication Information:   Logon Process:  NtLmSsp    Authentication Package: NTLM   Package Name (NTLM only): NTLM V2   Key Length:  128`]],
      [1, () => ['4740', 'Success Audit', 'User Account Management', L`A user account was locked out.    Subject:   Security ID:  S-1-5-18   Account Name:  ${O('user', `${dc}$`)}   Account Domain:  ${dom}   Logon ID:  0x3E7    Account That Was Locked Out:   Security ID:  ${O('user', c.sid())}   Account Name:  ${U(u)}    Additional Information:   Caller Computer Name: ${ws}`]],
      [1, () => {
        const p = c.person();
        return ['4720', 'Success Audit', 'User Account Management', L`A user account was created.    Subject:   Security ID:  ${O('user', c.sid())}   Account Name:  ${U(u)}   Account Domain:  ${dom}   Logon ID:  0x${r.hex(6, true)}    New Account:   Security ID:  ${O('user', c.sid())}   Account Name:  ${U(p.login)}   Account Domain:  ${dom}    Attributes:   SAM Account Name: ${U(p.login)}   Display Name:  ${O('user', p.display)}   User Principal Name: ${E(`${p.login.toLowerCase()}@${c.adDomain()}`)}   Home Directory:  -   Password Last Set: <never>`];
      }],
      [1, () => ['4771', 'Failure Audit', 'Kerberos Authentication Service', L`Kerberos pre-authentication failed.    Account Information:   Security ID:  ${dom}\\${U(u)}   Account Name:  ${U(u)}    Service Information:   Service Name:  krbtgt/${dom}    Network Information:   Client Address:  ${IP(`::ffff:${ip}`)}   Client Port:  ${c.port()}    Additional Information:   Ticket Options:  0x40810010   Failure Code:  0x18   Pre-Authentication Type: 2`]],
    ])();
    return L`${hdr}${ev[0]}\tMicrosoft-Windows-Security-Auditing\tN/A\tN/A\t${ev[1]}\t${host}\t${ev[2]}\t\t${ev[3]}\t${r.int(1, 999999)}`;
  };
  const nxlog = () => {
    const p = c.person();
    const dom = c.domain();
    const ip = c.ipIn();
    const host = `${pick(['DC01', 'DC02'])}.${c.adDomain()}`;
    const base = L`"EventTime":"${c.T.ymd()} ${c.T.hms()}","Hostname":"${host}","SourceName":"Microsoft-Windows-Security-Auditing","Channel":"Security","RecordNumber":${r.int(1e5, 9e7)},"ProcessID":${r.int(500, 900)},"ThreadID":${r.int(1000, 9000)}`;
    return L`${r.p(0.5) ? [c.pri(1, 5), c.T.bsd(), ' ', host, ' '] : ''}{${base},${r.w([
      [3, () => L`"EventID":4625,"EventType":"AUDIT_FAILURE","TargetUserName":"${U(p.login)}","TargetDomainName":"${dom}","Status":"0xc000006d","SubStatus":"0xc000006a","LogonType":"3","WorkstationName":"${c.wsName()}","IpAddress":"${IP(ip)}","IpPort":"${c.port()}"`],
      [3, () => L`"EventID":4624,"EventType":"AUDIT_SUCCESS","TargetUserSid":"${O('user', c.sid())}","TargetUserName":"${U(p.login)}","TargetDomainName":"${dom}","LogonType":"${pick([3, 10, 2])}","LogonProcessName":"Kerberos","AuthenticationPackageName":"Kerberos","IpAddress":"${IP(ip)}","IpPort":"${c.port()}"`],
      [1, () => L`"EventID":4768,"EventType":"AUDIT_SUCCESS","TargetUserName":"${U(p.login)}","TargetDomainName":"${dom}","ServiceName":"krbtgt","TicketOptions":"0x40810010","Status":"0x0","TicketEncryptionType":"0x12","IpAddress":"${IP(`::ffff:${ip}`)}","IpPort":"${c.port()}"`],
      [2, () => L`"EventID":4688,"EventType":"AUDIT_SUCCESS","SubjectUserName":"${U(p.login)}","SubjectDomainName":"${dom}","NewProcessName":"C:\\\\Windows\\\\System32\\\\net.exe","CommandLine":"${r.p(0.5) ? L`net use \\\\\\\\files01\\\\finance /user:${dom}\\\\${U(p.login)} ${S(sec.pw({ simple: true }))}` : L`net user ${U(c.user())} ${S(sec.pw({ simple: true }))} /add /domain`}"`],
      [1, () => L`"EventID":4740,"EventType":"AUDIT_SUCCESS","TargetUserName":"${U(p.login)}","TargetDomainName":"${pick(['WS-', 'LT-'])}${r.chars(5, '0123456789ABCDEF')}","SubjectUserName":"${O('user', 'DC01$')}"`],
    ])()},"SourceModuleName":"eventlog","SourceModuleType":"im_msvistalog"}`;
  };

  // --- Web servers / proxies ----------------------------------------------------------------
  const UAS = ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.91 Safari/537.36',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15',
    'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', 'curl/8.5.0', 'python-requests/2.31.0',
    'Go-http-client/1.1', 'okhttp/4.12.0', 'Apache-HttpClient/4.5.14 (Java/17.0.10)'];
  const reqPath = (u) => r.w([
    [6, () => pick(['/', '/index.html', '/static/app.3f9c2a1b.js', '/favicon.ico', '/api/v1/health', '/robots.txt'])],
    [1, () => L`/images/${O('email', 'logo@2x.png')}`],
    [2, () => L`/api/v2/export?api_key=${S(sec.apikey())}&format=csv`],
    [2, () => L`/login?username=${U(u)}&password=${S(sec.pw({ url: true }))}&remember=1`],
    [2, () => L`/account/reset?token=${S(sec.b64u(r.int(32, 48)))}&uid=${r.int(100, 99999)}`],
    [1, () => L`/oauth/callback?code=${S(sec.b64u(r.int(20, 40)))}&state=${r.hex(16)}`],
    [1, () => L`/download/report.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${S(sec.awsId())}%2F${c.T.ymd('')}%2Feu-central-1%2Fs3%2Faws4_request&X-Amz-Expires=900&X-Amz-Signature=${S(r.hex(64))}`],
    [1, () => L`/api/v1/items?page=${r.int(1, 40)}&access_token=${S(sec.jwt({ sub: u }))}`],
    [2, () => `/api/v1/orders/${r.int(1000, 99999)}?include=lines&v=2.4.1`],
  ])();
  const access = () => {
    const u = c.user();
    const authUser = r.w([[6, () => '-'], [3, () => U(u)], [1, () => E(c.email())]])();
    const m = pick(['GET', 'GET', 'GET', 'POST', 'PUT']);
    const st = pick([200, 200, 200, 301, 302, 304, 401, 403, 404, 500]);
    const ref = r.p(0.5) ? '-' : `https://${pick(['portal.example.com', 'intranet.corp.example.com', 'www.example.org'])}/${pick(['', 'dashboard', 'login'])}`;
    const line = L`${IP(c.ipv(0.15))} - ${authUser} [${c.T.clf()}] "${m} ${reqPath(u)} HTTP/${pick(['1.1', '2.0'])}" ${st} ${r.int(0, 90000)} "${ref}" "${pick(UAS)}"`;
    return r.w([
      [5, () => line],
      [2, () => L`${pick(['www.example.com', 'portal.example.com'])}:443 ${line}`],
      [2, () => L`${c.h3164(lhost(), pick(['nginx', 'apache2', 'httpd']), null)}${line}`],
    ])();
  };
  const nginxErr = () => {
    const u = c.user();
    const ip = IP(c.ipv(0.15));
    const srv = pick(['intranet.example.com', 'grafana.corp.example.com', 'wiki.example.org']);
    const head = `${c.T.ymd('/')} ${c.T.hms()} [${pick(['error', 'error', 'warn'])}] ${c.pid()}#${r.int(0, 8)}: *${r.int(1, 9e6)} `;
    return L`${head}${r.w([
      [3, () => L`user "${U(u)}" was not found in "/etc/nginx/.htpasswd"`],
      [3, () => L`user "${U(u)}": password mismatch`],
      [1, () => L`no user/password was provided for basic authentication`],
      [2, () => L`upstream timed out (110: Connection timed out) while reading response header from upstream`],
    ])()}, client: ${ip}, server: ${srv}, request: "GET /${pick(['', 'admin/', 'metrics'])} HTTP/1.1", host: "${srv}"`;
  };
  const haproxy = () => {
    const u = c.user();
    const ip = c.ip();
    const ts = c.T.clf().replace(' +0000', '') + `.${String(r.int(0, 999)).padStart(3, '0')}`;
    const cap1 = r.w([
      [3, () => L`{${pick(['www.example.com', 'api.example.com'])}|${pick(UAS.slice(3))}}`],
      [2, () => L`{${U(u)}|${IP(c.ipIn())}}`],
      [2, () => L`{Bearer ${S(sec.jwt({ sub: u }))}}`],
      [1, () => L`{Basic ${S(sec.basic(u, sec.pw()))}}`],
    ])();
    return r.w([
      [4, () => L`${c.h3164(pick(['lb01', 'lb02.example.net']), 'haproxy', c.pid())}${IP(ip)}:${c.port()} [${ts}] fe_https~ be_${pick(['app', 'api', 'static'])}/${pick(['app01', 'app02', 'app03'])} 0/0/${r.int(0, 3)}/${r.int(1, 400)}/${r.int(1, 500)} ${pick([200, 200, 302, 401, 503])} ${r.int(100, 90000)} - - ---- ${r.int(1, 400)}/${r.int(1, 400)}/${r.int(0, 40)}/${r.int(0, 20)}/0 0/0 ${cap1} "${pick(['GET', 'POST'])} ${reqPath(u)} HTTP/1.1"`],
      [1, () => L`${c.h3164('lb01', 'haproxy', c.pid())}${IP(ip)}:${c.port()} [${ts}] fe_ssh be_bastion/bastion-1 1/0/${r.int(100, 90000)} ${r.int(1000, 9e6)} -- ${r.int(1, 50)}/${r.int(1, 50)}/1/1/0 0/0`],
      [1, () => L`${c.h3164('lb01', 'haproxy', c.pid())}Server be_app/app0${r.int(1, 3)} is DOWN, reason: Layer4 timeout, check duration: 2001ms. 2 active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.`],
    ])();
  };

  // --- Mail --------------------------------------------------------------------------------------
  const qid = () => r.chars(r.int(10, 12), '0123456789ABCDEF');
  const msgid = () => O('email', `${c.T.ymd('')}${c.T.hms().replace(/:/g, '')}.${r.hex(8, true)}@${pick(['mail.example.com', 'mx1.example.org', 'smtp.example.net'])}`);
  const postfix = () => {
    const q = qid();
    const ip = r.p(0.15) ? c.ip6() : c.ipOut();
    const rdns = pick(['unknown', 'mail.example.org', 'mta7.partner.example', 'unknown']);
    const p = c.person();
    return r.w([
      [2, () => L`${H('postfix/smtpd')}connect from ${rdns}[${IP(ip)}]`],
      [3, () => L`${H('postfix/smtpd')}warning: ${rdns}[${IP(ip)}]: SASL ${pick(['LOGIN', 'PLAIN'])} authentication failed: ${pick(['UGFzc3dvcmQ6', 'authentication failure', '(reason unavailable)'])}${r.p(0.6) ? L`, sasl_username=${r.p(0.7) ? E(p.email) : U(p.login)}` : ''}`],
      [3, () => L`${H('postfix/smtpd')}${q}: client=${rdns}[${IP(ip)}], sasl_method=${pick(['PLAIN', 'LOGIN'])}, sasl_username=${r.p(0.6) ? E(p.email) : U(p.login)}`],
      [2, () => L`${H('postfix/cleanup')}${q}: message-id=<${msgid()}>`],
      [3, () => L`${H('postfix/qmgr')}${q}: from=<${E(p.email)}>, size=${r.int(800, 9e6)}, nrcpt=${r.int(1, 5)} (queue active)`],
      [3, () => L`${H('postfix/smtp')}${q}: to=<${E(c.extEmail())}>, relay=${pick(['mx.example.net', 'mx1.partner.example'])}[${IP(ip)}]:25, delay=${r.int(0, 9)}.${r.int(0, 9)}, delays=0.${r.int(0, 9)}/0/0.${r.int(0, 9)}/0.${r.int(1, 9)}, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as ${qid()})`],
      [1, () => L`${H('postfix/smtpd')}NOQUEUE: reject: RCPT from ${rdns}[${IP(ip)}]: 554 5.7.1 <${E(c.extEmail())}>: Relay access denied; from=<${E(c.extEmail())}> to=<${E(c.extEmail())}> proto=ESMTP helo=<${pick(['WIN-7Q2KDL1', 'localhost', 'mail.example.org'])}>`],
      [1, () => L`${H('postfix/smtpd')}disconnect from ${rdns}[${IP(ip)}] ehlo=1 auth=0/1 rset=1 quit=1 commands=3/4`],
    ])();
  };
  const dovecot = () => {
    const p = c.person();
    const user = r.p(0.5) ? E(p.email) : U(p.login);
    const rip = r.w([[2, () => IP(`::ffff:${c.ipOut()}`)], [2, () => IP(c.ip6())], [10, () => IP(c.ip())]])();
    const sess = sec.b64(16).replace(/[+/]/g, 'x');
    return L`${H('dovecot', null)}${r.w([
      [3, () => L`imap-login: Login: user=<${user}>, method=PLAIN, rip=${rip}, lip=${IP(c.ipSrv())}, mpid=${c.pid()}, TLS, session=<${sess}>`],
      [2, () => L`imap-login: Disconnected (auth failed, ${r.int(1, 3)} attempts in ${r.int(2, 20)} secs): user=<${user}>, method=PLAIN, rip=${rip}, lip=${IP(c.ipSrv())}, TLS, session=<${sess}>`],
      [1, () => L`auth: passwd-file(${U(p.login)},${rip}): unknown user`],
      [1, () => L`auth-worker(${c.pid()}): pam(${U(p.login)},${rip},<${sess}>): pam_authenticate() failed: Authentication failure (password mismatch?)`],
      [2, () => L`imap(${user})<${c.pid()}><${sess}>: Disconnected: Logged out in=${r.int(10, 9e4)} out=${r.int(100, 9e6)} deleted=0 expunged=0 trashed=0 hdr_count=0 hdr_bytes=0 body_count=0 body_bytes=0`],
      [1, () => L`lmtp(${E(p.email)})<${c.pid()}><${sess}>: msgid=<${msgid()}>: saved mail to INBOX`],
    ])()}`;
  };

  // --- VPN ----------------------------------------------------------------------------------------
  const openvpn = () => {
    const u = c.user();
    const ip = c.ipOut();
    const port = c.port();
    const vip = c.ipIn();
    return L`${H('openvpn')}${r.w([
      [3, () => L`${IP(ip)}:${port} [${U(u)}] Peer Connection Initiated with [AF_INET]${IP(ip)}:${port}`],
      [2, () => L`${U(u)}/${IP(ip)}:${port} MULTI_sva: pool returned IPv4=${IP(vip)}, IPv6=(Not enabled)`],
      [2, () => L`${IP(ip)}:${port} TLS: Username/Password authentication succeeded for username '${U(u)}'`],
      [1, () => L`${IP(ip)}:${port} TLS Auth Error: Auth Username/Password verification failed for peer`],
      [2, () => L`${IP(ip)}:${port} VERIFY OK: depth=0, CN=${U(u)}`],
      [1, () => L`${U(u)}/${IP(ip)}:${port} SIGUSR1[soft,connection-reset] received, client-instance restarting`],
      [1, () => L`AUTH-PAM: BACKGROUND: user '${U(u)}' failed to authenticate: Authentication failure`],
      [1, () => L`${U(u)}/${IP(ip)}:${port} SENT CONTROL [${U(u)}]: 'PUSH_REPLY,route ${IP('10.0.0.0')} ${KD('255.0.0.0')},route-gateway ${IP('10.8.0.1')},topology subnet,ping 10,ping-restart 120,ifconfig ${IP(vip)} ${KD('255.255.255.0')},peer-id ${r.int(0, 40)},cipher AES-256-GCM' (status=1)`],
      [1, () => L`${U(u)}/${IP(ip)}:${port} Data Channel: cipher 'AES-256-GCM', peer-id: ${r.int(0, 40)}`],
    ])()}`;
  };
  const wireguard = () => {
    const peer = r.int(1, 60);
    const ep = r.p(0.15) ? L`[${IP(c.ip6())}]:${c.port()}` : L`${IP(c.ipOut())}:${c.port()}`;
    const pub = () => O('secret', sec.b64(43) + '=');
    return r.w([
      [3, () => L`${c.h3164(lhost(), 'kernel', null)}wireguard: wg0: Receiving handshake initiation from peer ${peer} (${ep})`],
      [2, () => L`${c.h3164(lhost(), 'kernel', null)}wireguard: wg0: Sending handshake response to peer ${peer} (${ep})`],
      [2, () => L`${c.h3164(lhost(), 'kernel', null)}wireguard: wg0: Handshake for peer ${peer} (${ep}) did not complete after 5 seconds, retrying (try ${r.int(2, 20)})`],
      [1, () => L`${c.h3164(lhost(), 'kernel', null)}wireguard: wg0: Keypair ${r.int(1, 9000)} created for peer ${peer}`],
      [1, () => L`${c.h3164(lhost(), 'wg-quick', c.pid())}[#] ip -4 address add ${IP(c.ipIn())}/24 dev wg0`],
      [1, () => L`${c.h3164(lhost(), 'wg-quick', c.pid())}[#] wg set wg0 peer ${pub()} preshared-key /dev/fd/63 endpoint ${ep} allowed-ips ${IP(c.ipIn())}/32`],
      [1, () => L`${c.h3164(lhost(), 'cloud-init', c.pid())}wireguard: writing /etc/wireguard/wg0.conf: [Interface] PrivateKey = ${S(sec.b64(43) + '=')} ListenPort = 51820`],
    ])();
  };
  const strongswan = () => {
    const p = c.person();
    const ip = c.ipOut();
    const gw = c.ipOut();
    const th = String(r.int(1, 16)).padStart(2, '0');
    const id = r.w([[3, () => U(p.login)], [2, () => E(p.email)]])();
    const sa = r.int(1, 999);
    return L`${H('charon', null)}${th}[${pick(['IKE', 'IKE', 'CFG', 'NET'])}] ${r.w([
      [2, () => L`IKE_SA ikev2-eap[${sa}] established between ${IP(gw)}[vpn.example.com]...${IP(ip)}[${id}]`],
      [2, () => L`authentication of '${id}' with EAP successful`],
      [1, () => L`received EAP identity '${c.domain()}\\${U(p.login)}'`],
      [1, () => L`looking for peer configs matching ${IP(gw)}[%any]...${IP(ip)}[${id}]`],
      [1, () => L`IKE_SA ikev2-eap[${sa}] state change: CONNECTING => ESTABLISHED`],
      [2, () => L`assigning virtual IP ${IP(c.ipIn())} to peer '${id}'`],
      [1, () => L`EAP method EAP_MSCHAPV2 failed for peer ${IP(ip)}`],
      [1, () => L`received packet: from ${IP(ip)}[4500] to ${IP(gw)}[4500] (${r.int(80, 1400)} bytes)`],
    ])()}`;
  };

  // --- RADIUS / DHCP / DNS ----------------------------------------------------------------------
  const freeradius = () => {
    const p = c.person();
    const id = r.int(1, 99999);
    const nas = pick(['ap-floor2', 'wlc01', 'vpn01', 'sw-acc-3', 'nas01']);
    const cli = r.p(0.8) ? L` cli ${M(c.macS(pick(['dash', 'dashl', 'bare'])))}` : L` cli ${IP(c.ipOut())}`;
    const who = r.w([[4, () => U(p.login)], [2, () => E(p.email)], [1, () => L`${c.domain()}\\${U(p.login)}`], [1, () => O('user', `host/${c.wsName()}.${c.adDomain()}`)]])();
    const hdr = r.p(0.5) ? H('radiusd', c.pid()) : [c.T.ctime(), ' : '];
    return L`${hdr}Auth: (${id}) ${r.w([
      [4, () => L`Login OK: [${who}] (from client ${nas} port ${r.int(0, 60)}${cli})`],
      [2, () => L`Login incorrect (mschap: MS-CHAP2-Response is incorrect): [${who}/<via Auth-Type = eap>] (from client ${nas} port ${r.int(0, 60)}${cli})`],
      [2, () => L`Login incorrect (pap: Cleartext password does not match "known good" password): [${U(p.login)}/${S(sec.pw())}] (from client ${nas} port ${r.int(0, 60)}${cli})`],
      [1, () => L`Login OK: [${U(p.login)}/${S(sec.pw())}] (from client ${nas} port ${r.int(0, 60)}${cli})`],
      [1, () => L`Invalid user: [${who}/<no User-Password attribute>] (from client ${nas} port ${r.int(0, 60)}${cli})`],
    ])()}`;
  };
  const iscDhcp = () => {
    const ip = c.ipIn();
    const mac = M(c.macS('colon'));
    const hn = r.w([[3, () => ''], [3, () => ` (${pick(['android-4a2f91', 'LAPTOP-QX7K2', 'printer-3f', 'ip-phone-12', 'raspberrypi'])})`], [1, () => L` (${O('user', `${cap(c.person().first)}s-MacBook-Pro`)})`]])();
    const via = r.p(0.5) ? 'eth1' : L`${IP(c.ipIn())}`;
    return L`${H('dhcpd', c.pid())}${r.w([
      [2, () => L`DHCPDISCOVER from ${mac}${hn} via ${via}`],
      [2, () => L`DHCPOFFER on ${IP(ip)} to ${mac}${hn} via ${via}`],
      [2, () => L`DHCPREQUEST for ${IP(ip)} (${IP(c.ipSrv())}) from ${mac}${hn} via ${via}`],
      [3, () => L`DHCPACK on ${IP(ip)} to ${mac}${hn} via ${via}`],
      [1, () => L`DHCPRELEASE of ${IP(ip)} from ${mac}${hn} via eth1 (found)`],
      [1, () => L`DHCPDISCOVER from ${mac} via ${IP(c.ipIn())}: network ${IP(`10.${r.int(1, 99)}.${r.int(0, 99)}.0`)}/24: no free leases`],
      [1, () => L`DHCPINFORM from ${IP(ip)} via eth1`],
    ])()}`;
  };
  const kea = () => {
    const mac = c.macS('colon');
    const tid = `0x${r.hex(8)}`;
    const ts = c.T.sql();
    const cid = r.p(0.6) ? L`[01:${M(mac)}]` : '[no info]';
    const body = r.w([
      [3, () => L`INFO  [kea-dhcp4.leases/${c.pid()}.${r.digits(15)}] DHCP4_LEASE_ALLOC [hwtype=1 ${M(mac)}], cid=${cid}, tid=${tid}: lease ${IP(c.ipIn())} has been allocated for ${pick([3600, 4000, 86400])} seconds`],
      [2, () => L`INFO  [kea-dhcp4.leases/${c.pid()}.${r.digits(15)}] DHCP4_LEASE_ADVERT [hwtype=1 ${M(mac)}], cid=${cid}, tid=${tid}: lease ${IP(c.ipIn())} will be advertised`],
      [1, () => L`INFO  [kea-dhcp4.packets/${c.pid()}.${r.digits(15)}] DHCP4_PACKET_RECEIVED [hwtype=1 ${M(mac)}], cid=${cid}, tid=${tid}: DHCPDISCOVER (type 1) received from ${KD('0.0.0.0')} to ${KD('255.255.255.255')} on interface eth0`],
      [1, () => L`INFO  [kea-dhcp6.leases/${c.pid()}.${r.digits(15)}] DHCP6_LEASE_ALLOC duid=[00:03:00:01:${M(mac)}], [no hwaddr info], tid=${tid}: IA_NA lease ${IP(c.ip6())} has been allocated for 4000 seconds`],
      [1, () => L`WARN  [kea-dhcp4.alloc-engine/${c.pid()}.${r.digits(15)}] ALLOC_ENGINE_V4_ALLOC_FAIL_SUBNET [hwtype=1 ${M(mac)}], cid=${cid}, tid=${tid}: failed to allocate an IPv4 address in the subnet ${IP(`10.${r.int(1, 99)}.${r.int(0, 99)}.0`)}/24, subnet-id ${r.int(1, 40)}, shared network (none)`],
    ])();
    const prog = JSON.stringify(body).includes('kea-dhcp6') ? 'kea-dhcp6' : 'kea-dhcp4';
    return L`${r.p(0.5) ? c.h3164(lhost(), prog, c.pid()) : ''}${ts} ${body}`;
  };
  const bind = () => {
    const ip = r.p(0.1) ? IP(c.ip6()) : IP(c.ipIn());
    const q = pick(['www.example.com', 'login.microsoftonline.com', 'updates.example.net', `ws-${r.int(1000, 9999)}.corp.example.com`, 'time.example.org', '_ldap._tcp.dc._msdcs.corp.example.com']);
    const body = r.w([
      [6, () => L`client @0x${r.hex(12)} ${ip}#${c.port()} (${q}): query: ${q} IN ${pick(['A', 'AAAA', 'SRV', 'TXT', 'HTTPS'])} +${pick(['E(0)K', 'E(0)', 'ED'])} (${IP(c.ipSrv())})`],
      [1, () => L`client @0x${r.hex(12)} ${ip}#${c.port()} (${q}): query (cache) '${q}/A/IN' denied`],
      [1, () => L`client @0x${r.hex(12)} ${ip}#${c.port()}: update 'corp.example.com/IN' denied`],
      [1, () => `zone corp.example.com/IN: transferred serial ${c.T.ymd('')}${String(r.int(1, 20)).padStart(2, '0')}`],
    ])();
    return r.p(0.5) ? L`${c.T.bind()} queries: info: ${body}` : L`${H('named', c.pid())}${body}`;
  };

  // --- Databases / FTP ------------------------------------------------------------------------
  const db = () => {
    const u = c.user();
    const ip = c.ipIn();
    const pgHead = () => L`${H('postgres', c.pid())}[${r.int(1, 9)}-1] ${c.T.sql()} UTC [${c.pid()}] `;
    return r.w([
      [3, () => L`${pgHead()}FATAL:  password authentication failed for user "${U(u)}"`],
      [1, () => L`${pgHead()}DETAIL:  Connection matched pg_hba.conf line ${r.int(80, 120)}: "host all all ${KD('0.0.0.0')}/0 scram-sha-256"`],
      [2, () => L`${pgHead()}LOG:  connection authorized: user=${U(u)} database=${pick(['orders', 'billing', 'postgres'])} application_name=psql SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)`],
      [1, () => L`${pgHead()}LOG:  connection received: host=${IP(ip)} port=${c.port()}`],
      [2, () => L`${pgHead()}LOG:  statement: ${pick(['ALTER ROLE', 'CREATE USER'])} ${U(c.user())} WITH ${pick(['LOGIN ', ''])}PASSWORD '${S(sec.pw({ simple: true }))}'`],
      [3, () => L`${c.T.iso(6)} ${r.int(10, 9999)} [Note] [MY-010926] [Server] Access denied for user '${U(u)}'@'${IP(ip)}' (using password: ${pick(['YES', 'YES', 'NO'])})`],
      [1, () => L`${c.T.iso(6)} ${r.int(10, 9999)} [Warning] [MY-010055] [Server] IP address '${IP(c.ipOut())}' could not be resolved: Name or service not known`],
      [1, () => L`${c.T.iso(6)} ${r.int(10, 9999)} Query	SET PASSWORD FOR '${U(u)}'@'%' = '${S(sec.pw({ simple: true }))}'`],
    ])();
  };
  const ftp = () => {
    const u = c.user();
    const ip = c.ip();
    return r.w([
      [3, () => L`${H('vsftpd', c.pid())}[pid ${c.pid()}] [${U(u)}] OK LOGIN: Client "${IP(ip)}"`],
      [2, () => L`${H('vsftpd', c.pid())}[pid ${c.pid()}] [${U(u)}] FAIL LOGIN: Client "${IP(ip)}"`],
      [1, () => L`${H('vsftpd', c.pid())}[pid ${c.pid()}] [${U(u)}] OK UPLOAD: Client "${IP(ip)}", "/home/${U(u)}/${pick(['report.csv', 'export_2024.zip', 'scan.pdf'])}", ${r.int(100, 9e6)} bytes, ${r.int(10, 9000)}.${r.int(10, 99)}Kbyte/sec`],
      [2, () => L`${H('proftpd', c.pid())}files01 (${IP(ip)}[${IP(ip)}]) - USER ${U(u)}: Login successful.`],
      [1, () => L`${H('proftpd', c.pid())}files01 (${IP(ip)}[${IP(ip)}]) - USER ${U(u)} (Login failed): Incorrect password`],
    ])();
  };

  // --- Application logs -------------------------------------------------------------------------
  const PWKEYS = ['password', 'Password', 'PASSWORD', 'passwd', 'pwd', 'pass', 'userPassword', 'db_password', 'new_password'];
  const SECKEYS = ['secret', 'client_secret', 'clientSecret', 'api_key', 'apiKey', 'ApiKey', 'x-api-key', 'token', 'access_token',
    'accessToken', 'refresh_token', 'auth_token', 'AUTH_TOKEN', 'session_token', 'private_key'];
  const secFor = (k) => {
    if (/token/i.test(k)) return r.p(0.5) ? sec.jwt() : sec.b64u(r.int(32, 48));
    if (/private/i.test(k)) return sec.b64(64);
    return sec.apikey();
  };
  const appJson = () => {
    const p = c.person();
    const ts = c.T.iso(3);
    const rid = c.uuid();
    const body = r.w([
      [3, () => L`{"ts":"${ts}","level":"info","logger":"auth.service","msg":"login succeeded","user":"${U(p.login)}","email":"${E(p.email)}","remote_ip":"${IP(c.ipv(0.15))}","request_id":"${rid}","duration_ms":${r.int(2, 900)}}`],
      [3, () => { const k = pick(PWKEYS); return L`{"timestamp":"${ts}","level":"${pick(['debug', 'DEBUG', 'warn'])}","msg":"${pick(['login attempt', 'validate credentials', 'POST /api/session'])}","body":{"username":"${U(p.login)}","${k}":"${S(sec.pw({ simple: true }))}","remember":${pick(['true', 'false'])}},"client":"${IP(c.ip())}"}`; }],
      [3, () => { const k = pick(SECKEYS); return L`{"@timestamp":"${ts}","log.level":"${pick(['DEBUG', 'INFO'])}","service.name":"${pick(['billing-api', 'notifier', 'sync-worker'])}","message":"outbound call configured","${k}":"${S(secFor(k))}","endpoint":"https://${pick(['api.example.net', 'hooks.example.org'])}/v${r.int(1, 3)}/events","trace.id":"${r.hex(32)}"}`; }],
      [2, () => L`{"level":"debug","time":"${ts}","msg":"outgoing request","method":"POST","url":"https://api.example.net/v1/charges","headers":{"Authorization":"Bearer ${S(r.p(0.5) ? sec.jwt({ sub: p.login }) : sec.stripe())}","Content-Type":"application/json","User-Agent":"billing-api/3.14.2"}}`],
      [2, () => L`{"time":"${ts}","level":"INFO","event":"config_loaded","db":{"host":"${IP(c.ipSrv())}","port":5432,"user":"${O('user', pick(['app_rw', 'orders_svc']))}","password":"${S(sec.pw({ simple: true }))}"},"redis":{"url":"redis://:${S(sec.pw({ url: true }))}@${IP(c.ipSrv())}:6379/0"},"version":"${pick(['2.18.4', '3.0.0-rc.2', '1.9.12'])}"}`],
      [2, () => L`{"@timestamp":"${ts}","log.level":"WARN","message":"Rejected login","user.name":"${U(p.login)}","source.ip":"${anyAddr()}","event.outcome":"failure","event.reason":"invalid password","http.request.id":"${rid}"}`],
      [1, () => L`{"level":"error","ts":${c.T.epoch()}.${r.int(100, 999)},"caller":"notify/slack.go:${r.int(20, 300)}","msg":"webhook failed","url":"https://hooks.slack.com/services/${O('secret', `T${r.chars(8, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}`)}/${O('secret', `B${r.chars(10, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}`)}/${S(r.chars(24, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'))}","status":${pick([404, 410, 500])}}`],
      [1, () => L`{"ts":"${ts}","level":"info","msg":"user created","actor":"${E(c.email())}","target":{"login":"${U(p.login)}","email":"${E(p.email)}","display_name":"${O('user', p.display)}"},"tenant":"t-${r.int(100, 999)}"}`],
    ])();
    return r.p(0.4) ? L`${H(pick(['node', 'app', 'java', 'gunicorn']), c.pid())}${body}` : body;
  };
  const appText = () => {
    const p = c.person();
    const lvl = pick(['DEBUG', 'INFO', 'WARN', 'ERROR']);
    const ts = `${c.T.sql()}`;
    return r.w([
      [2, () => L`${ts} ${lvl} [${pick(['main', 'http-nio-8080-exec-3', 'pool-2-thread-1'])}] c.e.auth.LoginController - Login attempt: User{name='${U(p.login)}', password='${S(sec.pw({ simple: true }))}', email='${E(p.email)}'}`],
      [2, () => L`${ts} ${lvl} ${pick(['app.auth', 'django.request'])}: authenticate called with {'username': '${U(p.login)}', 'password': '${S(sec.pw({ simple: true }))}', 'otp': '${r.int(100000, 999999)}'}`],
      [1, () => L`${ts} ${lvl} handler.go:${r.int(20, 400)}: bind request &{Username:${U(p.login)} Password:${S(sec.pw({ simple: true }))} Domain:${c.domain()}}`],
      [2, () => L`${ts} ${lvl} ldap: bind as "uid=${U(p.login)},ou=people,dc=example,dc=com" from ${IP(c.ipv())} result=${pick(['0 (success)', '49 (invalidCredentials)'])}`],
      [2, () => L`${ts} ${lvl} User '${U(p.login)}' logged in from ${IP(c.ipv())} (session ${r.hex(16)})`],
      [1, () => L`${ts} ${lvl} Password reset email sent to ${E(p.email)} (user: ${U(p.login)}, ticket #${r.int(10000, 99999)})`],
      [1, () => L`${ts} ${lvl} smtp: AUTH LOGIN as ${E(c.email())} with password ${S(sec.pw({ simple: true }))} on smtp.example.com:587 failed: 535 5.7.8`],
    ])();
  };
  const appDsn = () => {
    const svcUser = () => O('user', pick(['app', 'app_rw', 'orders_svc', 'reporting', 'svc_etl', 'grafana']));
    const pw = () => S(sec.pw({ url: true }));
    const host = () => (r.p(0.5) ? IP(c.ipSrv()) : pick(['db01.corp.example.com', 'pg-primary.internal', 'mongo-0.example.internal', 'sql01.corp.example.com']));
    const dsn = r.w([
      [3, () => L`postgres://${svcUser()}:${pw()}@${host()}:5432/orders?sslmode=require`],
      [2, () => L`postgresql://${U(c.user())}:${pw()}@${host()}/analytics`],
      [2, () => L`mongodb://${svcUser()}:${pw()}@${host()}:27017/admin?replicaSet=rs0&authSource=admin`],
      [2, () => L`${svcUser()}:${pw()}@tcp(${host()}:3306)/app?parseTime=true&charset=utf8mb4`],
      [2, () => L`redis://${r.p(0.5) ? 'default' : ''}:${pw()}@${host()}:6379/0`],
      [2, () => L`Server=tcp:${host()},1433;Initial Catalog=Sales;User ID=${svcUser()};Password=${S(sec.pw({ simple: true }))};Encrypt=True;Connection Timeout=30;`],
      [2, () => L`jdbc:postgresql://${host()}:5432/app?user=${svcUser()}&password=${pw()}&ssl=true`],
      [1, () => L`amqps://${svcUser()}:${pw()}@${host()}:5671/%2Fprod`],
      [1, () => L`https://${U(c.user())}:${pw()}@git.example.com/platform/infra.git`],
      [1, () => L`ftp://${U(c.user())}:${pw()}@${IP(c.ipSrv())}/incoming/`],
    ])();
    const lvl = pick(['info', 'debug', 'error', 'warn']);
    return r.w([
      [3, () => L`time="${c.T.iso(0)}" level=${lvl} msg="${pick(['connecting to database', 'opening connection', 'retrying connection'])}" dsn="${dsn}" attempt=${r.int(1, 5)}`],
      [2, () => L`${H(pick(['app', 'worker', 'etl']), c.pid())}${lvl.toUpperCase()} ${pick(['db.pool', 'sqlalchemy.engine', 'storage'])}: using ${dsn}`],
      [1, () => L`${c.T.sql()} ERROR could not connect to ${dsn}: connection refused`],
    ])();
  };
  const httpDebug = () => {
    const u = c.user();
    const pw = sec.pw();
    return r.w([
      [3, () => L`> Authorization: Basic ${S(sec.basic(u, pw))}`],
      [3, () => L`> Authorization: Bearer ${S(r.p(0.6) ? sec.jwt({ sub: u }) : sec.b64u(40))}`],
      [1, () => L`> X-Api-Key: ${S(sec.apikey())}`],
      [1, () => L`> Cookie: sessionid=${S(sec.b64u(32))}; theme=dark; lang=en-US`],
      [1, () => L`< Set-Cookie: JSESSIONID=${S(r.hex(32, true))}; Path=/; Secure; HttpOnly`],
      [2, () => L`${c.T.sql()} DEBUG o.a.h.headers - http-outgoing-${r.int(0, 30)} >> Authorization: Bearer ${S(sec.jwt({ sub: u }))}`],
      [2, () => L`${c.T.sql()} DEBUG urllib3: send: b'POST /oauth/token HTTP/1.1\\r\\nHost: login.example.com\\r\\nContent-Type: application/x-www-form-urlencoded\\r\\n\\r\\ngrant_type=password&username=${U(u)}&password=${S(sec.pw({ url: true }))}&client_id=webapp&client_secret=${S(sec.b64u(32))}'`],
      [1, () => L`${c.T.sql()} DEBUG client.go:${r.int(20, 300)} request headers: map[Authorization:[Bearer ${S(sec.b64u(40))}] User-Agent:[Go-http-client/1.1]]`],
      [1, () => L`> GET /api/v4/projects?private_token=${S(`glpat-${sec.b64u(20)}`)} HTTP/1.1`],
    ])();
  };
  const ciTokens = () => {
    const ts = `${c.T.iso(0).replace('Z', '')}.${r.digits(7)}Z `;
    const pre = r.p(0.6) ? ts : `[${pick(['build-07', 'runner-3', 'ci-agent-12'])}] `;
    return L`${pre}${r.w([
      [2, () => L`+ export AWS_ACCESS_KEY_ID=${S(sec.awsId())} AWS_SECRET_ACCESS_KEY=${S(sec.awsSecret())} AWS_DEFAULT_REGION=${pick(['eu-central-1', 'us-east-1'])}`],
      [1, () => L`aws_secret_access_key = ${S(sec.awsSecret())}`],
      [2, () => L`+ curl -sf -H "Authorization: token ${S(sec.github())}" https://api.github.com/repos/acme/infra/releases/latest`],
      [1, () => L`+ git clone https://x-access-token:${S(sec.github())}@github.com/acme/platform.git`],
      [1, () => L`SLACK_BOT_TOKEN=${S(sec.slack())} ./notify.sh "deploy ${pick(['v2.18.4', 'v3.0.1', 'build 4471'])} done"`],
      [1, () => L`stripe.api_key = "${S(sec.stripe())}"`],
      [1, () => L`+ docker login -u ${U(c.user())} -p ${S(sec.pw({ simple: true }))} registry.example.com`],
      [1, () => L`+ kubectl config set-credentials ${U(c.user())} --token=${S(sec.jwt())}`],
      [1, () => L`+ export VAULT_TOKEN=hvs.${S(sec.b64u(24))}`],
      [1, () => L`npm config set //registry.npmjs.org/:_authToken=${S(`npm_${sec.b64u(36).replace(/[-_]/g, 'Q')}`)}`],
      [1, () => L`GOOGLE_API_KEY=${S(sec.google())} python3 geocode.py --input addresses.csv`],
      [2, () => `Step ${r.int(1, 12)}/${r.int(12, 20)} : RUN apt-get update && apt-get install -y openssl=3.0.13-0ubuntu3.1`],
    ])()}`;
  };
  const csvAudit = () => {
    const p = c.person();
    const ev = pick(['user.session.start', 'user.authentication.auth_via_mfa', 'user.account.update_password', 'user.session.end', 'user.authentication.sso']);
    const res = pick(['SUCCESS', 'SUCCESS', 'FAILURE']);
    return r.w([
      [3, () => L`"${c.T.iso(3)}","${ev}","${res}","${U(p.login)}","${E(p.email)}","${O('user', p.display)}","${IP(c.ipOut())}","${pick(UAS.slice(0, 3))}","${pick(['DE', 'US', 'NL'])}","${pick(['Berlin', 'Austin', 'Utrecht'])}"`],
      [2, () => L`${c.T.ymd()} ${c.T.hms()},${pick(['VPN', 'WIFI', 'VDI'])},${U(p.login)},${E(p.email)},${IP(c.ipOut())},${IP(c.ipIn())},${r.int(1, 36000)},${r.int(1000, 9e8)},${res}`],
    ])();
  };

  // --- look-alike noise (no planted values or only addresses) ----------------------------------
  const noise = () => {
    const oidTail = `${r.int(1, 9)}.${r.int(1, 9)}.${r.int(1, 99)}.${r.int(1, 9)}.${r.int(1, 9)}.${r.int(0, 999)}`;
    return r.w([
      [2, () => L`${c.h3164(lhost(), 'kernel', null)}[${r.int(10, 999999)}.${r.digits(6)}] e1000e 0000:00:1f.6 eno1: NIC Link is Up 1000 Mbps Full Duplex, Flow Control: None`],
      [2, () => L`${c.h3164(lhost(), 'snmptrapd', c.pid())}${c.T.ymd()} ${c.T.hms()} core-sw1 [UDP: [${IP(c.ipSrv())}]:161->[${IP(c.ipSrv())}]:162]: iso.3.6.1.2.1.1.3.0 = Timeticks: (${r.int(1000, 9e8)}) ${r.int(0, 300)} days, ${r.int(0, 23)}:${String(r.int(0, 59)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}.${r.int(10, 99)}\tiso.3.6.1.6.3.1.1.4.1.0 = OID: iso.3.6.1.4.1.9.9.41.2.0.1\tiso.3.6.1.4.1.9.9.41.1.2.3.1.2.${r.int(1, 999)} = STRING: "SYS"\tiso.3.6.1.4.1.${oidTail} = INTEGER: ${r.int(0, 9)}`],
      [1, () => L`${c.h3164(lhost(), 'chronyd', c.pid())}Selected source ${IP(c.ipOut())} (${r.int(0, 3)}.pool.ntp.org)`],
      [2, () => L`${c.h3164(lhost(), 'systemd', 1)}Starting ${pick(['logrotate.service - Rotate log files', 'apt-daily.service - Daily apt download activities', 'fstrim.service - Discard unused blocks'])}...`],
      [1, () => L`${c.h3164(lhost(), 'kernel', null)}[${r.int(10, 999999)}.${r.digits(6)}] usb 1-1.${r.int(1, 4)}: new high-speed USB device number ${r.int(2, 20)} using xhci_hcd`],
      [1, () => L`${c.h3164(lhost(), 'snmpd', c.pid())}Connection from UDP: [${IP(c.ipSrv())}]:${c.port()}->[${IP(c.ipSrv())}]:161`],
      [1, () => L`${c.h3164(lhost(), 'smartd', c.pid())}Device: /dev/sd${pick(['a', 'b'])} [SAT], SMART Usage Attribute: 194 Temperature_Celsius changed from ${r.int(30, 50)} to ${r.int(30, 50)}`],
      [1, () => L`${c.h3164(lhost(), 'kernel', null)}[${r.int(10, 999999)}.${r.digits(6)}] nf_conntrack: nf_conntrack: table full, dropping packet`],
      [1, () => L`${c.h3164(lhost(), 'dockerd', c.pid())}time="${c.T.iso(6)}" level=info msg="Loading containers: done." version=${pick(['24.0.7', '25.0.3'])} commit=${r.hex(7)} graphdriver=overlay2`],
      [1, () => L`${c.h3164(lhost(), 'nginx', null)}nginx/1.24.0 (Ubuntu) listening on ${KD('127.0.0.1')}:8080 and [${KD('::1')}]:8080`],
      [1, () => L`${c.h3164(lhost(), 'containerd', c.pid())}time="${c.T.iso(6)}" level=info msg="starting containerd" revision=${r.hex(40)} version=v1.7.${r.int(1, 20)}`],
      [1, () => L`${c.h3164(lhost(), 'kernel', null)}[${r.int(10, 999999)}.${r.digits(6)}] EXT4-fs (dm-${r.int(0, 3)}): mounted filesystem ${c.uuid()} r/w with ordered data mode. Quota mode: none.`],
    ])();
  };
  return [
    { id: 'linux-sshd', w: 14, gen: sshd },
    { id: 'linux-sudo', w: 8, gen: sudo },
    { id: 'linux-su', w: 3, gen: su },
    { id: 'linux-logind-cron', w: 5, gen: logind },
    { id: 'linux-usermgmt', w: 3, gen: usermgmt },
    { id: 'samba', w: 3, gen: samba },
    { id: 'kerberos-kdc', w: 3, gen: kerberos },
    { id: 'windows-snare', w: 4, gen: snare },
    { id: 'windows-nxlog-json', w: 3, gen: nxlog },
    { id: 'web-access', w: 8, gen: access },
    { id: 'nginx-error-auth', w: 3, gen: nginxErr },
    { id: 'haproxy', w: 3, gen: haproxy },
    { id: 'postfix', w: 5, gen: postfix },
    { id: 'dovecot', w: 4, gen: dovecot },
    { id: 'openvpn', w: 4, gen: openvpn },
    { id: 'wireguard', w: 2, gen: wireguard },
    { id: 'strongswan', w: 3, gen: strongswan },
    { id: 'freeradius', w: 4, gen: freeradius },
    { id: 'isc-dhcpd', w: 4, gen: iscDhcp },
    { id: 'kea-dhcp', w: 2, gen: kea },
    { id: 'bind-queries', w: 4, gen: bind },
    { id: 'db-auth', w: 3, gen: db },
    { id: 'ftp', w: 2, gen: ftp },
    { id: 'app-json', w: 6, gen: appJson },
    { id: 'app-text', w: 4, gen: appText },
    { id: 'app-dsn', w: 4, gen: appDsn },
    { id: 'http-debug', w: 3, gen: httpDebug },
    { id: 'ci-cloud-tokens', w: 3, gen: ciTokens },
    { id: 'csv-audit', w: 2, gen: csvAudit },
    { id: 'noise-lookalikes', w: 6, gen: noise },
  ];
}
