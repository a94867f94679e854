// Set C world: invented organisations, people, hosts, address and MAC pools, secret and
// look-alike generators. Every value is made up. IPv4 comes from RFC 5737, RFC 1918, CGNAT and
// invented public-looking ranges; IPv6 from 2001:db8::/32, 3fff::/20, ULA and link-local.
import { zipf } from './kit.mjs';

const FIRST = ['amara', 'bjorn', 'camila', 'dmitri', 'eilidh', 'farid', 'greta', 'hiroshi', 'ines', 'jamal', 'katya',
  'lorenzo', 'maeve', 'nikhil', 'oona', 'pavel', 'quinn', 'rafaela', 'soren', 'tamsin', 'ugo', 'valeria', 'wendell',
  'ximena', 'yusuf', 'zofia', 'adaeze', 'bastien', 'cyrus', 'delphine', 'emeka', 'fenna', 'gideon', 'halima', 'ivo',
  'jolene', 'kasimir', 'linnea', 'marek', 'noor', 'oskar', 'priya', 'radek', 'saoirse', 'tobias', 'uma', 'vesna',
  'wilhelmina', 'yara', 'zeno', 'anneke', 'bogdan', 'chioma', 'dario', 'elif', 'florin', 'gunnhild', 'hamza', 'ilse',
  'jasper', 'kirra', 'luca', 'mirela', 'nadia', 'orla', 'piet', 'rosalind', 'stellan', 'thandiwe', 'viggo'];
const LAST = ['abernathy', 'bergqvist', 'castellano', 'dvorak', 'eklund', 'fairweather', 'gallardo', 'haverkamp',
  'ivanova', 'jablonski', 'kowalczyk', 'lindqvist', 'mbeki', 'nakamura', 'oyelaran', 'pellegrini', 'quintero',
  'rasmussen', 'szabo', 'thornbury', 'urquhart', 'vasquez', 'wojcik', 'yilmaz', 'zielinski', 'achterberg', 'brannigan',
  'cheruiyot', 'delacroix', 'esposito', 'fitzgerald', 'gonzaga', 'hallstrom', 'ishikawa', 'kallio', 'lachance',
  'marchetti', 'novak', 'okonkwo', 'petrovic', 'ramaswamy', 'sandoval', 'tanaka', 'vandermeer', 'whitlock',
  'adeyemi', 'bellweather', 'coulibaly', 'drummond', 'everhart', 'fonseca', 'grimaldi', 'holloway', 'iqbal'];
const DIACRITIC = [['zoë', 'brandt', 'zoë.brandt'], ['józef', 'wąsik', 'jwąsik'], ['jürgen', 'weiß', 'jürgen.weiß'],
  ['ana', 'muñoz', 'amuñoz'], ['françois', 'lévêque', 'flévêque'], ['søren', 'østergaard', 'søren.østergaard'],
  ['zeynep', 'çelik', 'zçelik'], ['ólafur', 'þórsson', 'olafur.thorsson']];
export const SHARED = ['root', 'admin', 'administrator', 'guest', 'nobody', 'anonymous', 'system', 'sshd', 'www-data',
  'daemon', 'operator', 'support', 'user', 'test', 'cisco', 'ubnt', 'pi', 'enable', 'manager'];
export const SERVICE = ['svc_backup', 'svc-veeam', 'svc_sccm', 'postgres', 'oracle', 'deploy', 'jenkins', 'ansible',
  'netbox', 'svc_ldapbind', 'svc-splunk', 'gitlab-runner', 'zabbix', 'librenms', 'oxidized', 'rancid', 'app_rw', 'replicator'];

const OUIS = ['00:50:56', '00:0c:29', '3c:d9:2b', 'f0:9f:c2', '00:1a:1e', 'd4:68:4d', '00:04:96', '28:99:3a',
  '00:1c:73', 'b8:27:eb', 'dc:a6:32', '00:09:0f', '00:1b:17', '00:17:c5', '00:90:7f', '00:0d:b9', '00:e0:4c',
  'f4:8e:38', '00:25:b5', '3c:22:fb', '00:05:85', '00:00:cd', '00:15:77', '50:c7:bf', '00:31:92', '00:13:49',
  'bc:99:11', '88:e9:fe', '74:83:c2', 'ac:1f:6b', '04:d5:90', '68:3a:1e', '58:97:bd', 'e4:5f:01'];
const PUB_FIRST = [23, 31, 37, 45, 62, 77, 81, 89, 91, 103, 109, 141, 151, 176, 185, 188, 193, 194, 212, 213, 217];

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64U = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const CRYPT = './0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const WORDS = ['harbor', 'copper', 'lantern', 'violet', 'glacier', 'orchid', 'falcon', 'meadow', 'quartz', 'ember',
  'thistle', 'saffron', 'tundra', 'juniper', 'marble', 'cobalt', 'willow', 'sparrow', 'canyon', 'nimbus', 'basalt',
  'pepper', 'walrus', 'obsidian', 'cinder', 'mango', 'trellis', 'zephyr', 'lagoon', 'bramble'];

export function makeWorld(R) {
  const W = { R };
  const cap = (s) => s[0].toUpperCase() + s.slice(1);
  const orgs = R.sample([
    { nb: 'HOLLOW', dns: 'ad.hollowmere.example', mail: 'hollowmere.example' },
    { nb: 'KESTREL', dns: 'kestrel-mfg.test', mail: 'kestrel-mfg.test' },
    { nb: 'VANTEL', dns: 'corp.vantel.example', mail: 'vantel.example' },
    { nb: 'BRISA', dns: 'int.brisa-logistica.example', mail: 'brisa-logistica.example' },
    { nb: 'NORDHAV', dns: 'nordhav.lan', mail: 'nordhav-shipping.example' },
  ], 3);
  orgs.forEach((o) => { o.style = R.pick(['flast', 'first.last', 'firstl', 'emp', 'flast']); o.realm = o.dns.toUpperCase(); });
  W.orgs = orgs;
  W.org = () => R.w([[6, orgs[0]], [3, orgs[1]], [1, orgs[2]]]);

  // people
  const people = [];
  const seen = new Set();
  for (let i = 0; people.length < 420 && i < 5000; i++) {
    let first, last, fixed = null;
    if (R.p(0.025)) [first, last, fixed] = R.pick(DIACRITIC);
    else { first = R.pick(FIRST); last = R.pick(LAST); }
    const org = R.w([[6, orgs[0]], [3, orgs[1]], [1, orgs[2]]]);
    let u = fixed;
    if (!u) {
      switch (org.style) {
        case 'first.last': u = `${first}.${last}`; break;
        case 'firstl': u = `${first}${last[0]}`; break;
        case 'emp': u = R.p(0.5) ? `e${R.int(10000, 99999)}` : `${first[0]}${last.slice(0, 5)}${R.int(1, 99)}`; break;
        default: u = `${first[0]}${last}`.slice(0, R.p(0.5) ? 8 : 20);
      }
    }
    if (seen.has(u) || SHARED.includes(u) || u.length < 4) continue;
    seen.add(u);
    const plus = R.p(0.15) ? `+${R.pick(['vpn', 'alerts', 'jira', 'noreply-test', 'git'])}` : '';
    const sub = R.p(0.1) ? `${R.pick(['eu', 'us', 'mail', 'staff'])}.` : '';
    const fold = (x) => x.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/ø/g, 'o').replace(/þ/g, 'th').replace(/ł/g, 'l');
    const local = fold(fixed ? `${first}.${last}` : `${first}.${last}`);
    people.push({
      first, last, user: u, org,
      display: `${cap(first)} ${cap(last)}`,
      adm: R.pick([`${u}-adm`, `adm-${u}`, `${u}_a`, `a-${u}`]),
      email: `${local}${plus}@${sub}${org.mail}`,
      upn: `${u}@${org.dns}`,
      sid: `S-1-5-21-${R.int(1e9, 4e9)}-${R.int(1e9, 4e9)}-${R.int(1e9, 4e9)}-${R.int(1100, 48000)}`,
    });
  }
  W.person = zipf(R, people, 1.0, 3);
  W.user = () => { const p = W.person(); return R.p(0.06) ? p.adm : p.user; };
  W.email = () => (R.p(0.8) ? W.person().email : W.extEmail());
  W.extEmail = () => `${R.pick(FIRST)}${R.pick(['.', '_', '', '-'])}${R.pick(LAST)}${R.p(0.3) ? R.int(1, 99) : ''}@${R.pick(['mailbox.example.org', 'inbox.test', 'partner-co.example.net', 'fastpost.example', 'uni-gr.example.edu', 'lists.vendor.example'])}`;
  W.service = () => R.pick(SERVICE);
  W.shared = () => R.pick(['root', 'admin', 'administrator', 'guest', 'nobody', 'anonymous']);

  // hosts
  const site = R.sample(['ams', 'fra', 'lhr', 'bos', 'sea', 'sgp', 'syd', 'gru', 'waw', 'mad', 'osl', 'yyz'], 4);
  W.site = () => R.pick(site);
  W.host = (kind = 'any') => {
    const s = R.pick(site);
    const n = () => String(R.int(1, 24)).padStart(2, '0');
    switch (kind) {
      case 'fw': return R.pick([`fw-${s}-${n()}`, `${s}-edge-fw${R.int(1, 4)}`, `FW-${s.toUpperCase()}-${n()}`]);
      case 'sw': return R.pick([`${s}-acc-sw${n()}`, `${s}-core${R.int(1, 2)}`, `sw-${s}-b${R.int(1, 9)}-${n()}`, `leaf${R.int(100, 140)}-${s}`]);
      case 'ap': return R.pick([`AP-${s.toUpperCase()}-${R.int(1, 6)}F-${n()}`, `ap-${s}-${R.int(100, 499)}`]);
      case 'ws': return R.pick([`WS-${R.int(1000, 9999)}`, `LT-${R.chars(5, 'ABCDEFGHJKMNPQRSTUVWXYZ23456789')}`, `${s.toUpperCase()}-PC${R.int(100, 999)}`]);
      case 'srv': return R.pick([`${s}-app${n()}`, `db-prod-${R.int(1, 6)}`, `${s}-k8s-node${n()}`, `web${n()}.${s}`, `${s}-dc${R.int(1, 3)}`]);
      default: return W.host(R.pick(['fw', 'sw', 'ap', 'srv']));
    }
  };
  W.fqdn = (h) => `${h.toLowerCase()}.${W.org().dns}`;
  W.app = () => R.pick(['portal', 'hr', 'payroll', 'wiki', 'tickets', 'grafana', 'git', 'vault', 'crm', 'erp', 'sso']);
  W.appHost = () => `${W.app()}.${R.pick(orgs).mail}`;

  // IPv4
  const oct = () => R.int(1, 254);
  const mk4 = (k) => {
    switch (k) {
      case 'int': return R.w([[5, () => `10.${R.int(0, 255)}.${R.int(0, 255)}.${oct()}`], [2, () => `172.${R.int(16, 31)}.${R.int(0, 255)}.${oct()}`], [3, () => `192.168.${R.int(0, 255)}.${oct()}`]]);
      case 'doc': return `${R.pick(['192.0.2', '198.51.100', '203.0.113'])}.${oct()}`;
      case 'cgn': return `100.${R.int(64, 127)}.${R.int(0, 255)}.${oct()}`;
      default: return `${R.pick(PUB_FIRST)}.${R.int(0, 255)}.${R.int(0, 255)}.${oct()}`;
    }
  };
  const pool4 = (k, n) => zipf(R, Array.from({ length: n }, () => mk4(k)), 1.0, 2);
  const P4 = { int: pool4('int', 900), doc: pool4('doc', 300), cgn: pool4('cgn', 120), pub: pool4('pub', 700) };
  W.ip4 = (k = 'any') => (k === 'any' ? P4[R.w([[5, 'int'], [2, 'doc'], [1, 'cgn'], [3, 'pub']])]() : k === 'ext' ? P4[R.w([[2, 'doc'], [3, 'pub'], [1, 'cgn']])]() : P4[k]());
  W.mask = () => R.pick(['255.255.255.0', '255.255.255.252', '255.255.254.0', '255.255.0.0', '255.255.255.128', '255.255.255.240', '255.0.0.0', '255.255.248.0']);
  W.wild = () => R.pick(['0.0.0.255', '0.0.0.3', '0.0.255.255', '0.0.1.255', '0.0.0.15', '0.255.255.255']);
  W.port = () => R.w([[4, () => R.int(1024, 65535)], [1, () => R.pick([22, 23, 53, 80, 123, 161, 389, 443, 445, 514, 636, 1812, 3389, 8443])]]);

  // MACs
  W.macHex = () => (R.p(0.12) ? R.hex(1) + R.pick(['2', '6', 'a', 'e']) + R.hex(4) : R.pick(OUIS).replace(/:/g, '')) + R.hex(6);
  const PM = zipf(R, Array.from({ length: 700 }, () => W.macHex()), 1.0, 2);
  W.macRaw = () => PM();
  W.macFmt = (h, f) => {
    const b = h.match(/../g);
    switch (f) {
      case 'COLON': return b.join(':').toUpperCase();
      case 'dash': return b.join('-');
      case 'DASH': return b.join('-').toUpperCase();
      case 'cisco': return h.match(/..../g).join('.');
      case 'huawei': return h.match(/..../g).join('-');
      case 'hp': return `${h.slice(0, 6)}-${h.slice(6)}`;
      case 'bare': return h;
      case 'BARE': return h.toUpperCase();
      default: return b.join(':');
    }
  };
  W.macf = (f) => W.macFmt(W.macRaw(), f);

  // IPv6 (canonical compressed strings)
  const h16 = () => R.int(0, 0xffff).toString(16);
  const prefixes = [];
  for (let i = 0; i < 24; i++) {
    prefixes.push(R.w([
      [5, () => `2001:db8:${R.int(1, 0xffff).toString(16)}:${R.int(0, 0xff).toString(16)}`],
      [2, () => `3fff:${R.int(0, 0xfff).toString(16)}:${h16()}:${R.int(0, 0x3f).toString(16)}`],
      [3, () => `fd${R.hex(2)}:${h16()}:${h16()}:${R.int(1, 0x40).toString(16)}`],
    ]));
  }
  const canon = (groups) => {
    // RFC 5952: compress the longest run (>=2) of zero groups
    let best = -1, bl = 0;
    for (let i = 0; i < 8;) {
      if (groups[i] !== 0) { i++; continue; }
      let j = i;
      while (j < 8 && groups[j] === 0) j++;
      if (j - i > bl && j - i >= 2) { best = i; bl = j - i; }
      i = j;
    }
    const hx = groups.map((g) => g.toString(16));
    if (best < 0) return hx.join(':');
    return `${hx.slice(0, best).join(':')}::${hx.slice(best + bl).join(':')}`;
  };
  W.canon6 = canon;
  const mk6 = () => {
    const pre = R.pick(prefixes).split(':').map((x) => parseInt(x, 16));
    const iid = R.w([
      [4, () => [0, 0, R.p(0.5) ? 0 : R.int(1, 0xff), R.int(1, 0x1ff)]],
      [2, () => { const m = W.macHex(); const a = parseInt(m.slice(0, 2), 16) ^ 2; return [(a << 8) | parseInt(m.slice(2, 4), 16), (parseInt(m.slice(4, 6), 16) << 8) | 0xff, 0xfe00 | parseInt(m.slice(6, 8), 16), parseInt(m.slice(8, 12), 16)]; }],
      [3, () => [R.int(1, 0xffff), R.int(0, 0xffff), R.int(0, 0xffff), R.int(1, 0xffff)]],
    ]);
    return canon([...pre, ...iid]);
  };
  const P6 = zipf(R, Array.from({ length: 500 }, mk6), 1.0, 2);
  W.ip6 = () => P6();
  W.ll6 = () => canon([0xfe80, 0, 0, 0, R.int(0, 0xffff), R.int(0, 0xffff), R.int(0, 0xffff), R.int(1, 0xffff)]);
  /** alternative textual forms of the same address */
  W.form6 = (v) => {
    const m = /^(.*)::(.*)$/.exec(v);
    let groups;
    if (m) {
      const a = m[1] ? m[1].split(':') : [], b = m[2] ? m[2].split(':') : [];
      groups = [...a, ...Array(8 - a.length - b.length).fill('0'), ...b];
    } else groups = v.split(':');
    return R.w([
      [5, () => v],
      [1, () => v.toUpperCase()],
      [1, () => groups.map((g) => g.padStart(4, '0')).join(':')],
      [1, () => groups.join(':')],
    ]);
  };

  // ------------------------------------------------------------------------------------------
  // Secrets
  // ------------------------------------------------------------------------------------------
  const S = {};
  W.S = S;
  S.pw = (safe = false) => R.w([
    [4, () => `${cap(R.pick(WORDS))}${R.int(1990, 2026)}${safe ? R.pick(['!', '*', '.', '_', '-', '']) : R.pick(['!', '#', '$', '%', '&', '?', '*', '.'])}`],
    [2, () => `${cap(R.pick(WORDS)).replace(/o/g, '0').replace(/e/g, '3')}${safe ? '_' : R.pick(['#', '@', '!', '^'])}${R.int(10, 999)}`],
    [3, () => R.chars(R.int(12, 22), safe ? ALNUM + '._-~' : ALNUM + '!#%*+-.?@^_~')],
    [1, () => `${R.pick(WORDS)}-${R.pick(WORDS)}-${R.pick(WORDS)}-${R.int(2, 99)}`],
    [1, () => `${R.pick(WORDS)}${R.int(10, 99)}`],
    [safe ? 0 : 0.3, () => `Grüße${R.int(2000, 2030)}!`],
  ]);
  S.type7 = () => `${String(R.int(0, 15)).padStart(2, '0')}${R.hex(2 * R.int(5, 12), true)}`;
  S.md5crypt = () => `$1$${R.chars(R.int(4, 8), CRYPT)}$${R.chars(22, CRYPT)}`;
  S.sha512crypt = () => `$6$${R.chars(R.int(8, 16), CRYPT)}$${R.chars(86, CRYPT)}`;
  S.sha256crypt = () => `$5$${R.chars(16, CRYPT)}$${R.chars(43, CRYPT)}`;
  S.cisco8 = () => `$8$${R.chars(14, CRYPT)}$${R.chars(43, CRYPT)}`;
  S.cisco9 = () => `$9$${R.chars(14, CRYPT)}$${R.chars(43, CRYPT)}`;
  S.junos9 = () => `$9$${R.chars(R.int(18, 48), 'QzF3n6/9CAtpu0OB1IREhcSyrleKvMW8LXx7N-dVbwsY2g4oaJZGUDjiHkq.mPf5T')}`;
  S.bcrypt = () => `$2y$10$${R.chars(53, CRYPT)}`;
  S.asahash = () => R.chars(16, CRYPT.slice(2));
  S.asapbkdf = () => `$sha512$5000$${R.chars(24, B64)}$${R.chars(24, B64)}`;
  S.forti = () => `${R.chars(R.int(14, 40) * 4, B64)}`;
  S.huawei = () => `%^%#${R.chars(R.int(40, 56), ALNUM + '!"#&()*+,-./:;<=>?@[]^_`{|}~').replace(/%/g, 'x')}%^%#`.replace(/"/g, "'");
  S.comware = () => `$c$3$${R.chars(R.int(40, 64), B64)}==`;
  S.hexkey = (n = 32) => R.hex(n);
  S.community = () => R.w([[3, () => `${R.pick(WORDS)}${R.pick(['RO', 'Rw', '-ro', '_mon', 'Ro!'])}${R.int(1, 999)}`], [2, () => R.chars(R.int(10, 18), ALNUM)], [1, () => `${R.pick(['nms', 'snmp', 'mon'])}-${R.hex(6)}`]]);
  S.psk = () => R.w([[2, () => `${R.pick(WORDS)}-${R.pick(WORDS)}-${R.int(10, 9999)}`], [2, () => R.chars(R.int(16, 40), ALNUM)], [1, () => S.pw(true)]]);
  S.akid = () => `${R.pick(['AKIA', 'AKIA', 'ASIA'])}${R.chars(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`;
  S.awssecret = () => R.chars(40, ALNUM + '+/');
  S.gcpkey = () => `AIza${R.chars(35, B64U)}`;
  S.gh = () => R.w([[4, () => `${R.pick(['ghp_', 'gho_', 'ghs_', 'ghu_'])}${R.chars(36, ALNUM)}`], [1, () => `github_pat_${R.chars(22, ALNUM)}_${R.chars(59, ALNUM)}`]]);
  S.glpat = () => `${R.pick(['glpat-', 'glpat-', 'gldt-', 'glrt-'])}${R.chars(20, B64U)}`;
  S.stripe = () => `${R.pick(['sk_live_', 'rk_live_', 'sk_test_'])}${R.chars(R.pick([24, 99]), ALNUM)}`;
  S.twilio = () => R.hex(32);
  S.sendgrid = () => `SG.${R.chars(22, B64U)}.${R.chars(43, B64U)}`;
  S.slack = () => `xox${R.pick(['b', 'p'])}-${R.digits(11)}-${R.digits(12)}-${R.chars(24, ALNUM)}`;
  S.okta = () => `00${R.chars(40, B64U)}`;
  S.duoskey = () => R.chars(40, ALNUM);
  S.cf = () => R.chars(40, B64U);
  S.azkey = () => `${R.chars(86, B64)}==`;
  S.azsecret = () => `${R.chars(3, ALNUM)}${R.int(0, 9)}Q~${R.chars(34, ALNUM + '_-.~')}`;
  S.npm = () => `npm_${R.chars(36, ALNUM)}`;
  S.dckr = () => `dckr_pat_${R.chars(27, B64U)}`;
  S.vault = () => `hvs.${R.chars(R.int(24, 90), B64U)}`;
  S.jwt = () => {
    const b64u = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const h = b64u({ alg: R.pick(['RS256', 'HS256', 'ES256']), typ: 'JWT', kid: R.hex(8) });
    const p = b64u({ iss: `https://${W.appHost()}`, sub: R.hex(12), aud: R.pick(['api', 'web', 'mobile']), iat: 1735000000 + R.int(0, 3e7), exp: 1765000000 + R.int(0, 3e7), scp: R.pick(['read', 'read write', 'admin']) });
    return `${h}.${p}.${R.chars(R.pick([43, 86, 342]), B64U)}`;
  };
  S.opaque = () => R.chars(R.int(24, 48), B64U);
  S.basic = (u, p) => Buffer.from(`${u}:${p}`).toString('base64');
  S.b64 = (n) => R.chars(n, B64);
  S.pemLine = (n = 64) => R.chars(n, B64);
  S.otp = () => R.digits(6);
  W.secret = () => R.w([[3, () => S.pw()], [1, S.gh], [1, S.glpat], [1, S.stripe], [1, S.sendgrid], [1, S.slack], [1, S.gcpkey], [1, S.jwt], [1, S.opaque], [1, S.npm], [1, S.vault]]);

  // ------------------------------------------------------------------------------------------
  // Look-alikes (never labelled)
  // ------------------------------------------------------------------------------------------
  const X = {};
  W.X = X;
  X.uuid = () => `${R.hex(8)}-${R.hex(4)}-4${R.hex(3)}-${R.pick(['8', '9', 'a', 'b'])}${R.hex(3)}-${R.hex(12)}`;
  X.sha256 = () => R.hex(64);
  X.sha1 = () => R.hex(40);
  X.md5 = () => R.hex(32);
  X.gitsha = () => R.hex(R.pick([7, 8, 40]));
  X.ver = () => R.w([[3, () => `${R.int(1, 20)}.${R.int(0, 20)}.${R.int(0, 40)}`], [2, () => `${R.int(1, 17)}.${R.int(0, 12)}.${R.int(0, 9)}.${R.int(0, 300)}`], [1, () => `${R.int(7, 17)}.${R.int(1, 9)}(${R.int(1, 9)})${R.pick(['T', 'M', 'E', 'SE'])}${R.int(1, 12)}`]]);
  X.ver4 = () => `${R.int(1, 17)}.${R.int(0, 12)}.${R.int(0, 9)}.${R.int(0, 250)}`;
  X.oid = () => `1.3.6.1.${R.pick(['2.1.2.2.1.8', '4.1.9.9.43.2.0.2', '4.1.2636.4.1.1', '4.1.12356.101.4.1.3', '6.3.1.1.5.3', '4.1.25506.2.6.1', '4.1.1991.1.1.2', '4.1.6486.800.1.2.1', '4.1.30065.3.1.1', '2.1.17.4.3.1.1'])}.${R.int(0, 9999)}`;
  X.serial = () => R.pick([`FOC${R.int(1800, 2899)}${R.chars(4, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}`, `FGT60F${R.chars(10, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}`, `SG${R.digits(10)}`, `JN${R.hex(10, true)}`, `CN${R.digits(4)}${R.chars(4, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}`, `S${R.digits(3)}${R.chars(2, 'ABCDEFGH')}${R.digits(6)}`]);
  X.wwn = () => `${R.pick(['10:00:00', '20:00:00', '50:06:01', '21:00:00'])}:${R.hex(2)}:${R.hex(2)}:${R.hex(2)}:${R.hex(2)}:${R.hex(2)}`;
  X.ifname = () => R.pick([`Gi1/0/${R.int(1, 48)}`, `GigabitEthernet${R.int(0, 2)}/0/${R.int(0, 48)}`, `Te1/1/${R.int(1, 4)}`, `ge-0/0/${R.int(0, 47)}.0`, `xe-1/2/${R.int(0, 3)}`, `Ethernet1/${R.int(1, 54)}`, `Ethernet${R.int(1, 48)}`, `port1.0.${R.int(1, 28)}`, `1/1/c${R.int(1, 32)}/1`, `ethernet1/1/${R.int(1, 48)}`, `Port-channel${R.int(1, 40)}`, `mgmt0`, `vlan${R.int(2, 4000)}`, `Vlan-interface${R.int(2, 300)}`, `GE1/0/${R.int(1, 24)}`, `igb${R.int(0, 5)}`, `X${R.int(0, 20)}`, `${R.int(1, 4)}:${R.int(1, 52)}`]);
  X.container = () => R.hex(12);
  X.trace = () => `00-${R.hex(32)}-${R.hex(16)}-01`;
  X.pod = () => `${R.pick(['api', 'worker', 'ingest', 'web', 'auth', 'billing'])}-${R.chars(R.int(8, 10), 'bcdfghjklmnpqrstvwxz2456789')}-${R.chars(5, 'bcdfghjklmnpqrstvwxz2456789')}`;
  X.hexid = (n) => R.hex(n);
  return W;
}
