/**
 * Credentials as they appear in network-device and server logs (POLICY P3).
 * The catalogue behind these rules, with where each form was seen, is
 * `research/credential-forms.md` in the product's shared notes.
 *
 * Principles, from that catalogue:
 * - Replace the value, never the keyword, the type digit (`password 7 X` keeps
 *   the `7`), key ids (`key 1`), or trailing markers (`encrypted`, `## SECRET-DATA`),
 *   so the line still reads and re-sanitizing it is a no-op.
 * - Reversible encodings (Cisco type 7, JunOS `$9$`, FortiOS `ENC`) and crackable
 *   hashes (`$1$`, `$8$`, ASA `encrypted`) are secrets, not "already protected".
 * - The word "password" alone is not a credential: most device logs say
 *   `Failed password` or `Invalid password`. A value needs an assignment or a
 *   configuration-command shape.
 * - Masked values (`*****`, `<removed>`, `N/A`) pass through; the engine skips them.
 */
import type { Rule } from './rule.js';
import { pemBlockRule } from './pem-block-rule.js';
import { auditdExecveRule } from './auditd-execve-rule.js';
import { cliUserPasswordRule, keyMaterialRule, secretWordRule } from './generic-secret-rules.js';
import { toolFormatRules } from './tool-format-rules.js';
import { assignmentAt, assignmentsOf, blankWordBlank, followedByOperator, withOperators } from './assignments.js';

/** How far (in characters) from a password's key an account key may be to name its account. */
const ACCOUNT_REACH = 80;

/** Keys that name an account when a password sits beside them (`{'name': 'x', 'passwd': 'y'}`). */
const ACCOUNT_KEY = /^(?:name|login|username|user|account)$/i;

/** Key names whose value is a secret: the whole key, or its last `_`/`-`/`.` part(s); `userpassword`, `adminpasswd`. */
const SECRET_KEY =
  /(?:^|[_.-])(?:[a-z]{2,16}(?:password|passwd)|password|passwd|passwort|pass|pwd|passphrase|secret|token|api[_-]?key|apikey|access[_-]?key(?:[_-]?id)?|secret[_-]?key|private[_-]?key|auth[_-]?key|auth[_-]?token|credentials?|psk|psksecret|pre[_-]?shared[_-]?key|shared[_-]?secret|client[_-]?secret|contrase\xC3\xB1a|contrasena|session[_-]?key|secret[_-]?key[_-]?base|skey|passcode|account[_-]?key|shared[_-]?access[_-]?key|sharedaccesskey)(?:[_-]?\d{1,2})?$/i;

/** `apiToken` -> `api_Token`: camelCase keys are tested as if their words were `_`-separated. */
function snakeKey(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1_$2');
}

/** A value up to the next blank, quote or common separator. */
const V = String.raw`[^ \t"'\x60,;]+`;
/** Cisco password type digits: 0 clear, 3/4/5/6/7/8/9/10 encodings and hashes. */
const TYPE = String.raw`(?:0|3|4|5|6|7|8|9|10)[ \t]+`;

/** Words that follow "password" in messages about passwords, not in commands that set one. */
const PROSE = String.raw`(?:incorrect|invalid|failed|failure|for|is|was|has|changed|change|attempts?|mismatch|expired|required|prompt|authentication|accepted|rejected|too|not|ok|error)\b`;

export const credentialRules: readonly Rule[] = [
  {
    name: 'cisco-typed-password',
    kind: 'secret',
    anyOf: ['password', 'secret'],
    // The type number stands between blanks: `Failed password for x` does not run the expression.
    requires: blankWordBlank(['0', '3', '4', '5', '6', '7', '8', '9', '10']),
    re: new RegExp(String.raw`\b(?:password|secret)[ \t]+${TYPE}(?<s>${V})`, 'i'),
    examples: [
      ['username ops password 7 094F471A1A0A', 'username ops password 7 «s»'],
      ['enable secret 5 $1$abcd$Q0ExampleHashValue01', 'enable secret 5 «s»'],
      [' secret 10 $6$SaltSalt$ExampleSha512Hash', ' secret 10 «s»'],
      ['    password 3 a0b1c2d3e4f5a6b7', '    password 3 «s»'],
      [' ppp chap password 7 1F2E3D4C5B6A', ' ppp chap password 7 «s»'],
    ],
    keeps: ['Failed password for root from 192.0.2.5 port 22 ssh2', 'password was incorrect, 3 attempts'],
  },
  {
    name: 'cisco-config-password',
    kind: 'secret',
    anyOf: ['password', 'secret', 'passwd'],
    // Clear-text (type 0 implicit) and ASA hashes: `username u [privilege n] password X [encrypted]`,
    // `enable password X`, `passwd X encrypted`, `neighbor ip password X`, ` password X` under `line vty`.
    re: new RegExp(
      String.raw`(?:\busername[ \t]+[^ \t]+(?:[ \t]+privilege[ \t]+\d+)?[ \t]+(?:password|secret)|\benable[ \t]+(?:password|secret)(?:[ \t]+level[ \t]+\d+)?|^[ \t]*passwd|\bneighbor[ \t]+[^ \t]+[ \t]+password|\bip[ \t]+(?:ftp|http(?:[ \t]+client)?)[ \t]+password|^[ \t]+password|executed[ \t]+'[^']*?\bpassword|sent-username[ \t]+[^ \t]+[ \t]+password)[ \t]+(?:(?:encrypted|clear)[ \t]+)?(?!${TYPE}|${PROSE})(?<s>[^ \t'"]+)`,
      'im',
    ),
    examples: [
      ['username ops password Example-Pass1', 'username ops password «s»'],
      ['username jdoe password ExampleAsaHash02 encrypted privilege 15', 'username jdoe password «s» encrypted privilege 15'],
      ['enable password ExampleAsaHash01 encrypted', 'enable password «s» encrypted'],
      ['passwd ExampleAsaHash01 encrypted', 'passwd «s» encrypted'],
      [' password Cl3arLine', ' password «s»'],
      ['neighbor 192.0.2.1 password Bgp-Secret', 'neighbor 192.0.2.1 password «s»'],
      // IOS-XR puts the encoding first: the word `encrypted` is not the secret.
      ['  neighbor 192.0.2.1 password encrypted 0A1B2C3D4E5F6071', '  neighbor 192.0.2.1 password encrypted «s»'],
      ['   password encrypted 062A2E03637C363A2720', '   password encrypted «s»'],
      [
        "%ASA-5-111008: User 'enable_15' executed the 'username bob password S3cret! privilege 15' command.",
        "%ASA-5-111008: User 'enable_15' executed the 'username bob password «s» privilege 15' command.",
      ],
    ],
    keeps: ['sshd[1]: Failed password for invalid user admin from 192.0.2.5 port 4 ssh2', '%ASA-6-308001: console enable password incorrect for 3 tries'],
  },
  {
    name: 'crypt-hash',
    kind: 'secret',
    anyOf: ['$1$', '$5$', '$6$', '$8$', '$9$', '$2a$', '$2b$', '$2y$', '$y$', '$7$', '$apr1$', '$sha1$'],
    // md5crypt, sha256/512crypt, Cisco type 8 (PBKDF2) and 9 (scrypt), JunOS $9$, bcrypt, yescrypt.
    re: /(?<![A-Za-z0-9$])(?<s>\$(?:1|5|6|7|8|9|2[abxy]|y|apr1|sha1)\$[./A-Za-z0-9$=+-]{4,})/,
    examples: [
      ['encrypted-password "$1$abcd$ExampleHash"; ## SECRET-DATA', 'encrypted-password "«s»"; ## SECRET-DATA'],
      ['root:$6$saltsalt$abcdefghijklmnop:19000:0:99999:7:::', 'root:«s»:19000:0:99999:7:::'],
    ],
    keeps: ['total cost $5 for 3 items'],
  },
  {
    name: 'junos-secret',
    kind: 'secret',
    anyOf: ['password', 'key', 'secret', 'ascii-text'],
    // One of the expression's key words (not `publickey`, not `Failed password`).
    requires: ['encrypted-password', 'authentication-key', 'ascii-text', 'hexadecimal', 'secret', 'simple-password', 'pre-shared-key'],
    re: /\b(?:encrypted-password|authentication-key|ascii-text|hexadecimal|secret|simple-password|hello-authentication-key|pre-shared-key)[ \t]+"(?<s>[^"]+)"|\bpre-shared-key[ \t]+(?:ascii-text|hexadecimal)[ \t]+(?<s2>[^ \t"';]+)/i,
    examples: [
      ['authentication-key "$9$ExAmPlEoBfUsCaTeD"; ## SECRET-DATA', 'authentication-key "«s»"; ## SECRET-DATA'],
      ['pre-shared-key ascii-text "plainpsk"; ## SECRET-DATA', 'pre-shared-key ascii-text "«s»"; ## SECRET-DATA'],
      ["command 'set security ike policy p1 pre-shared-key ascii-text Ex4mple-26 '", "command 'set security ike policy p1 pre-shared-key ascii-text «s» '"],
    ],
  },
  {
    name: 'snmp-community',
    kind: 'secret',
    anyOf: ['community'],
    re: new RegExp(
      String.raw`(?:\bsnmp-server[ \t]+community|\bsnmp-agent[ \t]+community[ \t]+(?:read|write)(?:[ \t]+(?:simple|cipher))?|\bset[ \t]+snmp[ \t]+community|\bsnmp[ \t]+community|\bcommunity[ \t]+string|\bSNMP v[123]c?,[ \t]+community)[ \t]+(?!(?:from|for|to|is|was|name|string|mismatch|error|set|add|print|edit|remove|export)\b)(?<s>[^ \t"'\x60,;#\[]+)|\/snmp[ \t]+community[ \t]+(?:set|add)\b[^\n]*?[ \t]name=(?<s2>[^ \t"']+)`,
      'i',
    ),
    examples: [
      ['snmp-server community Ex4mpleRO RO 10', 'snmp-server community «s» RO 10'],
      ['snmp-server community Ex4mpleRW view iso RW', 'snmp-server community «s» view iso RW'],
      [' snmp-agent community read Ex4mple', ' snmp-agent community read «s»'],
      ['set snmp community Ex4mple authorization read-only', 'set snmp community «s» authorization read-only'],
      ['snmptrapd[1]: TRAP, SNMP v1, community snmp-woLnMu#012#011SNMPv2-SMI::enterprises.9', 'snmptrapd[1]: TRAP, SNMP v1, community «s»#012#011SNMPv2-SMI::enterprises.9'],
      ['/snmp community set [ find default=yes ] addresses=192.0.2.17/32 name=NZspmTfKfK', '/snmp community set [ find default=yes ] addresses=192.0.2.17/32 name=«s»'],
      ['/snmp community add addresses=192.0.2.0/24 name=Ex4mple', '/snmp community add addresses=192.0.2.0/24 name=«s»'],
    ],
    keeps: ['SNMPD_AUTH_FAILURE: message="unauthorized SNMP community"', 'community:"vpn.example"', 'nsa_log_community: unauthorized SNMP community from 192.0.2.1 to 192.0.2.2'],
  },
  {
    name: 'snmp-host-community',
    kind: 'secret',
    anyOf: ['snmp-server host'],
    // The community is positional after the host and its options.
    re: new RegExp(
      String.raw`\bsnmp-server[ \t]+host[ \t]+(?:[A-Za-z][\w-]*[ \t]+)?[^ \t]+(?:[ \t]+(?:traps|informs|poll|version[ \t]+(?:1|2c|3[ \t]+(?:auth|noauth|priv))|vrf[ \t]+[^ \t]+|udp-port[ \t]+\d+|community))*[ \t]+(?<s>${V})`,
      'i',
    ),
    examples: [
      ['snmp-server host 192.0.2.10 traps version 2c Ex4mpleTrap', 'snmp-server host 192.0.2.10 traps version 2c «s»'],
      ['snmp-server host INSIDE 192.0.2.40 poll community Ex4mple', 'snmp-server host INSIDE 192.0.2.40 poll community «s»'],
    ],
  },
  {
    name: 'snmpv3-user-keys',
    kind: 'secret',
    anyOf: ['snmp-server user'],
    re: /\bsnmp-server[ \t]+user[ \t]+.*?\bauth[ \t]+(?:md5|sha\d*)[ \t]+(?:encrypted[ \t]+)?(?<s>[^ \t]+)(?:[ \t]+priv[ \t]+(?:(?:des|3des|aes)(?:[ \t]+\d+)?[ \t]+)?(?:encrypted[ \t]+)?(?<s2>[^ \t]+))?/i,
    examples: [
      [
        'snmp-server user ops OPSGROUP v3 auth sha AuthPass1 priv aes 128 PrivPass1',
        'snmp-server user ops OPSGROUP v3 auth sha «s» priv aes 128 «s»',
      ],
      ['snmp-server user admin network-admin auth md5 0x1234abcd priv 0x5678ef localizedkey', 'snmp-server user admin network-admin auth md5 «s» priv «s» localizedkey'],
    ],
  },
  {
    name: 'aaa-server-key',
    kind: 'secret',
    anyOf: ['radius', 'tacacs', 'aaa-server'],
    re: /\b(?:radius-server|tacacs-server|radius[ \t]+server|tacacs[ \t]+server|radius|tacacs\+?|aaa-server)\b[^'"]*?[ \t]key[ \t]+(?!(?:authentication|accounting)[ \t]+(?:cipher|simple)\b)(?:(?:0|6|7)[ \t]+)?(?:"(?<s2>[^"]+)"|(?<s>[^ \t'"]+))/i,
    examples: [
      ['radius-server host 192.0.2.20 auth-port 1812 acct-port 1813 key 7 0A1B2C3D4E5F', 'radius-server host 192.0.2.20 auth-port 1812 acct-port 1813 key 7 «s»'],
      ['radius-server key Ex4mpleRad', 'radius-server key «s»'],
      ['tacacs-server key 7 1C2D3E4F5A6B', 'tacacs-server key 7 «s»'],
      ['cmd=configure terminal ; tacacs-server key 7 "14E34F8629324F42" (SUCCESS)', 'cmd=configure terminal ; tacacs-server key 7 "«s»" (SUCCESS)'],
      ["%ASA-5-111010: User 'x', running 'N/A' from IP 192.0.2.9, executed 'aaa-server ISE (inside) host 192.0.2.20 key Ex4mpleKey'", "%ASA-5-111010: User 'x', running 'N/A' from IP 192.0.2.9, executed 'aaa-server ISE (inside) host 192.0.2.20 key «s»'"],
    ],
  },
  {
    name: 'indented-key',
    kind: 'secret',
    anyOf: ['key'],
    // A key type between blanks, or `server-key` (not `publickey`).
    requires: [...blankWordBlank(['0', '6', '7']), 'server-key'],
    // Sub-mode keys: ` key 7 0A1B2C` under `radius server X`, ` server-key X`, IOS-XR ` key 7 X`,
    // also echoed by command accounting (`logged command: key 7 X`, `sw1#  key 7 X`).
    re: /(?:^|[ \t:#])(?:server-)?key[ \t]+(?:0|6|7)[ \t]+(?<s>[^ \t]+)|(?:^|[ \t:#])server-key[ \t]+(?:(?:0|6|7)[ \t]+)?(?<s2>[^ \t]+)/i,
    examples: [
      [' key 7 0A1B2C3D4E5F', ' key 7 «s»'],
      [' server-key Ex4mple', ' server-key «s»'],
      ['%PARSER-5-CFGLOG_LOGGEDCMD: User:x  logged command: key 7 001FFC9F57532A7AE3', '%PARSER-5-CFGLOG_LOGGEDCMD: User:x  logged command: key 7 «s»'],
    ],
    keeps: [' key 1', ' key chain OSPF'],
  },
  {
    name: 'key-string',
    kind: 'secret',
    anyOf: ['key-string'],
    re: /\bkey-string[ \t]+(?:(?:0|6|7)[ \t]+|password[ \t]+)?(?:"(?<s>[^"]+)"|(?<s2>[^ \t"]+))/i,
    examples: [
      [' key-string 7 06575D72181B', ' key-string 7 «s»'],
      [' key-string password 0A1B2C3D4E5F cryptographic-algorithm aes-256-cmac', ' key-string password «s» cryptographic-algorithm aes-256-cmac'],
      ['  Authentication MD5, key-string "Ex4mpleHsrp"', '  Authentication MD5, key-string "«s»"'],
    ],
  },
  {
    name: 'routing-auth-key',
    kind: 'secret',
    anyOf: ['authentication-key', 'hello-password', 'message-digest-key', 'authentication key'],
    re: /\b(?:authentication-key[ \t]+\d+[ \t]+md5|hello-password[ \t]+(?:hmac-md5|text)|message-digest-key[ \t]+\d+[ \t]+md5(?:[ \t]+\d)?|authentication[ \t]+key)[ \t]+(?:encrypted[ \t]+|(?:0|7)[ \t]+)?(?<s>[^ \t]+)/i,
    examples: [
      ['ntp authentication-key 1 md5 0A1B2C3D 7', 'ntp authentication-key 1 md5 «s» 7'],
      [' hello-password hmac-md5 encrypted 0A1B2C3D4E5F', ' hello-password hmac-md5 encrypted «s»'],
      [' ip ospf message-digest-key 1 md5 7 0A1B2C', ' ip ospf message-digest-key 1 md5 7 «s»'],
    ],
    keeps: ['ntp trusted-key 1'],
  },
  {
    name: 'ike-pre-shared-key',
    kind: 'secret',
    anyOf: ['isakmp', 'pre-shared-key', 'psk'],
    re: /\bcrypto[ \t]+isakmp[ \t]+key[ \t]+(?:(?:0|6)[ \t]+)?(?<s>[^ \t]+)(?=[ \t]+(?:address|hostname))|\bpre-shared-key[ \t]+(?:address[ \t]+[^ \t]+(?:[ \t]+[0-9.]+)?[ \t]+key[ \t]+(?:(?:0|6)[ \t]+)?|(?:local|remote)[ \t]+)?(?!\*+(?:[ \t]|$)|ascii-text|hexadecimal)(?<s2>[^ \t"]+)/i,
    examples: [
      ['crypto isakmp key Ex4mplePsk address 192.0.2.30', 'crypto isakmp key «s» address 192.0.2.30'],
      [' pre-shared-key address 192.0.2.30 key Ex4mplePsk', ' pre-shared-key address 192.0.2.30 key «s»'],
      [' ikev1 pre-shared-key Ex4mplePsk', ' ikev1 pre-shared-key «s»'],
      [' ikev2 remote-authentication pre-shared-key Ex4mplePsk', ' ikev2 remote-authentication pre-shared-key «s»'],
    ],
    keeps: [' ikev1 pre-shared-key *****'],
  },
  {
    name: 'wifi-psk',
    kind: 'secret',
    anyOf: ['wpa-psk', 'wpa_passphrase', 'wpa-passphrase', 'wpa_psk'],
    re: /\bwpa-psk[ \t]+(?:ascii|hex)[ \t]+(?:\d[ \t]+)?(?<s>[^ \t]+)|\bwpa[_-](?:passphrase|psk)[ \t]*[=:][ \t]*"?(?<s2>[^" \t]+)/i,
    examples: [
      [' wpa-psk ascii 0 Ex4mpleWifi', ' wpa-psk ascii 0 «s»'],
      ['wpa_passphrase=Ex4mpleWifi', 'wpa_passphrase=«s»'],
    ],
  },
  {
    name: 'fortios-set-secret',
    kind: 'secret',
    anyOf: ['set '],
    re: /\bset[ \t]+(?:password|passwd|psksecret|passphrase|ppk-secret|sso-password|secondary-secret|tertiary-secret|secret|auth-pwd|key|private-key|password2|localkey|ssh-public-key\d?)[ \t]+(?:ENC[ \t]+)?(?:"(?<s>[^"]*)"|(?<s2>[^ \t"]+))/i,
    examples: [
      ['    set password ENC SH2ExampleHashValue==', '    set password ENC «s»'],
      ['    set psksecret "Ex4mplePsk"', '    set psksecret "«s»"'],
      ['    set psksecret ENC Ex4mpleBase64==', '    set psksecret ENC «s»'],
    ],
    keeps: ['    set name "port1"'],
  },
  {
    name: 'comware-huawei-cipher',
    kind: 'secret',
    anyOf: ['cipher', 'simple', '%^%#', 'irreversible', 'password hash'],
    re: /\b(?:password|key(?:[ \t]+(?:authentication|accounting))?|secret)[ \t]+(?:cipher|simple|hash|irreversible-cipher)[ \t]+(?<s>[^ \t]+)|(?<s2>%\^%#.*?%\^%#)/i,
    examples: [
      [' password cipher $c$4$ExampleBase64', ' password cipher «s»'],
      ['local-user admin password irreversible-cipher $1a$abc$', 'local-user admin password irreversible-cipher «s»'],
      ['Command is local-user jdoe class manage password hash $h$6$Ex4mple==', 'Command is local-user jdoe class manage password hash «s»'],
      ['Command is radius scheme rs1 key authentication simple Ex4mple-6701', 'Command is radius scheme rs1 key authentication simple «s»'],
    ],
  },
  {
    name: 'tacplus-config',
    kind: 'secret',
    anyOf: ['cleartext', 'key =', 'key='],
    re: /\b(?:login|enable|pap|chap|arap|opap)[ \t]*=[ \t]*(?:cleartext|des|crypt)[ \t]+"?(?<s>[^" \t]+)|^[ \t]*key[ \t]*=[ \t]*"?(?<s2>[^" \t]+)/im,
    examples: [
      ['    login = cleartext "Ex4mple"', '    login = cleartext "«s»"'],
      ['key = "Ex4mpleTac"', 'key = "«s»"'],
    ],
  },
  {
    name: 'keyword-assignment',
    kind: 'secret',
    // Triggered by a key word right before an operator, so lines that merely say "password"
    // or "publickey" (every sshd line) do not run it.
    anyOf: withOperators(['pass', 'passwd', 'password', 'passwort', 'pwd', 'passphrase', 'secret', 'token', 'key', 'credential', 'credentials', 'psk', 'psksecret', 'contrasena', 'key_id', 'keyid', 'key-id', 'key_base', 'passcode', 'secret_1', 'secret_2', 'secret_3']),
    // key=value, key: value, "key": "value", key='value' for password-like keys (detect-secrets'
    // KeywordDetector list, plus token/API-key names). The key may carry a prefix (`db_pass`,
    // `client_secret`, `x-api-key`). A bare value must not be the next key (`password : server = x`).
    // A `name`/`login` next to a password in the same record names the account it belongs to.
    find(line, _state, emit, hits) {
      let secrets = 0;
      for (const end of hits) {
        const a = assignmentAt(line, end - 1);
        if (a === undefined || a.valueEnd === a.valueStart) continue;
        const key = line.slice(a.keyStart, a.keyEnd);
        if (!SECRET_KEY.test(key) && !SECRET_KEY.test(snakeKey(key))) continue;
        if (key === 'PWD') continue; // sudo's working directory, not a password
        if (a.quote === 0 && followedByOperator(line, a.valueEnd)) continue;
        emit('secret', a.valueStart, a.valueEnd);
        secrets++;
      }
      if (secrets === 0) return;
      for (const a of assignmentsOf(line)) {
        if (a.quote === 0 || a.valueEnd === a.valueStart || !ACCOUNT_KEY.test(line.slice(a.keyStart, a.keyEnd))) continue;
        // Only in the same record as a password: a Kubernetes Secret's `metadata.name` is no account.
        if (hits.some((h) => Math.abs(h - a.keyStart) <= ACCOUNT_REACH)) emit('user', a.valueStart, a.valueEnd);
      }
    },
    examples: [
      ['password = Ex4mple123', 'password = «s»'],
      ['db_pass: Ex4mple', 'db_pass: «s»'],
      ['pwd=Ex4mple&user=x', 'pwd=«s»&user=x'],
      ['{"password":"Ex4mple\\"123","user":"x"}', '{"password":"«s»","user":"«u»"}'],
      ["client_secret='abc123'", "client_secret='«s»'"],
      ['aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'aws_secret_access_key = «s»'],
      ['GET /login?user=x&token=abcdef123456 HTTP/1.1', 'GET /login?user=x&token=«s» HTTP/1.1'],
      ['pass: hunter2', 'pass: «s»'],
      ['ikey=DIE9J5G1RBHJBK83YE3A skey=Ex4mpleSkey api_host=api.example radius_secret_1=Ex4mpleRad', 'ikey=DIE9J5G1RBHJBK83YE3A skey=«s» api_host=api.example radius_secret_1=«s»'],
      ["Duo authentication returned 'allow' (passcode=746220)", "Duo authentication returned 'allow' (passcode=«s»)"],
      ["ansible: ok: (item={'name': 'j.doe', 'passwd': 'S3cret'})", "ansible: ok: (item={'name': '«u»', 'passwd': '«s»'})"],
      ['    "apiToken": "34d870f030a7b9db68de69c6ca86acbfb98d71dc",', '    "apiToken": "«s»",'],
      ['"Env": ["SECRET_KEY_BASE=Tiger_965^", "RAILS_ENV=production"]', '"Env": ["SECRET_KEY_BASE=«s»", "RAILS_ENV=production"]'],
      [
        '"metadata":{"name":"db-creds","namespace":"staging","labels":{"app":"billing","tier":"backend","team":"payments"}},"type":"Opaque","data":{"password":"VGlnZXI2"}',
        '"metadata":{"name":"db-creds","namespace":"staging","labels":{"app":"billing","tier":"backend","team":"payments"}},"type":"Opaque","data":{"password":"«s»"}',
      ],
    ],
    keeps: [
      '%ASA-6-113005: AAA user authentication Rejected : reason = Invalid password : server = 192.0.2.20',
      'Failed password for root from 192.0.2.5 port 22 ssh2',
      'passed=3 bypass=yes token_type=bearer',
      '"tokenType": "bearer", "publicKey": "x"',
      'password=***** secret=<removed>',
      'sudo: x : TTY=pts/1 ; PWD=/srv/app ; USER=root ; COMMAND=/bin/ls',
      'passwd[1]: pam_unix(passwd:chauthtok): password changed for x',
    ],
  },
  {
    name: 'url-userinfo',
    kind: 'secret',
    anyOf: ['://'],
    // scheme://user:password@host — URLs, database and broker connection strings.
    re: /\b[a-z][a-z0-9+.-]{1,20}:\/\/(?<u>[^:@/ \t"'<>]*):(?<s>[^@/ \t"'<>]+)@/i,
    examples: [
      ['fetch https://jdoe:Ex4mplePass@host.example.com/path', 'fetch https://«u»:«s»@host.example.com/path'],
      ['DATABASE_URL=postgres://app:S3cr3t@db.example.internal:5432/app', 'DATABASE_URL=postgres://«u»:«s»@db.example.internal:5432/app'],
      ['redis://:onlypass@cache.example:6379/0', 'redis://:«s»@cache.example:6379/0'],
    ],
    keeps: ['GET https://host.example.com:8443/path'],
  },
  {
    name: 'url-secret-param',
    kind: 'secret',
    anyOf: ['?', '&'],
    re: /[?&;](?:access_token|id_token|refresh_token|token|api_key|apikey|key|auth|sig|signature|X-Amz-Signature|X-Amz-Security-Token|X-Goog-Signature|password|passwd|pass|pwd|secret|client_secret|session|sessionid|sid|code)=(?<s>[^&#; \t"'<>]+)/i,
    examples: [
      ['GET /api?key=abcdef0123&x=1', 'GET /api?key=«s»&x=1'],
      ['https://s3.example/obj?X-Amz-Signature=0a1b2c3d4e', 'https://s3.example/obj?X-Amz-Signature=«s»'],
    ],
    keeps: ['GET /index.html?page=2&sort=asc'],
  },
  {
    name: 'http-authorization',
    kind: 'secret',
    anyOf: ['authorization', 'x-api-key', 'x-auth-token', 'api-key', 'x-amz-security-token'],
    re: /\b(?:proxy-)?authorization["']?[ \t]*[:=][ \t]*["'\[]?(?:Basic|Bearer|Token|Negotiate|NTLM|AWS4-HMAC-SHA256|SSWS|ApiKey)[ \t]+(?<s>[^ \t"',\]]+(?:,[ \t]*[A-Za-z]+=(?:"[^"]*"|[^ \t,"]+))*)|\b(?:x-api-key|x-auth-token|api-key|x-amz-security-token)["']?[ \t]*[:=][ \t]*["']?(?<s2>[^ \t"',;]+)/i,
    examples: [
      ['Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==', 'Authorization: Basic «s»'],
      ['authorization="Bearer mF_9.B5f-4.1JqM"', 'authorization="Bearer «s»"'],
      ['X-Api-Key: 0123456789abcdef', 'X-Api-Key: «s»'],
      ['request headers: map[Authorization:[Bearer T6EDHIxRCp7gkr60] User-Agent:[Go-http-client/1.1]]', 'request headers: map[Authorization:[Bearer «s»] User-Agent:[Go-http-client/1.1]]'],
    ],
  },
  {
    name: 'jwt',
    kind: 'secret',
    anyOf: ['eyj'],
    re: /(?<![A-Za-z0-9_-])(?<s>eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*)/,
    examples: [
      [
        'token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJleGFtcGxlIn0.c2lnbmF0dXJlLWV4YW1wbGU seen',
        'token «s» seen',
      ],
    ],
  },
  {
    name: 'aws-access-key-id',
    kind: 'secret',
    anyOf: ['akia', 'asia', 'abia', 'acca', 'a3t'],
    re: /(?<![A-Za-z0-9])(?<s>(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})(?![A-Za-z0-9])/,
    examples: [['"accessKeyId":"AKIAIOSFODNN7EXAMPLE"', '"accessKeyId":"«s»"']],
  },
  {
    name: 'aws-secret-access-key',
    kind: 'secret',
    anyOf: ['secret'],
    re: /\b(?:aws)?_?secret_?(?:access_?)?key["']?[ \t]*[:=][ \t]*["']?(?<s>[A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])|\bSecretAccessKey["']?[ \t]*[:=][ \t]*["']?(?<s2>[A-Za-z0-9/+=]{40})/i,
    examples: [['"SecretAccessKey": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"', '"SecretAccessKey": "«s»"']],
  },
  {
    name: 'cli-password-argument',
    kind: 'secret',
    anyOf: ['mysql', 'sshpass', '--pass', '-password', '--secret', '-secret ', '--token', '-token ', '--api-key', '-psk ', '-community', 'pgpassword', 'mysql_pwd', ' login ', 'redis-cli', 'ldap'],
    // ` login ` alone (Cisco's `Login Success`) is not enough: one of the commands or options.
    requires: ['mysql', 'sshpass', 'docker', 'podman', 'nerdctl', 'buildah', 'skopeo', 'helm', 'oras', '-pass', '-secret', '-token', '-api-key', '-apikey', '-psk', '-community', 'pgpassword', 'redis-cli', 'ldapsearch', 'ldapmodify', 'ldapadd', 'ldapdelete', 'ldapwhoami', 'ldappasswd'],
    // Secrets echoed in command lines: sudo COMMAND=, shell history, ASA/IOS command accounting.
    // auditd EXECVE records quote each argument: `a0="mysql" a1="-u" a2="x" a3="-pS3cret"`.
    re: /\bmysql(?:dump|admin|import|show|check)?\b[^|;&]*?[ \t"](?:-p|--password=)(?<s>[^ \t'"]+)|\bredis-cli\b[^|;&]*?[ \t](?:-a|--pass)[ \t]+(?!-)(?<s8>[^ \t'"]+)|\bsshpass[ \t]+-p[ \t]*(?:'(?<s5>[^']+)'|"(?<s6>[^"]+)"|(?<s2>[^ \t'"]+))|\b(?:docker|podman|nerdctl|buildah|skopeo|helm|oras)\b[^|;&]*? login\b[^|;&]*?[ \t](?:-p|--password)(?:[ \t]+|=)['"]?(?<s7>[^ \t'"]+)|(?:^|[ \t])--?(?:[a-z]+-)*(?:password|passwd|pass|secret|token|api-key|apikey|psk|community(?:-name)?)(?:=|[ \t]+)(?:(?!(?:via|is|was|for|from|in|on|with|and|or|to|the|stdin|file|prompt|option|flag|argument)\b)(?<s3>[^ \t'"-][^ \t'"]*)|'(?<s9>[^']+)'|"(?<s10>[^"]+)")|\b(?:PGPASSWORD|MYSQL_PWD)=(?<s4>[^ \t'"]+)|\bldap(?:search|modify|add|delete|whoami|passwd)\b[^|;&]*?[ \t]-w[ \t]+(?:'(?<s11>[^']+)'|"(?<s12>[^"]+)"|(?<s13>[^ \t'"]+))/,
    examples: [
      ['COMMAND=/usr/bin/mysql -u root -pS3cret! appdb', 'COMMAND=/usr/bin/mysql -u root -p«s» appdb'],
      ['COMMAND=/usr/bin/sshpass -p Ex4mple ssh host', 'COMMAND=/usr/bin/sshpass -p «s» ssh host'],
      ['COMMAND=/usr/bin/ldapsearch -x -H ldaps://ldap.example -D cn=svc,dc=example -w Ex4mple.orchid3 uid=x', 'COMMAND=/usr/bin/ldapsearch -x -H ldaps://ldap.example -D cn=svc,dc=example -w «s» uid=x'],
      ["COMMAND=/usr/bin/sshpass -p 'Ex 4mple' rsync -a /a b@h:/c", "COMMAND=/usr/bin/sshpass -p '«s»' rsync -a /a b@h:/c"],
      ['COMMAND=/usr/bin/docker login -u ci-bot -p OSueCMxNNo3uS82Q registry.example.net', 'COMMAND=/usr/bin/docker login -u ci-bot -p «s» registry.example.net'],
      ['run tool --password=hunter2 --verbose', 'run tool --password=«s» --verbose'],
      ["CMD (/home/x/bin/backup.sh --password '3Y%iL~^5^DfF' >/dev/null 2>&1)", "CMD (/home/x/bin/backup.sh --password '«s»' >/dev/null 2>&1)"],
      ['type=EXECVE msg=audit(1709535292.247:672256): argc=5 a0="mysql" a1="-u" a2="deploy" a3="-pMonkey7064" a4="crm"', 'type=EXECVE msg=audit(1709535292.247:672256): argc=5 a0="mysql" a1="-u" a2="deploy" a3="-p«s»" a4="crm"'],
      ['+ redis-cli -h 192.0.2.240 -p 6379 -a Welcome_1372 ping', '+ redis-cli -h 192.0.2.240 -p 6379 -a «s» ping'],
      ['PGPASSWORD=Ex4mple psql -h db', 'PGPASSWORD=«s» psql -h db'],
      ['zabbix_sender -z 192.0.2.40 --tls-connect psk --tls-psk-identity PSK13 --tls-psk-file /etc/zabbix/psk --tls-psk e216e3851be8cd1b', 'zabbix_sender -z 192.0.2.40 --tls-connect psk --tls-psk-identity PSK13 --tls-psk-file /etc/zabbix/psk --tls-psk «s»'],
      ['cl1:ssh :: system snmp community add -type ro -community-name cvShZGikKUH3B :: Success', 'cl1:ssh :: system snmp community add -type ro -community-name «s» :: Success'],
      ['$ helm repo add corp https://charts.example --username jdoe2 --password Falcon.6260', '$ helm repo add corp https://charts.example --username jdoe2 --password «s»'],
    ],
    keeps: ['COMMAND=/usr/bin/mysql -u root -p appdb', 'WARNING! Using --password via the CLI is insecure. Use --password-stdin.'],
  },
  {
    name: 'htpasswd-batch',
    kind: 'secret',
    anyOf: ['htpasswd'],
    // `htpasswd -b[c] FILE USER PASSWORD` takes the password on the command line.
    re: /\bhtpasswd\b(?: +-[A-Za-z]+)* +-[A-Za-z]*b[A-Za-z]* +(?:-[A-Za-z]+ +)*[^ \t]+ +(?<u>[^ \t'"]+) +(?<s>[^ \t'"]+)/,
    examples: [['COMMAND=/usr/bin/htpasswd -b /etc/nginx/.htpasswd j.doe Tiger2018.', 'COMMAND=/usr/bin/htpasswd -b /etc/nginx/.htpasswd «u» «s»']],
  },
  {
    name: 'curl-user',
    kind: 'secret',
    anyOf: ['curl', 'wget'],
    // A user agent `curl/8.5.0` is not enough: the option that carries the credentials.
    requires: [' -u', '\t-u', '--user', '--http-user', '-password='],
    re: /\b(?:curl|wget)\b[^|;&]*?[ \t](?:-u|--user|--http-user)(?:[ \t]+|=)['"]?(?<u>[^: \t'"]+):(?<s>[^ \t'"]+)|\bwget\b[^|;&]*?[ \t]--(?:http-)?password=(?<s2>[^ \t'"]+)/,
    examples: [
      ['COMMAND=/usr/bin/curl -u jdoe:Ex4mple https://api.example', 'COMMAND=/usr/bin/curl -u «u»:«s» https://api.example'],
    ],
  },
  {
    name: 'radius-login-password',
    kind: 'secret',
    anyOf: ['login incorrect', 'login ok'],
    // FreeRADIUS `Login OK: [user] (from client ap port 1 cli 001122334455)`; with
    // log_auth_badpass/goodpass it also logs the password: `[user/password]`.
    re: /\bLogin (?:incorrect|OK)(?: \([^)]*\))?: \[(?<u>[^/\]]*)(?:\/(?:<[^\]>]*>|(?<s>[^\]]*)))?\](?: \(from client [^ )]+ port [^ )]+(?: cli (?<m>[0-9A-Fa-f]{12}|[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5}))?)?/i,
    examples: [
      ['Auth: Login incorrect (mschap: x): [jdoe/Wr0ngPass] (from client ap01 port 0)', 'Auth: Login incorrect (mschap: x): [«u»/«s»] (from client ap01 port 0)'],
      ['Auth: (7291) Login OK: [jdoe] (from client wlc01 port 11 cli 0025909ab546)', 'Auth: (7291) Login OK: [«u»] (from client wlc01 port 11 cli 002590«m»)'],
    ],
    keeps: ['Auth: Login OK: [root/<via Auth-Type = eap>] (from client ap01 port 0)'],
  },
  {
    name: 'radius-login-via',
    kind: 'user',
    anyOf: ['<via auth-type'],
    re: /\bLogin (?:incorrect|OK)(?: \([^)]*\))?: \[(?<u>[^/\]]*)\/<via [^\]]*\](?: \(from client [^ )]+ port [^ )]+ cli (?<m>[0-9A-Fa-f]{12}))?/i,
    examples: [['Auth: (2) Login incorrect: [jdoe/<via Auth-Type = eap>] (from client ap2 port 23 cli 482ae3f8b6a0)', 'Auth: (2) Login incorrect: [«u»/<via Auth-Type = eap>] (from client ap2 port 23 cli 482ae3«m»)']],
  },
  {
    name: 'radius-station-id',
    kind: 'mac',
    anyOf: ['station-id'],
    // RADIUS Calling-/Called-Station-Id often carry a MAC as 12 bare hex digits.
    re: /\bCall(?:ing|ed)-Station-Id ?[=:] ?"?(?<m>[0-9A-Fa-f]{12})(?![0-9A-Za-z])/i,
    examples: [['Calling-Station-Id="F01898943B65" Called-Station-Id="x"', 'Calling-Station-Id="F01898«m»" Called-Station-Id="x"']],
  },
  {
    name: 'bare-mac-field',
    kind: 'mac',
    // `ap` and `sta` with each char that can follow them in a match: the expression is tried
    // only where a literal starts (anchored).
    anyOf: ['mac', 'hwaddr', 'chaddr', 'bssid', 'station', ...['ap', 'sta'].flatMap((k) => ['"', "'", '=', ':', ' ', '\t'].map((c) => k + c))],
    // 12 bare hex digits where the field says MAC: `mac=`, `"clientMac":"..."`, `hwaddr `, `"ap":`.
    // The expression starts at the key word (no leading `[A-Za-z]*`, which made it try every word),
    // and is tried only there: `mac` is in every netfilter `MAC=` and browser `Macintosh`, where
    // a search over the whole line cost 1 us and found nothing.
    anchored: true,
    re: new RegExp(
      [
        String.raw`(?:mac(?:[_-]?addr(?:ess)?)?|bssid|station[_-]?id|\bap|\bsta)["']?[ \t]*[=:][ \t]*["']?(?<m>[0-9A-Fa-f]{12})(?![0-9A-Za-z])`,
        String.raw`\b(?:hwaddr|chaddr)[ \t]*[=:]?[ \t]*(?<m2>[0-9A-Fa-f]{12})(?![0-9A-Za-z])`,
        String.raw`\bmac(?:[ \t]+address)?[ \t]+(?<m3>[0-9A-Fa-f]{12})(?![0-9A-Za-z])`,
      ].join('|'),
      'i',
    ),
    examples: [
      ['{"clientMac":"f01898943b65","ssid":"x"}', '{"clientMac":"f01898«m»","ssid":"x"}'],
      ['{"topic":"client-join","events":[{"ap":"00a0c9272869","band":"5"}]}', '{"topic":"client-join","events":[{"ap":"00a0c9«m»","band":"5"}]}'],
      ['dhcp: lease for hwaddr F01898943B65', 'dhcp: lease for hwaddr F01898«m»'],
      ['httpd: Basic authentication failed for user x from 192.0.2.42, MAC ACCC8EE830F4', 'httpd: Basic authentication failed for user x from 192.0.2.42, MAC ACCC8E«m»'],
      ["{'ap': '00A0C9272869', 'sta' : 'f01898943b65'}", "{'ap': '00A0C9«m»', 'sta' : 'f01898«m»'}"],
      ['hostapd: sta = f01898943b65 associated', 'hostapd: sta = f01898«m» associated'],
    ],
    keeps: ['macro=1234567890ab', 'commit 1234567890abcdef', 'map=f01898943b65'],
  },
  {
    name: 'header-mac',
    kind: 'mac',
    anyOf: [',v'],
    // UniFi devices put their own MAC in the message header: `<model>,<mac>,v<version>`.
    re: /(?:^|[ \t])[A-Za-z0-9-]{2,20},(?<m>[0-9a-f]{12}),v\d/,
    examples: [['<190>Mar  4 06:52:45 U6-LR,18e829e1bdb6,v6.6.55.15189 mcad: mcad[1601]: connected', '<190>Mar  4 06:52:45 U6-LR,18e829«m»,v6.6.55.15189 mcad: mcad[1601]: connected']],
  },
  {
    name: 'windows-dhcp-audit-mac',
    kind: 'mac',
    anyOf: [',assign,', ',renew,', ',release,', ',dns update', ',nack,', ',deleted,', ',expired,', ',conflict', ',bootp', ',lease', ',packet dropped'],
    // Windows DHCP server audit log (DhcpSrvLog-*.log), CSV: ID,Date,Time,Description,IP,Host,MAC,...
    re: /^\d{2},\d\d\/\d\d\/\d\d,\d\d:\d\d:\d\d,[^,]*,[^,]*,[^,]*,(?<m>[0-9A-Fa-f]{12}),/,
    examples: [['11,03/04/24,06:52:57,Renew,192.0.2.56,ws1.example.net,000C29E52E74,,42846093,0', '11,03/04/24,06:52:57,Renew,192.0.2.56,ws1.example.net,000C29«m»,,42846093,0']],
  },
  {
    name: 'smtp-auth',
    kind: 'secret',
    anyOf: ['auth plain ', 'auth login ', 'auth xoauth2 ', 'auth cram-md5 '],
    anchored: true,
    // An SMTP transcript's `AUTH PLAIN <base64 of \0user\0password>` carries the password.
    re: /AUTH (?:PLAIN|LOGIN|XOAUTH2|CRAM-MD5) (?<s>[A-Za-z0-9+\/]{6,}={0,2})(?![A-Za-z0-9+\/=])/i,
    examples: [['CLIENT -> SERVER: AUTH PLAIN AGVydXNzZWxsAGFaT1JrV0VBc2lCanFRODk=', 'CLIENT -> SERVER: AUTH PLAIN «s»']],
    keeps: ['SERVER -> CLIENT: 250-AUTH PLAIN LOGIN'],
  },
  {
    name: 'sql-password',
    kind: 'secret',
    anyOf: ['identified by', 'password '],
    requires: ["identified by", "password '", 'password "', "password('", "= '"],
    // MySQL `IDENTIFIED [WITH plugin] BY 'x'`, `SET PASSWORD FOR u = 'x'`, PostgreSQL
    // `[ENCRYPTED] PASSWORD 'x'`, in statement and audit logs.
    re: /\bIDENTIFIED (?:WITH [A-Za-z0-9_]+ )?BY (?:PASSWORD )?'(?<s>[^']*)'|\bSET PASSWORD (?:FOR [^=]+)?= ?(?:PASSWORD\()?'(?<s2>[^']*)'|\bPASSWORD '(?<s3>[^']*)'/i,
    examples: [
      ["Query\tALTER USER 'jdoe'@'192.0.2.0' IDENTIFIED BY 'Football_1847*'", "Query\tALTER USER 'jdoe'@'192.0.2.0' IDENTIFIED BY '«s»'"],
      ["LOG:  statement: ALTER ROLE jdoe WITH PASSWORD 'Summer2476%'", "LOG:  statement: ALTER ROLE jdoe WITH PASSWORD '«s»'"],
      ["Query\tSET PASSWORD FOR 'jdoe'@'%' = 'Ex4mple'", "Query\tSET PASSWORD FOR 'jdoe'@'%' = '«s»'"],
    ],
    keeps: ["FATAL:  password authentication failed for user 'jdoe'"],
  },
  {
    name: 'http-digest',
    kind: 'secret',
    anyOf: ['digest'],
    // RFC 7616 `Authorization: Digest username="x", ..., response="<hash>"`: the response is a
    // hash of the password, crackable offline; the user name is an account. Quotes may be
    // JSON-escaped (`\"`).
    re: /\bDigest[ \t]+username=\\?"(?<u>[^"\\]+)\\?"|\bresponse=\\?"(?<s>[0-9A-Fa-f]{32,128})\\?"/i,
    examples: [
      [
        'Authorization: Digest username="jdoe", realm="api", nonce="549ff7c9", uri="/x", algorithm=MD5, response="7c805e3191441287e5ea28422061357e", qop=auth',
        'Authorization: Digest username="«u»", realm="api", nonce="549ff7c9", uri="/x", algorithm=MD5, response="«s»", qop=auth',
      ],
    ],
    keeps: ['WWW-Authenticate: Digest realm="api", nonce="549ff7c9", qop="auth"'],
  },
  {
    name: 'cli-secret-argument',
    kind: 'secret',
    // Words after which device CLIs (and the command accounting that echoes them) put a secret:
    // RADIUS shared secrets, ProCurve `plaintext`, quoted SNMP communities and passwords
    // (Nokia SR OS, MD-CLI), SNMPv3 `authentication sha X privacy aes Y` (EXOS and others),
    // guest pass keys and vouchers (Ruckus, Omada, pfSense captive portal), `PSK from X to Y`.
    anyOf: [
      'shared-secret',
      'plaintext ',
      'pass key ',
      'voucher',
      'community "',
      'community \\"',
      'password "',
      'password \\"',
      'authentication md5 ',
      'authentication sha',
      'privacy des',
      'privacy 3des',
      'privacy aes',
      'psk from ',
      '-password ',
    ],
    re: new RegExp(
      [
        String.raw`\bshared-secret[ \t]+(?:(?:0|7|encrypted)[ \t]+)?\\?"?(?<s>[^ \t"'\\]+)`,
        String.raw`\bplaintext[ \t]+(?<s2>[^ \t"']+)`,
        String.raw`\bpass key[ \t]+(?<s3>[^ \t"',]+)`,
        String.raw`\bvoucher code[ \t]+(?=[^ \t"',.]*\d)(?<s4>[^ \t"',.]+)`,
        String.raw`\bVoucher login good for \d+ min\.:[ \t]*(?<s5>[^ \t,]+)`,
        String.raw`\b(?:community|password)[ \t]+\\?"(?<s6>[^"\\]+)\\?"`,
        String.raw`\bauthentication[ \t]+(?:md5|sha\d*)[ \t]+(?!privacy\b|\d{1,3}(?:[ \t]|$))(?<s7>[^ \t"',;]+)`,
        String.raw`\bprivacy[ \t]+(?:des|3des|aes\d*)(?:[ \t]+\d{3})?[ \t]+(?<s8>[^ \t"',;]+)`,
        String.raw`\bPSK from[ \t]+(?<s9>[^ \t]+)[ \t]+to[ \t]+(?<s10>[^ \t]+?)\.?(?=[ \t]|$)`,
        String.raw`\b[a-z]+(?:-[a-z]+)*-password[ \t]+(?:(?:hmac-md5|hmac-sha\d*|md5|sha\d*|text|clear)[ \t]+)?(?:(?:encrypted|[07])[ \t]+)?(?!${PROSE}|\d[ \t])(?<s11>[^ \t'"]+)`,
      ].join('|'),
      'i',
    ),
    examples: [
      ['configure radius netlogin primary server 192.0.2.5 1812 vr VR-Default shared-secret Ex4mple-Rad (accepted)', 'configure radius netlogin primary server 192.0.2.5 1812 vr VR-Default shared-secret «s» (accepted)'],
      ["mgr: x: Config change by CLI: 'password manager user-name jdoe plaintext Ex4mple41'", "mgr: x: Config change by CLI: 'password manager user-name jdoe plaintext «s»'"],
      ['apmgr: Guest[guest125] used pass key ZBBRMTLEJA to join WLAN[Guest]', 'apmgr: Guest[guest125] used pass key «s» to join WLAN[Guest]'],
      ['[Portal] Client (192.0.2.8) authenticated via voucher code 645622.', '[Portal] Client (192.0.2.8) authenticated via voucher code «s».'],
      ['logportalauth[1]: Zone: byod - Voucher login good for 470 min.: p4U9DESf4p, 192.0.2.8', 'logportalauth[1]: Zone: byod - Voucher login good for 470 min.: «s», 192.0.2.8'],
      ['+    community "Ex4mple!723" {', '+    community "«s»" {'],
      ["executed 'configure system security user \"jdoe\" password \"Ex4mple#1\"'", "executed 'configure system security user \"jdoe\" password \"«s»\"'"],
      ['configure snmpv3 add user ops authentication sha Ex4mple!876 privacy aes Ex4mple-Priv (accepted)', 'configure snmpv3 add user ops authentication sha «s» privacy aes «s» (accepted)'],
      ['[Admin] x changed WLAN Office PSK from Ex4mpleOld to Ex4mpleNew.', '[Admin] x changed WLAN Office PSK from «s» to «s».'],
      ["%ASA-5-111008: User 'x' executed the 'ldap-login-password Ex4mple#505' command.", "%ASA-5-111008: User 'x' executed the 'ldap-login-password «s»' command."],
      [' lsp-password hmac-md5 encrypted 0DEADBEEF0', ' lsp-password hmac-md5 encrypted «s»'],
    ],
    keeps: ['ip ospf authentication md5 1', 'SNMP: unauthorized community string rejected', 'Authentication MD5, key-string', 'voucher code expired', 'password is not accepted'],
  },
  {
    name: 'captured-auth-header',
    kind: 'secret',
    anyOf: ['basic ', 'bearer '],
    // An Authorization value without its header name: HAProxy `capture request header`
    // (`{Basic dXNlcjpwYXNz}`), debug dumps. A token of 16+ base64/URL-safe chars with a digit or
    // `=` in it, so prose ("Basic authentication") is left alone.
    re: /(?:^|[ \t{\[("'|])(?:Basic|Bearer)[ \t]+(?=[A-Za-z0-9+\/=._~-]*[0-9=])(?<s>[A-Za-z0-9+\/=._~-]{16,})/,
    examples: [
      ['haproxy[1]: 192.0.2.7:44307 [23/Feb/2024:04:16:46.344] fe~ be/app03 0/0/3/357/466 200 67892 - - ---- 1/1/0/0/0 0/0 {Basic S0tvd2Fsc2tpOkdyYW5pdGU=} "GET / HTTP/1.1"', 'haproxy[1]: 192.0.2.7:44307 [23/Feb/2024:04:16:46.344] fe~ be/app03 0/0/3/357/466 200 67892 - - ---- 1/1/0/0/0 0/0 {«s»} "GET / HTTP/1.1"'.replace('{«s»}', '{Basic «s»}')],
    ],
    keeps: ['Basic authentication required for realm "ops"', 'Bearer token expired'],
  },
  {
    name: 'command-line-credentials',
    kind: 'secret',
    anyOf: ['with password ', '/user:', 'net user ', 'chpasswd', '@tcp(', '@unix(', 'hooks.slack.com/services/', ' secret ', 'password:', 'passwd:', 'secret:', 'token:', 'cookie'],
    // Credentials in command lines and prose: `AUTH LOGIN as x with password X`, Windows
    // `net use \\srv\share /user:DOM\jdoe X` and `net user jdoe X /add`, `echo 'jdoe:X' | chpasswd`,
    // Go MySQL DSNs `app:X@tcp(host:3306)/db`, Slack webhook URLs, Junos
    // `set system radius-server 192.0.2.5 secret X`.
    re: new RegExp(
      [
        String.raw`\bwith password[ \t]+(?!${PROSE})(?<s>[^ \t'",;]+)`,
        String.raw`\bnet use[ \t]+[^ \t]+(?:[ \t]+[^ \t/]+)?[ \t]+\/user:(?<u>[^ \t"]+)[ \t]+(?<s2>[^ \t"\/][^ \t"]*)`,
        String.raw`\bnet user[ \t]+(?<u2>[^ \t"\/]+)[ \t]+(?!\*[ \t"]|\/)(?<s3>[^ \t"]+)[ \t]+\/(?:add|domain)`,
        String.raw`\becho[ \t]+(?:-[a-z]+[ \t]+)?['"]?(?<u3>[^:'" \t]+):(?<s4>[^'" \t]+)['"]?[ \t]*\|[ \t]*(?:sudo[ \t]+)?chpasswd`,
        String.raw`(?:^|[ \t"'=])(?<u4>[A-Za-z0-9_.-]+):(?<s5>[^@ \t"'\/]+)@(?:tcp|unix|udp)\(`,
        String.raw`hooks\.slack\.com\/services\/[A-Z0-9]+\/[A-Z0-9]+\/(?<s6>[A-Za-z0-9]{16,})`,
        String.raw`\bset[ \t][^'"\n]*?[ \t]secret[ \t]+"?(?<s7>[^ \t'"]+)`,
        String.raw`[{ \t](?:Password|Passwd|Secret|Token):(?<s8>[^ \t},"]+)`,
        String.raw`\b(?:JSESSIONID|PHPSESSID|ASP\.NET_SessionId|ASPSESSIONID[A-Z]+|connect\.sid|laravel_session|_session_id|sessionid|session_id|SESSION|SID)=(?<s9>[^;, \t"]+)`,
      ].join('|'),
    ),
    examples: [
      ['smtp: AUTH LOGIN as x with password Ex4mple#maple3 on smtp.example.com:587 failed', 'smtp: AUTH LOGIN as x with password «s» on smtp.example.com:587 failed'],
      ['"CommandLine":"net use \\\\\\\\files01\\\\finance /user:ACME\\\\jdoe Ex4mple.cobalt3"', '"CommandLine":"net use \\\\\\\\files01\\\\finance /user:ACME\\\\«u» «s»"'],
      ['"CommandLine":"net user jdoe Ex4mple*1kJ /add /domain"', '"CommandLine":"net user «u» «s» /add /domain"'],
      ["COMMAND=/bin/sh -c echo 'jdoe:Ex4mple%' | chpasswd", "COMMAND=/bin/sh -c echo '«u»:«s»' | chpasswd"],
      ['WARN storage: using app_rw:Ex4mple-87@tcp(192.0.2.5:3306)/app?parseTime=true', 'WARN storage: using «u»:«s»@tcp(192.0.2.5:3306)/app?parseTime=true'],
      ['"url":"https://hooks.slack.com/services/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"', '"url":"https://hooks.slack.com/services/TBNT0V29Q/BGM1E3PCVZZ/«s»"'],
      ["UI_CMDLINE_READ_LINE: User 'x', command 'set system radius-server 192.0.2.5 secret Ex4mpleRad '", "UI_CMDLINE_READ_LINE: User 'x', command 'set system radius-server 192.0.2.5 secret «s» '"],
      ['DEBUG handler.go:92: bind request &{Username:x Password:Ex4mple%Gn2 Domain:CORP}', 'DEBUG handler.go:92: bind request &{Username:x Password:«s» Domain:CORP}'],
      ['< Set-Cookie: JSESSIONID=BF3F4D3D60A16ED394D0EE55D32370B9; Path=/; Secure; HttpOnly', '< Set-Cookie: JSESSIONID=«s»; Path=/; Secure; HttpOnly'],
    ],
    keeps: ['net user jdoe /domain', 'login with password failed', 'net user jdoe * /add', 'Password: ', 'Cookie: lang=en; theme=dark'],
  },
  {
    name: 'tool-credentials',
    kind: 'secret',
    anyOf: ['snmp', 'smbclient', 'unicodepwd', 'userpassword', 'signature', 'cloud-init', 'lftp', 'check_http', 'check_curl', 'cmdkey', 'freerdp', 'netsh'],
    // net-snmp tools `snmpget -v2c -c COMMUNITY` and v3 `-A authpass -X privpass`; smbclient
    // `-U DOM/user%password`; LDIF `unicodePwd::`/`userPassword:`; AWS SigV4 signatures in SDK debug
    // logs; cloud-init printing the `user:password` pairs of `chpasswd: list`; `lftp -u user,password`;
    // the Nagios plugins' `check_http -a user:password` and `check_snmp -C community`; Windows
    // `cmdkey /add:host /user:x /pass:X`, FreeRDP `/u:x /p:X` and `netsh wlan set hostednetwork key=X`.
    re: new RegExp(
      [
        String.raw`\bsnmp(?:get|getnext|walk|bulkwalk|bulkget|set|trap|inform|table|delta|df|status|netstat)\b[^|;&\]]*?[ \t]-c[ \t]*(?<s>[^ \t'"\]]+)`,
        String.raw`\bsnmp[a-z]*\b[^|;&\]]*?[ \t]-A[ \t]*(?<s2>[^ \t'"\]]+)(?:[^|;&\]]*?[ \t]-X[ \t]*(?<s3>[^ \t'"\]]+))?`,
        String.raw`\bsnmp[a-z]*\b[^|;&\]]*?[ \t]-X[ \t]*(?<s8>[^ \t'"\]]+)`,
        String.raw`\bsmbclient\b[^|;&]*?[ \t]-U[ \t]*(?:[^ \t\/\\%]+[\/\\])?(?<u>[^ \t%]+)%(?<s4>[^ \t'"]+)`,
        String.raw`\b(?:unicodePwd|userPassword)::?[ \t]*(?<s5>[^ \t]+)`,
        String.raw`\bcheck_snmp\b[^|;&]*?[ \t]-[CAX][ \t]*(?<s11>[^ \t'"]+)(?:[^|;&]*?[ \t]-[AX][ \t]*(?<s12>[^ \t'"]+))?(?:[^|;&]*?[ \t]-X[ \t]*(?<s13>[^ \t'"]+))?`,
        String.raw`\bnetsh[ \t]+wlan\b[^|;&]*?[ \t]key=(?!clear\b)(?:"(?<s16>[^"]+)"|(?<s17>[^ \t"]+))`,
        String.raw`\b(?:cmdkey|[xw]freerdp|sdl-freerdp)\b[^|;&]*?[ \t]\/(?:pass|p):(?:"(?<s14>[^"]+)"|(?<s15>[^ \t"]+))`,
        String.raw`\blftp\b[^|;&]*?[ \t]-u[ \t]+['"]?(?<u3>[^, \t'"]+),(?<s9>[^ \t'"]+)`,
        String.raw`\bcheck_(?:http|curl)\b[^|;&]*?[ \t]-a[ \t]+['"]?(?<u4>[^: \t'"]+):(?<s10>[^ \t'"]+)`,
        String.raw`\b(?:Calculated signature|Signature)[ \t]*[=:][ \t]*(?<s6>[0-9a-f]{64})\b`,
        String.raw`\bcloud-init\[\d+\]: (?<u2>[A-Za-z0-9._-]+):(?<s7>[^ \t:]+)$`,
      ].join('|'),
    ),
    examples: [
      ['SNMP[/usr/bin/snmpget -v2c -c Ex4mple# -OUQn -m SNMPv2-MIB udp:192.0.2.31:161 .1.3.6.1.2.1.1.2.0]', 'SNMP[/usr/bin/snmpget -v2c -c «s» -OUQn -m SNMPv2-MIB udp:192.0.2.31:161 .1.3.6.1.2.1.1.2.0]'],
      ['snmpwalk -v3 -l authPriv -u ops -a SHA -A Ex4mpleAuth -x AES -X Ex4mplePriv 192.0.2.31', 'snmpwalk -v3 -l authPriv -u ops -a SHA -A «s» -x AES -X «s» 192.0.2.31'],
      ['cwd:/home/x]: smbclient //nas/finance -U CORP/jdoe%Ex4mple239ou', 'cwd:/home/x]: smbclient //nas/finance -U CORP/«u»%«s»'],
      ['unicodePwd:: IgBBAE8AQwBVADIAdQBHAGMARAByAEYA', 'unicodePwd:: «s»'],
      ['botocore.auth - DEBUG - Calculated signature = c4dfe0ae854625a3b866e1488cd54f82fccdea579cea4464d0ab00b5a09b3c26', 'botocore.auth - DEBUG - Calculated signature = «s»'],
      ['app-1 cloud-init[685]: jdoe:VDTF8Bq6ZV9q', 'app-1 cloud-init[685]: «u»:«s»'],
      ['CMD=lftp -u jdoe2,Orbit2144 sftp://192.0.2.53', 'CMD=lftp -u «u»,«s» sftp://192.0.2.53'],
      ["executed: /usr/lib/nagios/plugins/check_snmp -H 192.0.2.121 -C OxW9yu7EOM -o 1.3.6.1.2.1.1.3.0 -w 10 -c 20", "executed: /usr/lib/nagios/plugins/check_snmp -H 192.0.2.121 -C «s» -o 1.3.6.1.2.1.1.3.0 -w 10 -c 20"],
      ['CommandLine: cmdkey /add:srv.example /user:CORP\\jdoe2 /pass:QxeKrE8=BBHK', 'CommandLine: cmdkey /add:srv.example /user:CORP\\jdoe2 /pass:«s»'],
      ['CommandLine: netsh wlan set hostednetwork mode=allow ssid=Lab-AP key=Ember.4907 CurrentDirectory: C:\\', 'CommandLine: netsh wlan set hostednetwork mode=allow ssid=Lab-AP key=«s» CurrentDirectory: C:\\'],
      ['CMD=xfreerdp /v:192.0.2.254 /u:CORP\\jdoe2 /p:4RTvsu.%sUzTEqYjk /cert:ignore', 'CMD=xfreerdp /v:192.0.2.254 /u:CORP\\jdoe2 /p:«s» /cert:ignore'],
      ['command_line=/usr/lib/nagios/plugins/check_http -H fs01.example -I 192.0.2.42 -S -a jdoe2:Ember9416 -u /status', 'command_line=/usr/lib/nagios/plugins/check_http -H fs01.example -I 192.0.2.42 -S -a «u»:«s» -u /status'],
    ],
    keeps: ['snmpd[1]: Connection from UDP: [192.0.2.1]:161', 'cloud-init[685]: Cloud-init v. 23.4 finished at Fri', 'netsh wlan show profile name=Office key=clear'],
  },
  {
    name: 'vendor-token',
    kind: 'secret',
    anyOf: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_', 'glpat-', 'gldt-', 'xoxb-', 'xoxp-', 'xoxa-', 'xoxr-', 'xoxs-', 'xoxe', 'xapp-', 'aiza', 'sk_live_', 'rk_live_', 'sk_test_', 'pk_live_', 'sg.', 'npm_', 'pypi-', 'hf_', 'sk-', 'dop_v1_', 'shpat_', 'shpss_'],
    // Tokens that say what they are by a prefix (GitHub, GitLab, Slack, Google API keys, Stripe,
    // SendGrid, npm, PyPI, Hugging Face, OpenAI, DigitalOcean, Shopify), wherever they stand.
    re: /(?<![A-Za-z0-9_-])(?<s>(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,}|gl(?:pat|dt)-[A-Za-z0-9_-]{20,}|xox[abposre]-[A-Za-z0-9-]{10,}|xapp-[0-9]-[A-Za-z0-9-]{10,}|AIza[0-9A-Za-z_-]{35}|[sr]k_(?:live|test)_[0-9A-Za-z]{16,}|pk_live_[0-9A-Za-z]{16,}|SG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}|npm_[A-Za-z0-9]{36}|pypi-[A-Za-z0-9_-]{50,}|hf_[A-Za-z0-9]{30,}|sk-(?:proj-)?[A-Za-z0-9_-]{32,}|dop_v1_[a-f0-9]{64}|shp(?:at|ss)_[a-fA-F0-9]{32}))(?![A-Za-z0-9_])/,
    examples: [
      ['Slack notification failed: invalid_auth (token xoxp-50073365714-2015492079246-9YzYEg5gmatlRqOxgMn6UwMi)', 'Slack notification failed: invalid_auth (token «s»)'],
      ['level=info msg="gcp client init" key=AIzaAtb4QaqkVpeojCQO1AKqJAI5vS2FKjqOBwH project=lake', 'level=info msg="gcp client init" key=«s» project=lake'],
      ['remote: https://x:ghp_0123456789abcdefghijABCDEFGHIJ012345 rejected', 'remote: https://x:«s» rejected'],
    ],
    keeps: ['msg.sg.example.net resolved', 'task-sk-1 started'],
  },
  auditdExecveRule,
  pemBlockRule,
  ...toolFormatRules,
  secretWordRule,
  keyMaterialRule,
  cliUserPasswordRule,
];
