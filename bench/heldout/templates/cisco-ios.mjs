// Cisco IOS / IOS-XE device messages (invented values).
import { IP, MAC, USER } from '../build.mjs';

/** Cisco IOS syslog header in one of the common shapes; returns the line. */
export function iosHdr(c, L, sev) {
  const dev = c.P.dev('ios');
  const n = c.rng.int(1000, 999999);
  const pri = 184 + sev;
  switch (c.rng.int(0, 3)) {
    case 0: return L.t(`<${pri}>${n}: ${dev}: ${String(n + 7).padStart(6, '0')}: ${c.T.cisco()} UTC: `);
    case 1: return L.f`${c.T.rfc3164()} ${IP(c.P.ipSrv())} ${n}: *${c.T.cisco()}: `;
    case 2: return L.t(`<${pri}>${n}: ${c.T.cisco()}: `);
    default: return L.t(`${c.T.rfc3164()} ${dev} ${n}: ${c.T.cisco(false)} CET: `);
  }
}

const vty = (c) => `vty${c.rng.int(0, 4)}`;

export default [
  { id: 'ios-login-success', weight: 3, gen(c) {
    const L = iosHdr(c, c.line(), 5);
    const u = c.rng.chance(0.85) ? USER(c.P.user()) : c.P.sysUser();
    return L.f`%SEC_LOGIN-5-LOGIN_SUCCESS: Login Success [user: ${u}] [Source: ${IP(c.P.ipInt())}] [localport: ${c.rng.pick([22, 22, 23])}] at ${c.T.hms()} UTC ${c.T.ctime().slice(0, 10)} 2024`;
  } },
  { id: 'ios-login-failed', weight: 2, gen(c) {
    const L = iosHdr(c, c.line(), 4);
    return L.f`%SEC_LOGIN-4-LOGIN_FAILED: Login failed [user: ${USER(c.P.user())}] [Source: ${IP(c.P.ipAny())}] [localport: 22] [Reason: Login Authentication Failed] at ${c.T.hms()} UTC ${c.T.ctime().slice(0, 10)} 2024`;
  } },
  { id: 'ios-config-i', weight: 3, gen(c) {
    const L = iosHdr(c, c.line(), 5);
    if (c.rng.chance(0.2)) return L.t('%SYS-5-CONFIG_I: Configured from console by console');
    return L.f`%SYS-5-CONFIG_I: Configured from console by ${USER(c.P.user())} on ${vty(c)} (${IP(c.P.ipInt())})`;
  } },
  { id: 'ios-logout', weight: 1, gen(c) {
    const L = iosHdr(c, c.line(), 6);
    return L.f`%SYS-6-LOGOUT: User ${USER(c.P.user())} has exited tty session ${c.rng.int(1, 6)}(${IP(c.P.ipInt())})`;
  } },
  { id: 'ios-updown', weight: 6, gen(c) {
    const L = iosHdr(c, c.line(), c.rng.pick([3, 5]));
    const ifn = c.B.iface();
    const st = c.rng.pick(['up', 'down']);
    return c.rng.chance(0.5)
      ? L.t(`%LINK-3-UPDOWN: Interface ${ifn}, changed state to ${st}`)
      : L.t(`%LINEPROTO-5-UPDOWN: Line protocol on Interface ${ifn}, changed state to ${st}`);
  } },
  { id: 'ios-dot1x', weight: 4, gen(c) {
    const L = iosHdr(c, c.line(), 5);
    const m = MAC(c.P.mac('dot'));
    const ifn = `Gi${c.rng.int(1, 4)}/0/${c.rng.int(1, 48)}`;
    const sid = c.B.sessionHex();
    return c.rng.weighted([
      [3, () => L.f`%DOT1X-5-FAIL: Authentication failed for client (${m}) on Interface ${ifn} AuditSessionID ${sid}`],
      [3, () => L.f`%MAB-5-SUCCESS: Authentication successful for client (${m}) on Interface ${ifn} AuditSessionID ${sid}`],
      [2, () => L.f`%AUTHMGR-5-START: Starting 'dot1x' for client (${m}) on Interface ${ifn} AuditSessionID ${sid}`],
      [2, () => L.f`%SESSION_MGR-5-SUCCESS: Authorization succeeded for client (${m}) on Interface ${ifn} AuditSessionID ${sid}`],
    ])();
  } },
  { id: 'ios-dot1x-user', weight: 2, gen(c) {
    const L = iosHdr(c, c.line(), 5);
    const ifn = `Gi${c.rng.int(1, 4)}/0/${c.rng.int(1, 48)}`;
    return L.f`%DOT1X-5-SUCCESS: Authentication successful for client (${MAC(c.P.mac('dot'))}) on Interface ${ifn} AuditSessionID ${c.B.sessionHex()} Username: ${USER(c.P.user())}`;
  } },
  { id: 'ios-macflap', weight: 1, gen(c) {
    const L = iosHdr(c, c.line(), 4);
    const v = c.rng.int(10, 400);
    return c.rng.chance(0.5)
      ? L.f`%SW_MATM-4-MACFLAP_NOTIF: Host ${MAC(c.P.mac('dot'))} in vlan ${v} is flapping between port Gi1/0/${c.rng.int(1, 24)} and port Po${c.rng.int(1, 8)}`
      : L.f`%PORT_SECURITY-2-PSECURE_VIOLATION: Security violation occurred, caused by MAC address ${MAC(c.P.mac('dot'))} on port GigabitEthernet1/0/${c.rng.int(1, 48)}.`;
  } },
  { id: 'ios-dupaddr', weight: 1, gen(c) {
    const L = iosHdr(c, c.line(), 4);
    return L.f`%IP-4-DUPADDR: Duplicate address ${IP(c.P.ipInt())} on Vlan${c.rng.int(10, 400)}, sourced by ${MAC(c.P.mac('dot'))}`;
  } },
  { id: 'ios-snmp-authfail', weight: 2, gen(c) {
    const L = iosHdr(c, c.line(), 3);
    return L.f`%SNMP-3-AUTHFAIL: Authentication failure for SNMP req from host ${IP(c.P.ipAny())}`;
  } },
  { id: 'ios-acl', weight: 5, gen(c) {
    const L = iosHdr(c, c.line(), 6);
    const acl = c.rng.pick(['101', '177', 'INBOUND-WAN', 'VTY-ACCESS', 'MGMT-IN']);
    const proto = c.rng.pick(['tcp', 'udp', 'tcp']);
    const n = c.rng.weighted([[5, 1], [1, c.rng.int(2, 40)]]);
    return L.f`%SEC-6-IPACCESSLOGP: list ${acl} ${c.rng.pick(['denied', 'permitted'])} ${proto} ${IP(c.P.ipAny())}(${c.P.port()}) -> ${IP(c.P.ipSrv())}(${c.P.svcPort()}), ${n} packet${n > 1 ? 's' : ''}`;
  } },
  { id: 'ios-acl-v6', weight: 2, gen(c) {
    const L = iosHdr(c, c.line(), 6);
    const n = c.rng.int(1, 9);
    return L.f`%IPV6_ACL-6-ACCESSLOGP: list V6-IN/${c.rng.int(1, 9) * 10} denied tcp ${IP(c.P.v6('C'))}(${c.P.port()}) -> ${IP(c.P.v6('C'))}(${c.P.svcPort()}), ${n} packet${n > 1 ? 's' : ''}`;
  } },
  { id: 'ios-ssh-userauth', weight: 2, gen(c) {
    const L = iosHdr(c, c.line(), 5);
    const ok = c.rng.chance(0.7);
    return L.f`%SSH-5-SSH2_USERAUTH: User '${USER(c.P.user())}' authentication for SSH2 Session from ${IP(c.P.ipInt())} (tty = ${c.rng.int(0, 4)}) using crypto cipher 'aes256-ctr', hmac 'hmac-sha2-256' ${ok ? 'Succeeded' : 'Failed'}`;
  } },
  { id: 'ios-restart', weight: 1, gen(c) {
    const L = iosHdr(c, c.line(), 5);
    return L.t(`%SYS-5-RESTART: System restarted -- Cisco IOS Software, C2960X Software (C2960X-UNIVERSALK9-M), Version ${c.B.iosVersion()}, RELEASE SOFTWARE (fc${c.rng.int(1, 4)})`);
  } },
  { id: 'ios-bgp-ospf', weight: 3, gen(c) {
    const L = iosHdr(c, c.line(), 5);
    return c.rng.weighted([
      [3, () => L.f`%BGP-5-ADJCHANGE: neighbor ${IP(c.P.ipExtSrv())} ${c.rng.pick(['Up', 'Down BGP Notification sent', 'Down Peer closed the session'])}`],
      [1, () => L.f`%BGP-5-ADJCHANGE: neighbor ${IP(c.P.v6('C'))} vpn vrf CUST-${c.rng.pick(['A', 'B', 'C'])} ${c.rng.pick(['Up', 'Down Interface flap'])}`],
      [1, () => L.f`%BGP-3-NOTIFICATION: sent to neighbor ${IP(c.P.ipExtSrv())} 4/0 (hold time expired) 0 bytes`],
      [3, () => L.f`%OSPF-5-ADJCHG: Process ${c.rng.int(1, 100)}, Nbr ${IP(c.P.ipSrv())} on ${c.B.iface()} from ${c.rng.pick(['LOADING to FULL, Loading Done', 'FULL to DOWN, Neighbor Down: Dead timer expired', 'EXSTART to EXCHANGE, Negotiation Done'])}`],
    ])();
  } },
  { id: 'ios-tcp-badauth', weight: 1, gen(c) {
    const L = iosHdr(c, c.line(), 6);
    const a = IP(c.P.ipExtSrv()), b = IP(c.P.ipSrv());
    return c.rng.chance(0.5)
      ? L.f`%TCP-6-BADAUTH: No MD5 digest from ${a}(${c.P.port()}) to ${b}(179) (RST) tableid - 0`
      : L.f`%TCP-6-BADAUTH: Invalid MD5 digest from ${a}:${c.P.port()} to ${b}:179 (RST) tableid - 0`;
  } },
];
