// Network edge, VPN, small-business and open-source router templates, VoIP provisioning.
import { L, U, S, I, M, E, O, K, join } from './core.mjs';
import { macForm, v6form } from './fmt.mjs';

export default function net(c) {
  const { rng, W, X, LK, clock, h } = c;
  const pid = () => rng.int(300, 32000);
  const port = () => rng.int(1025, 65500);
  const mac = (form) => M(macForm(W.mac(), form));
  const v6 = () => I(v6form(rng, W.v6()));
  return [
    // ---------------------------------------------------------------- VyOS
    { id: 'vyos-config', w: 3, gen: () => {
      const host = `vyos-${rng.pick(['edge', 'br', 'dc'])}0${rng.int(1, 4)}`;
      const who = W.user();
      const pre = L`${h(host, `vbash[${pid()}]`)}[${U(who)}] `;
      const v = rng.int(0, 10);
      if (v === 0) return L`${pre}set system login user ${U(W.user())} authentication plaintext-password '${S(X.pw())}'`;
      if (v === 1) return L`${pre}set system login user ${U(W.user())} authentication encrypted-password '${S(X.hashSha512())}'`;
      if (v === 2) return L`${pre}set interfaces wireguard wg${rng.int(0, 3)} private-key '${S(X.wgPriv())}'`;
      if (v === 3) return L`${pre}set interfaces wireguard wg0 peer br${rng.int(2, 40)} public-key '${O('secret', X.wgPriv())}'`;
      if (v === 4) return L`${pre}set vpn ipsec authentication psk ${rng.pick(['HQ-BR2', 'AWS-TGW', 'DC2'])} secret '${S(X.pw('cli'))}'`;
      if (v === 5) return L`${pre}set vpn ipsec site-to-site peer ${I(W.out4())} authentication pre-shared-secret '${S(X.pw('cli'))}'`;
      if (v === 6) return L`${pre}set service snmp community ${S(X.community())} authorization 'ro'`;
      if (v === 7) return L`${pre}set protocols bgp ${rng.pick([65010, 64512, 4200000101])} neighbor ${rng.chance(0.4) ? v6() : I(W.out4())} password '${S(X.pw('cli'))}'`;
      if (v === 8) return L`${pre}set interfaces ethernet eth${rng.int(0, 5)} hw-id '${mac('colon')}'`;
      if (v === 9) return L`${pre}set service dhcp-server shared-network-name LAN subnet 192.168.${rng.int(1, 60)}.0/24 static-mapping ${rng.pick(['printer01', 'nvr', 'ap-lobby'])} mac '${mac('colon')}'`;
      return L`${h(host, `commit[${pid()}]`)}Successful change to active configuration by user ${U(who)} on /dev/pts/${rng.int(0, 4)}`;
    } },
    // ---------------------------------------------------------------- Cumulus Linux (NVUE / NCLU)
    { id: 'cumulus-nvue', w: 2, gen: () => {
      const host = `leaf${rng.int(1, 48)}-${rng.pick(['r1', 'r2', 'pod3'])}`;
      const v = rng.int(0, 5);
      if (v === 0) {
        const u = W.user(), nu = W.user();
        return L`${h(host, `nvued[${pid()}]`)}{"user": "${U(u)}", "remote_addr": "${I(W.in4())}", "method": "PATCH", "uri": "/nvue_v1/?rev=changeset/${U(u)}/${clock.sql('_').replace(/:/g, '.')}", "body": {"system": {"aaa": {"user": {"${U(nu)}": {"password": "${S(X.pw())}", "role": "nvue-admin"}}}}}}`;
      }
      if (v === 1) return L`${h(host, `nvued[${pid()}]`)}${U(W.user())}: nv set service snmp-server readonly-community ${S(X.community())} access any`;
      if (v === 2) return L`${h(host, `nvued[${pid()}]`)}${U(W.user())}: nv set system aaa radius server ${I(W.srv4())} secret '${S(X.pw('cli'))}'`;
      if (v === 3) return L`${h(host, `nclu[${pid()}]`)}${U(W.user())} ran: net add bgp neighbor swp${rng.int(49, 54)} password ${S(X.pw('alnum'))}`;
      if (v === 4) return L`${h(host, `switchd[${pid()}]`)}sync_port.c:${rng.int(900, 1300)} swp${rng.int(1, 54)}: link up, speed ${rng.pick([10000, 25000, 100000])}, autoneg off, ${K('fec rs')} hw 0000:0${rng.int(1, 9)}:00.0`;
      return L`${h(host, `lldpd[${pid()}]`)}interface swp${rng.int(1, 54)} neighbor ${rng.pick(['spine01', 'spine02'])} chassis ${mac('colon')} port swp${rng.int(1, 32)} ttl 120`;
    } },
    // ---------------------------------------------------------------- OpenWrt
    { id: 'openwrt-uci', w: 3, gen: () => {
      const host = rng.pick(['OpenWrt', 'gl-mt3000', 'rtr-home', 'turris']);
      const v = rng.int(0, 9);
      const pre = h(host, `rpcd[${pid()}]`);
      const who = rng.chance(0.5) ? 'root' : U(W.user());
      if (v === 0) return L`${pre}uci: ${who} set wireless.default_radio${rng.int(0, 1)}.key='${S(X.pw())}'`;
      if (v === 1) return L`${pre}uci: ${who} set network.wan.password='${S(X.pw())}'`;
      if (v === 2) return L`${pre}uci: ${who} set network.wg0.private_key='${S(X.wgPriv())}'`;
      if (v === 3) return L`${pre}uci: ${who} set network.@wireguard_wg0[${rng.int(0, 4)}].endpoint_host='${I(W.out4())}'`;
      if (v === 4) return L`${pre}uci: ${who} set ddns.myddns_ipv4.password='${S(X.a62(rng.int(16, 32)))}'`;
      if (v === 5) return L`${pre}uci: ${who} set dhcp.@host[${rng.int(0, 9)}].mac='${mac(rng.pick(['colon', 'COLON']))}'`;
      if (v === 6) return L`${h(host, `uhttpd[${pid()}]`)}luci: failed login on /admin/network for ${U(W.user())} from ${I(W.in4())}`;
      if (v === 7) return L`${h(host, `uhttpd[${pid()}]`)}luci: accepted login on / for root from ${rng.chance(0.3) ? I(v6form(rng, W.ll6()) ) : I(W.in4())}`;
      if (v === 8) return L`${pre}uci: ${who} set network.lan.ip6assign='60' network.lan.ipaddr='${I(W.in4())}'`;
      return L`${h(host, `netifd`)}Interface 'wan' is now up; ${K('odhcp6c')} got prefix ${I(v6form(rng, W.v6()).replace(/::.*$/, '::'))}/56`;
    } },
    { id: 'openwrt-hostapd', w: 3, gen: () => {
      const host = rng.pick(['OpenWrt', 'ap-hall', 'ap-attic', 'dumbap2']);
      const ifc = rng.pick(['wlan0', 'wlan1', 'phy0-ap0', 'phy1-ap0']);
      const m = mac('colon');
      const v = rng.int(0, 6);
      if (v === 0) return L`${h(host, 'hostapd')}${ifc}: STA ${m} IEEE 802.11: associated (aid ${rng.int(1, 30)})`;
      if (v === 1) return L`${h(host, 'hostapd')}${ifc}: AP-STA-CONNECTED ${m} auth_alg=${rng.pick(['open', 'sae', 'ft'])}`;
      if (v === 2) return L`${h(host, 'hostapd')}${ifc}: STA ${m} WPA: pairwise key handshake completed (RSN)`;
      if (v === 3) return L`${h(host, 'hostapd')}${ifc}: CTRL-EVENT-EAP-STARTED ${m}`;
      if (v === 4) {
        const p = W.person();
        return L`${h(host, 'hostapd')}${ifc}: STA ${m} IEEE 802.1X: Identity received from STA: '${rng.chance(0.5) ? U(p.login) : E(`${p.login}@${W.domain()}`)}'`;
      }
      if (v === 5) return L`${h(host, `wpa_supplicant[${pid()}]`)}${ifc}: CTRL-EVENT-CONNECTED - Connection to ${mac('colon')} completed [id=${rng.int(0, 3)} id_str=]`;
      return L`${h(host, `wpa_supplicant[${pid()}]`)}${ifc}: CTRL-EVENT-EAP-PEER-CERT depth=0 subject='/CN=radius.corp.example' hash=${LK.sha256()}`;
    } },
    { id: 'openwrt-dropbear', w: 3, gen: () => {
      const host = rng.pick(['OpenWrt', 'rut950', 'rtr-lab', 'gl-ar750']);
      const tag = `dropbear[${pid()}]`;
      const src = rng.chance(0.2) ? L`[${v6()}]:${port()}` : L`${I(rng.chance(0.5) ? W.out4() : W.in4())}:${port()}`;
      const u = W.user();
      const v = rng.int(0, 5);
      if (v === 0) return L`${h(host, tag)}Child connection from ${src}`;
      if (v === 1) return L`${h(host, tag)}Bad password attempt for '${U(u)}' from ${src}`;
      if (v === 2) return L`${h(host, tag)}Password auth succeeded for '${U(u)}' from ${src}`;
      if (v === 3) return L`${h(host, tag)}Pubkey auth succeeded for '${U(u)}' with ssh-ed25519 key SHA256:${O('secret', X.b64(43).replace(/=+$/, ''))} from ${src}`;
      if (v === 4) return L`${h(host, tag)}Exit (${U(u)}) from <${src}>: Disconnect received`;
      return L`${h(host, tag)}Login attempt for nonexistent user from ${src}`;
    } },
    // ---------------------------------------------------------------- DrayTek Vigor
    { id: 'draytek-vigor', w: 2, gen: () => {
      const host = rng.chance(0.5) ? I(W.in4()) : `Vigor${rng.pick(['2927', '2865', '3910'])}`;
      const pre = h(host, 'Vigor');
      const v = rng.int(0, 4);
      if (v === 0) return L`${pre}Local User (MAC=${mac('DASH')}): ${I(W.in4())}:${port()} -> ${I(W.out4())}:${rng.pick([443, 80, 53, 853])} (TCP)Web`;
      if (v === 1) return L`${pre}[SSL VPN] ${U(W.user())} logged in from ${I(W.out4())}, assigned ${I(W.in4())}`;
      if (v === 2) return L`${pre}Admin login from ${I(W.in4())} failed (user: ${U(W.user())})`;
      if (v === 3) return L`${pre}[PPPoE] WAN1 PAP Authenticating: username ${O('email', `b${rng.int(100000, 999999)}@isp.example`)} password ${S(X.pw('alnum'))}`;
      return L`${pre}[DHCP] LAN1 DHCP Ack ${I(W.in4())} to ${mac('DASH')} (${rng.pick(['NPI7A1B2C', 'android-dhcp-14', 'SONOS-ZP'])})`;
    } },
    // ---------------------------------------------------------------- Ivanti / Pulse Connect Secure
    { id: 'pulse-ics', w: 3, gen: () => {
      const src = W.out4(); const u = W.user(); const realm = rng.pick(['Users', 'Contractors', 'MFA-Users']);
      const fw = W.srv4();
      const pre = L`${h('ics01', 'PulseSecure')}id=firewall time="${clock.sql()}" pri=6 fw=${I(fw)} vpn=ive user=`;
      const v = rng.int(0, 4);
      if (v === 0) return L`${pre}${U(u)} realm="${realm}" roles="Users" proto=auth src=${I(src)} dst= dstname= type=vpn op= arg="" result= sent= rcvd= agent="" duration= msg="AUT24414: Agent login succeeded for ${U(u)}/${realm} from ${I(src)} with Pulse-Secure/9.1.15.18393 (Windows 10) Pulse/9.1.15.18393."`;
      if (v === 1) return L`${pre}System realm="" roles="" proto= src=${I(src)} dst= dstname= type=vpn op= arg="" result= sent= rcvd= agent="" duration= msg="AUT23457: Login failed using auth server AD-Corp (Active Directory).  Reason: Failed ${U(u)}/${realm}"`;
      if (v === 2) return L`${pre}${U(u)} realm="${realm}" roles="Users" proto= src=${I(src)} dst= dstname= type=vpn op= arg="" result= sent= rcvd= agent="" duration= msg="NWC23464: VPN Tunneling: Session started for user with IPv4 address ${I(W.in4())}, hostname ${W.ws()}"`;
      if (v === 3) return L`${pre}${U(u)} realm="Admin Users" roles=".Administrators" proto= src=${I(W.in4())} dst= dstname= type=vpn op= arg="" result= sent= rcvd= agent="" duration= msg="ADM20716: User Accounts modified. Changed password of user ${U(W.user())} in authentication server Guest-Users."`;
      return L`${pre}${U(u)} realm="${realm}" roles="Users" proto= src=${I(src)} dst= dstname= type=vpn op= arg="" result= sent=${rng.int(1000, 9e6)} rcvd=${rng.int(1000, 9e6)} agent="" duration=${rng.int(60, 30000)} msg="AUT22673: Logout from ${I(src)} (session:${LK.short()})"`;
    } },
    // ---------------------------------------------------------------- ocserv (OpenConnect)
    { id: 'ocserv', w: 2, gen: () => {
      const u = W.user(); const p = port();
      const src = rng.chance(0.25) ? v6() : I(W.out4());
      const tag = `ocserv[${pid()}]`; const host = 'vpn-gw2';
      const v = rng.int(0, 4);
      if (v === 0) return L`${h(host, tag)}main[${U(u)}]:${src}:${p} user logged in`;
      if (v === 1) return L`${h(host, tag)}worker: ${src} failed authentication for '${U(u)}'`;
      if (v === 2) return L`${h(host, tag)}sec-mod: initiating session for user '${U(u)}' (session: ${X.a62(6)})`;
      if (v === 3) return L`${h(host, tag)}main[${U(u)}]:${src}:${p} user disconnected (reason: user disconnected, rx: ${rng.int(1e3, 9e8)}, tx: ${rng.int(1e3, 9e8)})`;
      return L`${h(host, tag)}main[${U(u)}]:${src}:${p} assigned IPv4 to '${U(u)}': ${I(W.in4())}`;
    } },
    // ---------------------------------------------------------------- Tailscale / Headscale
    { id: 'tailscale', w: 2, gen: () => {
      const host = rng.pick(['nas01', 'k8s-w12', 'jump01', 'build7']);
      const v = rng.int(0, 5);
      if (v === 0) return L`${h(host, `tailscaled[${pid()}]`)}magicsock: endpoints changed: ${I(W.out4())}:41641 (stun), ${I(W.in4())}:41641 (local), [${v6()}]:41641 (local)`;
      if (v === 1) return L`${h(host, `tailscaled[${pid()}]`)}wgengine: Reconfig: configuring userspace WireGuard config (with ${rng.int(1, 9)}/${rng.int(10, 40)} peers)`;
      if (v === 2) return L`${h(host, `cloud-init[${pid()}]`)}+ tailscale up --authkey=${S(`tskey-auth-k${X.a62(11)}CNTRL-${X.a62(33)}`)} --advertise-routes=${I(W.in4())}/24 --login-server=https://hs.corp.example`;
      if (v === 3) return L`${h('hs01', `headscale[${pid()}]`)}${clock.iso(0)} INF Successfully authenticated via AuthKey machine=${W.ws().toLowerCase()} user=${U(W.user())}`;
      if (v === 4) return L`${h('hs01', `headscale[${pid()}]`)}${clock.iso(0)} INF Pre-auth key created key=${S(X.hex(48))} user=${U(W.user())} reusable=true expiration=24h`;
      return L`${h(host, `tailscaled[${pid()}]`)}peerapi: serving on http://${I(`100.${rng.int(64, 127)}.${rng.int(0, 255)}.${rng.int(1, 254)}`)}:${port()} and [${I(`fd7a:115c:a1e0::${rng.hex(4).replace(/^0+/, '') || '1'}:${rng.hex(4).replace(/^0+/, '') || '1'}`)}]:${port()}`;
    } },
    // ---------------------------------------------------------------- keepalived (incl. config dump)
    { id: 'keepalived', w: 2, gen: () => {
      const host = rng.pick(['lb01', 'lb02', 'haproxy-a']);
      const tag = `Keepalived_vrrp[${pid()}]`;
      const vi = `VI_${rng.int(1, 9)}`;
      const v = rng.int(0, 3);
      if (v === 0) return L`${h(host, tag)}(${vi}) Entering MASTER STATE`;
      if (v === 1) return L`${h(host, tag)}(${vi}) Received advert from ${I(W.in4())} with lower priority ${rng.int(50, 100)}, ours ${rng.int(101, 200)}, forcing new election`;
      if (v === 2) return L`${h(host, `Keepalived_healthcheckers[${pid()}]`)}TCP connection to [${I(W.srv4())}]:tcp:${rng.pick([3306, 5432, 6379, 443])} ${rng.pick(['success', 'failed'])}.`;
      const st = rng.pick(['3164', 'bsd']);
      const hh = () => h(host, tag, st);
      return { lines: [
        L`${hh()} VRRP Instance = ${vi}`,
        L`${hh()}   Authentication type = SIMPLE_PASSWORD`,
        L`${hh()}   Password = ${S(X.a62(8))}`,
        L`${hh()}   Virtual IP = 1`,
        L`${hh()}     ${I(W.in4())}/24 dev eth0 scope global`,
        L`${hh()}   Unicast Peer = ${I(W.in4())}`,
      ] };
    } },
    // ---------------------------------------------------------------- Cisco Small Business (SG/CBS)
    { id: 'cisco-sb', w: 3, gen: () => {
      const host = `sw-acc-${rng.int(10, 40)}`;
      const pre = L`<${rng.pick([189, 190, 188])}>${clock.bsd()} ${host}: `;
      const proto = rng.pick(['http', 'https', 'ssh', 'telnet']);
      const v = rng.int(0, 5);
      if (v === 0) return L`${pre}%AAA-I-CONNECT: New ${proto} connection for user ${U(W.user())}, source ${I(W.in4())} destination ${I(W.srv4())} ACCEPTED`;
      if (v === 1) return L`${pre}%AAA-W-REJECT: New ${proto} connection for user ${U(W.user())}, source ${I(W.in4())} destination ${I(W.srv4())} REJECTED`;
      if (v === 2) return L`${pre}%AAA-I-DISCONNECT: ${proto} connection for user ${U(W.user())}, source ${I(W.in4())} destination ${I(W.srv4())} TERMINATED`;
      if (v === 3) return L`${pre}%COPY-I-FILECPY: Files Copy - source URL running-config destination URL tftp://${I(W.srv4())}/${host}.cfg`;
      if (v === 4) return L`${pre}%STP-W-PORTSTATUS: gi1/0/${rng.int(1, 52)}: STP status Forwarding`;
      return L`${pre}%MLDP-I-MACADDR: ${mac('colon')} learned on gi1/0/${rng.int(1, 48)} VLAN ${rng.int(1, 400)}`;
    } },
    // ---------------------------------------------------------------- RANCID / Oxidized config diffs
    { id: 'rancid-diff', w: 3, gen: () => {
      const host = rng.pick(['rancid01', 'oxidized']);
      const pre = h(host, rng.pick(['rancid', `oxidized[${pid()}]`]));
      const sgn = rng.pick(['- ', '+ ', '  ']);
      const v = rng.int(0, 9);
      if (v === 0) return L`${pre}${sgn}snmp-server community ${S(X.community())} ro view Default`;
      if (v === 1) return L`${pre}${sgn}username ${U(W.user())} password encrypted ${S(X.hex(40))} privilege 15`;
      if (v === 2) return L`${pre}${sgn}radius-server host ${I(W.srv4())} key ${S(X.pw('alnum'))} priority 1 usage login`;
      if (v === 3) return L`${pre}${sgn}tacacs-server host ${I(W.srv4())} key ${S(X.pw('alnum'))}`;
      if (v === 4) return L`${pre}!Serial Number: ${LK.serial()}`;
      if (v === 5) return L`${pre}!Image: Version ${LK.ver3()}.${rng.int(1, 9)} ( date  ${clock.sql().slice(0, 10)} ${clock.sql().slice(11)} )`;
      if (v === 6) return L`${pre}${sgn}set system login user ${U(W.user())} authentication encrypted-password "${S(X.hashSha512())}"`;
      if (v === 7) return L`${pre}${sgn}wlan ssid-profile "Corp-Guest" wpa-passphrase ${S(X.pw('cli'))}`;
      if (v === 8) return L`${pre}${sgn}ip ssh-client username ${U(W.user())} password ${S(X.pw('alnum'))}`;
      return L`${pre}${sgn}ntp server ${I(W.out4())} key ${rng.int(1, 9)} prefer; ntp authentication-key ${rng.int(1, 9)} md5 ${S(X.a62(16))}`;
    } },
    // ---------------------------------------------------------------- PacketFence NAC
    { id: 'packetfence', w: 2, gen: () => {
      const mm = macForm(W.mac(), 'colon');
      const sw = W.srv4();
      const v = rng.int(0, 3);
      if (v === 0) return L`${h('pf01', `packetfence_httpd.aaa[${pid()}]`)}httpd.aaa(${pid()}) INFO: [mac:${M(mm)}] handling radius autz request: from switch_ip => (${I(sw)}), connection_type => Wireless-802.11-EAP,switch_mac => (${mac('colon')}), mac => [${M(mm)}], port => 0, username => "${U(W.user())}", ssid => CorpSecure (${K('pf::radius::authorize')})`;
      if (v === 1) return L`${h('pf01', `packetfence[${pid()}]`)}-e(${pid()}) INFO: [mac:${M(mm)}] Instantiate profile default (${K('pf::Connection::ProfileFactory::_from_profile')})`;
      if (v === 2) return L`${h('pf01', `pfqueue[${pid()}]`)}pfqueue(${pid()}) INFO: [mac:${M(mm)}] Authentication successful for ${U(W.user())} in source AD-${rng.pick(['Corp', 'Staff'])} (${K('pf::authentication::authenticate')})`;
      return L`${h('pf01', `pfdhcplistener[${pid()}]`)}pfdhcplistener(${pid()}) INFO: [mac:${M(mm)}] DHCPACK CIADDR 0.0.0.0 YIADDR ${I(W.in4())} CHADDR ${M(mm)} FROM ${I(W.srv4())} (${K('pf::dhcp::processor_v4::parse_dhcp_ack')})`;
    } },
    // ---------------------------------------------------------------- Stormshield SNS
    { id: 'stormshield', w: 2, gen: () => {
      const pre = L`${h(rng.pick(['SN310', 'SN210W', 'SNi40']) + `A${rng.int(10, 99)}X${rng.int(1000, 9999)}`, 'asqd')}id=firewall time="${clock.sql()}" fw="${rng.pick(['fw-hq', 'fw-br2'])}" tz=+0200 startime="${clock.sql()}" pri=5 confid=01 slotlevel=2 ruleid=${rng.int(1, 90)} `;
      const v = rng.int(0, 2);
      if (v === 0) return L`${pre}srcif="Ethernet0" srcifname="out" ipproto=tcp proto=https src=${I(W.out4())} srcport=${port()} srcportname=ephemeral_fw_tcp srcmac=${mac('colon')} dst=${I(W.srv4())} dstport=443 dstportname=https action=pass user="${U(W.user())}" domain="${W.domain()}" sent=${rng.int(100, 99999)} rcvd=${rng.int(100, 999999)} duration=${(rng.next() * 90).toFixed(2)} logtype="connection"`;
      if (v === 1) return L`${pre}user="${U(W.user())}" src=${I(W.out4())} method="LDAP" error=1 msg="Invalid password" logtype="auth"`;
      return L`${pre}user="${U(W.user())}" address=${I(W.in4())} sessionid=${rng.int(1000, 99999)} error=0 msg="Administrator login" logtype="server"`;
    } },
    // ---------------------------------------------------------------- UFW / firewalld / nftables kernel lines
    { id: 'ufw-block', w: 3, gen: () => {
      const host = rng.pick(['web02', 'bastion', 'mon01', 'app-prd-03']);
      const six = rng.chance(0.3);
      const prefix = rng.pick(['[UFW BLOCK]', '[UFW AUDIT]', 'FINAL_REJECT:', 'nft-drop-in:']);
      const up = `${rng.int(1000, 9999999)}.${String(rng.int(0, 999999)).padStart(6, '0')}`;
      const pre = L`${h(host, 'kernel')}[${up}] ${prefix} IN=${rng.pick(['eth0', 'ens18', 'enp3s0'])} OUT= MAC=${mac('colon')}:${mac('colon')}:${six ? '86:dd' : '08:00'} `;
      if (six) return L`${pre}SRC=${v6()} DST=${v6()} LEN=${rng.int(60, 1500)} TC=0 HOPLIMIT=${rng.int(40, 64)} FLOWLBL=${rng.int(0, 999999)} PROTO=TCP SPT=${port()} DPT=${rng.pick([22, 443, 3389, 5900])} WINDOW=${rng.int(1000, 65535)} RES=0x00 SYN URGP=0`;
      return L`${pre}SRC=${I(W.out4())} DST=${I(W.in4())} LEN=${rng.int(40, 1500)} TOS=0x00 PREC=0x00 TTL=${rng.int(30, 128)} ID=${rng.int(1, 65535)} DF PROTO=${rng.pick(['TCP', 'UDP'])} SPT=${port()} DPT=${rng.pick([22, 23, 445, 3389, 8080])} LEN=${rng.int(8, 200)}`;
    } },
    // ---------------------------------------------------------------- Kamailio SIP proxy
    { id: 'kamailio', w: 2, gen: () => {
      const tag = `/usr/sbin/kamailio[${pid()}]`; const host = 'sip-edge1';
      const u = W.user(); const src = I(W.out4());
      const v = rng.int(0, 3);
      if (v === 0) return L`${h(host, tag)}NOTICE: <script>: REGISTER from sip:${E(`${u}@pbx.corp.example`)} (IP:${src}:${rng.pick([5060, 5061, port()])}) auth failed ua=[Yealink SIP-T46S ${K('66.86.0.15')}]`;
      if (v === 1) return L`${h(host, tag)}ERROR: auth_db [authorize.c:${rng.int(80, 400)}]: get_ha1(): no credentials for '${O('user', String(rng.int(1000, 1999)))}'@'pbx.corp.example'`;
      if (v === 2) return L`${h(host, tag)}INFO: <script>: auth hdr: Digest username="${U(u)}", realm="pbx.corp.example", nonce="${LK.short()}${X.hex(24)}", uri="sip:pbx.corp.example", response="${S(X.hex(32))}", algorithm=MD5`;
      return L`${h(host, tag)}WARNING: pike [pike_funcs.c:185]: pike_check_req(): PIKE - BLOCKing ip ${src}, node=0x7f${X.hex(10)}`;
    } },
    // ---------------------------------------------------------------- phone provisioning server
    { id: 'provisioning', w: 3, gen: () => {
      const m = W.macBy(rng.pick(['00:15:65', '64:16:7f', '00:04:f2', '00:0b:82']));
      const cl = I(W.in4());
      const v = rng.int(0, 4);
      if (v === 0) return L`${cl} - - [${clock.clf()}] "GET /yealink/${M(macForm(m, 'bare'))}.cfg HTTP/1.1" 200 ${rng.int(900, 9000)} "-" "Yealink SIP-T54W ${K('96.86.0.70')} ${M(macForm(m, 'colon'))}"`;
      if (v === 1) return L`${cl} - - [${clock.clf()}] "PUT /polycom/logs/${M(macForm(m, 'bare'))}-app.log HTTP/1.1" 204 0 "-" "FileTransport PolycomVVX-VVX_450-UA/${K('6.4.3.5018')} Type/Application"`;
      if (v === 2) return L`${h('prov01', `provd[${pid()}]`)}rendered ${M(macForm(m, 'BARE'))}.cfg: account.1.auth_name = ${U(W.user())}; account.1.password = ${S(X.pw())}; account.1.sip_server.1.address = ${I(W.srv4())}`;
      if (v === 3) return L`${h('prov01', `provd[${pid()}]`)}gs_cfg ${M(macForm(m, 'bare'))}: P270=${W.person().first} P35=${O('user', String(rng.int(1000, 1999)))} P36=${U(W.user())} P34=${S(X.pw('alnum'))} P47=pbx.corp.example`;
      return L`${h('prov01', `provd[${pid()}]`)}reg.1.auth.userId="${U(W.user())}" reg.1.auth.password="${S(X.pw())}" reg.1.server.1.address="${I(W.srv4())}"`;
    } },
  ];
}
