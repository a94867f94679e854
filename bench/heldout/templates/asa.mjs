// Cisco ASA / FTD messages (invented values).
import { IP, USER, EMAIL, SECRET, OPT, SPECIAL_IP } from '../build.mjs';

function asaHdr(c, L, sev, code, ftd = false) {
  const dev = c.P.dev('asa');
  const pri = 160 + sev;
  const tag = `%${ftd ? 'FTD' : 'ASA'}-${sev}-${code}: `;
  switch (c.rng.weighted([[5, 0], [2, 1], [1, 2], [1, 3]])) {
    case 0: return L.t(`<${pri}>${c.T.asa()} ${dev} : ${tag}`);
    case 1: return L.f`${c.T.rfc3164()} ${IP(c.P.ipSrv())} ${tag}`;
    case 2: return L.t(`${c.T.asa()}: ${tag}`);
    default: return L.t(`<${pri}>1 ${c.T.iso(3)} ${dev} - - - - ${tag}`);
  }
}
const ifIn = (c) => c.rng.pick(['inside', 'inside', 'dmz', 'mgmt', 'INSIDE']);
const ifOut = (c) => c.rng.pick(['outside', 'outside', 'OUTSIDE', 'wan']);
const ident = (c) => (c.rng.chance(0.25) ? [`(${c.P.adDomain()}\\`, USER(c.P.user()), ')'] : '');
const connId = (c) => c.rng.int(10000, 999999999);
const hexId = (c) => `0x${c.rng.hex(8)}`;

export default [
  { id: 'asa-302013', weight: 10, gen(c) {
    const L = asaHdr(c, c.line(), 6, '302013');
    const inbound = c.rng.chance(0.4);
    if (c.rng.chance(0.1)) {
      const a = c.P.v6(), b = c.P.v6();
      const pa = c.P.port(), pb = c.P.svcPort();
      return L.f`Built inbound TCP connection ${connId(c)} for ${ifOut(c)}:${IP(a)}/${pa} (${IP(a)}/${pa}) to ${ifIn(c)}:${IP(b)}/${pb} (${IP(b)}/${pb})`;
    }
    const ext = inbound ? c.P.ipExt() : c.P.ipExtSrv();
    const int = inbound ? c.P.ipSrv() : c.P.ipInt();
    const pe = inbound ? c.P.port() : c.P.svcPort();
    const pi = inbound ? c.P.svcPort() : c.P.port();
    const mapped = c.P.ipExtSrv(), pm = inbound ? pi : c.P.port();
    return L.f`Built ${inbound ? 'inbound' : 'outbound'} TCP connection ${connId(c)} for ${ifOut(c)}:${IP(ext)}/${pe} (${IP(ext)}/${pe}) to ${ifIn(c)}:${IP(int)}/${pi} (${IP(mapped)}/${pm})${ident(c)}`;
  } },
  { id: 'asa-302014', weight: 8, gen(c) {
    const L = asaHdr(c, c.line(), 6, '302014');
    const reason = c.rng.pick(['TCP FINs', 'TCP Reset-I', 'TCP Reset-O', 'SYN Timeout', 'Conn-timeout']);
    return L.f`Teardown TCP connection ${connId(c)} for ${ifOut(c)}:${IP(c.P.ipExtSrv())}/${c.P.svcPort()} to ${ifIn(c)}:${IP(c.P.ipInt())}/${c.P.port()}${ident(c)} duration ${c.B.dur()} bytes ${c.rng.int(0, 9e6)} ${reason}`;
  } },
  { id: 'asa-302016-udp', weight: 4, gen(c) {
    const L = asaHdr(c, c.line(), 6, c.rng.pick(['302015', '302016']));
    const dns = IP(c.P.ipSrv());
    return L.f`Teardown UDP connection ${connId(c)} for ${ifOut(c)}:${IP(c.P.ipExtSrv())}/53 to ${ifIn(c)}:${dns}/${c.P.port()} duration 0:02:01 bytes ${c.rng.int(40, 900)}`;
  } },
  { id: 'asa-106023', weight: 6, gen(c) {
    const L = asaHdr(c, c.line(), 4, '106023');
    const acl = c.rng.pick(['outside_access_in', 'acl_dmz', 'OUTSIDE-IN', 'global_access']);
    if (c.rng.chance(0.25)) {
      return L.f`Deny icmp src ${ifOut(c)}:${IP(c.P.ipExt())} dst ${ifIn(c)}:${IP(c.P.ipSrv())} (type 8, code 0) by access-group "${acl}" [${hexId(c)}, 0x0]`;
    }
    return L.f`Deny ${c.rng.pick(['tcp', 'udp'])} src ${ifOut(c)}:${IP(c.P.ipExt())}/${c.P.port()} dst ${ifIn(c)}:${IP(c.P.ipSrv())}/${c.P.svcPort()} by access-group "${acl}" [${hexId(c)}, ${hexId(c)}]`;
  } },
  { id: 'asa-106100', weight: 3, gen(c) {
    const L = asaHdr(c, c.line(), 6, '106100');
    const n = c.rng.int(1, 30);
    return L.f`access-list outside_in ${c.rng.pick(['denied', 'permitted'])} tcp ${ifOut(c)}/${IP(c.P.ipExt())}(${c.P.port()}) -> ${ifIn(c)}/${IP(c.P.ipSrv())}(${c.P.svcPort()}) hit-cnt ${n} ${n === 1 ? 'first hit' : '300-second interval'} [${hexId(c)}, 0x0]`;
  } },
  { id: 'asa-113004-113005', weight: 4, gen(c) {
    const ok = c.rng.chance(0.5);
    const L = asaHdr(c, c.line(), 6, ok ? '113004' : '113005');
    const srv = IP(c.P.ipSrv());
    if (ok) return L.f`AAA user authentication Successful : server =  ${srv} : user = ${USER(c.P.user())}`;
    if (c.rng.chance(0.15)) return L.f`AAA user authentication Rejected : reason = User was not found : local database : user = ***** : user IP = ${IP(c.P.ipExt())}`;
    return L.f`AAA user authentication Rejected : reason = ${c.rng.pick(['Invalid password', 'AAA failure', 'Account disabled'])} : server = ${srv} : user = ${USER(c.P.user())} : user IP = ${IP(c.P.ipExt())}`;
  } },
  { id: 'asa-113039', weight: 4, gen(c) {
    const L = asaHdr(c, c.line(), 6, '113039');
    const who = c.rng.chance(0.6) ? EMAIL(c.P.email()) : USER(c.P.user());
    return L.f`Group <${c.rng.pick(['GP_Remote', 'GroupPolicy_AnyConnect', 'DfltGrpPolicy'])}> User <${who}> IP <${IP(c.P.ipExt())}> AnyConnect parent session started.`;
  } },
  { id: 'asa-722051', weight: 2, gen(c) {
    const L = asaHdr(c, c.line(), 4, '722051');
    return L.f`Group <GP_Remote> User <${USER(c.P.user())}> IP <${IP(c.P.ipExt())}> IPv4 Address <${IP(`10.212.${c.rng.int(0, 3)}.${c.rng.int(2, 254)}`)}> IPv6 address <${IP(c.P.v6('c'))}> assigned to session`;
  } },
  { id: 'asa-751025', weight: 2, gen(c) {
    const L = asaHdr(c, c.line(), 6, '751025');
    const who = c.rng.chance(0.7) ? EMAIL(c.P.email()) : USER(c.P.user());
    const grp = `Group:GroupPolicy_${c.rng.pick(['SAML', 'IKEv2', 'Remote'])}`;
    const v6 = c.rng.chance(0.5) ? IP(c.P.v6()) : ['invalid-addr-2-', SPECIAL_IP('0.0.0.0')];
    if (c.rng.chance(0.35)) {
      return L.f`Local:[${IP(c.P.v6())}]:4500 Remote:[${IP(c.P.v6())}]:${c.P.port()} Username:${who} IKEv2 ${grp} IPv4 Address=${IP(c.P.ipInt())} IPv6 address=${v6} assigned to session`;
    }
    return L.f`Local:${IP(c.P.ipExtSrv())}:4500 Remote:${IP(c.P.ipExt())}:${c.P.port()} Username:${who} IKEv2 ${grp} IPv4 Address=${IP(c.P.ipInt())} IPv6 address=${v6} assigned to session`;
  } },
  { id: 'asa-605004-605005', weight: 2, gen(c) {
    const ok = c.rng.chance(0.6);
    const L = asaHdr(c, c.line(), 6, ok ? '605005' : '605004');
    const u = c.rng.chance(0.8) ? USER(c.P.user()) : c.P.sysUser();
    return L.f`Login ${ok ? 'permitted' : 'denied'} from ${IP(c.P.ipInt())}/${c.P.port()} to ${ifIn(c)}:${IP(c.P.ipSrv())}/${c.rng.pick(['ssh', 'https', 'telnet'])} for user "${u}"`;
  } },
  { id: 'asa-111008-111010', weight: 4, gen(c) {
    const u2 = c.P.user();
    const cmd = c.rng.weighted([
      [3, () => ['username ', USER(u2), ' password ', SECRET(c.S.password()), ' privilege 15']],
      [2, () => ['username ', USER(u2), ' password ', SECRET(c.S.asaHash()), ' encrypted privilege ', c.rng.pick(['15', '5'])]],
      [2, () => ['snmp-server host inside ', IP(c.P.ipSrv()), ' community ', SECRET(c.S.community()), ' version 2c']],
      [1, () => [' ikev1 pre-shared-key ', SECRET(c.S.psk())]],
      [1, () => [' ikev1 pre-shared-key *****']],
      [1, () => ['enable password ', SECRET(c.S.asaHash()), ' pbkdf2']],
      [1, () => ['ip local pool VPN-POOL ', IP(`10.212.${c.rng.int(0, 9)}.10`), '-', IP(`10.212.${c.rng.int(0, 9)}.250`), ' mask ', SPECIAL_IP('255.255.255.0')]],
      [3, () => [c.rng.pick(['terminal pager 0', 'show running-config', 'write memory', 'show vpn-sessiondb anyconnect', 'clear xlate'])]],
    ])();
    const who = c.rng.chance(0.85) ? USER(c.P.user()) : OPT('enable_15', 'ASA enable-mode pseudo user');
    if (c.rng.chance(0.5)) {
      const L = asaHdr(c, c.line(), 5, '111008');
      return L.f`User '${who}' executed the '${cmd}' command.`;
    }
    const L = asaHdr(c, c.line(), 5, '111010');
    return L.f`User '${who}', running 'CLI' from IP ${IP(c.P.ipInt())}, executed '${cmd}'`;
  } },
  { id: 'asa-710003', weight: 2, gen(c) {
    const L = asaHdr(c, c.line(), 3, '710003');
    return L.f`TCP access denied by ACL from ${IP(c.P.ipExt())}/${c.P.port()} to ${ifOut(c)}:${IP(c.P.ipExtSrv())}/${c.rng.pick([22, 443, 23])}`;
  } },
  { id: 'asa-305011', weight: 3, gen(c) {
    const L = asaHdr(c, c.line(), 6, '305011');
    return L.f`Built dynamic ${c.rng.pick(['TCP', 'UDP'])} translation from ${ifIn(c)}:${IP(c.P.ipInt())}/${c.P.port()} to ${ifOut(c)}:${IP(c.P.ipExtSrv())}/${c.P.port()}`;
  } },
  { id: 'asa-734001', weight: 2, gen(c) {
    const L = asaHdr(c, c.line(), 6, '734001');
    return L.f`DAP: User ${EMAIL(c.P.email())}, Addr ${IP(c.P.ipExt())}, Connection AnyConnect: The following DAP records were selected for this connection: DfltAccessPolicy`;
  } },
  { id: 'asa-308001', weight: 1, gen(c) {
    const L = asaHdr(c, c.line(), 6, '308001');
    return L.f`console enable password incorrect for ${c.rng.int(1, 3)} tries (from ${IP(c.P.ipInt())})`;
  } },
  { id: 'ftd-430003', weight: 3, gen(c) {
    const L = asaHdr(c, c.line(), 1, '430003', true);
    const u = c.rng.chance(0.6) ? [`${c.P.adDomain()}\\`, USER(c.P.user())] : 'No Authentication Required';
    return L.f`DeviceUUID: ${c.B.uuid()}, AccessControlRuleAction: ${c.rng.pick(['Allow', 'Block', 'Trust'])}, SrcIP: ${IP(c.P.ipInt())}, DstIP: ${IP(c.P.ipExtSrv())}, SrcPort: ${c.P.port()}, DstPort: 443, Protocol: tcp, IngressInterface: inside, EgressInterface: outside, IngressZone: INSIDE, EgressZone: OUTSIDE, ACPolicy: Default-ACP, AccessControlRuleName: Allow-Web, Prefilter Policy: Default, User: ${u}, Client: SSL client, ApplicationProtocol: HTTPS, InitiatorPackets: ${c.rng.int(1, 900)}, ResponderPackets: ${c.rng.int(1, 900)}, InitiatorBytes: ${c.rng.int(60, 99999)}, ResponderBytes: ${c.rng.int(60, 999999)}, NAPPolicy: Balanced Security and Connectivity, URL: https://${c.P.fqdn()}/`;
  } },
  { id: 'asa-masked-opt', weight: 0.5, gen(c) {
    const L = asaHdr(c, c.line(), 6, '113015');
    return L.f`AAA user authentication Rejected : reason = User was not found : local database : user = ${OPT(c.P.svcUser(), 'scanner account name')} : user IP = ${IP(c.P.ipExt())}`;
  } },
];
