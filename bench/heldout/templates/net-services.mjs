// SNMP traps (snmptrapd), NTP/chrony, FRR/BIRD routing, keepalived (invented values).
import { IP, SECRET, OPT, SPECIAL_IP, hdrServer } from '../build.mjs';

export default [
  { id: 'snmptrapd', weight: 4, gen(c) {
    const L = hdrServer(c, c.line(), { host: 'nms01', tag: 'snmptrapd', pid: c.rng.int(300, 99999), pri: 29 });
    const agent = c.P.ipSrv(), nms = c.P.ipSrv();
    const ifx = c.rng.int(1, 52);
    return c.rng.weighted([
      [3, () => L.f`${c.T.ymd()} ${c.T.hms()} ${c.P.dev('ios')} [UDP: [${IP(agent)}]:${c.P.port()}->[${IP(nms)}]:162]:#011DISMAN-EVENT-MIB::sysUpTimeInstance = Timeticks: (${c.rng.int(1e4, 9e8)}) ${c.rng.int(0, 90)} days, ${c.B.dur()}.${c.rng.int(10, 99)}#011SNMPv2-MIB::snmpTrapOID.0 = OID: IF-MIB::${c.rng.pick(['linkDown', 'linkUp'])}#011IF-MIB::ifIndex.${ifx} = INTEGER: ${ifx}#011IF-MIB::ifDescr.${ifx} = STRING: ${c.B.iface()}`],
      [2, () => L.f`${c.T.ymd()} ${c.T.hms()} <UNKNOWN> [UDP: [${IP(agent)}]:${c.P.port()}->[${IP(nms)}]:162]: .1.3.6.1.2.1.1.3.0 = Timeticks: (${c.rng.int(1e4, 9e8)}) 12 days, ${c.B.dur()}.00 .1.3.6.1.6.3.1.1.4.1.0 = OID: .${c.B.oid()} .1.3.6.1.2.1.2.2.1.1.${ifx} = INTEGER: ${ifx} .1.3.6.1.2.1.2.2.1.8.${ifx} = INTEGER: 2`],
      [1, () => L.f`TRAP, SNMP v1, community ${SECRET(c.S.community())}#012#011SNMPv2-SMI::enterprises.9.9.41.2 Enterprise Specific Trap (1) Uptime: ${c.B.dur()}.${c.rng.int(10, 99)}#012#011SNMPv2-SMI::enterprises.9.9.41.1.2.3.1.2.${c.rng.int(1, 900)} = STRING: "LINK"`],
      [1, () => L.f`Connection from UDP: [${IP(agent)}]:${c.P.port()}->[${IP(nms)}]:162 community ${OPT('public', 'default community')} rejected`],
    ])();
  } },
  { id: 'ntp', weight: 3, gen(c) {
    const chrony = c.rng.chance(0.5);
    const L = hdrServer(c, c.line(), { host: c.P.dev('linux'), tag: chrony ? 'chronyd' : 'ntpd', pid: c.rng.int(300, 99999), pri: 30 });
    const srv = c.rng.chance(0.7) ? c.P.ipExtSrv() : c.P.v6();
    if (chrony) {
      return c.rng.weighted([
        [2, () => L.f`Selected source ${IP(srv)} (${c.rng.int(0, 3)}.pool.ntp.org)`],
        [1, () => L.f`Source ${IP(srv)} replaced with ${IP(c.P.ipExtSrv())} (${c.rng.int(0, 3)}.debian.pool.ntp.org)`],
        [1, () => L.f`System clock wrong by ${c.rng.int(1, 9)}.${c.rng.int(100000, 999999)} seconds`],
        [1, () => L.f`Can't synchronise: no selectable sources`],
      ])();
    }
    return c.rng.weighted([
      [2, () => L.f`Listen normally on ${c.rng.int(2, 9)} eth0 ${IP(c.P.ipInt())}:123`],
      [1, () => L.f`Listen normally on 1 lo ${SPECIAL_IP('127.0.0.1')}:123`],
      [1, () => L.f`Listen normally on ${c.rng.int(2, 9)} eth0 [${IP(c.P.linkLocal())}%2]:123`],
      [1, () => L.f`${IP(c.P.ipExtSrv())} local addr ${IP(c.P.ipInt())} -> <null>`],
      [1, () => L.f`ntpd 4.2.8p15@1.3728-o Wed Sep 23 11:46:38 UTC 2020 (1): Starting`],
    ])();
  } },
  { id: 'frr-bgp', weight: 3, gen(c) {
    const bird = c.rng.chance(0.4);
    const L = hdrServer(c, c.line(), { host: c.rng.pick(['edge01', 'edge02', 'rr1']), tag: bird ? 'bird' : 'bgpd', pid: c.rng.int(300, 99999), pri: 30 });
    const peer = c.rng.chance(0.7) ? c.P.ipExtSrv() : c.P.v6();
    const as = c.rng.int(64512, 65534);
    if (bird) {
      return c.rng.weighted([
        [1, () => L.f`bgp_${c.rng.pick(['transit1', 'ix_peer', 'upstream2'])}: Received: Hold timer expired`],
        [1, () => L.f`bgp_upstream2: Connected to table master4 (neighbor ${IP(peer)} AS${as})`],
      ])();
    }
    return c.rng.weighted([
      [3, () => L.f`%ADJCHANGE: neighbor ${IP(peer)}(Unknown) in vrf default ${c.rng.pick(['Up', 'Down Peer closed the session', 'Down BGP Notification send'])}`],
      [1, () => L.f`${IP(peer)} [FSM] Timer (holdtime timer expire)`],
      [1, () => L.f`%NOTIFICATION: sent to neighbor ${IP(peer)} 6/2 (Cease/Administrative Shutdown) 0 bytes`],
      [1, () => L.f`[OSPF] AdjChg: Nbr ${IP(c.P.ipSrv())}(default) on eth${c.rng.int(0, 3)}:${IP(c.P.ipInt())}: Full -> Deleted (InactivityTimer)`],
    ])();
  } },
  { id: 'keepalived', weight: 1, gen(c) {
    const L = hdrServer(c, c.line(), { host: c.rng.pick(['lb01', 'lb02']), tag: 'Keepalived_vrrp', pid: c.rng.int(300, 99999), pri: 30 });
    return c.rng.weighted([
      [2, () => L.f`(VI_${c.rng.int(1, 3)}) Entering ${c.rng.pick(['MASTER', 'BACKUP'])} STATE`],
      [1, () => L.f`(VI_1) Sending/queueing gratuitous ARPs on eth0 for ${IP(c.P.ipSrv())}`],
      [1, () => L.f`(VI_1) received lower priority advert from ${IP(c.P.ipInt())} (${c.rng.int(50, 150)}) - discarding`],
    ])();
  } },
];
