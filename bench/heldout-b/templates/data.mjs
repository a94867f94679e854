// Structured telemetry: Windows events via NXLog JSON, Windows DHCP/firewall logs, Zeek TSV logs,
// Suricata EVE, Snort fast alerts, Wazuh alerts, Kubernetes audit, AWS CloudTrail, Entra ID sign-ins.
import { L, J, ip, usr, mac, em, sec, opt, look, dom, join } from '../core.mjs';
import { fmtMac } from '../world.mjs';

const Z = '\t';
const zeekTs = (c) => c.T.epoch(6);
const zuid = (c) => 'C' + c.r.str(17, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789');
const sid = (c) => `S-1-5-21-${c.int(1000000000, 4000000000)}-${c.int(1000000000, 4000000000)}-${c.int(1000000000, 4000000000)}-${c.int(1100, 99999)}`;

export default [
  {
    id: 'nxlog-winsec', w: 5, crlf: 0.3,
    gen(c) {
      const dc = c.pick(['DC01', 'DC02', 'FS01', 'EXCH01']) + '.' + c.w.ad.dns;
      const u = c.user(), d = c.ad.netbios, ws = c.ws();
      const base = { EventTime: c.T.ymd(), Hostname: dc, Keywords: c.pick(['-9214364837600034816', '-9218868437227405312']), SourceName: 'Microsoft-Windows-Security-Auditing', ProviderGuid: '{54849625-5478-4994-A5BA-3E3B0328C30D}', Version: c.int(0, 2), OpcodeValue: 0, RecordNumber: c.int(1000000, 99999999), ProcessID: c.pick([4, 640, 708, 780]), ThreadID: c.int(100, 9999), Channel: 'Security' };
      const k = c.int(0, 4);
      if (k === 0) {
        const a = c.chance(0.2) ? c.v6('lan') : c.v4('lan');
        return J({ ...base, EventType: 'AUDIT_FAILURE', SeverityValue: 4, Severity: 'ERROR', EventID: 4625, Task: 12544, Message: L`An account failed to log on.\r\n\r\nSubject:\r\n\tSecurity ID:\t\tS-1-0-0\r\n\tAccount Name:\t\t-\r\n\r\nAccount For Which Logon Failed:\r\n\tSecurity ID:\t\tS-1-0-0\r\n\tAccount Name:\t\t${usr(u)}\r\n\tAccount Domain:\t\t${d}\r\n\r\nFailure Information:\r\n\tFailure Reason:\t\tUnknown user name or bad password.\r\n\tStatus:\t\t\t0xC000006D\r\n\tSub Status:\t\t0xC000006A\r\n\r\nNetwork Information:\r\n\tWorkstation Name:\t${ws}\r\n\tSource Network Address:\t${ip(a)}\r\n\tSource Port:\t\t${c.port()}`, SubjectUserSid: 'S-1-0-0', SubjectLogonId: '0x0', TargetUserSid: 'S-1-0-0', TargetUserName: usr(u), TargetDomainName: d, Status: '0xc000006d', FailureReason: '%%2313', SubStatus: '0xc000006a', LogonType: String(c.pick([3, 10, 2])), LogonProcessName: 'NtLmSsp ', AuthenticationPackageName: 'NTLM', WorkstationName: ws, IpAddress: ip(a), IpPort: String(c.port()) });
      }
      if (k === 1) {
        return J({ ...base, EventType: 'AUDIT_SUCCESS', SeverityValue: 2, Severity: 'INFO', EventID: 4624, Task: 12544, SubjectUserSid: 'S-1-5-18', SubjectUserName: opt('user', dc.split('.')[0] + '$'), SubjectDomainName: d, SubjectLogonId: '0x3e7', TargetUserSid: opt('user', sid(c)), TargetUserName: usr(u), TargetDomainName: d, TargetLogonId: `0x${c.hex(7)}`, LogonType: String(c.pick([2, 3, 10, 11])), LogonProcessName: 'User32 ', AuthenticationPackageName: 'Negotiate', WorkstationName: ws, LogonGuid: `{${c.uuid()}}`, IpAddress: ip(c.v4('lan')), IpPort: String(c.port()), ImpersonationLevel: '%%1833', ElevatedToken: '%%1842' });
      }
      if (k === 2) {
        return J({ ...base, EventType: 'AUDIT_SUCCESS', SeverityValue: 2, Severity: 'INFO', EventID: 4768, Task: 14339, TargetUserName: usr(u), TargetDomainName: c.ad.realm, TargetSid: opt('user', sid(c)), ServiceName: 'krbtgt', ServiceSid: `S-1-5-21-${c.int(1000000000, 4000000000)}-502`, TicketOptions: '0x40810010', Status: '0x0', TicketEncryptionType: '0x12', PreAuthType: '2', IpAddress: ip(`::ffff:${c.v4('lan')}`), IpPort: String(c.port()), CertIssuerName: '', CertSerialNumber: '', CertThumbprint: '' });
      }
      if (k === 3) {
        return J({ ...base, EventType: 'AUDIT_SUCCESS', SeverityValue: 2, Severity: 'INFO', EventID: 4740, Task: 13824, TargetUserName: usr(u), TargetDomainName: ws, TargetSid: opt('user', sid(c)), SubjectUserSid: 'S-1-5-18', SubjectUserName: opt('user', dc.split('.')[0] + '$'), SubjectDomainName: d, SubjectLogonId: '0x3e7' });
      }
      return J({ ...base, EventType: 'AUDIT_SUCCESS', SeverityValue: 2, Severity: 'INFO', EventID: 4720, Task: 13824, TargetUserName: usr(c.user()), TargetDomainName: d, TargetSid: opt('user', sid(c)), SubjectUserSid: opt('user', sid(c)), SubjectUserName: usr(u), SubjectDomainName: d, SubjectLogonId: `0x${c.hex(7)}`, SamAccountName: '-', DisplayName: '%%1793', UserPrincipalName: '-', PasswordLastSet: '%%1794', UserAccountControl: '%%2080 %%2082 %%2084' });
    },
  },
  {
    id: 'win-dhcp-server', w: 2, crlf: 0.5,
    gen(c) {
      const id = c.pick([[10, 'Assign'], [11, 'Renew'], [12, 'Release'], [15, 'NACK'], [30, 'DNS Update Request'], [31, 'DNS Update Failed']]);
      const ws = c.ws();
      return L`${id[0]},${c.T.us2()},${c.T.hms()},${id[1]},${ip(c.v4('lan'))},${ws}.${c.w.ad.dns},${mac(c.fmac('client', 'BARE'))},,${c.int(100000, 99999999)},0,,,,0x4D53465420352E30,MSFT 5.0,,,,0`;
    },
  },
  {
    id: 'win-firewall', w: 1, crlf: 0.5,
    gen(c) {
      const v6 = c.chance(0.2);
      return L`${c.T.ymd()} ${c.pick(['DROP', 'ALLOW'])} ${c.pick(['TCP', 'UDP', 'ICMP'])} ${ip(v6 ? c.v6('ext') : c.v4('ext'))} ${ip(v6 ? c.v6('lan') : c.v4('lan'))} ${c.port()} ${c.pick([3389, 445, 135, 5985])} ${c.int(40, 1500)} ${c.pick(['S', 'A', '-'])} ${c.int(100000000, 4294967295)} 0 ${c.int(0, 65535)} - - - RECEIVE ${c.int(4, 9999)}`;
    },
  },
  {
    id: 'zeek-conn', w: 5,
    gen(c) {
      const v6 = c.chance(0.2);
      const o = v6 ? c.v6('lan') : c.v4('lan'), r = v6 ? c.v6('ext') : c.v4('ext');
      return L`${zeekTs(c)}${Z}${zuid(c)}${Z}${ip(o)}${Z}${c.port()}${Z}${ip(r)}${Z}${c.pick([443, 53, 80, 123, 22])}${Z}${c.pick(['tcp', 'udp'])}${Z}${c.pick(['ssl', 'dns', 'http', '-', 'ssh'])}${Z}${c.int(0, 99)}.${c.int(100000, 999999)}${Z}${c.int(0, 99999)}${Z}${c.int(0, 999999)}${Z}${c.pick(['SF', 'S0', 'RSTO', 'SH', 'OTH'])}${Z}T${Z}F${Z}0${Z}${c.pick(['ShADadFf', 'Dd', 'S', 'ShADadtfF'])}${Z}${c.int(1, 99)}${Z}${c.int(40, 99999)}${Z}${c.int(0, 99)}${Z}${c.int(0, 999999)}${Z}-${Z}${mac(c.mac('client'))}${Z}${mac(c.mac('cisco'))}`;
    },
  },
  {
    id: 'zeek-dns', w: 3,
    gen(c) {
      const q = c.pick(['www.example.net', 'login.example.com', 'cdn.example.org', 'updates.example.io', 'mail.' + c.w.corpMail]);
      const qt = c.pick([[1, 'A'], [28, 'AAAA'], [12, 'PTR']]);
      let query = q, answers;
      if (qt[0] === 1) answers = join([ip(c.v4('ext')), ip(c.v4('ext'))], ',');
      else if (qt[0] === 28) answers = ip(c.v6('ext'));
      else { const a = c.v4('ext').split('.').reverse().join('.'); query = opt('ip', `${a}.in-addr.arpa`); answers = q; }
      return L`${zeekTs(c)}${Z}${zuid(c)}${Z}${ip(c.v4('lan'))}${Z}${c.port()}${Z}${ip(c.v4('srv'))}${Z}53${Z}udp${Z}${c.int(1, 65535)}${Z}0.${c.int(1000, 99999)}${Z}${query}${Z}1${Z}C_INTERNET${Z}${qt[0]}${Z}${qt[1]}${Z}0${Z}NOERROR${Z}F${Z}F${Z}T${Z}T${Z}0${Z}${answers}${Z}${c.int(30, 3600)}.000000${Z}F`;
    },
  },
  {
    id: 'zeek-http', w: 3,
    gen(c) {
      const host = c.pick(['intranet.' + c.w.corpMail, 'legacy-app.' + c.w.ad.dns, 'printer-3f.' + c.w.ad.dns]);
      const basic = c.chance(0.35);
      const uri = c.pick([
        () => L`/api/status?token=${sec(c.token('hex32'))}`,
        () => L`/index.html`,
        () => L`/cgi-bin/login.cgi`,
        () => L`/reports/q${c.int(1, 4)}.pdf`,
      ])();
      return L`${zeekTs(c)}${Z}${zuid(c)}${Z}${ip(c.v4('lan'))}${Z}${c.port()}${Z}${ip(c.v4('srv'))}${Z}80${Z}1${Z}${c.pick(['GET', 'POST'])}${Z}${host}${Z}${uri}${Z}-${Z}1.1${Z}${c.pick(['Mozilla/5.0 (Windows NT 10.0; Win64; x64)', 'curl/8.5.0'])}${Z}-${Z}0${Z}${c.int(100, 99999)}${Z}${c.pick([200, 401, 302])}${Z}OK${Z}-${Z}-${Z}(empty)${Z}${basic ? usr(c.user()) : '-'}${Z}${basic ? sec(c.pw('alnum')) : '-'}${Z}-${Z}-${Z}-${Z}F${c.alnum(17)}${Z}-${Z}text/html`;
    },
  },
  {
    id: 'zeek-dhcp-kerberos', w: 3,
    gen(c) {
      if (c.chance(0.5)) {
        const a = c.v4('lan');
        return L`${zeekTs(c)}${Z}${zuid(c)},${zuid(c)}${Z}${ip(a)}${Z}${ip(c.v4('srv'))}${Z}${mac(c.mac('client'))}${Z}${c.ws()}${Z}-${Z}${c.w.ad.dns}${Z}${ip(a)}${Z}${ip(a)}${Z}${c.pick([86400, 691200, 28800])}.000000${Z}-${Z}-${Z}REQUEST,ACK${Z}0.${c.int(1000, 99999)}`;
      }
      const R = c.ad.realm, u = c.user();
      const ok = c.chance(0.6);
      return L`${zeekTs(c)}${Z}${zuid(c)}${Z}${ip(c.v4('lan'))}${Z}${c.port()}${Z}${ip(c.v4('srv'))}${Z}88${Z}${c.pick(['AS', 'TGS'])}${Z}${usr(u)}/${R}${Z}krbtgt/${R}${Z}${ok ? 'T' : 'F'}${Z}${ok ? '-' : c.pick(['KDC_ERR_PREAUTH_FAILED', 'KDC_ERR_C_PRINCIPAL_UNKNOWN', 'KDC_ERR_PREAUTH_REQUIRED'])}${Z}${c.T.epoch(6)}${Z}${c.T.epoch(6)}${Z}aes256-cts-hmac-sha1-96${Z}T${Z}T${Z}-${Z}-${Z}-${Z}-`;
    },
  },
  {
    id: 'suricata-eve', w: 5,
    gen(c) {
      const v6 = c.chance(0.2);
      const s = v6 ? c.v6('ext') : c.v4('ext'), d = v6 ? c.v6('srv') : c.v4('srv');
      const base = () => ({ timestamp: c.T.iso(6, '+0000'), flow_id: c.int(100000000000000, 2251799813685247), in_iface: c.pick(['eth1', 'ens4f0', 'mon0']) });
      const k = c.int(0, 3);
      if (k === 0) {
        return J({ ...base(), event_type: 'alert', src_ip: ip(s), src_port: c.port(), dest_ip: ip(d), dest_port: c.pick([443, 80, 22, 445]), proto: 'TCP', ether: { src_mac: mac(c.mac('juniper')), dest_mac: mac(c.mac('vmware')) }, alert: { action: c.pick(['allowed', 'blocked']), gid: 1, signature_id: c.int(2000000, 2049999), rev: c.int(1, 9), signature: c.pick(['ET SCAN Suspicious inbound to mySQL port 3306', 'ET POLICY Possible Kali Linux hostname in DHCP Request Packet', 'ET EXPLOIT Apache log4j RCE Attempt (http ldap) (CVE-2021-44228)']), category: c.pick(['Attempted Information Leak', 'Potentially Bad Traffic']), severity: c.int(1, 3) }, app_proto: c.pick(['tls', 'http', 'failed']) });
      }
      if (k === 1) {
        const url = c.pick([
          () => L`/api/login?apikey=${sec(c.token('hex32'))}`,
          () => L`/wp-admin/admin-ajax.php`,
          () => L`/v1/session?access_token=${sec(c.token('opaque'))}&client=web`,
          () => L`/`,
        ])();
        return J({ ...base(), event_type: 'http', src_ip: ip(c.v4('lan')), src_port: c.port(), dest_ip: ip(c.v4('ext')), dest_port: 80, proto: 'TCP', tx_id: c.int(0, 9), http: { hostname: c.pick(['legacy.example.net', 'portal.example.org']), url, http_user_agent: c.pick(['Mozilla/5.0 (X11; Linux x86_64)', 'python-requests/2.31.0']), http_content_type: 'text/html', http_method: c.pick(['GET', 'POST']), protocol: 'HTTP/1.1', status: c.pick([200, 302, 401]), length: c.int(0, 99999) } });
      }
      if (k === 2) {
        const aaaa = c.chance(0.5);
        return J({ ...base(), event_type: 'dns', src_ip: ip(c.v4('srv')), src_port: 53, dest_ip: ip(c.v4('lan')), dest_port: c.port(), proto: 'UDP', dns: { version: 2, type: 'answer', id: c.int(1, 65535), flags: '8180', qr: true, rd: true, ra: true, rrname: c.pick(['mail.example.com', 'vpn.example.net', 'www.example.org']), rrtype: aaaa ? 'AAAA' : 'A', rcode: 'NOERROR', answers: [{ rrname: 'mail.example.com', rrtype: aaaa ? 'AAAA' : 'A', ttl: c.int(30, 3600), rdata: ip(aaaa ? c.v6('ext') : c.v4('ext')) }] } });
      }
      return J({ ...base(), event_type: 'tls', src_ip: ip(c.v4('lan')), src_port: c.port(), dest_ip: ip(d.includes(':') ? c.v4('ext') : d), dest_port: 443, proto: 'TCP', tls: { subject: `CN=${c.pick(['*.example.net', 'login.example.com'])}`, issuerdn: 'C=US, O=Example Trust, CN=Example TLS RSA CA G1', serial: look(Array.from({ length: 16 }, () => c.HEX(2)).join(':')), fingerprint: look(Array.from({ length: 20 }, () => c.hex(2)).join(':')), sni: c.pick(['login.example.com', 'api.example.net']), version: 'TLS 1.3', notbefore: '2024-01-10T00:00:00', notafter: '2025-02-09T23:59:59', ja3: { hash: c.hex(32) } } });
    },
  },
  {
    id: 'snort-fast', w: 2,
    gen(c) {
      const s = c.v4('ext'), d = c.v4('srv');
      const sig = c.pick(['ET POLICY Suspicious inbound to MSSQL port 1433', 'ET SCAN NMAP -sS window 1024', 'GPL ICMP_INFO PING *NIX', 'ET DROP Dshield Block Listed Source']);
      if (c.chance(0.25)) return L`${c.T.snort()} [**] [1:${c.int(2000000, 2049999)}:${c.int(1, 9)}] "${sig}" [**] [Classification: Misc activity] [Priority: 3] {TCP} [${ip(c.v6('ext'))}]:${c.port()} -> [${ip(c.v6('srv'))}]:${c.pick([22, 443])}`;
      return L`${c.T.snort()}  [**] [1:${c.int(2000000, 2049999)}:${c.int(1, 9)}] ${sig} [**] [Classification: Potentially Bad Traffic] [Priority: 2] {${c.pick(['TCP', 'UDP'])}} ${ip(s)}:${c.port()} -> ${ip(d)}:${c.pick([1433, 22, 3389, 445])}`;
    },
  },
  {
    id: 'wazuh-alert', w: 2,
    gen(c) {
      const u = c.user(), a = c.v4('ext'), p = c.port(), h = c.host('srv');
      const raw = L`${c.T.b()} ${h} sshd[${c.pid()}]: Failed password for ${usr(u)} from ${ip(a)} port ${p} ssh2`;
      if (c.chance(0.7)) {
        return J({ timestamp: c.T.iso(3, '+0000'), rule: { level: 5, description: 'sshd: authentication failed.', id: '5760', mitre: { id: ['T1110.001', 'T1021.004'], tactic: ['Credential Access', 'Lateral Movement'] }, firedtimes: c.int(1, 99), groups: ['syslog', 'sshd', 'authentication_failed'] }, agent: { id: String(c.int(1, 300)).padStart(3, '0'), name: h, ip: ip(c.v4('srv')) }, manager: { name: 'wazuh-manager' }, id: c.T.epoch(6), decoder: { parent: 'sshd', name: 'sshd' }, data: { srcip: ip(a), srcport: String(p), dstuser: usr(u) }, location: '/var/log/auth.log', full_log: raw });
      }
      return [
        L`** Alert ${c.T.epoch(6)}: - syslog,sshd,authentication_failed,`,
        L`${c.T.Y} ${c.T.b()} (${h}) ${ip(c.v4('srv'))}->/var/log/auth.log`,
        L`Rule: 5760 (level 5) -> 'sshd: authentication failed.'`,
        L`Src IP: ${ip(a)}`,
        L`User: ${usr(u)}`,
        raw,
        L``,
      ];
    },
  },
  {
    id: 'k8s-audit', w: 3,
    gen(c) {
      const k = c.int(0, 2);
      const userObj = k === 0 ? { username: em(c.email()), groups: ['oidc:devs', 'system:authenticated'] }
        : k === 1 ? { username: usr(c.user()), groups: ['system:authenticated'] }
          : { username: opt('user', `system:serviceaccount:${c.pick(['prod', 'monitoring'])}:${c.pick(['api', 'prometheus', 'argocd-server'])}`), uid: c.uuid(), groups: ['system:serviceaccounts', 'system:authenticated'] };
      const getSecret = c.chance(0.4);
      const ns = c.pick(['prod', 'staging', 'payments']);
      const ev = { kind: 'Event', apiVersion: 'audit.k8s.io/v1', level: getSecret ? 'RequestResponse' : 'Metadata', auditID: c.uuid(), stage: 'ResponseComplete', requestURI: getSecret ? `/api/v1/namespaces/${ns}/secrets/db-creds` : `/apis/apps/v1/namespaces/${ns}/deployments?limit=500`, verb: getSecret ? 'get' : 'list', user: userObj, sourceIPs: [ip(c.v4('lan'))], userAgent: L`kubectl/${look('v1.29.2')} (linux/amd64) kubernetes/4b8e819`, objectRef: { resource: getSecret ? 'secrets' : 'deployments', namespace: ns, name: getSecret ? 'db-creds' : undefined, apiVersion: 'v1' }, responseStatus: { metadata: {}, code: 200 } };
      if (getSecret) ev.responseObject = { kind: 'Secret', apiVersion: 'v1', metadata: { name: 'db-creds', namespace: ns }, data: { username: opt('secret', Buffer.from(c.svc()).toString('base64')), password: sec(Buffer.from(c.pw('any')).toString('base64')) }, type: 'Opaque' };
      ev.requestReceivedTimestamp = c.T.iso(6);
      ev.stageTimestamp = c.T.iso(6);
      ev.annotations = { 'authorization.k8s.io/decision': 'allow', 'authorization.k8s.io/reason': 'RBAC: allowed by ClusterRoleBinding "devs" of ClusterRole "edit" to Group "oidc:devs"' };
      return J(ev);
    },
  },
  {
    id: 'aws-cloudtrail', w: 3,
    gen(c) {
      const u = c.user(), acct = String(c.int(100000000000, 999999999999));
      const a = c.chance(0.2) ? c.v6('ext') : c.v4('ext');
      const k = c.int(0, 2);
      const ident = { type: 'IAMUser', principalId: `AIDA${c.r.str(17, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`, arn: L`arn:aws:iam::${acct}:user/${usr(u)}`, accountId: acct, accessKeyId: k === 0 ? '' : opt('secret', c.token('akia')), userName: usr(u) };
      const ev = k === 0
        ? { eventVersion: '1.09', userIdentity: ident, eventTime: c.T.iso(0), eventSource: 'signin.amazonaws.com', eventName: 'ConsoleLogin', awsRegion: 'us-east-1', sourceIPAddress: ip(a), userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)', requestParameters: null, responseElements: { ConsoleLogin: c.pick(['Success', 'Failure']) }, additionalEventData: { LoginTo: 'https://console.aws.amazon.com/console/home', MobileVersion: 'No', MFAUsed: c.pick(['Yes', 'No']) }, eventID: c.uuid(), readOnly: false, eventType: 'AwsConsoleSignIn', managementEvent: true, recipientAccountId: acct, eventCategory: 'Management' }
        : k === 1
          ? { eventVersion: '1.08', userIdentity: ident, eventTime: c.T.iso(0), eventSource: 'iam.amazonaws.com', eventName: 'CreateAccessKey', awsRegion: 'us-east-1', sourceIPAddress: ip(a), userAgent: 'aws-cli/2.15.10 Python/3.11.6 Linux/6.1.0-18-amd64 exe/x86_64.debian.12', requestParameters: { userName: usr(u) }, responseElements: { accessKey: { userName: usr(u), accessKeyId: opt('secret', c.token('akia')), status: 'Active', createDate: c.T.iso(0) } }, requestID: c.uuid(), eventID: c.uuid(), readOnly: false, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: acct }
          : { eventVersion: '1.08', userIdentity: ident, eventTime: c.T.iso(0), eventSource: 'ec2.amazonaws.com', eventName: 'AuthorizeSecurityGroupIngress', awsRegion: c.pick(['eu-west-1', 'us-east-2']), sourceIPAddress: ip(a), userAgent: 'console.ec2.amazonaws.com', requestParameters: { groupId: `sg-${c.hex(17)}`, ipPermissions: { items: [{ ipProtocol: 'tcp', fromPort: 22, toPort: 22, ipRanges: { items: [{ cidrIp: L`${ip(c.v4('ext'))}/32` }] } }] } }, responseElements: { _return: true }, requestID: c.uuid(), eventID: c.uuid(), readOnly: false, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: acct };
      return J(ev);
    },
  },
  {
    id: 'entra-signin', w: 2,
    gen(c) {
      const e = c.email(), a = c.chance(0.25) ? c.v6('ext') : c.v4('ext');
      const dn = c.pick(['Jane Roe', 'Wei Zhang', 'Ana Silva', 'Tom Becker', 'Priya Natarajan']);
      return J({ time: c.T.iso(7), resourceId: '/tenants/' + c.uuid() + '/providers/Microsoft.aadiam', operationName: 'Sign-in activity', category: 'SignInLogs', resultType: c.pick(['0', '50126', '50074', '53003']), callerIpAddress: ip(a), correlationId: c.uuid(), identity: opt('user', dn), Level: 4, location: c.pick(['US', 'DE', 'NL']), properties: { id: c.uuid(), createdDateTime: c.T.iso(7), userDisplayName: opt('user', dn), userPrincipalName: em(e), userId: c.uuid(), appDisplayName: c.pick(['Office 365 Exchange Online', 'Azure Portal', 'Microsoft Teams']), ipAddress: ip(a), clientAppUsed: c.pick(['Browser', 'Mobile Apps and Desktop clients', 'IMAP4']), userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)', conditionalAccessStatus: c.pick(['success', 'notApplied', 'failure']), isInteractive: true, tokenIssuerType: 'AzureAD', authenticationRequirement: 'multiFactorAuthentication' } }, { py: c.chance(0.3) });
    },
  },
];
