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
import { assignmentAt, blankWordBlank, withOperators } from './assignments.js';
import { panosUserColumnsRule } from './panos-user-columns-rule.js';
import { webAccessLogUserRule } from './web-access-log-user-rule.js';
import { nameBesideAddressRule } from './name-beside-address-rule.js';
import { squidUserRule } from './squid-user-rule.js';
import { zeekHttpUserRule } from './zeek-http-user-rule.js';

/** Keys whose value is a user name, lower case. */
const USER_KEYS = new Set(
  'acct uname user ruser logname username user_name usr suser duser srcuser dstuser src_user dst_user src_user_name dst_user_name sasl_username sasl_sender xauthuser unauthuser login login_name loginname account account_name accountname usrname administrator admin_user adminuser targetusername subjectusername acct-username samaccountname userprincipalname upn remote_user auth_user authuser authid administrator_login admin_login ansible_user ansible_ssh_user ansible_become_user'.split(
    ' ',
  ),
);

/** Key names ending in one of these name an account too: `ClientUsername`, `principalName`, `SubjectUserName`, ECS `user.name`, `source.user.name`. */
const USER_KEY_SUFFIX = /(?:username|user_name|principalname|principal_name|loginname|login_name|(?:^|\.)user\.name|^related\.user)$/;

function isUserKey(lowerKey: string): boolean {
  return USER_KEYS.has(lowerKey) || USER_KEY_SUFFIX.test(lowerKey);
}

/** Kerberos service names: a principal `krbtgt/REALM` or `host/name@REALM` names a service, not a person. */
const KRB_SERVICES = String.raw`(?:krbtgt|kadmin|host|HTTP|http|ldap|cifs|nfs|DNS|dns|HOST|RestrictedKrbHost|MSSQLSvc|WSMAN|TERMSRV|imap|smtp|postgres|HTTPS?|exchangeMDB|GC|E3514235-4B06-11D1-AB04-00C04FC2DCD2)`;

/** A word that is an address: a multi-word user name never runs into one. */
const ADDRESS_WORD = String.raw`(?:\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f]{0,4}:)`;

export const identityRules: readonly Rule[] = [
  {
    name: 'json-user-object-name',
    kind: 'user',
    anyOf: ['"user": {', '"user":{', 'user\\":{', 'user\\": {'],
    requires: ['name'],
    // A `user` object's `name` (Duo's authentication log: `"user": {"groups": ["Staff"], "key": "DU...", "name": "jdoe"}`),
    // also inside a JSON string, where the quotes are escaped.
    re: /\\?"user\\?": ?\{[^{}]*?\\?"name\\?": ?\\?"(?<u>[^"\\]+)\\?"/,
    examples: [
      ['"txid":"5e1f","user": {"groups": ["Staff"], "key": "DUM4YLH13BDQCYN8GI24", "name": "pwendt3"}}', '"txid":"5e1f","user": {"groups": ["Staff"], "key": "DUM4YLH13BDQCYN8GI24", "name": "«u»"}}'],
      ['"msg":"{\\"user\\":{\\"groups\\":[\\"Staff\\"],\\"name\\":\\"pwendt3\\"}}"', '"msg":"{\\"user\\":{\\"groups\\":[\\"Staff\\"],\\"name\\":\\"«u»\\"}}"'],
    ],
  },
  {
    name: 'network-os-audit-user',
    kind: 'user',
    anyOf: ['-user=', 'shell_login: ', 'security user "', 'local-user user "', 'authd[', 'authentication (user ', "authentication error for '", ' changed password for ', '(mac=', 'administrative account (', 'user [', 'management user ', '%accounting: user ', '[admin] ', 'login attempt via ', 'samaccountname, user: '],
    // Switch, firewall and controller audit forms: Comware `-User=jdoe; Command is` and `SHELL_LOGIN: jdoe logged in`,
    // SR OS `security user "jdoe"` / MD-CLI `local-user user "jdoe"`, AlliedWare `authd[1]: [jdoe@ssh]` and
    // `failed authentication (user jdoe)`, OPNsense `authentication error for 'jdoe'` and `User a changed password
    // for b`, Zyxel `Administrator jdoe(MAC=`, EXOS `Administrative account (jdoe)`, WatchGuard `user [jdoe@DB]`
    // and `Management user jdoe@DB`, OS10 `%ACCOUNTING: User jdoe (`, Omada `[Admin] jdoe logged in`, FOS
    // `login attempt via REMOTE, IP Addr: 192.0.2.5., jdoe`, mod_authnz_ldap `?sAMAccountName, user: jdoe`.
    re: /-User=(?<u>[^;]+); Command is\b|%%\d*SHELL\/\d\/SHELL_LOG(?:IN|OUT): (?<u2>[^ \t]+) logged (?:in|out) from\b|\b(?:security|local-user) user "(?<u3>[^"]+)"|\bauthd\[\d+\]: \[(?<u4>[^@\] \t]+)@[A-Za-z]+\d*\]|\bfailed authentication \(user (?<u5>[^) \t]+)\)|\bauthentication error for '(?<u6>[^']+)'|\bUser (?<u7>[^ \t]+) changed password for (?<u8>[^ \t]+)|\bAdministrator (?<u9>[^ \t(]+)\(MAC=|\bAdministrative account \((?<u10>[^)]+)\)|\buser \[(?<u11>[^@\] \t]+)@[^\] \t]+\] from\b|\bManagement user (?<u12>[^@ \t]+)@[^ \t]+ from\b|%ACCOUNTING: User (?<u13>[^ \t]+) \(|\[Admin\] (?<u14>[^ \t]+) logged (?:in|out)\b|\blogin attempt via [A-Z]+, IP Addr: [^ \t]+, (?<u15>[^ \t,]+)|\?sAMAccountName, user: (?<u16>[^ \t,;]+)/,
    examples: [
      ['%%10SHELL/6/SHELL_CMD: -Line=vty2-IPAddr=192.0.2.221-User=kvoll6; Command is display version', '%%10SHELL/6/SHELL_CMD: -Line=vty2-IPAddr=192.0.2.221-User=«u»; Command is display version'],
      ['%%10SHELL/5/SHELL_LOGIN: kvoll6 logged in from 192.0.2.103.', '%%10SHELL/5/SHELL_LOGIN: «u» logged in from 192.0.2.103.'],
      ['[ex:/configure system security user-params local-user user "kvoll6"]', '[ex:/configure system security user-params local-user user "«u»"]'],
      ['sw-yyz-b6-01 authd[6112]: [kvoll6@telnet]show mac address-table', 'sw-yyz-b6-01 authd[6112]: [«u»@telnet]show mac address-table'],
      ['authd[8089]: port1.0.22: Supplicant failed authentication (user kvoll6)', 'authd[8089]: port1.0.22: Supplicant failed authentication (user «u»)'],
      ["opnsense[3394]: /index.php: Web GUI authentication error for 'kvoll6' from 192.0.2.132", "opnsense[3394]: /index.php: Web GUI authentication error for '«u»' from 192.0.2.132"],
      ['msg="Administrator kvoll6(MAC=00-00-00-00-00-00) from console has logged in Device"', 'msg="Administrator «u»(MAC=00-00-00-00-00-00) from console has logged in Device"'],
      ['<Noti:AAA.logout> Administrative account (kvoll6) logout from ssh (192.0.2.197)', '<Noti:AAA.logout> Administrative account («u») logout from ssh (192.0.2.197)'],
      ['admd: msg_id="1100-0004" Authentication of Firebox-DB user [kvoll6@AD-CORP] from 192.0.2.45 was rejected', 'admd: msg_id="1100-0004" Authentication of Firebox-DB user [«u»@AD-CORP] from 192.0.2.45 was rejected'],
      ['Dell EMC (OS10) %ACCOUNTING: User kvoll6 (192.0.2.94) executed "show run"', 'Dell EMC (OS10) %ACCOUNTING: User «u» (192.0.2.94) executed "show run"'],
      ['OC200 - - - [Admin] kvoll6 logged in to the controller from 192.0.2.16', 'OC200 - - - [Admin] «u» logged in to the controller from 192.0.2.16'],
      ['Info: Successful login attempt via REMOTE, IP Addr: 192.0.2.26., kvoll6', 'Info: Successful login attempt via REMOTE, IP Addr: 192.0.2.26., «u»'],
      ['AH01697: auth_ldap authenticate: using URL ldap://192.0.2.26:389/OU=Staff,DC=example?sAMAccountName, user: kvoll6', 'AH01697: auth_ldap authenticate: using URL ldap://192.0.2.26:389/OU=Staff,DC=example?sAMAccountName, user: «u»'],
    ],
    keeps: ['[Admin] settings saved', 'authd[1]: [main@1] started'],
  },
  {
    name: 'sshd-auth',
    kind: 'user',
    anyOf: ['failed ', 'accepted ', 'postponed '],
    anchored: true,
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
    anchored: true,
    // Not `Invalid user name/password on SSH session` (a message about the pair).
    re: new RegExp(String.raw`\b(?:[Ii]nvalid|[Ii]llegal) user (?!name\/password|name or password|or password)(?<u>[^ \t\[\]]+(?: (?!${ADDRESS_WORD})[^ \t\[\]]+)*?)(?= from | port | ?\[preauth\]|$| ${ADDRESS_WORD})`),
    examples: [
      ['sshd[2]: Invalid user jane doe from 198.51.100.9', 'sshd[2]: Invalid user «u» from 198.51.100.9'],
      ['sshd[3]: input_userauth_request: invalid user webmaster [preauth]', 'sshd[3]: input_userauth_request: invalid user «u» [preauth]'],
      ['sshd[3]: Invalid user oracle', 'sshd[3]: Invalid user «u»'],
      ['sshd[3]: Connection closed by invalid user jdoe 172.27.223.80 port 48893 [preauth]', 'sshd[3]: Connection closed by invalid user «u» 172.27.223.80 port 48893 [preauth]'],
    ],
    keeps: ['auth: Invalid user name/password on SSH session. User: root, IP: 192.0.2.7'],
  },
  {
    name: 'sshd-session-user',
    kind: 'user',
    anyOf: [' user ', 'not allowed', 'authentication failure for', 'exceeded for', 'starting session'],
    // ` user ` alone (`Failed password for invalid user x`) is not enough: one of the phrases.
    requires: ['starting session: ', 'disconnected from ', 'connection closed by ', 'connection reset by ', 'received disconnect from ', 'timeout before authentication for ', ' not allowed', 'pam: authentication failure for ', 'maximum authentication attempts exceeded for '],
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
    anyOf: withOperators(['user', 'usr', 'login', 'logname', 'name', 'account', 'administrator', 'upn', 'acct']),
    // PAM (`logname= ruser=x user=y`), sudo (`USER=root`), FortiGate/SonicWall/Sophos/Juniper SD/
    // Check Point kv (`user="x"`, `usr="x"`, `user_name="x"`, `username:"x"`), CEF (`suser=`),
    // Windows (`TargetUserName=`). A colon counts only before a quoted value.
    find(line, _state, emit, hits) {
      for (const hit of hits) {
        const a = assignmentAt(line, hit - 1);
        if (a === undefined || (a.op === 58 && a.quote === 0)) continue;
        const key = line.slice(a.keyStart, a.keyEnd);
        // PAM writes `logname=`; Windows' `LogName=Security` names an event log.
        if (key === 'LogName' || !isUserKey(key.toLowerCase())) continue;
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
      ['{"type":"audit", "event.action":"access_granted", "user.name":"j.doe", "user.realm":"ldap1"}', '{"type":"audit", "event.action":"access_granted", "user.name":"«u»", "user.realm":"ldap1"}'],
      ['pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=198.51.100.9  user=jdoe', 'pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=198.51.100.9  user=«u»'],
      ['logdesc="Admin login failed" user="jdoe" ui="ssh(192.0.2.5)"', 'logdesc="Admin login failed" user="«u»" ui="ssh(192.0.2.5)"'],
      ['[junos@2636.1.1.1.2.26 username="jdoe" source-address="192.0.2.5"]', '[junos@2636.1.1.1.2.26 username="«u»" source-address="192.0.2.5"]'],
      ['msg="Administrator login denied" sess="Web" n=1 usr="jdoe" src=192.0.2.5:17391:X0', 'msg="Administrator login denied" sess="Web" n=1 usr="«u»" src=192.0.2.5:17391:X0'],
      ['administrator:"jdoe"; client_ip:"192.0.2.5"', 'administrator:"«u»"; client_ip:"192.0.2.5"'],
      ['2024:type=update:id=192.0.2.5@pts/3:user=jdoe:cmd=configure terminal', '2024:type=update:id=192.0.2.5@pts/3:user=«u»:cmd=configure terminal'],
      ['imap-login: Login: user=<jdoe>, method=PLAIN', 'imap-login: Login: user=<«u»>, method=PLAIN'],
      ['client=mx[192.0.2.1], sasl_method=PLAIN, sasl_username=jdoe', 'client=mx[192.0.2.1], sasl_method=PLAIN, sasl_username=«u»'],
      ["msg='op=PAM:authentication grantors=? acct=\"jdoe\" exe=\"/usr/sbin/sshd\" hostname=192.0.2.204'", "msg='op=PAM:authentication grantors=? acct=\"«u»\" exe=\"/usr/sbin/sshd\" hostname=192.0.2.204'"],
      ['{"ClientHost":"192.0.2.1","ClientUsername":"jdoe","DownstreamStatus":401}', '{"ClientHost":"192.0.2.1","ClientUsername":"«u»","DownstreamStatus":401}'],
      ['"attr":{"mechanism":"SCRAM-SHA-256","principalName":"jdoe","authenticationDatabase":"app"}', '"attr":{"mechanism":"SCRAM-SHA-256","principalName":"«u»","authenticationDatabase":"app"}'],
      ['logger=context userId=7 orgId=1 uname=jdoe t=2024-03-04T07:12:37Z', 'logger=context userId=7 orgId=1 uname=«u» t=2024-03-04T07:12:37Z'],
    ],
    keeps: ['user=root uid=0 logname=', 'xauthuser="N/A"', 'LogName=Security EventCode=4625 EventType=0'],
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
    // PAM's `tty=ssh` is not enough: sudo's ` : `, su's `(to `, `BAD SU `, `'su `, `su:` or `su[`.
    requires: [' : ', '(to ', 'bad su ', "'su ", 'su:', 'su['],
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
    anyOf: ['for user', 'changed for', 'expiry for', 'pg_hba.conf entry', 'failed for', 'succeeded for', 'successful for', 'denied for', 'of user'],
    // pam_unix `session opened for user X(uid=1) by Y(uid=0)`, `password changed for X`,
    // Juniper `Login failed for user X`, ASA `for user "root"`, `access-list ... for user 'jdoe'`,
    // systemd-logind `New session 12 of user X.`
    re: /\b(?:for user|for username|changed for|password expiry for|[Ll]ogin failed for|[Ll]ogin (?:succeeded|successful|failure|denied) for|[Ss]ession \d+ of [Uu]ser)(?: user)? ['"]?(?<u>[^ \t'",;()\[\]]*[^ \t'",;()\[\].])['"]?(?:\(uid=\d+\))?(?: by (?<u2>[^ \t(]+)\(uid=\d+\))?|\bpg_hba\.conf entry for host "[^"]*", user "(?<u3>[^"]+)"/,
    examples: [
      ['pam_unix(sshd:session): session opened for user jdoe by (uid=0)', 'pam_unix(sshd:session): session opened for user «u» by (uid=0)'],
      ['pam_unix(su:session): session opened for user root(uid=0) by jdoe(uid=1000)', 'pam_unix(su:session): session opened for user root(uid=0) by «u»(uid=1000)'],
      ['%ASA-6-605004: Login denied from 192.0.2.5/32597 to outside:192.0.2.14/ssh for user "jdoe"', '%ASA-6-605004: Login denied from 192.0.2.5/32597 to outside:192.0.2.14/ssh for user "«u»"'],
      ['UI_LOGIN_EVENT: Login failed for user jdoe from host 192.0.2.5', 'UI_LOGIN_EVENT: Login failed for user «u» from host 192.0.2.5'],
      ['passwd[1]: pam_unix(passwd:chauthtok): password changed for j.doe', 'passwd[1]: pam_unix(passwd:chauthtok): password changed for «u»'],
      ['chage[3315]: changed password expiry for j.doe', 'chage[3315]: changed password expiry for «u»'],
      ['systemd-logind[5]: New session 1359 of user j.doe.', 'systemd-logind[5]: New session 1359 of user «u».'],
      ['systemd 1 - - Started session-4484.scope - Session 4484 of User j.doe.', 'systemd 1 - - Started session-4484.scope - Session 4484 of User «u».'],
      ['FATAL:  no pg_hba.conf entry for host "192.0.2.171", user "jdoe", database "orders", no encryption', 'FATAL:  no pg_hba.conf entry for host "192.0.2.171", user "«u»", database "orders", no encryption'],
    ],
  },
  {
    name: 'web-server-auth-user',
    kind: 'user',
    anyOf: ['user '],
    requires: ['user "', 'ah0'],
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
    anyOf: ['useradd', 'userdel', 'usermod', 'adduser', 'deluser', 'passwd ', 'chage', 'gpasswd', 'username ', 'local-user ', 'login user', 'snmp-server user', 'new user', 'delete user'],
    // Commands that name an account: shell tools echoed in sudo's COMMAND= and accounting logs,
    // Cisco `username X password|secret|privilege ...`, `snmp-server user X GROUP`, Junos
    // `set system login user X`, `useradd[1]: new user: name=X`.
    re: /\b(?:useradd|userdel|usermod|adduser|deluser|passwd|chage|gpasswd)\b(?: +-{1,2}[A-Za-z-]+(?: +(?!-)[^ \t;'"]+)?)* +(?<u>[A-Za-z_][A-Za-z0-9_.@$-]*)(?=[ \t]*(?:$|[;'"]))|\b(?:username|local-user)[ \t]+(?!(?:or|and|is|was|for|of|not|and\/or)\b)(?<u2>[^ \t'"]+)[ \t]+(?=password|secret|privilege|role|nopassword|algorithm-type|view|autocommand|sshkey|attributes)|\bsnmp-server[ \t]+user[ \t]+(?<u3>[^ \t]+)[ \t]+[^ \t]+[ \t]+v[123]|\blogin user (?<u4>[^ \t"]+)|\b(?:new|delete) user: name=(?<u5>[^ ,]+)/,
    examples: [
      ['COMMAND=/usr/sbin/useradd -m -s /bin/bash jdoe', 'COMMAND=/usr/sbin/useradd -m -s /bin/bash «u»'],
      ['COMMAND=/usr/sbin/usermod -aG sudo jdoe', 'COMMAND=/usr/sbin/usermod -aG sudo «u»'],
      ["executed 'username j.doe password S3cret privilege 15'", "executed 'username «u» password S3cret privilege 15'"],
      ['snmp-server user jdoe NETOPS v3 auth sha x', 'snmp-server user «u» NETOPS v3 auth sha x'],
      ['command="set system login user j.doe authentication encrypted-password x"', 'command="set system login user «u» authentication encrypted-password x"'],
      ['useradd[6995]: new user: name=jdoe, UID=1001', 'useradd[6995]: new user: name=«u», UID=1001'],
      ['Command="local-user jdoe password irreversible-cipher x", Result=Success', 'Command="local-user «u» password irreversible-cipher x", Result=Success'],
    ],
    keeps: ['useradd[6995]: new user: name=nobody, UID=48', 'username root privilege 15 secret 5 x', 'Reason: Invalid username or password. From: x'],
  },
  {
    name: 'cisco-bracket-user',
    kind: 'user',
    anyOf: ['[user: '],
    anchored: true,
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
    anyOf: ["user '", "for '", 'user "'],
    // ASA `User 'jdoe', running 'CLI'`, Junos `User 'jdoe', command`, OpenVPN `user 'jdoe' authenticated`,
    // ocserv `failed authentication for 'jdoe'`, dropbear `Bad password attempt for 'jdoe'`.
    // Asterisk's `failed for '192.0.2.5:5060'` names a peer's address, which the address scanner takes.
    re: new RegExp(String.raw`\b(?:[Uu]ser|USER) '(?<u>[^']+)'|\b(?:authentication|auth|attempt|login|logon|password|succeeded|failed|failure) for '(?!\[?${ADDRESS_WORD})(?<u2>[^']+)'|\b[Uu]ser "(?<u3>[^"]+)" (?:successfully|failed|authenticated|logged|has|was|is)\b`),
    examples: [
      ["%ASA-5-111010: User 'jdoe', running 'CLI' from IP 192.0.2.5, executed 'terminal pager 0'", "%ASA-5-111010: User '«u»', running 'CLI' from IP 192.0.2.5, executed 'terminal pager 0'"],
      ["openvpn[1]: user 'jdoe' authenticated", "openvpn[1]: user '«u»' authenticated"],
      ['AuthenticationService - User "j.doe" successfully authenticated from [192.0.2.164, 192.0.2.77].', 'AuthenticationService - User "«u»" successfully authenticated from [192.0.2.164, 192.0.2.77].'],
      ["ocserv[22611]: worker: 192.0.2.138 failed authentication for 'j.doe'", "ocserv[22611]: worker: 192.0.2.138 failed authentication for '«u»'"],
      ["dropbear[7326]: Bad password attempt for 'jdoe2' from [2001:db8::b863]:47843", "dropbear[7326]: Bad password attempt for '«u»' from [2001:db8::b863]:47843"],
    ],
    keeps: ["Waiting for 'network-online.target'", "chan_sip.c: Registration from '<sip:1649@pbx.example>' failed for '192.0.2.73:49338' - Wrong password"],
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
    anyOf: ['user:', 'username:', 'username :', 'uname:', 'login:', 'login id:'],
    // `Username:jdoe` (ASA 751025), `Uname: jdoe` (ASA 611101), FTD `User: DOM\jdoe,`,
    // IOS `%PARSER-5-CFGLOG_LOGGEDCMD: User:jdoe  logged command:`.
    // NetScaler ICA names its columns first: `username:domainname jdoe:CORP`.
    re: /\bUser: (?<u>[^,]+),|\bUser:(?<u2>[^ \t,]+)|\busername:domainname (?<u5>[^ \t:]+):|^[ \t]*User: (?<u6>[^ \t,]+)[ \t]*$|\b[Uu]ser[Nn]ame ?: ?(?!domainname\b)(?<u3>[^ \t,;'"]+)|\bUname: (?<u4>[^ \t,]+)|\((?:[Uu]ser|[Uu]sername|[Ll]ogin): (?<u7>[^ \t,)]+)[,)]|\bLogin ID: (?<u8>[^ \t,]+)/,
    examples: [
      ['Error: Access Denied. (user: j.doe, remote: 192.0.2.97:64695)', 'Error: Access Denied. (user: «u», remote: 192.0.2.97:64695)'],
      ['XCC: [FQXSPSE4001I] Remote Login Successful. Login ID: jdoe2 using webguis from 192.0.2.212', 'XCC: [FQXSPSE4001I] Remote Login Successful. Login ID: «u» using webguis from 192.0.2.212'],
      ['%ASA-6-751025: Local:203.0.113.10:4500 Remote:198.51.100.25:50466 Username:jdoe IKEv2', '%ASA-6-751025: Local:203.0.113.10:4500 Remote:198.51.100.25:50466 Username:«u» IKEv2'],
      ['%PARSER-5-CFGLOG_LOGGEDCMD: User:jdoe  logged command:interface Gi1/0/1', '%PARSER-5-CFGLOG_LOGGEDCMD: User:«u»  logged command:interface Gi1/0/1'],
      ['%FTD-1-430003: ... User: EXAMPLE-AD\\jdoe, Client: x', '%FTD-1-430003: ... User: EXAMPLE-AD\\«u», Client: x'],
      ['User: jdoe', 'User: «u»'],
      ['default ICA ICASTART 5268426 0 :  Source 192.0.2.28:24303 - customername  - username:domainname jdoe:CORP - applicationName SAP', 'default ICA ICASTART 5268426 0 :  Source 192.0.2.28:24303 - customername  - username:domainname «u»:CORP - applicationName SAP'],
    ],
    keeps: ['%FTD-1-430003: SrcIP: x, User: No Authentication Required, Client: y'],
  },
  {
    name: 'meraki-identity',
    kind: 'user',
    anyOf: ["user id '", "identity='", 'user[', 'user [', 'admin['],
    // Meraki `client_vpn_connect user id 'jdoe'`, `type=8021x_auth identity='jdoe'`,
    // `anyconnect_vpn_session_manager ... User[jdoe]:`, Synology `User [jdoe] from [addr]`, UniFi OS `Admin[jdoe] log in`.
    re: /\buser id '(?<u>[^']+)'|\bidentity='(?<u2>[^']+)'|\b(?:User ?|Admin)\[(?<u3>[^\]]+)\]/,
    examples: [
      ["client_vpn_connect user id 'jdoe' local ip 172.16.0.145", "client_vpn_connect user id '«u»' local ip 172.16.0.145"],
      ["type=8021x_auth identity='j.doe@example.net' aid='1'", "type=8021x_auth identity='«u»@example.net' aid='1'"],
      ['[meta sequenceId="61444"] User [j.doe] from [192.0.2.5] signed in to [DSM] successfully', '[meta sequenceId="61444"] User [«u»] from [192.0.2.5] signed in to [DSM] successfully'],
      ['udm-pro unifi: Admin[jdoe] log in from 192.0.2.5', 'udm-pro unifi: Admin[«u»] log in from 192.0.2.5'],
    ],
  },
  {
    name: 'user-verb',
    kind: 'user',
    anyOf: ['user ', 'administrator ', 'dap: user', 'authorized by '],
    anchored: true,
    // `User jdoe has exited tty session`, MikroTik `user jdoe logged in from`, ScreenOS `Admin user jdoe has logged on`, Sophos `User jdoe of group X logged in`, FortiGate
    // `Administrator jdoe logged in`, ASA `DAP: User jdoe, Addr ...`.
    re: /\b[Uu]ser (?!(?:[Aa]uthentication|[Aa]uthorization|[Aa]ccount|[Ss]ession|[Ll]ogin|[Nn]ame|[Cc]redentials?|[Pp]assword|not|is|has|was|from|for|[Aa]ccess|[Ll]ogon|[Rr]equest|[Ii]nformation|[Dd]ata|[Ii]nput|[Dd]irectory)\b)(?<u>[^ \t]+) (?:of group|has exited|has logged (?:on|in|off|out)|logged (?:in|out)|login|authenticated|authentication failed|failed|- Client_ip)|\bauthorized by (?<u4>[^ \t]+) for \d+ minutes|\bAdministrator (?<u2>[^ \t]+) (?:logged (?:in|out)|login)|\bDAP: User (?<u3>[^,]+),/,
    examples: [
      ['%SYS-6-LOGOUT: User jdoe has exited tty session 5(192.0.2.5)', '%SYS-6-LOGOUT: User «u» has exited tty session 5(192.0.2.5)'],
      ['msg="Administrator jdoe logged in successfully from ssh(192.0.2.5)"', 'msg="Administrator «u» logged in successfully from ssh(192.0.2.5)"'],
      ['%ASA-6-734001: DAP: User jdoe, Addr 192.0.2.5, Connection AnyConnect', '%ASA-6-734001: DAP: User «u», Addr 192.0.2.5, Connection AnyConnect'],
      ['system,info,account user jdoe logged in from 192.0.2.5 via web', 'system,info,account user «u» logged in from 192.0.2.5 via web'],
      ['[Root]system-warning-00515: Admin user jdoe has logged on via SSH from 192.0.2.5:44765', '[Root]system-warning-00515: Admin user «u» has logged on via SSH from 192.0.2.5:44765'],
      ['AH01695: auth_ldap authenticate: user jdoe authentication failed; URI /svn/', 'AH01695: auth_ldap authenticate: user «u» authentication failed; URI /svn/'],
      ['default AAA LOGIN_FAILED 6720768 0 :  User j_doe - Client_ip 192.0.2.202 - Failure_reason "x"', 'default AAA LOGIN_FAILED 6720768 0 :  User «u» - Client_ip 192.0.2.202 - Failure_reason "x"'],
      ['ubios-udapi-server[5369]: Guest was authorized by jdoe for 1440 minutes', 'ubios-udapi-server[5369]: Guest was authorized by «u» for 1440 minutes'],
    ],
    keeps: ['msg=User authentication failed cs1=x', 'the user has logged on', 'User Authentication failed. username=', '[ldap_simple_bind() to check user credentials failed]'],
  },
  {
    name: 'account-action-user',
    kind: 'user',
    anyOf: [' by user ', 'authenticate user ', 'password of user ', 'locked user '],
    // What was done to or by an account: Veeam `Job has been modified by user HQ\\jdoe`, XCP-ng `Failed to
    // authenticate user jdoe:`, Tomcat `authenticate the locked user [jdoe]`, Pulse `Changed password of user jdoe`.
    re: /\b(?:modified|changed|created|deleted|started|stopped|initiated|updated|removed|disabled|enabled) by user (?<u>[^ \t,]+?)\.?(?=[ \t,]|$)|\b(?:to authenticate|password of|the locked) user \[?(?!(?:account|name|session|is|has|was|from|for|the|a|an)\b)(?<u2>[^ \t\[\]:,'"]+)\]?/,
    examples: [
      ['Veeam_MP: [origin enterpriseId="31023"] Job has been modified by user HQ\\jdoe2.', 'Veeam_MP: [origin enterpriseId="31023"] Job has been modified by user HQ\\«u».'],
      ['xapi: [xapi_session] Failed to authenticate user jdoe2: Authentication failure', 'xapi: [xapi_session] Failed to authenticate user «u»: Authentication failure'],
      ['LockOutRealm.filterLockedAccounts An attempt was made to authenticate the locked user [jdoe2]', 'LockOutRealm.filterLockedAccounts An attempt was made to authenticate the locked user [«u»]'],
      ['msg="ADM20716: User Accounts modified. Changed password of user jdoe2 in authentication server Guest-Users."', 'msg="ADM20716: User Accounts modified. Changed password of user «u» in authentication server Guest-Users."'],
    ],
    keeps: ['Failed to authenticate user account: timeout'],
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
    // Also inside JSON, where the tabs are written `\t` (NXLog, Winlogbeat `Message` fields), and
    // with no blank at all (Cisco WLC `User Name:jdoe Ip Address:`).
    re: /(?:\b|(?<=\\[tnr]))(?:Account Name|User Name|Logon Account|Client User Name|Target User Name|New Account Name):(?:[ \t]|\\t)*(?<u>(?:[^ \t\\"-]|-(?=[^ \t\\"]))(?:[^ \t\\"]|\\(?![tnr"]))*)/i,
    examples: [
      ['Subject: Security ID: S-1-5-18 Account Name:\t\tjdoe\tAccount Domain:\tEXAMPLE', 'Subject: Security ID: S-1-5-18 Account Name:\t\t«u»\tAccount Domain:\tEXAMPLE'],
      ['"Message":"An account failed to log on.\\r\\n\\tAccount Name:\\t\\tjdoe\\r\\n\\tAccount Domain:\\t\\tCORP"', '"Message":"An account failed to log on.\\r\\n\\tAccount Name:\\t\\t«u»\\r\\n\\tAccount Domain:\\t\\tCORP"'],
      ['apf_utils.c:285 Client Authenticated: Slot:1 User Name:jdoe Ip Address:192.0.2.8', 'apf_utils.c:285 Client Authenticated: Slot:1 User Name:«u» Ip Address:192.0.2.8'],
    ],
    keeps: ['"Message":"\\tAccount Name:\\t\\t-\\r\\n\\tAccount Domain:\\t\\t-"'],
  },
  {
    name: 'domain-backslash-user',
    kind: 'user',
    anyOf: ['\\'],
    // `DOMAIN\user` (NetBIOS domain: up to 15 characters, no dots) outside file paths.
    re: /(?<=^|[ \t,=:"'(<\[])(?<d>[A-Za-z][A-Za-z0-9_-]{0,14})\\{1,2}(?<u>[A-Za-z0-9_.$\x80-\xFF-]*[A-Za-z0-9_$\x80-\xFF](?<!\.(?:exe|dll|txt|xlsx?|docx?|pdf|zip|log|ini|cfg|sys|bat|ps1|tmp|dat|jpe?g|png|html?|xml|json|csv|msi|js|vbs|lnk)))(?=$|[ \t,;"'()>\]])/i,
    examples: [
      ['(LOCAL\\jdoe, 123)', '(LOCAL\\«u», 123)'],
      ['inside:192.0.2.1/48141(EXAMPLE\\j\xC3\xB3zef.w) duration 2:02:39', 'inside:192.0.2.1/48141(EXAMPLE\\«u») duration 2:02:39'],
      ['1,2021/03/24,x,USERID,login,2305,x,vsys1,192.0.2.5,example\\jdoe,,0', '1,2021/03/24,x,USERID,login,2305,x,vsys1,192.0.2.5,example\\«u»,,0'],
      ['vim.SessionManager.loginByToken -- CORP\\jdoe(192.0.2.5)', 'vim.SessionManager.loginByToken -- CORP\\«u»(192.0.2.5)'],
    ],
    keeps: ['file=sample\\test.xls', 'C:\\Windows\\System32\\cmd.exe'],
  },
  {
    name: 'home-directory',
    kind: 'user',
    anyOf: ['/home/', '/users/', '\\users\\', '/spool/cron/', '/homes/'],
    // Also a user's crontab, `/var/spool/cron/jdoe` (Red Hat) or `/var/spool/cron/crontabs/jdoe` (Debian).
    re: /(?<![A-Za-z0-9_])(?:\/home\/|\/Users\/|[A-Za-z]:\\+Users\\+|\/var\/spool\/cron\/(?:crontabs\/)?|\/volume\d+\/homes?\/)(?:[A-Z][A-Z0-9_-]*\/(?=[^/\\ \t"':;,()\[\]]))?(?<u>[^/\\ \t"':;,()\[\]]+)/,
    examples: [
      ['sudo: x : TTY=pts/0 ; PWD=/home/jdoe/src ; USER=root', 'sudo: x : TTY=pts/0 ; PWD=/home/«u»/src ; USER=root'],
      ['opened C:\\Users\\jdoe\\Desktop\\a.txt', 'opened C:\\Users\\«u»\\Desktop\\a.txt'],
      ['crond[7727]: RELOAD (/var/spool/cron/jdoe)', 'crond[7727]: RELOAD (/var/spool/cron/«u»)'],
      ['Event: write, Path: /volume1/home/jdoe/report-q4.xlsx, File/Folder: File', 'Event: write, Path: /volume1/home/«u»/report-q4.xlsx, File/Folder: File'],
      // winbind's template homedir /home/%D/%U
      ["pam_winbind_open_session: home '/home/CORP/jdoe'", "pam_winbind_open_session: home '/home/CORP/«u»'"],
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
  nameBesideAddressRule,
  {
    name: 'vpn-session-user',
    kind: 'user',
    anyOf: ['peer connection', 'username', 'ldap', 'cn=', "peer '", "identity '"],
    // OpenVPN `[jdoe] Peer Connection Initiated`, `for username 'jdoe'`, LDAP DNs `CN=Jane Doe,OU=...`,
    // strongSwan `assigning 10.10.8.95 to peer 'jdoe'`, `EAP identity 'jdoe'`.
    re: /\[(?<u>[^\]\[ ]+)\] Peer Connection Initiated|\busername '(?<u3>[^']+)'|\bCN=(?<u4>[^,"']+), ?(?:OU|DC|CN|O)=|\bVERIFY OK: depth=0, CN=(?<u6>[^,\/ \t"']+)|\b(?:to peer|identity) '(?<u5>[^']+)'/i,
    examples: [
      ['openvpn[1]: 192.0.2.5:37849 [jdoe] Peer Connection Initiated with [AF_INET]192.0.2.5:37849', 'openvpn[1]: 192.0.2.5:37849 [«u»] Peer Connection Initiated with [AF_INET]192.0.2.5:37849'],
      ['Incorrect password supplied for LDAP DN "CN=Jane Doe,OU=Staff,DC=example,DC=com"', 'Incorrect password supplied for LDAP DN "CN=«u»,OU=Staff,DC=example,DC=com"'],
      ["charon[3]: 16[IKE] peer requested virtual IP %any, assigning 10.10.8.95 to peer 'jdoe'", "charon[3]: 16[IKE] peer requested virtual IP %any, assigning 10.10.8.95 to peer '«u»'"],
      ["charon[9445]: 14[IKE] authentication of 'CN=jdoe, OU=Staff, O=Example' with RSA_EMSA_PKCS1_SHA2_256 successful", "charon[9445]: 14[IKE] authentication of 'CN=«u», OU=Staff, O=Example' with RSA_EMSA_PKCS1_SHA2_256 successful"],
      ['openvpn[66312]: 192.0.2.154:31994 VERIFY OK: depth=0, CN=jdoe', 'openvpn[66312]: 192.0.2.154:31994 VERIFY OK: depth=0, CN=«u»'],
    ],
  },
  {
    name: 'openvpn-client',
    kind: 'user',
    anyOf: ['openvpn'],
    // OpenVPN names a client `user/address:port`: `jdoe/192.0.2.5:37849 MULTI_sva`, `-> jdoe/192.0.2.5:35803`.
    re: /(?:^|[ \t])(?<u>[A-Za-z0-9_.@\x80-\xFF-]+)\/(?=(?:\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]+)(?::\d+)?(?:[ \t]|$))/,
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
    name: 'login-failed-tty',
    kind: 'user',
    anyOf: ["for '", "by '"],
    requires: ['login'],
    // util-linux login: `FAILED LOGIN (1) on '/dev/tty6' FOR 'jdoe', Authentication failure`, `LOGIN ON tty1 BY 'jdoe'`.
    re: /\bFAILED LOGIN(?: \(\d+\))? (?:on|ON) '[^']*' (?:FOR|for) '(?<u>[^']+)'|\bLOGIN ON [^ \t]+ BY '(?<u2>[^']+)'/,
    examples: [["login[7528]: FAILED LOGIN (1) on '/dev/tty6' FOR 'j.doe', Authentication failure", "login[7528]: FAILED LOGIN (1) on '/dev/tty6' FOR '«u»', Authentication failure"]],
  },
  {
    name: 'mikrotik-account',
    kind: 'user',
    anyOf: [',account ', '/user ', '/ppp secret '],
    // RouterOS: `l2tp,ppp,info,account jdoe logged in, 10.8.0.32`, exports `/user add name=jdoe`,
    // `/ppp secret add name=jdoe password=...`.
    re: /,account (?<u>[^ \t,]+) logged (?:in|out)|\/(?:user|ppp secret) (?:add|set)\b[^\n]*?[ \t]name=(?<u2>[^ \t"]+)/,
    examples: [
      ['l2tp,ppp,info,account j.doe logged in, 10.8.0.32 from 192.0.2.12', 'l2tp,ppp,info,account «u» logged in, 10.8.0.32 from 192.0.2.12'],
      ['/user add name=j.doe group=full password=x address=10.255.3.0/24', '/user add name=«u» group=full password=x address=10.255.3.0/24'],
      ['/ppp secret add name=jdoe password=x profile=vpn-profile service=pppoe', '/ppp secret add name=«u» password=x profile=vpn-profile service=pppoe'],
    ],
  },
  {
    name: 'registry-login-user',
    kind: 'user',
    anyOf: [' login '],
    requires: ['docker', 'podman', 'nerdctl', 'buildah', 'skopeo', 'helm', 'oras'],
    // `docker login -u jdoe -p ...`: the account beside the password the credential rule replaces.
    re: /\b(?:docker|podman|nerdctl|buildah|skopeo|helm|oras)\b[^|;&]*? login\b[^|;&]*?[ \t](?:-u|--username)(?:[ \t]+|=)['"]?(?<u>[^ \t'"]+)/,
    examples: [['+ docker login -u j_doe -p x ghcr.io', '+ docker login -u «u» -p x ghcr.io']],
  },
  {
    name: 'tacacs-accounting',
    kind: 'user',
    anyOf: ['task_id='],
    // tac_plus accounting file: `date<TAB>NAS<TAB>user<TAB>tty<TAB>remote<TAB>start|stop<TAB>task_id=...`.
    re: /^[^\t]+\t[^\t]+\t(?<u>[^\t]+)\t[^\t]+\t[^\t]+\t(?:start|stop|update)\ttask_id=/,
    examples: [['Mar  4 07:48:40 2024\t192.0.2.195\tjdoe\ttty3\t192.0.2.20\tstop\ttask_id=172\tservice=shell', 'Mar  4 07:48:40 2024\t192.0.2.195\t«u»\ttty3\t192.0.2.20\tstop\ttask_id=172\tservice=shell']],
  },
  {
    name: 'proxmox-user',
    kind: 'user',
    anyOf: ['@pve', '@pam', 'upid:'],
    // Proxmox VE names users `name@realm`: `<jdoe@pve> starting task UPID:node:...:qmstart:446:jdoe@pve:`.
    re: /<(?<u>[^@<> \t]+)@[A-Za-z0-9_.-]+>|\bUPID:(?:[^: \t]*:){6,7}(?<u2>[^:@ \t]+)@[A-Za-z0-9_.-]+:/,
    examples: [['pveproxy[8658]: <j.doe@pve> starting task UPID:pve1:BF45F010:1EC97409:1EBD307D:qmstart:446:j.doe@pve:', 'pveproxy[8658]: <«u»@pve> starting task UPID:pve1:BF45F010:1EC97409:1EBD307D:qmstart:446:«u»@pve:']],
    keeps: ['pvedaemon[1]: <root@pam> successful auth for user root@pam'],
  },
  zeekHttpUserRule,
  {
    name: 'ldap-uid',
    kind: 'user',
    anyOf: ['uid='],
    // OpenLDAP `BIND dn="uid=jdoe,ou=people,..."`, search filters `(uid=jdoe)`. A numeric uid (`uid=0`) is no name.
    re: /(?<![A-Za-z0-9_])uid=(?<u>[^0-9,)"' \t][^,)"' \t]*)(?=[,)"'])/i,
    examples: [
      ['slapd[599]: conn=970507 op=7 BIND dn="uid=jdoe,ou=users,o=example" method=128', 'slapd[599]: conn=970507 op=7 BIND dn="uid=«u»,ou=users,o=example" method=128'],
      ['conn=9 op=4 SRCH base="dc=example,dc=net" scope=2 filter="(&(objectClass=posixAccount)(uid=j.doe))"', 'conn=9 op=4 SRCH base="dc=example,dc=net" scope=2 filter="(&(objectClass=posixAccount)(uid=«u»))"'],
    ],
    keeps: ['pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh'],
  },
  {
    name: 'samba-domain-user',
    kind: 'user',
    anyOf: [']\\['],
    // Samba's authentication audit writes `[DOMAIN]\[user]`.
    re: /\[[^\]\[]{0,64}\]\\\[(?<u>[^\]]+)\]/,
    examples: [
      ['smbd[1947081]:   Auth: [SMB2,(null)] user [CORP]\\[jdoe] at [Mon, 04 Mar 2024 06:57:12 UTC] with [NTLMv2]', 'smbd[1947081]:   Auth: [SMB2,(null)] user [CORP]\\[«u»] at [Mon, 04 Mar 2024 06:57:12 UTC] with [NTLMv2]'],
    ],
  },
  {
    name: 'polkit-unix-user',
    kind: 'user',
    anyOf: ['unix-user:'],
    re: /\bunix-user:(?<u>[^ \t)\],]+)/,
    examples: [['for unix-process:1571468:3523640 [bash] (owned by unix-user:jdoe)', 'for unix-process:1571468:3523640 [bash] (owned by unix-user:«u»)']],
  },
  {
    name: 'dovecot-passdb',
    kind: 'user',
    anyOf: ['passwd-file(', 'passwd(', 'pam(', 'shadow(', 'ldap(', 'sql(', 'checkpassword(', 'bsdauth(', 'static(', 'lua(', 'oauth2('],
    // Dovecot's passdb lookups name the session `driver(user,remote-ip[,<session>])`.
    re: /\b(?:passwd-file|passwd|pam|shadow|ldap|sql|checkpassword|bsdauth|static|lua|oauth2)\((?<u>[^,()]+),(?=[0-9A-Fa-f.:]+[,)])/,
    examples: [
      ['dovecot[1847]: auth: passwd-file(jdoe,192.0.2.5,<DbI6uBmLljW9bkQY>): unknown user', 'dovecot[1847]: auth: passwd-file(«u»,192.0.2.5,<DbI6uBmLljW9bkQY>): unknown user'],
      ['auth-worker(9): pam(j.doe,2001:db8::5): pam_authenticate() failed', 'auth-worker(9): pam(«u»,2001:db8::5): pam_authenticate() failed'],
    ],
    keeps: ['pam_unix(sshd:auth): authentication failure'],
  },
  {
    name: 'tacacs-login',
    kind: 'user',
    anyOf: ['login failure: ', 'login success: ', 'login failed: ', 'login succeeded: '],
    anchored: true,
    // tac_plus `login failure: USER NAS-ADDRESS (REMOTE-ADDRESS) TTY`.
    re: /login (?:failure|success|failed|succeeded): (?<u>[^ \t]+) (?=[0-9A-Fa-f.:]+ )/,
    examples: [['tac_plus[2401]: login failure: jdoe-adm 192.0.2.20 (192.0.2.199) tty5', 'tac_plus[2401]: login failure: «u» 192.0.2.20 (192.0.2.199) tty5']],
  },
  {
    name: 'user-at-address',
    kind: 'user',
    anyOf: ['@'],
    // `user@address`: MySQL `Connect jdoe@192.0.2.5 on db`, NetScaler `Context jdoe@192.0.2.5`,
    // `ssh jdoe@2001:db8::5`. An address is never a mail domain, so the e-mail rule leaves these.
    re: /(?<![A-Za-z0-9_.@$'"\x80-\xFF-])(?<u>[A-Za-z0-9_$\x80-\xFF][A-Za-z0-9_.$\x80-\xFF-]{0,63})@(?=(?:\d{1,3}\.){3}\d{1,3}(?!\d|\.\d|[.\d]*[A-Za-z])|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f]{0,4}:|\[[0-9A-Fa-f]{0,4}:)/,
    examples: [
      ['2024-03-04T07:02:11.733000Z\t18239 Connect\tj.doe@192.0.2.124 on crm using SSL/TLS', '2024-03-04T07:02:11.733000Z\t18239 Connect\t«u»@192.0.2.124 on crm using SSL/TLS'],
      ['default SSLVPN LOGIN 9136246 0 : Context jdoe@203.0.113.39 - SessionId: 66453', 'default SSLVPN LOGIN 9136246 0 : Context «u»@203.0.113.39 - SessionId: 66453'],
      ['SFIMS: [Audit Log] fmc-1: andr\xC3\xA9.kova\xC4\x8D@192.0.2.160, System > Users > Logout', 'SFIMS: [Audit Log] fmc-1: «u»@192.0.2.160, System > Users > Logout'],
      ['59841 Connect\tjdoe-adm@2001:db8:2765:110::df7f on wordpress', '59841 Connect\t«u»@2001:db8:2765:110::df7f on wordpress'],
    ],
    // An RFC 5424 SD-ID is `name@private-enterprise-number`, which may look like an address.
    keeps: ['Connect root@192.0.2.5 on mysql', 'mail from jdoe@example.com', 'RT_IDS - RT_SCREEN_IP [junos@1.1.1.1.2.1 attack-name="IP spoofing!"'],
  },
  {
    name: 'postgres-prefix-user',
    kind: 'user',
    anyOf: ['fatal:', 'log:', 'error:', 'warning:', 'detail:', 'statement:', 'hint:'],
    requires: ['@'],
    // PostgreSQL's common `log_line_prefix` `%u@%d` puts the session's user before the level.
    re: /(?:^|[ \t\]])(?<u>[A-Za-z_\x80-\xFF][A-Za-z0-9_.$\x80-\xFF-]{0,62})@[A-Za-z0-9_.$-]+ (?=(?:FATAL|ERROR|LOG|WARNING|DETAIL|STATEMENT|HINT|PANIC|NOTICE|INFO|DEBUG\d?):)/,
    examples: [['2024-03-04 07:04:34.442 UTC [3251] j_doe@keycloak FATAL:  password authentication failed', '2024-03-04 07:04:34.442 UTC [3251] «u»@keycloak FATAL:  password authentication failed']],
    keeps: ['2024-03-04 07:04:34.442 UTC [3251] postgres@postgres LOG:  checkpoint starting'],
  },
  {
    name: 'sql-account',
    kind: 'user',
    anyOf: ['create user', 'alter user', 'drop user', 'rename user', 'create role', 'alter role', 'drop role', 'create login', 'alter login', 'does not exist'],
    // SQL that names an account (MySQL and PostgreSQL statement logs, SQL Server audit), and
    // PostgreSQL `role "jdoe" does not exist`.
    re: /\b(?:CREATE|ALTER|DROP|RENAME) (?:USER|ROLE|LOGIN) (?:IF (?:NOT )?EXISTS )?(?:'(?<u>[^']+)'|"(?<u2>[^"]+)"|\x60(?<u3>[^\x60]+)\x60|\[(?<u4>[^\]]+)\]|(?<u5>[A-Za-z_\x80-\xFF][A-Za-z0-9_.$\x80-\xFF-]*))|\b(?:role|user) "(?<u6>[^"]+)" does not exist/i,
    examples: [
      ["LOG:  statement: ALTER ROLE jdoe WITH PASSWORD 'x'", "LOG:  statement: ALTER ROLE «u» WITH PASSWORD 'x'"],
      ["Query\tCREATE USER 'jdoe'@'%' IDENTIFIED BY 'x'", "Query\tCREATE USER '«u»'@'%' IDENTIFIED BY 'x'"],
      ['FATAL:  role "j_doe" does not exist', 'FATAL:  role "«u»" does not exist'],
    ],
    keeps: ['ERROR:  relation "users" does not exist'],
  },
  {
    name: 'kerberos-principal',
    kind: 'user',
    anyOf: ['@', 'krbtgt', 'kerberos', 'krb5'],
    // A principal with an instance, `jdoe/admin@REALM` (kadmind, krb5kdc), and Zeek's kerberos.log
    // `jdoe/REALM`. Realms are upper case. Service principals (`krbtgt/`, `host/`) name no person.
    re: new RegExp(
      String.raw`(?<![A-Za-z0-9_.\/$-])(?!${KRB_SERVICES}[\/@])(?<u>[A-Za-z0-9_][A-Za-z0-9_.$-]*)\/[A-Za-z0-9_.-]+@(?=[A-Z0-9-]+(?:\.[A-Z0-9-]+)+(?![A-Za-z0-9.-]))|(?<=\t|^)(?!${KRB_SERVICES}\/)(?<u2>[A-Za-z0-9_][A-Za-z0-9_.$-]*)\/(?=[A-Z0-9-]+(?:\.[A-Z0-9-]+)+(?:\t|$))`,
    ),
    examples: [
      ['kadmind[7956](Notice): Request: kadm5_init, j_doe/admin@CORP.EXAMPLE.NET, success, client=j_doe/admin@CORP.EXAMPLE.NET', 'kadmind[7956](Notice): Request: kadm5_init, «u»/admin@CORP.EXAMPLE.NET, success, client=«u»/admin@CORP.EXAMPLE.NET'],
      ['1709535374.003000\tCtxgINX3PIEV48Rt7r\t192.0.2.7\t16560\t192.0.2.8\t88\tAS\tjdoe/CORP.EXAMPLE.NET\tkrbtgt/CORP.EXAMPLE.NET\tT', '1709535374.003000\tCtxgINX3PIEV48Rt7r\t192.0.2.7\t16560\t192.0.2.8\t88\tAS\t«u»/CORP.EXAMPLE.NET\tkrbtgt/CORP.EXAMPLE.NET\tT'],
    ],
    keeps: ['service=kadmin/admin@CORP.EXAMPLE.NET', 'TGS_REQ for krbtgt/CORP.EXAMPLE.NET@CORP.EXAMPLE.NET', 'see docs/README.MD'],
  },
  {
    name: 'cron-user',
    kind: 'user',
    anyOf: [') cmd', ') reload', ') begin edit', ') end edit', ') replace', ') list', ') delete', ') mail', ') orphan'],
    requires: ['cron'],
    // cron names the crontab's owner: `CRON[1]: (jdoe) CMD (...)`, `crond[2]: (jdoe) RELOAD (...)`.
    re: /\((?<u>[^)( \t]+)\) (?=CMD|RELOAD|BEGIN EDIT|END EDIT|REPLACE|LIST|DELETE|MAIL|ORPHAN)/,
    examples: [
      ['CRON[3199298]: (jdoe) CMD (/usr/local/bin/backup.sh >/dev/null 2>&1)', 'CRON[3199298]: («u») CMD (/usr/local/bin/backup.sh >/dev/null 2>&1)'],
      ['crond[7727]: (j.doe) RELOAD (x)', 'crond[7727]: («u») RELOAD (x)'],
    ],
    keeps: ['CRON[1]: (root) CMD (run-parts /etc/cron.hourly)'],
  },
  {
    name: 'exim-authenticator',
    kind: 'user',
    anyOf: [' a='],
    // Exim's `A=authenticator:user` on `<=` lines.
    re: /(?:^|[ \t])A=[A-Za-z0-9_-]+:(?<u>[^ \t]+)/,
    examples: [['H=(laptop) [192.0.2.82]:56231 P=esmtpsa X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=no A=dovecot_plain:jdoe S=487164', 'H=(laptop) [192.0.2.82]:56231 P=esmtpsa X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=no A=dovecot_plain:«u» S=487164']],
  },
  {
    name: 'wlc-username-entry',
    kind: 'user',
    anyOf: ['username entry ('],
    anchored: true,
    // Cisco AireOS `%APF-6-USERNAME_CREATED: Username entry (jdoe) created for mobile`.
    re: /Username entry \((?<u>[^)]+)\)/i,
    examples: [['%APF-6-USERNAME_CREATED: apf_ms.c:7267 Username entry (jdoe) created for mobile, username length = 4', '%APF-6-USERNAME_CREATED: apf_ms.c:7267 Username entry («u») created for mobile, username length = 4']],
  },
  {
    name: 'ppp-session-user',
    kind: 'user',
    anyOf: ['<pppoe-', '<l2tp-', '<pptp-', '<sstp-', '<ovpn-'],
    anchored: true,
    // MikroTik names PPP sessions `<pppoe-USER>`.
    re: /<(?:pppoe|l2tp|pptp|sstp|ovpn)-(?<u>[^>]+)>/,
    examples: [['pppoe,ppp,info <pppoe-j.doe>: authenticated', 'pppoe,ppp,info <pppoe-«u»>: authenticated']],
  },
  {
    name: 'f5-user',
    kind: 'user',
    anyOf: ['audit - user ', 'auth user ', "authentication with '"],
    // BIG-IP mcpd `AUDIT - user jdoe - transaction`, config `auth user jdoe {`, APM
    // `AD module: authentication with 'jdoe' failed`.
    re: /\bAUDIT - user (?<u>[^ \t]+) - |\bauth user (?<u2>[^ \t{]+) \{|\bauthentication with '(?<u3>[^']+)'/,
    examples: [
      ['01070417:5: AUDIT - user j.doe - transaction #1323549-7 - object 0 - create { auth user b.roe { description "NOC" } }', '01070417:5: AUDIT - user «u» - transaction #1323549-7 - object 0 - create { auth user «u» { description "NOC" } }'],
      ["01490106:3: /Common/vpn_ap:Common:91e558ca: AD module: authentication with 'jdoe' failed", "01490106:3: /Common/vpn_ap:Common:91e558ca: AD module: authentication with '«u»' failed"],
    ],
  },
  {
    name: 'cloud-principal',
    kind: 'user',
    anyOf: ['arn:aws', '/login/', '"display_name":"'],
    // AWS IAM user and role-session ARNs (`arn:aws:iam::123456789012:user/jdoe`,
    // `arn:aws:sts::123456789012:assumed-role/Admin/jdoe@example.com`), HashiCorp Vault
    // `auth/ldap/login/jdoe` and `"display_name":"ldap-jdoe"`.
    re: /\barn:aws[a-z-]*:(?:iam|sts)::\d{12}:(?:user\/(?:[^\/" \t,]+\/)*(?<u>[^\/" \t,]+)|assumed-role\/[^\/" \t,]+\/(?<u2>[^\/" \t,]+))|\bauth\/[A-Za-z0-9_-]+\/login\/(?<u3>[^"\/?# \t]+)|"display_name":"(?:ldap|userpass|oidc|okta|radius|github|cert|kerberos|jwt)-(?<u4>[^"]+)"/,
    examples: [
      ['"arn":"arn:aws:iam::265098667168:user/jdoe","accountId":"265098667168"', '"arn":"arn:aws:iam::265098667168:user/«u»","accountId":"265098667168"'],
      ['"arn":"arn:aws:sts::265098667168:assumed-role/Admin/jdoe","type":"AssumedRole"', '"arn":"arn:aws:sts::265098667168:assumed-role/Admin/«u»","type":"AssumedRole"'],
      ['"display_name":"ldap-jdoe","policies":["default"],"path":"auth/ldap/login/jdoe"', '"display_name":"ldap-«u»","policies":["default"],"path":"auth/ldap/login/«u»"'],
    ],
    keeps: ['"arn":"arn:aws:iam::265098667168:role/ops-admin"'],
  },
  {
    name: 'mosquitto-client-user',
    kind: 'user',
    anyOf: [", u'"],
    // Mosquitto `New client connected from 192.0.2.5:41375 as sensor-1 (p2, c1, k60, u'jdoe').`
    re: /\(p\d+, c\d, k\d+, u'(?<u>[^']+)'\)/,
    examples: [["1726510011: New client connected from 192.0.2.69:41375 as zigbee2mqtt_20cefcd (p2, c1, k60, u'jdoe2').", "1726510011: New client connected from 192.0.2.69:41375 as zigbee2mqtt_20cefcd (p2, c1, k60, u'«u»')."]],
  },
  {
    name: 'attempt-for-user',
    kind: 'user',
    anyOf: ['attempt for ', ' by '],
    requires: ['attempt for ', ' via '],
    // Gitea `Failed authentication attempt for jdoe from 192.0.2.5:12953`, ScreenOS
    // `System configuration saved by jdoe via web from host 192.0.2.5`.
    re: /\b(?:authentication|login|logon|sign-in|signin) attempt for (?:user )?(?<u>[^ \t]+) from |\b(?:saved|changed|modified|deleted|added|created|removed|updated|rebooted|reset) by (?<u2>[^ \t]+) via (?:web|ssh|telnet|console|winbox|api|cli|https?|snmp|ftp)\b/,
    examples: [
      ["auth.go:167:SignInPost() [I] Failed authentication attempt for j.doe from 192.0.2.158:12953: user's password is invalid", "auth.go:167:SignInPost() [I] Failed authentication attempt for «u» from 192.0.2.158:12953: user's password is invalid"],
      ['[Root]system-information-00767: System configuration saved by jdoe via web from host 192.0.2.20', '[Root]system-information-00767: System configuration saved by «u» via web from host 192.0.2.20'],
    ],
  },
  {
    name: 'ansible-user-item',
    kind: 'user',
    anyOf: ['(item='],
    // Ansible loops over accounts: `TASK [common : create users] changed: [host] => (item=jdoe)`.
    re: /TASK \[[^\]]*\busers?\b[^\]]*\][^(]*=> \(item=(?<u>[^) \t{}]+)\)/,
    examples: [['TASK [common : create users] changed: [db24] => (item=j.doe) password: NOT_LOGGING_PARAMETER', 'TASK [common : create users] changed: [db24] => (item=«u») password: NOT_LOGGING_PARAMETER']],
  },
  {
    name: 'windows-event-xml-user',
    kind: 'user',
    anyOf: ['username', 'accountname', "name='user", 'name="user'],
    // Windows event XML (Event Viewer export, Winlogbeat/NXLog raw XML):
    // `<Data Name='TargetUserName'>jdoe</Data>`, `SubjectUserName`, `AccountName`, `User`.
    re: /<Data Name=['"](?:Target|Subject|Member|Client)?(?:UserName|User|AccountName)['"]>(?<u>[^<]+)<\/Data>/i,
    examples: [
      ["<Data Name='TargetUserName'>jdoe</Data><Data Name='TargetDomainName'>EXAMPLE</Data>", "<Data Name='TargetUserName'>«u»</Data><Data Name='TargetDomainName'>EXAMPLE</Data>"],
      ['<Data Name="SubjectUserName">j.doe</Data>', '<Data Name="SubjectUserName">«u»</Data>'],
    ],
    keeps: ["<Data Name='SubjectUserName'>-</Data>", "<Data Name='TargetUserName'>NOR-DC1$</Data>"],
  },
  {
    name: 'user-from-address',
    kind: 'user',
    // The words a match starts with: the expression is tried only where one of them starts.
    anyOf: [
      ...['user', 'account', 'administrator', 'admin', 'login by', 'changed by', 'users:'],
      ...['failed', 'failure', 'succeeded', 'successful', 'denied', 'rejected', 'accepted'].map((w) => `${w} for`),
    ].flatMap((w) => [`${w} `, `${w}\t`]),
    anchored: true,
    // A name between an account word (or an authentication verb's `for`) and `from`/`at` an
    // address: `User jdoe from 192.0.2.5 logged in` (Nokia SR OS), `Login failed: user jdoe from`
    // (AlliedWare), `Management user jdoe@Firebox-DB from 192.0.2.5` (WatchGuard),
    // `Authentication failed for jdoe from 192.0.2.5 port 22` (Comware).
    requires: [...blankWordBlank(['from', 'at']), 'source ip:'],
    re: new RegExp(
      String.raw`(?:\b(?:[Uu]ser|USER|[Aa]ccount|[Aa]dministrator|[Aa]dmin|login by|changed by|[Uu]sers:)|\b(?:[Ff]ailed|[Ff]ailure|[Ss]ucceeded|[Ss]uccessful|[Dd]enied|[Rr]ejected|[Aa]ccepted) for(?: user)?)[ \t]+` +
        String.raw`(?!(?:name|names|authentication|login|logon|session|account|request|password|has|is|was|not|with|for|from|at|via|on|in|to|the|a|an)\b)` +
        String.raw`["'\[]?(?<u>[A-Za-z0-9_.\x80-\xFF$-]{1,64}?)["'\]]?(?:@[A-Za-z0-9._-]+)?,?[ \t]+(?:from|at|Source IP:)[ \t]+(?:host[ \t]+|IP[ \t]+|address[ \t]+|src IP[ \t]+)?[\[(]?(?:\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{2,})`,
    ),
    examples: [
      ['MINOR: SECURITY #2012 Base "User jdoe from 192.0.2.7 attempted to log in with an unknown user name"', 'MINOR: SECURITY #2012 Base "User «u» from 192.0.2.7 attempted to log in with an unknown user name"'],
      ['IMISH[4098]: Login failed: user jdoe from 2001:db8::7 on ssh', 'IMISH[4098]: Login failed: user «u» from 2001:db8::7 on ssh'],
      ['admd: Management user jdoe@Firebox-DB from 192.0.2.7 logged in', 'admd: Management user «u»@Firebox-DB from 192.0.2.7 logged in'],
      ['%%10SSHS/6/SSHS_LOG: Authentication failed for jdoe from 192.0.2.7 port 30773 because of invalid username', '%%10SSHS/6/SSHS_LOG: Authentication failed for «u» from 192.0.2.7 port 30773 because of invalid username'],
      ['ICX7150-48P Router Security: SSH login by jdoe from src IP 192.0.2.7 to PRIVILEGED EXEC mode', 'ICX7150-48P Router Security: SSH login by «u» from src IP 192.0.2.7 to PRIVILEGED EXEC mode'],
      ['conn log: Users: jdoe, Source IP: 192.0.2.7, Computer name: mbp-80076', 'conn log: Users: «u», Source IP: 192.0.2.7, Computer name: mbp-80076'],
    ],
    keeps: ['Failed password for root from 192.0.2.5 port 22 ssh2', 'user authentication from 192.0.2.5 failed', 'Admin session from 192.0.2.5 closed'],
  },
  {
    name: 'device-audit-user',
    kind: 'user',
    anyOf: ['audit, ', 'accounting-', 'zone: ', 'create account '],
    // Command and session audits that name the account by position:
    // Brocade FOS `AUDIT, jdoe/admin/192.0.2.7/ssh/CLI`, Arista/EOS `%ACCOUNTING-6-CMD: jdoe pts/5`,
    // pfSense captive portal `Zone: guest - ACCEPT: jdoe, <mac>, <ip>`, EXOS `create account admin jdoe <password>`.
    re: /\bAUDIT, (?<u>[^\/ ,]+)\/[A-Za-z-]+\/|%ACCOUNTING-\d-CMD: (?<u2>[^ \t]+) (?:pts|tty|vty|con|ssh)|\bZone: [^ \t]+ - (?:ACCEPT|DISCONNECT|CONNECT|LOGOUT|TIMEOUT|CONCURRENT LOGIN - TERMINATING OLD SESSION): (?<u3>[^ \t,]+), |\bcreate account (?:admin|user)[ \t]+(?<u4>[^ \t]+)[ \t]+(?:encrypted[ \t]+)?(?<s>[^ \t(]+)/,
    examples: [
      ['raslogd: 2025/03/15-01:06:43, [ZONE-3001], 47662, FID 128, AUDIT, jdoe/zoneadmin/192.0.2.7/ssh/CLI, ad_0/fc-sw01/CHASSIS', 'raslogd: 2025/03/15-01:06:43, [ZONE-3001], 47662, FID 128, AUDIT, «u»/zoneadmin/192.0.2.7/ssh/CLI, ad_0/fc-sw01/CHASSIS'],
      ['Cli[6811]: %ACCOUNTING-6-CMD: jdoe pts/4 192.0.2.7 stop task_id=44 service=shell', 'Cli[6811]: %ACCOUNTING-6-CMD: «u» pts/4 192.0.2.7 stop task_id=44 service=shell'],
      ['logportalauth[1]: Zone: guest - ACCEPT: jdoe, 192.0.2.7', 'logportalauth[1]: Zone: guest - ACCEPT: «u», 192.0.2.7'],
      ['<Info:cli.logRemoteCmd> Login from user x at 192.0.2.7: create account admin jdoe Ex4mple^382 (accepted)', '<Info:cli.logRemoteCmd> Login from user x at 192.0.2.7: create account admin «u» «s» (accepted)'],
    ],
  },
  {
    name: 'login-failure-name',
    kind: 'user',
    anyOf: ['login fail', 'logon fail', 'login success', 'login succeeded'],
    // `Login failure: jdoe - 192.0.2.7` (HPE iLO), `Login failed: jdoe (Remote IP: ...)` (Nextcloud),
    // `Login successful: jdoe`: the name right after the colon.
    re: /\b(?:Login|Logon|login|logon) (?:failure|failed|success|successful|succeeded): (?!user\b|for\b|invalid\b|the\b)["']?(?<u>[^ \t"',()]+)["']?(?=[ \t]|$)/,
    examples: [
      ['iLO5: 6351 01/05/2024 06:06:05 Login failure: jdoe - 192.0.2.39(DNS name not found).', 'iLO5: 6351 01/05/2024 06:06:05 Login failure: «u» - 192.0.2.39(DNS name not found).'],
      ['"message":"Login failed: j.doe (Remote IP: 192.0.2.9)"', '"message":"Login failed: «u» (Remote IP: 192.0.2.9)"'],
    ],
    keeps: ['Login failed: user unknown', 'Login failed: invalid credentials'],
  },
  {
    name: 'named-session-user',
    kind: 'user',
    anyOf: ['login:', 'started by user', 'log in for', 'user: '],
    // `Browser login: jdoe - 192.0.2.7` (HPE iLO), `Unable to log in for jdoe from` (iDRAC),
    // `started by user Jane Doe (jdoe)` (Jenkins), `user: jdoe, domain: CORP` (GlobalProtect).
    // A login beside its address (`for jdoe <jdoe@example.com>`) is name-beside-address's.
    re: new RegExp(
      [
        String.raw`\b(?:Browser|SSH|Web|Serial|IPMI|Console) login: (?<u>[^ \t"',()]+)(?= - |[ \t]*\(|,)`,
        String.raw`\b(?:[Uu]nable to|[Ff]ailed to|[Cc]annot) log ?in for (?<u2>[^ \t"',()]+) from `,
        String.raw`\bstarted by user [^()\n]{1,80} \((?<u3>[^() \t]+)\)`,
        String.raw`\buser: (?<u4>[^ \t,]+), domain: `,
      ].join('|'),
    ),
    examples: [
      ['iLO5: 8521 01/05/2024 06:11:36 Browser login: jdoe - 192.0.2.100(DNS name not found).', 'iLO5: 8521 01/05/2024 06:11:36 Browser login: «u» - 192.0.2.100(DNS name not found).'],
      ['MessageID: USR0031, Message: Unable to log in for jdoe from 192.0.2.3 using REDFISH.', 'MessageID: USR0031, Message: Unable to log in for «u» from 192.0.2.3 using REDFISH.'],
      ['[Pipeline] withCredentials ... started by user Jane Doe (jdoe)', '[Pipeline] withCredentials ... started by user Jane Doe («u»)'],
      ['Debug( 938): Gateway: vpn.example.net, user: jdoe, domain: CORP, local ip 192.0.2.5', 'Debug( 938): Gateway: vpn.example.net, user: «u», domain: CORP, local ip 192.0.2.5'],
    ],
    keeps: ['Console login: root (ttyS0)', 'Browser login: - 192.0.2.1'],
  },
  panosUserColumnsRule,
];
