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
import { assignmentAt, withOperators } from './assignments.js';
import { panosUserColumnsRule } from './panos-user-columns-rule.js';
import { webAccessLogUserRule } from './web-access-log-user-rule.js';
import { squidUserRule } from './squid-user-rule.js';

/** Keys whose value is a user name, lower case. */
const USER_KEYS = new Set(
  'user ruser logname username user_name usr suser duser srcuser dstuser src_user dst_user src_user_name dst_user_name sasl_username sasl_sender xauthuser unauthuser login login_name loginname account account_name accountname administrator admin_user adminuser targetusername subjectusername acct-username samaccountname userprincipalname upn remote_user auth_user authuser'.split(
    ' ',
  ),
);

/** A word that is an address: a multi-word user name never runs into one. */
const ADDRESS_WORD = String.raw`(?:\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f]{0,4}:)`;

/** A user name up to a blank or a common delimiter. */
const U = String.raw`[^ \t"'\[\](),;<>]+`;

export const identityRules: readonly Rule[] = [
  {
    name: 'sshd-auth',
    kind: 'user',
    anyOf: ['failed ', 'accepted ', 'postponed '],
    // `Failed password for [invalid user] X from`, `Accepted publickey for X from`. sshd logs what
    // the client sent, which may contain blanks: take everything up to ` from `/` port `.
    re: new RegExp(String.raw`\b(?:Failed|Accepted|Postponed) (?:password|publickey|keyboard-interactive(?:\/pam)?|none|gssapi-with-mic|hostbased) for (?:invalid user |illegal user )?(?<u>[^ \t\[\]]+(?: (?!${ADDRESS_WORD})[^ \t\[\]]+)*?)(?= from | port | ?\[preauth\]|$)`),
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
    re: new RegExp(String.raw`\b(?:[Ii]nvalid|[Ii]llegal) user (?<u>[^ \t\[\]]+(?: (?!${ADDRESS_WORD})[^ \t\[\]]+)*?)(?= from | port | ?\[preauth\]|$| ${ADDRESS_WORD})`),
    examples: [
      ['sshd[2]: Invalid user jane doe from 198.51.100.9', 'sshd[2]: Invalid user «u» from 198.51.100.9'],
      ['sshd[3]: input_userauth_request: invalid user webmaster [preauth]', 'sshd[3]: input_userauth_request: invalid user «u» [preauth]'],
      ['sshd[3]: Invalid user oracle', 'sshd[3]: Invalid user «u»'],
      ['sshd[3]: Connection closed by invalid user jdoe 172.27.223.80 port 48893 [preauth]', 'sshd[3]: Connection closed by invalid user «u» 172.27.223.80 port 48893 [preauth]'],
    ],
  },
  {
    name: 'sshd-session-user',
    kind: 'user',
    anyOf: [' user ', 'not allowed', 'authentication failure for', 'exceeded for', 'starting session'],
    re: /\bStarting session: [^\n]*? for (?<u5>[^ \t]+) from |\b(?:Disconnected from|Connection closed by|Connection reset by|Received disconnect from|Timeout before authentication for) (?:invalid |authenticating )?user (?<u>[^ \t]+)|\bUser (?<u2>[^ \t]+) from [^ \t]+ not allowed|PAM: Authentication failure for (?:illegal user )?(?<u3>[^ \t]+)|maximum authentication attempts exceeded for (?:invalid user )?(?<u4>[^ \t]+)/,
    examples: [
      ['sshd[4]: Disconnected from authenticating user jdoe 198.51.100.9 port 5 [preauth]', 'sshd[4]: Disconnected from authenticating user «u» 198.51.100.9 port 5 [preauth]'],
      ['sshd[4]: User jdoe from 198.51.100.9 not allowed because not listed in AllowUsers', 'sshd[4]: User «u» from 198.51.100.9 not allowed because not listed in AllowUsers'],
      ['sshd[4]: error: PAM: Authentication failure for jdoe from 198.51.100.9', 'sshd[4]: error: PAM: Authentication failure for «u» from 198.51.100.9'],
      ['sshd[5]: Starting session: shell on pts/1 for jdoe from 192.0.2.9 port 6 id 0', 'sshd[5]: Starting session: shell on pts/1 for «u» from 192.0.2.9 port 6 id 0'],
    ],
  },
  {
    name: 'user-key-value',
    kind: 'user',
    anyOf: withOperators(['user', 'usr', 'login', 'logname', 'name', 'account', 'administrator', 'upn']),
    // PAM (`logname= ruser=x user=y`), sudo (`USER=root`), FortiGate/SonicWall/Sophos/Juniper SD/
    // Check Point kv (`user="x"`, `usr="x"`, `user_name="x"`, `username:"x"`), CEF (`suser=`),
    // Windows (`TargetUserName=`). A colon counts only before a quoted value.
    find(line, _state, emit, hits) {
      for (const hit of hits) {
        const a = assignmentAt(line, hit - 1);
        if (a === undefined || (a.op === 58 && a.quote === 0)) continue;
        if (!USER_KEYS.has(line.slice(a.keyStart, a.keyEnd).toLowerCase())) continue;
        let end = a.valueEnd;
        if (a.quote === 0) {
          // NX-OS accounting glues the next field on: `user=jdoe:cmd=configure`.
          const colon = line.indexOf(':', a.valueStart);
          if (colon >= 0 && colon < end) end = colon;
        }
        if (end > a.valueStart) emit('user', a.valueStart, end);
      }
    },
    examples: [
      ['pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=198.51.100.9  user=jdoe', 'pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=198.51.100.9  user=«u»'],
      ['logdesc="Admin login failed" user="jdoe" ui="ssh(192.0.2.5)"', 'logdesc="Admin login failed" user="«u»" ui="ssh(192.0.2.5)"'],
      ['[junos@2636.1.1.1.2.26 username="jdoe" source-address="192.0.2.5"]', '[junos@2636.1.1.1.2.26 username="«u»" source-address="192.0.2.5"]'],
      ['msg="Administrator login denied" sess="Web" n=1 usr="jdoe" src=192.0.2.5:17391:X0', 'msg="Administrator login denied" sess="Web" n=1 usr="«u»" src=192.0.2.5:17391:X0'],
      ['administrator:"jdoe"; client_ip:"192.0.2.5"', 'administrator:"«u»"; client_ip:"192.0.2.5"'],
      ['2024:type=update:id=192.0.2.5@pts/3:user=jdoe:cmd=configure terminal', '2024:type=update:id=192.0.2.5@pts/3:user=«u»:cmd=configure terminal'],
      ['imap-login: Login: user=<jdoe>, method=PLAIN', 'imap-login: Login: user=<«u»>, method=PLAIN'],
      ['client=mx[192.0.2.1], sasl_method=PLAIN, sasl_username=jdoe', 'client=mx[192.0.2.1], sasl_method=PLAIN, sasl_username=«u»'],
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
    anyOf: ['tty=', 'incorrect password attempts', 'not in sudoers', 'command not allowed', '(to ', 'su ', 'su:'],
    // sudo `jdoe : TTY=pts/0 ; PWD=... ; USER=root ; COMMAND=...` (the user comes right before
    // ` : `, after any header), su `(to root) jdoe on pts/1`, `FAILED SU (to x) y on`, `BAD SU x to y on`.
    re: /(?:^|[ \t])(?<u>[^ \t:]+) : (?=TTY=|\d+ incorrect password attempts|user NOT in sudoers|command not allowed|a password is required|unable to)|\((?:to) (?<u2>[^)]+)\) (?<u3>[^ \t]+) on |\bBAD SU (?<u4>[^ \t]+) to (?<u5>[^ \t]+) on|'su (?<u6>[^' \t]+)' (?:failed|succeeded) for (?<u7>[^ \t]+) on|\bsu(?:\[\d+\])?: (?<u8>[^ \t(]+) to (?<u9>[^ \t]+) on/,
    examples: [
      ['sudo: jdoe : TTY=pts/0 ; PWD=/srv ; USER=root ; COMMAND=/bin/ls', 'sudo: «u» : TTY=pts/0 ; PWD=/srv ; USER=root ; COMMAND=/bin/ls'],
      ['<85>1 2024-03-11T00:24:26+02:00 b24 sudo - - -    j.doe : 3 incorrect password attempts ; TTY=pts/0', '<85>1 2024-03-11T00:24:26+02:00 b24 sudo - - -    «u» : 3 incorrect password attempts ; TTY=pts/0'],
      ['su: (to root) jdoe on pts/1', 'su: (to root) «u» on pts/1'],
      ['<85>1 2024-03-11T01:26:31Z web22 su 13516 - - (to root) mmoreau on pts/9', '<85>1 2024-03-11T01:26:31Z web22 su 13516 - - (to root) «u» on pts/9'],
      ['su[23164]: FAILED SU (to osaudit) dcid on /dev/pts/2', 'su[23164]: FAILED SU (to «u») «u» on /dev/pts/2'],
      ['BAD SU ger to fwmaster on /dev/ttyp0', 'BAD SU «u» to «u» on /dev/ttyp0'],
    ],
  },
  {
    name: 'session-for-user',
    kind: 'user',
    anyOf: ['for user', 'changed for', 'failed for', 'succeeded for', 'successful for', 'denied for', 'of user'],
    // pam_unix `session opened for user X(uid=1) by Y(uid=0)`, `password changed for X`,
    // Juniper `Login failed for user X`, ASA `for user "root"`, `access-list ... for user 'jdoe'`,
    // systemd-logind `New session 12 of user X.`
    re: /\b(?:for user|for username|changed for|[Ll]ogin failed for|[Ll]ogin (?:succeeded|successful|failure|denied) for|session \d+ of user)(?: user)? ['"]?(?<u>[^ \t'",;()\[\]]*[^ \t'",;()\[\].])['"]?(?:\(uid=\d+\))?(?: by (?<u2>[^ \t(]+)\(uid=\d+\))?/,
    examples: [
      ['pam_unix(sshd:session): session opened for user jdoe by (uid=0)', 'pam_unix(sshd:session): session opened for user «u» by (uid=0)'],
      ['pam_unix(su:session): session opened for user root(uid=0) by jdoe(uid=1000)', 'pam_unix(su:session): session opened for user root(uid=0) by «u»(uid=1000)'],
      ['%ASA-6-605004: Login denied from 192.0.2.5/32597 to outside:192.0.2.14/ssh for user "jdoe"', '%ASA-6-605004: Login denied from 192.0.2.5/32597 to outside:192.0.2.14/ssh for user "«u»"'],
      ['UI_LOGIN_EVENT: Login failed for user jdoe from host 192.0.2.5', 'UI_LOGIN_EVENT: Login failed for user «u» from host 192.0.2.5'],
      ['passwd[1]: pam_unix(passwd:chauthtok): password changed for j.doe', 'passwd[1]: pam_unix(passwd:chauthtok): password changed for «u»'],
      ['systemd-logind[5]: New session 1359 of user j.doe.', 'systemd-logind[5]: New session 1359 of user «u».'],
    ],
  },
  {
    name: 'web-server-auth-user',
    kind: 'user',
    anyOf: ['user '],
    // Apache `AH01617: user jdoe: authentication failure`, `AH01618: user jdoe not found`,
    // nginx `user "jdoe": password mismatch` / `user "jdoe" was not found in`.
    re: /\buser "(?<u>[^"]+)"(?::| was not found)|\bAH0\d{4}: user (?<u2>[^ \t:]+)(?::| not found)/,
    examples: [
      ['[auth_basic:error] [pid 1] [client 192.0.2.1:2] AH01617: user jdoe: authentication failure for "/p/": Password Mismatch', '[auth_basic:error] [pid 1] [client 192.0.2.1:2] AH01617: user «u»: authentication failure for "/p/": Password Mismatch'],
      ['[error] 5#6: *8 user "jdoe": password mismatch, client: 192.0.2.1', '[error] 5#6: *8 user "«u»": password mismatch, client: 192.0.2.1'],
    ],
  },
  {
    name: 'account-management-command',
    kind: 'user',
    anyOf: ['useradd', 'userdel', 'usermod', 'adduser', 'deluser', 'passwd ', 'chage', 'gpasswd', 'username ', 'login user', 'snmp-server user', 'new user', 'delete user'],
    // Commands that name an account: shell tools echoed in sudo's COMMAND= and accounting logs,
    // Cisco `username X password|secret|privilege ...`, `snmp-server user X GROUP`, Junos
    // `set system login user X`, `useradd[1]: new user: name=X`.
    re: /\b(?:useradd|userdel|usermod|adduser|deluser|passwd|chage|gpasswd)\b(?: +-{1,2}[A-Za-z-]+(?: +(?!-)[^ \t;'"]+)?)* +(?<u>[A-Za-z_][A-Za-z0-9_.@$-]*)(?=[ \t]*(?:$|[;'"]))|\busername[ \t]+(?!(?:or|and|is|was|for|of|not|and\/or)\b)(?<u2>[^ \t'"]+)[ \t]+(?=password|secret|privilege|role|nopassword|algorithm-type|view|autocommand|sshkey|attributes)|\bsnmp-server[ \t]+user[ \t]+(?<u3>[^ \t]+)[ \t]+[^ \t]+[ \t]+v[123]|\blogin user (?<u4>[^ \t"]+)|\b(?:new|delete) user: name=(?<u5>[^ ,]+)/,
    examples: [
      ['COMMAND=/usr/sbin/useradd -m -s /bin/bash jdoe', 'COMMAND=/usr/sbin/useradd -m -s /bin/bash «u»'],
      ['COMMAND=/usr/sbin/usermod -aG sudo jdoe', 'COMMAND=/usr/sbin/usermod -aG sudo «u»'],
      ["executed 'username j.doe password S3cret privilege 15'", "executed 'username «u» password S3cret privilege 15'"],
      ['snmp-server user jdoe NETOPS v3 auth sha x', 'snmp-server user «u» NETOPS v3 auth sha x'],
      ['command="set system login user j.doe authentication encrypted-password x"', 'command="set system login user «u» authentication encrypted-password x"'],
      ['useradd[6995]: new user: name=jdoe, UID=1001', 'useradd[6995]: new user: name=«u», UID=1001'],
    ],
    keeps: ['useradd[6995]: new user: name=nobody, UID=48', 'username root privilege 15 secret 5 x', 'Reason: Invalid username or password. From: x'],
  },
  {
    name: 'cisco-bracket-user',
    kind: 'user',
    anyOf: ['[user: '],
    // Cisco IOS `%SEC_LOGIN-5-LOGIN_SUCCESS: Login Success [user: jdoe] [Source: ...]`.
    re: /\[user: (?<u>[^\]]*)\]/,
    examples: [
      ['%SEC_LOGIN-5-LOGIN_SUCCESS: Login Success [user: jdoe] [Source: 192.0.2.5] [localport: 22]', '%SEC_LOGIN-5-LOGIN_SUCCESS: Login Success [user: «u»] [Source: 192.0.2.5] [localport: 22]'],
    ],
  },
  {
    name: 'angle-user',
    kind: 'user',
    anyOf: ['user <'],
    // Cisco ASA `%ASA-6-113039: Group <GP> User <jdoe> IP <192.0.2.5>`.
    re: /\b[Uu]ser <(?<u>[^>]+)>/,
    examples: [
      ["%ASA-6-113039: Group <GP> User <first.o'last@example.com> IP <192.0.2.5> AnyConnect parent session started.", "%ASA-6-113039: Group <GP> User <«u»@example.com> IP <192.0.2.5> AnyConnect parent session started."],
    ],
  },
  {
    name: 'quoted-user',
    kind: 'user',
    anyOf: ["user '"],
    // ASA `User 'jdoe', running 'CLI'`, Junos `User 'jdoe', command`, OpenVPN `user 'jdoe' authenticated`.
    re: /\b(?:[Uu]ser|USER) '(?<u>[^']+)'/,
    examples: [
      ["%ASA-5-111010: User 'jdoe', running 'CLI' from IP 192.0.2.5, executed 'terminal pager 0'", "%ASA-5-111010: User '«u»', running 'CLI' from IP 192.0.2.5, executed 'terminal pager 0'"],
      ["openvpn[1]: user 'jdoe' authenticated", "openvpn[1]: user '«u»' authenticated"],
    ],
  },
  {
    name: 'user-equals',
    kind: 'user',
    anyOf: ['user = ', 'username = '],
    // ASA AAA messages: `: user = jdoe : user IP = 192.0.2.5`, `User = jdoe`.
    re: /\b(?:[Uu]ser|[Uu]sername) = (?<u>[^ \t,:]+)/,
    examples: [
      ['%ASA-6-113005: AAA user authentication Rejected : reason = Invalid password : server = 192.0.2.20 : user = jdoe : user IP = 192.0.2.5', '%ASA-6-113005: AAA user authentication Rejected : reason = Invalid password : server = 192.0.2.20 : user = «u» : user IP = 192.0.2.5'],
    ],
  },
  {
    name: 'user-colon',
    kind: 'user',
    anyOf: ['user:', 'username:', 'username :', 'uname:'],
    // `Username:jdoe` (ASA 751025), `Uname: jdoe` (ASA 611101), FTD `User: DOM\jdoe,`,
    // IOS `%PARSER-5-CFGLOG_LOGGEDCMD: User:jdoe  logged command:`.
    re: /\bUser: (?<u>[^,]+),|\bUser:(?<u2>[^ \t,]+)|\b[Uu]ser[Nn]ame ?: ?(?<u3>[^ \t,;'"]+)|\bUname: (?<u4>[^ \t,]+)/,
    examples: [
      ['%ASA-6-751025: Local:203.0.113.10:4500 Remote:198.51.100.25:50466 Username:jdoe IKEv2', '%ASA-6-751025: Local:203.0.113.10:4500 Remote:198.51.100.25:50466 Username:«u» IKEv2'],
      ['%PARSER-5-CFGLOG_LOGGEDCMD: User:jdoe  logged command:interface Gi1/0/1', '%PARSER-5-CFGLOG_LOGGEDCMD: User:«u»  logged command:interface Gi1/0/1'],
      ['%FTD-1-430003: ... User: EXAMPLE-AD\\jdoe, Client: x', '%FTD-1-430003: ... User: EXAMPLE-AD\\«u», Client: x'],
    ],
    keeps: ['%FTD-1-430003: SrcIP: x, User: No Authentication Required, Client: y'],
  },
  {
    name: 'meraki-identity',
    kind: 'user',
    anyOf: ["user id '", "identity='", 'user['],
    // Meraki `client_vpn_connect user id 'jdoe'`, `type=8021x_auth identity='jdoe'`,
    // `anyconnect_vpn_session_manager ... User[jdoe]:`.
    re: /\buser id '(?<u>[^']+)'|\bidentity='(?<u2>[^']+)'|\bUser\[(?<u3>[^\]]+)\]/,
    examples: [
      ["client_vpn_connect user id 'jdoe' local ip 172.16.0.145", "client_vpn_connect user id '«u»' local ip 172.16.0.145"],
      ["type=8021x_auth identity='j.doe@example.net' aid='1'", "type=8021x_auth identity='«u»@example.net' aid='1'"],
    ],
  },
  {
    name: 'user-verb',
    kind: 'user',
    anyOf: ['user ', 'administrator ', 'dap: user'],
    // `User jdoe has exited tty session`, Sophos `User jdoe of group X logged in`, FortiGate
    // `Administrator jdoe logged in`, ASA `DAP: User jdoe, Addr ...`.
    re: /\bUser (?!(?:authentication|authorization|account|session|login|name|not|is|has|was|from|for|access|logon|request)\b)(?<u>[^ \t]+) (?:of group|has exited|logged (?:in|out)|login|authenticated|failed)|\bAdministrator (?<u2>[^ \t]+) (?:logged (?:in|out)|login)|\bDAP: User (?<u3>[^,]+),/,
    examples: [
      ['%SYS-6-LOGOUT: User jdoe has exited tty session 5(192.0.2.5)', '%SYS-6-LOGOUT: User «u» has exited tty session 5(192.0.2.5)'],
      ['msg="Administrator jdoe logged in successfully from ssh(192.0.2.5)"', 'msg="Administrator «u» logged in successfully from ssh(192.0.2.5)"'],
      ['%ASA-6-734001: DAP: User jdoe, Addr 192.0.2.5, Connection AnyConnect', '%ASA-6-734001: DAP: User «u», Addr 192.0.2.5, Connection AnyConnect'],
    ],
    keeps: ['msg=User authentication failed cs1=x'],
  },
  {
    name: 'configured-by',
    kind: 'user',
    anyOf: ['configured from', ' on vty', ' on console', ' on tty'],
    // Cisco IOS `%SYS-5-CONFIG_I: Configured from console by jdoe on vty0 (192.0.2.5)`.
    re: /\bby (?<u>[^ \t]+) on (?:vty|console|tty)|Configured from [^ \t]+ by (?<u2>[^ \t]+)(?: on |$)/,
    examples: [
      ['%SYS-5-CONFIG_I: Configured from console by jdoe on vty0 (192.0.2.5)', '%SYS-5-CONFIG_I: Configured from console by «u» on vty0 (192.0.2.5)'],
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
    re: /(?<=^|[ \t,=:"'(<\[])(?<d>[A-Za-z][A-Za-z0-9_-]{0,14})\\{1,2}(?<u>[A-Za-z0-9_.$\x80-\xFF-]*[A-Za-z0-9_$\x80-\xFF](?<!\.(?:exe|dll|txt|xlsx?|docx?|pdf|zip|log|ini|cfg|sys|bat|ps1|tmp|dat|jpe?g|png|html?|xml|json|csv|msi|js|vbs|lnk)))(?=$|[ \t,;"')>\]])/i,
    examples: [
      ['(LOCAL\\jdoe, 123)', '(LOCAL\\«u», 123)'],
      ['inside:192.0.2.1/48141(EXAMPLE\\j\xC3\xB3zef.w) duration 2:02:39', 'inside:192.0.2.1/48141(EXAMPLE\\«u») duration 2:02:39'],
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
    anyOf: ['peer connection', 'username', 'ldap', 'cn=', "peer '", "identity '"],
    // OpenVPN `[jdoe] Peer Connection Initiated`, `for username 'jdoe'`, LDAP DNs `CN=Jane Doe,OU=...`,
    // strongSwan `assigning 10.10.8.95 to peer 'jdoe'`, `EAP identity 'jdoe'`.
    re: /\[(?<u>[^\]\[ ]+)\] Peer Connection Initiated|\busername '(?<u3>[^']+)'|\bCN=(?<u4>[^,"]+),(?:OU|DC|CN)=|\b(?:to peer|identity) '(?<u5>[^']+)'/i,
    examples: [
      ['openvpn[1]: 192.0.2.5:37849 [jdoe] Peer Connection Initiated with [AF_INET]192.0.2.5:37849', 'openvpn[1]: 192.0.2.5:37849 [«u»] Peer Connection Initiated with [AF_INET]192.0.2.5:37849'],
      ['Incorrect password supplied for LDAP DN "CN=Jane Doe,OU=Staff,DC=example,DC=com"', 'Incorrect password supplied for LDAP DN "CN=«u»,OU=Staff,DC=example,DC=com"'],
      ["charon[3]: 16[IKE] peer requested virtual IP %any, assigning 10.10.8.95 to peer 'jdoe'", "charon[3]: 16[IKE] peer requested virtual IP %any, assigning 10.10.8.95 to peer '«u»'"],
    ],
  },
  {
    name: 'openvpn-client',
    kind: 'user',
    anyOf: ['openvpn'],
    // OpenVPN names a client `user/address:port`: `jdoe/192.0.2.5:37849 MULTI_sva`, `-> jdoe/192.0.2.5:35803`.
    re: /(?:^|[ \t])(?<u>[A-Za-z0-9_.@-]+)\/(?=(?:\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]+)(?::\d+)?(?:[ \t]|$))/,
    examples: [
      ['openvpn[1]: jdoe/192.0.2.5:37849 MULTI_sva: pool returned', 'openvpn[1]: «u»/192.0.2.5:37849 MULTI_sva: pool returned'],
      ['openvpn[1]: MULTI: Learn: 10.8.0.29 -> jdoe/192.0.2.5:35803', 'openvpn[1]: MULTI: Learn: 10.8.0.29 -> «u»/192.0.2.5:35803'],
      ['openvpn[2]: j.doe/2001:db8::1f1 SIGUSR1[soft,connection-reset] received', 'openvpn[2]: «u»/2001:db8::1f1 SIGUSR1[soft,connection-reset] received'],
    ],
  },
  {
    name: 'mail-server-user',
    kind: 'user',
    anyOf: ['imap(', 'pop3(', 'lmtp(', 'managesieve(', 'submission('],
    // Dovecot names the session by user: `imap(jdoe)<91021><...>: Logged out`.
    re: /\b(?:imap|pop3|lmtp|managesieve|submission)\((?<u>[^)]+)\)</,
    examples: [['dovecot: imap(j.doe)<91021><r4HbwZtx>: Logged out in=256', 'dovecot: imap(«u»)<91021><r4HbwZtx>: Logged out in=256']],
  },
  squidUserRule,
  {
    name: 'ansible-user-item',
    kind: 'user',
    anyOf: ['(item='],
    // Ansible loops over accounts: `TASK [common : create users] changed: [host] => (item=jdoe)`.
    re: /TASK \[[^\]]*\busers?\b[^\]]*\][^(]*=> \(item=(?<u>[^) \t{}]+)\)/,
    examples: [['TASK [common : create users] changed: [db24] => (item=j.doe) password: NOT_LOGGING_PARAMETER', 'TASK [common : create users] changed: [db24] => (item=«u») password: NOT_LOGGING_PARAMETER']],
  },
  panosUserColumnsRule,
];
