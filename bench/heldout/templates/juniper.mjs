// Juniper Junos / SRX RFC 5424 messages with structured data (invented values).
import { IP, USER, SECRET } from '../build.mjs';

const EID = () => 'junos@2636.1.1.1.2.129';
function jHdr(c, L, app, msgid, pri = 14) {
  const dev = c.P.dev('srx');
  L.t(`<${pri}>1 ${c.T.iso(3, c.rng.pick(['+01:00', 'Z', '-04:00']))} `);
  if (c.rng.chance(0.2)) L.add(IP(c.P.ipSrv())); else L.t(dev);
  return L.t(` ${app} ${c.rng.chance(0.5) ? '-' : c.rng.int(1000, 60000)} ${msgid} `);
}

export default [
  { id: 'junos-rt-flow', weight: 6, gen(c) {
    const L = jHdr(c, c.line(), 'RT_FLOW', 'RT_FLOW_SESSION_CREATE');
    const v6 = c.rng.chance(0.15);
    const s = v6 ? c.P.v6(c.rng.pick(['c', 'f'])) : c.P.ipInt();
    const d = v6 ? c.P.v6() : c.P.ipExtSrv();
    const ns = v6 ? s : c.P.ipExtSrv();
    const sp = c.P.port(), dp = c.P.svcPort(), nsp = v6 ? sp : c.P.port();
    const u = c.rng.chance(0.3) ? USER(c.P.user()) : 'N/A';
    const ifn = c.B.junosIf();
    L.f`[${EID()} source-address="${IP(s)}" source-port="${sp}" destination-address="${IP(d)}" destination-port="${dp}" connection-tag="0" service-name="junos-https" nat-source-address="${IP(ns)}" nat-source-port="${nsp}" nat-destination-address="${IP(d)}" nat-destination-port="${dp}" nat-connection-tag="0" src-nat-rule-type="${v6 ? 'N/A' : 'source rule'}" src-nat-rule-name="${v6 ? 'N/A' : 'snat-out'}" dst-nat-rule-type="N/A" dst-nat-rule-name="N/A" protocol-id="6" policy-name="trust-to-untrust" source-zone-name="trust" destination-zone-name="untrust" session-id="${c.rng.int(1e5, 9e7)}" username="${u}" roles="N/A" packet-incoming-interface="${ifn}" application="UNKNOWN" nested-application="UNKNOWN" encrypted="UNKNOWN"] session created ${IP(s)}/${sp}->${IP(d)}/${dp} 0x0 junos-https ${IP(ns)}/${nsp}->${IP(d)}/${dp} 0x0 ${v6 ? 'N/A N/A' : 'source rule snat-out'} N/A N/A 6 trust-to-untrust trust untrust ${c.rng.int(1e5, 9e7)} ${u}(N/A) ${ifn} UNKNOWN UNKNOWN UNKNOWN`;
    return L;
  } },
  { id: 'junos-login', weight: 3, gen(c) {
    const u = c.P.user();
    const ip = c.P.ipInt(), mgmt = c.P.ipSrv();
    const sp = c.P.port();
    const k = c.rng.int(0, 2);
    if (k === 0) {
      const L = jHdr(c, c.line(), 'mgd', 'UI_LOGIN_EVENT', 189);
      return L.f`[${EID()} username="${USER(u)}" event-type="login" class-name="j-super-user" local-peer="" pid="${c.rng.int(1000, 60000)}" ssh-connection="${IP(ip)} ${sp} ${IP(mgmt)} 22" client-mode="cli"] User '${USER(u)}' login, class 'j-super-user' [${c.rng.int(1000, 60000)}], ssh-connection '${IP(ip)} ${sp} ${IP(mgmt)} 22', client-mode 'cli'`;
    }
    if (k === 1) {
      const L = jHdr(c, c.line(), 'sshd', 'SSHD_LOGIN_FAILED', 37);
      return L.f`[${EID()} username="${USER(u)}" source-address="${IP(ip)}"] Login failed for user '${USER(u)}' from host '${IP(ip)}'`;
    }
    const L = jHdr(c, c.line(), 'mgd', 'UI_AUTH_EVENT', 189);
    return L.f`[${EID()} username="${USER(u)}" authentication-level="j-read-only"] Authenticated user '${USER(u)}' assigned to class 'j-read-only'`;
  } },
  { id: 'junos-cmdline', weight: 2, gen(c) {
    const L = jHdr(c, c.line(), 'mgd', 'UI_CMDLINE_READ_LINE', 189);
    const u = USER(c.P.user());
    const cmd = c.rng.weighted([
      [2, () => ['set system login user ', USER(c.P.user()), ' authentication encrypted-password "', SECRET(c.S.sha512crypt()), '"']],
      [2, () => ['set snmp community ', SECRET(c.S.community()), ' authorization read-only']],
      [1, () => ['set security ike policy ike-pol pre-shared-key ascii-text "', SECRET(c.S.junos9()), '"']],
      [1, () => ['set system radius-server ', IP(c.P.ipSrv()), ' secret "', SECRET(c.S.junos9()), '"']],
      [3, () => c.rng.pick(['show configuration | display set', 'commit check', 'show route summary', 'run show log messages | last 50'])],
    ])();
    return L.f`[${EID()} username="${u}" command="${cmd}"] User '${u}', command '${cmd}'`;
  } },
  { id: 'junos-bgp', weight: 2, gen(c) {
    const L = jHdr(c, c.line(), 'rpd', 'BGP_NEIGHBOR_STATE_CHANGED', 28);
    const peer = c.rng.chance(0.3) ? c.P.v6() : c.P.ipExtSrv();
    const [a, b] = c.rng.pick([['Established', 'Idle'], ['OpenConfirm', 'Established'], ['Active', 'Connect']]);
    return L.f`[${EID()} peer-name="${IP(peer)} (External AS ${c.rng.int(64512, 65534)})" old-state="${a}" new-state="${b}" event="${c.rng.pick(['HoldTime', 'RecvKeepAlive', 'Stop'])}"] BGP peer ${IP(peer)} (External AS ${c.rng.int(64512, 65534)}) changed state from ${a} to ${b} (event ${c.rng.pick(['HoldTime', 'RecvKeepAlive'])}) (instance master)`;
  } },
  { id: 'junos-snmp-authfail', weight: 1, gen(c) {
    const L = jHdr(c, c.line(), 'snmpd', 'SNMPD_AUTH_FAILURE', 28);
    return L.f`[${EID()} function-name="nsa_log_community" message="unauthorized SNMP community" source-address="${IP(c.P.ipAny())}" destination-address="${IP(c.P.ipSrv())}" index1="0"] nsa_log_community: unauthorized SNMP community from ${IP(c.P.ipAny())} to unknown community name (${c.rng.int(1, 9)} times) ${c.B.oid()}`;
  } },
  { id: 'junos-kmd-vpn', weight: 1, gen(c) {
    const L = jHdr(c, c.line(), 'kmd', 'KMD_VPN_UP_ALARM_USER', 30);
    const peer = c.P.ipExt(), loc = c.P.ipExtSrv();
    const net = `10.${c.rng.int(1, 40)}.0.0`;
    return L.f`[${EID()} vpn-name="vpn-branch${c.rng.int(1, 9)}" remote-address="${IP(peer)}" local-address="${IP(loc)}"] VPN vpn-branch from ${IP(peer)} is up. Local-ip: ${IP(loc)}, gateway name: gw-branch, tunnel-id: ${c.rng.int(131073, 132000)}, local tunnel-if: st0.${c.rng.int(1, 9)}, remote tunnel-ip: Not-Available, Local IKE-ID: ${IP(loc)}, Remote IKE-ID: ${IP(peer)}, AAA username: Not-Applicable, Traffic-selector local ID: ipv4_subnet(any:0,[0..7]=${IP(net)}/16), Traffic-selector remote ID: ipv4_subnet(any:0,[0..7]=${IP(`172.${c.rng.int(16, 31)}.0.0`)}/12)`;
  } },
];
