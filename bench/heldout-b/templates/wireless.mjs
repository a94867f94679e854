// Wireless: Aruba (ArubaOS controller + Instant), Ubiquiti UniFi, Cisco WLC (AireOS + 9800), Meraki MR/MX.
import { L, J, ip, usr, mac, em, sec, opt, look, dom } from '../core.mjs';

const arubaHdr = (c, host, proc) => L`<${c.pri()}>${c.T.b()} ${c.T.Y} ${host} ${proc}[${c.pid()}]: `;

export default [
  {
    id: 'aruba-authmgr', w: 5,
    gen(c) {
      const ctl = c.host('ap').replace(/^(ap|AP|IAP)/, 'mc');
      const mip = c.v4('mgmt');
      const u = c.user(), m = c.mac('client'), cli = c.chance(0.2) ? '0.0.0.0' : c.v4('lan');
      const server = c.pick(['ISE-PSN1', 'ISE-PSN2', 'CPPM-01', 'NPS-HQ']);
      const head = L`${arubaHdr(c, ip(mip), 'authmgr')}`;
      const ctx = L`<${ctl} ${ip(mip)}>`;
      const k = c.int(0, 3);
      if (k === 0) return L`${head}<522008> <${c.pid()}> <NOTI> ${ctx}  User Authentication Successful: username=${usr(u)} MAC=${mac(m)} IP=${ip(cli)} role=${c.pick(['employee', 'contractor', 'byod', 'iot'])} VLAN=${c.int(10, 400)} AP=${c.host('ap')} SSID=${c.pick(['Corp-WiFi', 'CORP-SECURE', 'Guest'])} AAA profile=corp-dot1x auth method=802.1x auth server=${server}`;
      if (k === 1) return L`${head}<522275> <${c.pid()}> <NOTI> ${ctx}  User Authentication failed. username=${usr(u)} MAC=${mac(m)} IP=${ip(cli)} auth method=802.1x auth server=${server}`;
      if (k === 2) {
        const bare = m.replace(/:/g, '');
        return L`${head}<522038> <${c.pid()}> <INFO> ${ctx}  username=${mac(bare)} MAC=${mac(m)} IP=${ip(cli)} Authentication result=Authentication Successful(0), method=MAC, server=${server}, user=${mac(m.toUpperCase().replace(/:/g, '-'))}`;
      }
      return L`${head}<522026> <${c.pid()}> <INFO> ${ctx}  User miss: ingress=0x10001, VLAN=${c.int(10, 400)} mac=${mac(m)}, flags=0x${c.hex(2)} u_flags=0x0 proto=${c.pick([6, 17])} srcip=${ip(c.v4('lan'))} dstip=${ip(c.v4('srv'))} srcport=${c.port()} dstport=${c.pick([53, 443, 389])}`;
    },
  },
  {
    id: 'aruba-instant-stm', w: 3,
    gen(c) {
      const apip = c.v4('mgmt'), apname = c.host('ap'), apmac = c.mac('aruba'), sta = c.mac('client');
      const head = L`${arubaHdr(c, ip(apip), c.pick(['stm', 'sapd']))}`;
      const ctx = L`<${ip(apip)} ${apname}>`;
      const apid = L`AP ${ip(apip)}-${mac(apmac)}-${apname}`;
      return c.pick([
        () => L`${head}<501093> <NOTI> ${ctx}  Auth success: ${mac(sta)}: ${apid}`,
        () => L`${head}<501080> <NOTI> ${ctx}  Deauth to sta: ${mac(sta)}: Ageout ${apid} Sapcp Ageout (internal ageout)`,
        () => L`${head}<501100> <NOTI> ${ctx}  Assoc success @ ${c.T.hms()}: ${mac(sta)}: ${apid} BSSID ${mac(apmac.slice(0, -1) + c.pick(['0', '1', '8', '9']))} ESSID ${c.pick(['Corp-WiFi', 'Guest'])} VLAN ${c.int(10, 400)}`,
      ].map((f) => f)[c.int(0, 2)]());
    },
  },
  {
    id: 'unifi-hostapd', w: 4,
    gen(c) {
      const model = c.pick(['U7PG2', 'U6-Pro', 'U6-LR', 'UAP-AC-Pro', 'U7-Pro', 'UAL6']);
      const apm = c.mac('ubnt').replace(/:/g, '');
      const fw = c.pick(['v6.5.55.14277', 'v6.6.55.15189', 'v6.5.62.14788', 'v4.3.28.11361', 'v7.0.66.16337']);
      const host = L`${model},${mac(apm)},${look(fw)}`;
      const sta = c.mac('client');
      const vap = c.pick(['ath0', 'ath1', 'ath2', 'ra0', 'rai0', 'wifi0ap1']);
      const head = L`<${c.pri()}>${c.T.b()} ${host} `;
      const k = c.int(0, 5);
      if (k === 0) return L`${head}hostapd: ${vap}: STA ${mac(sta)} IEEE 802.11: ${c.pick(['associated', 'disassociated', 'deauthenticated due to local deauth request'])}`;
      if (k === 1) return L`${head}hostapd: ${vap}: STA ${mac(sta)} WPA: pairwise key handshake completed (${c.pick(['RSN', 'WPA'])})`;
      if (k === 2) return L`${head}hostapd: ${vap}: STA ${mac(sta)} RADIUS: starting accounting session ${c.HEX(16)}`;
      if (k === 3) {
        const t0 = Number(c.T.epochS());
        return L`${head}stahtd[${c.pid()}]: [STA-TRACKER].stahtd_dump_event(): ${J({ message_type: 'STA_ASSOC_TRACKER', mac: mac(sta), vap, event_type: c.pick(['soft failure', 'success', 'fixup']), assoc_status: '0', auth_failures: String(c.int(0, 3)), event_id: String(c.int(1, 9)), auth_ts: `${t0}.${c.int(100000, 999999)}`, ip_assign_type: c.pick(['dhcp', 'roamed']), wpa_auth_delta: String(c.int(1000, 90000)), dns_resp_seen: c.pick(['yes', 'no']), arp_reply_gw_seen: 'yes' })}`;
      }
      if (k === 4) return L`${head}kernel: [${c.int(1000, 99999)}.${c.int(100000, 999999)}] ${vap}: ${c.pick(['wlan_mlme_recv_assoc_request', 'ieee80211_ioctl_kickmac'])}: ${mac(sta.toUpperCase())} ${c.pick(['assoc', 'kick'])} rssi ${c.int(5, 60)}`;
      return L`${head}mcad: mcad[${c.pid()}]: ace_reporter.reporter_set_state(): ${c.pick(['inform', 'connected'])} (${look('http://unifi:8080/inform')})`;
    },
  },
  {
    id: 'unifi-controller', w: 2,
    gen(c) {
      const head = c.hdr({ host: c.pick(['unifi', 'udm-pro', 'cloudkey-g2']), tag: c.pick(['unifi', 'ubios-udapi-server']), pid: c.chance(0.5) ? c.pid() : null, style: c.pick(['5', 'p']) });
      const apmac = c.mac('ubnt');
      return c.pick([
        () => L`${head}Admin[${usr(c.user())}] log in from ${ip(c.addr('lan', 0.15))}`,
        () => L`${head}User[${mac(c.mac('client'))}] has connected to AP[${mac(apmac)}] with SSID "${c.pick(['Corp', 'Corp-IoT', 'Guest'])}" on "channel ${c.pick([1, 6, 11, 36, 44, 149])}(${c.pick(['ng', 'na', 'ax'])})"`,
        () => L`${head}Guest[${mac(c.mac('client'))}] was authorized by ${usr(c.user())} for ${c.pick([60, 480, 1440])} minutes`,
        () => L`${head}AP[${mac(apmac)}] was disconnected`,
      ])();
    },
  },
  {
    id: 'cisco-wlc-aireos', w: 3,
    gen(c) {
      const wlc = c.pick(['wlc01', 'wlc-hq-5520', 'WLC-B2']);
      const ts = L`${c.T.mon} ${String(c.T.D).padStart(2, '0')} ${c.T.hms(3)}`;
      const m = c.mac('client'), u = c.user(), apm = c.mac('cisco');
      const head = L`<${c.pri()}>${wlc}: `;
      return c.pick([
        () => L`${head}*apfMsConnTask_${c.int(0, 7)}: ${ts}: %APF-6-USERNAME_CREATED: apf_ms.c:${c.int(1000, 9999)} Username entry (${usr(u)}) created for mobile, username length = ${u.length} ${mac(m)}`,
        () => L`${head}*Dot1x_NW_MsgTask_${c.int(0, 7)}: ${ts}: %DOT1X-3-MAX_EAPOL_KEY_RETRANS: 1x_ptsm.c:${c.int(1000, 9999)} Max EAPOL-key M1 retransmissions exceeded for client ${mac(m)}`,
        () => L`${head}*apfReceiveTask: ${ts}: %APF-3-AUTHENTICATION_TRAP: apf_utils.c:${c.int(100, 999)} Client Authenticated: MACAddress:${mac(m)} Base Radio MAC:${mac(apm)} Slot:${c.int(0, 1)} User Name:${usr(u)} Ip Address:${ip(c.v4('lan'))} SSID:${c.pick(['Corp-WiFi', 'CORP-SECURE'])}`,
        () => L`${head}*apfMsConnTask_${c.int(0, 7)}: ${ts}: %APF-1-CHANGE_ORPHAN_PKT_IP: apf_ms.c:${c.int(1000, 9999)} Changing orphan packet IP address for station ${mac(m)} from ${ip(c.v4('lan'))} to ${ip(c.v4('lan'))}`,
      ])();
    },
  },
  {
    id: 'cisco-wlc-9800', w: 3,
    gen(c) {
      const m = c.fmac('client', 'cisco'), u = c.user();
      const sess = `${c.HEX(8)}${c.HEX(16)}`;
      const capwap = `capwap_9000${c.HEX(4)}`;
      const head = L`<${c.pri()}>${c.int(1000, 999999)}: ${c.pick(['wlc9800-01', 'C9800-HQ'])}: *${c.T.b()}.${c.T.hms(3).slice(-3)}: `;
      return c.pick([
        () => L`${head}%CLIENT_ORCH_LOG-6-CLIENT_ADDED_TO_RUN_STATE: Chassis 1 R0/0: wncd: Username entry (${usr(u)}) joined with ssid (${c.pick(['Corp-WiFi', 'CORP-SECURE'])}) for device with MAC: ${mac(m)} on channel (${c.pick([1, 6, 11, 36, 52, 149])})`,
        () => L`${head}%SESSION_MGR-5-SUCCESS: Chassis 1 R0/0: sessmgrd: Authorization succeeded for client (${mac(m)}) on Interface ${capwap} AuditSessionID ${look(sess)} Username: ${usr(u)}`,
        () => L`${head}%DOT1X-5-FAIL: Chassis 1 R0/0: sessmgrd: Authentication failed for client (${mac(m)}) with reason (${c.pick(['Cred Fail', 'Timeout'])}) on Interface ${capwap} AuditSessionID ${look(sess)} Username: ${usr(u)}`,
        () => L`${head}%CLIENT_ORCH_LOG-5-ADD_TO_BLACKLIST_REASON: Chassis 1 R0/0: wncd: Client ${mac(m)} with IP ${ip(c.addr('lan', 0.3))} is added to exclusion list, reason: IP address theft`,
      ])();
    },
  },
  {
    id: 'meraki-flows', w: 5,
    gen(c) {
      const dev = c.pick(['MX84_HQ', 'MX68_Branch3', 'MX250-DC', 'Z3_home']);
      const head = L`<134>1 ${c.T.epoch(9)} ${dev} `;
      const src = c.v4('lan'), dst = c.v4('ext'), m = c.fmac('client', 'COLON');
      const k = c.int(0, 3);
      if (k === 0) return L`${head}flows src=${ip(src)} dst=${ip(dst)} mac=${mac(m)} protocol=${c.pick(['tcp', 'udp'])} sport=${c.port()} dport=${c.pick([443, 80, 53, 123, 8443])} pattern: ${c.pick(['allow all', '0 all', '1 (dst port 25)'])}`;
      if (k === 1) return L`${head}firewall src=${ip(src)} dst=${ip(dst)} mac=${mac(m)} protocol=icmp type=8 pattern: allow all`;
      if (k === 2) return L`${head}ip_flow_start src=${ip(src)} dst=${ip(dst)} protocol=tcp sport=${c.port()} dport=443 translated_src_ip=${ip(c.v4('pub'))} translated_port=${c.port()}`;
      return L`${head}urls src=${ip(src)}:${c.port()} dst=${ip(dst)}:80 mac=${mac(m)} agent='${c.pick(['Mozilla/5.0 (Windows NT 10.0; Win64; x64)', 'Microsoft-CryptoAPI/10.0', 'Debian APT-HTTP/1.3 (2.6.1)'])}' request: GET http://${c.pick(['updates.example.net', 'ocsp.example.com', 'deb.example.org'])}/${c.pick(['pki/crl.crl', 'debian/dists/bookworm/InRelease', 'msdownload/update/v3/static/trustedr/en/authrootstl.cab'])}`;
    },
  },
  {
    id: 'meraki-events', w: 4,
    gen(c) {
      const dev = c.pick(['MR46_3F', 'MR56-Lobby', 'MR36_Lab', 'MX84_HQ']);
      const head = L`<134>1 ${c.T.epoch(9)} ${dev} events `;
      const m = c.fmac('client', 'COLON'), u = c.user();
      return c.pick([
        () => L`${head}type=8021x_eap_success radio='${c.int(0, 1)}' vap='${c.int(0, 3)}' client_mac='${mac(m)}' client_ip='${ip(c.v4('lan'))}' identity='${usr(u)}' aid='${c.int(100000000, 2000000000)}'`,
        () => L`${head}type=8021x_eap_failure radio='${c.int(0, 1)}' vap='${c.int(0, 3)}' client_mac='${mac(m)}' identity='${em(c.email())}' aid='${c.int(100000000, 2000000000)}'`,
        () => L`${head}type=association radio='${c.int(0, 1)}' vap='${c.int(0, 3)}' client_mac='${mac(m)}' channel='${c.pick([1, 6, 11, 36, 44])}' rssi='${c.int(10, 60)}' aid='${c.int(100000000, 2000000000)}'`,
        () => L`${head}type=client_vpn_connect user id '${usr(u)}' local ip ${ip(c.v4('vpn'))} connected from ${ip(c.v4('ext'))}`,
        () => L`${head}type=disassociation radio='${c.int(0, 1)}' vap='${c.int(0, 3)}' client_mac='${mac(m)}' reason='8' instigator='2' duration='${c.int(5, 90000)}.${c.int(100, 999)}' auth_neg_dur='0.${c.int(10, 999)}' last_auth_ago='${c.int(5, 900)}.${c.int(1, 999)}' is_wpa='1' full_conn='1.${c.int(1, 999)}' ip_resp='1.${c.int(1, 999)}' ip_src='${ip(c.v4('lan'))}' http_resp='0.${c.int(1, 999)}' arp_resp='0.${c.int(1, 999)}' arp_src='${ip(c.v4('lan'))}' dns_server='${ip(c.v4('dns'))}' dns_req_rtt='0.${c.int(1, 999)}' dns_resp='0.${c.int(1, 999)}' aid='${c.int(100000000, 2000000000)}'`,
      ])();
    },
  },
  {
    id: 'meraki-ids', w: 1,
    gen(c) {
      const head = L`<134>1 ${c.T.epoch(9)} ${c.pick(['MX84_HQ', 'MX250-DC'])} security_event `;
      return L`${head}ids_alerted signature=1:${c.int(2000000, 2049999)}:${c.int(1, 9)} priority=${c.int(1, 3)} timestamp=${c.T.epoch(6)} dhost=${mac(c.fmac('client', 'COLON'))} direction=${c.pick(['ingress', 'egress'])} protocol=tcp/ip src=${ip(c.v4('ext'))}:${c.port()} dst=${ip(c.v4('lan'))}:${c.pick([443, 445, 3389])} decision=${c.pick(['allowed', 'blocked'])} message: ${c.pick(['ET POLICY SMB2 NT Create AndX Request For an Executable File', 'ET SCAN Potential SSH Scan', 'ET INFO Observed DNS Query to .cloud TLD'])}`;
    },
  },
];
