/**
 * User names in authentication contexts (POLICY P4). A user name is personal
 * data where it names a person; it is found by the shape of the message around
 * it, never by guessing that a word "looks like a name". Group `u` marks the
 * name; the engine then keeps a `DOMAIN\` prefix and an e-mail domain, and
 * leaves well-known system accounts (`root`, `admin`...: the policy's
 * `users.keep`) as they are.
 *
 * Shapes come from research/credential-forms.md sections 2 and 3.
 */
import type { Rule } from './rule.js';
import { forEachAssignment } from './assignments.js';
import { panosUserColumnsRule } from './panos-user-columns-rule.js';
import { webAccessLogUserRule } from './web-access-log-user-rule.js';

/** Keys whose value is a user name, lower case. */
const USER_KEYS = new Set(
  'user ruser logname username user_name usr suser duser srcuser dstuser src_user dst_user xauthuser unauthuser login login_name loginname account account_name accountname administrator admin_user adminuser targetusername subjectusername acct-username samaccountname userprincipalname upn remote_user auth_user authuser'.split(
    ' ',
  ),
);

/** A user name up to a blank or a common delimiter. */
const U = String.raw`[^ \t"'\[\](),;<>]+`;

export const identityRules: readonly Rule[] = [
  {
    name: 'sshd-auth',
    kind: 'user',
    anyOf: ['failed ', 'accepted ', 'postponed '],
    // `Failed password for [invalid user] X from`, `Accepted publickey for X from`. sshd logs what
    // the client sent, which may contain blanks: take everything up to ` from `/` port `.
    re: /\b(?:Failed|Accepted|Postponed) (?:password|publickey|keyboard-interactive(?:\/pam)?|none|gssapi-with-mic|hostbased) for (?:invalid user |illegal user )?(?<u>[^ \t\[\]]+(?: [^ \t\[\]]+)*?)(?= from | port | ?\[preauth\]|$)/,
    examples: [
      ['sshd[24200]: Failed password for invalid user webmaster from 198.51.100.9 port 38926 ssh2', 'sshd[24200]: Failed password for invalid user «u» from 198.51.100.9 port 38926 ssh2'],
      ['sshd[1]: Accepted publickey for jdoe from 10.0.2.2 port 63673 ssh2: RSA 39:33:99:e9', 'sshd[1]: Accepted publickey for «u» from 10.0.2.2 port 63673 ssh2: RSA 39:33:99:e9'],
      ['sshd[1]: Failed password for jane doe from 10.0.2.2 port 6 ssh2', 'sshd[1]: Failed password for «u» from 10.0.2.2 port 6 ssh2'],
    ],
    keeps: ['sshd[1]: Failed password for root from 198.51.100.9 port 22 ssh2'],
  },
  {
    name: 'sshd-invalid-user',
    kind: 'user',
    anyOf: ['invalid user', 'illegal user'],
    re: /\b(?:[Ii]nvalid|[Ii]llegal) user (?<u>[^ \t\[\]]+(?: [^ \t\[\]]+)*?)(?= from | port | ?\[preauth\]|$)/,
    examples: [
      ['sshd[2]: Invalid user jane doe from 198.51.100.9', 'sshd[2]: Invalid user «u» from 198.51.100.9'],
      ['sshd[3]: input_userauth_request: invalid user webmaster [preauth]', 'sshd[3]: input_userauth_request: invalid user «u» [preauth]'],
      ['sshd[3]: Invalid user oracle', 'sshd[3]: Invalid user «u»'],
    ],
  },
  {
    name: 'sshd-session-user',
    kind: 'user',
    anyOf: [' user ', 'not allowed', 'authentication failure for', 'exceeded for'],
    re: /\b(?:Disconnected from|Connection closed by|Connection reset by|Received disconnect from|Timeout before authentication for) (?:invalid |authenticating )?user (?<u>[^ \t]+)|\bUser (?<u2>[^ \t]+) from [^ \t]+ not allowed|PAM: Authentication failure for (?:illegal user )?(?<u3>[^ \t]+)|maximum authentication attempts exceeded for (?:invalid user )?(?<u4>[^ \t]+)/,
    examples: [
      ['sshd[4]: Disconnected from authenticating user jdoe 198.51.100.9 port 5 [preauth]', 'sshd[4]: Disconnected from authenticating user «u» 198.51.100.9 port 5 [preauth]'],
      ['sshd[4]: User jdoe from 198.51.100.9 not allowed because not listed in AllowUsers', 'sshd[4]: User «u» from 198.51.100.9 not allowed because not listed in AllowUsers'],
      ['sshd[4]: error: PAM: Authentication failure for jdoe from 198.51.100.9', 'sshd[4]: error: PAM: Authentication failure for «u» from 198.51.100.9'],
    ],
  },
  {
    name: 'user-key-value',
    kind: 'user',
    anyOf: ['user', 'logname', 'login', 'account', 'usr', 'admin', 'upn'],
    // PAM (`logname= ruser=x user=y`), sudo (`USER=root`), FortiGate/SonicWall/Sophos/Juniper SD/
    // Check Point kv (`user="x"`, `usr="x"`, `user_name="x"`, `username:"x"`), CEF (`suser=`),
    // Windows (`TargetUserName=`). A colon counts only before a quoted value.
    find(line, _state, emit) {
      forEachAssignment(line, true, (a) => {
        if (a.op === 58 && a.quote === '') return;
        if (!USER_KEYS.has(line.slice(a.keyStart, a.keyEnd).toLowerCase())) return;
        if (a.valueEnd > a.valueStart) emit('user', a.valueStart, a.valueEnd);
      });
    },
    examples: [
      ['pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=198.51.100.9  user=jdoe', 'pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=198.51.100.9  user=«u»'],
      ['logdesc="Admin login failed" user="jdoe" ui="ssh(192.0.2.5)"', 'logdesc="Admin login failed" user="«u»" ui="ssh(192.0.2.5)"'],
      ['[junos@2636.1.1.1.2.26 username="jdoe" source-address="192.0.2.5"]', '[junos@2636.1.1.1.2.26 username="«u»" source-address="192.0.2.5"]'],
      ['msg="Administrator login denied" sess="Web" n=1 usr="jdoe" src=192.0.2.5:17391:X0', 'msg="Administrator login denied" sess="Web" n=1 usr="«u»" src=192.0.2.5:17391:X0'],
      ['administrator:"jdoe"; client_ip:"192.0.2.5"', 'administrator:"«u»"; client_ip:"192.0.2.5"'],
    ],
    keeps: ['user=root uid=0 logname=', 'xauthuser="N/A"'],
  },
  {
    name: 'cef-user',
    kind: 'user',
    anyOf: ['cef:', 'suser=', 'duser='],
    // CEF extension values run up to the next ` key=`; they may contain blanks.
    re: /(?<![A-Za-z0-9_])(?:suser|duser|suid|duid|cs\d?Label=User ?Name cs\d)=(?<u>(?:[^=\\ ]|\\.)(?:(?:[^=\\]|\\.)*?))(?= [A-Za-z0-9_.]+=|$)/,
    examples: [['CEF:0|V|P|1.0|18|Authentication|low|src=192.0.2.5 duser=Jane Doe suser=bob cs1=x', 'CEF:0|V|P|1.0|18|Authentication|low|src=192.0.2.5 duser=«u» suser=«u» cs1=x']],
  },
  {
    name: 'sudo-su',
    kind: 'user',
    anyOf: ['sudo', 'su:', 'su[', 'su(', ' su '],
    re: /\bsudo(?:\[\d+\])?: +(?<u>[^ \t:]+) : |\bsu(?:\[\d+\])?: (?:\(to (?<u2>[^)]+)\) (?<u3>[^ \t]+) on|FAILED SU \(to (?<u4>[^)]+)\) (?<u5>[^ \t]+) on|(?:BAD SU )?(?<u6>[^ \t]+) to (?<u7>[^ \t]+) on)|\bBAD SU (?<u8>[^ \t]+) to (?<u9>[^ \t]+) on|'su (?<u10>[^' \t]+)' (?:failed|succeeded) for (?<u11>[^ \t]+) on/,
    examples: [
      ['sudo: jdoe : TTY=pts/0 ; PWD=/srv ; USER=root ; COMMAND=/bin/ls', 'sudo: «u» : TTY=pts/0 ; PWD=/srv ; USER=root ; COMMAND=/bin/ls'],
      ['su: (to root) jdoe on pts/1', 'su: (to root) «u» on pts/1'],
      ['su[23164]: FAILED SU (to osaudit) dcid on /dev/pts/2', 'su[23164]: FAILED SU (to «u») «u» on /dev/pts/2'],
      ['BAD SU ger to fwmaster on /dev/ttyp0', 'BAD SU «u» to «u» on /dev/ttyp0'],
    ],
  },
  {
    name: 'session-for-user',
    kind: 'user',
    anyOf: ['for user', 'by '],
    // pam_unix `session opened for user X by Y(uid=0)`, `password changed for X`,
    // Juniper `Login failed for user X`, ASA `for user "root"`, `access-list ... for user 'jdoe'`.
    re: /\b(?:for user|for username|changed for|[Ll]ogin failed for|[Ll]ogin (?:succeeded|successful|failure|denied) for)(?: user)? ['"]?(?<u>[^ \t'",;()\[\]]+)['"]?(?: by (?<u2>[^ \t(]+)\(uid=\d+\))?/,
    examples: [
      ['pam_unix(sshd:session): session opened for user jdoe by (uid=0)', 'pam_unix(sshd:session): session opened for user «u» by (uid=0)'],
      ['pam_unix(su:session): session opened for user root by jdoe(uid=1000)', 'pam_unix(su:session): session opened for user root by «u»(uid=1000)'],
      ['%ASA-6-605004: Login denied from 192.0.2.5/32597 to outside:192.0.2.14/ssh for user "jdoe"', '%ASA-6-605004: Login denied from 192.0.2.5/32597 to outside:192.0.2.14/ssh for user "«u»"'],
      ['UI_LOGIN_EVENT: Login failed for user jdoe from host 192.0.2.5', 'UI_LOGIN_EVENT: Login failed for user «u» from host 192.0.2.5'],
    ],
  },
  {
    name: 'bracketed-user',
    kind: 'user',
    anyOf: ['user', 'identity', 'uname', 'administrator', 'configured from', ' by '],
    // Cisco IOS `[user: X]`, ASA `User <X>`, `User 'X'`, `user = X`, `Uname: X`, `Username:X`,
    // Meraki `user id 'X'`, `identity='X'`, `User[X]`, FTD `User: DOM\X,`, Sophos `User X of group`,
    // FortiGate `Administrator X logged in`, OpenVPN `user 'X' authenticated`.
    re: /\[user: (?<u>[^\]]*)\]|\b[Uu]ser <(?<u2>[^>]+)>|\b(?:[Uu]ser|USER) '(?<u3>[^']+)'|\b(?:[Uu]ser|[Uu]sername) = (?<u4>[^ \t,:]+)|\bUname: (?<u5>[^ \t,]+)|\b[Uu]ser[Nn]ame ?: ?(?<u6>[^ \t,;'"]+)|\buser id '(?<u7>[^']+)'|\bidentity='(?<u8>[^']+)'|\bUser\[(?<u9>[^\]]+)\]|\bUser: (?<u10>[^,]+),|\bUser (?<u11>[^ \t]+) (?:of group|has exited|logged (?:in|out)|login|authenticated|failed)|\bAdministrator (?<u12>[^ \t]+) (?:logged (?:in|out)|login)|\buser '(?<u13>[^']+)' authenticated|\bDAP: User (?<u14>[^,]+),|\bby (?<u15>[^ \t]+) on (?:vty|console|tty)|Configured from [^ \t]+ by (?<u16>[^ \t]+)(?: on |$)|\bUser:(?<u17>[^ \t,]+)/,
    examples: [
      ['%SEC_LOGIN-5-LOGIN_SUCCESS: Login Success [user: jdoe] [Source: 192.0.2.5] [localport: 22]', '%SEC_LOGIN-5-LOGIN_SUCCESS: Login Success [user: «u»] [Source: 192.0.2.5] [localport: 22]'],
      ["%ASA-6-113039: Group <GP> User <first.o'last@example.com> IP <192.0.2.5> AnyConnect parent session started.", "%ASA-6-113039: Group <GP> User <«u»@example.com> IP <192.0.2.5> AnyConnect parent session started."],
      ["%ASA-5-111010: User 'jdoe', running 'CLI' from IP 192.0.2.5, executed 'terminal pager 0'", "%ASA-5-111010: User '«u»', running 'CLI' from IP 192.0.2.5, executed 'terminal pager 0'"],
      ['%ASA-6-113005: AAA user authentication Rejected : reason = Invalid password : server = 192.0.2.20 : user = jdoe : user IP = 192.0.2.5', '%ASA-6-113005: AAA user authentication Rejected : reason = Invalid password : server = 192.0.2.20 : user = «u» : user IP = 192.0.2.5'],
      ['%ASA-6-751025: Local:203.0.113.10:4500 Remote:198.51.100.25:50466 Username:jdoe IKEv2', '%ASA-6-751025: Local:203.0.113.10:4500 Remote:198.51.100.25:50466 Username:«u» IKEv2'],
      ["client_vpn_connect user id 'jdoe' local ip 172.16.0.145", "client_vpn_connect user id '«u»' local ip 172.16.0.145"],
      ['%SYS-5-CONFIG_I: Configured from console by jdoe on vty0 (192.0.2.5)', '%SYS-5-CONFIG_I: Configured from console by «u» on vty0 (192.0.2.5)'],
      ['%SYS-6-LOGOUT: User jdoe has exited tty session 5(192.0.2.5)', '%SYS-6-LOGOUT: User «u» has exited tty session 5(192.0.2.5)'],
      ['msg="Administrator jdoe logged in successfully from ssh(192.0.2.5)"', 'msg="Administrator «u» logged in successfully from ssh(192.0.2.5)"'],
      ['%PARSER-5-CFGLOG_LOGGEDCMD: User:jdoe  logged command:interface Gi1/0/1', '%PARSER-5-CFGLOG_LOGGEDCMD: User:«u»  logged command:interface Gi1/0/1'],
    ],
    keeps: ['%SYS-5-CONFIG_I: Configured from console by console'],
  },
  {
    name: 'windows-account',
    kind: 'user',
    anyOf: ['account name', 'user name', 'logon account', 'client name'],
    re: /\b(?:Account Name|User Name|Logon Account|Client User Name|Target User Name|New Account Name):[ \t]+(?<u>[^ \t]+)/i,
    examples: [['Subject: Security ID: S-1-5-18 Account Name:\t\tjdoe\tAccount Domain:\tEXAMPLE', 'Subject: Security ID: S-1-5-18 Account Name:\t\t«u»\tAccount Domain:\tEXAMPLE']],
  },
  {
    name: 'domain-backslash-user',
    kind: 'user',
    anyOf: ['\\'],
    // `DOMAIN\user` (NetBIOS domain: up to 15 characters, no dots) outside file paths.
    re: /(?<=^|[ \t,=:"'(<\[])(?<d>[A-Za-z][A-Za-z0-9_-]{0,14})\\{1,2}(?<u>[A-Za-z0-9_.$-]*[A-Za-z0-9_$](?<!\.(?:exe|dll|txt|xlsx?|docx?|pdf|zip|log|ini|cfg|sys|bat|ps1|tmp|dat|jpe?g|png|html?|xml|json|csv|msi|js|vbs|lnk)))(?=$|[ \t,;"')>\]])/i,
    examples: [
      ['(LOCAL\\jdoe, 123)', '(LOCAL\\«u», 123)'],
      ['1,2021/03/24,x,USERID,login,2305,x,vsys1,192.0.2.5,example\\jdoe,,0', '1,2021/03/24,x,USERID,login,2305,x,vsys1,192.0.2.5,example\\«u»,,0'],
    ],
    keeps: ['file=sample\\test.xls', 'C:\\Windows\\System32\\cmd.exe'],
  },
  {
    name: 'home-directory',
    kind: 'user',
    anyOf: ['/home/', '/users/', '\\users\\'],
    re: /(?<![A-Za-z0-9_])(?:\/home\/|\/Users\/|[A-Za-z]:\\+Users\\+)(?<u>[^/\\ \t"':;,()\[\]]+)/,
    examples: [
      ['sudo: x : TTY=pts/0 ; PWD=/home/jdoe/src ; USER=root', 'sudo: x : TTY=pts/0 ; PWD=/home/«u»/src ; USER=root'],
      ['opened C:\\Users\\jdoe\\Desktop\\a.txt', 'opened C:\\Users\\«u»\\Desktop\\a.txt'],
    ],
    keeps: ['/home/ directory'],
  },
  {
    name: 'radius-user-name',
    kind: 'user',
    anyOf: ['user-name'],
    re: /\bUser-Name ?[=:] ?"?(?<u>[^" \t,]+)/i,
    examples: [
      ['User-Name = "jdoe"', 'User-Name = "«u»"'],
      ['Access-Request: User-Name: jdoe, NAS-IP-Address 192.0.2.1', 'Access-Request: User-Name: «u», NAS-IP-Address 192.0.2.1'],
    ],
  },
  webAccessLogUserRule,
  {
    name: 'vpn-session-user',
    kind: 'user',
    anyOf: ['peer connection', 'multi', 'username', 'ldap', 'cn='],
    // OpenVPN `[jdoe] Peer Connection Initiated`, `jdoe/192.0.2.5:37849 MULTI...`,
    // `for username 'jdoe'`, LDAP DNs `CN=Jane Doe,OU=...`.
    re: /\[(?<u>[^\]\[ ]+)\] Peer Connection Initiated|(?:^|[ \t])(?<u2>[A-Za-z0-9_.@-]+)\/(?=\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}:\d+ )|\busername '(?<u3>[^']+)'|\bCN=(?<u4>[^,"]+),(?:OU|DC|CN)=/i,
    examples: [
      ['openvpn[1]: 192.0.2.5:37849 [jdoe] Peer Connection Initiated with [AF_INET]192.0.2.5:37849', 'openvpn[1]: 192.0.2.5:37849 [«u»] Peer Connection Initiated with [AF_INET]192.0.2.5:37849'],
      ['openvpn[1]: jdoe/192.0.2.5:37849 MULTI_sva: pool returned', 'openvpn[1]: «u»/192.0.2.5:37849 MULTI_sva: pool returned'],
      ['Incorrect password supplied for LDAP DN "CN=Jane Doe,OU=Staff,DC=example,DC=com"', 'Incorrect password supplied for LDAP DN "CN=«u»,OU=Staff,DC=example,DC=com"'],
    ],
  },
  panosUserColumnsRule,
];
