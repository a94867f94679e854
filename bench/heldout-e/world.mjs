// Set E: PRNG, invented world (people, addresses, MACs), secret and look-alike generators,
// clock, headers and the span-aware line builder. Plain Node.js 20 ESM, no dependencies.

// ---------------------------------------------------------------- PRNG: JSF32 (Bob Jenkins)
export function makeRng(seed) {
  let a = 0xf1ea5eed, b = (Number(seed) * 2654435761) >>> 0, c = b ^ 0x5bd1e995, d = b + 0x27d4eb2d;
  const nx = () => {
    const e = (a - ((b << 27) | (b >>> 5))) | 0;
    a = b ^ ((c << 17) | (c >>> 15));
    b = (c + d) | 0;
    c = (d + e) | 0;
    d = (e + a) | 0;
    return (d >>> 0) / 4294967296;
  };
  for (let i = 0; i < 40; i++) nx();
  const r = {
    next: nx,
    int: (lo, hi) => lo + Math.floor(nx() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(nx() * arr.length)],
    chance: (p) => nx() < p,
    w: (items) => { let t = 0; for (const [x] of items) t += x; let v = nx() * t; for (const [x, y] of items) if ((v -= x) < 0) return y; return items[items.length - 1][1]; },
    str: (n, al) => { let s = ''; for (let i = 0; i < n; i++) s += al[Math.floor(nx() * al.length)]; return s; },
    hex: (n) => r.str(n, '0123456789abcdef'),
    HEX: (n) => r.str(n, '0123456789ABCDEF'),
  };
  return r;
}

export function zipf(rng, items, s = 1.05) {
  const cum = []; let acc = 0;
  const ws = items.map((_, i) => 1 / Math.pow(i + 1, s));
  const tot = ws.reduce((x, y) => x + y, 0);
  for (const w of ws) cum.push((acc += w / tot));
  return { items, draw() { const v = rng.next(); let lo = 0, hi = cum.length - 1; while (lo < hi) { const m = (lo + hi) >> 1; if (cum[m] < v) lo = m + 1; else hi = m; } return items[lo]; } };
}

// ---------------------------------------------------------------- span builder
// Interpolations are plain strings or span objects. Kinds: ip email mac user secret;
// opt=true puts the span in `optional`; look=true is a declared look-alike (not in the truth,
// scored as an ordinary token, only excluded from the generator's lint).
export const sp = (kind, value, extra = {}) => ({ __sp: true, kind, value: String(value), ...extra });
const KEEP4 = /^(0\.0\.0\.0|255\.255\.255\.255|127\.\d+\.\d+\.\d+)$/;
export const I = (v) => sp('ip', v, KEEP4.test(v) || v === '::' || v === '::1' ? { keep_default: true } : {});
export const IK = (v) => sp('ip', v, { keep_default: true }); // netmasks / wildcard masks
export const U = (v) => sp('user', v);
export const E = (v) => sp('email', v);
export const M = (v) => sp('mac', v);
export const K = (v) => sp('secret', v);
export const O = (kind, v) => sp(kind, v, { opt: true });
export const X = (v) => sp('look', v, { look: true });

export function L(strings, ...vals) {
  let text = '';
  const spans = [];
  const add = (v) => {
    if (v && v.__sp) { spans.push({ ...v, start: text.length, end: text.length + v.value.length }); text += v.value; }
    else if (v && v.__line) { for (const s of v.spans) spans.push({ ...s, start: s.start + text.length, end: s.end + text.length }); text += v.text; }
    else if (Array.isArray(v)) v.forEach(add);
    else text += String(v);
  };
  strings.forEach((s, i) => { text += s; if (i < vals.length) add(vals[i]); });
  return { __line: true, text, spans };
}
/** join built pieces with a separator */
export function J(parts, sep) {
  const out = [];
  parts.forEach((p, i) => { if (i) out.push(sep); out.push(p); });
  return L`${out}`;
}

// ---------------------------------------------------------------- world
const FIRST = ['amara', 'bjorn', 'chen', 'dolores', 'eitan', 'fatima', 'gustavo', 'hana', 'ivo', 'jelena', 'kwame', 'lucia', 'mateo', 'nadia', 'oskar', 'priya', 'quentin', 'rosa', 'soren', 'tamar', 'ulrich', 'vera', 'wei', 'ximena', 'yusuf', 'zofia', 'aiko', 'bruno', 'carmen', 'dmitri', 'elif', 'farid', 'greta', 'hamid', 'ines', 'jonas', 'keiko', 'lars', 'mirela', 'nikhil', 'olga', 'pablo', 'rania', 'stefan', 'tiago', 'uma', 'vikram', 'wanda', 'yara', 'zane', 'józef', 'søren', 'anaïs', 'çağla'];
const LAST = ['okafor', 'lindqvist', 'moreau', 'haddad', 'novak', 'brennan', 'castellano', 'fujimoto', 'kowalczyk', 'mbeki', 'oyelaran', 'petrovic', 'quiroga', 'rasmussen', 'sandoval', 'takahashi', 'ulloa', 'vasquez', 'whitcombe', 'yilmaz', 'zielinski', 'abernathy', 'bergstrom', 'delacroix', 'esposito', 'galloway', 'hargrove', 'ivanova', 'jankowski', 'kristiansen', 'lombardi', 'marchetti', 'nakamura', 'ostrowski', 'pemberton', 'rinaldi', 'szabo', 'thorsen', 'vandermeer', 'wojcik', 'müller', 'nuñez'];
export const SHARED = new Set(['root', 'admin', 'administrator', 'guest', 'nobody', 'anonymous', 'system', 'sshd', 'www-data', 'daemon', 'operator', 'user', 'test']);
const MAILDOM = ['example.com', 'example.org', 'corp.example.net', 'mail.example.co.uk', 'northbeam.test', 'halcyon-labs.example', 'kestrelbank.example', 'ridgeway.example.io'];
export const DOMAINS = ['CORP', 'EXAMPLE', 'NORTHBEAM', 'HQ', 'KESTREL'];
const ascii = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ø/g, 'o').replace(/ł/g, 'l').replace(/ğ/g, 'g').replace(/ç/g, 'c');

export function makeWorld(rng) {
  const people = [];
  const seen = new Set();
  while (people.length < 320) {
    const f = rng.pick(FIRST), l = rng.pick(LAST);
    const fa = ascii(f), la = ascii(l);
    const style = rng.w([[30, 'flast'], [25, 'first.last'], [10, 'firstl'], [8, 'first_last'], [10, 'eid'], [6, 'adm'], [6, 'accent'], [5, 'lastf']]);
    let u = { flast: fa[0] + la, 'first.last': `${fa}.${la}`, firstl: fa + la[0], first_last: `${fa}_${la}`, eid: rng.pick(['u', 'e', 'E', 'a']) + rng.int(10000, 999999), adm: `${fa[0]}${la}-adm`, accent: `${rng.pick(['józef', 'søren', 'anaïs', 'zoë', 'andré', 'björn', 'łukasz', 'çağla'])}.${rng.pick(['müller', 'nuñez', 'ångström', 'dvořák', 'kovač', l])}`, lastf: la + fa[0] }[style];
    if (seen.has(u)) u += rng.int(2, 9);
    if (seen.has(u) || SHARED.has(u) || u.length < 4) continue;
    seen.add(u);
    const dom = rng.pick(MAILDOM);
    const email = (rng.chance(0.8) ? `${fa}.${la}` : rng.chance(0.5) ? `${fa[0]}${la}` : `${fa}`) + (rng.chance(0.1) ? rng.int(1, 99) : '') + '@' + dom;
    const cap = (s) => s[0].toUpperCase() + s.slice(1);
    people.push({ user: u, email, first: cap(f), last: cap(l), display: `${cap(f)} ${cap(l)}`, domain: rng.pick(DOMAINS), uid: rng.int(1001, 64000), dom });
  }
  const oct = () => rng.int(1, 254);
  const uniq = (n, f) => { const s = new Set(); while (s.size < n) s.add(f()); return [...s]; };
  const inside = uniq(600, () => rng.w([[5, () => `10.${rng.int(0, 255)}.${rng.int(0, 255)}.${oct()}`], [3, () => `172.${rng.int(16, 31)}.${rng.int(0, 255)}.${oct()}`], [3, () => `192.168.${rng.int(0, 255)}.${oct()}`], [1, () => `100.${rng.int(64, 127)}.${rng.int(0, 255)}.${oct()}`]])());
  const outside = uniq(450, () => rng.w([[3, () => `192.0.2.${oct()}`], [3, () => `198.51.100.${oct()}`], [3, () => `203.0.113.${oct()}`], [6, () => `${rng.pick([23, 31, 37, 45, 62, 77, 81, 85, 91, 103, 109, 141, 146, 151, 178, 185, 188, 195, 212, 217])}.${rng.int(0, 255)}.${rng.int(0, 255)}.${oct()}`]])());
  const servers = uniq(40, () => `10.${rng.pick([0, 1, 10, 20, 100])}.${rng.int(0, 9)}.${rng.int(2, 60)}`);
  const h = () => rng.hex(rng.int(1, 4)).replace(/^0+(?=.)/, '');
  const v6 = uniq(180, () => rng.w([[5, () => `2001:db8:${h()}:${h()}::${h()}`], [3, () => `2001:db8:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`], [2, () => `fd${rng.hex(2)}:${h()}:${h()}::${h()}:${h()}`], [2, () => `fe80::${h()}:${rng.hex(2)}ff:fe${rng.hex(2)}:${h()}`]])());
  const OUIS = ['001B63', '3C22FB', 'F45C89', 'A4D18C', '005056', '000C29', 'B827EB', 'DCA632', 'E45F01', 'F01FAF', '3CD92B', '0017A4', '70106F', '002590', 'AC1F6B', '00155D', '080027', '00090F', '906CAC', '000B86', '94B40F', '00E04C', '286F7F', '58971D', '44D9E7', '788A20', '001132', '245EBE', '2C6BF5', '00A0C9', '8C8590', '5C5B35', 'D4F5EF', '00236C', '609AC1', 'BC2411'];
  const macs = uniq(450, () => rng.pick(OUIS) + rng.HEX(6));
  const hosts = uniq(90, () => `${rng.pick(['fw', 'sw', 'core', 'edge', 'ap', 'esx', 'nas', 'dc', 'web', 'db', 'app', 'k8s-node', 'ci', 'vpn', 'mx', 'pbx', 'bkp', 'prn'])}-${rng.pick(['ams', 'fra', 'nyc', 'sfo', 'lon', 'sin', 'hq', 'r12', 'b2'])}${rng.int(1, 40).toString().padStart(2, '0')}`);
  const wks = uniq(200, () => `${rng.pick(['LT', 'WS', 'DESKTOP', 'MBP', 'PC'])}-${rng.int(10000, 99999)}`);
  return {
    people: zipf(rng, people, 1.0), inside: zipf(rng, inside, 1.1), outside: zipf(rng, outside, 0.9), servers: zipf(rng, servers, 1.2),
    v6: zipf(rng, v6, 1.0), macs: zipf(rng, macs, 1.05), hosts: zipf(rng, hosts, 0.8), wks: zipf(rng, wks, 1.0),
  };
}

export function macFmt(rng, hex12, style) {
  const h = hex12.toLowerCase();
  const pairs = h.match(/../g);
  style = style ?? rng.w([[5, 'colon'], [2, 'COLON'], [2, 'DASH'], [1, 'cisco'], [1, 'bare']]);
  switch (style) {
    case 'colon': return pairs.join(':');
    case 'COLON': return pairs.join(':').toUpperCase();
    case 'DASH': return pairs.join('-').toUpperCase();
    case 'dash': return pairs.join('-');
    case 'cisco': return h.match(/..../g).join('.');
    case 'bare': return h;
    case 'BARE': return h.toUpperCase();
    default: return pairs.join(':');
  }
}

// ---------------------------------------------------------------- secrets
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const B64 = ALNUM + '+/';
const WORDS = ['Kestrel', 'Velvet', 'Orbit', 'Lantern', 'Maple', 'Quartz', 'Harbor', 'Nimbus', 'Falcon', 'Cobalt', 'Juniper', 'Saffron', 'Tundra', 'Willow', 'Ember', 'Glacier'];
export function makeSecrets(rng) {
  const s = {
    pw() {
      return rng.w([
        [4, () => rng.pick(WORDS) + rng.pick(['', '!', '#', '_', '*']) + rng.int(10, 9999) + rng.pick(['', '!', '$', '?'])],
        [3, () => rng.str(rng.int(12, 20), ALNUM + '!#%^*_-+=~')],
        [2, () => rng.pick(WORDS).toLowerCase() + '-' + rng.pick(WORDS).toLowerCase() + '-' + rng.int(10, 99)],
        [1, () => rng.str(rng.int(8, 11), ALNUM)],
      ])().replace(/^[-+=~]/, 'Q');
    },
    pwUrl() { return rng.str(rng.int(10, 18), ALNUM + '_-').replace(/^-/, 'x'); },
    psk() { return rng.chance(0.5) ? rng.pick(WORDS) + rng.pick(WORDS) + rng.int(100, 9999) : rng.str(24, ALNUM); },
    community() { return rng.pick(['n0c', 'Mon', 'snmp', 'r0', 'Lab', 'ops']) + rng.str(rng.int(5, 10), ALNUM) + rng.pick(['', '!', '#', '_rw', '_ro']); },
    type7() { return (rng.int(0, 15).toString().padStart(2, '0')) + rng.HEX(2 * rng.int(6, 12)); },
    crypt6() { return `$6$${rng.str(16, ALNUM + './')}$${rng.str(86, ALNUM + './')}`; },
    ghp() { return rng.pick(['ghp_', 'gho_', 'ghs_']) + rng.str(36, ALNUM); },
    ghpat() { return 'github_pat_' + rng.str(22, ALNUM) + '_' + rng.str(59, ALNUM); },
    glpat() { return 'glpat-' + rng.str(20, ALNUM + '_-'); },
    glrt() { return 'glrt-' + rng.str(20, ALNUM + '_-'); },
    slack() { return `xox${rng.pick(['b', 'p'])}-${rng.int(1e10, 9e11)}-${rng.int(1e10, 9e11)}-${rng.str(24, ALNUM)}`; },
    stripe() { return rng.pick(['sk_live_', 'rk_live_', 'sk_test_']) + rng.str(rng.int(24, 34), ALNUM); },
    akia() { return rng.pick(['AKIA', 'ASIA']) + rng.str(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'); },
    awsSecret() { return rng.str(40, B64); },
    gkey() { return 'AIza' + rng.str(35, ALNUM + '_-'); },
    azKey() { return rng.str(86, B64) + '=='; },
    sasSig() { return rng.str(43, ALNUM) + '%3D'; },
    npm() { return 'npm_' + rng.str(36, ALNUM); },
    vault() { return 'hvs.' + rng.str(24, ALNUM + '_-'); },
    uuid() { return `${rng.hex(8)}-${rng.hex(4)}-4${rng.hex(3)}-${rng.pick(['8', '9', 'a', 'b'])}${rng.hex(3)}-${rng.hex(12)}`; },
    jwt(payload = '{"sub":"' + rng.hex(8) + '","iat":' + rng.int(1.7e9, 1.72e9) + '}') {
      const b = (x) => Buffer.from(x).toString('base64url');
      return b('{"alg":"HS256","typ":"JWT"}') + '.' + b(payload) + '.' + rng.str(43, ALNUM + '_-');
    },
    basic(u, p) { return Buffer.from(`${u}:${p}`).toString('base64'); },
    hex(n) { return rng.hex(n); },
    apiKey() { return rng.str(32, ALNUM); },
    sessionCookie() { return rng.str(32, 'abcdefghijklmnopqrstuvwxyz0123456789'); },
    pemBody() { return rng.str(64, B64); },
  };
  return s;
}

// ---------------------------------------------------------------- clock and headers
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n) => String(n).padStart(2, '0');
export function makeClock(rng) {
  let t = Date.UTC(2024, rng.int(0, 10), rng.int(1, 27), rng.int(0, 23), rng.int(0, 59), rng.int(0, 59)) + rng.int(0, 999);
  const d = () => new Date(t);
  const c = {
    tick() { t += rng.int(20, 3500); },
    ms: () => t,
    epoch: () => Math.floor(t / 1000),
    bsd() { const x = d(); return `${MON[x.getUTCMonth()]} ${String(x.getUTCDate()).padStart(2, ' ')} ${p2(x.getUTCHours())}:${p2(x.getUTCMinutes())}:${p2(x.getUTCSeconds())}`; },
    iso(frac = 3) { const s = d().toISOString(); return frac === 3 ? s : frac === 0 ? s.replace(/\.\d+Z$/, 'Z') : s.replace(/\.(\d+)Z$/, (_, m) => '.' + (m + '000000').slice(0, frac) + 'Z'); },
    isoOff() { return d().toISOString().replace('Z', '+00:00'); },
    ymd() { return d().toISOString().slice(0, 10); },
    hms() { return d().toISOString().slice(11, 19); },
    ymdhms() { return d().toISOString().slice(0, 19).replace('T', ' '); },
    clf() { const x = d(); return `${p2(x.getUTCDate())}/${MON[x.getUTCMonth()]}/${x.getUTCFullYear()}:${p2(x.getUTCHours())}:${p2(x.getUTCMinutes())}:${p2(x.getUTCSeconds())} +0000`; },
    us() { const x = d(); return `${p2(x.getUTCMonth() + 1)}/${p2(x.getUTCDate())}/${x.getUTCFullYear()}`; },
    klog() { const x = d(); return `${p2(x.getUTCMonth() + 1)}${p2(x.getUTCDate())} ${p2(x.getUTCHours())}:${p2(x.getUTCMinutes())}:${p2(x.getUTCSeconds())}.${String(t % 1000).padStart(3, '0')}${rng.int(100, 999)}`; },
  };
  return c;
}

export function headers(rng, clock) {
  return {
    bsd(host, tag, pid = rng.chance(0.7) ? rng.int(200, 65000) : null) {
      const pri = rng.chance(0.5) ? `<${rng.int(8, 191)}>` : '';
      return `${pri}${clock.bsd()} ${host} ${tag}${pid ? `[${pid}]` : ''}: `;
    },
    r5424(host, app, msgid = '-', sd = '-') {
      return `<${rng.int(8, 191)}>1 ${clock.iso(rng.pick([0, 3, 6]))} ${host} ${app} ${rng.chance(0.6) ? rng.int(100, 60000) : '-'} ${msgid} ${sd} `;
    },
    isoHost(host) { return `${clock.iso()} ${host} `; },
  };
}
