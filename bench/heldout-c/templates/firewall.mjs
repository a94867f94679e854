// Firewalls: Cisco ASA/FTD details, Sophos XG/UTM, WatchGuard, SonicWall, Check Point,
// Barracuda CloudGen, pfSense/OPNsense filterlog and captive portal, Zyxel USG FLEX.
import { L, F, J, KV, join, ip, usr, em, mac, sec, opt, look, pri, hdr, v4, v6, anyip, ipport, macs, ident, U, machine, lk, q } from './h.mjs';

function asaHdr(ctx, code, ftd = false) {
  const { R, W, clock } = ctx;
  const h = W.host('fw');
  const tag = `%${ftd ? 'FTD' : 'ASA'}-${code}`;
  return R.w([
    [3, () => `${pri(R, 20)}${clock.bsdYear()} ${h} : ${tag}: `],
    [2, () => `${clock.bsd()} ${h} ${tag}: `],
    [1, () => `${pri(R, 20)}${clock.iso(0)} ${h} : ${tag}: `],
    [1, () => `${pri(R, 20)}${tag}: `],
  ]);
}
const grp = (R) => R.pick(['GP_Remote', 'AnyConnect-Staff', 'DfltGrpPolicy', 'GP-Contractors', 'RA_SAML']);
const asaCmd = (ctx) => {
  const { R, W, S } = ctx;
  return R.w([
    [3, () => L`username ${U(ctx)} password ${sec(S.pw())} privilege ${R.pick([0, 1, 15])}`],
    [2, () => L`username ${U(ctx)} password ${sec(S.asahash())} encrypted`],
    [2, () => L`snmp-server host inside ${v4(ctx, 'int')} community ${sec(S.community())} version 2c`],
    [2, () => L`aaa-server ISE (inside) host ${v4(ctx, 'int')} key ${sec(S.psk())}`],
    [2, () => L`tunnel-group ${v4(ctx, 'ext')} ipsec-attributes ikev1 pre-shared-key ${sec(S.psk())}`],
    [1, () => L`enable password ${sec(S.pw())} level 15`],
    [1, () => L`ldap-login-password ${sec(S.pw())}`],
    [2, () => L`show conn address ${v4(ctx)}`],
    [2, () => L`packet-tracer input outside tcp ${v4(ctx, 'ext')} ${R.int(1024, 65000)} ${v4(ctx, 'int')} 443 detailed`],
    [1, () => L`clear crypto ca crls`],
  ]);
};

const ASA = [
  { id: 'asa_anyconnect', w: 10, gen(ctx) {
    const { R, W } = ctx;
    const user = ident(ctx, ['user', 'upn', 'email', 'user']);
    const code = R.pick(['6-113039', '4-722051', '6-716001', '6-722022', '5-722037', '4-113019']);
    const h = asaHdr(ctx, code, R.p(0.3));
    switch (code) {
      case '6-113039': return L`${h}Group <${grp(R)}> User <${user}> IP <${v4(ctx, 'ext')}> AnyConnect parent session started.`;
      case '4-722051': return L`${h}Group <${grp(R)}> User <${user}> IP <${v4(ctx, 'ext')}> IPv4 Address <${v4(ctx, 'int')}> IPv6 address <${v6(ctx)}> assigned to session`;
      case '6-716001': return L`${h}Group <${grp(R)}> User <${user}> IP <${v4(ctx, 'ext')}> WebVPN session started.`;
      case '6-722022': return L`${h}Group <${grp(R)}> User <${user}> IP <${v4(ctx, 'ext')}> TCP SVC connection established without compression`;
      case '5-722037': return L`${h}Group <${grp(R)}> User <${user}> IP <${v4(ctx, 'ext')}> SVC closing connection: ${R.pick(['DPD failure.', 'Idle Timeout.', 'Transport closing.'])}`;
      default: return L`${h}Group = ${grp(R)}, Username = ${user}, IP = ${v4(ctx, 'ext')}, Session disconnected. Session Type: SSL, Duration: 0h:${R.int(10, 59)}m:${R.int(10, 59)}s, Bytes xmt: ${R.int(1e4, 1e8)}, Bytes rcv: ${R.int(1e4, 1e8)}, Reason: ${R.pick(['User Requested', 'Idle Timeout', 'Lost Service'])}`;
    }
  } },
  { id: 'asa_aaa', w: 7, gen(ctx) {
    const { R, S } = ctx;
    const typo = R.p(0.08);
    const who = typo ? sec(S.pw()) : ident(ctx, ['user', 'user', 'upn']);
    const h = asaHdr(ctx, R.pick(['6-113005', '6-113004', '6-113015']), R.p(0.3));
    const code = h.match(/-(\d{6}):/)[1];
    if (code === '113004') return L`${h}AAA user authentication Successful : server =  ${v4(ctx, 'int')} : user = ${who}`;
    if (code === '113015') return L`${h}AAA user authentication Rejected : reason = ${R.pick(['User was not found', 'Invalid password', 'Account disabled'])} : local database : user = ${who} : user IP = ${v4(ctx)}`;
    return L`${h}AAA user authentication Rejected : reason = AAA failure : server = ${v4(ctx, 'int')} : user = ${who} : user IP = ${v4(ctx)}`;
  } },
  { id: 'asa_cmd_acct', w: 7, gen(ctx) {
    const { R } = ctx;
    if (R.p(0.5)) return L`${asaHdr(ctx, '5-111010', R.p(0.2))}User '${U(ctx)}', running '${R.pick(['CLI', 'N/A'])}' from IP ${v4(ctx, 'int')}, executed '${asaCmd(ctx)}'`;
    return L`${asaHdr(ctx, '5-111008')}User '${U(ctx)}' executed the '${asaCmd(ctx)}' command.`;
  } },
  { id: 'asa_idfw_conn', w: 8, gen(ctx) {
    const { R } = ctx;
    const id = R.int(10000000, 999999999);
    const a = v4(ctx, 'ext'), b = v4(ctx, 'int');
    const pa = ctx.W.port(), pb = R.pick([443, 80, 3389, 445, 22]);
    const who = R.p(0.7) ? L`(${ident(ctx, ['dom'])}${R.p(0.5) ? `, ${R.int(1, 400)}` : ''})` : '';
    const who2 = R.p(0.5) ? L`(${ident(ctx, ['dom'])})` : '';
    if (R.p(0.6)) return L`${asaHdr(ctx, '6-302013', R.p(0.4))}Built inbound TCP connection ${id} for outside:${a}/${pa} (${a}/${pa})${who} to inside:${b}/${pb} (${b}/${pb})${who2}`;
    return L`${asaHdr(ctx, '4-106023')}Deny tcp src outside:${a}/${pa} dst inside:${b}/${pb}${who} by access-group "OUTSIDE_IN" [0x${R.hex(8)}, 0x0]`;
  } },
  { id: 'asa_v6_deny', w: 5, gen(ctx) {
    const { R } = ctx;
    const a = v6(ctx), b = v6(ctx);
    return R.w([
      [2, () => L`${asaHdr(ctx, '4-106023')}Deny ${R.pick(['tcp', 'udp'])} src outside:${a}/${ctx.W.port()} dst inside:${b}/${R.pick([22, 443, 53])} by access-group "OUTSIDE6" [0x${R.hex(8)}, 0x${R.hex(8)}]`],
      [1, () => L`${asaHdr(ctx, '3-325003')}EUI-64 source address check failed.  The source address ${a} is not consistent with the interface ID ${look('0' + ctx.R.hex(3))}.`],
      [1, () => L`${asaHdr(ctx, '6-302020')}Built inbound ICMP connection for faddr ${a}/0 gaddr ${b}/0 laddr ${b}/0 type 128 code 0`],
    ]);
  } },
  { id: 'asa_admin_login', w: 5, gen(ctx) {
    const { R } = ctx;
    const a = v4(ctx), p = R.int(1024, 65000), t = v4(ctx, 'int');
    return R.w([
      [2, () => L`${asaHdr(ctx, '6-605005')}Login permitted from ${a}/${p} to management:${t}/${R.pick(['ssh', 'https'])} for user "${U(ctx)}"`],
      [2, () => L`${asaHdr(ctx, '6-605004')}Login denied from ${a}/${p} to outside:${t}/ssh for user "${R.p(0.3) ? ctx.W.shared() : U(ctx)}"`],
      [1, () => L`${asaHdr(ctx, '6-611101')}User authentication succeeded: IP address: ${a}, Uname: ${U(ctx)}`],
      [1, () => L`${asaHdr(ctx, '4-502112')}Group policy ${grp(R)} has been set for user ${U(ctx)}`],
    ]);
  } },
  { id: 'ftd_conn_event', w: 7, gen(ctx) {
    const { R, W, S, X } = ctx;
    const tok = R.w([[2, () => L`?token=${sec(S.opaque())}`], [1, () => L`?sig=${sec(S.b64(43).replace(/\+/g, '%2B').replace(/\//g, '%2F'))}%3D&se=2025-12-01`], [3, () => '']]);
    const url = L`https://${W.appHost()}/${R.pick(['api/v2/session', 'download', 'auth/callback', 'reset'])}${tok}`;
    const src = anyip(ctx, 'int', 0.15), dst = anyip(ctx, 'ext', 0.15);
    return L`${asaHdr(ctx, '1-430003', true)}DeviceUUID: ${look(X.uuid())}, InstanceID: ${R.int(1, 8)}, FirstPacketSecond: ${ctx.clock.iso(0)}, ConnectionID: ${R.int(1, 60000)}, AccessControlRuleAction: ${R.pick(['Allow', 'Block', 'Trust'])}, SrcIP: ${src}, DstIP: ${dst}, SrcPort: ${W.port()}, DstPort: 443, Protocol: tcp, IngressInterface: inside, EgressInterface: outside, IngressZone: INSIDE, EgressZone: OUTSIDE, ACPolicy: ${R.pick(['Corp-ACP', 'Default'])}, AccessControlRuleName: ${R.pick(['Allow-Web', 'Block-Malware'])}, Prefilter Policy: Default, User: ${ident(ctx, ['dom', 'dom', 'user'])}, UserAgent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/${look(X.ver4())}, Client: ${R.pick(['Chrome', 'SSL client'])}, ApplicationProtocol: HTTPS, URLCategory: ${R.pick(['Business and Economy', 'Computers and Internet'])}, URL: ${url}, InitiatorPackets: ${R.int(2, 90)}, ResponderPackets: ${R.int(2, 90)}, InitiatorBytes: ${R.int(200, 90000)}, ResponderBytes: ${R.int(200, 900000)}, NAPPolicy: Balanced Security and Connectivity`;
  } },
  { id: 'asa_ikev2', w: 4, gen(ctx) {
    const { R } = ctx;
    const l = v4(ctx, 'ext'), r = v4(ctx, 'ext');
    if (R.p(0.5)) return L`${asaHdr(ctx, '6-751025')}Local:${l}:4500 Remote:${r}:${ctx.W.port()} Username:${ident(ctx, ['upn', 'user', 'email'])} IKEv2 Group:${grp(R)} IPv4 Address=${v4(ctx, 'int')} IPv6 address=${v6(ctx)} assigned to this connection`;
    return L`${asaHdr(ctx, '5-750007')}Local:${l}:500 Remote:${r}:500 Username:${ident(ctx, ['upn', 'user'])} IKEv2 SA DOWN. Reason: ${R.pick(['peer reclaimed', 'Delete received', 'DPD timeout'])}`;
  } },
];

const SOPHOS = [
  { id: 'sophos_xg_auth', w: 6, gen(ctx) {
    const { R, W, clock } = ctx;
    const u = U(ctx), src = v4(ctx, 'int');
    const ok = R.p(0.6);
    const g = R.pick(['Open Group', 'Staff', 'VPN Users']);
    return L`device="SFW" date=${clock.ymd()} time=${clock.hms()} timezone="UTC" device_name="${R.pick(['XG310', 'XGS2100', 'SFV4C6'])}" device_id=${look('C' + R.hex(12, true).slice(0, 13))} log_id=${R.pick(['062910617203', '062910617701'])} log_type="Event" log_component="${R.pick(['Firewall Authentication', 'SSL VPN Authentication', 'Captive Portal'])}" log_subtype="Authentication" status="${ok ? 'Successful' : 'Failed'}" priority=${ok ? 'Information' : 'Notice'} user_name="${u}" usergroupname="${g}" auth_client="${R.pick(['CTA', 'Web Client', 'SSO'])}" auth_mechanism="${R.pick(['AD', 'Local', 'RADIUS'])}" reason="${ok ? '' : 'Wrong credentials'}" src_ip=${src} src_mac=${macs(ctx, 'colon')} start_time=${clock.epoch()} message="User ${usr(u.value)} of group ${g} ${ok ? 'logged in successfully to Firewall' : 'failed to login to Firewall'} through AD authentication mechanism from ${ip(src.value)}" name="${opt('user', W.person().display)}" src_country_code="" src_country="" dst_country_code="" dst_country=""`;
  } },
  { id: 'sophos_xg_traffic', w: 5, gen(ctx) {
    const { R, clock, W } = ctx;
    const six = R.p(0.25);
    const s = six ? v6(ctx) : v4(ctx, 'int'), d = six ? v6(ctx) : v4(ctx, 'ext');
    const user = R.p(0.6) ? U(ctx) : '';
    return L`device="SFW" date=${clock.ymd()} time=${clock.hms()} timezone="UTC" device_name="XG230" log_id=010101600001 log_type="Firewall" log_component="Firewall Rule" log_subtype="Allowed" status="Allow" priority=Information duration=${R.int(0, 900)} fw_rule_id=${R.int(1, 60)} policy_type=1 user_name="${user}" user_gp="${user ? 'Staff' : ''}" iap=0 ips_policy_id=0 appfilter_policy_id=0 application="" in_interface="Port1" out_interface="Port2" src_mac=${macs(ctx, 'colon')} src_ip=${s} src_country_code=R1 dst_ip=${d} dst_country_code=R1 protocol="TCP" src_port=${W.port()} dst_port=${R.pick([443, 80, 25, 993])} sent_pkts=${R.int(1, 900)} recv_pkts=${R.int(1, 900)} sent_bytes=${R.int(60, 1e6)} recv_bytes=${R.int(60, 1e6)} tran_src_ip=${six ? '' : v4(ctx, 'ext')} tran_src_port=0 tran_dst_ip= tran_dst_port=0 srczonetype="LAN" srczone="LAN" dstzonetype="WAN" dstzone="WAN" con_id=${R.int(1e8, 4e9)}`;
  } },
  { id: 'sophos_utm', w: 6, gen(ctx) {
    const { R, W, S, clock } = ctx;
    const host = W.host('fw');
    const ts = `${clock.ymd(':')}-${clock.hms()}`;
    if (R.p(0.45)) {
      const who = R.p(0.1) ? sec(S.pw()) : U(ctx);
      return L`${ts} ${host} aua[${R.int(1000, 30000)}]: id="3005" severity="warn" sys="System" sub="auth" name="Authentication failed" srcip="${v4(ctx)}" host="" user="${who}" caller="${R.pick(['webadmin', 'portal', 'sslvpn', 'openvpn'])}" reason="DENIED"`;
    }
    const qs = R.w([[2, () => L`?access_token=${sec(S.opaque())}&v=2`], [1, () => L`?user=${em(W.email())}&page=2`], [3, () => '']]);
    return L`${ts} ${host} httpproxy[${R.int(1000, 30000)}]: id="0001" severity="info" sys="SecureWeb" sub="http" name="http access" action="pass" method="${R.pick(['GET', 'POST'])}" srcip="${v4(ctx, 'int')}" dstip="${v4(ctx, 'ext')}" user="${R.p(0.7) ? U(ctx) : ''}" group="${R.pick(['', 'Staff'])}" ad_domain="${W.org().nb}" statuscode="${R.pick([200, 302, 403])}" cached="0" profile="REF_HttProContaInterNetwo (Internal)" filteraction="REF_DefaultHTTPCFFAction (Default content filter action)" size="${R.int(100, 90000)}" request="0x${R.hex(8)}" url="https://${W.appHost()}/${R.pick(['index', 'api/items', 'sso/login'])}${qs}" referer="" error="" authtime="0" dnstime="${R.int(1, 900)}" cattime="${R.int(1, 900)}" avscantime="0" fullreqtime="${R.int(1000, 90000)}" device="0" auth="2" ua="Mozilla/5.0" exceptions="" category="${R.int(100, 199)}" reputation="trusted" categoryname="Information Technology"`;
  } },
  { id: 'watchguard', w: 7, gen(ctx) {
    const { R, W } = ctx;
    const fb = R.pick(['Firebox-M470', 'FBX-T45', 'Firebox-M590']);
    const head = L`${pri(R, 16)}${ctx.clock.bsd()} ${fb} (${ctx.clock.iso(0).replace('Z', '')}) `;
    return R.w([
      [2, () => L`${head}admd: msg_id="1100-0004" Authentication of ${R.pick(['Firebox-DB', 'AD-CORP', 'RADIUS'])} user [${U(ctx)}@${R.pick(['Firebox-DB', 'AD-CORP', 'RADIUS'])}] from ${v4(ctx)} was rejected, password is incorrect`],
      [2, () => L`${head}admd: msg_id="1100-0005" ${R.pick(['SSL VPN', 'IKEv2 VPN', 'Authentication Portal'])} user ${U(ctx)}@${R.pick(['AD-CORP', 'Firebox-DB'])} from ${v4(ctx, 'ext')} logged in assigned virtual IP is ${v4(ctx, 'int')}`],
      [3, () => L`${head}firewall: msg_id="3000-0148" ${R.pick(['Allow', 'Deny'])} 1-Trusted 0-External ${R.int(40, 1500)} tcp 20 ${R.int(60, 128)} ${v4(ctx, 'int')} ${v4(ctx, 'ext')} ${W.port()} ${R.pick([443, 80])} offset 8 S ${R.int(1e8, 4e9)} win ${R.int(1000, 65535)} (${R.pick(['HTTPS-proxy-00', 'Outgoing-00', 'Ping-00'])})`],
      [1, () => L`${head}http-proxy[${R.int(1000, 9000)}]: msg_id="1AFF-0024" Allow 1-Trusted 0-External tcp ${v4(ctx, 'int')} ${v4(ctx, 'ext')} ${W.port()} 80 msg="ProxyAllow: HTTP Request categories" proxy_act="HTTP-Client.Standard.1" cats="Business" op="GET" dstname="${W.appHost()}" arg="/${R.pick(['login', 'api'])}?username=${U(ctx)}&password=${sec(ctx.S.pw(true))}" (HTTP-proxy-00)`],
      [1, () => L`${head}sessiond: msg_id="3E00-0002" Management user ${U(ctx)}@Firebox-DB from ${v4(ctx, 'int')} logged in`],
    ]);
  } },
  { id: 'sonicwall', w: 7, gen(ctx) {
    const { R, W, clock } = ctx;
    const sn = opt('mac', '0017C5' + R.hex(6, true));
    const head = L`${pri(R, 23)}id=firewall sn=${sn} time="${clock.ymd()} ${clock.hms()}" fw=${v4(ctx, 'ext')} pri=${R.int(1, 6)} c=${R.int(0, 1024)} m=${R.int(1, 1500)} `;
    const srcip = v4(ctx, 'ext'), dst = v4(ctx, 'ext');
    return R.w([
      [2, () => L`${head}msg="SSL VPN zone remote user login allowed" sess="sslvpnc" n=${R.int(1, 9999)} usr="${U(ctx)}" src=${srcip}:${W.port()}:X1 dst=${dst}:4433:X1 proto=tcp/4433 note="${R.pick(['', 'SSLVPN Client'])}"`],
      [2, () => L`${head}msg="${R.pick(['Administrator login denied due to bad credentials', 'User login denied due to bad credentials', 'Administrator login allowed'])}" sess="${R.pick(['Web', 'CLI', 'ssh'])}" n=${R.int(1, 9999)} usr="${R.p(0.25) ? W.shared() : U(ctx)}" src=${srcip}:${W.port()}:X0 dst=${v4(ctx, 'int')}:443:X0 proto=tcp/https`],
      [2, () => L`${head}msg="Connection Opened" app=${R.int(1, 9000)} n=${R.int(1, 99999)} src=${v4(ctx, 'int')}:${W.port()}:X0:${W.host('ws')} dst=${dst}:443:X1 srcMac=${macs(ctx, 'colon')} dstMac=${macs(ctx, 'colon')} proto=tcp/https sent=${R.int(40, 9000)} rcvd=${R.int(40, 9000)} ${R.p(0.5) ? L`usr="${ident(ctx, ['user', 'upn'])}" ` : ''}rule="${R.int(1, 40)} (LAN->WAN)"`],
      [1, () => L`${head}msg="IPv6 packet dropped" n=${R.int(1, 9999)} src=[${v6(ctx)}]:${W.port()}:X1 dst=[${v6(ctx)}]:443:X0 proto=tcp/443 fw_action="drop"`],
    ]);
  } },
  { id: 'checkpoint', w: 7, gen(ctx) {
    const { R, W, X, clock } = ctx;
    const p = W.person();
    const uu = R.p(0.05) ? p.adm : p.user;
    if (R.p(0.35)) {
      return L`${pri(R, 16)}1 ${clock.iso(0)} ${W.host('fw')} CheckPoint ${R.int(1000, 30000)} - [action:"${R.pick(['Failed Log In', 'Log In'])}"; flags:"${R.int(100000, 999999)}"; ifdir:"inbound"; loguid:"{0x${R.hex(8)},0x${R.hex(8)},0x${R.hex(8)},0x${R.hex(8)}}"; origin:"${v4(ctx, 'int')}"; time:"${clock.epoch()}"; version:"5"; administrator:"${R.p(0.5) ? em(p.email) : usr(uu)}"; client_ip:"${v4(ctx, 'int')}"; machine:"${W.host('ws').toLowerCase()}"; additional_info:"${R.pick(['Administrator failed to log in: Wrong Password', 'Authentication method: Password'])}"; product:"SmartConsole"; subject:"Administrator Login"]`;
    }
    const mname = R.p(0.5) ? L`src_machine_name="${opt('email', `${W.host('ws').toLowerCase()}@${p.org.dns}`)}" ` : '';
    return L`${clock.bsd()} ${W.host('fw')} CP-GW - Log [Fields@1.3.6.1.4.1.2620 Action="${R.pick(['accept', 'drop', 'reject'])}" UUid="{0x${R.hex(8)},0x0,0x${R.hex(8)},0x${R.hex(8)}}" inzone="Internal" outzone="External" rule="${R.int(1, 90)}" rule_uid="${look(X.uuid())}" rule_name="${R.pick(['Internet access', 'Cleanup rule', 'VPN users'])}" service_id="https" src="${v4(ctx, 'int')}" dst="${v4(ctx, 'ext')}" proto="6" s_port="${W.port()}" service="443" product="VPN-1 & FireWall-1" src_user_name="${opt('user', p.display)} (${usr(uu)})" ${mname}user="${opt('user', p.display)} (${usr(uu)})" origin_sic_name="CN=${W.host('fw')},O=mgmt..${R.hex(6)}" community="${R.pick(['RemoteAccess', 'MyIntranet', 'Site2Site'])}"]`;
  } },
  { id: 'barracuda_cgf', w: 5, gen(ctx) {
    const { R, W, clock } = ctx;
    const h = W.host('fw');
    const u = R.p(0.6) ? U(ctx) : '';
    return L`${clock.bsd()} ${h} box_Firewall_Activity: Info     ${h} ${R.pick(['Allow', 'Block', 'Remove'])}: type=FWD|proto=${R.pick(['TCP', 'UDP'])}|srcIF=p1|srcIP=${v4(ctx, 'int')}|srcPort=${W.port()}|srcMAC=${macs(ctx, 'colon')}|dstIP=${v4(ctx, 'ext')}|dstPort=443|dstService=https|dstIF=p2|rule=${R.pick(['LAN-2-INTERNET', 'BLOCKALL'])}|info=Normal Operation|srcNAT=${v4(ctx, 'ext')}|dstNAT=${v4(ctx, 'ext')}|duration=${R.int(1, 90000)}|count=1|receivedBytes=${R.int(40, 1e6)}|sentBytes=${R.int(40, 1e6)}|receivedPackets=${R.int(1, 900)}|sentPackets=${R.int(1, 900)}|user=${u}|protocol=|application=|target=|content=|urlcat=`;
  } },
  { id: 'barracuda_esg', w: 3, gen(ctx) {
    const { R, W, X } = ctx;
    const qid = `${R.chars(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}-${R.digits(6)}-${R.chars(2, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}`;
    return L`${ctx.clock.bsd()} ${R.pick(['esg01', 'bess-mx'])} inbound/pass1[${R.int(1000, 30000)}]: ${R.pick(['mail.partner.example', 'unknown'])}[${v4(ctx, 'ext')}] ${ctx.clock.epoch()} ${look(qid)} SCAN - ${em(W.email())} ${em(W.email())} ${R.int(0, 90) / 10} ${R.pick([0, 2, 4])} 0 - SZ:${R.int(1000, 900000)} SUBJ:${R.pick(['Invoice', 'Re: meeting', 'Password expiry notice'])}`;
  } },
  { id: 'pf_filterlog', w: 8, gen(ctx) {
    const { R, W } = ctx;
    const ifc = R.pick(['igb0', 'igb1', 'em0', 'vtnet1', 'ix0', 'lagg0_vlan20']);
    const act = R.pick(['pass', 'block']);
    const tag = L`${hdr(ctx, W.host('fw'), 'filterlog', { style: ctx.R.pick(['3164', '5424', '3164pri']) })}`;
    const head = `${R.int(1, 120)},,,${R.pick(['1000000103', '1000002620', R.hex(32)])},${ifc},match,${act},${R.pick(['in', 'out'])},`;
    if (R.p(0.3)) {
      return L`${tag}${head}6,0x00,0x${R.hex(5)},${R.int(1, 255)},${R.pick(['tcp', 'udp', 'ICMPv6'])},${R.pick([6, 17, 58])},${R.int(20, 1400)},${v6(ctx)},${v6(ctx)},${W.port()},${R.pick([443, 53, 22])},${R.int(20, 1400)}`;
    }
    return L`${tag}${head}4,0x0,,${R.int(32, 128)},${R.int(0, 65535)},0,${R.pick(['DF', 'none'])},6,tcp,${R.int(40, 1500)},${v4(ctx)},${v4(ctx)},${W.port()},${R.pick([22, 443, 3389, 8080])},0,${R.pick(['S', 'SA', 'FA', 'R'])},${R.int(1e6, 4e9)},,${R.int(1024, 65535)},,mss;sackOK;TS;nop;wscale`;
  } },
  { id: 'pf_captiveportal', w: 5, gen(ctx) {
    const { R, W, S } = ctx;
    const tag = hdr(ctx, W.host('fw'), R.pick(['logportalauth', 'captiveportal']));
    const zone = R.pick(['guest', 'lobby', 'byod']);
    const m = macs(ctx, 'colon'), a = v4(ctx, 'int');
    return R.w([
      [3, () => L`${tag}Zone: ${zone} - ACCEPT: ${ident(ctx, ['user', 'user', 'email'])}, ${m}, ${a}`],
      [2, () => L`${tag}Zone: ${zone} - FAILURE: ${R.p(0.15) ? sec(S.pw()) : U(ctx)}, ${m}, ${a}, Invalid credentials specified.`],
      [1, () => L`${tag}Zone: ${zone} - DISCONNECT: ${U(ctx)}, ${m}, ${a}`],
      [1, () => L`${tag}Zone: ${zone} - Voucher login good for ${R.int(30, 600)} min.: ${sec(R.chars(10, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789'))}, ${m}, ${a}`],
    ]);
  } },
  { id: 'opnsense_gui', w: 4, gen(ctx) {
    const { R, W } = ctx;
    const tag = hdr(ctx, W.host('fw'), R.pick(['opnsense', 'audit', 'php-fpm']));
    return R.w([
      [2, () => L`${tag}/index.php: Web GUI authentication error for '${U(ctx)}' from ${v4(ctx)}`],
      [2, () => L`${tag}/index.php: Successful login for user '${U(ctx)}' from: ${anyip(ctx, 'int', 0.3)}`],
      [1, () => L`${tag}/api/core/firmware/status: User ${U(ctx)}@${v4(ctx, 'int')} changed configuration to /conf/backup/config-${ctx.clock.epoch()}.${R.int(1000, 9999)}.xml`],
      [1, () => L`${tag}/system_usermanager.php: User ${U(ctx)} changed password for ${U(ctx)}`],
    ]);
  } },
  { id: 'zyxel_usg', w: 5, gen(ctx) {
    const { R, W } = ctx;
    const head = L`${pri(R, 3)}${ctx.clock.bsd()} ${R.pick(['usgflex200', 'ATP500', 'zywall-vpn'])} `;
    const dev = L`devID="${opt('mac', R.pick(['bc9911', '5c6a80', '0013491']).slice(0, 6) + R.hex(6))}"`;
    return R.w([
      [3, () => L`${head}src="${v4(ctx, 'int')}:${W.port()}" dst="${v4(ctx, 'ext')}:443" msg="Traffic Log" note="ACCESS FORWARD" user="${R.p(0.6) ? U(ctx) : 'unknown'}" ${dev} cat="Traffic Log" class="Traffic" ob="0" ob_mac="${look('000000000000')}" dir="LAN1:WAN" protoID=6 proto="https" trans="${R.int(1, 9000)}"`],
      [2, () => L`${head}src="${v4(ctx)}:0" dst="${v4(ctx, 'int')}:0" msg="Administrator ${U(ctx)}(MAC=${macs(ctx, 'DASH')}) from ${R.pick(['http/https', 'ssh', 'console'])} has logged in Device" note="Account: ${U(ctx)}" user="unknown" ${dev} cat="User" class="User"`],
      [1, () => L`${head}src="${v4(ctx, 'ext')}:0" dst="${ip('0.0.0.0')}:0" msg="Failed login attempt to Device from ${R.pick(['http/https', 'ssh'])} (incorrect password or inexistent username)" note="Account: ${R.p(0.1) ? sec(ctx.S.pw()) : U(ctx)}" ${dev} cat="User" class="User"`],
    ]);
  } },
];

export default [...ASA, ...SOPHOS];
