/**
 * Two generic credential detectors, for the forms no named rule knows yet (a new
 * vendor's CLI echo, a new tool's debug line). The named rules know where each
 * vendor puts a value; these must be cautious where those can be exact.
 *
 * `secret-word-value`: a secret's name as a word, then its value after a blank.
 *
 *   super password role network-admin simple J5fZQ7BWLg6b
 *   set system login user x authentication plain-text-password-value Summer2016!
 *   ppp pap sent-username x password 0 Ex4mple
 *   new passphrase is "orchid ember 22"
 *   TACACS+ shared secret Ex4mple#1 saved
 *
 * The named rules beside this one know where each vendor puts a value. This one
 * is for the form no rule knows yet (a new vendor's CLI echo, a new tool's
 * debug line), so it must be cautious where they can be exact:
 *
 * - The word is a secret's noun, alone or as the last part of a compound
 *   (`radius-secret`, `plain-text-password-value`, `auth_key`); `password=` and
 *   `password:` are assignments, which `keyword-assignment` reads.
 * - Between the noun and the value only the words CLIs put there may stand:
 *   type digits (`0`, `7`), encodings (`cipher`, `simple`, `ascii-text`,
 *   `hmac-sha256`), `is`, `role X`, `level N`.
 * - The value is the next word, and it must look like a password: a symbol, or
 *   letters with digits, or upper- and lower-case letters past the first. Log
 *   prose after the noun (`Failed password for root`, `password expired`,
 *   `community string mismatch`, `secret db-creds created`) is plain words and
 *   stops the search at once. A quoted value needs no shape, only not to be prose.
 *
 * What it misses, on purpose: all-lower-case or all-digit values after a bare
 * noun (`community public`, `passcode 746220`), which read the same as prose
 * and counters.
 */
import type { FunctionRule } from './rule.js';
import { assignmentsOf, followedByOperator, operatorFollowsKey } from './assignments.js';

/** The secret's noun: the whole word, or its last `-`/`_` part(s). */
const NOUN =
  /^(?:[A-Za-z0-9]+[-_])*(?:password|passphrase|passcode|secret|psk|community|token|(?:auth|priv|pre-shared|preshared|shared|secret|api|private|psk|wep|wpa|access|encryption|tunnel)[-_]?key)(?:[-_](?:value|string|text|data))?$/i;

/** Words a CLI puts between a secret's noun and its value. */
const MODIFIER =
  /^(?:[0-9]|10|encrypted|encryption|unencrypted|cipher|simple|plain|plaintext|plain-text|clear|cleartext|clear-text|text|hash|hashed|irreversible-cipher|ascii|ascii-text|hex|hexadecimal|md5|sha|sha-?1|sha-?256|sha-?384|sha-?512|hmac-md5|hmac-sha-?1|hmac-sha-?256|hmac-sha-?512|aes|aes-?128|aes-?192|aes-?256|des|3des|value|string|is|now|to|set|as|new)$/i;

/** Modifiers that take one argument of their own: `role network-admin`, `level 15`. */
const WITH_ARGUMENT = /^(?:role|level|privilege|user-role)$/i;

/** Words that mean the text after the noun is prose about a password, not a value. */
const PROSE =
  /^(?:for|from|of|by|on|in|at|with|without|and|or|but|not|no|the|a|an|this|that|was|has|have|had|will|must|should|can|cannot|could|may|did|does|do|been|being|be|were|are|incorrect|invalid|failed|failure|fail|changed|change|changes|reset|expired|expires|expiry|required|prompt|mismatch|length|age|policy|history|complexity|accepted|rejected|denied|too|ok|error|authentication|auth|login|update|updated|verification|verified|check|attempt|attempts|rotation|rotated|used|saved|stored|removed|deleted|created|added|set|file|name|id|type|key|missing|empty|null|none)$/i;

const BLANK = (c: number): boolean => c === 32 || c === 9;
const WORD_CHAR = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 95;

/** Where the next word starts at or after `i` (past blanks). */
function nextWord(line: string, i: number): number {
  while (i < line.length && BLANK(line.charCodeAt(i))) i++;
  return i;
}

/** The end of the word that starts at `i` (up to a blank or the line's end). */
function wordEnd(line: string, i: number): number {
  while (i < line.length && !BLANK(line.charCodeAt(i))) i++;
  return i;
}

/** True for a value shaped like a password rather than a word of prose or an identifier. */
export function looksLikePassword(v: string): boolean {
  if (v.length < 4 || v.length > 128) return false;
  if (/^\/|:\/\/|^\\\\|^[<[(%]|:$|^\d+$|^[a-z_][a-z0-9_.-]*=/.test(v)) return false; // paths, URLs, shares, markup, labels, counters, the next key=value
  if (/^[A-Za-z]+[?!.:]+$/.test(v)) return false; // a word ending a sentence: `(password mismatch?)`
  if (/^v?\d+(?:[.:-]\d+)+$/.test(v)) return false; // versions, times, dates
  if (/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(v) && !/\d$/.test(v)) return false; // host names
  let digit = false;
  let upper = false;
  let lower = false;
  let symbol = false;
  let innerUpper = false;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c >= 48 && c <= 57) digit = true;
    else if (c >= 65 && c <= 90) {
      upper = true;
      if (i > 0) innerUpper = true;
    } else if (c >= 97 && c <= 122) lower = true;
    else if (c !== 45 && c !== 95 && c !== 46) symbol = true;
  }
  const letters = upper || lower;
  if (symbol) return letters || digit;
  if (digit && letters) return true;
  return upper && lower && innerUpper;
}

export const secretWordRule: FunctionRule = {
  name: 'secret-word-value',
  kind: 'secret',
  anyOf: ['password', 'passphrase', 'passcode', 'secret', 'psk', 'community', 'token', 'key'],
  find(line, _state, emit, hits) {
    let done = -1; // the end of the last word looked at: `secret-key` holds two literals
    for (const hit of hits) {
      if (hit <= done) continue;
      // The whole word the literal is in.
      let s = hit;
      while (s > 0 && WORD_CHAR(line.charCodeAt(s - 1))) s--;
      let e = hit;
      while (e < line.length && WORD_CHAR(line.charCodeAt(e))) e++;
      done = e;
      if (e >= line.length || !BLANK(line.charCodeAt(e))) continue; // `password=`, `password:`, end of line
      const before = s > 0 ? line.charCodeAt(s - 1) : 32;
      if (before === 47 || before === 46 || before === 61) continue; // `/api/token`, `x.secret`, `=token`
      if (!NOUN.test(line.slice(s, e))) continue;
      // Skip up to four words that may stand between the noun and the value, then take the next.
      let at = nextWord(line, e);
      for (let skipped = 0; skipped < 4 && at < line.length; skipped++) {
        const w = line.slice(at, wordEnd(line, at));
        if (MODIFIER.test(w)) at = nextWord(line, at + w.length);
        else if (WITH_ARGUMENT.test(w)) at = nextWord(line, wordEnd(line, nextWord(line, at + w.length)));
        else break;
      }
      if (at < line.length) findValue(line, at, wordEnd(line, at), emit);
    }
  },
  examples: [
    ['%%10SHELL/6/SHELL_CMD: -Line=vty1-User=x; Command is super password role network-admin simple J5fZQ7BWLg6bHPy3', '%%10SHELL/6/SHELL_CMD: -Line=vty1-User=x; Command is super password role network-admin simple «s»'],
    ["command 'set system login user x authentication plain-text-password-value Summer2016! '", "command 'set system login user x authentication plain-text-password-value «s» '"],
    ['admin changed the wireless passphrase to "orchid ember 22"', 'admin changed the wireless passphrase to "«s»"'],
    ['TACACS+ shared secret Ex4mple#1 saved', 'TACACS+ shared secret «s» saved'],
    ['Command is  super password  role  network-admin   simple Ex4mple-Pw9', 'Command is  super password  role  network-admin   simple «s»'],
    ['config: radius-secret 7hQ-Lw2x applied', 'config: radius-secret «s» applied'],
    ['cli: new password is Tr0ub4dor&3', 'cli: new password is «s»'],
    ['webhook: using token Zq8mWn3Kp2Lx for notifications', 'webhook: using token «s» for notifications'],
    ['ap1: wpa_key LtpJIABvUtB set on SSID Office', 'ap1: wpa_key «s» set on SSID Office'],
  ],
  keeps: [
    'sshd[1]: Failed password for invalid user admin2 from 192.0.2.5 port 4 ssh2',
    'sshd[1]: Accepted publickey for x from 192.0.2.5 port 4 ssh2: RSA SHA256:AbCdEf0123',
    'password expired for user jdoe2, change required',
    'SNMP community string mismatch from 192.0.2.1',
    'kubelet: secret db-creds created in namespace prod',
    'Token Bucket overflow on Gi0/1',
    'password policy: MinLength 8',
    'GET /api/token HTTP/1.1',
    'community public RO',
    'ssh: host key RSA 3072 loaded',
    'ldap: password changed for uid=jdoe2,ou=people',
    'token expired at 2024-03-04T06:52:15Z',
    'pam_authenticate() failed: Authentication failure (password mismatch?)',
    '/interface wifi security add authentication-types=wpa2-psk,wpa3-psk name=sec-corp',
  ],
};

/** Reports the word `[at, end)` as a secret when it reads as a value. */
function findValue(line: string, at: number, end: number, emit: Parameters<FunctionRule['find']>[2]): void {
  const open = line.charCodeAt(at);
  if (open === 34 || open === 39) {
    // A quoted value may hold blanks: up to the closing quote on the line.
    const close = line.indexOf(open === 34 ? '"' : "'", at + 1);
    if (close <= at + 1) return;
    const v = line.slice(at + 1, close);
    if (PROSE.test(v) || /^[a-z]+$/.test(v) || v.includes('\\')) return;
    emit('secret', at + 1, close);
    return;
  }
  // Trailing punctuation of the sentence or the record is not part of the value.
  let e = end;
  while (e > at + 1) {
    const c = line.charCodeAt(e - 1);
    if (c === 44 || c === 59 || c === 39 || c === 34 || c === 41 || c === 93 || c === 125) e--;
    else break;
  }
  const v = line.slice(at, e);
  if (PROSE.test(v) || !looksLikePassword(v)) return;
  emit('secret', at, e);
}

/**
 * `key-material-assignment`: an assignment whose key merely contains a secret's
 * stem (`apiSecretValue=`, `"refreshTokenEnc":`, `x_signature_v2=`, `pwdHash:`)
 * and whose value looks like key material: 12 or more characters of a base64,
 * hex or token alphabet, with letters and digits, not repetitive. Keys that name
 * something about a secret rather than the secret (`token_id`, `secret_name`,
 * `tokenType`, `password_expires`) are left alone, as are values of prose or
 * numbers. `keyword-assignment` takes the keys that are a secret's name.
 */
const STEMS = ['secret', 'token', 'passw', 'pwd', 'apikey', 'api_key', 'api-key', 'credential', 'signature', 'privatekey', 'private_key', 'private-key'];
/**
 * Stems too common inside other words (`keyboard`, `monkey`, `_path`) to count anywhere in a key:
 * they must end it (`key`, `routing_key`, `APP_KEY`, `wireless.radio0.key`, `AZURE_DEVOPS_PAT`), and
 * the value must be one word of key material (no `.` or `:`: object keys, file and host names).
 * Under a bare `key`, a value without a lower-case letter is an identifier (Duo's integration
 * keys `DIWJ8X6AEYOR5OMC6TQ1`, licence and product keys).
 */
const END_STEMS = ['key', '_pat'];
/** The last word of a key that says it names an attribute of a secret, not the secret. */
const ATTRIBUTE_KEY =
  /(?:^|[_.-]|[a-z](?=[A-Z]))(?:id|ids|name|names|type|types|url|uri|path|file|arn|ref|version|count|len|length|ttl|expires?|expiry|expiration|at|time|timestamp|date|age|algorithm|alg|endpoint|policy|format|mode|source|status|scope|scopes|kind|label|provider|method|header|field|prefix|hint|index|size|valid|used|set|present|required)$/i;
const KEY_ALPHABET = /^[A-Za-z0-9+/=_.~-]+$/;
const STEM_INSIDE = new RegExp(STEMS.join('|').replace(/-/g, '\\-'), 'i');
const END_STEM = /(?:^|[^A-Za-z])(?:key|Key|KEY)$|[a-z0-9]Key$|_(?:pat|PAT)$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a value shaped like generated key material rather than a word, a number or a name. */
export function looksLikeKeyMaterial(v: string): boolean {
  if (v.length < 12 || v.length > 1024 || !KEY_ALPHABET.test(v)) return false;
  if (!/[0-9]/.test(v) || !/[A-Za-z]/.test(v)) return false;
  if (/^v?\d+(?:\.\d+)+$/.test(v) || /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(v)) return false; // versions, host names
  // Shannon entropy per character: generated material is well above 3 bits.
  const counts = new Map<number, number>();
  for (let i = 0; i < v.length; i++) counts.set(v.charCodeAt(i), (counts.get(v.charCodeAt(i)) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) h -= (n / v.length) * Math.log2(n / v.length);
  return h >= 3;
}

export const keyMaterialRule: FunctionRule = {
  name: 'key-material-assignment',
  kind: 'secret',
  anyOf: [...STEMS, ...END_STEMS],
  find(line, _state, emit, hits) {
    // Most lines with a stem have no assignment to it (`Failed password for`, `publickey`):
    // look past each literal for an operator before parsing the line's assignments.
    if (!hits.some((h) => operatorFollowsKey(line, h))) return;
    for (const a of assignmentsOf(line)) {
      if (a.valueEnd - a.valueStart < 12) continue;
      // One of the rule's literals must end inside this key (an end stem: at its end).
      const key = line.slice(a.keyStart, a.keyEnd);
      const inside = hits.some((h) => h > a.keyStart && h <= a.keyEnd);
      if (!inside) continue;
      let start = a.valueStart;
      if (line.startsWith('base64:', start)) start += 7; // Laravel's APP_KEY
      const value = line.slice(start, a.valueEnd);
      const endsInStem = END_STEM.test(key);
      if (endsInStem ? /[.:]/.test(value) || UUID.test(value) || (key === 'key' && !/[a-z]/.test(value)) : !STEM_INSIDE.test(key) || ATTRIBUTE_KEY.test(key)) continue;
      if (key === 'PWD') continue; // sudo's PWD is its working directory
      if (line.charCodeAt(start) === 47) continue; // a path
      if (a.quote === 0 && followedByOperator(line, a.valueEnd)) continue;
      if (!looksLikeKeyMaterial(value)) continue;
      emit('secret', start, a.valueEnd);
    }
  },
  examples: [
    ['{"apiSecretValue":"b3JjaGlkLWVtYmVyLTIy9xQ","region":"eu-west-1"}', '{"apiSecretValue":"«s»","region":"eu-west-1"}'],
    ['debug: refreshTokenEnc=Zq8mWn3Kp2Lx7Rt5Vb1N user=x', 'debug: refreshTokenEnc=«s» user=x'],
    ['webhook x_signature_v2=9f86d081884c7d659a2feaa0c55ad015 accepted', 'webhook x_signature_v2=«s» accepted'],
    ['  pwdHash: 5e884898da28047151d0e56f8dc6292773603d0d', '  pwdHash: «s»'],
    ['INF Pre-auth key created key=69c2f3bbe255f031c4c76ccc88458a663ca28e3e89924b52 reusable=true', 'INF Pre-auth key created key=«s» reusable=true'],
    ['msg="Notify attempt failed" routing_key=35f45a59ae6618be415627e1d13ccc3d err="x"', 'msg="Notify attempt failed" routing_key=«s» err="x"'],
    ["uci: root set wireless.default_radio1.key='glacier_quartz_willow7'", "uci: root set wireless.default_radio1.key='«s»'"],
    ['{"DB_HOST":"192.0.2.40","APP_KEY":"base64:epPwYMhKXr3WM5WYo63unJZE8+N3z9B1huf1uOQX40H="}', '{"DB_HOST":"192.0.2.40","APP_KEY":"base64:«s»"}'],
    ['"Env":["AZURE_DEVOPS_PAT=dmm6seewr4wiiim2iwxciluurdntukmi4mku6iv6db6c6ambhupc","LANG=C.UTF-8"]', '"Env":["AZURE_DEVOPS_PAT=«s»","LANG=C.UTF-8"]'],
    ['[b2] type = b2 key = K00Thq1pjcKCPA5BYc2FLiqe9DskcJL', '[b2] type = b2 key = «s»'],
  ],
  keeps: [
    '{"tokenType":"bearer","token_id":"5c120f2c-8b02-43c9-b28f-751d25e3b02b"}',
    'secret_name=prod-db-credentials-2024 secret_version=v12',
    'password_expires=2024-03-04T06:52:15Z token_ttl=3600',
    'oauth: token_endpoint=https://idp.example.com/oauth2/v1/token',
    'secretsmanager: GetSecretValue SecretId=prod/db/creds-2024',
    'token_count=123456789012 signature_algorithm=rsa-sha256-2048',
    'sudo: x : TTY=pts/2 ; PWD=/home/jdoe2/src/app ; USER=root ; COMMAND=/bin/bash',
    'keystore: secret_store=/var/lib/app/secrets-2024.db',
    's3: put key=logs2024/app-01/part-0001.json.gz bucket=x',
    'cache: idempotency_key=5c120f2c-8b02-43c9-b28f-751d25e3b02b',
    'keyboard_layout=us-intl-2024x monkey=abcdEFGH1234',
    'cache_key=user:1234:profile2024 partition_key=tenant-01.events',
    '"application": {"key": "DIWJ8X6AEYOR5OMC6TQ1", "name": "Microsoft RDP"}',
  ],
};

/**
 * `cli-user-password-options`: a command line that names an account with a user
 * option (`-u`, `-U`, `-l`, `--user`, `--username`) and passes its password with
 * `-p`, `-P`, `-w` or `--password` in the same command: `ipmitool -U x -P X`, `sqlcmd -U sa -P X`,
 * `PsExec -u DOM\x -p X`, Nagios `check_mysql -u x -p X`, `az login -u APP -p X`.
 * Without a user option those letters mean other things (`mkdir -p`, `ssh -p 22`),
 * and a value must still look like a password, so ports (`-P 3306`), port maps
 * (`-p 8080:80`) and words stay. `mysql -p` prompts when no value is attached, so
 * the mysql commands are left to `cli-password-argument`.
 */
const USER_OPTION = /(?:^|[ \t"'])(?:-u|-U|-l|--user|--username)(?:[ \t]+|=)['"]?(?!-)(?<u>[^ \t'"|;&]+)/;
/** An LDAP bind DN (`-D "uid=x,ou=people,..."`) names the account too; the DN's parts are the user rules' business. */
const BIND_DN_OPTION = /[ \t]-D[ \t]+['"]?(?:uid|cn)=/i;
const MYSQL_COMMAND = /(?:^|[ \t\/"'])mysql(?:dump|admin|import|show|check)?[ \t]/;
/** Where the command that holds `i` begins and ends: a pipe, `;` or `&` separates commands. */
function commandAround(line: string, i: number): [number, number] {
  let s = i;
  while (s > 0 && !isCommandSeparator(line.charCodeAt(s - 1))) s--;
  let e = i;
  while (e < line.length && !isCommandSeparator(line.charCodeAt(e))) e++;
  return [s, e];
}
const isCommandSeparator = (c: number): boolean => c === 124 || c === 59 || c === 38;

export const cliUserPasswordRule: FunctionRule = {
  name: 'cli-user-password-options',
  kind: 'secret',
  anyOf: [' -p ', ' -w ', ' --password ', ' --password=', ' --pass '],
  find(line, _state, emit, hits) {
    for (const hit of hits) {
      if (line.charCodeAt(hit - 2) === 87 && line.charCodeAt(hit - 3) === 45) continue; // `-W` asks for the password at a prompt (ldap tools)
      const [s, e] = commandAround(line, hit);
      const command = line.slice(s, e);
      if (MYSQL_COMMAND.test(command)) continue;
      const user = USER_OPTION.exec(command);
      if (user === null && !BIND_DN_OPTION.test(command)) continue;
      const at = nextWord(line, hit);
      if (at >= e) continue;
      const open = line.charCodeAt(at);
      let found = false;
      if (open === 34 || open === 39) {
        const close = line.indexOf(open === 34 ? '"' : "'", at + 1);
        if (close > at + 1 && close <= e) {
          emit('secret', at + 1, close);
          found = true;
        }
      } else {
        const end = Math.min(wordEnd(line, at), e);
        if (looksLikePassword(line.slice(at, end))) {
          emit('secret', at, end);
          found = true;
        }
      }
      if (found && user !== null) {
        const u = user.groups?.u ?? '';
        const uStart = s + user.index + user[0].length - u.length;
        emit('user', uStart, uStart + u.length);
      }
    }
  },
  examples: [
    ['ipmitool -I lanplus -H 192.0.2.66 -U jdoe2 -P 2.pszRlOnxwVQT sel list | tail -n 44', 'ipmitool -I lanplus -H 192.0.2.66 -U «u» -P «s» sel list | tail -n 44'],
    ["command_line=/usr/lib/nagios/plugins/check_mysql -H 192.0.2.17 -u jdoe2 -p '=7dW6FRZLeSRj' -d appdb", "command_line=/usr/lib/nagios/plugins/check_mysql -H 192.0.2.17 -u «u» -p '«s»' -d appdb"],
    ["CMD=sqlcmd -S 192.0.2.43,1433 -U sa -P 'LTX=VfyCovQ' -Q \"select @@version\"", "CMD=sqlcmd -S 192.0.2.43,1433 -U sa -P '«s»' -Q \"select @@version\""],
    ['$ az login --service-principal -u 9418275c-4064-4fee-b4da-e082e92d3318 -p sRy8Q~UYJV2Es2np --tenant x', '$ az login --service-principal -u «u» -p «s» --tenant x'],
    ['ipmitool -U jdoe2 -P Monsoon=5143 sel list', 'ipmitool -U «u» -P «s» sel list'],
    ["command_line=/usr/lib/nagios/plugins/check_ldap -H 192.0.2.49 -b dc=example -D \"uid=jdoe2,ou=people,dc=example\" -P 'Meadow+7446' -3", "command_line=/usr/lib/nagios/plugins/check_ldap -H 192.0.2.49 -b dc=example -D \"uid=jdoe2,ou=people,dc=example\" -P '«s»' -3"],
    ['$ helm repo add corp https://charts.example --username jdoe3 --password Falcon.6260', '$ helm repo add corp https://charts.example --username «u» --password «s»'],
  ],
  keeps: [
    'docker run -u 1000 -p 8080:80 nginx',
    'ssh -l jdoe2 -p 2222 host',
    'mysql -u root -p appdb2',
    'cp -u -p a b',
    'redis-cli -h 192.0.2.240 -p 6379 -u default ping',
    'mkdir -p /srv/x && chown -u x',
  ],
};
