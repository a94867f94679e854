/**
 * Credentials, accounts and MAC addresses in the forms of particular tools and
 * file formats: PowerShell, the MinIO client, Telegram bot URLs, NUT's upsmon,
 * generated-password banners, XML and .NET settings, Grandstream provisioning,
 * OpenWrt wireless keys,
 * Cisco UCS Manager DNs, NetApp ONTAP's audit and phone provisioning file names.
 */
import type { Rule } from './rule.js';

/** The last word of an XML element or setting name that holds a secret (`SmtpPassword`, `wsse:Password`, `ApiKey`). */
const XML_SECRET_NOUN = String.raw`(?:password|passwd|passphrase|secret|token|apikey|api_key|accesskey|access_key|secretkey|secret_key|privatekey|private_key|psk|presharedkey|sharedkey|authkey|community)`;

export const toolFormatRules: readonly Rule[] = [
  {
    name: 'powershell-securestring',
    kind: 'secret',
    anyOf: ['convertto-securestring'],
    // `ConvertTo-SecureString 'X' -AsPlainText -Force` puts the password in the script block
    // (PowerShell 4104 events, Sysmon command lines). A variable (`$plain`) is not a value.
    re: /\bConvertTo-SecureString[ \t]+(?:-(?:String|AsPlainText|Force)[ \t]+)*(?:'(?<s>[^']+)'|"(?<s2>[^"]+)"|(?<s3>[^ \t'"$(|;)-][^ \t'"|;)]*))/i,
    examples: [
      ["CommandLine: powershell.exe -c \"$p = ConvertTo-SecureString 'Harbor%3490' -AsPlainText -Force\"", "CommandLine: powershell.exe -c \"$p = ConvertTo-SecureString '«s»' -AsPlainText -Force\""],
      ['$s = ConvertTo-SecureString -String "Ex4mple!" -AsPlainText -Force', '$s = ConvertTo-SecureString -String "«s»" -AsPlainText -Force'],
    ],
    keeps: ['$s = ConvertTo-SecureString $plain -AsPlainText -Force', '$s = Read-Host -AsSecureString | ConvertTo-SecureString'],
  },
  {
    name: 'minio-client-alias',
    kind: 'secret',
    anyOf: ['mc alias set', 'mc config host add'],
    // `mc alias set NAME URL ACCESS_KEY SECRET_KEY`: both keys are credentials.
    re: /\bmc[ \t]+(?:alias[ \t]+set|config[ \t]+host[ \t]+add)[ \t]+[^ \t]+[ \t]+[^ \t]+[ \t]+(?<s>[^ \t'"-][^ \t'"]*)[ \t]+(?<s2>[^ \t'"]+)/,
    examples: [['+ mc alias set backup http://192.0.2.31:9000 B9NIVFGLPQ1NRI9EBX0V Bjd8Lhm5gCQIyLMo4jVX37RR', '+ mc alias set backup http://192.0.2.31:9000 «s» «s»']],
    keeps: ['+ mc alias set backup http://192.0.2.31:9000 --api S3v4'],
  },
  {
    name: 'telegram-bot-token',
    kind: 'secret',
    anyOf: ['/bot'],
    // Telegram's Bot API puts the token in the path: `https://api.telegram.org/bot<id>:<secret>/sendMessage`.
    re: /\/bot(?<s>\d{6,12}:[A-Za-z0-9_-]{30,})/,
    examples: [['Post "https://api.telegram.org/bot6406345599:AA8GQ--K8mY3gcNgggRR1MaPaewIuI_sPL_/sendMessage"', 'Post "https://api.telegram.org/bot«s»/sendMessage"']],
    keeps: ['GET /bot/status 200', 'GET /robots.txt 404'],
  },
  {
    name: 'nut-monitor',
    kind: 'secret',
    anyOf: ['monitor '],
    requires: ['master', 'slave', 'primary', 'secondary'],
    // upsmon.conf `MONITOR ups@host POWERVALUE USER PASSWORD primary|secondary`, echoed by upsmon.
    re: /\bMONITOR[ \t]+[^ \t@]+@[^ \t]+[ \t]+\d+[ \t]+(?<u>[^ \t]+)[ \t]+(?<s>[^ \t]+)[ \t]+(?:master|slave|primary|secondary)\b/,
    examples: [['upsmon[31230]: Using config line: MONITOR ups1@192.0.2.15 1 jdoe2 Harbor9421 slave', 'upsmon[31230]: Using config line: MONITOR ups1@192.0.2.15 1 «u» «s» slave']],
    keeps: ['upsmon[1]: UPS ups1@192.0.2.15 on battery, monitor primary'],
  },
  {
    name: 'generated-password',
    kind: 'secret',
    anyOf: ['password for '],
    // Tried only where its literal starts: sshd's `Failed password for` has it in every line.
    anchored: true,
    // Banners that print a generated password once: Elasticsearch's `The generated password for
    // the elastic built-in superuser is : X`, `password for the elastic user: X`.
    re: /\bpassword for (?:the )?[A-Za-z0-9_.-]+(?: built-in)? (?:user|superuser|account)(?: is)?[ \t]*:[ \t]*(?<s>[^ \t]+)/i,
    examples: [
      ['(valid for the next 30 minutes), password for the elastic user: SBOhn4B61Oluo7gfl7gi', '(valid for the next 30 minutes), password for the elastic user: «s»'],
      ['The generated password for the elastic built-in superuser is : u2Z*Lm9PqR', 'The generated password for the elastic built-in superuser is : «s»'],
    ],
    keeps: ['Changed password for user jdoe2', 'Failed password for root from 192.0.2.5 port 22 ssh2'],
  },
  {
    name: 'xml-secret-element',
    kind: 'secret',
    anyOf: ['password', 'passwd', 'passphrase', 'secret', 'token', 'key', 'psk', 'community'],
    requires: ['</'],
    // An element whose name ends in a secret's noun: WS-Security `<wsse:Password Type="...">X</wsse:Password>`,
    // `<SmtpPassword>X</SmtpPassword>`, `<ApiKey>X</ApiKey>`. `<TokenType>` and `<KeyName>` name something else.
    re: new RegExp(String.raw`<(?<t>(?:[A-Za-z][\w.-]*:)?[A-Za-z0-9_-]*?${XML_SECRET_NOUN})(?:[ \t][^>]*)?>(?<s>[^<]{1,512})<\/\k<t>>`, 'i'),
    examples: [
      [
        '<wsse:Username>jdoe2</wsse:Username><wsse:Password Type="http://docs.oasis-open.org/wss#PasswordDigest">IyrGCVUNBPdSNakbFjtF7/Xdef5=</wsse:Password>',
        '<wsse:Username>jdoe2</wsse:Username><wsse:Password Type="http://docs.oasis-open.org/wss#PasswordDigest">«s»</wsse:Password>',
      ],
      ['<smtp><SmtpPassword>Ex4mple!</SmtpPassword></smtp>', '<smtp><SmtpPassword>«s»</SmtpPassword></smtp>'],
    ],
    keeps: ['<TokenType>Bearer</TokenType><KeyName>signing</KeyName>', '<wsse:Nonce>KdoprZRPOEPFvInPYc77ix==</wsse:Nonce>'],
  },
  {
    name: 'xml-keyed-setting',
    kind: 'secret',
    anyOf: ['value="'],
    requires: ['key="'],
    // .NET appSettings `<add key="SmtpPassword" value="X" />`: the key names the secret, the value holds it.
    re: new RegExp(String.raw`\bkey="[A-Za-z0-9_.:-]*?${XML_SECRET_NOUN}"[ \t]+value="(?<s>[^"]+)"`, 'i'),
    examples: [['<add key="SmtpPassword" value="Saffron!4259" /><add key="ApiBaseUrl" value="https://api.example/v2" />', '<add key="SmtpPassword" value="«s»" /><add key="ApiBaseUrl" value="https://api.example/v2" />']],
    keeps: ['<add key="TokenLifetime" value="3600" />'],
  },
  {
    name: 'grandstream-pvalue',
    kind: 'secret',
    anyOf: ['p34=', 'p196='],
    // Grandstream provisioning P-values: P34 is account 1's SIP password, P196 the user password.
    re: /(?:^|[ \t&?])P(?:34|196)=(?<s>[^ \t&]+)/,
    examples: [['provd[15511]: gs_cfg 64167f2ecc69: P270=Desk P35=1311 P36=jdoe2 P34=u6ZBfBU8wwz P47=pbx.example', 'provd[15511]: gs_cfg 64167f2ecc69: P270=Desk P35=1311 P36=jdoe2 P34=«s» P47=pbx.example']],
    keeps: ['gs_cfg: P340=1 P1960=2'],
  },
  {
    name: 'openwrt-wireless-key',
    kind: 'secret',
    anyOf: ['wireless.'],
    // OpenWrt UCI `wireless.<iface>.key='X'` (the WPA passphrase; `key1`..`key4` are WEP keys), echoed by rpcd and `uci show`.
    re: /\bwireless\.[A-Za-z0-9_@\[\]-]+\.(?:key[1-4]?|sae_password|auth_secret|acct_secret|priv_key_pwd|password)='?(?<s>[^' \t]+)/,
    examples: [["uci: root set wireless.default_radio0.key='orbit.pepper.orbit67'", "uci: root set wireless.default_radio0.key='«s»'"]],
    keeps: ["uci: root set wireless.default_radio0.encryption='psk2'"],
  },
  {
    name: 'ucsm-user-dn',
    kind: 'user',
    anyOf: ['user-ext/'],
    // Cisco UCS Manager names local and remote users in DNs: `sys/user-ext/user-X`, `sys/user-ext/remoteuser-X`.
    re: /\buser-ext\/(?:user|remoteuser)-(?<u>[^\]\/ \t,]+)/,
    examples: [
      ['[sys/user-ext/remoteuser-jdoe2/sess-ucs-web-44][id:web_83648_A]', '[sys/user-ext/remoteuser-«u»/sess-ucs-web-44][id:web_83648_A]'],
      ['[modification][x][85349][sys/user-ext/user-q.m\u00fcllerov\u00e1][pwd:<hidden>][] local user modified', '[modification][x][85349][sys/user-ext/user-«u»][pwd:<hidden>][] local user modified'],
    ],
    keeps: ['[sys/user-ext/pwd-profile][]'],
  },
  {
    name: 'ontap-audit-user',
    kind: 'user',
    anyOf: [' :: '],
    // NetApp ONTAP's command audit: `[node: mgwd:info] 192.0.2.6 jdoe :: cl1:ssh :: COMMAND :: Success`, and
    // command-history.log's `:: 192.0.2.6:52312 :: cl1:jdoe :: COMMAND`; `-user-or-group-name X` in the commands.
    re: /(?:^|[ \t])(?<u>[^ \t:]+) :: [A-Za-z0-9_-]+:(?:ssh|https?|ontapi|console|snmp|telnet|rsh|service-processor)(?= :: (?![0-9A-Fa-f.:]+:\d+ :: ))|[ \t]::[ \t][0-9A-Fa-f.:]+:\d+ :: [A-Za-z0-9_-]+:(?<u2>[^ \t:]+) :: |[ \t]-user-or-group-name[ \t]+(?<u3>[^ \t]+)/,
    examples: [
      [
        'Mon Sep 16 18:05:32 2024 -0000 [cl1-01: mgwd:info] 192.0.2.175 jdoe2 :: cl1:ssh :: security login create -user-or-group-name j.doe -application ssh :: Success',
        'Mon Sep 16 18:05:32 2024 -0000 [cl1-01: mgwd:info] 192.0.2.175 «u» :: cl1:ssh :: security login create -user-or-group-name «u» -application ssh :: Success',
      ],
      ['[kern_audit:info:3076] 8503e80000000a2c :: cl1:ssh :: 192.0.2.5:52312 :: cl1:jdoe2 :: volume show :: Pending', '[kern_audit:info:3076] 8503e80000000a2c :: cl1:ssh :: 192.0.2.5:52312 :: cl1:«u» :: volume show :: Pending'],
    ],
    keeps: ['std::vector :: size', 'a :: b :: c'],
  },
  {
    name: 'device-audit-prefix-user',
    kind: 'user',
    anyOf: ['shell[', ']: login_', ']: logout', ']: called', ']: created', ']: modified', ']: deleted', 'browser log', 'rmcp log', 'logged in using ', 'changed by ', ' ran "'],
    // The account at the head of device audit lines: ESXi `shell[500216]: [jdoe]: esxcli ...`, Infoblox
    // `2024-10-04 21:17:18.258Z [jdoe]: Login_Denied`, iLO `Browser logout: jdoe - 192.0.2.5` and `IPMI/RMCP login: jdoe -`, iDRAC
    // `Successfully logged in using jdoe, from`, Ruckus ICX `running-config was changed by jdoe from ssh
    // client` and `Security: jdoe ran "..."`.
    re: /\bshell\[\d+\]: \[(?<u>[^\]]+)\]: |\d(?:Z|[+-]\d\d:?\d\d) \[(?<u2>[^\]]+)\]: (?:Login_|Logout|Called|Created|Modified|Deleted)|\b(?:Browser|IPMI\/RMCP) log(?:in|out): (?<u3>[^ \t]+) - |\blogged in using (?<u4>[^ \t,]+), from |\bchanged by (?<u5>[^ \t]+) from (?:ssh|telnet|console|web|https?|snmp) client\b|\bSecurity: (?<u6>[^ \t]+) ran "/,
    examples: [
      ['esx-hq33 shell[500216]: [jdoe2]: esxcli network ip interface ipv4 get', 'esx-hq33 shell[500216]: [«u»]: esxcli network ip interface ipv4 get'],
      ['httpd: 2024-10-04 21:17:18.258Z [jdoe2]: Login_Denied - - to=AdminConnector ip=192.0.2.230 info=Unknown user', 'httpd: 2024-10-04 21:17:18.258Z [«u»]: Login_Denied - - to=AdminConnector ip=192.0.2.230 info=Unknown user'],
      ['iLO5: 4199 10/04/2024 21:18:27 Browser logout: jdoe2 - 192.0.2.134(DNS name not found).', 'iLO5: 4199 10/04/2024 21:18:27 Browser logout: «u» - 192.0.2.134(DNS name not found).'],
      ['iLO5: 2711 01/05/2024 06:54:11 IPMI/RMCP login: rkestrel4 - 192.0.2.174(DNS name not found).', 'iLO5: 2711 01/05/2024 06:54:11 IPMI/RMCP login: «u» - 192.0.2.174(DNS name not found).'],
      ['MessageID: USR0030, Message: Successfully logged in using j.doe, from 192.0.2.235 and RACADM.', 'MessageID: USR0030, Message: Successfully logged in using «u», from 192.0.2.235 and RACADM.'],
      ['Router Security: running-config was changed by jdoe2 from ssh client 192.0.2.135', 'Router Security: running-config was changed by «u» from ssh client 192.0.2.135'],
      ['sw-nyc09 Security: jdoe2 ran "ip route 0.0.0.0/0 192.0.2.248" from ssh client 192.0.2.228', 'sw-nyc09 Security: «u» ran "ip route 0.0.0.0/0 192.0.2.248" from ssh client 192.0.2.228'],
    ],
    keeps: ['kernel: [12345.678]: Called from x', 'configuration changed by DHCP from server'],
  },
  {
    name: 'connection-string-user',
    kind: 'user',
    anyOf: ['user id=', 'userid='],
    // ADO.NET / ODBC connection strings: `Server=x;Database=y;User Id=jdoe;Password=...`.
    re: /(?<=[;"'])[ \t]*User ?Id=(?<u>[^;"'\x60]+)/i,
    examples: [['connecting with Server=tcp:192.0.2.16,1433;Database=Sales;User Id=j.doe;Password=x;Encrypt=True;', 'connecting with Server=tcp:192.0.2.16,1433;Database=Sales;User Id=«u»;Password=x;Encrypt=True;']],
    // Keycloak's `userId=` is the account's UUID, a field of its own.
    keeps: ['type=LOGIN, realmId=c17c706a, realmName=corp, clientId=gitlab, userId=0b9e6c1e-5a1c-4f2e-9d0a-2f1b3c4d5e6f'],
  },
  {
    name: 'ldif-account',
    kind: 'user',
    anyOf: ['samaccountname:', 'userprincipalname:'],
    // LDIF attribute lines (`ldapsearch`, `ldifde` output): `sAMAccountName: jdoe`.
    re: /^[ \t]*(?:sAMAccountName|userPrincipalName): (?<u>[^ \t]+)[ \t]*$/i,
    examples: [['sAMAccountName: jdoe2', 'sAMAccountName: «u»']],
  },
  {
    name: 'snmp-v3-user',
    kind: 'user',
    anyOf: ['snmp'],
    requires: [' -u', '\t-u'],
    // net-snmp tools' SNMPv3 security name, `snmpbulkwalk -v3 -l authPriv -u jdoe -a SHA -A ...`: usually a person's account.
    re: /\bsnmp[a-z]*\b[^|;&\]]*?[ \t]-v ?3\b[^|;&\]]*?[ \t]-u[ \t]*(?<u>[^ \t'"\]-][^ \t'"\]]*)/,
    examples: [['SNMP[/usr/bin/snmpbulkwalk -v3 -l authPriv -n "" -u jdoe2 -a SHA -A x -OQUs udp:192.0.2.146:161 ifXEntry]', 'SNMP[/usr/bin/snmpbulkwalk -v3 -l authPriv -n "" -u «u» -a SHA -A x -OQUs udp:192.0.2.146:161 ifXEntry]']],
    keeps: ['snmpwalk -v2c -c x -u 192.0.2.1'],
  },
  {
    name: 'provisioning-file-mac',
    kind: 'mac',
    anyOf: ['.cfg', '.cnf', '.xml', '.boot'],
    // IP phones fetch configuration files named by their MAC: `0004F28FA9E5.cfg` (Polycom, Yealink),
    // `cfg000b82123456.xml` (Grandstream), `SEP0004F28FA9E5.cnf.xml` (Cisco).
    re: /(?:(?<![0-9A-Za-z])|(?<=\bSEP|\bcfg))(?<m>[0-9A-Fa-f]{12})(?:-[A-Za-z]+)?\.(?:cfg|cnf\.xml|xml|boot)\b/,
    examples: [
      ['provd[26686]: rendered 0004F28FA9E5.cfg: account.1.auth_name = jdoe2', 'provd[26686]: rendered 0004F2«m».cfg: account.1.auth_name = jdoe2'],
      ['tftp: RRQ SEP0004F28FA9E5.cnf.xml from 192.0.2.7', 'tftp: RRQ SEP0004F2«m».cnf.xml from 192.0.2.7'],
    ],
    keeps: ['loaded 3f2a9c.cfg and app-12.xml'],
  },
  {
    name: 'grandstream-cfg-mac',
    kind: 'mac',
    anyOf: ['gs_cfg'],
    // Grandstream provisioning names the phone by its bare MAC: `gs_cfg 000b8212ab34: P270=...`.
    re: /\bgs_cfg[ \t]+(?<m>[0-9A-Fa-f]{12})(?![0-9A-Za-z])/,
    examples: [['provd[4410]: gs_cfg 000b82c4d1e7: P270=Desk P35=1207 P47=pbx.example', 'provd[4410]: gs_cfg 000b82«m»: P270=Desk P35=1207 P47=pbx.example']],
    keeps: ['provd[4410]: gs_cfg loaded from /etc/provd/gs_cfg.tpl'],
  },
  {
    name: 'polycom-upload-mac',
    kind: 'mac',
    anyOf: ['-app.log', '-boot.log', '-calls.xml', '-directory.xml'],
    // Polycom phones upload logs and lists named by their MAC: `PUT /polycom/logs/0004f2a1b2c3-app.log`.
    re: /(?<![0-9A-Za-z])(?<m>[0-9A-Fa-f]{12})-(?:app|boot)\.log\b|(?<![0-9A-Za-z])(?<m2>[0-9A-Fa-f]{12})-(?:calls|directory)\.xml\b/,
    examples: [['"PUT /polycom/logs/0004f2a81c3d-app.log HTTP/1.1" 204 0', '"PUT /polycom/logs/0004f2«m»-app.log HTTP/1.1" 204 0']],
    keeps: ['"GET /logs/web-app.log HTTP/1.1" 200 41'],
  },
  {
    name: 'phone-provisioning-user',
    kind: 'user',
    anyOf: ['.auth_name', '.auth.userid', 'p36='],
    // The SIP authentication name in phone configuration: Yealink `account.1.auth_name = X`, Polycom
    // `reg.1.auth.userId="X"`, Grandstream `P36=X` (P35 is the extension, a number).
    re: /\baccount\.\d+\.auth_name[ \t]*=[ \t]*(?<u>[^ \t;"']+)|\breg\.\d+\.auth\.userId="(?<u2>[^"]+)"|(?:^|[ \t&?])P36=(?<u3>[^ \t&]+)/,
    examples: [
      ['rendered 0004F2A81C3D.cfg: account.1.auth_name = tvaldez4; account.1.password = x', 'rendered 0004F2A81C3D.cfg: account.1.auth_name = «u»; account.1.password = x'],
      ['provd[8120]: reg.1.auth.userId="tvaldez4" reg.1.server.1.address="192.0.2.8"', 'provd[8120]: reg.1.auth.userId="«u»" reg.1.server.1.address="192.0.2.8"'],
      ['gs_cfg: P270=Desk P35=1207 P36=tvaldez4 P47=pbx.example', 'gs_cfg: P270=Desk P35=1207 P36=«u» P47=pbx.example'],
    ],
    keeps: ['gs_cfg: P360=1 P35=1207'],
  },
  {
    name: 'schtasks-run-as-password',
    kind: 'secret',
    anyOf: ['/rp '],
    requires: ['schtasks'],
    // `schtasks /create ... /ru DOMAIN\user /rp PASSWORD` (Sysmon and PowerShell 4104 command lines). `/rp *` prompts.
    re: /\bschtasks(?:\.exe)?\b[^|&]*?[ \t]\/rp[ \t]+(?:"(?<s>[^"]+)"|(?!\*(?:[ \t]|$))(?<s2>[^ \t"]+))/i,
    examples: [['CommandLine: schtasks /create /tn "Sync" /tr C:\\ops\\s.cmd /sc daily /ru CORP\\hbrandt5 /rp Quartz-7710 CurrentDirectory: C:\\', 'CommandLine: schtasks /create /tn "Sync" /tr C:\\ops\\s.cmd /sc daily /ru CORP\\hbrandt5 /rp «s» CurrentDirectory: C:\\']],
    keeps: ['schtasks /create /tn "Sync" /tr C:\\ops\\s.cmd /ru CORP\\hbrandt5 /rp *'],
  },
  {
    name: 'url-as-user-password',
    kind: 'secret',
    anyOf: [' as '],
    requires: ['://'],
    // Exporters and pollers that name the credentials after the URL: redfish_exporter
    // `GET https://192.0.2.5/redfish/v1/Systems/1 as root:X -> 200`.
    re: /\bhttps?:\/\/[^ \t]+ as (?<u>[^ \t:@\/]+):(?<s>[^ \t\/][^ \t]*)/,
    examples: [['redfish-exporter[2201]: GET https://192.0.2.40/redfish/v1/Systems/1 as gkarlsson:Tq8vLm2xPz -> 200 (41 ms)', 'redfish-exporter[2201]: GET https://192.0.2.40/redfish/v1/Systems/1 as «u»:«s» -> 200 (41 ms)']],
    keeps: ['fetched https://192.0.2.40/a as json: 200', 'saved https://192.0.2.40/a.tgz as file:///tmp/a.tgz'],
  },
  {
    name: 'salt-state-user-id',
    kind: 'user',
    anyOf: ['user_'],
    requires: ['id: '],
    // Salt state output names the state after the account it manages: `          ID: mysql_user_jdoe`
    // (then `Name: jdoe`, which the remembered name covers).
    re: /(?:^|:)[ \t]*ID: (?:[a-z0-9]+_)?user_(?<u>[^ \t]+)[ \t]*$/,
    examples: [['salt-master[3120]:           ID: mysql_user_ofarrell2', 'salt-master[3120]:           ID: mysql_user_«u»']],
    keeps: ['salt-master[3120]:           ID: pkg_installed'],
  },
  {
    name: 'cumulus-command-user',
    kind: 'user',
    anyOf: [': nv ', ' ran: net '],
    // Cumulus Linux command accounting: NVUE `nvued[1]: jdoe: nv set ...`, NCLU `nclu[1]: jdoe ran: net add ...`.
    re: /(?:^|[ \t])(?<u>[^ \t:\[\]]+): nv (?:set|unset|config|action)\b|(?:^|[ \t])(?<u2>[^ \t:\[\]]+) ran: net (?:add|del|commit|abort|pending)\b/,
    examples: [
      ['nvued[1412]: lmarsh8: nv set service snmp-server readonly-community x access any', 'nvued[1412]: «u»: nv set service snmp-server readonly-community x access any'],
      ['nclu[6359]: lmarsh8 ran: net add bgp neighbor swp53 remote-as external', 'nclu[6359]: «u» ran: net add bgp neighbor swp53 remote-as external'],
    ],
  },
  {
    name: 'nvue-api-user-key',
    kind: 'user',
    anyOf: ['"user": {"', '"user":{"'],
    // The NVUE REST API logs request bodies where a local account is the key under `user`:
    // `"aaa": {"user": {"jdoe": {"password": ...}}}`.
    re: /"user": ?\{"(?<u>[^"]+)": ?\{/,
    examples: [['nvued[8511]: {"method": "PATCH", "body": {"system": {"aaa": {"user": {"hlindgren4": {"role": "nvue-monitor"}}}}}}', 'nvued[8511]: {"method": "PATCH", "body": {"system": {"aaa": {"user": {"«u»": {"role": "nvue-monitor"}}}}}}']],
    keeps: ['{"user": {"name": "x"}}'],
  },
  {
    name: 'vyos-command-user',
    kind: 'user',
    anyOf: ['] set ', '] delete ', '] commit', '] save', 'configuration by user '],
    // VyOS command accounting `vbash[1]: [jdoe] set interfaces ...` and commit's
    // `Successful change to active configuration by user jdoe on /dev/pts/1`.
    // A log level or thread name in brackets (`[INFO] set timeout`, `[main] commit`) is not an account.
    re: /(?:^|[ \t])\[(?!(?:info|warn|warning|error|err|debug|notice|trace|fatal|crit|critical|alert|emerg|main|config|system|root|admin)\])(?<u>[^\] \t\[]*[A-Za-z][^\] \t\[]*)\] (?:set|delete|commit|save)\b(?!:)|\bconfiguration by user (?<u2>[^ \t]+) on /i,
    examples: [
      ["vbash[11656]: [ecorvin3] set interfaces ethernet eth2 description 'uplink'", "vbash[11656]: [«u»] set interfaces ethernet eth2 description 'uplink'"],
      ['commit[19380]: Successful change to active configuration by user ecorvin3 on /dev/pts/1', 'commit[19380]: Successful change to active configuration by user «u» on /dev/pts/1'],
    ],
    keeps: ['svc[7]: [INFO] set: cache warmed', 'kernel: [ 12.345] set 3 done', 'worker[2]: [INFO] set timeout to 30s', '[main] commit offsets for group x'],
  },
  {
    name: 'ocserv-session-user',
    kind: 'user',
    anyOf: ['main[', 'worker['],
    // ocserv names the session's account in its tag: `main[jdoe]:192.0.2.5:54936 user disconnected`,
    // `worker[jdoe]: 192.0.2.5 ...` (a pid stands there before authentication).
    re: /\b(?:main|worker)\[(?<u>[^\]\[ \t]*[A-Za-z][^\]\[ \t]*)\]:[ ]?(?=\d{1,3}\.\d|\[?[0-9A-Fa-f]*:[0-9A-Fa-f]*:)/,
    examples: [['ocserv[20362]: main[rquist6]:192.0.2.138:53340 user disconnected (reason: user disconnected)', 'ocserv[20362]: main[«u»]:192.0.2.138:53340 user disconnected (reason: user disconnected)']],
    keeps: ['java[1]: main[Thread-1]: started', 'ocserv[1]: worker[4121]: 192.0.2.5 worker-auth'],
  },
  {
    name: 'print-job-owner',
    kind: 'user',
    anyOf: ['job owner ', 'printed by user "'],
    // MFPs and print managers: `Scan to Email: SMTP AUTH failed ..., job owner jdoe`, PaperCut-style `Job 12 printed by user "jdoe"`.
    re: /\bjob owner (?<u>[^ \t,;()]+)|\bprinted by user "(?<u2>[^"]+)"/,
    examples: [
      ['MFP: Scan to Email: SMTP AUTH failed for scanner@example.org (535 5.7.139), job owner pnakamura9', 'MFP: Scan to Email: SMTP AUTH failed for scanner@example.org (535 5.7.139), job owner «u»'],
      ['PrintJobProcessor - Job 273471 printed by user "pnakamura9" on printer "\\\\prt01\\HP-3F" pages=3', 'PrintJobProcessor - Job 273471 printed by user "«u»" on printer "\\\\prt01\\HP-3F" pages=3'],
    ],
  },
  {
    name: 'openwrt-uci-user',
    kind: 'user',
    anyOf: ['uci: ', 'failed login on '],
    // rpcd echoes UCI changes with the session's account, `uci: jdoe set dhcp.@host[4].mac=...`, and
    // LuCI logs `luci: failed login on /admin/network for jdoe from 192.0.2.5`.
    re: /\buci: (?<u>[^ \t]+) (?:set|add|add_list|del_list|delete|rename|reorder|commit|revert) [a-z]|\bfailed login on [^ \t]+ for (?<u2>[^ \t]+) from /,
    examples: [
      ["rpcd[16345]: uci: wbergman6 set dhcp.@host[4].name='nas'", "rpcd[16345]: uci: «u» set dhcp.@host[4].name='nas'"],
      ['uhttpd[29927]: luci: failed login on /admin/network for wbergman6 from 192.0.2.171', 'uhttpd[29927]: luci: failed login on /admin/network for «u» from 192.0.2.171'],
    ],
  },
  {
    name: 'ucsm-audit-user',
    kind: 'user',
    anyOf: ['-audit: ['],
    requires: ['ucsm'],
    // UCS Manager audit records `%UCSM-6-AUDIT: [session][local][modification][jdoe][85349][dn]...`: the fourth field is the account.
    re: /%UCSM-\d-AUDIT: \[[^\]]*\]\[[^\]]*\]\[(?:creation|modification|deletion)\]\[(?<u>[^\]]+)\]\[\d+\]/,
    examples: [['UTC: %UCSM-6-AUDIT: [admin][local][modification][dsørensen4][9245][sys/svc-ext][] modified', 'UTC: %UCSM-6-AUDIT: [admin][local][modification][«u»][9245][sys/svc-ext][] modified']],
  },
  {
    name: 'xml-user-element',
    kind: 'user',
    anyOf: ['username>', 'loginname>', 'accountname>'],
    requires: ['</'],
    // WS-Security and other SOAP/XML bodies: `<wsse:Username>jdoe</wsse:Username>`, `<LoginName>jdoe</LoginName>`.
    re: /<(?<t>(?:[A-Za-z][\w.-]*:)?(?:[Uu]ser[Nn]ame|[Ll]ogin[Nn]ame|[Aa]ccount[Nn]ame))>(?<u>[^<]{1,128})<\/\k<t>>/,
    examples: [['onvif-proxy[5660]: SOAP <wsse:UsernameToken><wsse:Username>yamato7</wsse:Username><wsse:Nonce>x</wsse:Nonce>', 'onvif-proxy[5660]: SOAP <wsse:UsernameToken><wsse:Username>«u»</wsse:Username><wsse:Nonce>x</wsse:Nonce>']],
    keeps: ['<wsse:UsernameToken wsu:Id="t1"></wsse:UsernameToken>'],
  },
  {
    name: 'snare-user-column',
    kind: 'user',
    anyOf: ['mswineventlog\t'],
    // Snare's tab-separated Windows events: `MSWinEventLog<TAB>0<TAB>Security<TAB>N<TAB>date<TAB>4625<TAB>source<TAB>DOMAIN\user<TAB>N/A`.
    // The column holds what was typed at the prompt, so a mistyped password stands there too.
    re: /\bMSWinEventLog\t\d+\t[^\t]*\t\d+\t[^\t]*\t\d+\t[^\t]*\t(?:[A-Za-z][A-Za-z0-9_-]{0,14}\\)?(?!N\/A\t|-\t)(?<u>[^\t\\]+)\t/,
    examples: [['<109>Mar 15 03:42:28 DC1 MSWinEventLog\t0\tSecurity\t3373255\tSat Mar 15 03:42:28 2025\t4625\tMicrosoft-Windows-Security-Auditing\tEXAMPLE\\Harbor!72\tN/A\tAudit Failure\tDC1', '<109>Mar 15 03:42:28 DC1 MSWinEventLog\t0\tSecurity\t3373255\tSat Mar 15 03:42:28 2025\t4625\tMicrosoft-Windows-Security-Auditing\tEXAMPLE\\«u»\tN/A\tAudit Failure\tDC1']],
    keeps: ['MSWinEventLog\t1\tSecurity\t802301\tTue Feb 18 06:42:17 2025\t4624\tMicrosoft-Windows-Security-Auditing\tN/A\tN/A\tSuccess Audit\tDC25'],
  },
  {
    name: 'leef-escaped-usrname',
    kind: 'user',
    anyOf: ['\\tusrname='],
    // LEEF inside JSON, where the tab separators are written `\t`: `...\tusrName=jdoe\tdomain=CORP`.
    re: /\\tusrName=(?<u>(?:[^\t\\"]|\\(?![tnr"]))+)/,
    examples: [['"msg":"LEEF:1.0|Microsoft|Windows|2k12|4776|cat=Credential Validation\\tsev=2\\tusrName=Meadow-12*\\tdomain=EXAMPLE"', '"msg":"LEEF:1.0|Microsoft|Windows|2k12|4776|cat=Credential Validation\\tsev=2\\tusrName=«u»\\tdomain=EXAMPLE"']],
  },
  {
    name: 'captive-portal-user',
    kind: 'user',
    anyOf: [' - failure: ', ' - accept: ', ' - disconnect: ', ' - logout: ', ' - concurrent login'],
    // pfSense/OPNsense captive portal: `Zone: guest - FAILURE: jdoe, 02:50:01:35:51:0e, 192.0.2.5, Invalid credentials`
    // (a mistyped password lands in the same place).
    re: /\bZone: [^ \t]+ - (?:FAILURE|ACCEPT|DISCONNECT|LOGOUT|CONCURRENT LOGIN[A-Z -]*): (?<u>[^,]+), [0-9A-Fa-f]{2}:/,
    examples: [['logportalauth[51111]: Zone: lobby - FAILURE: tnorheim, 00:00:00:00:00:00, 192.0.2.50, Invalid credentials specified.', 'logportalauth[51111]: Zone: lobby - FAILURE: «u», 00:00:00:00:00:00, 192.0.2.50, Invalid credentials specified.']],
  },
  {
    name: 'zyxel-note-account',
    kind: 'user',
    anyOf: ['note="account: '],
    // Zyxel USG/ATP/ZyWALL `note="Account: jdoe"`, also for failed logins (where it can be a mistyped password).
    re: /\bnote="Account: (?<u>[^"]+)"/,
    examples: [['msg="Failed login attempt to Device from ssh (incorrect password or inexistent username)" note="Account: vkarlberg" devID="00134936fb27"', 'msg="Failed login attempt to Device from ssh (incorrect password or inexistent username)" note="Account: «u»" devID="00134936fb27"']],
  },
  {
    name: 'asa-aaa-dollar-user',
    kind: 'secret',
    anyOf: ['aaa user '],
    requires: [': user = '],
    // ASA/FTD AAA records (`%ASA-6-113015: AAA user authentication Rejected : ... : user = X`): computers do not
    // log in to a firewall, so a name ending in `$` (`Falcon1994$`) is a password typed as the user name,
    // not a machine account (which the user rules leave).
    re: /%(?:ASA|FTD)-\d-1130\d\d: AAA user [^%]*?: user = (?<s>[^ \t:]+\$)(?= :|[ \t]*$)/,
    examples: [['%FTD-6-113015: AAA user authentication Rejected : reason = User was not found : local database : user = Juniper77$ : user IP = 192.0.2.17', '%FTD-6-113015: AAA user authentication Rejected : reason = User was not found : local database : user = «s» : user IP = 192.0.2.17']],
  },
  {
    name: 'snoopy-user',
    kind: 'user',
    anyOf: ['[login:'],
    // snoopy's command log: `snoopy[1]: [login:jdoe ssh:(...) sid:3 tty:/dev/pts/9 (1000/jdoe) uid:1000 cwd:/home/jdoe]: cmd`.
    re: /\[login:(?<u>[^ \t\]]+)[ \t]|[ \t]\(\d+\/(?<u2>[^ \t)\/]+)\)[ \t]uid:/,
    examples: [['snoopy[33678]: [login:mfalk3 ssh:((undefined)) sid:31226 tty:/dev/pts/9 (57821/mfalk3) uid:57821 cwd:/srv]: ls', 'snoopy[33678]: [login:«u» ssh:((undefined)) sid:31226 tty:/dev/pts/9 (57821/«u») uid:57821 cwd:/srv]: ls']],
  },
  {
    name: 'caddy-user-id',
    kind: 'user',
    anyOf: ['"user_id":"', '"user_id\\":\\"', '"user_id": "'],
    requires: ['http.log.access'],
    // Caddy's access log names the basic-auth account in `user_id` (elsewhere `user_id` is often a number).
    re: /\\?"user_id\\?": ?\\?"(?=[^"\\]*[A-Za-z])(?<u>[^"\\]+)\\?"/,
    examples: [['{"level":"info","logger":"http.log.access.log0","msg":"handled request","user_id":"ivesper2","duration":0.009}', '{"level":"info","logger":"http.log.access.log0","msg":"handled request","user_id":"«u»","duration":0.009}']],
    keeps: ['{"logger":"http.log.access.log0","user_id":"","duration":0.009}'],
  },
  {
    name: 'badge-reader-user',
    kind: 'user',
    anyOf: [',access granted', ',access denied', '\tcard '],
    // Door controllers' exports: CSV `...,Door 3,Access Granted,48835,"Last, First",jdoe,Staff,Reader-12`, and
    // TSV `CTRL-11<TAB>READER 4<TAB>CARD 1495749<TAB>jdoe<TAB>...`.
    re: /,Access (?:Granted|Denied)[^,]*,\d+,"[^"]*",(?<u>[^,"]+),|\tCARD \d+\t(?<u2>[^\t]+)\t/,
    examples: [
      ['2024-01-05 06:04:17,Door 3 North Entrance,Access Granted,48835,"Vesper, Ilse",ivesper7,Contractor,Reader-12', '2024-01-05 06:04:17,Door 3 North Entrance,Access Granted,48835,"Vesper, Ilse",«u»,Contractor,Reader-12'],
      ['2024-01-05T06:07:41Z\tCTRL-11\tREADER 4\tCARD 1495749\tivesper7\tGRANTED', '2024-01-05T06:07:41Z\tCTRL-11\tREADER 4\tCARD 1495749\t«u»\tGRANTED'],
    ],
  },
  {
    name: 'cups-page-log-user',
    kind: 'user',
    anyOf: ['] total '],
    // CUPS page_log: `printer user job-id [date] total pages ...`.
    re: /(?:^|[ \t])[^ \t]+ (?<u>[^ \t]+) \d+ \[\d\d\/[A-Z][a-z]{2}\/\d{4}:\d\d:\d\d:\d\d [+-]\d{4}\] total /,
    examples: [['cupsd: HP_LaserJet_M507 dkrall4 7989 [05/Jan/2024:06:08:05 +0000] total 3 - localhost report.pdf', 'cupsd: HP_LaserJet_M507 «u» 7989 [05/Jan/2024:06:08:05 +0000] total 3 - localhost report.pdf']],
  },
  {
    name: 'cli-command-by-user',
    kind: 'user',
    anyOf: ['cli command by '],
    // HPE/Aruba config events: `Event|5901|LOG_INFO|AMM|1/1|CLI command by jdoe: "radius-server host ..."`.
    re: /\bCLI command by (?<u>[^ \t:]+): /,
    examples: [['hpe-config[7160]: Event|5901|LOG_INFO|AMM|1/1|CLI command by oberg5: "show run"', 'hpe-config[7160]: Event|5901|LOG_INFO|AMM|1/1|CLI command by «u»: "show run"']],
  },
  {
    name: 'cloud-init-chpasswd',
    kind: 'secret',
    anyOf: ['cloud-init['],
    // cloud-init echoes a `chpasswd: list:` entry on a line of its own: `cloud-init[628]: jdoe:PASSWORD`.
    re: /\bcloud-init\[\d+\]: (?<u>[^ \t:]+):(?<s>[^ \t:]+)[ \t]*$/,
    examples: [['app-b234 cloud-init[628]: lbrandt2:Yi9LSSAxmkU', 'app-b234 cloud-init[628]: «u»:«s»']],
    keeps: ['cloud-init[685]: ci-info: +--------+------+', 'cloud-init[685]: Cloud-init v. 23.4 finished at Fri'],
  },
  {
    name: 'terraform-admin-login',
    kind: 'user',
    anyOf: ['administrator_login', 'admin_login', 'admin_username'],
    // Terraform plans: `+ administrator_login          = "jdoe"` (the padding defeats the key=value rule's literals).
    re: /\b(?:administrator_login|admin_login|admin_username)[ \t]*=[ \t]*"(?<u>[^"]+)"/,
    examples: [['      + administrator_login          = "ubrandt6"', '      + administrator_login          = "«u»"']],
  },
  {
    name: 'sendmail-authid',
    kind: 'user',
    anyOf: ['authid='],
    // sendmail's `AUTH=server, relay=[192.0.2.5], authid=jdoe, mech=PLAIN`.
    re: /\bauthid=(?<u>[^ \t,]+)/,
    examples: [['sendmail[38824]: 6pjuZM626220: AUTH=server, relay=[192.0.2.108], authid=rhask3, mech=PLAIN, bits=0', 'sendmail[38824]: 6pjuZM626220: AUTH=server, relay=[192.0.2.108], authid=«u», mech=PLAIN, bits=0']],
  },
  {
    name: 'b2-key-id',
    kind: 'secret',
    anyOf: ['b2_account_id', 'b2_key_id', 'b2_application_key_id'],
    // Backblaze B2's application key id (`B2_ACCOUNT_ID` for restic, `B2_APPLICATION_KEY_ID`), the access-key half of
    // the key pair, treated like an AWS access key id.
    re: /\bB2_(?:ACCOUNT_ID|KEY_ID|APPLICATION_KEY_ID)=['"]?(?<s>[0-9A-Fa-f]{12,40})\b/,
    examples: [['backup.sh[4529]: + export B2_ACCOUNT_ID=0a1b2c3d4e5f60718293a4b5c B2_BUCKET=nightly', 'backup.sh[4529]: + export B2_ACCOUNT_ID=«s» B2_BUCKET=nightly']],
  },
  {
    name: 'salt-user-changes',
    kind: 'secret',
    anyOf: [': present password: '],
    // Salt's `Changes:   jdoe: Present password: X` (mysql_user.present with the password shown).
    re: /\bChanges:[ \t]+(?<u>[^ \t:]+): Present password: (?<s>[^ \t]+)/,
    examples: [['salt-master[7042]:      Changes:   hjarl5: Present password: Saffron%5&243', 'salt-master[7042]:      Changes:   «u»: Present password: «s»']],
  },
  {
    name: 'phone-account-password',
    kind: 'secret',
    anyOf: ['.password = ', '.password='],
    // Yealink configuration `account.1.password = X;` (a value may hold `&`, `#` and `=`).
    re: /\baccount\.\d+\.password[ \t]*=[ \t]*(?<s>[^ \t;]+)/,
    examples: [['rendered 0004F2A5FA81.cfg: account.1.password = &aPat#YO&g=lQyw; account.1.sip_server.1.address = x', 'rendered 0004F2A5FA81.cfg: account.1.password = «s»; account.1.sip_server.1.address = x']],
  },
  {
    name: 'zimbra-new-password',
    kind: 'secret',
    anyOf: ['newpassword='],
    requires: [';'],
    // Zimbra's mailbox log: `ChangePassword; account=jdoe@example.org; newPassword=X;`.
    re: /\bnewPassword=(?<s>[^;]+);/,
    examples: [['soap - ChangePassword; account=x@corp.example; newPassword=&9VBF9+vS-;', 'soap - ChangePassword; account=x@corp.example; newPassword=«s»;']],
  },
  {
    name: 'appliance-session-user',
    kind: 'user',
    anyOf: ['upsd.users: [', "('", 'in source ', 'exit (', "identity received from sta: '", 'reason: failed ', '[ssl vpn] ', ' -username '],
    // NUT `upsd.users: [jdoe] password =`, FreeIPA `user_add/1('jdoe',`, PacketFence `Authentication successful for
    // jdoe in source AD`, dropbear `Exit (jdoe) from <`, hostapd `Identity received from STA: 'jdoe'`, Pulse Secure
    // `Reason: Failed jdoe/Realm"`, DrayTek `[SSL VPN] jdoe logged in from`, ONTAP `security login ... -username jdoe`.
    re: /\bupsd\.users: \[(?<u>[^\]]+)\]|\buser_(?:add|mod|del|show|disable|enable|unlock)\/\d+\('(?<u2>[^']+)'|\bAuthentication (?:successful|failed) for (?<u3>[^ \t]+) in source\b|\bExit \((?<u4>[^)]+)\) from <|\bIdentity received from STA: '(?<u5>[^']+)'|\bReason: Failed (?<u6>[^ \t\/"]+)\/[^ \t"]+"|\[SSL VPN\] (?<u7>[^ \t]+) logged (?:in|out)\b|\bsecurity login [a-z -]*?-username (?<u8>[^ \t]+)/,
    examples: [
      ['upsd[1495]: upsd.users: [nkorsvik] password = x upsmon primary', 'upsd[1495]: upsd.users: [«u»] password = x upsmon primary'],
      ["ipa: [jsonserver_session] admin@CORP.EXAMPLE: user_add/1('nkorsvik', givenname='N'): SUCCESS", "ipa: [jsonserver_session] admin@CORP.EXAMPLE: user_add/1('«u»', givenname='N'): SUCCESS"],
      ['INFO: Authentication successful for nkorsvik in source AD-Staff (pf::authentication::authenticate)', 'INFO: Authentication successful for «u» in source AD-Staff (pf::authentication::authenticate)'],
      ['dropbear[15600]: Exit (nkorsvik) from <192.0.2.99:15318>: Disconnect received', 'dropbear[15600]: Exit («u») from <192.0.2.99:15318>: Disconnect received'],
      ["hostapd: wlan0: IEEE 802.1X: Identity received from STA: 'nkorsvik'", "hostapd: wlan0: IEEE 802.1X: Identity received from STA: '«u»'"],
      ['failed using auth server AD-Corp (Active Directory).  Reason: Failed nkorsvik/Contractors"', 'failed using auth server AD-Corp (Active Directory).  Reason: Failed «u»/Contractors"'],
      ['Vigor: [SSL VPN] nkorsvik logged in from 192.0.2.139, assigned 192.0.2.7', 'Vigor: [SSL VPN] «u» logged in from 192.0.2.139, assigned 192.0.2.7'],
      ['x :: cl1:ssh :: security login password -username nkorsvik :: Pending', 'x :: cl1:ssh :: security login password -username «u» :: Pending'],
    ],
  },
];
