// Network-device templates: Juniper, Cisco IOS/IOS-XE/NX-OS/ASA, TACACS+, Palo Alto, FortiGate, MikroTik,
// Ubiquiti EdgeRouter, Meraki, Aruba ClearPass, Cisco ISE, SonicWall.
// Every value is invented; formats are written from knowledge of the vendors' documented log layouts.

import { cap } from './core.mjs';

export function netTemplates(c) {
  const { r, L, J, IP, KD, U, S, E, M, O, sec } = c;
  const pick = r.pick;

  // A person's login (U) or, sometimes, DOMAIN\login / login@domain forms.
  const who = (p = c.person()) => r.w([
    [6, () => U(p.login)],
    [1, () => L`${c.domain()}\\${U(p.login)}`],
    [1, () => E(p.email)],
  ])();

  // --- IOS-style configuration commands, some carrying secrets -----------------------------------
  const iosCmd = () => r.w([
    [3, () => L`username ${U(c.user())} privilege 15 secret 0 ${S(sec.pw({ simple: true }))}`],
    [2, () => L`username ${U(c.user())} privilege ${pick(['1', '7', '15'])} secret 9 ${S(sec.type9())}`],
    [2, () => L`username ${U(c.user())} password 7 ${S(sec.type7())}`],
    [1, () => L`enable secret 5 ${S(sec.md5crypt())}`],
    [1, () => L`enable secret 8 ${S(sec.type8())}`],
    [3, () => L`snmp-server community ${S(sec.community())} ${pick(['RO', 'RW', 'view iso RO', 'RO 10', 'RW SNMP-MGMT'])}`],
    [1, () => L`snmp-server community ${O('secret', pick(['public', 'private']))} RO`],
    [2, () => L`snmp-server host ${IP(c.ipSrv())} traps version 2c ${S(sec.community())}`],
    [1, () => L`snmp-server user ${O('user', pick(['nms-poller', 'librenms', 'prtg-ro', 'observium']))} NMS-RO v3 auth sha ${S(sec.pw({ simple: true }))} priv aes 128 ${S(sec.pw({ simple: true }))}`],
    [2, () => L`tacacs-server key 7 ${S(sec.type7())}`],
    [1, () => L`tacacs-server host ${IP(c.ipSrv())} key ${S(sec.psk())}`],
    [2, () => L`radius-server host ${IP(c.ipSrv())} auth-port 1812 acct-port 1813 key 7 ${S(sec.type7())}`],
    [1, () => L`radius-server key ${S(sec.psk())}`],
    [2, () => L`crypto isakmp key ${S(sec.psk())} address ${IP(c.ipOut())}`],
    [1, () => L`crypto isakmp key 6 ${S(sec.psk())} address ${IP(c.ipOut())} no-xauth`],
    [2, () => L`pre-shared-key address ${IP(c.ipOut())} key ${S(sec.psk())}`],
    [2, () => L`wpa-psk ascii 0 ${S(sec.psk())}`],
    [1, () => L`wpa-psk ascii 7 ${S(sec.type7())}`],
    [1, () => L`key-string 7 ${S(sec.type7())}`],
    [1, () => L`ntp authentication-key ${r.int(1, 9)} md5 ${S(sec.type7())} 7`],
    [1, () => L`ip ftp password ${S(sec.pw({ simple: true }))}`],
    [1, () => L`ppp chap password 7 ${S(sec.type7())}`],
    // no secrets
    [3, () => `interface GigabitEthernet${r.int(1, 4)}/0/${r.int(1, 48)}`],
    [2, () => `switchport access vlan ${r.int(2, 4000)}`],
    [1, () => `description Uplink to dist-sw${r.int(1, 4)} Te1/1/${r.int(1, 8)}`],
    [2, () => 'no shutdown'],
    [1, () => L`logging host ${IP(c.ipSrv())} transport udp port 514`],
    [1, () => L`ip route ${KD('0.0.0.0')} ${KD('0.0.0.0')} ${IP(c.ipIn())} 250`],
    [1, () => L`ntp server ${IP(c.ipOut())} prefer`],
    [1, () => 'line vty 0 15'],
    [1, () => 'transport input ssh'],
    [1, () => `spanning-tree portfast`],
    [1, () => 'end'],
  ])();

  // --- Juniper ----------------------------------------------------------------------------------
  const junosHost = () => pick(['srx340-branch07', 'srx1500-dc1', 'mx204-edge1', 'ex4300-acc-3f', 'srx-hq-fw1']);

  const rtFlow = () => {
    const host = junosHost();
    const src = c.ip(), dst = c.ipOut(), nat = c.ipOut();
    const sp = c.port(), dp = pick([443, 80, 53, 22, 3389, 8443, 25]), np = c.port();
    const svc = { 443: 'junos-https', 80: 'junos-http', 53: 'junos-dns-udp', 22: 'junos-ssh', 3389: 'junos-rdp', 8443: 'https-alt', 25: 'junos-smtp' }[dp];
    const proto = dp === 53 ? 17 : 6;
    const sid = r.int(10000, 999999);
    const user = r.p(0.55) ? U(c.user()) : 'N/A';
    const ifc = `ge-0/0/${r.int(0, 7)}.${pick([0, 0, 100, 200])}`;
    const pol = pick(['trust-to-untrust', 'lan-internet', 'guest-out', 'dmz-web']);
    const app = pick(['SSL', 'HTTP', 'DNS', 'SSH', 'UNKNOWN', 'MS-RDP']);
    const kind = r.w([[5, 'CREATE'], [4, 'CLOSE'], [1, 'DENY']]);
    const sd5424 = r.p(0.6);
    if (kind === 'DENY') {
      const sd = L`[junos@2636.1.1.1.2.129 source-address="${IP(src)}" source-port="${sp}" destination-address="${IP(dst)}" destination-port="${dp}" connection-tag="0" service-name="${svc}" protocol-id="${proto}" icmp-type="0" policy-name="${pol}" source-zone-name="trust" destination-zone-name="untrust" application="${app}" nested-application="UNKNOWN" username="${user}" roles="N/A" packet-incoming-interface="${ifc}" encrypted="No" reason="policy deny" session-id="${sid}"]`;
      const msg = L`session denied ${IP(src)}/${sp}->${IP(dst)}/${dp} 0x0 ${svc} ${proto}(0) ${pol} trust untrust ${app} UNKNOWN ${user}(N/A) ${ifc} No policy deny`;
      return sd5424 ? L`${c.h5424(host, 'RT_FLOW', '-', 'RT_FLOW_SESSION_DENY', sd)}${msg}` : L`${c.h3164(host, 'RT_FLOW', null)}RT_FLOW_SESSION_DENY: ${msg}`;
    }
    const common = L`source-address="${IP(src)}" source-port="${sp}" destination-address="${IP(dst)}" destination-port="${dp}" connection-tag="0" service-name="${svc}" nat-source-address="${IP(nat)}" nat-source-port="${np}" nat-destination-address="${IP(dst)}" nat-destination-port="${dp}" nat-connection-tag="0" src-nat-rule-type="source rule" src-nat-rule-name="r-out-${r.int(1, 9)}" dst-nat-rule-type="N/A" dst-nat-rule-name="N/A" protocol-id="${proto}" policy-name="${pol}" source-zone-name="trust" destination-zone-name="untrust" session-id="${sid}"`;
    if (kind === 'CREATE') {
      const sd = L`[junos@2636.1.1.1.2.129 ${common} username="${user}" roles="N/A" packet-incoming-interface="${ifc}" application="${app}" nested-application="UNKNOWN" encrypted="UNKNOWN" application-category="N/A"]`;
      const msg = L`session created ${IP(src)}/${sp}->${IP(dst)}/${dp} 0x0 ${svc} ${IP(nat)}/${np}->${IP(dst)}/${dp} 0x0 source rule r-out N/A N/A ${proto} ${pol} trust untrust ${sid} ${user}(N/A) ${ifc} ${app} UNKNOWN UNKNOWN`;
      return sd5424 ? L`${c.h5424(host, 'RT_FLOW', '-', 'RT_FLOW_SESSION_CREATE', sd)}${msg}` : L`${c.h3164(host, 'RT_FLOW', null)}RT_FLOW_SESSION_CREATE: ${msg}`;
    }
    const reason = pick(['TCP FIN', 'TCP RST', 'idle Timeout', 'unset']);
    const pc = r.int(1, 4000), bc = r.int(60, 9e6), ps = r.int(1, 9000), bs = r.int(60, 9e7), el = r.int(1, 3600);
    const sd = L`[junos@2636.1.1.1.2.129 reason="${reason}" ${common} packets-from-client="${pc}" bytes-from-client="${bc}" packets-from-server="${ps}" bytes-from-server="${bs}" elapsed-time="${el}" application="${app}" username="${user}" roles="N/A" packet-incoming-interface="${ifc}"]`;
    const msg = L`session closed ${reason}: ${IP(src)}/${sp}->${IP(dst)}/${dp} 0x0 ${svc} ${IP(nat)}/${np}->${IP(dst)}/${dp} 0x0 source rule r-out N/A N/A ${proto} ${pol} trust untrust ${sid} ${pc}(${bc}) ${ps}(${bs}) ${el} ${app} UNKNOWN N/A(N/A) ${ifc} UNKNOWN ${user}`;
    return sd5424 ? L`${c.h5424(host, 'RT_FLOW', '-', 'RT_FLOW_SESSION_CLOSE', sd)}${msg}` : L`${c.h3164(host, 'RT_FLOW', null)}RT_FLOW_SESSION_CLOSE: ${msg}`;
  };

  const junosUi = () => {
    const host = junosHost();
    const u = c.user();
    const pid = c.pid();
    const cls = pick(['j-super-user', 'j-operator', 'j-read-only', 'NOC-ADMIN']);
    const ip = r.p(0.1) ? c.ip6() : c.ipIn();
    const v = r.w([[3, 'login'], [2, 'auth'], [1, 'logout'], [3, 'cmd'], [2, 'cmdsecret'], [1, 'commit'], [1, 'auditsecret']]);
    let msgid, text, sd = '-';
    switch (v) {
      case 'login': msgid = 'UI_LOGIN_EVENT';
        text = L`User '${U(u)}' login, class '${cls}' [${pid}], ssh-connection '${IP(ip)} ${c.port()} ${IP(c.ipSrv())} 22', client-mode 'cli'`;
        sd = L`[junos@2636.1.1.1.2.129 username="${U(u)}" class-name="${cls}" local-peer="" pid="${pid}" ssh-connection="${IP(ip)}" client-mode="cli"]`;
        break;
      case 'auth': msgid = 'UI_AUTH_EVENT'; text = L`Authenticated user '${U(u)}' assigned to class '${cls}'`; break;
      case 'logout': msgid = 'UI_LOGOUT_EVENT'; text = L`User '${U(u)}' logout`; break;
      case 'cmd': msgid = 'UI_CMDLINE_READ_LINE';
        text = L`User '${U(u)}', command '${r.w([
          [2, () => `show interfaces ge-0/0/${r.int(0, 7)} extensive `],
          [2, () => L`show security flow session source-prefix ${IP(c.ipIn())} `],
          [1, () => 'show system uptime '],
          [1, () => L`show route ${IP(`10.${r.int(0, 200)}.0.0`)}/16 `],
          [1, () => 'show chassis hardware detail '],
          [1, () => 'request system software add /var/tmp/junos-srxsme-23.4R2-S1.5.tgz '],
        ])()}'`;
        break;
      case 'cmdsecret': msgid = 'UI_CMDLINE_READ_LINE';
        text = L`User '${U(u)}', command '${r.w([
          [2, () => L`set system radius-server ${IP(c.ipSrv())} secret ${S(sec.psk())} `],
          [1, () => L`set security ike policy ike-pol-${r.int(1, 9)} pre-shared-key ascii-text ${S(sec.psk())} `],
          [1, () => L`set snmp community ${S(sec.community())} authorization read-only `],
          [1, () => L`set system login user ${U(c.user())} authentication plain-text-password-value ${S(sec.pw({ simple: true }))} `],
          [1, () => L`set system tacplus-server ${IP(c.ipSrv())} secret "${S(sec.junos9())}" `],
          [1, () => L`set system login user ${U(c.user())} authentication encrypted-password "${S(sec.sha512crypt())}" `],
        ])()}'`;
        break;
      case 'commit': msgid = 'UI_COMMIT'; text = L`User '${U(u)}' requested 'commit' operation (comment: CHG${r.int(10000, 99999)} ${pick(['nat rule update', 'add vlan', 'radius change', 'none'])})`; break;
      default: msgid = 'UI_CFG_AUDIT_SET_SECRET';
        text = L`User '${U(u)}' set: [${pick(['system root-authentication encrypted-password', 'system radius-server secret', 'snmp community', 'security ike policy ike-pol-2 pre-shared-key'])}]`;
    }
    if (r.p(0.5)) return L`${c.h5424(host, 'mgd', pid, msgid, sd)}${text}`;
    return L`${c.h3164(host, 'mgd', pid)}${msgid}: ${text}`;
  };

  const junosSshd = () => {
    const host = junosHost();
    const pid = c.pid();
    const u = c.user();
    const ip = c.ipOut();
    return r.w([
      [3, () => L`${c.h3164(host, 'sshd', pid)}SSHD_LOGIN_FAILED: Login failed for user '${U(u)}' from host '${IP(ip)}'`],
      [2, () => L`${c.h5424(host, 'sshd', pid, 'SSHD_LOGIN_FAILED', L`[junos@2636.1.1.1.2.129 username="${U(u)}" source-address="${IP(ip)}"]`)}Login failed for user '${U(u)}' from host '${IP(ip)}'`],
      [2, () => L`${c.h3164(host, 'sshd', pid)}Accepted keyboard-interactive/pam for ${U(u)} from ${IP(c.ipIn())} port ${c.port()} ssh2`],
      [1, () => L`${c.h3164(host, 'login', pid)}LOGIN_PAM_AUTHENTICATION_ERROR: Failed password for user ${U(u)}`],
      [1, () => L`${c.h3164(host, 'sshd', pid)}SSHD_LOGIN_ATTEMPTS_THRESHOLD: Threshold for unsuccessful authentication attempts (${r.int(3, 5)}) reached by user '${U(u)}'`],
      [1, () => L`${c.h3164(host, 'login', pid)}LOGIN_INFORMATION: User ${U(u)} logged in from host ${IP(c.ipIn())} on device ttyp${r.int(0, 4)}`],
    ])();
  };

  // --- Cisco IOS / IOS-XE -----------------------------------------------------------------------
  const iosHost = () => pick(['core-sw1', 'acc-sw-2f-03', 'rtr-wan-01', 'c9300-bldgA-1', 'isr4331-br12', 'dist-sw2.dc1.example.net', 'c9500-core-b']);
  const iosHdr = () => {
    const seq = String(r.int(1, 999999)).padStart(6, '0');
    return r.w([
      [3, () => [c.pri(23, r.int(3, 6)), seq, ': ', iosHost(), ': ', r.p(0.3) ? '*' : '', c.T.cisco(), ' UTC: ']],
      [2, () => [c.T.bsd(), ' ', IP(c.ipSrv()), ' ', seq, ': ', c.T.cisco(), ': ']],
      [2, () => [c.pri(23, r.int(3, 6)), c.T.bsd(), ' ', iosHost(), ' ', seq, ': ', c.T.cisco(), ' UTC: ']],
    ])();
  };

  const iosSecLogin = () => {
    const u = c.user();
    const ip = c.ipv();
    const lp = pick([22, 22, 23, 443]);
    return L`${iosHdr()}${r.w([
      [4, () => L`%SEC_LOGIN-5-LOGIN_SUCCESS: Login Success [user: ${U(u)}] [Source: ${IP(ip)}] [localport: ${lp}] at ${c.T.ciscoTail()}`],
      [3, () => L`%SEC_LOGIN-4-LOGIN_FAILED: Login failed [user: ${U(u)}] [Source: ${IP(ip)}] [localport: ${lp}] [Reason: Login Authentication Failed] at ${c.T.ciscoTail()}`],
      [1, () => L`%SEC_LOGIN-1-QUIET_MODE_ON: Still timeleft for watching failures is ${r.int(5, 120)} secs, [user: ${U(u)}] [Source: ${IP(ip)}] [localport: ${lp}] [Reason: Login Authentication Failed] [ACL: sl_def_acl] at ${c.T.ciscoTail()}`],
    ])()}`;
  };

  const iosSys = () => {
    const u = c.user();
    const ip = c.ipIn();
    const tty = r.int(0, 15);
    return L`${iosHdr()}${r.w([
      [3, () => L`%SYS-5-CONFIG_I: Configured from console by ${U(u)} on vty${tty} (${IP(ip)})`],
      [2, () => L`%SYS-6-LOGOUT: User ${U(u)} has exited tty session ${tty + 2}(${IP(ip)})`],
      [2, () => L`%SSH-5-SSH2_USERAUTH: User '${U(u)}' authentication for SSH2 Session from ${IP(ip)} (tty = ${tty}) using crypto cipher 'aes256-ctr', hmac 'hmac-sha2-256' ${pick(['Succeeded', 'Failed'])}`],
      [2, () => L`%SSH-5-SSH2_SESSION: SSH2 Session request from ${IP(ip)} (tty = ${tty}) using crypto cipher 'aes256-gcm', hmac 'hmac-sha2-512' Succeeded`],
      [2, () => L`%SSH-5-SSH2_CLOSE: SSH2 Session from ${IP(ip)} (tty = ${tty}) for user '${U(u)}' using crypto cipher 'aes256-ctr', hmac 'hmac-sha2-256' closed`],
      [1, () => `%SYS-5-RESTART: System restarted -- Cisco IOS Software [Cupertino], Catalyst L3 Switch Software (CAT9K_IOSXE), Version ${pick(['17.9.4a', '17.12.3', '17.6.5'])}, RELEASE SOFTWARE (fc${r.int(1, 5)})`],
      [2, () => `%LINEPROTO-5-UPDOWN: Line protocol on Interface GigabitEthernet1/0/${r.int(1, 48)}, changed state to ${pick(['up', 'down'])}`],
      [1, () => L`%BGP-5-ADJCHANGE: neighbor ${IP(c.ipOut())} ${pick(['Up', 'Down BGP Notification sent', 'Down Peer closed the session'])}`],
      [1, () => L`%OSPF-5-ADJCHG: Process ${r.int(1, 100)}, Nbr ${IP(c.ipSrv())} on Vlan${r.int(2, 999)} from LOADING to FULL, Loading Done`],
      [1, () => L`%SNMP-3-AUTHFAIL: Authentication failure for SNMP req from host ${IP(c.ipv())}`],
    ])()}`;
  };

  const iosCfglog = () => {
    const u = c.user();
    return L`${iosHdr()}%PARSER-5-CFGLOG_LOGGEDCMD: User:${U(u)}  logged command:${r.p(0.1) ? '!exec: enable' : iosCmd()}`;
  };

  const iosNac = () => {
    const mac = c.macS('cisco');
    const ifc = `${pick(['Gi', 'Gi', 'Te'])}${r.int(1, 4)}/0/${r.int(1, 48)}`;
    const asid = r.hex(24, true);
    const tail = L`on Interface ${ifc} AuditSessionID ${asid}`;
    return L`${iosHdr()}${r.w([
      [2, () => L`%AUTHMGR-5-START: Starting '${pick(['dot1x', 'mab'])}' for client (${M(mac)}) ${tail}`],
      [2, () => L`%DOT1X-5-SUCCESS: Authentication successful for client (${M(mac)}) ${tail}`],
      [2, () => L`%DOT1X-5-FAIL: Authentication failed for client (${M(mac)}) ${tail}`],
      [1, () => L`%DOT1X-5-FAIL: Authentication failed for client (${M(mac)}) with reason (Cred Fail) ${tail} Username: ${U(c.user())}`],
      [2, () => L`%MAB-5-SUCCESS: Authentication successful for client (${M(mac)}) ${tail}`],
      [1, () => L`%MAB-5-FAIL: Authentication failed for client (${M(mac)}) ${tail}`],
      [2, () => L`%AUTHMGR-5-SUCCESS: Authorization succeeded for client (${M(mac)}) ${tail}`],
      [1, () => L`%AUTHMGR-7-RESULT: Authentication result '${pick(['no-response', 'success', 'timeout'])}' from '${pick(['dot1x', 'mab'])}' for client (${M(mac)}) ${tail}`],
      [1, () => L`%SESSION_MGR-5-SUCCESS: Authorization succeeded for client (${M(mac)}) ${tail}`],
      [1, () => L`%AUTHMGR-5-VLANASSIGN: VLAN ${r.int(2, 4000)} assigned to Interface ${ifc} AuditSessionID ${asid}`],
      [1, () => L`%SW_MATM-4-MACFLAP_NOTIF: Host ${M(mac)} in vlan ${r.int(2, 4000)} is flapping between port ${ifc} and port Po${r.int(1, 8)}`],
    ])()}`;
  };

  const nxos = () => {
    const host = pick(['n9k-leaf101', 'n9k-spine01', 'n7k-core-a', 'n3k-oob-02']);
    const u = c.user();
    const ip = c.ipIn();
    const pid = c.pid();
    const hdr = r.p(0.5) ? [c.pri(23, 5), c.T.nxos(), ' ', host, ' '] : [c.T.bsd(), ' ', host, ' : ', c.T.nxos(), ' UTC: '];
    return L`${hdr}${r.w([
      [2, () => L`%AUTHPRIV-6-SYSTEM_MSG: pam_unix(dcos_sshd:session): session opened for user ${U(u)} by (uid=0) - dcos_sshd[${pid}]`],
      [1, () => L`%AUTHPRIV-6-SYSTEM_MSG: pam_unix(dcos_sshd:session): session closed for user ${U(u)} - dcos_sshd[${pid}]`],
      [1, () => L`%AUTHPRIV-3-SYSTEM_MSG: pam_aaa:Authentication failed from ${IP(c.ipOut())} - dcos_sshd[${pid}]`],
      [1, () => L`%DAEMON-3-SYSTEM_MSG: error: PAM: Authentication failure for illegal user ${U(u)} from ${IP(c.ipOut())} - dcos_sshd[${pid}]`],
      [3, () => L`%AAA-6-AAA_ACCOUNTING_MESSAGE: update:${IP(ip)}@pts/${r.int(0, 9)}:${U(u)}:configure terminal ; ${iosCmd()} (${pick(['SUCCESS', 'SUCCESS', 'FAILURE'])})`],
      [1, () => L`%AAA-6-AAA_ACCOUNTING_MESSAGE: start:${IP(ip)}@pts/${r.int(0, 9)}:${U(u)}:`],
      [2, () => L`%VSHD-5-VSHD_SYSLOG_CONFIG_I: Configured from vty by ${U(u)} on ${IP(ip)}@pts/${r.int(0, 9)}`],
      [1, () => `%ETHPORT-5-IF_UP: Interface Ethernet1/${r.int(1, 54)} is up in mode trunk`],
    ])()}`;
  };

  const tacacsAcct = () => {
    const u = c.user();
    const nas = c.ipSrv();
    const rem = c.ipIn();
    const task = r.int(100, 99999);
    const kind = pick(['start', 'stop', 'stop', 'update']);
    const cmd = r.p(0.85) ? L`\tcmd=${iosCmd()} <cr>` : '';
    const tail = kind === 'stop' ? `\telapsed_time=${r.int(0, 9000)}\tstop_time=${c.T.epoch()}` : '';
    return L`${c.T.bsd()}\t${IP(nas)}\t${U(u)}\ttty${r.int(1, 15)}\t${IP(rem)}\t${kind}\ttask_id=${task}\ttimezone=UTC\tservice=shell\tstart_time=${c.T.epoch() - r.int(0, 600)}\tpriv-lvl=${pick([1, 15, 15])}${cmd}${tail}`;
  };

  const asa = () => {
    const host = pick(['asa-edge-01', 'asa5516-dmz', 'ftd-hq-2']);
    const u = c.user();
    const pub = c.ipOut();
    const grp = pick(['GP-Remote', 'AnyConnect-Staff', 'VPN-Contractors']);
    const hdr = r.p(0.6) ? [c.pri(20, 6), c.T.bsd(), ' ', host, ' : '] : [c.pri(20, 6), c.T.bsd(), ' ', IP(c.ipSrv()), ' '];
    return L`${hdr}${r.w([
      [2, () => L`%ASA-6-113004: AAA user authentication Successful : server = ${IP(c.ipSrv())} : user = ${U(u)}`],
      [2, () => L`%ASA-6-113005: AAA user authentication Rejected : reason = ${pick(['Invalid password', 'AAA failure', 'Account locked out'])} : server = ${IP(c.ipSrv())} : user = ${U(u)} : user IP = ${IP(pub)}`],
      [2, () => L`%ASA-6-113039: Group <${grp}> User <${who()}> IP <${IP(pub)}> AnyConnect parent session started.`],
      [2, () => L`%ASA-4-722051: Group <${grp}> User <${U(u)}> IP <${IP(pub)}> IPv4 Address <${IP(c.ipIn())}> IPv6 address <${KD('::')}> assigned to session`],
      [1, () => L`%ASA-4-113019: Group = ${grp}, Username = ${U(u)}, IP = ${IP(pub)}, Session disconnected. Session Type: SSL, Duration: ${r.int(0, 9)}h:${String(r.int(0, 59)).padStart(2, '0')}m:${String(r.int(0, 59)).padStart(2, '0')}s, Bytes xmt: ${r.int(1000, 9e7)}, Bytes rcv: ${r.int(1000, 9e6)}, Reason: ${pick(['User Requested', 'Idle Timeout', 'Max time exceeded'])}`],
      [1, () => L`%ASA-6-605005: Login permitted from ${IP(c.ipIn())}/${c.port()} to inside:${IP(c.ipSrv())}/ssh for user "${U(u)}"`],
      [1, () => L`%ASA-6-605004: Login denied from ${IP(pub)}/${c.port()} to outside:${IP(c.ipOut())}/https for user "${U(u)}"`],
      [2, () => L`%ASA-5-111008: User '${U(u)}' executed the '${r.w([
        [2, () => L`username ${U(c.user())} password ${S(sec.pw({ simple: true }))} privilege 15`],
        [2, () => L`crypto isakmp key ${S(sec.psk())} address ${IP(c.ipOut())}`],
        [1, () => L`snmp-server host inside ${IP(c.ipSrv())} community ${S(sec.community())} version 2c`],
        [1, () => L`ikev1 pre-shared-key ${S(sec.psk())}`],
        [2, () => 'write memory'],
        [1, () => L`show conn address ${IP(c.ipIn())}`],
      ])()}' command.`],
      [1, () => L`%ASA-5-111010: User '${U(u)}', running 'CLI' from IP ${IP(c.ipIn())}, executed 'tunnel-group ${IP(c.ipOut())} ipsec-attributes'`],
      [1, () => L`%ASA-6-302013: Built inbound TCP connection ${r.int(1e6, 9e8)} for outside:${IP(pub)}/${c.port()} (${IP(pub)}/${c.port()})(LOCAL\\${U(u)}, ${r.int(100, 999)}) to inside:${IP(c.ipSrv())}/443 (${IP(c.ipOut())}/443)`],
    ])()}`;
  };

  // --- Palo Alto PAN-OS (CSV over syslog) -----------------------------------------------------------
  const panDev = () => pick([['PA-3220-HQ', '013201009876'], ['PA-850-BR3', '012801054321'], ['pa-vm-az01', '007954000112233']]);
  const panTs = () => `${c.T.ymd('/')} ${c.T.hms()}`;
  const panHdr = (dev) => r.p(0.7) ? [c.pri(1, 6), c.T.bsd(), ' ', dev, ' '] : [];
  const panGp = () => {
    const [dev, serial] = panDev();
    const p = c.person();
    const user = r.w([[5, () => U(p.login)], [2, () => E(p.email)], [1, () => L`${c.domain().toLowerCase()}\\${U(p.login)}`]])();
    const [ev, stage] = pick([['gateway-connected', 'connected'], ['portal-auth', 'login'], ['gateway-auth', 'login'], ['gateway-logout', 'logout'], ['portal-prelogin', 'before-login']]);
    const ts = panTs();
    const os = pick(['Microsoft Windows 11 Enterprise , 64-bit', 'Microsoft Windows 10 Pro , 64-bit', 'Apple Mac OS X 14.4.1', 'Linux Ubuntu 22.04']);
    const ver = pick(['6.2.3-128', '6.1.4-37', '6.2.1-43']);
    const status = r.p(0.85) ? 'success' : 'failure';
    const priv = stage === 'connected' ? IP(c.ipIn()) : '';
    return L`${panHdr(dev)}1,${ts},${serial},GLOBALPROTECT,0,2561,${ts},vsys1,${ev},${stage},${pick(['LDAP', 'SAML', 'RADIUS', ''])},${pick(['IPSec', 'SSL', ''])},${user},${pick(['DE', 'US', 'NL', 'GB'])},${c.wsName()},${IP(c.ipOut())},,${priv},,${c.uuid()},${r.chars(10, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')},${ver},"${os}",${pick(['10.0.22631', '10.0.19045', '14.4.1'])},1,,${status === 'success' ? '' : 'Authentication failed: Invalid username or password'},,${status},${pick(['HQ-Gateway', 'EU-West'])},${r.int(0, 30000)},${pick(['user-logon', 'on-demand', 'pre-logon'])},0,GP-Portal,${r.digits(19)},0x8000000000000000,${c.T.iso(3, false)},,,,,,0,0,0,0,,${dev},1`;
  };
  const panUserid = () => {
    const [dev, serial] = panDev();
    const ts = panTs();
    const p = c.person();
    const user = r.w([[4, () => L`${c.domain().toLowerCase()}\\${U(p.login)}`], [2, () => E(p.email)], [1, () => L`${U(p.login)}`], [1, () => O('user', `${c.wsName()}$@${c.realm()}`)]])();
    const act = pick(['login', 'login', 'logout']);
    return L`${panHdr(dev)}1,${ts},${serial},USERID,${act},2305,${ts},vsys1,${IP(c.ipIn())},${user},${pick(['ad-agent', 'dc01.corp.example.com', 'GP-Portal'])},0,1,${r.int(0, 2700)},0,0,${pick(['ad-agent', 'globalprotect', 'syslog'])},${pick(['AD', 'Kerberos', 'unknown'])},${r.digits(19)},0x0,0,0,0,0,,${dev},1,,${ts},1,0x0,${act === 'login' ? 'User logged in' : 'User logged out'}`;
  };
  const panSystem = () => {
    const [dev, serial] = panDev();
    const ts = panTs();
    const u = c.user();
    const [sub, evid, desc] = r.w([
      [3, () => ['auth', 'auth-fail', L`failed authentication for user '${U(u)}'. Reason: Invalid username/password. auth profile 'Corp-LDAP', vsys 'shared', server profile 'DC-LDAP', server address '${IP(c.ipSrv())}', From: ${IP(c.ipv())}.`]],
      [2, () => ['auth', 'auth-success', L`authenticated for user '${U(u)}'. auth profile 'Corp-LDAP', vsys 'shared', server profile 'DC-LDAP', server address '${IP(c.ipSrv())}', From: ${IP(c.ipIn())}.`]],
      [2, () => ['general', 'general', L`User ${U(u)} logged in via ${pick(['Web', 'CLI'])} from ${IP(c.ipIn())} using ${pick(['https', 'ssh'])}`]],
      [2, () => ['globalprotect', 'globalprotectportal-auth-succ', L`GlobalProtect portal user authentication succeeded. Login from: ${IP(c.ipOut())}, Source region: ${pick(['DE', 'US', 'FR'])}, User name: ${U(u)}, Auth type: profile, Client OS version: Microsoft Windows 10 Pro , 64-bit.`]],
      [1, () => ['general', 'general', `Installed PAN-OS ${pick(['10.2.9-h1', '11.1.2-h3', '10.1.14'])} content version ${r.int(8700, 8900)}-${r.int(7000, 8999)}`]],
    ])();
    return L`${panHdr(dev)}1,${ts},${serial},SYSTEM,${sub},2049,${ts},,${evid},${pick(['Corp-LDAP', '', 'GP-Portal'])},0,0,general,${pick(['informational', 'medium'])},"${desc}",${r.digits(19)},0x0,0,0,0,0,,${dev},0,0,${c.T.iso(3, false)}`;
  };

  // --- FortiGate ------------------------------------------------------------------------------------
  const fgt = () => pick([['FGT-HQ-01', 'FG100FTK19001234'], ['FGT60F-Branch2', 'FGT60FTK2109ABCD'], ['fw-dc-fgt1', 'FG3H0E5819000777']]);
  const fgtHead = (type, subtype, logid, level = 'notice') => {
    const [dev, devid] = fgt();
    const pre = r.p(0.6) ? [c.pri(16, 5)] : [];
    return [pre, `date=${c.T.ymd()} time=${c.T.hms()} devname="${dev}" devid="${devid}" eventtime=${c.T.ms()}${r.int(100000, 999999)} tz="+0000" logid="${logid}" type="${type}" subtype="${subtype}" level="${level}" vd="root"`];
  };
  const fortiAdmin = () => {
    const u = c.user();
    const ip = r.p(0.1) ? c.ip6() : c.ipIn();
    const ui = pick(['https', 'ssh', 'GUI']);
    return r.w([
      [3, () => L`${fgtHead('event', 'system', '0100032001', 'information')} logdesc="Admin login successful" sn="${c.T.epoch()}" user="${U(u)}" ui="${ui}(${IP(ip)})" method="${ui === 'GUI' ? 'https' : ui}" srcip=${IP(ip)} dstip=${IP(c.ipSrv())} action="login" status="success" reason="none" profile="${pick(['super_admin', 'prof_admin', 'read_only'])}" msg="Administrator ${U(u)} logged in successfully from ${ui}(${IP(ip)})"`],
      [2, () => L`${fgtHead('event', 'system', '0100032002', 'alert')} logdesc="Admin login failed" sn="0" user="${U(u)}" ui="${ui}(${IP(ip)})" method="${ui === 'GUI' ? 'https' : ui}" srcip=${IP(ip)} dstip=${IP(c.ipSrv())} action="login" status="failed" reason="passwd_invalid" msg="Administrator ${U(u)} login failed from ${ui}(${IP(ip)}) because of invalid password"`],
      [1, () => L`${fgtHead('event', 'system', '0100032003', 'information')} logdesc="Admin logout successful" sn="${c.T.epoch()}" user="${U(u)}" ui="${ui}(${IP(ip)})" method="${ui === 'GUI' ? 'https' : ui}" srcip=${IP(ip)} dstip=${IP(c.ipSrv())} action="logout" status="success" state="Timeout" duration=${r.int(10, 9000)} reason="timeout" msg="Administrator ${U(u)} timed out on ${ui}(${IP(ip)})"`],
      [2, () => L`${fgtHead('event', 'system', '0100044547', 'information')} logdesc="Object attribute configured" user="${U(u)}" ui="${ui}(${IP(ip)})" action="Edit" cfgtid=${r.int(1e6, 9e6)} cfgpath="${pick(['system.admin', 'vpn.ipsec.phase1-interface', 'user.local', 'system.snmp.community'])}" cfgobj="${pick(['vpn-hq', 'Branch2', 'ops-ro', '1'])}" cfgattr="${pick(['password[*]', 'psksecret[*]', 'passwd[*]', 'status[disable->enable]'])}" msg="Edit ${pick(['system.admin', 'vpn.ipsec.phase1-interface', 'user.local'])} ${pick(['vpn-hq', 'Branch2', 'ops-ro'])}"`],
    ])();
  };
  const fortiVpn = () => {
    const p = c.person();
    const pub = c.ipOut();
    const user = r.p(0.8) ? U(p.login) : E(p.email);
    return r.w([
      [3, () => L`${fgtHead('event', 'vpn', '0101039947', 'information')} logdesc="SSL VPN tunnel up" action="tunnel-up" tunneltype="ssl-tunnel" tunnelid=${r.int(1e8, 9e8)} remip=${IP(pub)} tunnelip=${IP(c.ipIn())} user="${user}" group="${pick(['SSLVPN-Users', 'VPN-Admins', 'N/A'])}" dst_host="N/A" reason="N/A" msg="SSL tunnel established"`],
      [2, () => L`${fgtHead('event', 'vpn', '0101039426', 'alert')} logdesc="SSL VPN login fail" action="ssl-login-fail" tunneltype="ssl-web" tunnelid=0 remip=${IP(pub)} user="${user}" group="N/A" dst_host="N/A" reason="sslvpn_login_permission_denied" msg="SSL user failed to logged in"`],
      [2, () => L`${fgtHead('event', 'vpn', '0101037138', 'notice')} logdesc="IPsec connection status changed" msg="IPsec connection status change" action="tunnel-up" remip=${IP(pub)} locip=${IP(c.ipOut())} remport=4500 locport=4500 outintf="wan1" cookies="${r.hex(16)}/${r.hex(16)}" user="N/A" group="N/A" useralt="N/A" xauthuser="${user}" xauthgroup="Dialup-Users" assignip=${IP(c.ipIn())} vpntunnel="Dialup_0" tunnelip=N/A tunnelid=${r.int(1e8, 9e8)} tunneltype="ipsec" duration=0 sentbyte=0 rcvdbyte=0 nextstat=0`],
    ])();
  };
  const fortiUser = () => {
    const p = c.person();
    const ip = c.ipIn();
    return r.w([
      [2, () => L`${fgtHead('event', 'user', '0102043039', 'notice')} logdesc="Authentication logon" srcip=${IP(ip)} user="${U(p.login)}" server="${pick(['DC01', 'FSSO-Collector'])}" action="auth-logon" status="logon" msg="User ${U(p.login)} added to auth logon"`],
      [2, () => L`${fgtHead('event', 'user', '0102043008', 'notice')} logdesc="Authentication success" srcip=${IP(ip)} dstip=${IP(c.ipOut())} policyid=${r.int(1, 80)} interface="port${r.int(1, 16)}" user="${E(p.email)}" group="${pick(['Staff', 'Guests', 'Contractors'])}" authproto="${pick(['HTTPS', 'HTTP', 'TELNET'])}(${IP(ip)})" action="authentication" status="success" reason="N/A" msg="User succeeded in authentication"`],
      [1, () => L`${fgtHead('event', 'user', '0102043009', 'notice')} logdesc="Authentication failed" srcip=${IP(ip)} dstip=${IP(c.ipOut())} policyid=${r.int(1, 80)} interface="port${r.int(1, 16)}" user="${U(p.login)}" group="N/A" authproto="HTTPS(${IP(ip)})" action="authentication" status="failure" reason="No matched user" msg="User failed in authentication"`],
      [1, () => L`${fgtHead('event', 'user', '0102043014', 'notice')} logdesc="FSSO logon authentication status" srcip=${IP(ip)} user="${c.domain()}\\${U(p.login)}" server="FSSO-Collector" action="FSSO-logon" msg="FSSO-logon event from FSSO-Collector: user ${U(p.login)} logged on ${IP(ip)}"`],
    ])();
  };
  const fortiTraffic = () => {
    const src = c.ipIn(), dst = c.ipOut();
    const mac = c.macS(pick(['colon', 'colon', 'COLON']));
    const user = r.p(0.5) ? L` user="${U(c.user())}" group="Staff"` : '';
    const dp = pick([443, 80, 53, 123, 993, 8080]);
    return L`${fgtHead('traffic', 'forward', '0000000013', 'notice')} srcip=${IP(src)} srcport=${c.port()} srcintf="${pick(['port5', 'internal', 'lan'])}" srcintfrole="lan" dstip=${IP(dst)} dstport=${dp} dstintf="wan1" dstintfrole="wan" srccountry="Reserved" dstcountry="${pick(['Germany', 'United States', 'Netherlands'])}" sessionid=${r.int(1e6, 9e8)} proto=${dp === 53 || dp === 123 ? 17 : 6} action="${pick(['close', 'accept', 'timeout', 'deny'])}" policyid=${r.int(1, 80)} policytype="policy" poluuid="${c.uuid()}" policyname="LAN-to-WAN" service="${{ 443: 'HTTPS', 80: 'HTTP', 53: 'DNS', 123: 'NTP', 993: 'IMAPS', 8080: 'tcp/8080' }[dp]}" trandisp="snat" transip=${IP(c.ipOut())} transport=${c.port()} duration=${r.int(0, 900)} sentbyte=${r.int(40, 9e6)} rcvdbyte=${r.int(40, 9e7)} sentpkt=${r.int(1, 9000)} rcvdpkt=${r.int(1, 9000)} appcat="unscanned" srcmac="${M(mac)}" mastersrcmac="${M(mac)}" srcserver=0${user}`;
  };

  // --- MikroTik RouterOS ------------------------------------------------------------------------
  const mikrotik = () => {
    const host = pick(['MikroTik-HQ', 'hEX-branch4', 'CCR2004-edge']);
    const u = c.user();
    const hdr = r.p(0.7) ? [c.pri(3, 6), c.T.bsd(), ' ', host, ' '] : [c.T.bsd(), ' ', host, ' '];
    return L`${hdr}${r.w([
      [3, () => L`system,error,critical login failure for user ${U(u)} from ${IP(c.ipv())} via ${pick(['winbox', 'ssh', 'web', 'api', 'ftp'])}`],
      [3, () => L`system,info,account user ${U(u)} logged in from ${IP(c.ipIn())} via ${pick(['winbox', 'ssh', 'web', 'api'])}`],
      [1, () => L`system,info,account user ${U(u)} logged out from ${IP(c.ipIn())} via ${pick(['winbox', 'ssh', 'web'])}`],
      [1, () => L`system,info user ${U(c.user())} added by ${U(u)}`],
      [1, () => L`system,info user ${U(u)} changed password by ${pick(['admin', 'winbox'])}`],
      [3, () => L`dhcp,info ${pick(['defconf', 'dhcp1', 'dhcp-guest'])} ${pick(['assigned', 'deassigned'])} ${IP(c.ipIn())} ${pick(['to', 'from'])} ${M(c.macS('COLON'))}`],
      [2, () => L`firewall,info input: in:ether1 out:(unknown 0), src-mac ${M(c.macS('colon'))}, proto TCP (SYN), ${IP(c.ipOut())}:${c.port()}->${IP(c.ipOut())}:${pick([8291, 22, 23, 8728])}, len ${pick([52, 60, 64])}`],
      [1, () => L`wireless,info ${M(c.macS('COLON'))}@wlan${r.int(1, 2)}: ${pick(['connected, signal strength -' + r.int(40, 85), 'disconnected, received deauth: sending station leaving (3)'])}`],
      [1, () => L`ppp,info,account ${U(u)} logged in, ${IP(c.ipIn())}`],
      [1, () => L`l2tp,ppp,info,account ${U(u)} logged out, ${r.int(10, 99999)} ${r.int(1000, 9e7)} ${r.int(1000, 9e7)} ${r.int(10, 9e5)} ${r.int(10, 9e5)}`],
    ])()}`;
  };

  // --- Ubiquiti EdgeRouter ---------------------------------------------------------------------
  const edgerouter = () => {
    const host = pick(['ubnt-er4', 'edgerouter-x', 'er-lite-home']);
    return r.w([
      [4, () => {
        const proto = pick(['TCP', 'UDP']);
        const dmac = c.macS('colon'), smac = c.macS('colon');
        const tail = proto === 'TCP' ? ` SPT=${c.port()} DPT=${pick([22, 23, 443, 8443, 3389])} WINDOW=${pick([29200, 64240, 1024])} RES=0x00 SYN URGP=0` : ` SPT=${c.port()} DPT=${pick([53, 123, 161, 1900])} LEN=${r.int(20, 500)}`;
        return L`${c.h3164(host, 'kernel', null)}[${pick(['WAN_LOCAL-default-D', 'WAN_IN-default-D', 'WAN_LOCAL-10-A'])}]IN=eth0 OUT= MAC=${M(dmac)}:${M(smac)}:08:00 SRC=${IP(c.ipOut())} DST=${IP(c.ipOut())} LEN=${r.int(40, 1500)} TOS=0x00 PREC=0x00 TTL=${r.int(30, 250)} ID=${r.int(1, 65535)}${r.p(0.5) ? ' DF' : ''} PROTO=${proto}${tail}`;
      }],
      [3, () => L`${c.h3164(host, 'dnsmasq-dhcp', c.pid())}${pick(['DHCPACK', 'DHCPREQUEST', 'DHCPOFFER'])}(eth${r.int(1, 4)}) ${IP(c.ipIn())} ${M(c.macS('colon'))}${r.p(0.6) ? L` ${r.p(0.5) ? O('user', `${cap(c.person().first)}s-iPhone`) : pick(['android-7f3a2b', 'LAPTOP-QX7', 'printer-3f'])}` : ''}`],
      [1, () => L`${c.h3164(host, 'pppd', c.pid())}${pick(['local', 'remote'])}  IP address ${IP(c.ipOut())}`],
      [1, () => L`${c.h3164(host, 'sshd', c.pid())}Accepted password for ${U(c.user())} from ${IP(c.ipIn())} port ${c.port()} ssh2`],
    ])();
  };

  // --- Cisco Meraki ----------------------------------------------------------------------------
  const meraki = () => {
    const host = pick(['MX84_HQ', 'MR46_Floor2', 'MS225_IDF1', 'MX67_Branch9']);
    const ep = `${c.T.epoch()}.${r.digits(9)}`;
    const hdr = [c.pri(16, 6), '1 ', ep, ' ', host, ' '];
    const p = c.person();
    return L`${hdr}${r.w([
      [2, () => L`events client_vpn_connect user id '${E(p.email)}' local ip ${IP(c.ipIn())} connected from ${IP(c.ipOut())}`],
      [1, () => L`events client_vpn_disconnect user id '${r.p(0.5) ? U(p.login) : E(p.email)}' local ip ${IP(c.ipIn())} connected from ${IP(c.ipOut())}`],
      [3, () => L`flows src=${IP(c.ipIn())} dst=${IP(c.ipOut())} mac=${M(c.macS('COLON'))} protocol=${pick(['tcp', 'udp'])} sport=${c.port()} dport=${pick([443, 53, 80, 123])} pattern: ${pick(['allow all', '0 all', L`1 (dst ${IP('10.0.0.0')}/8)`])}`],
      [2, () => L`urls src=${IP(c.ipIn())}:${c.port()} dst=${IP(c.ipOut())}:443 mac=${M(c.macS('COLON'))} request: UNKNOWN https://${pick(['outlook.office365.com', 'updates.example.net', 'cdn.example.org'])}/...`],
      [2, () => L`events type=8021x_auth radio='${r.int(0, 1)}' vap='${r.int(0, 3)}' client_mac='${M(c.macS('COLON'))}' client_ip='${IP(c.ipIn())}' identity='${r.p(0.6) ? E(p.email) : L`${c.domain()}\\${U(p.login)}`}' aid='${r.int(1e8, 9e8)}'`],
      [1, () => L`events type=association radio='1' vap='0' channel='${pick([36, 44, 149, 6, 11])}' rssi='${r.int(10, 60)}' aid='${r.int(1e8, 9e8)}'`],
      [1, () => L`events anyconnect_vpn_session_manager msg= 'Sess-ID[${r.int(100, 9999)}] Peer IP=${IP(c.ipOut())} User[${U(p.login)}]: Session connected. Session Type: SSL'`],
      [1, () => L`ip_flow_start src=${IP(c.ipIn())} dst=${IP(c.ipOut())} protocol=tcp sport=${c.port()} dport=443 translated_src_ip=${IP(c.ipOut())} translated_port=${c.port()}`],
    ])()}`;
  };

  // --- Aruba ClearPass & Cisco ISE -------------------------------------------------------------
  const clearpass = () => {
    const p = c.person();
    const mac = c.mac();
    const macFmt = r.p(0.6) ? c.macF(mac, 'dashl') : c.macF(mac, 'dash');
    const user = r.w([[4, () => U(p.login)], [2, () => E(p.email)], [1, () => L`${c.domain()}\\${U(p.login)}`], [1, () => M(c.macF(mac, 'bare'))]])();
    const status = pick(['ACCEPT', 'ACCEPT', 'ACCEPT', 'REJECT']);
    const hdr = [c.pri(16, 6), c.T.bsd(), ' ', pick(['cppm01', 'cppm-sub2.example.net']), ' '];
    return L`${hdr}CPPM_Session_Log ${r.int(1e5, 9e6)} 1 0 Common.Username=${user},Common.Service=${pick(['Corp 802.1X Wireless', 'Guest MAC Auth', 'Wired 802.1X'])},Common.Roles=${pick(['[Employee], [User Authenticated]', '[Guest]', '[Contractor]'])},Common.NAS-IP-Address=${IP(c.ipSrv())},Common.Host-MAC-Address=${M(c.macF(mac, 'bare'))},RADIUS.Acct-Calling-Station-Id=${M(macFmt)},Common.Login-Status=${status},Common.Request-Timestamp=${c.T.sql()}+00,Common.Alerts=${status === 'REJECT' ? 'Reading from AD failed: invalid credentials' : ''},Common.Error-Code=${status === 'REJECT' ? 201 : 0},Common.Auth-Type=${pick(['EAP-PEAP', 'EAP-TLS', 'MAC-AUTH'])}`;
  };
  const ise = () => {
    const p = c.person();
    const mac = c.macS('dash');
    const nas = c.ipSrv();
    const pass = r.p(0.75);
    const user = r.w([[3, () => U(p.login)], [1, () => E(p.email)]])();
    const hdr = [c.pri(16, 5), c.T.bsd(), ' ', pick(['ise-pan01', 'ise-psn02']), ' '];
    const cat = pass ? 'CISE_Passed_Authentications' : 'CISE_Failed_Attempts';
    return L`${hdr}${cat} 00${r.digits(8)} 3 0 ${c.T.sql()} +00:00 ${r.digits(10)} ${pass ? '5200 NOTICE Passed-Authentication: Authentication succeeded' : '5400 NOTICE Failed-Attempt: Authentication failed'}, ConfigVersionId=${r.int(50, 400)}, Device IP Address=${IP(nas)}, DestinationIPAddress=${IP(c.ipSrv())}, DestinationPort=1812, UserName=${user}, Protocol=Radius, RequestLatency=${r.int(5, 400)}, NetworkDeviceName=${pick(['c9300-bldgA-1', 'wlc-9800-hq'])}, User-Name=${c.domain()}\\${U(p.login)}, NAS-IP-Address=${IP(nas)}, NAS-Port=${r.int(50000, 50148)}, Framed-MTU=1485, Calling-Station-ID=${M(mac)}, NAS-Port-Type=${pick(['Ethernet', 'Wireless - IEEE 802.11'])}, EAP-Key-Name=, ${pass ? '' : `FailureReason=${pick(['22056 Subject not found in the applicable identity store(s)', '24408 User authentication against Active Directory failed since user has entered the wrong password'])}, `}AuthenticationMethod=MSCHAPV2, SelectedAccessService=Default Network Access`;
  };

  // --- SonicWall / CEF -------------------------------------------------------------------------
  const sonicwall = () => {
    const u = c.user();
    const src = c.ipOut();
    const pre = [c.pri(16, r.int(1, 6))];
    return L`${pre}id=firewall sn=${r.hex(12, true)} time="${c.T.ymd()} ${c.T.hms()} UTC" fw=${IP(c.ipOut())} pri=${r.int(1, 6)} c=${pick([32, 1024])} m=${pick([31, 560, 29])} msg="${pick(['Administrator login denied due to bad credentials', 'User login denied due to bad credentials', 'Administrator login allowed', 'SSL VPN zone remote user login allowed'])}" sess="${pick(['Web', 'CLI', 'sslvpnc'])}" n=${r.int(1, 999)} usr="${U(u)}" src=${IP(src)}:${c.port()}:X${r.int(0, 3)} dst=${IP(c.ipIn())}:${pick([443, 4433, 22])}:X0 proto=tcp/${pick(['https', 'ssh'])}`;
  };
  const cef = () => {
    const p = c.person();
    return L`${c.h3164(pick(['waf01', 'sso-gw']), 'CEF', null)}CEF:0|${pick(['Acme|WebShield|5.2.1', 'Example|IdentityGateway|3.11.0'])}|${r.int(1000, 9999)}|${pick(['Login failed', 'Login succeeded', 'Password reset requested'])}|${r.int(1, 9)}|rt=${c.T.ms()} src=${IP(c.ip())} spt=${c.port()} dst=${IP(c.ipSrv())} dpt=443 suser=${U(p.login)} duser=${E(p.email)} requestClientApplication=Mozilla/5.0 cs1Label=policy cs1=default cn1Label=attempts cn1=${r.int(1, 9)} externalId=${r.hex(16)}`;
  };

  return [
    { id: 'junos-rt-flow', w: 6, gen: rtFlow },
    { id: 'junos-mgd-ui', w: 5, gen: junosUi },
    { id: 'junos-sshd', w: 3, gen: junosSshd },
    { id: 'ios-sec-login', w: 4, gen: iosSecLogin },
    { id: 'ios-sys-ssh', w: 4, gen: iosSys },
    { id: 'ios-cfglog', w: 4, gen: iosCfglog },
    { id: 'ios-nac', w: 4, gen: iosNac },
    { id: 'nxos-aaa', w: 3, gen: nxos },
    { id: 'tacacs-acct', w: 3, gen: tacacsAcct },
    { id: 'asa-aaa-vpn', w: 4, gen: asa },
    { id: 'panos-globalprotect', w: 3, gen: panGp },
    { id: 'panos-userid', w: 3, gen: panUserid },
    { id: 'panos-system', w: 3, gen: panSystem },
    { id: 'forti-admin', w: 3, gen: fortiAdmin },
    { id: 'forti-vpn', w: 3, gen: fortiVpn },
    { id: 'forti-user', w: 2, gen: fortiUser },
    { id: 'forti-traffic', w: 4, gen: fortiTraffic },
    { id: 'mikrotik', w: 4, gen: mikrotik },
    { id: 'edgerouter', w: 3, gen: edgerouter },
    { id: 'meraki', w: 4, gen: meraki },
    { id: 'clearpass', w: 2, gen: clearpass },
    { id: 'cisco-ise', w: 2, gen: ise },
    { id: 'sonicwall', w: 2, gen: sonicwall },
    { id: 'cef-auth', w: 2, gen: cef },
  ];
}
