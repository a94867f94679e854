// Security appliances: F5 BIG-IP, Citrix NetScaler, Palo Alto (CONFIG/SYSTEM/GLOBALPROTECT/HIPMATCH/TRAFFIC),
// FortiAuthenticator, FortiGate admin, Cisco ISE, ASA/FTD, IOS/IOS-XE, NX-OS, Junos, pfSense filterlog.
import { L, J, ip, usr, mac, em, sec, opt, look, dom, join } from '../core.mjs';
import { fmtMac } from '../world.mjs';

const panSerial = (c) => c.pick(['012801012345', '013201009876', '007951000123456']);
const panT = (c) => c.T.slash();

export default [
  {
    id: 'f5-apm', w: 3,
    gen(c) {
      const sid = c.hex(8), ap = c.pick(['/Common/vpn_ap', '/Common/corp_portal_ap', '/Partner/ext_ap']);
      const head = c.hdr({ host: c.pick(['bigip1', 'bigip-dmz-02', 'f5-apm.lb']), tag: L`${c.pick(['info', 'notice', 'err'])} apmd`, pid: c.pid(), style: c.pick(['p', 'f']) });
      const u = c.user();
      const pre = `${ap}:Common:${sid}: `;
      return c.pick([
        () => L`${head}01490010:5: ${pre}Username '${usr(u)}'`,
        () => L`${head}01490500:5: ${pre}New session from client IP ${ip(c.v4('ext'))} (ST=/CC=${c.pick(['US', 'DE', 'GB', 'NL'])}/C=${c.pick(['NA', 'EU'])}) at VIP ${ip(c.v4('pub'))} Listener /Common/vpn_vs_443 (Reputation=Unknown)`,
        () => L`${head}01490106:3: ${pre}AD module: authentication with '${usr(u)}' failed: Preauthentication failed, principal name: ${usr(u)}@${c.ad.realm}. Invalid user credentials.  (-1765328360)`,
        () => L`${head}01490115:5: ${pre}Following rule 'fallback' from item 'AD Auth' to terminalout 'Deny'`,
        () => L`${head}01490102:5: ${pre}Access policy result: ${c.pick(['Network_Access', 'LTM+APM_Mode', 'Logon_Deny'])}`,
        () => L`${head}01490248:5: ${pre}Received client info - Hostname: ${c.ws()} Type: ${c.pick(['Mozilla', 'IE'])} Version: ${c.int(11, 122)} Platform: ${c.pick(['Win10', 'macOS', 'Linux'])} CPU: x64 UI Mode: Full Javascript Support: 1 ActiveX Support: 0 Plugin Support: 0`,
        () => L`${head}01490549:6: ${pre}Assigned PPP Dynamic IPv4: ${ip(c.v4('vpn'))} Id: 1 TunnelType: ${c.pick(['DTLS', 'TCP'])} NA Resource: /Common/na_res Client IP: ${ip(c.v4('ext'))}`,
      ])();
    },
  },
  {
    id: 'f5-ltm-audit', w: 2,
    gen(c) {
      const head = c.hdr({ host: c.pick(['bigip1', 'bigip-dmz-02']), tag: L`notice mcpd`, pid: c.pid(), style: c.pick(['p', 'f']) });
      const m = c.v4('srv'), u = c.user();
      return c.pick([
        () => L`${head}01070417:5: AUDIT - user ${usr(u)} - transaction #${c.int(100000, 9999999)}-${c.int(1, 9)} - object 0 - modify { ltm pool /Common/web_pool { members replace-all-with { /Common/${ip(m)}:80 { address ${ip(m)} } } } } [Status=Command OK]`,
        () => L`${head}01070638:5: Pool /Common/web_pool member /Common/${ip(m)}:${c.pick([80, 443, 8080])} monitor status down. [ /Common/http: down; last error: /Common/http: Response Code: 503 (Service Unavailable) @${c.T.slash()} ]  [ was up for ${c.int(0, 48)}hr:${c.int(0, 59)}mins:${c.int(0, 59)}sec ]`,
        () => L`${c.hdr({ host: 'bigip1', tag: 'notice tmsh', pid: c.pid(), style: 'p' })}01420002:5: AUDIT - pid=${c.pid()} user=${usr(u)} folder=/Common module=(tmos)# status=[Command OK] cmd_data=${c.pick(['list ltm virtual', 'show sys performance', 'save sys config'])}`,
        () => L`${head}01070417:5: AUDIT - user ${usr(u)} - transaction #${c.int(100000, 9999999)}-${c.int(1, 9)} - object 0 - create { auth user ${usr(c.user())} { description "${c.pick(['NOC', 'contractor'])}" encrypted-password ${sec(c.sha512crypt())} partition-access replace-all-with { all-partitions { role operator } } shell none } } [Status=Command OK]`,
      ])();
    },
  },
  {
    id: 'netscaler', w: 4,
    gen(c) {
      const head = L`<${c.pri()}> ${c.T.us()} GMT ${c.pick(['ns01', 'adc-vpx-2', 'NSMPX-DMZ'])} 0-PPE-${c.int(0, 3)} : default `;
      const u = c.user(), cl = c.v4('ext'), vs = c.v4('pub');
      const sess = c.int(1000, 99999);
      return c.pick([
        () => L`${head}AAA LOGIN_FAILED ${c.int(100000, 9999999)} 0 :  User ${usr(u)} - Client_ip ${ip(cl)} - Failure_reason "${c.pick(['Invalid credentials', 'External authentication server denied access', 'Account locked'])}" - Browser Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${look(c.pick(['122.0.6261.112', '121.0.0.0', '120.0.6099.224']))} Safari/537.36`,
        () => L`${head}SSLVPN LOGIN ${c.int(100000, 9999999)} 0 : Context ${usr(u)}@${ip(cl)} - SessionId: ${sess}- User ${usr(u)} - Client_ip ${ip(cl)} - Nat_ip "Mapped Ip" - Vserver ${ip(vs)}:443 - Browser_type "${c.pick(['Mozilla/5.0 (Windows NT 10.0; Win64; x64)', 'CitrixReceiver/23.9.1'])}" - SSLVPN_client_type ${c.pick(['ICA', 'Agent', 'Clientless'])} - Group(s) "${c.pick(['VPN-Users', 'Citrix-Staff', 'N/A'])}"`,
        () => L`${head}SSLVPN LOGOUT ${c.int(100000, 9999999)} 0 : Context ${usr(u)}@${ip(cl)} - SessionId: ${sess}- User ${usr(u)} - Client_ip ${ip(cl)} - Nat_ip "Mapped Ip" - Vserver ${ip(vs)}:443 - Start_time "${c.T.us()} GMT" - End_time "${c.T.us()} GMT" - Duration ${`0${c.int(0, 9)}:${c.int(10, 59)}:${c.int(10, 59)}`}  - Http_resources_accessed ${c.int(0, 999)} - NonHttp_services_accessed 0 - Total_TCP_connections ${c.int(0, 999)} - Total_UDP_flows 0 - Total_policies_allowed ${c.int(0, 999)} - Total_policies_denied 0 - Total_bytes_send ${c.int(1000, 9999999)} - Total_bytes_recv ${c.int(1000, 9999999)} - Total_compressedbytes_send 0 - Total_compressedbytes_recv 0 - Compression_ratio_send 0.00% - Compression_ratio_recv 0.00% - LogoutMethod "Explicit" - Group(s) "N/A"`,
        () => L`${head}TCP CONN_DELINK ${c.int(100000, 9999999)} 0 :  Source ${ip(cl)}:${c.port()} - Vserver ${ip(vs)}:443 - NatIP ${ip(c.v4('srv'))}:${c.port()} - Destination ${ip(c.v4('srv'))}:${c.pick([80, 8080, 443])} - Delink Time ${c.T.us()} GMT - Total_bytes_send ${c.int(100, 999999)} - Total_bytes_recv ${c.int(100, 999999)}`,
        () => L`${head}ICA ICASTART ${c.int(100000, 9999999)} 0 :  Source ${ip(cl)}:${c.port()} - Destination ${ip(c.v4('srv'))}:2598 - customername  - username:domainname ${usr(u)}:${c.ad.netbios} - applicationName ${c.pick(['Desktop', 'Outlook', 'SAP Logon'])} - startTime "${c.T.us()} GMT" - connectionPriority HIGH - access_type ICA_Proxy`,
      ])();
    },
  },
  {
    id: 'panos-config', w: 2,
    gen(c) {
      const t = panT(c), dev = c.pick(['pa-fw-01', 'PA-3220-HQ', 'pa-vm-aws']);
      return L`<${c.pri()}>${c.T.b()} ${dev} 1,${t},${panSerial(c)},CONFIG,0,0,${t},${ip(c.addr('lan', 0.1))},,${c.pick(['edit', 'set', 'delete', 'commit'])},${usr(c.user())},${c.pick(['Web', 'CLI', 'XML API'])},Succeeded, ${c.pick(['vsys  vsys1 rulebase security rules  allow-dns', 'deviceconfig system', 'network interface ethernet ethernet1/3'])},,,${c.int(100000, 9999999)},0x0,0,0,0,0,,${dev},0,,0,,${c.T.iso(3, '+00:00')}`;
    },
  },
  {
    id: 'panos-system', w: 3,
    gen(c) {
      const t = panT(c), dev = c.pick(['pa-fw-01', 'PA-3220-HQ']);
      const u = c.user();
      const head = L`<${c.pri()}>${c.T.b()} ${dev} 1,${t},${panSerial(c)},SYSTEM,`;
      const tail = L`,${c.int(100000, 9999999)},0x0,0,0,0,0,,${dev},0,0,${c.T.iso(3, '+00:00')}`;
      return c.pick([
        () => L`${head}auth,0,${t},,auth-fail,,0,0,general,medium,"failed authentication for user '${usr(u)}'. Reason: Invalid username/password. auth profile '${c.pick(['LDAP-Auth', 'RADIUS-MFA'])}', vsys 'shared', server profile '${c.pick(['corp-ldap', 'nps'])}', server address '${ip(c.v4('srv'))}', From: ${ip(c.v4(c.pick(['lan', 'ext'])))}."${tail}`,
        () => L`${head}auth,0,${t},,auth-success,,0,0,general,informational,"authenticated for user '${usr(u)}'. auth profile 'LDAP-Auth', vsys 'shared', server profile 'corp-ldap', server address '${ip(c.v4('srv'))}', From: ${ip(c.v4('lan'))}."${tail}`,
        () => L`${head}general,0,${t},,general,,0,0,general,informational,"User ${usr(u)} logged in via ${c.pick(['Web', 'CLI'])} from ${ip(c.addr('lan', 0.2))} using ${c.pick(['https', 'ssh'])}"${tail}`,
        () => L`${head}userid,0,${t},,connect-ldap-sever,,0,0,general,informational,"ldap cfg corp-ldap connected to server ${ip(c.v4('srv'))}:389, initiated by: ${ip(c.v4('mgmt'))}"${tail}`,
      ])();
    },
  },
  {
    id: 'panos-globalprotect', w: 2,
    gen(c) {
      const t = panT(c), dev = c.pick(['pa-fw-01', 'PA-3220-HQ']);
      const u = c.user();
      return L`<${c.pri()}>${c.T.b()} ${dev} 1,${t},${panSerial(c)},GLOBALPROTECT,0,2561,${t},vsys1,${c.pick(['gateway-auth', 'portal-auth', 'gateway-connected', 'gateway-logout'])},${c.pick(['login', 'logout', 'connected'])},${c.pick(['SAML', 'LDAP', 'RADIUS'])},,${c.ad.netbios.toLowerCase()}\\${usr(u)},${c.pick(['US', 'DE', 'GB', 'IN'])},${c.ws()},${ip(c.v4('ext'))},${ip('0.0.0.0')},${ip(c.v4('vpn'))},${ip('0.0.0.0')},${c.hex(32)},${c.HEX(10)},${look(c.pick(['6.2.1', '5.2.12', '6.1.3']))},Windows,"Microsoft Windows 10 Pro , 64-bit",1,,,,success,,0,,0,${c.pick(['GP-GW-N', 'GP-Portal'])},${c.int(100000, 9999999)},0x0,${c.T.iso(3, '+00:00')},,,,,,${c.int(1, 9)},${c.int(1, 9)},,,,,,${dev}`;
    },
  },
  {
    id: 'panos-hip-traffic', w: 3,
    gen(c) {
      const t = panT(c), dev = c.pick(['pa-fw-01', 'PA-3220-HQ']);
      const u = c.user(), src = c.v4('lan'), dst = c.v4('ext');
      const d = c.ad.netbios.toLowerCase();
      if (c.chance(0.4)) {
        return L`<${c.pri()}>${c.T.b()} ${dev} 1,${t},${panSerial(c)},HIPMATCH,0,2561,${t},${d}\\${usr(u)},vsys1,${c.ws()},${c.pick(['Windows', 'Mac'])},${ip(c.v4('vpn'))},${c.pick(['corp-hip-profile', 'av-compliant'])},1,profile,0,0,${c.int(100000, 9999999)},0x0,0,0,0,0,,${dev},1,${ip('0.0.0.0')},${ip(c.v6('lan'))},,${c.hex(8)}-${c.hex(4)},${c.HEX(10)},${mac(c.mac('client'))},${c.T.iso(3, '+00:00')}`;
      }
      const sp = c.port();
      const rng = c.chance(0.5) ? L`${ip('10.0.0.0')}-${ip('10.255.255.255')}` : L`${ip('172.16.0.0')}-${ip('172.31.255.255')}`;
      return L`<${c.pri()}>${c.T.b()} ${dev} 1,${t},${panSerial(c)},TRAFFIC,end,2561,${t},${ip(src)},${ip(dst)},${ip(c.v4('pub'))},${ip(dst)},${c.pick(['allow-web', 'allow-dns', 'outbound-default'])},${d}\\${usr(u)},,${c.pick(['ssl', 'web-browsing', 'dns-base'])},vsys1,trust,untrust,ethernet1/2,ethernet1/1,log-fwd,${t},${c.int(10000, 999999)},1,${sp},443,${c.port()},443,0x400053,tcp,allow,${c.int(100, 99999)},${c.int(100, 9999)},${c.int(100, 99999)},${c.int(2, 200)},${t},${c.int(0, 600)},${c.pick(['computer-and-internet-info', 'business-and-economy'])},0,${c.int(100000000, 999999999)},0x0,${rng},${c.pick(['United States', 'Germany', 'Netherlands'])},0,${c.int(1, 99)},${c.int(1, 99)},tcp-fin`;
    },
  },
  {
    id: 'fortiauthenticator', w: 2,
    gen(c) {
      const u = c.user();
      const head = L`<${c.pri()}>${c.T.b()} ${c.pick(['FAC-VM', 'fac01'])} date=${c.T.ymd().split(' ')[0]} time=${c.T.hms()} devname="FAC-VM" devid="FAC-VMTM2100${c.int(1000, 9999)}" `;
      return c.pick([
        () => L`${head}category="Event" subcategory="Authentication" typeid=20995 level="information" user="${usr(u)}" nas="${c.host('fw')}" userip=${ip(c.v4('lan'))} action="Authentication" status="Success" msg="RADIUS authentication succeeded for user ${usr(u)}"`,
        () => L`${head}category="Event" subcategory="Authentication" typeid=20996 level="warning" user="${usr(u)}" nas="${ip(c.v4('mgmt'))}" action="Authentication" status="Failed" msg="User ${usr(u)} failed authentication (RADIUS) because of invalid token code (token FTKMOB${c.HEX(10)})"`,
        () => L`${head}category="Event" subcategory="Admin Configuration" typeid=10001 level="information" user="${usr(u)}" nas="" action="Login" status="Success" msg="Local administrator authentication from ${ip(c.v4('lan'))} successful"`,
        () => L`${head}category="Event" subcategory="Authentication" typeid=20997 level="information" user="${em(c.email())}" nas="${c.host('fw')}" action="Authentication" status="Success" msg="SAML IdP authentication succeeded"`,
      ])();
    },
  },
  {
    id: 'fortigate-admin', w: 3,
    gen(c) {
      const u = c.user(), a = c.v4(c.pick(['ext', 'lan']));
      const ui = c.pick(['https', 'ssh', 'GUI']);
      const ok = c.chance(0.4);
      return L`<${c.pri()}>date=${c.T.ymd().split(' ')[0]} time=${c.T.hms()} devname="${c.host('fw')}" devid="FG${c.pick(['100F', '60F', '600E'])}TK${c.int(19, 23)}${c.int(100000, 999999)}" eventtime=${c.T.epochMs()}${c.int(100000, 999999)} tz="+0000" logid="${c.pick(['0100032002', '0100032001'])}" type="event" subtype="system" level="alert" vd="root" logdesc="Admin login ${ok ? 'successful' : 'failed'}" sn="0" user="${usr(u)}" ui="${ui}(${ip(a)})" method="${ui.toLowerCase()}" srcip=${ip(a)} dstip=${ip(c.v4('mgmt'))} action="login" status="${ok ? 'success' : 'failed'}" reason="${ok ? 'none' : 'passwd_invalid'}" msg="Administrator ${usr(u)} ${ok ? L`logged in successfully from ${ui}(${ip(a)})` : L`login failed from ${ui}(${ip(a)}) because of invalid password`}"`;
    },
  },
  {
    id: 'cisco-ise', w: 5,
    gen(c) {
      const node = c.pick(['ise-psn01', 'ise-psn02', 'ise-mnt01']);
      const u = c.user(), m = c.fmac('client', 'DASH'), nas = c.v4('mgmt'), sw = c.host('sw');
      const seq = () => L`${c.int(1000000, 9999999)} ${c.int(1, 4)} 0 ${c.T.ymd(3)} +00:00 ${String(c.int(1, 99999999)).padStart(10, '0')}`;
      const head = (cat) => L`<${c.pri()}>${c.T.b()} ${node} ${cat} ${String(c.int(1, 99999999)).padStart(10, '0')} `;
      const sessid = `${nas.split('.').map((x) => Number(x).toString(16).padStart(2, '0').toUpperCase()).join('')}${c.HEX(16)}`;
      const k = c.int(0, 3);
      if (k === 0) {
        return L`${head('CISE_RADIUS_Accounting')}${seq()} 3000 NOTICE Radius-Accounting: RADIUS Accounting ${c.pick(['start', 'stop', 'watchdog update'])} request, ConfigVersionId=${c.int(10, 900)}, Device IP Address=${ip(nas)}, UserName=${usr(u)}, RequestLatency=${c.int(1, 40)}, NetworkDeviceName=${sw}, User-Name=${usr(u)}, NAS-IP-Address=${ip(nas)}, NAS-Port=${c.int(50101, 50148)}, Framed-IP-Address=${ip(c.v4('lan'))}, Class=CACS:${look(sessid)}:${node}/${c.int(100000000, 999999999)}/${c.int(1000, 99999)}, Called-Station-ID=${mac(c.fmac('cisco', 'DASH'))}, Calling-Station-ID=${mac(m)}, Acct-Status-Type=Start, Acct-Delay-Time=0, Acct-Session-Id=${c.HEX(8)}, Acct-Authentic=RADIUS, Event-Timestamp=${c.T.epochS()}, NAS-Port-Type=Ethernet, NAS-Port-Id=GigabitEthernet1/0/${c.int(1, 48)}, cisco-av-pair=audit-session-id=${look(sessid)}, AcsSessionID=${node}/${c.int(100000000, 999999999)}/${c.int(1000, 99999)}, SelectedAccessService=Default Network Access, Step=11004, Step=11017, Step=15049, Step=15008, Step=22083, Step=11005, NetworkDeviceGroups=Location#All Locations#HQ, CPMSessionID=${look(sessid)}, Model Name=Unknown, Location=Location#All Locations#HQ, Device Type=Device Type#All Device Types#Switches,`;
      }
      if (k === 1) {
        return L`${head('CISE_Passed_Authentications')}${seq()} 5200 NOTICE Passed-Authentication: Authentication succeeded, ConfigVersionId=${c.int(10, 900)}, Device IP Address=${ip(nas)}, DestinationIPAddress=${ip(c.v4('srv'))}, DestinationPort=1812, UserName=${c.ad.netbios}\\${usr(u)}, Protocol=Radius, NetworkDeviceName=${sw}, User-Name=${c.ad.netbios}\\${usr(u)}, NAS-IP-Address=${ip(nas)}, Service-Type=Framed, Framed-MTU=1500, Called-Station-ID=${mac(c.fmac('cisco', 'DASH'))}, Calling-Station-ID=${mac(m)}, EAP-Key-Name=, cisco-av-pair=service-type=Framed, AuthenticationIdentityStore=${c.pick(['CORP-AD', 'Internal Users'])}, AuthenticationMethod=MSCHAPV2, SelectedAccessService=Default Network Access, EndPointMACAddress=${mac(m)}, IdentityGroup=Endpoint Identity Groups:Profiled:Workstation, AD-User-Resolved-Identities=${em(`${u.toLowerCase()}@${c.w.ad.dns}`)}, AD-User-Join-Point=${c.w.ad.dns.toUpperCase()},`;
      }
      if (k === 2) {
        return L`${head('CISE_Failed_Attempts')}${seq()} 5400 NOTICE Failed-Attempt: Authentication failed, ConfigVersionId=${c.int(10, 900)}, Device IP Address=${ip(nas)}, UserName=${usr(u)}, Protocol=Radius, NetworkDeviceName=${sw}, User-Name=${usr(u)}, NAS-IP-Address=${ip(nas)}, Calling-Station-ID=${mac(m)}, FailureReason=24408 User authentication against Active Directory failed since user has entered the wrong password, EndPointMACAddress=${mac(m)},`;
      }
      return L`${head('CISE_Failed_Attempts')}${seq()} 5400 NOTICE Failed-Attempt: Authentication failed, Device IP Address=${ip(nas)}, UserName=${mac(m)}, Protocol=Radius, NetworkDeviceName=${sw}, User-Name=${mac(fmtMac(m.toLowerCase().replace(/-/g, ':'), 'bare'))}, NAS-IP-Address=${ip(nas)}, AuthenticationMethod=Lookup, FailureReason=15039 Rejected per authorization profile, EndPointMACAddress=${mac(m)},`;
    },
  },
  {
    id: 'cisco-asa-ftd', w: 5,
    gen(c) {
      const fw = c.host('fw'), P = c.pick(['ASA', 'ASA', 'FTD']);
      const head = L`<${c.pri()}>${c.T.b()} ${c.chance(0.2) ? ip(c.v4('mgmt')) : fw} : %${P}-`;
      const u = c.user(), ext = c.v4('ext'), sp = c.port();
      return c.pick([
        () => L`${head}6-113004: AAA user authentication Successful : server =  ${ip(c.v4('srv'))} : user = ${usr(u)}`,
        () => L`${head}6-113005: AAA user authentication Rejected : reason = AAA failure : server = ${ip(c.v4('srv'))} : user = ${usr(u)} : user IP = ${ip(ext)}`,
        () => L`${head}6-605005: Login permitted from ${ip(c.v4('lan'))}/${sp} to inside:${ip(c.v4('mgmt'))}/ssh for user "${usr(u)}"`,
        () => L`${head}4-722051: Group <${c.pick(['GP-VPN', 'DfltGrpPolicy'])}> User <${usr(u)}> IP <${ip(ext)}> IPv4 Address <${ip(c.v4('vpn'))}> IPv6 address <${ip('::')}> assigned to session`,
        () => L`${head}6-113039: Group <${c.pick(['GP-VPN', 'DfltGrpPolicy'])}> User <${usr(u)}> IP <${ip(c.chance(0.3) ? c.v6('ext') : ext)}> AnyConnect parent session started.`,
        () => L`${head}5-111010: User '${usr(u)}', running 'CLI' from IP ${ip(c.v4('lan'))}, executed 'username ${usr(c.user())} password ***** privilege 15'`,
        () => L`${head}5-111008: User '${usr(u)}' executed the 'tunnel-group ${c.pick(['S2S-PEER', '203-VPN'])} ipsec-attributes' command.`,
        () => L`${head}5-111008: User '${usr(u)}' executed the 'access-list outside_in extended permit tcp ${ip(c.v4('lan').replace(/\.\d+$/, '.0'))} ${ip(c.netmask())} host ${ip(c.v4('srv'))} eq ${c.pick(['https', '8443', 'ssh'])}' command.`,
        () => L`${head}5-111008: User '${usr(u)}' executed the 'route outside ${ip('0.0.0.0')} ${ip('0.0.0.0')} ${ip(c.v4('p2p'))} 1' command.`,
        () => L`${head}6-302013: Built inbound TCP connection ${c.int(100000, 99999999)} for outside:${ip(ext)}/${sp} (${ip(ext)}/${sp}) to inside:${ip(c.v4('srv'))}/443 (${ip(c.v4('pub'))}/443)`,
        () => L`${head}7-609001: Built local-host outside:${ip(c.v6('ext', c.pick(['c', 'C'])))}`,
        () => L`${head}4-106023: Deny tcp src outside:${ip(ext)}/${sp} dst inside:${ip(c.v4('srv'))}/${c.pick([22, 3389, 445])} by access-group "outside_access_in" [0x${c.hex(8)}, 0x0]`,
        () => L`${head}6-725001: Starting SSL handshake with client outside:${ip(ext)}/${sp} to ${ip(c.v4('pub'))}/443 for TLSv1.2 session`,
        () => L`${head}6-716002: Group <${c.pick(['GP-VPN', 'DfltGrpPolicy'])}> User <${usr(u)}> IP <${ip(ext)}> WebVPN session terminated: User Requested.`,
      ])();
    },
  },
  {
    id: 'cisco-ios-exec', w: 4,
    gen(c) {
      const sw = c.host(c.pick(['sw', 'rtr']));
      const head = L`<${c.pri()}>${c.int(1000, 999999)}: ${sw}: ${c.chance(0.5) ? '*' : ''}${c.T.b()}.${c.int(100, 999)} ${c.pick(['UTC', 'CET', 'EST'])}: `;
      const u = c.user(), a = c.addr('lan', 0.15, c.pick(['C', 'c']));
      const cmd = c.pick([
        () => L`username ${usr(c.user())} privilege 15 secret 9 ${sec(c.type9())}`,
        () => L`username ${usr(c.user())} password 7 ${sec(c.type7())}`,
        () => L`enable secret 5 ${sec(c.md5crypt())}`,
        () => L`snmp-server community ${sec(c.community())} RO ${c.pick(['10', 'SNMP-ACL'])}`,
        () => L`snmp-server host ${ip(c.v4('srv'))} version 2c ${sec(c.community())}`,
        () => L`crypto isakmp key ${sec(c.pw('kv'))} address ${ip(c.v4('ext'))}`,
        () => L`key 7 ${sec(c.type7())}`,
        () => L`pre-shared-key ${sec(c.pw('kv'))}`,
        () => L`interface GigabitEthernet1/0/${c.int(1, 48)}`,
        () => L`ip address ${ip(c.v4('srv'))} ${ip(c.netmask())}`,
        () => L`ip route ${ip('0.0.0.0')} ${ip('0.0.0.0')} ${ip(c.v4('p2p'))}`,
        () => L`access-list ${c.int(10, 199)} permit ${ip(c.v4('lan').replace(/\.\d+$/, '.0'))} ${ip(c.wildcard())}`,
        () => L`ipv6 route ${ip('::')}/0 ${ip(c.v6('p2p', 'C'))}`,
        () => L`no shutdown`,
        () => L`description Uplink to ${c.host('sw')}`,
      ])();
      return c.pick([
        () => L`${head}%SEC_LOGIN-5-LOGIN_SUCCESS: Login Success [user: ${usr(u)}] [Source: ${ip(a)}] [localport: 22] at ${c.T.hms()} UTC ${c.T.dow} ${c.T.mon} ${c.T.D} ${c.T.Y}`,
        () => L`${head}%SEC_LOGIN-4-LOGIN_FAILED: Login failed [user: ${usr(u)}] [Source: ${ip(c.addr('ext', 0.2, 'C'))}] [localport: 22] [Reason: Login Authentication Failed] at ${c.T.hms()} UTC ${c.T.dow} ${c.T.mon} ${c.T.D} ${c.T.Y}`,
        () => L`${head}%PARSER-5-CFGLOG_LOGGEDCMD: User:${usr(u)}  logged command:${cmd}`,
        () => L`${head}%PARSER-5-CFGLOG_LOGGEDCMD: User:${usr(u)}  logged command:${cmd}`,
        () => L`${head}%SYS-5-CONFIG_I: Configured from console by ${usr(u)} on vty${c.int(0, 4)} (${ip(a)})`,
        () => L`${head}%SSH-5-SSH2_USERAUTH: User '${usr(u)}' authentication for SSH2 Session from ${ip(a)} (tty = ${c.int(0, 4)}) using crypto cipher 'aes256-ctr', hmac 'hmac-sha2-256' ${c.pick(['Succeeded', 'Failed'])}`,
        () => L`${head}%SYS-6-LOGOUT: User ${usr(u)} has exited tty session ${c.int(1, 5)}(${ip(a)})`,
      ])();
    },
  },
  {
    id: 'cisco-nxos', w: 3,
    gen(c) {
      const sw = c.pick(['n9k-leaf-101', 'N7K-CORE-A', 'n3k-tor-12']);
      const head = L`<${c.pri()}>${c.pick([': ', ''])}${c.T.Y} ${c.T.b()} ${sw} `;
      const u = c.user(), a = c.v4('lan');
      return c.pick([
        () => L`${head}%AUTHPRIV-6-SYSTEM_MSG: pam_unix(aaa:session): session opened for user ${usr(u)} by (uid=0) - aaa[${c.pid()}]`,
        () => L`${head}%DAEMON-3-SYSTEM_MSG: error: PAM: Authentication failure for illegal user ${usr(u)} from ${ip(c.v4('ext'))} - sshd[${c.pid()}]`,
        () => L`${head}%VSHD-5-VSHD_SYSLOG_CONFIG_I: Configured from vty by ${usr(u)} on ${ip(a)}@pts/${c.int(0, 9)}`,
        () => L`${head}%ACLLOG-5-ACLLOG_FLOW_INTERVAL: Src IP: ${ip(a)}, Dst IP: ${ip(c.v4('mgmt'))}, Src Port: ${c.port()}, Dst Port: 22, Src Intf: Ethernet1/${c.int(1, 48)}, Protocol: "TCP"(6), Hit-count = ${c.int(1, 99)}`,
        () => L`${head}%ETHPORT-5-IF_DOWN_LINK_FAILURE: Interface Ethernet1/${c.int(1, 54)} is down (Link failure)`,
        () => L`${head}%ARP-3-DUP_VADDR_SRC_IP: arp [${c.pid()}]  Source address of packet received from ${mac(c.fmac('client', 'cisco'))} on Vlan${c.int(2, 400)}(port-channel${c.int(1, 40)}) is duplicate of local virtual ip, ${ip(c.v4('lan'))}`,
      ])();
    },
  },
  {
    id: 'junos-mgd', w: 4,
    gen(c) {
      const dev = c.host(c.pick(['rtr', 'fw', 'sw']));
      const u = c.user(), a = c.addr('lan', 0.15);
      const ssh = L`${ip(a)} ${c.port()} ${ip(c.v4('mgmt'))} 22`;
      const cls = c.pick(['super-user', 'j-super-user', 'read-only', 'operator']);
      const pid = c.int(1000, 99999);
      if (c.chance(0.4)) {
        return L`<${c.pri()}>1 ${c.T.iso(3, 'Z')} ${dev} mgd ${pid} UI_LOGIN_EVENT [junos@2636.1.1.1.2.${c.pick([9, 39, 129, 135])} username="${usr(u)}" class-name="${cls}" local-peer="" pid="${c.int(1000, 99999)}" ssh-connection="${ssh}" client-mode="cli"] User '${usr(u)}' login, class '${cls}' [${c.int(1000, 99999)}], ssh-connection '${ssh}', client-mode 'cli'`;
      }
      const head = c.hdr({ host: dev, tag: 'mgd', pid, style: c.pick(['p', 'f']) });
      return c.pick([
        () => L`${head}UI_AUTH_EVENT: Authenticated user '${usr(u)}' assigned to class '${cls}'`,
        () => L`${head}UI_COMMIT: User '${usr(u)}' requested 'commit' operation (comment: ${c.pick(['none', 'CHG0031337', 'add peer'])})`,
        () => L`${head}UI_CMDLINE_READ_LINE: User '${usr(u)}', command 'set system login user ${usr(c.user())} authentication encrypted-password "${sec(c.sha512crypt())}" '`,
        () => L`${head}UI_CMDLINE_READ_LINE: User '${usr(u)}', command 'set snmp community ${sec(c.community())} authorization read-only '`,
        () => L`${head}UI_CMDLINE_READ_LINE: User '${usr(u)}', command 'set security ike policy IKE-POL pre-shared-key ascii-text "${sec(`$9$${c.r.str(24, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-.')}`)}" '`,
        () => L`${head}UI_CMDLINE_READ_LINE: User '${usr(u)}', command 'show route ${ip(c.v4('ext'))} '`,
        () => L`${head}UI_LOGOUT_EVENT: User '${usr(u)}' logout`,
        () => L`${c.hdr({ host: dev, tag: 'sshd', pid: c.pid(), style: 'f' })}SSHD_LOGIN_FAILED: Login failed for user '${usr(u)}' from host '${ip(c.addr('ext', 0.2))}'`,
      ])();
    },
  },
  {
    id: 'junos-rt-flow', w: 3,
    gen(c) {
      const dev = c.host('fw');
      const v6 = c.chance(0.25);
      const src = v6 ? c.v6('lan') : c.v4('lan'), dst = v6 ? c.v6('ext') : c.v4('ext');
      const sp = c.port(), dp = c.pick([443, 53, 80, 22]);
      const u = c.chance(0.6) ? L`${c.ad.netbios}\\${usr(c.user())}` : 'N/A';
      const sd = L`[junos@2636.1.1.1.2.${c.pick([26, 40, 129, 135])} source-address="${ip(src)}" source-port="${sp}" destination-address="${ip(dst)}" destination-port="${dp}" connection-tag="0" service-name="${c.pick(['junos-https', 'junos-dns-udp', 'None'])}" nat-source-address="${v6 ? ip(src) : ip(c.v4('pub'))}" nat-source-port="${c.port()}" nat-destination-address="${ip(dst)}" nat-destination-port="${dp}" nat-rule-type="source rule" nat-rule-name="${c.pick(['snat-out', 'N/A'])}" protocol-id="${c.pick([6, 17])}" policy-name="${c.pick(['allow-out', 'default-deny'])}" source-zone-name="trust" destination-zone-name="untrust" session-id="${c.int(1000, 99999999)}" username="${u}" roles="N/A" packet-incoming-interface="ge-0/0/${c.int(0, 15)}.0" application="${c.pick(['SSL', 'DNS', 'HTTP'])}" nested-application="UNKNOWN" encrypted="UNKNOWN"]`;
      return L`<${c.pri()}>1 ${c.T.iso(3, c.pick(['Z', '+01:00']))} ${dev} RT_FLOW - RT_FLOW_SESSION_${c.pick(['CREATE', 'CREATE', 'DENY'])} ${sd} session created ${ip(src)}/${sp}->${ip(dst)}/${dp} 0x0 ${c.pick(['junos-https', 'junos-dns-udp'])} ${v6 ? ip(src) : ip(c.v4('pub'))}/${c.port()}->${ip(dst)}/${dp} 0x0 source rule N/A N/A ${c.pick([6, 17])} allow-out trust untrust ${c.int(1000, 99999999)} ${u}(N/A) ge-0/0/${c.int(0, 15)}.0 SSL UNKNOWN UNKNOWN`;
    },
  },
  {
    id: 'pfsense-filterlog', w: 5,
    gen(c) {
      const head = c.hdr({ host: c.pick(['pfsense', 'opnsense.localdomain', 'fw-home']), tag: 'filterlog', pid: c.pid(), style: c.pick(['p', 'f', '5']) });
      const rule = c.int(4, 120), track = `${c.int(1000000000, 1999999999)}`;
      const ifc = c.pick(['igb0', 'igb1', 'em0', 'vtnet0', 'ix0', 'lagg0.10']);
      const act = c.pick(['block', 'pass', 'block']), dir = c.pick(['in', 'out']);
      if (c.chance(0.35)) {
        const proto = c.pick([['UDP', 17], ['TCP', 6], ['ICMPv6', 58]]);
        const base = L`${head}${rule},,,${track},${ifc},match,${act},${dir},6,0x00,0x${c.hex(5)},${c.pick([64, 255, 57])},${proto[0]},${proto[1]},${c.int(20, 1400)},${ip(c.v6(c.pick(['ext', 'lan', 'll'])))},${ip(c.v6(c.pick(['lan', 'srv'])))},`;
        if (proto[1] === 58) return L`${base}${c.pick(['neighbor-solicitation', 'router-advertisement', 'echo-request'])}`;
        return L`${base}${c.port()},${c.pick([53, 443, 22, 123])},${c.int(20, 1400)}`;
      }
      if (c.chance(0.06)) return L`${head}${rule},,,${track},${ifc},match,pass,in,4,0x10,,128,0,0,none,17,udp,328,${ip('0.0.0.0')},${ip('255.255.255.255')},68,67,308`;
      const src = c.v4(c.pick(['ext', 'lan', 'cgnat'])), dst = c.v4(c.pick(['pub', 'lan', 'srv']));
      if (c.chance(0.25)) return L`${head}${rule},,,${track},${ifc},match,${act},${dir},4,0x0,,${c.int(32, 128)},${c.int(1, 65535)},0,none,17,udp,${c.int(40, 600)},${ip(src)},${ip(dst)},${c.port()},${c.pick([53, 123, 161, 1900, 5353])},${c.int(8, 500)}`;
      return L`${head}${rule},,,${track},${ifc},match,${act},${dir},4,0x0,,${c.int(32, 128)},${c.int(1, 65535)},0,${c.pick(['DF', 'none'])},6,tcp,${c.int(40, 60)},${ip(src)},${ip(dst)},${c.port()},${c.pick([22, 23, 445, 3389, 8080, 443])},0,S,${c.int(100000000, 4294967295)},,${c.pick([1024, 29200, 64240, 65535])},,${c.pick(['mss;sackOK;TS;nop;wscale', 'mss', 'mss;nop;wscale;nop;nop;sackOK'])}`;
    },
  },
];
