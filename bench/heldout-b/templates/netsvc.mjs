// Network services: ISC dhcpd (pfSense), Kea DHCPv4/v6, dnsmasq, kernel IPv6 DAD / NetworkManager / networkd /
// radvd, Unbound, BIND query logs.
import { L, J, ip, usr, mac, em, sec, opt, look, dom, join } from '../core.mjs';

export default [
  {
    id: 'isc-dhcpd', w: 4,
    gen(c) {
      const head = c.hdr({ host: c.pick(['pfsense', 'dhcp01', 'opnsense.localdomain']), tag: 'dhcpd', pid: c.pid() });
      const a = c.v4('lan'), m = c.mac('client'), ws = c.ws();
      const via = c.pick(['igb1', 'em1', 'ix0.20', ip(c.v4('mgmt'))]);
      return c.pick([
        () => L`${head}DHCPREQUEST for ${ip(a)} from ${mac(m)} (${ws}) via ${via}`,
        () => L`${head}DHCPACK on ${ip(a)} to ${mac(m)} (${ws}) via ${via}`,
        () => L`${head}DHCPDISCOVER from ${mac(m)} via ${via}: network ${ip(a.replace(/\.\d+$/, '.0'))}/24: no free leases`,
        () => L`${head}DHCPOFFER on ${ip(a)} to ${mac(m)} via ${via}`,
        () => L`${head}uid lease ${ip(a)} for client ${mac(m)} is duplicate on ${ip(a.replace(/\.\d+$/, '.0'))}/24`,
        () => L`${head}DHCPINFORM from ${ip(a)} via ${via}`,
        () => L`${head}Wrote ${c.int(1, 900)} leases to leases file.`,
        () => L`${head}Reply NA: address ${ip(c.v6('lan'))} to client with duid ${opt('mac', `00:01:00:01:${c.hex(2)}:${c.hex(2)}:${c.hex(2)}:${c.hex(2)}:`)}${mac(m)} iaid = ${c.int(1, 999999999)} valid for ${c.pick([7200, 86400])} seconds`,
      ])();
    },
  },
  {
    id: 'kea-dhcp', w: 3,
    gen(c) {
      const m = c.mac('client'), tid = `0x${c.hex(c.int(4, 8))}`;
      const six = c.chance(0.45);
      const svc = six ? 'kea-dhcp6' : 'kea-dhcp4';
      const head = L`${c.T.ymd(3)} INFO  [${svc}.leases/${c.pid()}.${c.int(139000000000000, 140999999999999)}] `;
      if (six) {
        return L`${head}DHCP6_LEASE_ALLOC [duid=[${opt('mac', `00:01:00:01:${c.hex(2)}:${c.hex(2)}:${c.hex(2)}:${c.hex(2)}:`)}${mac(m)}], [hwtype=1 ${mac(m)}], tid=${tid}: IA_NA leased address ${ip(c.v6('lan'))} with preferred lifetime ${c.pick([3000, 1800])} and valid lifetime ${c.pick([4000, 3600])}`;
      }
      return c.pick([
        () => L`${head}DHCP4_LEASE_ALLOC [hwtype=1 ${mac(m)}], cid=[01:${mac(m)}], tid=${tid}: lease ${ip(c.v4('lan'))} has been allocated for ${c.pick([4000, 7200, 86400])} seconds`,
        () => L`${head}DHCP4_LEASE_ADVERT [hwtype=1 ${mac(m)}], cid=[no info], tid=${tid}: lease ${ip(c.v4('lan'))} will be advertised`,
        () => L`${head}DHCP4_RELEASE [hwtype=1 ${mac(m)}], cid=[01:${mac(m)}], tid=${tid}: address ${ip(c.v4('lan'))} was released properly.`,
      ])();
    },
  },
  {
    id: 'dnsmasq', w: 3,
    gen(c) {
      const m = c.mac('client'), br = c.pick(['br0', 'br-lan', 'eth0']), ws = c.ws();
      const head = c.hdr({ host: c.pick(['OpenWrt', 'router', 'pihole']), tag: c.pick(['dnsmasq-dhcp', 'dnsmasq']), pid: c.pid() });
      const duidLLT = () => L`${opt('mac', `00:01:00:01:${c.hex(2)}:${c.hex(2)}:${c.hex(2)}:${c.hex(2)}:`)}${mac(m)}`;
      const duidLL = () => L`${opt('mac', '00:03:00:01:')}${mac(m)}`;
      return c.pick([
        () => L`${head}DHCPACK(${br}) ${ip(c.v4('lan'))} ${mac(m)} ${ws}`,
        () => L`${head}DHCPREQUEST(${br}) ${ip(c.v4('lan'))} ${mac(m)}`,
        () => L`${head}DHCPSOLICIT(${br}) ${duidLLT()}`,
        () => L`${head}DHCPREPLY(${br}) ${ip(c.v6('lan'))} ${duidLL()} ${ws}`,
        () => L`${head}RTR-ADVERT(${br}) ${ip(c.v6pfx())}`,
        () => L`${head}query[${c.pick(['A', 'AAAA', 'HTTPS'])}] ${c.pick(['www.example.net', 'time.example.org', 'connectivity-check.example.com'])} from ${ip(c.v4('lan'))}`,
        () => L`${head}reply ${c.pick(['www.example.net', 'cdn.example.org'])} is ${ip(c.addr('ext', 0.3))}`,
      ])();
    },
  },
  {
    id: 'ipv6-ra-dad', w: 3,
    gen(c) {
      const h = c.host(c.pick(['srv', 'ws']));
      const m = c.mac('client'), ifc = c.pick(['eth0', 'ens192', 'wlp2s0', 'enp3s0']);
      return c.pick([
        () => L`${c.hdr({ host: h, tag: 'kernel', pid: null })}[${c.int(10, 999999)}.${c.int(100000, 999999)}] IPv6: ${ifc}: IPv6 duplicate address ${ip(c.v6('ll'))} used by ${mac(m)} detected!`,
        () => L`${c.hdr({ host: h, tag: 'NetworkManager', pid: c.pid() })}<info>  [${c.T.epoch(4)}] dhcp6 (${ifc}): option ip6_address           => '${ip(c.v6('lan'))}'`,
        () => L`${c.hdr({ host: h, tag: 'NetworkManager', pid: c.pid() })}<info>  [${c.T.epoch(4)}] dhcp4 (${ifc}): option ip_address            => '${ip(c.v4('lan'))}'`,
        () => L`${c.hdr({ host: h, tag: 'NetworkManager', pid: c.pid() })}<info>  [${c.T.epoch(4)}] dhcp4 (${ifc}): option subnet_mask           => '${ip(c.netmask())}'`,
        () => L`${c.hdr({ host: h, tag: 'systemd-networkd', pid: c.pid() })}${ifc}: DHCPv4 address ${ip(c.v4('lan'))}/${c.pick([24, 22, 23])}, gateway ${ip(c.v4('lan'))} acquired from ${ip(c.v4('srv'))}`,
        () => L`${c.hdr({ host: h, tag: 'systemd-networkd', pid: c.pid() })}${ifc}: DHCPv6 address ${ip(c.v6('lan'))}/128 (valid for ${c.int(1, 23)}h, preferred for ${c.int(1, 23)}h)`,
        () => L`${c.hdr({ host: c.host('rtr'), tag: 'radvd', pid: c.pid() })}sendmsg: Cannot assign requested address`,
        () => L`${c.hdr({ host: c.host('rtr'), tag: 'radvd', pid: c.pid() })}our AdvCurHopLimit on ${ifc} doesn't agree with ${ip(c.v6('ll'))}`,
        () => L`${c.hdr({ host: h, tag: 'kernel', pid: null })}[${c.int(10, 999999)}.${c.int(100000, 999999)}] ${ifc}: Link is Up - ${c.pick(['1Gbps/Full', '10Gbps/Full'])} - flow control ${c.pick(['off', 'rx/tx'])}`,
        () => L`${c.hdr({ host: h, tag: 'kernel', pid: null })}[${c.int(10, 999999)}.${c.int(100000, 999999)}] [UFW BLOCK] IN=${ifc} OUT= MAC=${mac(c.mac(c.pick(['client', 'cisco'])))}:${mac(c.mac('cisco'))}:${c.pick(['08:00', '86:dd'])} SRC=${ip(c.v4('ext'))} DST=${ip(c.v4('srv'))} LEN=${c.int(40, 1500)} TOS=0x00 PREC=0x00 TTL=${c.int(30, 250)} ID=${c.int(0, 65535)} PROTO=TCP SPT=${c.port()} DPT=${c.pick([22, 23, 3389, 5900])} WINDOW=${c.int(1024, 65535)} RES=0x00 SYN URGP=0`,
        () => L`${c.hdr({ host: h, tag: 'kernel', pid: null })}[${c.int(10, 999999)}.${c.int(100000, 999999)}] [UFW BLOCK] IN=${ifc} OUT= MAC=${opt('mac', 'ff:ff:ff:ff:ff:ff')}:${mac(c.mac('client'))}:08:00 SRC=${ip('0.0.0.0')} DST=${ip('255.255.255.255')} LEN=328 TOS=0x00 PREC=0x00 TTL=64 ID=0 PROTO=UDP SPT=68 DPT=67 LEN=308`,
        () => L`${c.hdr({ host: h, tag: 'kernel', pid: null })}[${c.int(10, 999999)}.${c.int(100000, 999999)}] [UFW BLOCK] IN=${ifc} OUT= MAC=${mac(c.mac('cisco'))}:${mac(c.mac('client'))}:86:dd SRC=${ip(c.v6('ext'))} DST=${ip(c.v6('srv'))} LEN=${c.int(60, 1500)} TC=0 HOPLIMIT=${c.int(30, 64)} FLOWLBL=${c.int(0, 999999)} PROTO=TCP SPT=${c.port()} DPT=22 WINDOW=${c.int(1024, 65535)} RES=0x00 SYN URGP=0`,
      ])();
    },
  },
  {
    id: 'unbound', w: 3,
    gen(c) {
      const head = c.hdr({ host: c.pick(['pfsense', 'ns1', 'opnsense.localdomain']), tag: 'unbound', pid: L`${c.pid()}:${c.int(0, 3)}` });
      const cl = c.addr('lan', 0.25);
      const q = c.pick(['www.example.net.', 'login.example.com.', 'cdn.example.org.', `_ldap._tcp.${c.w.ad.dns}.`]);
      return c.pick([
        () => L`${head}info: ${ip(cl)} ${q} ${c.pick(['A', 'AAAA', 'HTTPS', 'SRV'])} IN`,
        () => L`${head}reply: ${ip(cl)} ${q} ${c.pick(['A', 'AAAA'])} IN NOERROR 0.${c.int(100, 999999)} ${c.int(0, 1)} ${c.int(40, 400)}`,
        () => L`${head}info: resolving ${q} ${c.pick(['A', 'DNSKEY', 'DS'])} IN`,
        () => L`${head}notice: sendto failed: Network is unreachable`,
        () => L`${head}info: validation failure <${q} A IN>: no signatures from ${ip(c.addr('ext', 0.4))} for DS example.net. while building chain of trust`,
        () => L`${head}info: generate keytag query _ta-${c.hex(4)}. NULL IN`,
      ])();
    },
  },
  {
    id: 'bind-query', w: 3,
    gen(c) {
      const head = c.hdr({ host: c.pick(['ns1', 'ns2', 'dns-int-01']), tag: 'named', pid: c.pid() });
      const v6 = c.chance(0.25);
      const cl = v6 ? c.v6('lan') : c.v4('lan');
      const q = c.pick(['www.example.net', 'mail.example.com', `dc01.${c.w.ad.dns}`, 'updates.example.io']);
      return c.pick([
        () => L`${head}client @0x7f${c.hex(10)} ${ip(cl)}#${c.port()} (${q}): query: ${q} IN ${c.pick(['A', 'AAAA', 'MX'])} +${c.pick(['E(0)K', 'E(0)', ''])} (${ip(v6 ? c.v6('srv') : c.v4('srv'))})`,
        () => L`${head}client @0x7f${c.hex(10)} ${ip(cl)}#${c.port()} (${q}): query (cache) '${q}/A/IN' denied`,
        () => L`${head}client @0x7f${c.hex(10)} ${ip(c.v4('ext'))}#${c.port()}: zone transfer '${c.w.ad.dns}/AXFR/IN' denied`,
        () => L`${head}zone ${c.w.ad.dns}/IN: sending notifies (serial ${c.int(2024010100, 2024039999)})`,
        () => L`${head}transfer of '${c.w.ad.dns}/IN' from ${ip(c.v4('srv'))}#53: Transfer completed: 1 messages, ${c.int(10, 999)} records, ${c.int(1000, 99999)} bytes, 0.00${c.int(1, 9)} secs (${c.int(100000, 9999999)} bytes/sec) (serial ${c.int(2024010100, 2024039999)})`,
      ])();
    },
  },
];
