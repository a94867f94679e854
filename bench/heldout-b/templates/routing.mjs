// Routers and switches: MikroTik RouterOS, Huawei VRP, Juniper ScreenOS, BGP/OSPF/IS-IS adjacency
// changes (IOS, IOS-XR, NX-OS, Junos, FRR), LLDP/CDP neighbour output, SNMP traps, NTP/chrony, NetFlow collectors.
import { L, J, ip, usr, mac, em, sec, opt, look, dom, join } from '../core.mjs';
import { fmtMac } from '../world.mjs';

const mtHdr = (c, host) => L`<${c.pri()}>${c.T.b()} ${host} `;
const vrpHdr = (c, host) => L`<${c.pri()}>${c.T.by()}${c.chance(0.3) ? '+08:00' : ''} ${host} %%01`;

export default [
  {
    id: 'mikrotik-system', w: 4,
    gen(c) {
      const head = mtHdr(c, c.pick(['MikroTik', 'rtr-branch1', 'hAP-ax3', 'CCR2004-edge']));
      const u = c.user(), a = c.addr('lan', 0.1);
      return c.pick([
        () => L`${head}system,info,account user ${usr(u)} logged in from ${ip(a)} via ${c.pick(['winbox', 'ssh', 'web', 'api', 'telnet'])}`,
        () => L`${head}system,error,critical login failure for user ${usr(u)} from ${ip(c.v4('ext'))} via ${c.pick(['ssh', 'winbox', 'ftp'])}`,
        () => L`${head}system,info,account user ${usr(u)} logged out from ${ip(a)} via ${c.pick(['winbox', 'web'])}`,
        () => L`${head}system,info,account user admin logged in from ${ip(a)} via winbox`,
        () => L`${head}system,info ${c.pick(['filter rule changed', 'address list entry added', 'route changed', 'simple queue changed'])} by ${c.pick(['winbox', 'web', 'ssh'])}-${c.int(1, 40)}/${c.pick(['action', 'tcp-msg'])}:${c.int(100, 999)} (/${usr(u)} @ ${ip(a)})`,
      ])();
    },
  },
  {
    id: 'mikrotik-dhcp-ppp', w: 3,
    gen(c) {
      const head = mtHdr(c, c.pick(['MikroTik', 'rtr-branch1', 'hAP-ax3']));
      const m = c.fmac('client', 'COLON'), a = c.v4('lan'), u = c.user();
      return c.pick([
        () => L`${head}dhcp,info dhcp-${c.pick(['lan', 'guest', 'iot'])} assigned ${ip(a)} to ${mac(m)}`,
        () => L`${head}dhcp,info dhcp-${c.pick(['lan', 'guest', 'iot'])} deassigned ${ip(a)} from ${mac(m)}`,
        () => L`${head}pppoe,ppp,info <pppoe-${usr(u)}>: ${c.pick(['connected', 'disconnected', 'authenticated'])}`,
        () => L`${head}l2tp,ppp,info,account ${usr(u)} logged in, ${ip(c.v4('vpn'))} from ${ip(c.v4('ext'))}`,
        () => L`${head}ipsec,error ${ip(c.v4('ext'))} failed to get valid proposal.`,
        () => L`${head}wireless,info ${mac(m)}@wlan${c.int(1, 2)}: ${c.pick(['connected, signal strength -61', 'disconnected, received deauth: sending station leaving (3)', 'established connection on 5180, SSID Corp'])}`,
      ])();
    },
  },
  {
    id: 'mikrotik-firewall', w: 4,
    gen(c) {
      const head = mtHdr(c, c.pick(['MikroTik', 'rtr-branch1', 'CCR2004-edge']));
      const pre = c.pick(['', 'drop-ssh ', 'WAN-IN ', 'bogon ']);
      const proto = c.pick(['TCP (SYN)', 'TCP (ACK,FIN)', 'UDP', 'TCP (SYN,ACK)']);
      const m = c.fmac(c.pick(['client', 'mikrotik', 'cisco']), 'colon');
      if (c.chance(0.25)) {
        return L`${head}firewall,info ${pre}input: in:${c.pick(['ether1', 'pppoe-out1', 'sfp-sfpplus1'])} out:(unknown 0), src-mac ${mac(m)}, proto ${proto}, [${ip(c.v6('ext'))}]:${c.port()}->[${ip(c.v6('srv'))}]:${c.pick([22, 443, 8291])}, len ${c.int(60, 1500)}`;
      }
      const nat = c.chance(0.3);
      const src = c.v4(nat ? 'lan' : 'ext'), dst = c.v4(nat ? 'ext' : 'pub');
      return L`${head}firewall,info ${pre}${c.pick(['input', 'forward'])}: in:${c.pick(['ether1', 'bridge', 'vlan10'])} out:${c.pick(['(unknown 0)', 'ether1', 'pppoe-out1'])}, ${c.chance(0.7) ? L`src-mac ${mac(m)}, ` : ''}proto ${proto}, ${ip(src)}:${c.port()}->${ip(dst)}:${c.pick([22, 23, 53, 443, 8291, 3389])}, ${nat ? L`NAT (${ip(src)}:${c.port()}->${ip(c.v4('pub'))}:${c.port()})->${ip(dst)}:443, ` : ''}len ${c.int(40, 1500)}`;
    },
  },
  {
    id: 'mikrotik-export', w: 2,
    gen(c) {
      const u = c.user();
      return c.pick([
        () => L`/ppp secret add name=${usr(u)} password=${sec(c.pw('kv'))} profile=${c.pick(['vpn-profile', 'default-encryption'])} service=${c.pick(['l2tp', 'pppoe', 'sstp'])}`,
        () => L`/user add name=${usr(u)} group=${c.pick(['full', 'read', 'write'])} password=${sec(c.pw('kv'))} address=${ip(c.v4('mgmt').replace(/\.\d+$/, '.0'))}/24`,
        () => L`/interface wireless security-profiles set [ find default=yes ] authentication-types=wpa2-psk mode=dynamic-keys supplicant-identity=MikroTik wpa2-pre-shared-key=${sec(c.pw('kv'))}`,
        () => L`/interface wifi security add authentication-types=wpa2-psk,wpa3-psk name=sec-${c.pick(['corp', 'guest'])} passphrase=${sec(c.pw('kv'))}`,
        () => L`/ip ipsec identity add peer=${c.pick(['peer-hq', 'peer-aws'])} secret=${sec(c.pw('kv'))}`,
        () => L`/ip dhcp-server lease add address=${ip(c.v4('lan'))} client-id=1:${mac(c.fmac('client', 'colon'))} mac-address=${mac(c.fmac('client', 'COLON'))} server=dhcp1`,
        () => L`/snmp community set [ find default=yes ] addresses=${ip(c.v4('mgmt'))}/32 name=${sec(c.community())}`,
        () => L`/ip firewall address-list add address=${ip(c.v4('ext'))} list=blocklist comment="${c.pick(['brute force', 'scanner', 'abuse report'])}"`,
      ])();
    },
  },
  {
    id: 'huawei-vrp-sec', w: 4,
    gen(c) {
      const head = vrpHdr(c, c.pick(['HW-AGG-01', 'HW-CORE-S12700', 'AR6120-BR2', 'CE6881-LEAF3']));
      const u = c.user(), a = c.addr('lan', 0.15, c.pick(['c', 'C'])), seq = `(s)[${c.int(1, 999)}]`;
      return c.pick([
        () => L`${head}SSH/5/SSH_USER_LOGIN${seq}:The SSH user succeeded in logging in. (UserName=${usr(u)}, IPAddress=${ip(a)}, VpnInstanceName=_public_)`,
        () => L`${head}SSH/5/SSH_USER_LOGIN_FAIL${seq}:The SSH user failed to log in. (UserName=${usr(u)}, IPAddress=${ip(c.v4('ext'))}, VpnInstanceName=_public_, Reason=Authentication failed)`,
        () => L`${head}SHELL/5/CMDRECORD${seq}:Recorded command information. (Task=VT${c.int(0, 4)}, Ip=${ip(a)}, VpnName=, User=${usr(u)}, AuthenticationMethod="${c.pick(['Local-user', 'RADIUS', 'HWTACACS'])}", Command="${c.pick(['display current-configuration', 'display interface brief', 'undo shutdown', 'save'])}", Result=Success)`,
        () => L`${head}SHELL/5/CMDRECORD${seq}:Recorded command information. (Task=VT${c.int(0, 4)}, Ip=${ip(a)}, VpnName=, User=${usr(u)}, AuthenticationMethod="Local-user", Command="local-user ${usr(c.user())} password irreversible-cipher ${sec(c.pw('kv'))}", Result=Success)`,
        () => L`${head}SHELL/5/CMDRECORD${seq}:Recorded command information. (Task=VT${c.int(0, 4)}, Ip=${ip(a)}, VpnName=, User=${usr(u)}, AuthenticationMethod="Local-user", Command="snmp-agent community read cipher ${sec(c.community())} acl 2001", Result=Success)`,
        () => L`${head}SHELL/5/LOGOUT${seq}:The user succeeded in logging out of VTY${c.int(0, 4)}. (UserType=SSH, UserName=${usr(u)}, AuthenticationMethod="Local-user", Ip=${ip(a)}, VpnName=)`,
      ])();
    },
  },
  {
    id: 'huawei-vrp-l2', w: 4,
    gen(c) {
      const head = vrpHdr(c, c.pick(['HW-AGG-01', 'S5735-ACC-07', 'CE6881-LEAF3']));
      const m = c.fmac('client', 'huawei'), seq = `(l)[${c.int(1, 999)}]`;
      const port = () => c.pick(['GE0/0/1', 'GE0/0/12', 'GigabitEthernet0/0/24', 'XGE0/0/2', 'Eth-Trunk1', '10GE1/0/3']);
      return c.pick([
        () => L`${head}MAC/4/MAC_FLAPPING_ALARM${seq}:The MAC address is flapping. (VLAN=${c.int(2, 400)}, MacAddress=${mac(m)}, OriginalPort=${port()}, FlappingPort=${port()})`,
        () => L`${head}ARP/4/ARP_DUPLICATE_IPADDR${seq}:Received an ARP packet with a duplicate IP address from the interface. (IpAddress=${ip(c.v4('lan'))}, InterfaceName=Vlanif${c.int(2, 400)}, MacAddress=${mac(m)})`,
        () => L`${head}IFNET/4/IF_STATE${seq}:Interface ${port()} has turned into ${c.pick(['UP', 'DOWN'])} state.`,
        () => L`${head}OSPF/4/NBR_CHANGE_E${seq}:Neighbor changes event: neighbor status changed. (ProcessId=${c.pick([1, 10, 100])}, NeighborAddress=${ip(c.v4('p2p'))}, NeighborEvent=${c.pick(['HelloReceived', 'InactivityTimer', 'LoadingDone'])}, NeighborPreviousState=${c.pick(['Down', 'Full', 'Loading'])}, NeighborCurrentState=${c.pick(['Init', 'Down', 'Full'])})`,
        () => L`${head}DHCPSNP/4/REQMACLOG${seq}:The number of the discarded DHCP packets in which the CHADDR field is inconsistent with the source MAC address exceeded the threshold. (IfName=${port()}, VlanId=${c.int(2, 400)}, DiscardedNumber=${c.int(1, 99)}, MacAddress=${mac(m)})`,
      ])();
    },
  },
  {
    id: 'huawei-config-dump', w: 2,
    gen(c) {
      const cipher = () => `%^%#${c.r.str(40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!()*+,-./;<=>?[]_{|}~')}%^%#`;
      return c.pick([
        () => L` local-user ${usr(c.user())} password irreversible-cipher ${sec(`$1c$${c.b64(20).replace(/[+/]/g, 'x')}$${c.b64(40).replace(/[+/]/g, 'Q')}$`)}`,
        () => L` snmp-agent community read cipher ${sec(cipher())}`,
        () => L` radius-server shared-key cipher ${sec(cipher())}`,
        () => L` hwtacacs-server shared-key cipher ${sec(cipher())}`,
        () => L` ip address ${ip(c.v4('srv'))} ${ip(c.netmask())}`,
        () => L` ip route-static ${ip('0.0.0.0')} ${ip('0.0.0.0')} ${ip(c.v4('p2p'))} description default-to-isp`,
        () => L` rule ${c.int(1, 50) * 5} permit source ${ip(c.v4('lan').replace(/\.\d+$/, '.0'))} ${ip(c.wildcard())}`,
        () => L` ipv6 address ${ip(c.v6('p2p', 'C'))}/127`,
        () => L` info-center loghost ${ip(c.v4('srv'))} facility local${c.int(0, 7)}`,
      ])();
    },
  },
  {
    id: 'screenos-traffic', w: 2,
    gen(c) {
      const dev = c.pick(['ns5gt', 'ssg140-hq', 'ssg550']);
      const src = c.v4('lan'), dst = c.v4('ext'), sp = c.port();
      return L`<${c.pri()}>${c.T.b()} ${ip(c.v4('mgmt'))} ${dev}: NetScreen device_id=${dev}  [Root]system-notification-00257(traffic): start_time="${c.T.ymd()}" duration=${c.int(0, 300)} policy_id=${c.int(1, 300)} service=${c.pick(['https', 'dns', 'udp/port:7001', 'ssh'])} proto=${c.pick([6, 17])} src zone=Trust dst zone=Untrust action=${c.pick(['Permit', 'Deny'])} sent=${c.int(0, 99999)} rcvd=${c.int(0, 99999)} src=${ip(src)} dst=${ip(dst)} src_port=${sp} dst_port=${c.pick([443, 53, 22])} src-xlated ip=${ip(c.v4('pub'))} port=${c.port()} dst-xlated ip=${ip(dst)} port=${c.pick([443, 53, 22])} session_id=${c.int(1000, 99999)} reason=${c.pick(['Close - TCP FIN', 'Close - AGE OUT', 'Creation'])}`;
    },
  },
  {
    id: 'screenos-admin', w: 2,
    gen(c) {
      const dev = c.pick(['ns5gt', 'ssg140-hq', 'ssg550']);
      const u = c.user(), a = c.v4('lan');
      const head = L`<${c.pri()}>${c.T.b()} ${ip(c.v4('mgmt'))} ${dev}: NetScreen device_id=${dev}  `;
      return c.pick([
        () => L`${head}[Root]system-warning-00518: Admin user "${usr(u)}" login attempt for Web(http) management (port ${c.pick([80, 443])}) from ${ip(a)}:${c.port()} failed. (${c.T.ymd()})`,
        () => L`${head}[Root]system-alert-00528: SSH: Password authentication failed for admin user '${usr(u)}' at host ${ip(c.v4('ext'))}. (${c.T.ymd()})`,
        () => L`${head}[Root]system-warning-00515: Admin user ${usr(u)} has logged on via SSH from ${ip(a)}:${c.port()} (${c.T.ymd()})`,
        () => L`${head}[Root]system-information-00767: System configuration saved by ${usr(u)} via web from host ${ip(a)} to ${ip(c.v4('mgmt'))}:${c.pick([80, 443])} by ${usr(u)}. (${c.T.ymd()})`,
      ])();
    },
  },
  {
    id: 'bgp-adj', w: 4,
    gen(c) {
      const v6 = c.chance(0.35);
      const nb = v6 ? c.v6(c.pick(['p2p', 'ext']), c.pick(['c', 'C'])) : c.v4(c.pick(['p2p', 'ext']));
      const as = c.pick([64500, 64512, 65001, 65100, 4200000101, 174, 3356]);
      return c.pick([
        () => L`<${c.pri()}>${c.int(1000, 999999)}: ${c.host('rtr')}: *${c.T.b()}.${c.int(100, 999)} UTC: %BGP-5-ADJCHANGE: neighbor ${ip(nb)}${c.chance(0.3) ? ' vpn vrf CUST-A' : ''} ${c.pick(['Up', 'Down BGP Notification sent', 'Down Peer closed the session', 'Down Interface flap'])}`,
        () => L`<${c.pri()}>${c.int(1000, 999999)}: ${c.host('rtr')}: *${c.T.b()}.${c.int(100, 999)} UTC: %BGP-3-NOTIFICATION: ${c.pick(['sent to', 'received from'])} neighbor ${ip(nb)} 4/0 (hold time expired) 0 bytes`,
        () => L`${c.hdr({ host: c.host('rtr'), tag: 'rpd', pid: c.pid() })}bgp_read_message:${c.int(2000, 4000)}: NOTIFICATION received from ${ip(nb)}+179 (proto) (External AS ${as}): code 6 (Cease) subcode ${c.pick([2, 3, 4])} (${c.pick(['Administratively Shutdown', 'Peer De-configured', 'Maximum Number of Prefixes Reached'])})`,
        () => L`${c.hdr({ host: c.host('rtr'), tag: 'rpd', pid: c.pid() })}BGP_PREFIX_THRESH_EXCEEDED: ${ip(nb)} (External AS ${as}): Configured maximum prefix-limit threshold(${c.pick([80, 90])}) exceeded for inet${v6 ? '6' : ''}-unicast nlri: ${c.int(800, 200000)} (instance master)`,
        () => L`${c.hdr({ host: c.host('rtr'), tag: 'bgpd', pid: c.pid() })}[${c.r.str(5, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}-${c.r.str(5, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}] %ADJCHANGE: neighbor ${ip(nb)}(${c.pick(['peer-edge1', 'transit-a', 'ix-rs1'])}) in vrf default ${c.pick(['Up', 'Down'])}`,
        () => L`${c.hdr({ host: c.host('rtr'), tag: 'bgpd', pid: c.pid() })}bgp_update_receive: rcvd End-of-RIB for IPv${v6 ? '6' : '4'} Unicast from ${ip(nb)} in vrf default`,
      ])();
    },
  },
  {
    id: 'ospf-isis', w: 4,
    gen(c) {
      const rid = c.v4(c.pick(['mgmt', 'p2p']));
      const ifc = c.pick(['GigabitEthernet0/0/1', 'TenGigE0/0/0/1', 'Vlan10', 'Ethernet1/49', 'xe-0/0/0.0', 'ge-0/0/1.0', 'ae1.0']);
      const peer = c.host('rtr');
      const area = c.pick(['0.0.0.0', '0.0.0.10', '0.0.0.51']);
      return c.pick([
        () => L`<${c.pri()}>${c.int(1000, 999999)}: ${c.host('rtr')}: ${c.T.b()}.${c.int(100, 999)}: %OSPF-5-ADJCHG: Process ${c.pick([1, 10, 100])}, Nbr ${ip(rid)} on ${ifc} from ${c.pick(['LOADING to FULL, Loading Done', 'FULL to DOWN, Neighbor Down: Dead timer expired', 'EXSTART to DOWN, Neighbor Down: Interface down or detached'])}`,
        () => L`<${c.pri()}>${c.int(1000, 999999)}: ${c.host('rtr')}: ${c.T.b()}.${c.int(100, 999)}: %OSPFv3-5-ADJCHG: Process ${c.pick([1, 10])}, IPv6, Nbr ${ip(rid)} on ${ifc} from FULL to DOWN, Neighbor Down: Dead timer expired`,
        () => L`${c.hdr({ host: c.host('rtr'), tag: 'rpd', pid: c.pid() })}RPD_OSPF_NBRDOWN: OSPF neighbor ${ip(rid)} (realm ospf-v2 ${ifc} area ${opt('ip', area)}) state changed from Full to Down due to InactivityTimer (event reason: BFD session timed out and neighbor was declared dead)`,
        () => L`${c.hdr({ host: c.host('rtr'), tag: 'rpd', pid: c.pid() })}RPD_ISIS_ADJDOWN: IS-IS lost L${c.int(1, 2)} adjacency to ${peer} on ${ifc}, reason: ${c.pick(['3-Way Handshake Failed', 'Aged Out', 'BFD Session Down'])}`,
        () => L`RP/0/RSP0/CPU0:${c.T.b()}.${c.int(100, 999)} UTC: isis[${c.int(1000, 1100)}]: %ROUTING-ISIS-5-ADJCHANGE : Adjacency to ${peer} (${ifc}) (L2) ${c.pick(['Up, New adjacency', 'Down, Interface state down', 'Down, Neighbor forgot us'])}`,
        () => L`${c.T.iso(3, '+00:00')} ${c.host('rtr')} %ISIS-5-ADJCHANGE: isis-1 [${c.int(1000, 30000)}] P2P adj L2 ${peer} over ${ifc} - ${c.pick(['UP', 'DOWN'])} on MT-${c.pick([0, 2])}`,
        () => L`${c.hdr({ host: c.host('rtr'), tag: 'isisd', pid: c.pid() })}ISIS-Adj (CORE): Adjacency state change, ${peer} ${c.pick(['Up', 'Down'])}, NET ${look(`49.0001.${c.hex(4)}.${c.hex(4)}.${c.hex(4)}.00`)}, area ${look('49.0001')}`,
        () => L`${c.hdr({ host: c.host('rtr'), tag: 'ospf6d', pid: c.pid() })}Neighbor ${ip(rid)}%${c.pick(['eth1', 'eth2', 'ens3'])} state change ${c.pick(['Loading -> Full', 'Full -> Down'])} (ExchangeDone) from ${ip(c.v6('ll'))}`,
      ])();
    },
  },
  {
    id: 'lldp-cdp', w: 1.5,
    gen(c) {
      const chassis = c.mac(c.pick(['cisco', 'juniper', 'aruba', 'huawei']));
      const mgmt = c.v4('mgmt'), m6 = c.v6('srv', c.pick(['c', 'C']));
      const peer = c.host('sw');
      const k = c.int(0, 4);
      if (k === 0) return L`${c.hdr({ host: c.host('rtr'), tag: 'lldpd', pid: c.pid() })}LLDP_NEIGHBOR_UP: A neighbor has come up for interface ${c.pick(['ge-0/0/12', 'xe-0/1/0', 'et-0/0/48'])}. Chassis ID: ${mac(chassis)}, Port ID: ${c.pick(['Gi1/0/48', 'Ethernet1/49', 'xe-0/0/3'])}, System name: ${peer}`;
      if (k === 1) {
        return [
          L`-------------------------------------------------------------------------------`,
          L`Interface:    ${c.pick(['eth0', 'eno1', 'ens192'])}, via: LLDP, RID: ${c.int(1, 9)}, Time: 0 day, 0${c.int(0, 9)}:${c.int(10, 59)}:${c.int(10, 59)}`,
          L`  Chassis:     `,
          L`    ChassisID:    mac ${mac(chassis)}`,
          L`    SysName:      ${peer}`,
          L`    SysDescr:     ${c.pick(['Cisco IOS Software [Cupertino], Catalyst L3 Switch Software (CAT9K_IOSXE), Version 17.9.4a', 'Juniper Networks, Inc. ex4300-48p Ethernet Switch, kernel JUNOS 21.4R3-S5.4', 'ArubaOS (MODEL: 6300M), Version FL.10.11.1021'])}`,
          L`    MgmtIP:       ${ip(mgmt)}`,
          L`    MgmtIP:       ${ip(m6)}`,
          L`  Port:        `,
          L`    PortID:       ifname ${c.pick(['Gi1/0/48', 'ge-0/0/47', '1/1/48'])}`,
        ];
      }
      if (k === 2) {
        return [
          L`Device ID: ${peer}.${c.w.ad.dns}`,
          L`Entry address(es): `,
          L`  IP address: ${ip(mgmt)}`,
          L`  IPv6 address: ${ip(c.v6('ll', 'C'))}  (link-local)`,
          L`Platform: cisco ${c.pick(['WS-C3850-48P', 'C9300-48U', 'N9K-C93180YC-EX'])},  Capabilities: Router Switch IGMP `,
          L`Interface: GigabitEthernet1/0/${c.int(1, 48)},  Port ID (outgoing port): GigabitEthernet1/0/${c.int(1, 48)}`,
          L`Version :`,
          L`Cisco IOS Software, Catalyst L3 Switch Software (CAT3K_CAA-UNIVERSALK9-M), Version ${look(c.pick(['16.12.4', '16.9.8', '17.6.5']))}, RELEASE SOFTWARE (fc${c.int(1, 9)})`,
          L`Management address(es): `,
          L`  IP address: ${ip(mgmt)}`,
        ];
      }
      if (k === 3) return L`<${c.pri()}>${c.int(1000, 999999)}: ${c.host('sw')}: ${c.T.b()}: %CDP-4-NATIVE_VLAN_MISMATCH: Native VLAN mismatch discovered on GigabitEthernet1/0/${c.int(1, 48)} (${c.int(1, 100)}), with ${peer} GigabitEthernet1/0/${c.int(1, 48)} (${c.int(1, 100)}).`;
      return L`  ChassisId         : ${mac(fmtMac(chassis, 'hp'))}  PortId : ${c.int(1, 52)}  SysName : ${peer}  MgmtAddress : ${ip(mgmt)}`;
    },
  },
  {
    id: 'snmp-trap', w: 3,
    gen(c) {
      const agent = c.v4('mgmt'), mgr = c.v4('srv');
      const up = c.int(100000, 99999999);
      const idx = c.int(1, 600);
      return c.pick([
        () => L`${c.hdr({ host: c.host('srv'), tag: 'snmptrapd', pid: c.pid(), style: 'f' })}${c.T.ymd()} ${c.host('sw')} [UDP: [${ip(agent)}]:${c.port()}->[${ip(mgr)}]:162]:#012${look('DISMAN-EVENT-MIB::sysUpTimeInstance')} = Timeticks: (${up}) ${Math.floor(up / 8640000)} day, ${c.int(0, 23)}:${c.int(10, 59)}:${c.int(10, 59)}.${c.int(10, 99)}#011${look('SNMPv2-MIB::snmpTrapOID.0')} = OID: ${look(`IF-MIB::${c.pick(['linkDown', 'linkUp'])}`)}#011${look(`IF-MIB::ifIndex.${idx}`)} = INTEGER: ${idx}#011${look(`IF-MIB::ifAdminStatus.${idx}`)} = INTEGER: up(1)#011${look(`IF-MIB::ifOperStatus.${idx}`)} = INTEGER: down(2)`,
        () => L`${c.hdr({ host: c.host('srv'), tag: 'snmptrapd', pid: c.pid(), style: 'f' })}${c.T.ymd()} <UNKNOWN> [UDP: [${ip(agent)}]:${c.port()}->[${ip(mgr)}]:162]:#012.${look('1.3.6.1.2.1.1.3.0')} = Timeticks: (${up}) ${c.int(0, 90)} days#011.${look('1.3.6.1.6.3.1.1.4.1.0')} = OID: .${look(c.oid())}#011.${look('1.3.6.1.6.3.18.1.3.0')} = IpAddress: ${ip(agent)}#011.${look('1.3.6.1.6.3.18.1.4.0')} = STRING: "${opt('secret', 'public')}"`,
        () => L`${c.hdr({ host: c.host('srv'), tag: 'snmpd', pid: c.pid() })}Connection from UDP: [${ip(c.v4(c.pick(['ext', 'lan'])))}]:${c.port()}->[${ip(c.v4('srv'))}]:161`,
        () => L`<${c.pri()}>${c.int(1000, 999999)}: ${c.host('sw')}: ${c.T.b()}: %SNMP-3-AUTHFAIL: Authentication failure for SNMP req from host ${ip(c.v4(c.pick(['ext', 'lan'])))}`,
        () => L`${c.hdr({ host: c.host('srv'), tag: 'snmptt', pid: c.pid() })}.${look(c.oid())} Normal "Status Events" ${ip(agent)} - ${c.pick(['Link down on interface', 'Cold start', 'Config changed'])} ${idx}.  Admin state: 1.  Operational state: 2`,
      ])();
    },
  },
  {
    id: 'ntp-chrony', w: 3,
    gen(c) {
      const h = c.host('srv');
      const srcv = c.chance(0.3) ? c.v6('ext') : c.v4(c.pick(['ext', 'srv']));
      return c.pick([
        () => L`${c.hdr({ host: h, tag: 'chronyd', pid: c.pid() })}Selected source ${ip(srcv)}${c.chance(0.5) ? ` (${c.int(0, 3)}.pool.ntp.org)` : ''}`,
        () => L`${c.hdr({ host: h, tag: 'chronyd', pid: c.pid() })}Source ${ip(c.v4('ext'))} replaced with ${ip(c.v6('ext'))} (${c.pick(['ntp.example.com', '2.debian.pool.ntp.org'])})`,
        () => L`${c.hdr({ host: h, tag: 'chronyd', pid: c.pid() })}System clock wrong by ${c.int(0, 9)}.${c.int(100000, 999999)} seconds`,
        () => L`${c.hdr({ host: h, tag: 'chronyd', pid: c.pid() })}Can't synchronise: no selectable sources`,
        () => L`${c.hdr({ host: h, tag: 'ntpd', pid: c.pid() })}Listen normally on ${c.int(2, 9)} ${c.pick(['eth0', 'ens192', 'bond0'])} ${ip(c.v4('srv'))}:123`,
        () => L`${c.hdr({ host: h, tag: 'ntpd', pid: c.pid() })}Listen normally on ${c.int(2, 9)} ${c.pick(['eth0', 'ens192'])} [${ip(c.v6('ll'))}%${c.int(2, 5)}]:123`,
        () => L`${c.hdr({ host: h, tag: 'ntpd', pid: c.pid() })}${ip('0.0.0.0')} 06${c.pick(['15', '18', '1c'])} 0${c.pick(['5', 'c'])} clock_sync`,
        () => L`${c.hdr({ host: h, tag: 'ntpd', pid: c.pid() })}Listen normally on 1 lo ${ip(c.pick(['127.0.0.1', '127.0.1.1']))}:123`,
        () => L`${c.hdr({ host: h, tag: 'ntpd', pid: c.pid() })}Listen normally on 2 lo [${ip('::1')}]:123`,
        () => L`${c.hdr({ host: h, tag: 'ntpd', pid: c.pid() })}kernel reports TIME_ERROR: 0x41: Clock Unsynchronized`,
        () => L`<${c.pri()}>${c.int(1000, 999999)}: ${c.host('sw')}: ${c.T.b()}: %NTP-5-PEERSYNC: NTP synced to peer ${ip(c.v4(c.pick(['srv', 'ext'])))}`,
      ])();
    },
  },
  {
    id: 'netflow-collector', w: 2,
    gen(c) {
      const exp = c.chance(0.25) ? c.v6('srv') : c.v4('mgmt');
      return c.pick([
        () => L`${c.hdr({ host: c.host('srv'), tag: 'nfcapd', pid: c.pid() })}Process_v9: New exporter: SysID: ${c.int(1, 40)}, Domain: ${c.int(0, 512)}, IP: ${ip(exp)}`,
        () => L`${c.hdr({ host: c.host('srv'), tag: 'nfcapd', pid: c.pid() })}Process_ipfix: New exporter: SysID: ${c.int(1, 40)}, Observation domain ${c.int(0, 512)}, IP: ${ip(exp)}`,
        () => L`${c.hdr({ host: c.host('srv'), tag: 'nfcapd', pid: c.pid() })}Ident: 'none' Flows: ${c.int(100, 999999)}, Packets: ${c.int(1000, 9999999)}, Bytes: ${c.int(100000, 999999999)}, Sequence Errors: ${c.int(0, 9)}, Bad Packets: 0`,
        () => L`${J({ type: 'NETFLOW_V9', time_received_ns: Number(c.T.epochMs()) * 1000000, sequence_num: c.int(1, 999999), sampling_rate: 0, sampler_address: ip(exp), time_flow_start_ns: Number(c.T.epochMs()) * 1000000 - 5000000000, bytes: c.int(40, 99999), packets: c.int(1, 99), src_addr: ip(c.v4('lan')), dst_addr: ip(c.v4('ext')), etype: 'IPv4', proto: c.pick(['TCP', 'UDP']), src_port: c.port(), dst_port: c.pick([443, 53, 123]), in_if: c.int(1, 40), out_if: c.int(1, 40), src_mac: mac(c.mac('client')), dst_mac: mac(c.mac('cisco')), src_vlan: 0, dst_vlan: 0, tcp_flags: c.pick([2, 16, 24, 27]), icmp_type: 0, icmp_code: 0, next_hop: ip(c.v4('p2p')) })}`,
        () => L`${c.hdr({ host: c.host('srv'), tag: 'softflowd', pid: c.pid() })}softflowd v1.1.0 starting data collection, exporting to ${ip(c.v4('srv'))}:${c.pick([2055, 9995, 4739])} netflow v${c.pick([5, 9, 10])}`,
      ])();
    },
  },
];
