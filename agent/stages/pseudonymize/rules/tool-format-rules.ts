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
    anyOf: ['shell[', ']: login_', ']: logout', ']: called', ']: created', ']: modified', ']: deleted', 'browser log', 'logged in using ', 'changed by ', ' ran "'],
    // The account at the head of device audit lines: ESXi `shell[500216]: [jdoe]: esxcli ...`, Infoblox
    // `2024-10-04 21:17:18.258Z [jdoe]: Login_Denied`, iLO `Browser logout: jdoe - 192.0.2.5`, iDRAC
    // `Successfully logged in using jdoe, from`, Ruckus ICX `running-config was changed by jdoe from ssh
    // client` and `Security: jdoe ran "..."`.
    re: /\bshell\[\d+\]: \[(?<u>[^\]]+)\]: |\d(?:Z|[+-]\d\d:?\d\d) \[(?<u2>[^\]]+)\]: (?:Login_|Logout|Called|Created|Modified|Deleted)|\bBrowser log(?:in|out): (?<u3>[^ \t]+) - |\blogged in using (?<u4>[^ \t,]+), from |\bchanged by (?<u5>[^ \t]+) from (?:ssh|telnet|console|web|https?|snmp) client\b|\bSecurity: (?<u6>[^ \t]+) ran "/,
    examples: [
      ['esx-hq33 shell[500216]: [jdoe2]: esxcli network ip interface ipv4 get', 'esx-hq33 shell[500216]: [«u»]: esxcli network ip interface ipv4 get'],
      ['httpd: 2024-10-04 21:17:18.258Z [jdoe2]: Login_Denied - - to=AdminConnector ip=192.0.2.230 info=Unknown user', 'httpd: 2024-10-04 21:17:18.258Z [«u»]: Login_Denied - - to=AdminConnector ip=192.0.2.230 info=Unknown user'],
      ['iLO5: 4199 10/04/2024 21:18:27 Browser logout: jdoe2 - 192.0.2.134(DNS name not found).', 'iLO5: 4199 10/04/2024 21:18:27 Browser logout: «u» - 192.0.2.134(DNS name not found).'],
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
];
