// Cisco Meraki, Sophos XG/UTM, SonicWall, Check Point (invented values).
import { IP, MAC, USER, EMAIL, hdr3164 } from '../build.mjs';

const merakiHdr = (c, L, dev, kind) => L.t(`<134>1 ${c.T.epoch(3)}${c.rng.int(100000, 999999)} ${dev} ${kind} `);

export default [
  { id: 'meraki-events', weight: 4, gen(c) {
    const L = c.line();
    const dev = c.rng.pick(['MR46_Lobby', 'MR36_Floor2', 'MX84_HQ', 'MS225_Core']);
    merakiHdr(c, L, dev, 'events');
    const m = MAC(c.P.mac(c.rng.chance(0.5) ? 'COLON' : 'colon'));
    return c.rng.weighted([
      [3, () => L.f`type=association radio='1' vap='${c.rng.int(0, 3)}' channel='${c.rng.pick([36, 44, 149, 6, 11])}' rssi='${c.rng.int(10, 60)}' client_mac='${m}'`],
      [2, () => L.f`type=8021x_eap_success radio='1' vap='2' client_mac='${m}' client_ip='${IP(c.P.ipInt())}' identity='${EMAIL(c.P.email())}' aid='${c.rng.int(1e8, 2e9)}'`],
      [1, () => L.f`type=8021x_eap_failure radio='0' vap='2' client_mac='${m}' identity='${USER(c.P.user())}' reason='bad password'`],
      [2, () => L.f`type=wpa_deauth radio='1' vap='1' client_mac='${m}' aid='${c.rng.int(1e8, 2e9)}'`],
      [1, () => L.f`type=anyconnect_vpn_session_manager msg='Client VPN session started: user id '${EMAIL(c.P.email())}' local ip ${IP(`10.${c.rng.int(100, 110)}.0.${c.rng.int(2, 254)}`)} connected from ${IP(c.P.ipExt())}'`],
      [1, () => L.f`type=splash_auth ip='${IP(c.P.ipInt())} [More Information] ' duration='3600' vap='2' download='5242880bps' upload='5242880bps'`],
      [1, () => L.f`type=client_vpn_connect user id '${USER(c.P.user())}' local ip ${IP(`192.168.${c.rng.int(200, 210)}.${c.rng.int(2, 254)}`)} connected from ${IP(c.P.ipExt())}`],
    ])();
  } },
  { id: 'meraki-flows-urls', weight: 3, gen(c) {
    const L = c.line();
    const urls = c.rng.chance(0.5);
    merakiHdr(c, L, 'MX84_HQ', urls ? 'urls' : 'flows');
    const m = MAC(c.P.mac('COLON'));
    if (urls) return L.f`src=${IP(c.P.ipInt())}:${c.P.port()} dst=${IP(c.P.ipExtSrv())}:443 mac=${m} request: UNKNOWN https://${c.P.fqdn()}/...`;
    return L.f`src=${IP(c.P.ipInt())} dst=${IP(c.P.ipExtSrv())} mac=${m} protocol=${c.rng.pick(['tcp', 'udp'])} sport=${c.P.port()} dport=${c.P.svcPort()} pattern: ${c.rng.pick([['allow all'], ['1 all'], ['deny (dst ', IP('10.0.0.0'), '/8)']])}`;
  } },
  { id: 'sophos-xg', weight: 3, gen(c) {
    const L = c.line();
    if (c.rng.chance(0.5)) L.t(`<30>${c.T.rfc3164()} ${c.rng.pick(['XG230', 'SFW-HQ'])} `);
    L.t(`device="SFW" date=${c.T.ymd()} time=${c.T.hms()} timezone="CET" device_name="XG230" device_id=C23${c.rng.hex(9, true)} log_id=0${c.rng.int(1e10, 9e10)} `);
    const ok = c.rng.chance(0.6);
    const who = c.rng.chance(0.5) ? EMAIL(c.P.email()) : USER(c.P.user());
    return c.rng.weighted([
      [3, () => L.f`log_type="Event" log_component="Firewall Authentication" log_subtype="Authentication" status="${ok ? 'Successful' : 'Failed'}" priority=Information user_name="${who}" usergroupname="Open Group" auth_client="Web Client" auth_mechanism="AD" reason="${ok ? '' : 'Wrong credentials'}" src_ip=${IP(c.P.ipInt())} message="User ${who} ${ok ? 'logged in successfully to Firewall through AD authentication mechanism' : 'failed to login to Firewall through AD authentication mechanism because of wrong credentials'}" src_mac=${MAC(c.P.mac('COLON'))}`],
      [2, () => L.f`log_type="Firewall" log_component="Firewall Rule" log_subtype="Allowed" status="Allow" priority=Information duration=${c.rng.int(0, 900)} fw_rule_id=${c.rng.int(1, 60)} user_name="${USER(c.P.user())}" user_gp="staff" src_ip=${IP(c.P.ipInt())} src_country_code=R1 dst_ip=${IP(c.P.ipExtSrv())} dst_country_code=USA protocol="TCP" src_port=${c.P.port()} dst_port=443 sent_pkts=${c.rng.int(1, 900)} recv_pkts=${c.rng.int(1, 900)} sent_bytes=${c.rng.int(60, 99999)} recv_bytes=${c.rng.int(60, 999999)}`],
    ])();
  } },
  { id: 'sophos-utm-http', weight: 2, gen(c) {
    const L = hdr3164(c, c.line(), { host: 'utm-01', tag: 'httpproxy', pid: c.rng.int(300, 99999), pri: 30 });
    const u = c.rng.chance(0.7) ? USER(c.P.user()) : '';
    return L.f`id="0001" severity="info" sys="SecureWeb" sub="http" name="http access" action="pass" method="GET" srcip="${IP(c.P.ipInt())}" dstip="${IP(c.P.ipExtSrv())}" user="${u}" group="staff" ad_domain="${c.P.domain()}" statuscode="200" cached="0" profile="REF_HttProContaInterNetwo" filteraction="REF_DefaultHTTPCFFAction" size="${c.rng.int(100, 99999)}" request="0x${c.rng.hex(12)}" url="https://${c.P.fqdn()}/" referer="" error="" authtime="0" dnstime="${c.rng.int(0, 900)}" cattime="${c.rng.int(0, 900)}" avscantime="0" fullreqtime="${c.rng.int(1000, 99999)}" device="0" auth="2" ua="${c.B.ua()}" exceptions="" category="178" reputation="trusted"`;
  } },
  { id: 'sonicwall', weight: 3, gen(c) {
    const L = c.line();
    L.f`<134>${c.rng.chance(0.5) ? '' : ` ${c.T.rfc3164()} `}id=firewall sn=0040103${c.rng.hex(5, true)} time="${c.T.ymd()} ${c.T.hms()}" fw=${IP(c.P.ipExtSrv())} pri=${c.rng.pick([5, 6])} c=${c.rng.pick([0, 262144, 1024])} m=${c.rng.int(1, 1500)} `;
    const iface = () => `X${c.rng.int(0, 3)}`;
    return c.rng.weighted([
      [3, () => L.f`msg="Connection Opened" n=${c.rng.int(1, 9e7)} src=${IP(c.P.ipInt())}:${c.P.port()}:${iface()} dst=${IP(c.P.ipExtSrv())}:443:${iface()} srcMac=${MAC(c.P.mac('colon'))} dstMac=${MAC(c.P.mac('colon'))} proto=tcp/https`],
      [2, () => L.f`msg="User login successful" n=${c.rng.int(1, 9e5)} usr="${USER(c.P.user())}" src=${IP(c.P.ipInt())}:${c.P.port()}:${iface()} dst=${IP(c.P.ipSrv())}:443:${iface()} proto=tcp/https note="HTTPS management"`],
      [1, () => L.f`msg="Administrator login denied due to bad credentials" n=${c.rng.int(1, 900)} usr="${USER(c.P.user())}" src=${IP(c.P.ipExt())}:${c.P.port()}:${iface()} dst=${IP(c.P.ipExtSrv())}:443:${iface()}`],
      [1, () => L.f`msg="Connection Closed" n=${c.rng.int(1, 9e7)} src=${IP(c.P.ipInt())}:${c.P.port()}:${iface()} natSrcV6=${IP(c.P.v6())} dst=${IP(c.P.ipExtSrv())}:443:${iface()} proto=tcp/https sent=${c.rng.int(60, 99999)} rcvd=${c.rng.int(60, 99999)}`],
    ])();
  } },
  { id: 'checkpoint', weight: 2, gen(c) {
    const L = c.line();
    L.t(`<134>1 ${c.T.iso(0)} cp-mgmt CheckPoint ${c.rng.int(1000, 30000)} - [action:"${c.rng.pick(['Accept', 'Drop', 'Key Install'])}"; flags:"${c.rng.int(1000, 999999)}"; ifdir:"inbound"; ifname:"eth1"; `);
    return c.rng.weighted([
      [2, () => L.f`src:"${IP(c.P.ipInt())}"; dst:"${IP(c.P.ipExtSrv())}"; proto:"6"; s_port:"${c.P.port()}"; service:"443"; product:"VPN-1 & FireWall-1"; user:"${USER(c.P.user())}"; src_user_name:"${USER(c.P.user())}"; origin:"${IP(c.P.ipSrv())}"]`],
      [1, () => L.f`peer_gateway:"${IP(c.P.ipExtSrv())}"; community:"vpn.${c.rng.pick(['branches', 'partners', 'example'])}"; scheme:"IKE"; encryption_method:"IKEv2"; product:"VPN-1 & FireWall-1"]`],
    ])();
  } },
];
