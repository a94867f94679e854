// Fortinet FortiGate key=value logs and CLI configuration echoes (invented values).
import { IP, MAC, USER, EMAIL, SECRET, SPECIAL_IP } from '../build.mjs';

const MASK = SPECIAL_IP('255.255.255.0');

function fgtHdr(c, L, logid, type, subtype, level) {
  const r = c.rng.next();
  if (r < 0.5) L.t(`<${c.rng.pick([185, 189, 190])}>`);
  else if (r < 0.7) L.t(`${c.T.rfc3164()} `).add(c.rng.chance(0.5) ? IP(c.P.ipSrv()) : c.P.dev('fgt')).t(' ');
  const dev = c.P.dev('fgt');
  return L.t(`date=${c.T.ymd()} time=${c.T.hms()} devname="${dev}" devid="FG100FTK${20000000 + dev.length * 7919}" eventtime=${c.T.epochNs()} tz="+0100" logid="${logid}" type="${type}" subtype="${subtype}" level="${level}" vd="root" `);
}

export default [
  { id: 'fgt-traffic-forward', weight: 10, gen(c) {
    const L = fgtHdr(c, c.line(), '0000000013', 'traffic', 'forward', 'notice');
    const v6 = c.rng.chance(0.12);
    const src = v6 ? c.P.v6() : c.P.ipInt();
    const dst = v6 ? c.P.v6() : c.P.ipExtSrv();
    L.f`srcip=${IP(src)} srcport=${c.P.port()} srcintf="port${c.rng.int(1, 8)}" srcintfrole="lan" dstip=${IP(dst)} dstport=${c.P.svcPort()} dstintf="wan1" dstintfrole="wan" srcuuid="${c.B.uuid()}" sessionid=${c.rng.int(1e5, 9e8)} proto=6 action="${c.rng.pick(['close', 'timeout', 'server-rst', 'client-rst'])}" policyid=${c.rng.int(1, 80)} policytype="policy" service="HTTPS" dstcountry="${c.rng.pick(['United States', 'Germany', 'Netherlands', 'Ireland'])}" srccountry="Reserved" `;
    if (!v6) L.f`trandisp="snat" transip=${IP(c.P.ipExtSrv())} transport=${c.P.port()} `;
    else L.t('trandisp="noop" ');
    L.f`duration=${c.rng.int(1, 900)} sentbyte=${c.rng.int(60, 9e6)} rcvdbyte=${c.rng.int(60, 9e7)} sentpkt=${c.rng.int(1, 9000)} rcvdpkt=${c.rng.int(1, 9000)} appcat="unscanned"`;
    if (c.rng.chance(0.5)) {
      const m = c.P.mac('colon');
      L.f` srcmac="${MAC(m)}" mastersrcmac="${MAC(m)}" srcserver=0`;
    }
    if (c.rng.chance(0.3)) L.f` user="${USER(c.P.user())}" group="${c.rng.pick(['SSLVPN-Users', 'Staff', 'Finance'])}" authserver="ad-ldap"`;
    return L;
  } },
  { id: 'fgt-traffic-local-deny', weight: 4, gen(c) {
    const L = fgtHdr(c, c.line(), '0001000014', 'traffic', 'local', 'notice');
    return L.f`srcip=${IP(c.P.ipExt())} srcport=${c.P.port()} srcintf="wan1" srcintfrole="wan" dstip=${IP(c.P.ipExtSrv())} dstport=${c.rng.pick([22, 23, 443, 8443, 161])} dstintf="root" dstintfrole="undefined" sessionid=${c.rng.int(1e5, 9e8)} proto=6 action="deny" policyid=0 policytype="local-in-policy" service="tcp/${c.rng.pick([22, 23, 8443])}" dstcountry="Reserved" srccountry="${c.rng.pick(['China', 'Russian Federation', 'Brazil', 'United States'])}" trandisp="noop" duration=0 sentbyte=0 rcvdbyte=0 sentpkt=0 appcat="unscanned" crscore=5 craction=262144 crlevel="low"`;
  } },
  { id: 'fgt-admin-login', weight: 3, gen(c) {
    const ok = c.rng.chance(0.6);
    const L = fgtHdr(c, c.line(), ok ? '0100032001' : '0100032002', 'event', 'system', ok ? 'information' : 'alert');
    const personal = c.rng.chance(0.7);
    const u = personal ? USER(c.P.user()) : 'admin';
    const ui = c.rng.pick(['ssh', 'https', 'GUI']);
    const ip = c.P.ipInt();
    if (ok) return L.f`logdesc="Admin login successful" sn="${c.rng.int(1e9, 2e9)}" user="${u}" ui="${ui}(${IP(ip)})" method="${ui}" srcip=${IP(ip)} dstip=${IP(c.P.ipSrv())} action="login" status="success" reason="none" profile="super_admin" msg="Administrator ${u} logged in successfully from ${ui}(${IP(ip)})"`;
    return L.f`logdesc="Admin login failed" sn="0" user="${u}" ui="${ui}(${IP(ip)})" method="${ui}" srcip=${IP(ip)} dstip=${IP(c.P.ipSrv())} action="login" status="failed" reason="passwd_invalid" msg="Administrator ${u} login failed from ${ui}(${IP(ip)}) because of invalid password"`;
  } },
  { id: 'fgt-sslvpn', weight: 3, gen(c) {
    const up = c.rng.chance(0.6);
    const L = fgtHdr(c, c.line(), up ? '0101039947' : '0101039426', 'event', 'vpn', up ? 'information' : 'alert');
    const who = c.rng.chance(0.3) ? EMAIL(c.P.email()) : USER(c.P.user());
    const rem = c.rng.chance(0.15) ? IP(c.P.v6()) : IP(c.P.ipExt());
    if (up) return L.f`logdesc="SSL VPN tunnel up" action="tunnel-up" tunneltype="ssl-tunnel" tunnelid=${c.rng.int(1e8, 2e9)} remip=${rem} tunnelip=${IP(`10.212.134.${c.rng.int(2, 254)}`)} user="${who}" group="SSLVPN-Users" dst_host="N/A" reason="tunnel established" msg="SSL tunnel established"`;
    return L.f`logdesc="SSL VPN login fail" action="ssl-login-fail" tunneltype="ssl-web" tunnelid=0 remip=${rem} user="${who}" group="N/A" dst_host="N/A" reason="sslvpn_login_permission_denied" msg="SSL user failed to logged in"`;
  } },
  { id: 'fgt-webfilter-token', weight: 2, gen(c) {
    const L = fgtHdr(c, c.line(), '0316013056', 'utm', 'webfilter', 'warning');
    const host = c.P.fqdn();
    const q = c.rng.pick(['access_token', 'token', 'api_key']);
    return L.f`eventtype="ftgd_blk" policyid=${c.rng.int(1, 40)} sessionid=${c.rng.int(1e5, 9e8)} srcip=${IP(c.P.ipInt())} srcport=${c.P.port()} srcintf="port2" dstip=${IP(c.P.ipExtSrv())} dstport=443 dstintf="wan1" proto=6 service="HTTPS" hostname="${host}" profile="default" action="blocked" reqtype="direct" url="https://${host}/v2/export?${q}=${SECRET(c.S.apiKey())}&format=csv" sentbyte=${c.rng.int(100, 9000)} rcvdbyte=0 direction="outgoing" msg="URL belongs to a denied category in policy" method="domain" cat=${c.rng.int(1, 90)} catdesc="Newly Observed Domain"`;
  } },
  { id: 'fgt-config-attr', weight: 2, gen(c) {
    const L = fgtHdr(c, c.line(), '0100044547', 'event', 'system', 'information');
    const u = USER(c.P.user());
    const ip = c.P.ipInt();
    return c.rng.weighted([
      [2, () => L.f`logdesc="Object attribute configured" user="${u}" ui="GUI(${IP(ip)})" action="Edit" cfgtid=${c.rng.int(1e6, 9e6)} cfgpath="firewall.address" cfgobj="net-${c.rng.int(1, 99)}" cfgattr="subnet[${IP(c.P.ipInt())} ${MASK}->${IP(c.P.ipInt())} ${MASK}]" msg="Edit firewall.address net"`],
      [1, () => L.f`logdesc="Object attribute configured" user="${u}" ui="ssh(${IP(ip)})" action="Edit" cfgtid=${c.rng.int(1e6, 9e6)} cfgpath="vpn.ipsec.phase1-interface" cfgobj="to-branch${c.rng.int(1, 9)}" cfgattr="remote-gw[${IP(c.P.ipExtSrv())}->${IP(c.P.ipExtSrv())}]psksecret[*]" msg="Edit vpn.ipsec.phase1-interface to-branch"`],
    ])();
  } },
  { id: 'fgt-dhcp', weight: 2, gen(c) {
    const L = fgtHdr(c, c.line(), '0100026001', 'event', 'system', 'information');
    return L.f`logdesc="DHCP Ack log" interface="internal" dhcp_msg="Ack" mac="${MAC(c.P.mac('COLON'))}" ip=${IP(c.P.ipInt())} lease=${c.rng.pick([3600, 86400, 604800])} hostname="${c.P.ws()}" msg="DHCP server sends a DHCPACK"`;
  } },
  { id: 'fgt-cli-config', weight: 2, gen(c) {
    // configuration echoed by `show` / backups captured in a CLI log (header-less, indented)
    const L = c.line();
    if (c.rng.chance(0.3)) L.t(`${c.T.iso(0)} ${c.P.dev('fgt')} cli: `);
    return c.rng.weighted([
      [3, () => L.f`    set psksecret ENC ${SECRET(c.S.fortiEnc())}`],
      [2, () => L.f`    set password ENC ${SECRET('SH2' + c.S.fortiEnc().slice(0, 60))}`],
      [1, () => L.f`    set passwd ENC ${SECRET(c.S.fortiEnc())}`],
      [1, () => L.f`    set psksecret "${SECRET(c.S.psk())}"`],
      [2, () => L.f`    set remote-gw ${IP(c.P.ipExtSrv())}`],
      [1, () => L.f`    set subnet ${IP(c.P.ipInt().replace(/\.\d+$/, '.0'))} ${MASK}`],
      [1, () => L.t(`    set interface "wan${c.rng.int(1, 2)}"`)],
      [1, () => L.t(`config vpn ipsec phase1-interface`)],
    ])();
  } },
];
