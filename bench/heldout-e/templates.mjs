// Set E templates. Each template: { id, w (weight), gen(c) -> line | line[] } where a line is
// built with L`...` (see world.mjs). Formats written from general knowledge; values invented.
import { L, J, I, IK, U, E, M, K, O, X, macFmt } from './world.mjs';

const UA = ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15', 'curl/8.5.0', 'python-requests/2.31.0', 'Go-http-client/1.1', 'okhttp/4.12.0'];
function ua(c) {
  const u = c.r.pick(UA);
  if (u.endsWith('Chrome/')) return L`${u}${X(`${c.r.int(118, 124)}.0.0.0`)} Safari/537.36`;
  return L`${u}`;
}

const ALL = [
  // ------------------------------------------------------------------ Cisco
  { id: 'fmc_audit', w: 3, gen(c) {
    const p = c.person(), ip = c.ipIn();
    const ev = c.r.pick(['Login', 'Logout', 'Deploy', 'Policy Edit']);
    return L`${c.hd.bsd(c.host('fmc'), 'SFIMS', null)}[Audit Log] ${c.host('fmc')}: ${U(p.user)}@${I(ip)}, System > Users > ${ev}, ${ev === 'Login' ? 'Login Success' : 'Page View'}`;
  } },
  { id: 'fmc_audit_fail', w: 2, gen(c) {
    const p = c.person(), ip = c.ipAny();
    return L`${c.hd.bsd(c.host('fmc'), 'SF-IMS', c.r.int(1000, 9000))}[${c.r.int(10000, 99999)}] UIAuditD:audit [INFO] Login failed for user '${U(p.user)}' from ${I(ip)} via ${c.r.pick(['https', 'ssh'])} (reason: ${c.r.pick(['invalid credentials', 'account locked', 'LDAP bind rejected'])})`;
  } },
  { id: 'ise_passed', w: 3, gen(c) {
    const p = c.person(), mac = c.mac('DASH'), nas = c.server(), fr = c.ipIn();
    const ok = c.r.chance(0.6);
    const code = ok ? '5200 NOTICE Passed-Authentication: Authentication succeeded' : '5400 NOTICE Failed-Attempt: Authentication failed';
    const sess = c.r.hex(24);
    return L`${c.hd.bsd(c.host('ise'), ok ? 'CISE_Passed_Authentications' : 'CISE_Failed_Attempts', null)}${String(c.r.int(1e9, 9e9)).padStart(10, '0')} 1 0 ${c.t.ymdhms()}.${c.r.int(100, 999)} +00:00 ${String(c.r.int(1e9, 9e9))} ${code}, ConfigVersionId=${c.r.int(40, 300)}, Device IP Address=${I(nas)}, UserName=${U(p.user)}, NetworkDeviceName=${c.host('sw')}, User-Name=${p.domain}\\${U(p.user)}, NAS-IP-Address=${I(nas)}, NAS-Port=${c.r.int(50101, 50148)}, Framed-IP-Address=${I(fr)}, Calling-Station-ID=${M(mac)}, cisco-av-pair=audit-session-id=${sess}, AuthenticationMethod=${c.r.pick(['MSCHAPV2', 'EAP-TLS', 'PAP_ASCII'])},${ok ? '' : ' FailureReason=24408 User authentication against Active Directory failed since user has entered the wrong password,'}`;
  } },
  // ------------------------------------------------------------------ Aruba AOS-CX / Ruckus ICX / Mist
  { id: 'aoscx_login', w: 3, gen(c) {
    const p = c.person(), ip = c.ipIn();
    const v = c.r.int(0, 2);
    const body = v === 0 ? L`Event|4642|LOG_INFO|AMM|1/1|User ${U(p.user)} logged in from ${I(ip)} through SSH session.`
      : v === 1 ? L`Event|4644|LOG_WARN|AMM|1/1|User ${U(p.user)} failed to login from ${I(ip)} through REST session. Reason: ${c.r.pick(['Invalid credentials', 'Account locked'])}`
      : L`Event|4646|LOG_INFO|AMM|1/1|Account ${U(p.user)} password changed by ${U(p.user)} from ${I(ip)}`;
    return L`${c.t.iso(6).replace('Z', '+00:00')} ${c.host('sw')} hpe-restd[${c.r.int(900, 9000)}]: ${body}`;
  } },
  { id: 'aoscx_mac', w: 2, gen(c) {
    const mac = c.mac('colon'), port = `1/1/${c.r.int(1, 48)}`;
    return L`${c.t.iso(6).replace('Z', '+00:00')} ${c.host('sw')} hpe-l2mac[${c.r.int(900, 9000)}]: Event|${c.r.pick([1317, 1318])}|LOG_INFO|CDTR|1|MAC ${M(mac)} ${c.r.pick(['learnt on', 'moved to', 'aged out from'])} port ${port} VLAN ${c.r.int(2, 400)}`;
  } },
  { id: 'icx_security', w: 3, gen(c) {
    const p = c.person(), ip = c.ipIn(), mac = c.mac('cisco');
    const v = c.r.int(0, 2);
    const body = v === 0 ? L`Security: SSH login by ${U(p.user)} from src IP ${I(ip)} from src MAC ${M(mac)} to PRIVILEGED EXEC mode`
      : v === 1 ? L`Security: SSH login failed for user ${U(p.user)} from src IP ${I(ip)} from src MAC ${M(mac)}`
      : L`Security: running-config was changed by ${U(p.user)} from ssh client ${I(ip)}`;
    return L`${c.hd.bsd(c.host('sw'), `ICX7150-48P Router`, null).replace(/: $/, ' ')}${body}`;
  } },
  { id: 'mist_webhook', w: 2, gen(c) {
    const p = c.person(), mac = c.mac('bare'), ip = c.ipIn(), ap = c.mac('bare');
    if (c.r.chance(0.5)) return L`{"topic":"audits","events":[{"admin_name":"${O('user', p.display)} ${E(p.email)}","id":"${c.s.uuid()}","message":"${c.r.pick(['Login with Role', 'Update WLAN "corp-secure"', 'Reboot device'])}","org_id":"${c.s.uuid()}","src_ip":"${I(c.ipOut())}","timestamp":${c.t.epoch()}.${c.r.int(100, 999)}}]}`;
    return L`{"topic":"client-join","events":[{"ap":"${M(ap)}","band":"5","bssid":"${M(c.mac('bare'))}","connect":${c.t.epoch()},"mac":"${M(mac)}","ip":"${I(ip)}","ssid":"corp-secure","username":"${U(p.user)}","rssi":-${c.r.int(40, 80)},"site_name":"${c.r.pick(['AMS-HQ', 'NYC-5th', 'Remote'])}"}]}`;
  } },
  // ------------------------------------------------------------------ Fortinet non-FortiGate
  { id: 'fortiswitch', w: 2, gen(c) {
    const p = c.person(), ip = c.ipIn();
    const ok = c.r.chance(0.6);
    return L`date=${c.t.ymd()} time=${c.t.hms()} devname="${c.host('sw')}" devid="S448EN${c.r.HEX(10)}" logid="${ok ? '0100032001' : '0100032002'}" type="event" subtype="system" level="${ok ? 'information' : 'alert'}" vd="root" user="${U(p.user)}" ui="${c.r.pick(['ssh', 'https', 'console'])}(${I(ip)})" action="login" status="${ok ? 'success' : 'failed'}" msg="${ok ? 'Administrator' : 'Administrator'} ${U(p.user)} ${ok ? 'logged in successfully' : 'login failed'} from ${c.r.pick(['ssh', 'https'])}(${I(ip)})"`;
  } },
  { id: 'fortianalyzer', w: 2, gen(c) {
    const p = c.person(), ip = c.ipAny();
    return L`${c.hd.r5424(c.host('faz'), 'FortiAnalyzer')}date=${c.t.ymd()} time=${c.t.hms()} devname=${c.host('faz')} device_id=FAZ-VM${c.r.HEX(10)} log_id=${c.r.int(31000000, 31009999)} type=event subtype=system pri=${c.r.pick(['information', 'warning'])} desc="User login" user="${U(p.user)}" userfrom="GUI(${I(ip)})" msg="User ${U(p.user)} ${c.r.pick(['login successful', 'login failed, password_invalid'])} from GUI(${I(ip)})" adom="root" session_id=${c.r.int(100, 99999)}`;
  } },
  { id: 'fortiap', w: 1, gen(c) {
    const p = c.person(), mac = c.mac('colon');
    return L`date=${c.t.ymd()} time=${c.t.hms()} logid="0104043573" type="event" subtype="wireless" level="notice" vd="root" logdesc="Wireless client authenticated" sn="FP231F${c.r.HEX(8)}" ap="${c.host('ap')}" vap="corp-8021x" ssid="corp-secure" stamac="${M(mac)}" srcip=${I(c.ipIn())} user="${U(p.user)}" group="N/A" action="client-authentication" reason="Reserved 0" msg="Client ${M(mac)} authenticated."`;
  } },
  // ------------------------------------------------------------------ Sophos Central / Zscaler ZPA / Prisma
  { id: 'sophos_central', w: 2, gen(c) {
    const p = c.person();
    const typ = c.r.pick(['Event::Endpoint::UserAutoCreated', 'Event::Endpoint::Threat::Cleaned', 'Event::Endpoint::WebControlViolation']);
    return L`{"id":"${c.s.uuid()}","severity":"${c.r.pick(['low', 'medium', 'high'])}","name":"${c.r.pick(['New user added', 'Malware cleaned up', 'Website blocked'])}: ${p.domain}\\\\${U(p.user)}","location":"${c.wks()}","type":"${X(typ)}","source_info":{"ip":"${I(c.ipIn())}"},"customer_id":"${c.s.uuid()}","endpoint_type":"computer","endpoint_id":"${c.s.uuid()}","suser":"${p.domain}\\\\${U(p.user)}","user_id":"${c.r.hex(24)}","created_at":"${c.t.iso()}","when":"${c.t.iso()}"}`;
  } },
  { id: 'zpa_user', w: 2, gen(c) {
    const p = c.person();
    return L`{"LogTimestamp":"${c.t.iso(0).replace('T', ' ').replace('Z', '')}","Customer":"Northbeam","Username":"${E(p.email)}","SessionID":"${c.r.str(20, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}","SessionStatus":"${c.r.pick(['ZPN_STATUS_AUTHENTICATED', 'ZPN_STATUS_DISCONNECTED'])}","Version":"${X(c.r.pick(['4.2.0.198', '4.3.0.142', '3.9.0.156']))}","Platform":"${c.r.pick(['windows', 'mac', 'ios'])}","ClientPublicIP":"${I(c.ipOut())}","ClientPrivateIP":"${I(c.ipIn())}","ClientLatitude":52.37,"ClientLongitude":4.89,"ClientCountryCode":"NL","Hostname":"${c.wks()}","ConnectorIP":"${I(c.server())}","TotalBytesRx":${c.r.int(1000, 9e6)}}`;
  } },
  { id: 'prisma_gp', w: 1, gen(c) {
    const p = c.person();
    return L`{"LogType":"GLOBALPROTECT","EventIDValue":"${c.r.pick(['gateway-auth', 'portal-prelogin', 'gateway-connected'])}","SourceUserName":"${E(p.email)}","PublicIPv4":"${I(c.ipOut())}","PrivateIPv4":"${I(c.ipIn())}","PublicIPv6":"${I(c.v6())}","HostID":"${c.s.uuid()}","MachineName":"${c.wks()}","EndpointOSVersion":"Microsoft Windows 11 Enterprise , 64-bit","GlobalProtectClientVersion":"${c.r.pick(['6.2.1-', '6.1.3-'])}${c.r.int(10, 99)}","Status":"${c.r.pick(['success', 'failure'])}","Error":"","TimeGenerated":"${c.t.iso()}"}`;
  } },
  // ------------------------------------------------------------------ Infoblox / DNS
  { id: 'infoblox_audit', w: 2, gen(c) {
    const p = c.person(), ip = c.ipIn();
    const v = c.r.int(0, 2);
    const body = v === 0 ? L`Login_Allowed - - to=AdminConnector ip=${I(ip)} auth=${c.r.pick(['LOCAL', 'RADIUS', 'AD'])} group=${c.r.pick(['dns-admins', 'netops'])} apparently_via=${c.r.pick(['GUI', 'API'])}`
      : v === 1 ? L`Login_Denied - - to=AdminConnector ip=${I(ip)} info=${c.r.pick(['Wrong password', 'Unknown user'])}`
      : L`Modified HostRecord ${c.fqdn()} DnsView=default: Changed ipv4addrs:[ipv4addr=${I(c.ipIn())}]->[ipv4addr=${I(c.ipIn())}]`;
    return L`${c.hd.bsd(c.host('ib'), 'httpd', null)}${c.t.ymdhms()}.${c.r.int(100, 999)}Z [${U(p.user)}]: ${body}`;
  } },
  { id: 'infoblox_named', w: 2, gen(c) {
    const ip = c.ipIn(), n = c.fqdn();
    return L`${c.hd.bsd(c.host('ib'), 'named', c.r.int(1000, 30000))}client @0x7f${c.r.hex(10)} ${I(ip)}#${c.port()} (${n}): query: ${n} IN ${c.r.pick(['A', 'AAAA', 'PTR', 'TXT'])} +${c.r.pick(['', 'E(0)', 'EDC'])} (${I(c.server())})`;
  } },
  { id: 'msdns_debug', w: 2, gen(c) {
    const ip = c.ipIn(), n = c.fqdn();
    const enc = n.split('.').map((x) => `(${x.length})${x}`).join('') + '(0)';
    return L`${c.t.us().replace(/^0/, '')} ${c.t.hms()} ${c.r.pick(['AM', 'PM'])} ${c.r.HEX(4)} PACKET  ${c.r.HEX(16)} UDP ${c.r.pick(['Rcv', 'Snd'])} ${I(ip)}   ${c.r.hex(4)}   Q [0001   D   NOERROR] ${c.r.pick(['A     ', 'AAAA  ', 'SRV   '])} ${enc}`;
  } },
  // ------------------------------------------------------------------ Citrix ADC / Guacamole / Nextcloud / Vaultwarden / Teleport
  { id: 'citrix_aaa', w: 2, gen(c) {
    const p = c.person(), ip = c.ipOut(), vs = c.server();
    return L`${c.hd.bsd(c.host('adc'), '', null).replace(/ : $/, ' ').replace(/: $/, ' ')}${c.t.us()}:${c.t.hms()} GMT ${c.host('adc')} 0-PPE-${c.r.int(0, 3)} : default AAA LOGIN_FAILED ${c.r.int(10000, 999999)} 0 : User ${U(p.user)} - Client_ip ${I(ip)} - Failure_reason "${c.r.pick(['Invalid credentials', 'Password expired', 'User locked'])}" - Vserver ${I(vs)}:443 - Browser ${ua(c)}`;
  } },
  { id: 'guacamole', w: 2, gen(c) {
    const p = c.person(), a = c.ipIn(), b = c.ipOut();
    const ok = c.r.chance(0.6);
    return L`${c.t.hms()}.${c.r.int(100, 999)} [http-nio-8080-exec-${c.r.int(1, 10)}] ${ok ? 'INFO ' : 'WARN '} o.a.g.r.auth.AuthenticationService - ${ok ? L`User "${U(p.user)}" successfully authenticated from [${I(a)}, ${I(b)}].` : L`Authentication attempt from [${I(a)}, ${I(b)}] for user "${U(p.user)}" failed.`}`;
  } },
  { id: 'nextcloud', w: 2, gen(c) {
    const p = c.person(), ip = c.ipOut();
    return L`{"reqId":"${c.r.str(20, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}","level":2,"time":"${c.t.isoOff()}","remoteAddr":"${I(ip)}","user":"--","app":"no app in context","method":"POST","url":"/login","message":"Login failed: ${U(p.user)} (Remote IP: ${I(ip)})","userAgent":"${ua(c)}","version":"${X(c.r.pick(['28.0.3.2', '27.1.6.1', '29.0.0.19']))}","data":{"app":"no app in context"}}`;
  } },
  { id: 'vaultwarden', w: 2, gen(c) {
    const p = c.person(), ip = c.ipOut();
    return L`[${c.t.ymdhms()}.${c.r.int(100, 999)}][${X('vaultwarden::api::identity')}][ERROR] Username or password is incorrect. Try again. IP: ${I(ip)}. Username: ${E(p.email)}.`;
  } },
  { id: 'teleport', w: 2, gen(c) {
    const p = c.person(), ip = c.ipOut();
    const ok = c.r.chance(0.5);
    return L`{"addr.remote":"${I(ip)}:${c.port()}","cluster_name":"teleport.example.net","code":"${ok ? 'T1000I' : 'T1000W'}","ei":0,"event":"user.login","method":"local",${ok ? '' : '"error":"invalid username, password or second factor",'}"success":${ok},"time":"${c.t.iso()}","uid":"${c.s.uuid()}","user":"${E(p.email)}","user_agent":"${ua(c)}"}`;
  } },
  // ------------------------------------------------------------------ VMware / Nutanix / iLO / iDRAC / QNAP / Veeam
  { id: 'nsx_audit', w: 2, gen(c) {
    const p = c.person();
    return L`<${c.r.int(100, 190)}>1 ${c.t.iso()} ${c.host('nsxmgr')} NSX ${c.r.int(1000, 9000)} - [nsx@6876 audit="true" comp="nsx-manager" entId="${c.s.uuid()}" level="INFO" subcomp="manager" update="false" username="${E(p.email)}"] UserName="${E(p.email)}", ModuleName="AAA", Operation="${c.r.pick(['LOGIN', 'LOGOUT', 'GetFirewallSection'])}", Operation status="${c.r.pick(['success', 'failure'])}"`;
  } },
  { id: 'nsx_fw', w: 2, gen(c) {
    const a = c.ipIn(), b = c.ipIn();
    return L`<${c.r.int(100, 190)}>1 ${c.t.iso()} ${c.host('esx')} NSX ${c.r.int(1000, 90000)} FIREWALL [nsx@6876 comp="nsx-esx" subcomp="vsip-fw" s2comp="packet-log"] INET match ${c.r.pick(['PASS', 'DROP', 'REJECT'])} ${c.r.int(1000, 9999)} ${c.r.pick(['IN', 'OUT'])} ${c.r.int(40, 1500)} ${c.r.pick(['TCP', 'UDP'])} ${I(a)}/${c.port()}->${I(b)}/${c.r.pick([443, 53, 22, 3389, 5432])} ${c.r.pick(['S', 'SEW', 'PROTO'])}`;
  } },
  { id: 'esxi_hostd', w: 3, gen(c) {
    const p = c.person(), ip = c.ipIn();
    const v = c.r.int(0, 2);
    const body = v === 0 ? L`Event ${c.r.int(100, 99999)} : User ${U(p.user)}@${I(ip)} logged in as ${c.r.pick(['VMware-client/6.5.0', 'pyvmomi Python/3.11.4 (Linux; 6.1.0-18-amd64; x86_64)', 'Mozilla/5.0'])}`
      : v === 1 ? L`Event ${c.r.int(100, 99999)} : Cannot login ${U(p.user)}@${I(ip)}`
      : L`Event ${c.r.int(100, 99999)} : User ${U(p.user)}@${I(ip)} logged out (login time: ${c.t.iso(6)}, number of API invocations: ${c.r.int(0, 900)}, user agent: VMware-client/6.5.0)`;
    return L`${c.t.iso()} ${c.host('esx')} Hostd: info hostd[${c.r.int(100000, 999999)}] [Originator@6876 sub=Vimsvc.ha-eventmgr opID=${c.r.hex(8)}-${c.r.int(1, 9)}] ${body}`;
  } },
  { id: 'vpxa_shell', w: 1, gen(c) {
    const p = c.person(), ip = c.ipIn();
    return L`${c.t.iso()} ${c.host('esx')} shell[${c.r.int(100000, 999999)}]: [${U(p.user)}]: ${c.r.pick(['esxcli network ip interface ipv4 get', 'vim-cmd vmsvc/getallvms', 'cat /var/log/vmkernel.log'])}` ;
  } },
  { id: 'nutanix_audit', w: 2, gen(c) {
    const p = c.person(), ip = c.ipIn();
    return L`${c.t.ymdhms()},${c.r.int(100, 999)}Z INFO [http-nio-${I('127.0.0.1')}-9081-exec-${c.r.int(1, 60)}] [${E(p.email)}] security.AuditLogger.logEvent:${c.r.int(80, 400)} ${c.r.pick(['Successful login', 'Failed login attempt', 'Logout'])} for user ${E(p.email)} from ${I(ip)}, client type ${c.r.pick(['WEB', 'REST'])}`;
  } },
  { id: 'ilo_iel', w: 2, gen(c) {
    const p = c.person(), ip = c.ipIn();
    const kind = c.r.pick(['Browser login', 'Browser logout', 'IPMI/RMCP login', 'Login failure', 'SSH login']);
    return L`${c.hd.bsd(c.host('ilo'), 'iLO5', null)}${c.r.int(1, 9000)} ${c.t.us()} ${c.t.hms()} ${kind}: ${U(p.user)} - ${I(ip)}(${c.r.chance(0.5) ? 'DNS name not found' : c.wks().toLowerCase() + '.corp.example.net'}).`;
  } },
  { id: 'idrac_lcl', w: 2, gen(c) {
    const p = c.person(), ip = c.ipIn();
    const ok = c.r.chance(0.6);
    const how = c.r.pick(['GUI', 'REDFISH', 'SSH', 'RACADM']);
    return L`${c.hd.bsd(c.host('idrac'), 'Severity: ' + (ok ? 'Informational' : 'Warning') + ', Category: Audit, MessageID', null).replace(/: $/, ': ')}${ok ? 'USR0030' : 'USR0031'}, Message: ${ok ? L`Successfully logged in using ${U(p.user)}, from ${I(ip)} and ${how}.` : L`Unable to log in for ${U(p.user)} from ${I(ip)} using ${how}.`}`;
  } },
  { id: 'qnap_conn', w: 2, gen(c) {
    const p = c.person(), ip = c.ipIn();
    return L`${c.hd.bsd(c.host('nas'), 'qlogd', c.r.int(1000, 9000))}conn log: Users: ${U(p.user)}, Source IP: ${I(ip)}, Computer name: ${c.r.chance(0.5) ? '---' : c.wks().toLowerCase()}, Connection type: ${c.r.pick(['SAMBA', 'HTTP', 'SSH', 'AFP'])}, Accessed resources: ${c.r.pick(['Public', 'Finance', 'Home'])}/${c.r.pick(['Q3-report.xlsx', 'scans', 'archive/2023'])}, Action: ${c.r.pick(['Read', 'Write', 'Login OK', 'Login Fail'])}`;
  } },
  { id: 'veeam', w: 2, gen(c) {
    const p = c.person();
    const v = c.r.int(0, 1);
    if (v === 0) return L`${c.hd.bsd(c.host('bkp'), 'Veeam_MP', null)}[origin enterpriseId="31023"] [categoryId=0 instanceId=${c.r.int(110, 190)} DisplayName="${c.r.pick(['Daily-SQL', 'File-Servers', 'Exchange-DAG'])}" JobType="0" JobID="${c.s.uuid()}" Initiator="${p.domain}\\${U(p.user)}" Version="${X(c.r.pick(['12.1.1.56', '12.0.0.1420']))}"] Job has been ${c.r.pick(['started', 'stopped', 'modified'])} by user ${p.domain}\\${U(p.user)}.`;
    return L`${c.hd.bsd(c.host('bkp'), 'Veeam_MP', null)}User ${p.domain}\\${U(p.user)} has logged in to the Veeam Backup & Replication console from ${I(c.ipIn())} (${c.wks()}).`;
  } },
  // ------------------------------------------------------------------ Windows via Winlogbeat, NPS
  { id: 'winlogbeat', w: 3, gen(c) {
    const p = c.person(), ip = c.ipIn();
    const code = c.r.pick(['4624', '4625', '4740', '4768']);
    return L`{"@timestamp":"${c.t.iso()}","event":{"code":"${code}","provider":"Microsoft-Windows-Security-Auditing","outcome":"${code === '4625' ? 'failure' : 'success'}"},"winlog":{"channel":"Security","computer_name":"${c.host('dc')}.corp.example.net","event_data":{"TargetUserName":"${U(p.user)}","TargetDomainName":"${p.domain}","TargetUserSid":"${O('user', `S-1-5-21-${c.r.int(1e9, 4e9)}-${c.r.int(1e9, 4e9)}-${c.r.int(1e9, 4e9)}-${c.r.int(1100, 9999)}`)}","IpAddress":"${c.r.chance(0.2) ? I('::ffff:' + ip) : I(ip)}","IpPort":"${c.port()}","WorkstationName":"${c.wks()}","LogonType":"${c.r.pick(['2', '3', '10'])}","LogonProcessName":"NtLmSsp ","AuthenticationPackageName":"NTLM"},"record_id":${c.r.int(1e6, 9e7)}},"host":{"name":"${c.host('dc')}"},"agent":{"type":"winlogbeat","version":"8.12.2"}}`;
  } },
  { id: 'nps_ias', w: 2, gen(c) {
    const p = c.person(), mac = c.mac('DASH'), nas = c.server();
    return L`"${c.host('nps').toUpperCase()}","IAS",${c.t.us()},${c.t.hms()},${c.r.pick([1, 2, 3])},"${U(p.user)}","${p.domain}\\${U(p.user)}","${M(c.mac('DASH'))}:corp-secure","${M(mac)}",,,"${c.host('ap')}","${I(nas)}",${c.r.int(0, 50)},0,"${I(nas)}","${c.host('wlc')}",,,19,,,11,"Corp Wireless",0,"311 1 ${I(c.server())} ${c.t.us()} ${c.t.hms()} ${c.r.int(10, 999)}",,,,"Microsoft: Secured password (EAP-MSCHAP v2)",,,,,,"${c.r.int(16, 17)}",,,"${c.r.hex(8)}"`;
  } },
  // ------------------------------------------------------------------ containers / orchestration / CI
  { id: 'kubectl_secret', w: 2, gen(c) {
    const p = c.person(), pw = c.s.pw();
    return L`${c.t.iso()} ${c.host('ci')} bash[${c.r.int(1000, 60000)}]: + kubectl -n ${c.r.pick(['payments', 'web', 'data'])} create secret docker-registry regcred --docker-server=registry.example.com --docker-username=${U(p.user)} --docker-password=${K(pw)} --docker-email=${E(p.email)}`;
  } },
  { id: 'kubelet', w: 2, gen(c) {
    const pod = `${c.r.pick(['api', 'worker', 'web'])}-${c.r.hex(10)}-${c.r.str(5, 'bcdfghjklmnpqrstvwxz2456789')}`;
    const ip = c.ipIn();
    return L`${c.hd.bsd(c.host('k8s-node'), 'kubelet', c.r.int(800, 3000))}E${c.t.klog()}    ${c.r.int(800, 3000)} prober.go:${c.r.int(100, 300)}] "Probe failed" probeType="Readiness" pod="${c.r.pick(['web', 'payments'])}/${pod}" podUID="${c.s.uuid()}" containerName="${c.r.pick(['app', 'sidecar'])}" probeResult="failure" output="Get \\"http://${I(ip)}:${c.r.pick([8080, 9090, 8443])}/healthz\\": dial tcp ${I(ip)}:${c.r.pick([8080, 9090])}: connect: connection refused"`;
  } },
  { id: 'docker_login', w: 1.5, gen(c) {
    const p = c.person(), tok = c.r.chance(0.5) ? c.s.ghp() : c.s.pw();
    return [
      L`${c.t.iso()} ${c.host('ci')} runner[${c.r.int(1000, 60000)}]: $ docker login -u ${U(p.user)} -p ${K(tok)} ${c.r.pick(['ghcr.io', 'registry.example.com', 'harbor.example.net'])}`,
      L`${c.t.iso()} ${c.host('ci')} runner[${c.r.int(1000, 60000)}]: WARNING! Using --password via the CLI is insecure. Use --password-stdin.`,
    ];
  } },
  { id: 'dockerd', w: 1, gen(c) {
    const ip = c.ipIn();
    return L`${c.hd.bsd(c.host('app'), 'dockerd', c.r.int(500, 3000))}time="${c.t.iso(9)}" level=${c.r.pick(['warning', 'error'])} msg="Error getting v2 registry: Get \\"https://${I(ip)}:5000/v2/\\": http: server gave HTTP response to HTTPS client" spanID=${c.r.hex(16)} traceID=${c.r.hex(32)}`;
  } },
  { id: 'nomad_consul', w: 2, gen(c) {
    const tok = c.s.uuid(), ip = c.server();
    if (c.r.chance(0.5)) return L`${c.t.iso()} ${c.host('app')} nomad[${c.r.int(500, 3000)}]:     ${c.t.iso()} [ERROR] client.driver_mgr.docker: failed pulling container: driver=docker image_ref=registry.example.com/app:${X(`1.${c.r.int(0, 30)}.${c.r.int(0, 9)}`)} error="API error (500): Get https://registry.example.com/v2/: unauthorized: authentication required" auth_username=${U(c.person().user)}`;
    return L`${c.t.iso()} ${c.host('app')} consul-template[${c.r.int(500, 3000)}]: [DEBUG] (runner) running command: consul kv get -http-addr=http://${I(ip)}:8500 -token=${K(tok)} config/${c.r.pick(['db', 'billing', 'edge'])}/dsn`;
  } },
  { id: 'jenkins_console', w: 3, gen(c) {
    const p = c.person();
    const v = c.r.int(0, 3);
    const pre = `[${c.t.iso()}] `;
    if (v === 0) return L`${pre}+ curl -sS -u ${U(p.user)}:${K(c.s.pwUrl())} -X POST https://artifactory.example.net/artifactory/api/build`;
    if (v === 1) return L`${pre}+ git clone https://${O('user', 'oauth2')}:${K(c.s.glpat())}@gitlab.example.com/platform/${c.r.pick(['infra', 'edge-config', 'billing'])}.git`;
    if (v === 2) return L`${pre}+ npm config set //registry.npmjs.org/:_authToken ${K(c.s.npm())}`;
    return L`${pre}[Pipeline] withCredentials Masking supported pattern matches of $DEPLOY_PASSWORD or $GITHUB_TOKEN; started by user ${O('user', p.display)} (${U(p.user)})`;
  } },
  { id: 'gitlab_runner', w: 0.5, gen(c) {
    const p = c.person();
    return [
      L`Running with gitlab-runner ${X(`16.${c.r.int(5, 11)}.${c.r.int(0, 3)}`)} (${c.r.hex(8)})`,
      L`  on ${c.host('ci')} ${c.r.str(8, 'abcdefghijklmnopqrstuvwxyz0123456789')}, system ID: s_${c.r.hex(12)}`,
      L`Checking out ${c.r.hex(8)} as detached HEAD (ref is ${c.r.pick(['main', 'release/2024.03', 'feature/sso'])})...`,
      L`$ echo "//npm.pkg.github.com/:_authToken=${K(c.s.ghp())}" >> .npmrc`,
      L`$ export AWS_ACCESS_KEY_ID=${K(c.s.akia())} AWS_SECRET_ACCESS_KEY=${K(c.s.awsSecret())}`,
      L`Job succeeded for ${U(p.user)} <${E(p.email)}>`,
    ];
  } },
  { id: 'gitlab_runner_reg', w: 0.5, gen(c) {
    return L`${c.hd.bsd(c.host('ci'), 'gitlab-runner', c.r.int(500, 9000))}Registering runner... succeeded  correlation_id=${c.r.str(26, '0123456789ABCDEFGHJKMNPQRSTVWXYZ')} runner=${c.r.str(8, 'abcdefghijklmnopqrstuvwxyz0123456789')} token=${K(c.s.glrt())} url=https://gitlab.example.com/`;
  } },
  { id: 'ansible', w: 3, gen(c) {
    const p = c.person(), h = `${c.host('db')}.example.net`, pw = c.s.pw().replace(/'/g, '');
    const v = c.r.int(0, 2);
    if (v === 0) return [L`TASK [mysql_user : create application users] *********************************`, L`changed: [${h}] => (item={'name': '${U(p.user)}', 'password': '${K(pw)}', 'priv': '*.*:SELECT', 'host': '${I(c.ipIn())}'})`];
    if (v === 1) return L`fatal: [${I(c.ipIn())}]: UNREACHABLE! => {"changed": false, "msg": "Failed to connect to the host via ssh: ${U(p.user)}@${I(c.ipIn())}: Permission denied (publickey,password).", "unreachable": true}`;
    return L`ok: [${h}] => {"ansible_facts": {"ansible_user": "${U(p.user)}", "ansible_become_password": "${K(pw)}", "ansible_host": "${I(c.ipIn())}", "ansible_python_version": "${X('3.11.2')}"}, "changed": false}`;
  } },
  { id: 'terraform', w: 0.5, gen(c) {
    const p = c.person();
    return [
      L`  # azurerm_mssql_server.main will be created`,
      L`  + resource "azurerm_mssql_server" "main" {`,
      L`      + administrator_login          = "${U(p.user)}"`,
      L`      + administrator_login_password = "${K(c.s.pw())}"`,
      L`      + version                      = "12.0"`,
      L`    }`,
      L`azurerm_storage_account.logs: Refreshing state... [id=/subscriptions/${c.s.uuid()}/resourceGroups/rg-logs/providers/Microsoft.Storage/storageAccounts/stlogs${c.r.hex(6)}]`,
      L`  ~ primary_connection_string = (sensitive value)`,
    ];
  } },
  { id: 'cloud_init', w: 0.6, gen(c) {
    const ip = c.ipIn(), mac = c.mac('colon'), p = c.person();
    const pre = `${c.hd.bsd(c.host('app'), 'cloud-init', c.r.int(500, 900))}`;
    return [
      L`${pre}ci-info: +--------+------+------------------------------+---------------+--------+-------------------+`,
      L`${pre}ci-info: | Device |  Up  |           Address            |      Mask     | Scope  |     Hw-Address    |`,
      L`${pre}ci-info: |  ens3  | True |         ${I(ip)}         | ${IK('255.255.255.0')} | global | ${M(mac)} |`,
      L`${pre}ci-info: |  ens3  | True | ${I(c.v6())}/64 |       .       |  link  | ${M(mac)} |`,
      L`${pre}ci-info: ++++++Authorized keys from /home/${U(p.user)}/.ssh/authorized_keys for user ${U(p.user)}+++++++`,
      L`${pre}Set the following 'random' passwords`,
      L`${pre}${U(p.user)}:${K(c.s.pwUrl())}`,
    ];
  } },
  { id: 'journal_json', w: 3, gen(c) {
    const p = c.person(), ip = c.ipAny();
    const fp = c.r.str(43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/');
    return L`{"__REALTIME_TIMESTAMP":"${c.t.ms()}${c.r.int(100, 999)}","_BOOT_ID":"${c.r.hex(32)}","_HOSTNAME":"${c.host('web')}","SYSLOG_IDENTIFIER":"sshd","_PID":"${c.r.int(1000, 60000)}","_SYSTEMD_UNIT":"ssh.service","PRIORITY":"6","MESSAGE":"Accepted ${c.r.pick(['publickey', 'password', 'keyboard-interactive/pam'])} for ${U(p.user)} from ${I(ip)} port ${c.port()} ssh2: ED25519 SHA256:${O('secret', fp)}"}`;
  } },
  { id: 'snoopy', w: 3, gen(c) {
    const p = c.person(), ip = c.server(), pw = c.s.pwUrl();
    const cmd = c.r.pick([
      () => L`mysql -h ${I(ip)} -u ${U(p.user)} -p${K(pw)} sales`,
      () => L`psql postgresql://${U(p.user)}:${K(pw)}@${I(ip)}:5432/app?sslmode=require`,
      () => L`sshpass -p ${K(pw)} ssh ${U(p.user)}@${I(ip)}`,
      () => L`redis-cli -h ${I(ip)} -a ${K(pw)} INFO replication`,
      () => L`smbclient //${c.host('nas')}/finance -U ${p.domain}/${U(p.user)}%${K(pw)}`,
    ])();
    return L`${c.hd.bsd(c.host('app'), 'snoopy', c.r.int(1000, 60000))}[login:${U(p.user)} ssh:((undefined)) sid:${c.r.int(1000, 60000)} tty:/dev/pts/${c.r.int(0, 9)} (${p.uid}/${U(p.user)}) uid:${p.uid} cwd:/home/${U(p.user)}]: ${cmd}`;
  } },
  { id: 'librenms_snmp', w: 2, gen(c) {
    const ip = c.ipIn(), com = c.s.community();
    if (c.r.chance(0.6)) return L`SNMP[/usr/bin/snmpget -v2c -c ${K(com)} -OUQn -m SNMPv2-MIB -M /opt/librenms/mibs udp:${c.r.chance(0.2) ? L`[${I(c.v6())}]` : I(ip)}:161 ${X('.1.3.6.1.2.1.1.2.0')}]`;
    const p = c.person();
    return L`SNMP[/usr/bin/snmpbulkwalk -v3 -l authPriv -n "" -u ${U(p.user)} -a SHA -A ${K(c.s.pw())} -x AES -X ${K(c.s.pw())} -OQUs -m IF-MIB -M /opt/librenms/mibs udp:${I(ip)}:161 ifXEntry]`;
  } },
  // ------------------------------------------------------------------ web
  { id: 'caddy_access', w: 3, gen(c) {
    const p = c.person(), ip = c.ipOut(), pw = c.s.pwUrl();
    const v = c.r.int(0, 1);
    const hdr = v === 0 ? L`"Authorization":["Basic ${K(c.s.basic(p.user, pw))}"]` : L`"Authorization":["Bearer ${K(c.s.jwt())}"]`;
    return L`{"level":"info","ts":${c.t.epoch()}.${c.r.int(1000000, 9999999)},"logger":"http.log.access.log0","msg":"handled request","request":{"remote_ip":"${I(ip)}","remote_port":"${c.port()}","client_ip":"${I(ip)}","proto":"HTTP/2.0","method":"GET","host":"app.example.net","uri":"/api/v2/reports?limit=50&api_key=${K(c.s.apiKey())}","headers":{${hdr},"User-Agent":["${ua(c)}"]}},"user_id":"${U(p.user)}","duration":0.00${c.r.int(1000, 9999)},"size":${c.r.int(100, 90000)},"status":${c.r.pick([200, 401, 403])}}`;
  } },
  { id: 'caddy_basic_fail', w: 1, gen(c) {
    const ip = c.ipOut();
    return L`${c.t.iso()}\tWARN\thttp.handlers.authentication\tauthentication failed\t{"remote_ip": "${I(ip)}", "remote_port": "${c.port()}", "error": "invalid credentials", "username": "${U(c.person().user)}"}`;
  } },
  { id: 'google_maps_url', w: 1, gen(c) {
    return L`${c.t.iso()} INFO  [geo-worker-${c.r.int(1, 8)}] GET https://maps.googleapis.com/maps/api/geocode/json?address=Keizersgracht+${c.r.int(1, 700)}&key=${K(c.s.gkey())} -> 200 (${c.r.int(30, 900)} ms)`;
  } },
  { id: 'aws_sigv4', w: 2, gen(c) {
    const pre = `${c.t.ymdhms()},${c.r.int(100, 999)} - MainThread - botocore.auth - DEBUG - `;
    if (c.r.chance(0.5)) return L`${pre}Calculated signature = ${K(c.r.hex(64))}`;
    return L`${pre}Authorization: AWS4-HMAC-SHA256 Credential=${K(c.s.akia())}/${c.t.ymd().replace(/-/g, '')}/eu-west-1/s3/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=${K(c.r.hex(64))}`;
  } },
  { id: 'app_tokens', w: 3, gen(c) {
    const p = c.person();
    return c.r.pick([
      () => L`${c.t.iso()} ERROR [billing] stripe.error.AuthenticationError: Invalid API Key provided: sk_live_****${c.r.str(4, 'abcdefghijklmnopqrstuvwxyz0123456789')} (configured key ${K(c.s.stripe())})`,
      () => L`${c.t.iso()} DEBUG [notify] POST https://slack.com/api/chat.postMessage headers={'Authorization': 'Bearer ${K(c.s.slack())}', 'User-Agent': 'python-requests/2.31.0'}`,
      () => L`${c.t.iso()} DEBUG [sync] requests.get('https://api.github.com/repos/northbeam/infra/contents', headers={'Authorization': 'token ${K(c.s.ghp())}'})`,
      () => L`${c.t.iso()} WARN  [blob] using connection string DefaultEndpointsProtocol=https;AccountName=st${c.r.hex(8)};AccountKey=${K(c.s.azKey())};EndpointSuffix=core.windows.net`,
      () => L`${c.t.iso()} INFO  [export] upload https://st${c.r.hex(6)}.blob.core.windows.net/exports/${c.r.hex(8)}.csv?sv=2022-11-02&ss=b&srt=o&sp=rw&se=2024-12-31T23:59:59Z&spr=https&sig=${K(c.s.sasSig())}`,
      () => L`${c.t.iso()} INFO  [auth] token refreshed for ${E(p.email)}: access_token=${K(c.s.jwt(`{"sub":"${c.r.hex(12)}","scope":"read"}`))} expires_in=3600`,
      () => L`${c.t.iso()} DEBUG [vault] X-Vault-Token: ${K(c.s.vault())} GET /v1/secret/data/${c.r.pick(['db', 'smtp'])}`,
      () => L`${c.t.iso()} INFO  [db] connecting with Server=tcp:${I(c.server())},1433;Database=Sales;User Id=${U(p.user)};Password=${K(c.s.pwUrl())};Encrypt=True;`,
      () => L`${c.t.iso()} INFO  [mongo] MongoClient("mongodb+srv://${U(p.user)}:${K(c.s.pwUrl())}@cluster0.${c.r.str(5, 'abcdefghijklmnopqrstuvwxyz0123456789')}.mongodb.net/?retryWrites=true&w=majority")`,
    ])();
  } },
  // ------------------------------------------------------------------ SIP
  { id: 'asterisk_sip', w: 2, gen(c) {
    const p = c.person(), ip = c.ipOut();
    if (c.r.chance(0.5)) return L`[${c.t.ymdhms()}] NOTICE[${c.r.int(1000, 30000)}][C-${c.r.hex(8)}] chan_sip.c: Registration from '"${O('user', p.display)}" <sip:${E(`${p.user.replace(/[^a-z0-9._-]/gi, '')}@pbx.example.net`)}>' failed for '${I(ip)}:${c.port()}' - Wrong password`;
    const ext = String(c.r.int(1000, 1999));
    return L`[${c.t.ymdhms()}] NOTICE[${c.r.int(1000, 30000)}] res_pjsip/pjsip_distributor.c:676 log_failed_request: Request 'REGISTER' from '<sip:${O('email', `${ext}@pbx.example.net`)}>' failed for '${I(ip)}:${c.port()}' (callid: ${c.r.str(22, 'abcdefghijklmnopqrstuvwxyz0123456789')}) - Failed to authenticate`;
  } },
  { id: 'sip_digest', w: 2, gen(c) {
    const p = c.person(), ip = c.ipIn();
    const u = p.user.replace(/[^a-z0-9._-]/gi, '');
    return L`${c.t.ymdhms()}.${c.r.int(100000, 999999)} [DEBUG] sofia.c:${c.r.int(1000, 9000)} recv ${c.r.int(400, 900)} bytes from udp/[${I(ip)}]:5060: Authorization: Digest username="${U(u)}", realm="pbx.example.net", nonce="${c.s.uuid()}", uri="sip:pbx.example.net", response="${K(c.r.hex(32))}", algorithm=MD5, cnonce="${c.r.hex(16)}", qop=auth, nc=00000001`;
  } },
  { id: 'freeswitch_reg', w: 1, gen(c) {
    const ip = c.ipOut();
    return L`${c.t.ymdhms()}.${c.r.int(100000, 999999)} [WARNING] sofia_reg.c:${c.r.int(1500, 3200)} SIP auth failure (REGISTER) on sofia profile 'internal' for [${O('email', `${c.r.int(1000, 1999)}@pbx.example.net`)}] from ip ${I(ip)}`;
  } },
  // ------------------------------------------------------------------ mail, directory
  { id: 'sendmail', w: 2, gen(c) {
    const p = c.person(), q = p, ip = c.ipOut();
    const id = `${c.r.str(6, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}${c.r.int(100000, 999999)}`;
    if (c.r.chance(0.5)) return L`${c.hd.bsd(c.host('mx'), 'sendmail', c.r.int(1000, 60000))}${id}: from=<${E(q.email)}>, size=${c.r.int(900, 90000)}, class=0, nrcpts=${c.r.int(1, 4)}, msgid=<${O('email', `${c.r.hex(12)}@${c.host('app')}.example.net`)}>, proto=ESMTPSA, daemon=MTA, relay=${c.r.pick(['mail-ed1', 'smtp-out'])}.example.org [${I(ip)}]`;
    return L`${c.hd.bsd(c.host('mx'), 'sendmail', c.r.int(1000, 60000))}${id}: AUTH=server, relay=[${I(c.ipIn())}], authid=${U(p.user)}, mech=${c.r.pick(['PLAIN', 'LOGIN'])}, bits=0`;
  } },
  { id: 'dirsrv_access', w: 2, gen(c) {
    const p = c.person(), ip = c.ipIn(), conn = c.r.int(1000, 999999);
    if (c.r.chance(0.4)) return L`[${c.t.clf()}] conn=${conn} fd=${c.r.int(64, 900)} slot=${c.r.int(64, 900)} ${c.r.pick(['SSL ', ''])}connection from ${I(ip)} to ${I(c.server())}`;
    return L`[${c.t.clf()}] conn=${conn} op=${c.r.int(0, 5)} BIND dn="uid=${U(p.user)},ou=people,dc=example,dc=com" method=128 version=3`;
  } },
  { id: 'ad_ldif', w: 0.4, gen(c) {
    const p = c.person();
    return [
      L`dn: CN=${O('user', p.display)},OU=Staff,DC=corp,DC=example,DC=net`,
      L`changetype: modify`,
      L`replace: unicodePwd`,
      L`${X('unicodePwd::')} ${K(Buffer.from(`"${c.s.pwUrl()}"`, 'utf16le').toString('base64'))}`,
      L`-`,
      L`replace: sAMAccountName`,
      L`sAMAccountName: ${U(p.user)}`,
    ];
  } },
  // ------------------------------------------------------------------ printing, VPN clients, physical access
  { id: 'cups', w: 2, gen(c) {
    const p = c.person();
    if (c.r.chance(0.5)) return L`${c.r.pick(['HP_LaserJet_M507', 'Kyocera_TASKalfa', 'Brother_HL-L6400'])} ${U(p.user)} ${c.r.int(100, 9999)} [${c.t.clf()}] total ${c.r.int(1, 40)} - ${I(c.ipIn())} ${c.r.pick(['invoice-2024-03.pdf', 'Microsoft Word - Draft.docx', 'boarding-pass.pdf'])} ${c.r.pick(['iso_a4_210x297mm', 'na_letter_8.5x11in'])} ${c.r.pick(['one-sided', 'two-sided-long-edge'])}`;
    return L`I [${c.t.clf()}] [Job ${c.r.int(100, 9999)}] Queued on "${c.r.pick(['HP_LaserJet_M507', 'Floor3-Color'])}" by "${U(p.user)}".`;
  } },
  { id: 'globalprotect_client', w: 2, gen(c) {
    const p = c.person();
    return L`(T${c.r.int(1000, 30000)}) ${c.t.us().slice(0, 6)}${c.t.us().slice(8)} ${c.t.hms()}:${c.r.int(100, 999)} Debug(${String(c.r.int(10, 999)).padStart(4, ' ')}): ${c.r.pick(['Portal', 'Gateway'])}: vpn.example.net, user: ${U(p.user)}, domain: ${p.domain}, local ip ${I(c.ipIn())}, public ip ${I(c.ipOut())}, client version ${X(c.r.pick(['6.2.1-39', '6.1.4-25']))}`;
  } },
  { id: 'forticlient', w: 2, gen(c) {
    const p = c.person();
    return L`${c.t.us()} ${c.t.hms()} notice vpn date=${c.t.ymd()} time=${c.t.hms()} logdesc="SSLVPN tunnel status" type=traffic subtype=sslvpn pid=${c.r.int(1000, 30000)} user="${U(p.user)}" msg="SSLVPN tunnel ${c.r.pick(['connected', 'disconnected'])}" vpnstate=${c.r.int(1, 2)} vpntunnel="${c.r.pick(['corp-ams', 'corp-nyc'])}" vpnuser="${U(p.user)}" remip=${I(c.ipOut())} assignedip=${I(c.ipIn())} fctver=${X(c.r.pick(['7.2.3.0929', '7.0.12.0420']))}`;
  } },
  { id: 'badge_csv', w: 2, gen(c) {
    const p = c.person();
    return L`${c.t.ymdhms()},${c.r.pick(['Door 3 North Entrance', 'Server Room B2', 'Loading Dock'])},${c.r.pick(['Access Granted', 'Access Denied - Invalid Schedule', 'Door Forced Open'])},${c.r.int(10000, 99999)},"${O('user', `${p.last}, ${p.first}`)}",${U(p.user)},${c.r.pick(['Staff', 'Contractor'])},${c.r.pick(['Reader-07', 'Reader-12'])}`;
  } },
  { id: 'badge_tsv', w: 1, gen(c) {
    const p = c.person();
    return L`${c.t.iso(0)}\tCTRL-${c.r.int(1, 12)}\tREADER ${c.r.int(1, 4)}\tCARD ${c.r.int(1000000, 9999999)}\t${U(p.user)}\t${E(p.email)}\tGRANTED`;
  } },
  // ------------------------------------------------------------------ network config echoes
  { id: 'icx_config_echo', w: 2, gen(c) {
    const p = c.person();
    return c.r.pick([
      () => L`${c.hd.bsd(c.host('sw'), 'Security', null)}${U(p.user)} ran "username ${U(p.user)} password ${K(c.s.pw())}" from ssh client ${I(c.ipIn())}`,
      () => L`${c.t.iso(6).replace('Z', '+00:00')} ${c.host('sw')} hpe-config[${c.r.int(900, 9000)}]: Event|5901|LOG_INFO|AMM|1/1|CLI command by ${U(p.user)}: "radius-server host ${I(c.server())} key plaintext ${K(c.s.psk())} vrf mgmt"`,
      () => L`${c.t.iso(6).replace('Z', '+00:00')} ${c.host('sw')} hpe-config[${c.r.int(900, 9000)}]: Event|5901|LOG_INFO|AMM|1/1|CLI command by ${U(p.user)}: "snmp-server community ${K(c.s.community())}"`,
      () => L`${c.hd.bsd(c.host('sw'), 'Security', null)}${U(p.user)} ran "ip route ${I('0.0.0.0')}/0 ${I(c.ipIn())}" from ssh client ${I(c.ipIn())}`,
      () => L`${c.hd.bsd(c.host('fsw'), 'fswitch', null)}date=${c.t.ymd()} logid="0100044546" type="event" subtype="system" user="${U(p.user)}" cfgpath="system.interface" cfgobj="mgmt" cfgattr="ip[${I(c.ipIn())} ${IK('255.255.255.0')}->${I(c.ipIn())} ${IK(c.r.pick(['255.255.255.0', '255.255.254.0']))}]" msg="Edit system.interface mgmt"`,
      () => L`${c.hd.bsd(c.host('fsw'), 'fswitch', null)}date=${c.t.ymd()} logid="0100044547" type="event" subtype="system" user="${U(p.user)}" cfgpath="user.local" cfgobj="${U(c.person().user)}" cfgattr="passwd[*]" msg="Edit user.local"`,
    ])();
  } },
  { id: 'pem_block', w: 0.5, gen(c) {
    const typ = c.r.pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'OPENSSH PRIVATE KEY', 'EC PRIVATE KEY']);
    const n = c.r.int(3, 7);
    const pre = c.r.chance(0.5) ? `${c.hd.bsd(c.host('app'), 'cloud-init', c.r.int(500, 900))}` : '';
    const out = [L`${pre}-----BEGIN ${typ}-----`];
    for (let i = 0; i < n; i++) out.push(L`${pre}${K(c.s.pemBody())}`);
    out.push(L`${pre}${K(c.s.pemBody().slice(0, c.r.int(12, 60)) + c.r.pick(['', '=', '=='])) }`);
    out.push(L`${pre}-----END ${typ}-----`);
    return out;
  } },
  // ------------------------------------------------------------------ look-alike-only lines
  { id: 'lookalikes', w: 3, gen(c) {
    return c.r.pick([
      () => L`${c.hd.bsd(c.host('app'), 'systemd', 1)}Started ${X(`user@${c.r.int(1000, 1100)}.service`)} - User Manager for UID ${c.r.int(1000, 1100)}.`,
      () => L`${c.hd.bsd(c.host('app'), 'kernel', null)}[${c.r.int(1, 99999)}.${c.r.int(100000, 999999)}] pci ${X(`0000:${c.r.hex(2)}:${c.r.hex(2)}.${c.r.int(0, 7)}`)}: [8086:${c.r.hex(4)}] type 00 class 0x020000`,
      () => L`${c.hd.bsd(c.host('sw'), 'snmpd', c.r.int(500, 3000))}Connection from UDP: [${I(c.server())}]:${c.port()}->[${I(c.ipIn())}]:161 OID ${X(`1.3.6.1.4.1.${c.r.pick([9, 2636, 12356, 14823, 25506])}.${c.r.int(1, 9)}.${c.r.int(1, 99)}.${c.r.int(1, 9)}.${c.r.int(0, 20)}`)}`,
      () => L`${c.hd.bsd(c.host('esx'), 'vmkernel', null)}cpu${c.r.int(0, 63)}:${c.r.int(100000, 999999)})Loading module ${c.r.pick(['nmlx5_core', 'ixgben', 'vmw_ahci'])} version ${X(`${c.r.int(4, 5)}.${c.r.int(16, 23)}.${c.r.int(0, 9)}.${c.r.int(1, 40)}`)}`,
      () => L`${c.hd.bsd(c.host('app'), 'containerd', c.r.int(500, 3000))}time="${c.t.iso(9)}" level=info msg="shim disconnected" id=${c.r.hex(64)} namespace=k8s.io`,
      () => L`${c.hd.bsd(c.host('app'), 'apt', null)}Unpacking openssl (${X(`3.0.${c.r.int(11, 13)}-1~deb12u${c.r.int(1, 3)}`)}) over (3.0.11-1~deb12u2) ... sha256 ${c.r.hex(64)}`,
      () => L`${c.hd.bsd(c.host('dc'), 'ntpd', c.r.int(500, 3000))}kernel reports TIME_ERROR: 0x${c.r.hex(4)}: Clock Unsynchronized; offset ${c.r.int(-999, 999)}.${c.r.int(100, 999)} ms, stratum ${c.r.int(2, 4)}, refid ${c.r.pick(['GPS', 'PPS', 'ATOM'])}`,
      () => L`${c.hd.bsd(c.host('sw'), 'hpe-sysmon', c.r.int(500, 3000))}Event|${c.r.int(1200, 1300)}|LOG_INFO|SYS|1|Firmware ${X(`FL.10.${c.r.int(10, 13)}.${String(c.r.int(1, 1050)).padStart(4, '0')}`)} booted; interface 1/1/${c.r.int(1, 48)} link up at 10Gbps; uptime ${c.r.int(1, 400)}d`,
      () => L`${c.t.iso()} ${c.host('k8s-node')} kubelet[${c.r.int(800, 3000)}]: I${c.t.klog()}    ${c.r.int(800, 3000)} server.go:${c.r.int(400, 500)}] "Kubelet version" kubeletVersion="${X(`v1.${c.r.int(27, 30)}.${c.r.int(0, 9)}`)}" image="registry.k8s.io/pause:3.9" digest="sha256:${c.r.hex(64)}"`,
    ])();
  } },
];

// Some formats are variants of one template (same product, different message); they are merged
// so that each template id stands for one product/log source.
const MERGE = {
  caddy_access: ['caddy_basic_fail'],
  sip_digest: ['freeswitch_reg'],
  badge_csv: ['badge_tsv'],
  esxi_hostd: ['vpxa_shell'],
  gitlab_runner: ['gitlab_runner_reg'],
};
const byId = new Map(ALL.map((t) => [t.id, t]));
const absorbed = new Set(Object.values(MERGE).flat());
export const TEMPLATES = ALL.filter((t) => !absorbed.has(t.id)).map((t) => {
  if (!MERGE[t.id]) return t;
  const parts = [t, ...MERGE[t.id].map((id) => byId.get(id))];
  const w = parts.reduce((a, b) => a + b.w, 0);
  return { id: t.id, w, gen(c) { return c.r.w(parts.map((x) => [x.w, x])).gen(c); } };
});
