// ISC dhcpd, Kea, dnsmasq (DHCP and DNS), BIND query logging (invented values).
import { IP, MAC, OPT, SPECIAL_IP } from '../build.mjs';
import { hdrServer } from '../build.mjs';

const via = (c) => c.rng.pick(['eth0', 'eth0.60', 'eth1', 'igb1.20', 'vlan100']);
const subnet = (ip) => ip.replace(/\.\d+$/, '.0');

export default [
  { id: 'isc-dhcpd', weight: 6, gen(c) {
    const L = hdrServer(c, c.line(), { host: c.rng.chance(0.8) ? 'dhcp01' : IP(c.P.ipSrv()), tag: 'dhcpd', pid: c.rng.int(1000, 90000), pri: 30 });
    const ip = c.P.ipInt(), m = c.P.mac('colon'), srv = c.P.ipSrv();
    const host = c.rng.chance(0.7) ? ` (${c.P.ws()})` : '';
    return c.rng.weighted([
      [4, () => L.f`DHCPACK on ${IP(ip)} to ${MAC(m)}${host} via ${via(c)}`],
      [3, () => L.f`DHCPREQUEST for ${IP(ip)} (${IP(srv)}) from ${MAC(m)}${host} via ${via(c)}`],
      [2, () => L.f`DHCPOFFER on ${IP(ip)} to ${MAC(m)}${host} via ${via(c)}`],
      [2, () => L.f`DHCPDISCOVER from ${MAC(m)} via ${via(c)}`],
      [1, () => L.f`DHCPDISCOVER from ${MAC(m)} via ${via(c)}: network ${IP(subnet(ip))}/24: no free leases`],
      [1, () => L.f`DHCPRELEASE of ${IP(ip)} from ${MAC(m)}${host} via ${via(c)} (found)`],
      [1, () => L.f`DHCPINFORM from ${IP(ip)} via ${via(c)}: not authoritative for subnet ${IP(subnet(ip))}`],
    ])();
  } },
  { id: 'kea-dhcp4', weight: 2, gen(c) {
    const L = c.line();
    L.t(`${c.T.ymd()} ${c.T.hms()}.${c.rng.int(100, 999)} INFO  [kea-dhcp4.leases/${c.rng.int(1000, 9000)}.${c.rng.int(1e14, 9e14)}] `);
    const b = c.P.macBytes();
    const m = b.map((x) => x.toString(16).padStart(2, '0')).join(':');
    const tid = `0x${c.rng.hex(8)}`;
    if (c.rng.chance(0.5)) return L.f`DHCP4_LEASE_ALLOC [hwtype=1 ${MAC(m)}], cid=[01:${MAC(m)}], tid=${tid}: lease ${IP(c.P.ipInt())} has been allocated for ${c.rng.pick([3600, 4000, 86400])} seconds`;
    return L.f`DHCP4_LEASE_ADVERT [hwtype=1 ${MAC(m)}], cid=[no info], tid=${tid}: lease ${IP(c.P.ipInt())} will be advertised`;
  } },
  { id: 'dnsmasq-dhcp', weight: 4, gen(c) {
    const p = c.rng.int(300, 9000);
    const L = hdrServer(c, c.line(), { host: c.rng.pick(['gw', 'router', 'openwrt', 'pihole']), tag: 'dnsmasq-dhcp', pid: p, pri: 30 });
    const ip = c.P.ipInt();
    const m = c.P.mac(c.rng.chance(0.9) ? 'colon' : 'COLON');
    return c.rng.weighted([
      [4, () => L.f`DHCPACK(br0) ${IP(ip)} ${MAC(m)} ${c.P.ws()}`],
      [3, () => L.f`DHCPREQUEST(br0) ${IP(ip)} ${MAC(m)}`],
      [1, () => L.f`DHCPDISCOVER(br-lan) ${MAC(m)}`],
      [1, () => L.f`DHCPOFFER(br-lan) ${IP(ip)} ${MAC(m)}`],
      [1, () => L.f`DHCP, IP range ${IP(ip.replace(/\.\d+$/, '.100'))} -- ${IP(ip.replace(/\.\d+$/, '.199'))}, lease time 12h`],
      [1, () => L.f`${c.rng.int(1e6, 4e9)} client provides name: ${c.P.ws()}`],
      [1, () => L.f`DHCPREPLY(br0) ${IP(c.P.v6())} ${OPT(`00:01:00:01:${c.rng.hex(2)}:${c.rng.hex(2)}:${c.rng.hex(2)}:${c.rng.hex(2)}`, 'DUID type/time prefix')}:${MAC(c.P.mac('colon'))} ${c.P.ws()}`],
    ])();
  } },
  { id: 'dnsmasq-dns', weight: 4, gen(c) {
    const L = hdrServer(c, c.line(), { host: c.rng.pick(['gw', 'router', 'pihole']), tag: 'dnsmasq', pid: c.rng.int(300, 9000), pri: 30 });
    const name = c.P.fqdn();
    return c.rng.weighted([
      [3, () => L.f`query[${c.rng.pick(['A', 'AAAA', 'HTTPS'])}] ${name} from ${IP(c.rng.chance(0.8) ? c.P.ipInt() : c.P.v6())}`],
      [2, () => L.f`forwarded ${name} to ${IP(c.rng.pick(['1.1.1.1', '9.9.9.9', '8.8.8.8', c.P.ipSrv()]))}`],
      [2, () => L.f`reply ${name} is ${IP(c.P.ipExtSrv())}`],
      [1, () => L.f`reply ${name} is ${IP(c.P.v6())}`],
      [1, () => L.f`config ${c.rng.pick(['doubleclick.net', 'ads.example.net'])} is ${SPECIAL_IP('0.0.0.0')}`],
      [1, () => L.f`reply localhost is ${SPECIAL_IP('127.0.0.1')}`],
    ])();
  } },
  { id: 'bind-query', weight: 3, gen(c) {
    const L = hdrServer(c, c.line(), { host: c.rng.pick(['ns1', 'ns2', 'dns01']), tag: 'named', pid: c.rng.int(300, 9000), pri: 30 });
    const name = c.P.fqdn();
    const cl = c.rng.chance(0.8) ? c.P.ipInt() : c.P.v6();
    const ptr = `0x${c.rng.hex(12)}`;
    if (c.rng.chance(0.75)) {
      return L.f`client @${ptr} ${IP(cl)}#${c.P.port()} (${name}): query: ${name} IN ${c.rng.pick(['A', 'AAAA', 'MX', 'TXT'])} +E(0)K (${IP(c.P.ipSrv())})`;
    }
    return L.f`client @${ptr} ${IP(c.P.ipExt())}#${c.P.port()} (${name}): query (cache) '${name}/A/IN' denied`;
  } },
];
