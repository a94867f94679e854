// pfSense filterlog, Linux iptables/netfilter kernel lines, tcpdump text output (invented values).
import { IP, MAC } from '../build.mjs';
import { fmt6 } from '../pools.mjs';

function pfHdr(c, L) {
  if (c.rng.chance(0.6)) return L.t(`<134>1 ${c.T.iso(6, '-05:00')} pfSense.${c.P.domain()} filterlog ${c.rng.int(1000, 90000)} - - `);
  return L.t(`<134>${c.T.rfc3164()} filterlog[${c.rng.int(1000, 90000)}]: `);
}
const tracker = (c) => c.rng.pick(['1000000103', '1535324496', '1534283903', '1770009876']);

export default [
  { id: 'pf-filterlog-v4', weight: 7, gen(c) {
    const L = pfHdr(c, c.line());
    const act = c.rng.pick(['block', 'block', 'pass']);
    const inb = c.rng.chance(0.6);
    const src = inb ? c.P.ipExt() : c.P.ipInt();
    const dst = inb ? c.P.ipExtSrv() : c.P.ipExtSrv();
    const ifn = c.rng.pick(['igb0', 'igb1', 'igb1.12', 'em0', 'vtnet0']);
    if (c.rng.chance(0.6)) {
      return L.f`${c.rng.int(4, 160)},,,${tracker(c)},${ifn},match,${act},${inb ? 'in' : 'out'},4,0x0,,${c.rng.int(40, 128)},${c.rng.int(1, 65535)},0,DF,6,tcp,60,${IP(src)},${IP(dst)},${c.P.port()},${c.P.svcPort()},0,S,${c.rng.int(1e8, 4e9)},,64240,,mss;sackOK;TS;nop;wscale`;
    }
    return L.f`${c.rng.int(4, 160)},,,${tracker(c)},${ifn},match,${act},${inb ? 'in' : 'out'},4,0x0,,${c.rng.int(40, 128)},${c.rng.int(1, 65535)},0,none,17,udp,${c.rng.int(40, 600)},${IP(src)},${IP(dst)},${c.P.port()},${c.rng.pick([53, 123, 443, 1194, 51820])},${c.rng.int(20, 580)}`;
  } },
  { id: 'pf-filterlog-v6', weight: 3, gen(c) {
    const L = pfHdr(c, c.line());
    const proto = c.rng.pick([['tcp', 6], ['udp', 17]]);
    const tail = proto[0] === 'tcp' ? `,0,S,${c.rng.int(1e8, 4e9)},,64800,,mss;sackOK;TS;nop;wscale` : `,${c.rng.int(20, 500)}`;
    return L.f`${c.rng.int(4, 160)},,,${tracker(c)},igb0,match,${c.rng.pick(['block', 'pass'])},in,6,0x00,0x${c.rng.hex(5)},${c.rng.int(50, 64)},${proto[0]},${proto[1]},${c.rng.int(40, 600)},${IP(c.P.v6())},${IP(c.P.v6())},${c.P.port()},${c.P.svcPort()}${tail}`;
  } },
  { id: 'iptables-v4', weight: 7, gen(c) {
    const L = c.line();
    const gw = c.P.dev('linux');
    const prefix = c.rng.pick(['[UFW BLOCK] ', '[WAN_LOCAL-default-D]', 'DROP-IN: ', '[LAN_IN-20-A]', 'iptables-denied: ']);
    L.t(`${c.rng.chance(0.5) ? '<4>' : ''}${c.T.rfc3164()} ${gw} kernel: ${c.rng.chance(0.6) ? `[${c.rng.int(1000, 9999999)}.${String(c.rng.int(0, 999999)).padStart(6, '0')}] ` : ''}${prefix}`);
    const out = c.rng.chance(0.2);
    L.t(`IN=${out ? '' : c.rng.pick(['eth0', 'eth0', 'ens18', 'eth0.90'])} OUT=${out ? 'eth1' : ''} `);
    if (c.rng.chance(0.9)) L.f`MAC=${MAC(c.P.mac('colon'))}:${MAC(c.P.mac('colon'))}:08:00 `;
    const proto = c.rng.pick(['TCP', 'TCP', 'UDP']);
    L.f`SRC=${IP(c.P.ipAny())} DST=${IP(c.rng.chance(0.5) ? c.P.ipInt() : c.P.ipExtSrv())} LEN=${c.rng.int(40, 1500)} TOS=0x00 PREC=0x00 TTL=${c.rng.int(30, 128)} ID=${c.rng.int(0, 65535)} ${c.rng.chance(0.5) ? 'DF ' : ''}PROTO=${proto} SPT=${c.P.port()} DPT=${c.P.svcPort()} `;
    L.t(proto === 'TCP' ? `WINDOW=${c.rng.int(512, 65535)} RES=0x00 SYN URGP=0` : `LEN=${c.rng.int(20, 1400)}`);
    return L;
  } },
  { id: 'iptables-v6', weight: 2, gen(c) {
    const L = c.line();
    L.t(`${c.T.rfc3164()} ${c.P.dev('linux')} kernel: [${c.rng.int(1000, 9999999)}.${String(c.rng.int(0, 999999)).padStart(6, '0')}] [UFW BLOCK] IN=eth0 OUT= `);
    // netfilter prints IPv6 addresses fully expanded
    L.f`MAC=${MAC(c.P.mac('colon'))}:${MAC(c.P.mac('colon'))}:86:dd SRC=${IP(fmt6(c.P.v6groups(), 'f'))} DST=${IP(fmt6(c.P.v6groups(), 'f'))} LEN=${c.rng.int(60, 1500)} TC=0 HOPLIMIT=${c.rng.int(50, 64)} FLOWLBL=${c.rng.int(0, 1048575)} PROTO=TCP SPT=${c.P.port()} DPT=${c.P.svcPort()} WINDOW=${c.rng.int(512, 65535)} RES=0x00 SYN URGP=0`;
    return L;
  } },
  { id: 'tcpdump', weight: 3, gen(c) {
    const L = c.line();
    const ts = `${c.T.hms()}.${String(c.rng.int(0, 999999)).padStart(6, '0')}`;
    return c.rng.weighted([
      [4, () => L.f`${ts} IP ${IP(c.P.ipInt())}.${c.P.port()} > ${IP(c.P.ipExtSrv())}.${c.P.svcPort()}: Flags [${c.rng.pick(['S', 'S.', 'P.', '.', 'F.'])}], seq ${c.rng.int(1, 4e9)}, win ${c.rng.int(500, 65535)}, length ${c.rng.int(0, 1448)}`],
      [2, () => L.f`${ts} IP6 ${IP(c.P.v6())}.${c.P.port()} > ${IP(c.P.v6())}.${c.P.svcPort()}: Flags [S], seq ${c.rng.int(1, 4e9)}, win 64800, options [mss 1440,sackOK,TS val ${c.rng.int(1, 4e9)} ecr 0,nop,wscale 7], length 0`],
      [1, () => L.f`${ts} ARP, Request who-has ${IP(c.P.ipInt())} tell ${IP(c.P.ipInt())}, length 28`],
      [1, () => L.f`${ts} ARP, Reply ${IP(c.P.ipInt())} is-at ${MAC(c.P.mac('colon'))}, length 28`],
      [2, () => L.f`${ts} ${MAC(c.P.mac('colon'))} > ${MAC(c.P.mac('colon'))}, ethertype IPv4 (0x0800), length ${c.rng.int(60, 1514)}: ${IP(c.P.ipInt())}.${c.P.port()} > ${IP(c.P.ipSrv())}.53: ${c.rng.int(1000, 65535)}+ A? ${c.P.fqdn()}. (${c.rng.int(30, 60)})`],
    ])();
  } },
];
