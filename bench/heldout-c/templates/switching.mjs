// Switches and routers: HPE Comware and ProCurve/ArubaOS-Switch, Extreme EXOS, Arista EOS,
// Nokia SR OS, Dell OS10, Brocade FOS, Allied Telesis AlliedWare Plus, Cisco IOS 802.1X/MAB.
import { L, ip, usr, sec, opt, look, pri, hdr, v4, v6, anyip, macs, U, ident, lk } from './h.mjs';

const comwareCmd = (ctx) => {
  const { R, S } = ctx;
  return R.w([
    [2, () => L`local-user ${U(ctx)} class manage password simple ${sec(S.pw())}`],
    [2, () => L`local-user ${U(ctx)} class manage password hash ${sec(`$h$6$${S.b64(22)}$${S.b64(86)}==`)}`],
    [1, () => L`snmp-agent community read simple ${sec(S.community())}`],
    [1, () => L`radius scheme rs1 key authentication simple ${sec(S.psk())}`],
    [1, () => L`super password role network-admin simple ${sec(S.pw())}`],
    [2, () => L`display mac-address ${macs(ctx, 'huawei')}`],
    [2, () => L`interface ${lk(ctx.X.ifname())}`],
    [1, () => L`ip route-static ${ip('0.0.0.0')} 0 ${v4(ctx, 'int')}`],
  ]);
};

export default [
  { id: 'comware', w: 8, gen(ctx) {
    const { R, W, clock } = ctx;
    const h = `${pri(R, 23)}${clock.bsd()} ${clock.d.getUTCFullYear()} ${W.host('sw')} `;
    const a = v4(ctx, 'int');
    return R.w([
      [3, () => L`${h}%%10SSHS/6/SSHS_LOG: Authentication failed for ${U(ctx)} from ${a} port ${W.port()} because of invalid username or wrong password.`],
      [2, () => L`${h}%%10SHELL/5/SHELL_LOGIN: ${U(ctx)} logged in from ${a}.`],
      [3, () => L`${h}%%10SHELL/6/SHELL_CMD: -Line=vty${R.int(0, 4)}-IPAddr=${a}-User=${U(ctx)}; Command is ${comwareCmd(ctx)}`],
      [1, () => L`${h}%%10ARP/5/ARP_DUPLICATE_IPADDR_DETECT: Detected an IP address conflict. The device with MAC address ${macs(ctx, 'huawei')} connected to ${lk(`GigabitEthernet1/0/${R.int(1, 48)}`)} in VLAN ${R.int(2, 400)} and the device with MAC address ${macs(ctx, 'huawei')} connected to ${lk(`GigabitEthernet1/0/${R.int(1, 48)}`)} in VLAN ${R.int(2, 400)} are using the same IP address ${a}.`],
      [2, () => L`${h}%%10DOT1X/6/DOT1X_LOGIN_SUCC: -IfName=${lk(`GigabitEthernet1/0/${R.int(1, 48)}`)}-MACAddr=${macs(ctx, 'huawei')}-VLANID=${R.int(2, 400)}-Username=${ident(ctx, ['user', 'upn'])}; User passed 802.1X authentication and came online.`],
      [1, () => L`${h}%%10MACA/6/MACA_LOGIN_FAILURE: -IfName=${lk(`GigabitEthernet1/0/${R.int(1, 48)}`)}-MACAddr=${macs(ctx, 'huawei')}-VLANID=${R.int(2, 400)}-UserName=${macs(ctx, 'bare')}-UserNameFormat=MAC address; User failed MAC authentication.`],
    ]);
  } },
  { id: 'procurve', w: 6, gen(ctx) {
    const { R, W } = ctx;
    const h = hdr(ctx, W.host('sw'), '', { style: R.pick(['3164', '3164pri']) });
    const n = String(R.int(1, 999)).padStart(5, '0');
    return R.w([
      [2, () => L`${h}${n} auth: Invalid user name/password on SSH session. User: ${R.p(0.1) ? sec(ctx.S.pw()) : U(ctx)}, IP: ${v4(ctx, 'int')}`],
      [2, () => L`${h}${n} mgr: SME SSH from ${v4(ctx, 'int')} - MANAGER Mode`],
      [2, () => L`${h}${n} dca: macAuth client ${macs(ctx, 'hp')} on port ${R.int(1, 48)} assigned to VLAN ${R.int(2, 400)}`],
      [2, () => L`${h}${n} dca: 802.1x client ${macs(ctx, 'hp')} on port ${R.pick(['A', 'B', ''])}${R.int(1, 24)} user ${ident(ctx, ['user', 'realm', 'upn'])} authenticated, VLAN ${R.int(2, 400)}`],
      [1, () => L`${h}${n} ports: port ${R.int(1, 48)} in Trk${R.int(1, 8)} is now on-line`],
      [1, () => L`${h}${n} FFI: port ${R.int(1, 48)}-Excessive broadcasts. See help.`],
      [1, () => L`${h}${n} mgr: ${U(ctx)}: Config change by CLI: 'password manager user-name ${U(ctx)} plaintext ${sec(ctx.S.pw())}'`],
    ]);
  } },
  { id: 'exos', w: 7, gen(ctx) {
    const { R, W, S, clock } = ctx;
    const h = `${pri(R, 16)}${clock.bsd()} ${W.host('sw')} ${clock.ymd('/').replace(/^(\d+)\/(\d+)\/(\d+)$/, '$2/$3/$1')} ${clock.hms()}.${clock.ms3()} `;
    const a = anyip(ctx, 'int', 0.2);
    return R.w([
      [3, () => L`${h}<Info:AAA.authPass> Login passed for user ${U(ctx)} through ${R.pick(['ssh', 'telnet', 'http'])} (${a})`],
      [3, () => L`${h}<Warn:AAA.authFail> Login failed for user ${R.p(0.12) ? sec(S.pw()) : U(ctx)} through ${R.pick(['ssh', 'telnet'])} (${a})`],
      [2, () => L`${h}<Noti:AAA.logout> Administrative account (${U(ctx)}) logout from ${R.pick(['ssh', 'telnet'])} (${a})`],
      [2, () => L`${h}<Info:FDB.MACTracking.MACMove> The MAC address ${macs(ctx, 'colon')} on VLAN '${R.pick(['data', 'voice', 'Default'])}' has moved from port ${lk(`${R.int(1, 4)}:${R.int(1, 48)}`)} to port ${lk(`${R.int(1, 4)}:${R.int(1, 48)}`)}`],
      [2, () => L`${h}<Info:cli.logRemoteCmd> Login from user ${U(ctx)} at ${a}: ${R.w([
        [2, () => L`create account admin ${U(ctx)} ${sec(S.pw())}`],
        [2, () => L`configure snmpv3 add user ${U(ctx)} authentication sha ${sec(S.pw())} privacy aes ${sec(S.pw())}`],
        [1, () => L`configure radius netlogin primary server ${v4(ctx, 'int')} 1812 client-ip ${v4(ctx, 'int')} vr VR-Default shared-secret ${sec(S.psk())}`],
        [2, () => L`show fdb ${macs(ctx, 'colon')}`],
        [1, () => L`show ports ${lk(`${R.int(1, 4)}:${R.int(1, 48)}`)} information detail`],
      ])} (accepted)`],
      [1, () => L`${h}<Info:nl.ClientAuthenticated> Network Login 802.1x user ${ident(ctx, ['user', 'upn'])} logged in MAC ${macs(ctx, 'colon')} port ${lk(`${R.int(1, 4)}:${R.int(1, 48)}`)} VLAN(s) "${R.pick(['corp', 'guest'])}", authentication Radius`],
    ]);
  } },
  { id: 'arista', w: 7, gen(ctx) {
    const { R, W, S } = ctx;
    const h = hdr(ctx, W.host('sw'), R.pick(['Aaa', 'Lldp', 'Bgp', 'ConfigAgent', 'Cli']), { pid: R.int(1000, 9000) });
    const a = anyip(ctx, 'int', 0.25);
    return R.w([
      [3, () => L`${h}%ACCOUNTING-6-CMD: ${U(ctx)} pts/${R.int(0, 9)} ${a} stop task_id=${R.int(1, 900)} service=shell priv-lvl=15 cmd=${R.w([
        [2, () => L`username ${U(ctx)} secret 0 ${sec(S.pw())}`],
        [2, () => L`username ${U(ctx)} privilege 15 role network-admin secret sha512 ${sec(S.sha512crypt())}`],
        [1, () => L`enable password sha512 ${sec(S.sha512crypt())}`],
        [1, () => L`tacacs-server host ${v4(ctx, 'int')} key 7 ${sec(S.type7())}`],
        [1, () => L`neighbor ${anyip(ctx, 'int', 0.4)} password 7 ${sec(S.b64(24))}`],
        [2, () => L`show interfaces ${lk(ctx.X.ifname())} status`],
        [1, () => L`show mac address-table address ${macs(ctx, 'cisco')}`],
      ])}`],
      [2, () => L`${h}%AAA-4-EXEC_AUTHZ_FAILED: User ${U(ctx)} failed authorization to start a shell`],
      [2, () => L`${h}%SYS-5-CONFIG_E: Enter configuration mode from console by ${U(ctx)} on ${R.pick(['vty3', 'vty7', 'con0'])} (${a})`],
      [2, () => L`${h}%LLDP-5-NEIGHBOR_NEW: LLDP neighbor with chassisId ${macs(ctx, 'cisco')} and portId "${lk(`Ethernet${R.int(1, 54)}/1`)}" added on interface ${lk(`Ethernet${R.int(1, 54)}`)}`],
      [2, () => L`${h}%BGP-3-NOTIFICATION: received from neighbor ${anyip(ctx, 'int', 0.5)} (VRF default AS ${R.int(64512, 65534)}) 6/2 (Cease/administrative shutdown) 0 bytes`],
      [1, () => L`${h}%AAA-4-LOGIN_FAILED: login failed for user ${U(ctx)} via ssh from ${a}`],
    ]);
  } },
  { id: 'nokia_sros', w: 6, gen(ctx) {
    const { R, W, S, clock } = ctx;
    const seq = R.int(1000, 99999);
    const ts = `${clock.ymd('/')} ${clock.hms()}.${clock.ms3().slice(0, 2)} UTC`;
    const a = anyip(ctx, 'int', 0.3);
    const pre = hdr(ctx, W.host('sw'), '', { style: R.pick(['3164', '3164pri']) });
    return R.w([
      [3, () => { const u = U(ctx); return L`${pre}${seq} ${ts} MINOR: SECURITY #2012 Base ${usr(u.value)} "User ${u} from ${a} attempted to log in with ${R.pick(['an invalid password', 'an unknown user name'])}"`; }],
      [2, () => { const u = U(ctx); return L`${pre}${seq} ${ts} MINOR: USER #2011 Base ${usr(u.value)} "User ${u} from ${a} logged in"`; }],
      [2, () => L`${pre}${seq} ${ts} MINOR: USER #2001 Base cli_user_login_info "User ${U(ctx)} from ${a} executed '${R.w([
        [2, () => L`configure system security user "${U(ctx)}" password "${sec(S.pw())}"`],
        [1, () => L`configure system security snmp community "${sec(S.community())}" r version both`],
        [1, () => L`configure router bgp group "ibgp" neighbor ${anyip(ctx, 'int', 0.3)} authentication-key "${sec(S.pw())}"`],
        [2, () => L`show router arp ${v4(ctx, 'int')}`],
        [1, () => L`show port ${lk(`1/1/c${R.int(1, 32)}/1`)} detail`],
      ])}'"`],
      [1, () => L`${pre}${seq} ${ts} MINOR: SNMP #2004 Base ${lk(`1/1/c${R.int(1, 32)}/1`)} "Interface ${lk(`1/1/c${R.int(1, 32)}/1`)} is not operational"`],
    ]);
  } },
  { id: 'sros_mdcli_diff', w: 3, gen(ctx) {
    const { R, S } = ctx;
    return R.w([
      [2, () => [L`[ex:/configure system security user-params local-user user "${U(ctx)}"]`, L`+    password "${sec(S.bcrypt())}"`, L`+    access {`, L`+        console true`, L`+    }`]],
      [1, () => [L`[ex:/configure system security snmp]`, L`+    community "${sec(S.community())}" {`, L`+        access-permissions r`, L`+    }`]],
      [1, () => [L`[ex:/configure router "Base" bgp group "ebgp"]`, L`-    authentication-key "${sec(S.cisco9().replace('$9$', '').slice(0, 24))}" hash2`, L`+    authentication-key "${sec(S.pw())}"`]],
    ]);
  } },
  { id: 'dell_os10', w: 5, gen(ctx) {
    const { R, W, S } = ctx;
    const h = hdr(ctx, W.host('sw'), 'dn_alm', { pid: R.int(500, 3000) });
    const pre = L`${h}Node.1-Unit.1:PRI [${R.pick(['event', 'audit'])}], Dell EMC (OS10) `;
    const a = anyip(ctx, 'int', 0.2);
    return R.w([
      [3, () => L`${pre}%AUDIT_LOG_EVENT: User ${U(ctx)} logged in via ${R.pick(['SSH', 'REST', 'console'])} from ${a}`],
      [2, () => L`${pre}%AUDIT_LOG_EVENT: Authentication failure for user ${R.p(0.1) ? sec(S.pw()) : U(ctx)} from ${a}`],
      [3, () => L`${pre}%ACCOUNTING: User ${U(ctx)} (${a}) executed "${R.w([
        [2, () => L`username ${U(ctx)} password ${sec(S.pw())} role sysadmin`],
        [1, () => L`snmp-server community ${sec(S.community())} ro`],
        [1, () => L`radius-server host ${v4(ctx, 'int')} key ${sec(S.psk())}`],
        [1, () => L`show mac address-table address ${macs(ctx, 'colon')}`],
        [1, () => L`interface ${lk(`ethernet1/1/${R.int(1, 54)}`)}`],
      ])}"`],
    ]);
  } },
  { id: 'brocade_fos', w: 5, gen(ctx) {
    const { R, W, X, clock } = ctx;
    const sw = R.pick(['fc-sw01', 'SAN_A_6510', 'san-b-g620']);
    const h = `${hdr(ctx, sw, 'raslogd', { style: R.pick(['3164', '3164pri']) })}${clock.ymd('/')}-${clock.hms()}, `;
    return R.w([
      [2, () => L`${h}[SEC-1203], ${R.int(1000, 99999)}, FID 128, INFO, ${sw}, Login information: Login successful via TELNET/SSH/RSH. IP Addr: ${v4(ctx, 'int')}`],
      [2, () => L`${h}[SEC-1193], ${R.int(1000, 99999)}, FID 128, WARNING, ${sw}, Security violation: Login failure attempt via SSH. IP Addr: ${v4(ctx, 'int')}`],
      [2, () => L`${h}[SEC-3020], ${R.int(1000, 99999)}, FID 128, INFO, ${sw}, Event: login, Status: success, Info: Successful login attempt via REMOTE, IP Addr: ${anyip(ctx, 'int', 0.3)}., ${U(ctx)}`],
      [2, () => L`${h}[ZONE-3001], ${R.int(1000, 99999)}, FID 128, AUDIT, ${U(ctx)}/${R.pick(['admin', 'zoneadmin'])}/${v4(ctx, 'int')}/ssh/CLI, ad_0/${sw}/CHASSIS, , Event: zoneadd, Status: success, Info: Zone member ${look(X.wwn())} added to ${R.pick(['z_esx01_hba0', 'z_db_prod'])}.`],
      [1, () => L`${h}[FABR-1001], ${R.int(1000, 99999)}, FID 128, WARNING, ${sw}, port ${R.int(0, 47)}, incompatible long distance mode. WWN ${look(X.wwn())}.`],
    ]);
  } },
  { id: 'alliedware', w: 4, gen(ctx) {
    const { R, W, S } = ctx;
    const h = hdr(ctx, W.host('sw'), R.pick(['IMISH', 'authd', 'ATMF']), { pid: R.int(500, 9000) });
    return R.w([
      [3, () => L`${h}[${U(ctx)}@${R.pick(['ssh', 'telnet', 'ttyS0'])}]${R.w([
        [2, () => L`username ${U(ctx)} privilege 15 password ${sec(S.pw())}`],
        [1, () => L`snmp-server community ${sec(S.community())} ro`],
        [1, () => L`radius-server host ${v4(ctx, 'int')} key ${sec(S.psk())}`],
        [2, () => L`show mac address-table | include ${macs(ctx, 'cisco')}`],
        [1, () => L`interface ${lk(`port1.0.${R.int(1, 28)}`)}`],
      ])}`],
      [2, () => L`${h}${lk(`port1.0.${R.int(1, 28)}`)}: Supplicant ${macs(ctx, 'cisco')} ${R.pick(['authenticated', 'failed authentication'])} (user ${ident(ctx, ['user', 'upn'])})`],
      [2, () => L`${h}Login failed: user ${U(ctx)} from ${v4(ctx, 'int')} on ${R.pick(['ssh', 'telnet'])}`],
    ]);
  } },
  { id: 'ios_dot1x', w: 5, gen(ctx) {
    const { R, W, X } = ctx;
    const h = L`${pri(R, 23)}${R.int(1, 99999)}: ${W.host('sw')}: ${ctx.clock.bsd()}.${ctx.clock.ms3()}: `;
    const ifn = lk(`Gi${R.int(1, 4)}/0/${R.int(1, 48)}`);
    const sess = look(R.hex(24, true));
    return R.w([
      [2, () => L`${h}%DOT1X-5-FAIL: Authentication failed for client (${macs(ctx, 'cisco')}) on Interface ${ifn} AuditSessionID ${sess}`],
      [2, () => L`${h}%MAB-5-SUCCESS: Authentication successful for client (${macs(ctx, 'cisco')}) on Interface ${ifn} AuditSessionID ${sess}`],
      [2, () => L`${h}%SESSION_MGR-5-SUCCESS: Authorization succeeded for client (${macs(ctx, 'cisco')}) on Interface ${ifn} AuditSessionID ${sess} Username: ${ident(ctx, ['user', 'upn', 'dom'])}`],
      [2, () => L`${h}%SEC_LOGIN-4-LOGIN_FAILED: Login failed [user: ${R.p(0.1) ? sec(ctx.S.pw()) : U(ctx)}] [Source: ${anyip(ctx, 'int', 0.25)}] [localport: 22] [Reason: Login Authentication Failed] at ${ctx.clock.hms()} UTC ${ctx.clock.bsdYear().slice(0, 11)}`],
      [1, () => L`${h}%SW_MATM-4-MACFLAP_NOTIF: Host ${macs(ctx, 'cisco')} in vlan ${R.int(2, 400)} is flapping between port ${lk(`Gi1/0/${R.int(1, 48)}`)} and port ${lk(`Te1/1/${R.int(1, 4)}`)}`],
      [1, () => L`${h}%PARSER-5-CFGLOG_LOGGEDCMD: User:${U(ctx)}  logged command:!exec: enable`],
      [1, () => L`${h}%SYS-5-CONFIG_I: Configured from console by ${U(ctx)} on vty${R.int(0, 15)} (${anyip(ctx, 'int', 0.25)})`],
    ]);
  } },
];
