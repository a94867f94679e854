// Core of held-out set D: PRNG, pools, secret generators, clock, line builder.
// Plain Node.js 20 ESM, no dependencies. Written independently of the sanitizer (see README.md).

// ---------------------------------------------------------------------------------------------
// PRNG: xoshiro128** seeded from a 32-bit seed through a murmur-style finaliser.
// ---------------------------------------------------------------------------------------------
export function makeRandom(seed) {
  let h = (Number(seed) >>> 0) + 0x6d2b79f5;
  const fin = () => {
    h = (h + 0x6d2b79f5) >>> 0;
    let z = h;
    z = Math.imul(z ^ (z >>> 15), z | 1) >>> 0;
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return (z ^ (z >>> 14)) >>> 0;
  };
  const s = [fin(), fin(), fin(), fin()];
  if (!(s[0] | s[1] | s[2] | s[3])) s[0] = 1;
  const rotl = (x, k) => ((x << k) | (x >>> (32 - k))) >>> 0;
  const u32 = () => {
    const result = Math.imul(rotl(Math.imul(s[1], 5) >>> 0, 7), 9) >>> 0;
    const t = (s[1] << 9) >>> 0;
    s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 11);
    return result;
  };
  for (let i = 0; i < 32; i++) u32();
  const f = () => u32() / 4294967296;
  const r = {
    f,
    int: (lo, hi) => lo + Math.floor(f() * (hi - lo + 1)),
    pick: (a) => a[Math.floor(f() * a.length)],
    p: (x) => f() < x,
    w: (pairs) => { // [[weight, value], ...]
      let t = 0;
      for (const [wt] of pairs) t += wt;
      let x = f() * t;
      for (const [wt, v] of pairs) if ((x -= wt) < 0) return v;
      return pairs[pairs.length - 1][1];
    },
    chars: (n, alpha) => { let o = ''; for (let i = 0; i < n; i++) o += alpha[Math.floor(f() * alpha.length)]; return o; },
    hex: (n, up = false) => { const o = r.chars(n, '0123456789abcdef'); return up ? o.toUpperCase() : o; },
    digits: (n) => String(1 + Math.floor(f() * 9)) + r.chars(n - 1, '0123456789'),
    shuffle: (a) => { for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(f() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; },
  };
  return r;
}

/** Zipf-like pool: item i drawn with weight 1/(i+1)^s. */
export function zipf(r, items, s = 1.05) {
  const cum = [];
  let acc = 0;
  for (let i = 0; i < items.length; i++) cum.push((acc += 1 / Math.pow(i + 1, s)));
  return () => {
    const x = r.f() * acc;
    let lo = 0, hi = cum.length - 1;
    while (lo < hi) { const m = (lo + hi) >> 1; if (cum[m] < x) lo = m + 1; else hi = m; }
    return items[lo];
  };
}

// ---------------------------------------------------------------------------------------------
// Line builder: tagged template producing a list of parts; markers carry labels.
// ---------------------------------------------------------------------------------------------
const mk = (kind, opt = false, kd = false) => (value) => ({ $: kind, value: String(value), opt, kd });
export const IP = mk('ip');
export const KD = mk('ip', false, true); // 0.0.0.0, ::, 127.0.0.1, netmasks: keep_default
export const U = mk('user');
export const S = mk('secret');
export const E = mk('email');
export const M = mk('mac');
export const O = (kind, value) => ({ $: kind, value: String(value), opt: true, kd: false });
export function L(strs, ...vals) {
  const out = [];
  for (let i = 0; i < strs.length; i++) {
    out.push(strs[i]);
    if (i < vals.length) out.push(vals[i]);
  }
  return out;
}
/** join a list of parts with a separator (like Array.join but keeps markers) */
export function J(list, sep) {
  const out = [];
  list.forEach((p, i) => { if (i) out.push(sep); out.push(p); });
  return out;
}

export function assemble(parts) {
  let line = '';
  const sensitive = [], optional = [];
  const walk = (p) => {
    if (p === null || p === undefined || p === false) return;
    if (Array.isArray(p)) { for (const q of p) walk(q); return; }
    if (typeof p === 'object' && p.$) {
      const start = line.length;
      line += p.value;
      const rec = { kind: p.$, value: p.value, start, end: line.length };
      if (p.kd) rec.keep_default = true;
      (p.opt ? optional : sensitive).push(rec);
      return;
    }
    line += String(p);
  };
  walk(parts);
  return { line, sensitive, optional };
}

// ---------------------------------------------------------------------------------------------
// Context: pools, clock, value generators.
// ---------------------------------------------------------------------------------------------
const FIRST = ['james', 'maria', 'wei', 'fatima', 'olga', 'pierre', 'aiko', 'carlos', 'priya', 'liam', 'sofia', 'mateo',
  'anna', 'jonas', 'elena', 'ravi', 'noah', 'leila', 'tomas', 'ingrid', 'kofi', 'yuki', 'diego', 'hana', 'lukas', 'zara',
  'omar', 'nina', 'erik', 'amelia', 'sara', 'pavel', 'lucia', 'arjun', 'emma', 'felix', 'ahmed', 'clara', 'ivan', 'rosa',
  'henrik', 'amara', 'daniel', 'julia', 'viktor', 'laila', 'oscar', 'greta', 'malik', 'ines', 'bogdan', 'chiara', 'dmitri',
  'esther', 'farid', 'gwen', 'hugo', 'ilse', 'jasper', 'katya', 'lorenzo', 'maeve', 'nikolai', 'odile', 'quentin', 'renata',
  'soren', 'tariq', 'ulla', 'vera', 'wanjiru', 'xavier', 'yara', 'zoltan', 'beatriz', 'cormac', 'dagny', 'emeka', 'fiona'];
const LAST = ['kowalski', 'nguyen', 'okafor', 'schmidt', 'garcia', 'tanaka', 'silva', 'novak', 'haddad', 'johansson', 'rossi',
  'mueller', 'petrov', 'dubois', 'kim', 'patel', 'obrien', 'fernandes', 'larsen', 'moreau', 'yamamoto', 'hughes', 'ivanova',
  'costa', 'lindqvist', 'mendez', 'fischer', 'horvat', 'sato', 'keller', 'varga', 'castillo', 'nakamura', 'wojcik', 'brennan',
  'dimitrov', 'almeida', 'bauer', 'lopez', 'eriksen', 'achebe', 'bergstrom', 'chaudhry', 'delacroix', 'esposito', 'fitzgerald',
  'gonzaga', 'halvorsen', 'iwasaki', 'jankowski', 'kaur', 'lindgren', 'mbeki', 'nowicki', 'oyelaran', 'pellegrini', 'quiroga',
  'rasmussen', 'szabo', 'takahashi', 'urbanek', 'vasquez', 'whitfield', 'yilmaz', 'zielinski'];
const EMAIL_DOMAINS = ['example.com', 'example.org', 'example.net', 'corp.example.com', 'mail.example.org', 'northwind.example',
  'contoso-labs.example', 'staff.example.edu', 'fabrikam.test'];
export const SHARED = new Set(['root', 'admin', 'administrator', 'guest', 'nobody', 'anonymous', 'system']);
const PUBLIC_FIRST = [31, 37, 45, 62, 77, 81, 85, 89, 91, 94, 95, 109, 141, 145, 151, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217];
const OUIS = ['00:50:56', '00:0c:29', 'f4:8e:38', '3c:d9:2b', '00:1b:21', 'a4:4c:c8', 'b8:27:eb', 'dc:a6:32', '00:25:90', '00:1e:67',
  'f0:18:98', 'a4:83:e7', '3c:06:30', '00:0d:b9', '24:a4:3c', 'fc:ec:da', '00:09:0f', '00:1b:17', '4c:5e:0c', '00:0c:42',
  '00:1a:1e', '94:b4:0f', '00:1b:54', '58:97:bd', '70:10:6f', '98:90:96', '28:d2:44', '8c:16:45', 'e4:5f:01', '00:17:88',
  '44:65:0d', '18:b4:30', '64:a2:f9', 'ac:de:48', '00:e0:4c', '9c:b6:d0', 'd8:3a:dd', '5c:f9:38', '48:2a:e3', '74:83:c2'];

export function makeContext(seed) {
  const r = makeRandom(seed);
  const c = { r, L, J, IP, KD, U, S, E, M, O };

  // ---- people ----
  const people = [];
  const seenLogin = new Set();
  while (people.length < 420) {
    const first = r.pick(FIRST), last = r.pick(LAST);
    const style = r.w([[5, 'fl'], [3, 'f.l'], [2, 'lf'], [1, 'fL'], [1, 'fln'], [1, 'f_l'], [1, 'F.L'], [1, 'FLast']]);
    let login;
    switch (style) {
      case 'fl': login = first[0] + last; break;
      case 'f.l': login = `${first}.${last}`; break;
      case 'lf': login = last + first[0]; break;
      case 'fL': login = first + last[0]; break;
      case 'fln': login = first[0] + last + r.int(1, 99); break;
      case 'f_l': login = `${first}_${last}`; break;
      case 'F.L': login = `${cap(first)}.${cap(last)}`; break;
      default: login = first[0].toUpperCase() + cap(last);
    }
    if (seenLogin.has(login.toLowerCase()) || SHARED.has(login.toLowerCase()) || login.length < 4) continue;
    seenLogin.add(login.toLowerCase());
    const dom = r.w([[6, EMAIL_DOMAINS[0]], [2, EMAIL_DOMAINS[3]], [1, r.pick(EMAIL_DOMAINS)]]);
    const email = r.w([[3, `${first}.${last}`], [2, login.toLowerCase()], [1, `${first[0]}${last}`], [1, `${first}+${r.pick(['vpn', 'it', 'alerts'])}`]]) + '@' + dom;
    people.push({ first, last, login, email, display: `${cap(first)} ${cap(last)}` });
  }
  const drawPerson = zipf(r, people, 1.0);
  c.person = drawPerson;
  c.user = () => drawPerson().login;
  c.email = () => drawPerson().email;
  c.extEmail = () => `${r.pick(FIRST)}.${r.pick(LAST)}${r.p(0.3) ? r.int(1, 99) : ''}@${r.pick(['example.net', 'partner.example', 'mail.example.co', 'gmail.example', 'customer-corp.test'])}`;
  c.service = () => r.pick(['svc_backup', 'svc-sql01', 'svc_veeam', 'ansible', 'jenkins', 'deploy', 'gitlab-runner', 'svc_ldapbind', 'nagios', 'zabbix', 'svc_scan', 'backup-ops']);
  c.scanner = () => r.pick(['oracle', 'ubuntu', 'test', 'pi', 'git', 'postgres', 'ftpuser', 'user1', 'support', 'ubnt', 'mysql', 'hadoop', 'test1', 'dev', 'ec2-user', 'centos', 'steam', 'minecraft', 'operator', 'user']);
  c.domain = () => r.w([[6, 'CORP'], [2, 'ACME'], [1, 'NWIND'], [1, 'EXAMPLE']]);
  c.realm = () => r.w([[5, 'CORP.EXAMPLE.COM'], [2, 'AD.EXAMPLE.NET'], [1, 'LAB.EXAMPLE.ORG']]);
  c.adDomain = () => r.w([[5, 'corp.example.com'], [2, 'ad.example.net']]);
  c.wsName = () => `${r.pick(['WS', 'LT', 'PC', 'DESKTOP', 'NB'])}-${r.chars(r.int(4, 7), '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ')}`;

  // ---- IPv4 ----
  const mkPool = (n, gen) => { const set = new Set(); while (set.size < n) set.add(gen()); return [...set]; };
  const inside = mkPool(900, () => r.w([
    [5, () => `10.${r.pick([1, 10, 20, 32, 40, 100, 120, 200])}.${r.int(0, 63)}.${r.int(2, 254)}`],
    [2, () => `172.${r.int(16, 31)}.${r.int(0, 31)}.${r.int(2, 254)}`],
    [3, () => `192.168.${r.pick([0, 1, 10, 20, 50, 88, 100, 178])}.${r.int(2, 254)}`],
  ])());
  const outside = mkPool(700, () => r.w([
    [3, () => `${r.pick(['192.0.2', '198.51.100', '203.0.113'])}.${r.int(1, 254)}`],
    [5, () => `${r.pick(PUBLIC_FIRST)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`],
    [1, () => `100.${r.int(64, 127)}.${r.int(0, 255)}.${r.int(1, 254)}`],
  ])());
  const servers = mkPool(40, () => `10.${r.pick([0, 1, 10])}.${r.int(0, 9)}.${r.int(2, 60)}`);
  c.ipIn = zipf(r, inside, 1.0);
  c.ipOut = zipf(r, outside, 0.9);
  c.ipSrv = zipf(r, servers, 1.1);
  c.ip = () => (r.p(0.6) ? c.ipIn() : c.ipOut());
  // ---- IPv6 ----
  const g = () => r.hex(r.int(1, 4)).replace(/^0+(?=.)/, '');
  const v6pool = mkPool(250, () => r.w([
    [4, () => `2001:db8:${g()}:${g()}::${g()}`],
    [2, () => `2001:db8:${g()}:${g()}:${g()}:${g()}:${g()}:${g()}`],
    [2, () => `fd${r.hex(2)}:${g()}:${g()}::${g()}:${g()}`],
    [1, () => `fe80::${g()}:${g().slice(-2)}ff:fe${r.hex(2)}:${g()}`],
    [1, () => `2001:db8::${g()}`],
  ])());
  c.ip6 = zipf(r, v6pool, 1.0);
  /** address where an IPv6 literal would be unambiguous (no :port glued to it) */
  c.ipv = (p = 0.12) => (r.p(p) ? c.ip6() : c.ip());

  // ---- MAC ----
  const macs = mkPool(500, () => r.pick(OUIS).replace(/:/g, '') + r.hex(6));
  c.mac = zipf(r, macs, 1.0);
  c.macF = (hex, style = 'colon') => {
    const b = hex.match(/../g);
    switch (style) {
      case 'colon': return b.join(':');
      case 'COLON': return b.join(':').toUpperCase();
      case 'dash': return b.join('-').toUpperCase();
      case 'dashl': return b.join('-');
      case 'cisco': return `${hex.slice(0, 4)}.${hex.slice(4, 8)}.${hex.slice(8)}`;
      case 'bare': return hex;
      case 'BARE': return hex.toUpperCase();
      default: throw new Error(style);
    }
  };
  c.macS = (style) => c.macF(c.mac(), style);

  // ---- misc numbers ----
  c.port = () => r.int(1025, 65500);
  c.pid = () => r.int(300, 65000);
  c.sess = () => r.int(1, 99999);

  // ---- clock ----
  let t = Date.UTC(2024, r.int(0, 10), r.int(1, 27), r.int(0, 23), r.int(0, 59), r.int(0, 59)) + r.int(0, 999);
  c.tick = () => { t += Math.floor(-Math.log(1 - r.f()) * 1800) + 1; };
  const D = () => new Date(t);
  const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const DOW = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const p2 = (n) => String(n).padStart(2, '0');
  const p3 = (n) => String(n).padStart(3, '0');
  c.T = {
    ms: () => t,
    epoch: () => Math.floor(t / 1000),
    hms: () => { const d = D(); return `${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`; },
    bsd: () => { const d = D(); return `${MON[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${c.T.hms()}`; },
    iso: (frac = 3, z = true) => {
      const d = D();
      const base = `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}T${c.T.hms()}`;
      const f = frac === 6 ? `.${p3(d.getUTCMilliseconds())}${r.int(100, 999)}` : frac === 3 ? `.${p3(d.getUTCMilliseconds())}` : '';
      return base + f + (z ? 'Z' : '+00:00');
    },
    ymd: (sep = '-') => { const d = D(); return `${d.getUTCFullYear()}${sep}${p2(d.getUTCMonth() + 1)}${sep}${p2(d.getUTCDate())}`; },
    clf: () => { const d = D(); return `${p2(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${c.T.hms()} +0000`; },
    cisco: () => { const d = D(); return `${MON[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${c.T.hms()}.${p3(d.getUTCMilliseconds())}`; },
    ciscoTail: () => { const d = D(); return `${c.T.hms()} UTC ${DOW[d.getUTCDay()]} ${MON[d.getUTCMonth()]} ${d.getUTCDate()} ${d.getUTCFullYear()}`; },
    ctime: () => { const d = D(); return `${DOW[d.getUTCDay()]} ${MON[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${c.T.hms()} ${d.getUTCFullYear()}`; },
    bind: () => { const d = D(); return `${p2(d.getUTCDate())}-${MON[d.getUTCMonth()]}-${d.getUTCFullYear()} ${c.T.hms()}.${p3(d.getUTCMilliseconds())}`; },
    samba: () => { const d = D(); return `${DOW[d.getUTCDay()]}, ${p2(d.getUTCDate())} ${MON[d.getUTCMonth()]} ${d.getUTCFullYear()} ${c.T.hms()}.${p3(d.getUTCMilliseconds())}${r.int(100, 999)} UTC`; },
    sql: () => `${c.T.ymd()} ${c.T.hms()}.${p3(D().getUTCMilliseconds())}`,
    year: () => D().getUTCFullYear(),
    nxos: () => { const d = D(); return `${d.getUTCFullYear()} ${MON[d.getUTCMonth()]} ${p2(d.getUTCDate())} ${c.T.hms()}`; },
  };

  // ---- syslog headers ----
  c.pri = (fac = 4, sev = 6) => `<${fac * 8 + sev}>`;
  /** RFC 3164 header. host may be a string or a marker. */
  c.h3164 = (host, tag, pid, opts = {}) => {
    const pri = opts.pri === false ? '' : (opts.pri ?? (r.p(0.5) ? c.pri(r.pick([4, 10, 16, 23]), r.int(3, 6)) : ''));
    return [pri, c.T.bsd(), ' ', host, ' ', tag, pid !== undefined && pid !== null ? `[${pid}]` : '', ': '];
  };
  c.h5424 = (host, app, procid, msgid, sd = '-') => [c.pri(r.pick([4, 10, 16, 23]), r.int(3, 6)), '1 ', c.T.iso(r.pick([3, 6]), r.p(0.7)), ' ', host, ' ', app, ' ', String(procid ?? '-'), ' ', msgid ?? '-', ' ', sd, ' '];
  c.hAny = (host, tag, pid) => (r.p(0.8) ? c.h3164(host, tag, pid) : c.h5424(host, tag, pid ?? '-', '-'));

  // ---- secrets ----
  const WORDS = ['Harbor', 'Maple', 'Falcon', 'Winter', 'Summer', 'Quartz', 'Velvet', 'Copper', 'Nimbus', 'Orchid', 'Pebble',
    'Rocket', 'Saffron', 'Tundra', 'Willow', 'Zephyr', 'Cobalt', 'Lantern', 'Meadow', 'Granite', 'Sparrow', 'Thistle', 'Ember', 'Marlin'];
  const AN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const B64 = AN + '+/';
  const B64U = AN + '-_';
  const CRYPT = './0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  const sec = {
    /** human-ish password; url=true keeps it URL-safe, q excludes a quote char */
    pw: ({ url = false, simple = false } = {}) => {
      const sym = url ? '-_.~!' : simple ? '!#%*-_.' : '!#$%^*-_.?+&';
      return r.w([
        [4, () => `${r.pick(WORDS)}${r.int(2015, 2026)}${r.chars(1, sym)}`],
        [2, () => `${r.pick(WORDS).toLowerCase()}-${r.pick(WORDS)}-${r.int(10, 99)}`],
        [3, () => r.chars(r.int(10, 20), AN + sym)],
        [2, () => `${r.pick(WORDS)}${r.chars(1, sym)}${r.pick(WORDS).toLowerCase()}${r.int(1, 9)}`],
        [1, () => `${r.chars(1, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}${r.chars(r.int(6, 9), 'abcdefghijkmnopqrstuvwxyz')}${r.int(100, 999)}`],
      ])().replace(/^[-_.~]+/, 'x');
    },
    community: () => r.w([
      [2, () => `${r.pick(['n0c', 'Mon', 'snmp', 'Rd', 'netops', 'Corp'])}${r.chars(r.int(4, 8), AN)}`],
      [1, () => r.chars(r.int(8, 16), AN)],
      [1, () => `${r.pick(WORDS)}-${r.pick(['ro', 'rw', 'RO', 'RW'])}-${r.int(10, 99)}`],
    ])(),
    psk: () => r.w([
      [2, () => r.chars(r.int(16, 32), AN)],
      [1, () => `${r.pick(WORDS)}-${r.pick(WORDS)}-${r.pick(WORDS)}-${r.int(10, 99)}`],
      [1, () => `${r.pick(WORDS)}${r.int(1000, 9999)}${r.chars(1, '!#%*')}${r.pick(WORDS)}`],
    ])(),
    type7: () => String(r.int(0, 15)).padStart(2, '0') + r.hex(r.int(4, 11) * 2, true),
    md5crypt: () => `$1$${r.chars(r.int(4, 8), CRYPT)}$${r.chars(22, CRYPT)}`,
    sha512crypt: () => `$6$${r.chars(r.int(8, 16), CRYPT)}$${r.chars(86, CRYPT)}`,
    sha256crypt: () => `$5$${r.chars(r.int(8, 16), CRYPT)}$${r.chars(43, CRYPT)}`,
    type9: () => `$9$${r.chars(14, CRYPT)}$${r.chars(43, CRYPT)}`,
    type8: () => `$8$${r.chars(14, CRYPT)}$${r.chars(43, CRYPT)}`,
    junos9: () => `$9$${r.chars(r.int(16, 40), 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789./-')}`,
    fortiEnc: () => r.chars(r.int(60, 100), B64) + r.pick(['', '=', '==']),
    hex: (n = 32) => r.hex(n),
    b64u: (n = 40) => r.chars(n, B64U),
    b64: (n = 40) => r.chars(n, B64),
    jwt: (claims) => {
      const enc = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
      const head = enc(r.pick([{ alg: 'HS256', typ: 'JWT' }, { alg: 'RS256', typ: 'JWT', kid: r.hex(16) }, { alg: 'ES256', typ: 'JWT' }]));
      const body = enc({ sub: claims?.sub ?? r.hex(12), iat: c.T.epoch(), exp: c.T.epoch() + 3600, ...(claims?.extra ?? {}) });
      return `${head}.${body}.${r.chars(r.pick([43, 86]), B64U)}`;
    },
    awsId: () => r.pick(['AKIA', 'AKIA', 'ASIA']) + r.chars(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'),
    awsSecret: () => r.chars(40, B64),
    slack: () => `${r.pick(['xoxb', 'xoxp'])}-${r.digits(r.int(10, 12))}-${r.digits(r.int(10, 13))}-${r.chars(24, AN)}`,
    slackHook: () => `T${r.chars(8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}/B${r.chars(10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}/${r.chars(24, AN)}`,
    github: () => r.w([[3, () => `${r.pick(['ghp', 'gho', 'ghs'])}_${r.chars(36, AN)}`], [1, () => `github_pat_${r.chars(22, AN)}_${r.chars(59, AN)}`]])(),
    stripe: () => `${r.pick(['sk_live', 'sk_live', 'rk_live', 'sk_test'])}_${r.chars(r.int(24, 40), AN)}`,
    google: () => `AIza${r.chars(35, B64U)}`,
    apikey: () => r.w([[2, () => r.hex(32)], [1, () => r.chars(32, AN)], [1, () => `${r.hex(8)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)}`]])(),
    basic: (user, pw) => Buffer.from(`${user}:${pw}`).toString('base64'),
  };
  c.sec = sec;
  c.uuid = () => `${r.hex(8)}-${r.hex(4)}-4${r.hex(3)}-${r.pick(['8', '9', 'a', 'b'])}${r.hex(3)}-${r.hex(12)}`;
  c.sid = () => `S-1-5-21-${r.digits(10)}-${r.digits(10)}-${r.digits(9)}-${r.int(1100, 9999)}`;
  return c;
}

function cap(s) { return s[0].toUpperCase() + s.slice(1); }
export { cap };
