// The invented world of held-out set B: people, hosts, addresses, MACs, secrets, clock and headers.
// Values are made up: RFC 5737 / RFC 3849 / private / CGNAT / ULA ranges plus made-up public-looking
// addresses, real vendor OUIs with random host bytes, invented people and secrets.
import { createRng, zipf } from './rng.mjs';
import { L, ip } from './core.mjs';

// ---------------------------------------------------------------------------------------------
// people
// ---------------------------------------------------------------------------------------------
const FIRST = ['james', 'olivia', 'noah', 'emma', 'liam', 'amelia', 'lucas', 'sofia', 'ethan', 'chloe', 'daniel', 'hannah',
  'samuel', 'laura', 'oscar', 'julia', 'felix', 'clara', 'adrian', 'nora', 'victor', 'helena', 'tobias', 'ingrid',
  'pieter', 'anouk', 'giulia', 'marco', 'zofia', 'tomasz', 'priya', 'arjun', 'aisha', 'omar', 'fatima', 'kwame',
  'ngozi', 'kofi', 'amara', 'wei', 'mei', 'hiroshi', 'yuki', 'haruto', 'minji', 'seojun', 'thanh', 'linh', 'emre',
  'leila', 'hamid', 'tariq', 'nadia', 'dmitri', 'olga', 'sven', 'lars', 'astrid', 'mateo', 'lucia', 'diego',
  'valentina', 'rafael', 'beatriz', 'caio', 'ravi', 'sanjay', 'deepa', 'connor', 'siobhan', 'declan', 'morgan',
  'jordan', 'taylor', 'riley', 'quinn', 'elliot', 'miriam', 'esther', 'reuben', 'ilse', 'jonas', 'katarina', 'milan',
  'petra', 'ruth', 'gideon', 'abigail', 'theo', 'isla'];
const FIRST_U = ['jürgen', 'søren', 'zoë', 'josé', 'björn', 'françois', 'mónica', 'ayşe', 'łukasz', 'åsa', 'renée', 'andré'];
const LAST = ['smith', 'johnson', 'garcia', 'nguyen', 'kim', 'patel', 'mueller', 'schmidt', 'kowalski', 'novak', 'rossi',
  'silva', 'santos', 'tanaka', 'sato', 'wang', 'chen', 'ivanov', 'petrov', 'obrien', 'andersson', 'nielsen', 'dubois',
  'bernard', 'lopez', 'hernandez', 'gonzalez', 'wilson', 'anderson', 'thomas', 'jackson', 'harris', 'clark', 'lewis',
  'walker', 'young', 'allen', 'wright', 'scott', 'adams', 'nelson', 'campbell', 'mitchell', 'roberts', 'carter',
  'phillips', 'evans', 'turner', 'torres', 'parker', 'collins', 'edwards', 'stewart', 'morris', 'murphy', 'rogers',
  'peterson', 'cooper', 'bailey', 'gomez', 'kelly', 'howard', 'diaz', 'richardson', 'watson', 'brooks', 'bennett',
  'reyes', 'hughes', 'myers', 'foster', 'sanders', 'morales', 'powell', 'sullivan', 'russell', 'ortiz', 'jenkins',
  'gutierrez', 'perry', 'fisher', 'henderson', 'coleman', 'patterson', 'reynolds', 'hamilton', 'graham', 'kimura',
  'yamamoto', 'okafor', 'mensah', 'haddad', 'farouk', 'lindqvist', 'virtanen', 'horvath', 'popescu', 'dimitrov',
  'yilmaz', 'kaya', 'shah', 'iyer', 'reddy', 'bose', 'zhang', 'liu', 'huang', 'zhao', 'zhou', 'castillo', 'vargas',
  'romero', 'herrera', 'medina', 'aguilar', 'delgado', 'becker', 'hoffmann', 'wagner', 'schulz', 'koch', 'richter',
  'jansen', 'devries', 'bakker', 'visser', 'lambert', 'fontaine', 'moreau', 'laurent', 'esposito', 'ricci', 'marino'];
const LAST_U = ['müller', 'weiß', 'jørgensen', 'núñez', 'gonçalves', 'łopatka', 'şahin', 'håkansson'];

/** Accounts the sanitizer deliberately keeps: used as look-alike "other" tokens, never planted. */
export const SHARED = ['root', 'admin', 'administrator', 'guest', 'nobody', 'anonymous', 'system', 'sshd', 'www-data', 'daemon'];
/** Service / scanner / DB-login accounts: ambiguous, recorded as optional. */
export const SERVICE = ['oracle', 'ubuntu', 'pi', 'test', 'user', 'ftpuser', 'postgres', 'git', 'deploy', 'jenkins', 'ansible',
  'backup', 'svc_backup', 'svc-jira', 'svc_sql', 'nagios', 'zabbix', 'support', 'operator', 'tomcat', 'hadoop', 'ec2-user',
  'centos', 'app_rw', 'app_ro', 'reporting', 'grafana_ro', 'monitor', 'veeam', 'splunk'];

const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/ø/g, 'o').replace(/ł/g, 'l').replace(/ı/g, 'i').replace(/ş/g, 's');

// ---------------------------------------------------------------------------------------------
// vendors
// ---------------------------------------------------------------------------------------------
export const OUI = {
  apple: ['a4:83:e7', 'f0:18:98', '3c:22:fb', '88:66:5a', 'bc:d0:74', '14:7d:da'],
  intel: ['00:1b:21', 'a0:36:9f', '68:05:ca', 'f8:63:3f', '34:13:e8'],
  dell: ['18:66:da', 'f8:bc:12', 'b8:2a:72', '00:14:22'],
  hp: ['3c:d9:2b', '9c:8e:99', '70:5a:0f'],
  lenovo: ['8c:16:45', '54:ee:75'],
  samsung: ['8c:77:12', '5c:49:7d'],
  google: ['f4:f5:d8'],
  rpi: ['b8:27:eb', 'dc:a6:32', 'e4:5f:01'],
  espressif: ['24:0a:c4', '30:ae:a4'],
  tplink: ['50:c7:bf'],
  vmware: ['00:50:56', '00:0c:29'],
  hyperv: ['00:15:5d'],
  cisco: ['00:1b:54', '00:25:84', '3c:08:f6', '70:10:5c', '00:1e:13', 'f4:cf:e2'],
  aruba: ['00:0b:86', '24:de:c6', '94:b4:0f', '20:4c:03'],
  ubnt: ['24:5a:4c', '74:83:c2', 'fc:ec:da', '18:e8:29', '78:8a:20'],
  huawei: ['00:e0:fc', '28:6e:d4', '48:46:fb'],
  juniper: ['00:05:85', '3c:61:04', '88:e0:f3'],
  mikrotik: ['4c:5e:0c', '64:d1:54', 'e4:8d:8c'],
  fortinet: ['00:09:0f', '90:6c:ac'],
  paloalto: ['00:1b:17', 'b4:0c:25'],
};
const CLIENT_VENDORS = [[22, 'apple'], [14, 'intel'], [10, 'dell'], [7, 'hp'], [6, 'lenovo'], [8, 'samsung'], [3, 'google'],
  [3, 'rpi'], [4, 'espressif'], [2, 'tplink'], [4, 'vmware'], [2, 'hyperv']];

export function fmtMac(m, style) { // m: 'aa:bb:cc:dd:ee:ff'
  const h = m.replace(/:/g, '');
  switch (style) {
    case 'colon': return m;
    case 'COLON': return m.toUpperCase();
    case 'dash': return m.replace(/:/g, '-');
    case 'DASH': return m.replace(/:/g, '-').toUpperCase();
    case 'cisco': return `${h.slice(0, 4)}.${h.slice(4, 8)}.${h.slice(8)}`;
    case 'bare': return h;
    case 'BARE': return h.toUpperCase();
    case 'huawei': return `${h.slice(0, 4)}-${h.slice(4, 8)}-${h.slice(8)}`;
    case 'hp': return `${h.slice(0, 6)}-${h.slice(6)}`;
    default: throw new Error(`mac style ${style}`);
  }
}

// ---------------------------------------------------------------------------------------------
// IPv6 helpers
// ---------------------------------------------------------------------------------------------
export function fmt6(g, form = 'c') {
  const hex = g.map((x) => x.toString(16));
  if (form === 'f' || form === 'F') {
    const s = g.map((x) => x.toString(16).padStart(4, '0')).join(':');
    return form === 'F' ? s.toUpperCase() : s;
  }
  if (form === 'n') return hex.join(':'); // uncompressed, no leading zeros (Windows/Junos style)
  // RFC 5952: compress the longest run (>= 2) of zero groups
  let best = -1, bestLen = 0;
  for (let i = 0; i < 8;) {
    if (g[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) { best = i; bestLen = j - i; }
    i = j;
  }
  let s;
  if (best < 0) s = hex.join(':');
  else s = hex.slice(0, best).join(':') + '::' + hex.slice(best + bestLen).join(':');
  return form === 'C' ? s.toUpperCase() : s;
}
const macToEui = (m) => {
  const b = m.split(':').map((x) => parseInt(x, 16));
  b[0] ^= 2;
  return [(b[0] << 8) | b[1], (b[2] << 8) | 0xff, 0xfe00 | b[3], (b[4] << 8) | b[5]];
};

// ---------------------------------------------------------------------------------------------
// time formats
// ---------------------------------------------------------------------------------------------
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DOW = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const p2 = (n) => String(n).padStart(2, '0');
export function timeFormats(ms) {
  const d = new Date(ms);
  const Y = d.getUTCFullYear(), M = d.getUTCMonth(), D = d.getUTCDate();
  const hms = `${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;
  const frac = (n) => String(ms % 1000).padStart(3, '0').concat('000000').slice(0, n);
  const ymd = `${Y}-${p2(M + 1)}-${p2(D)}`;
  return {
    b: () => `${MON[M]} ${String(D).padStart(2, ' ')} ${hms}`, // RFC 3164
    by: () => `${MON[M]} ${String(D).padStart(2, ' ')} ${Y} ${hms}`, // Huawei / ArubaOS
    iso: (n = 3, tz = 'Z') => `${ymd}T${hms}${n ? '.' + frac(n) : ''}${tz}`,
    ymd: (n = 0) => `${ymd} ${hms}${n ? '.' + frac(n) : ''}`,
    slash: () => `${Y}/${p2(M + 1)}/${p2(D)} ${hms}`,
    clf: () => `${p2(D)}/${MON[M]}/${Y}:${hms} +0000`,
    ctime: (pad = true) => `${DOW[d.getUTCDay()]} ${MON[M]} ${pad ? p2(D) : String(D).padStart(2, ' ')} ${hms} ${Y}`,
    us: () => `${p2(M + 1)}/${p2(D)}/${Y}:${hms}`,
    us2: () => `${p2(M + 1)}/${p2(D)}/${String(Y).slice(2)}`,
    hms: (n = 0) => `${hms}${n ? '.' + frac(n) : ''}`,
    epoch: (n = 6) => `${Math.floor(ms / 1000)}${n ? '.' + frac(n) : ''}`,
    epochS: () => String(Math.floor(ms / 1000)),
    epochMs: () => String(ms),
    http: () => `${DOW[d.getUTCDay()]}, ${p2(D)} ${MON[M]} ${Y} ${hms} GMT`,
    snort: () => `${p2(M + 1)}/${p2(D)}-${hms}.${frac(6)}`,
    dow: DOW[d.getUTCDay()], mon: MON[M], Y, D,
  };
}

// ---------------------------------------------------------------------------------------------
// the world (built once per seed)
// ---------------------------------------------------------------------------------------------
export function buildWorld(seed) {
  const r = createRng(seed, 'world');
  const uniq = (n, f) => { const s = new Set(); let guard = 0; while (s.size < n && guard++ < n * 50) s.add(f()); return [...s]; };

  // users
  const reserved = new Set([...SHARED, ...SERVICE]);
  const convention = r.wpick([[5, 'flast'], [3, 'first.last'], [1, 'firstl']]);
  const mkUser = () => {
    const uni = r.chance(0.06);
    let f = uni ? r.pick(FIRST_U) : r.pick(FIRST);
    let l = uni && r.chance(0.5) ? r.pick(LAST_U) : r.pick(LAST);
    const keepUni = uni && r.chance(0.5);
    if (!keepUni) { f = fold(f); l = fold(l); }
    const form = r.wpick([[60, convention], [10, 'first.last'], [6, 'flast'], [4, 'first_last'], [3, 'last.f'], [5, 'empid'],
      [4, 'FLAST'], [3, 'adm'], [3, 'firstl'], [2, 'First.Last']]);
    switch (form) {
      case 'flast': return f[0] + l;
      case 'firstl': return f + l[0];
      case 'first.last': return `${f}.${l}`;
      case 'first_last': return `${f}_${l}`;
      case 'last.f': return `${l}.${f[0]}`;
      case 'empid': return r.pick(['e', 'u', 'x', 'E']) + r.digits(r.pick([5, 6]));
      case 'FLAST': return (f[0] + l).toUpperCase();
      case 'adm': return r.pick([`a-${f[0]}${l}`, `${f[0]}${l}-adm`, `adm.${f[0]}${l}`, `${f[0]}${l}_a`]);
      case 'First.Last': return `${f[0].toUpperCase()}${f.slice(1)}.${l[0].toUpperCase()}${l.slice(1)}`;
    }
    return f + l;
  };
  const users = uniq(420, mkUser).filter((u) => !reserved.has(u.toLowerCase()) && u.length >= 3);

  const corpMail = r.pick(['example.com', 'example.org', 'example.net']);
  const mailDomains = [[55, corpMail], [10, `corp.${corpMail}`], [8, 'mail.example.co.uk'], [6, 'example.io'], [5, 'research.example.edu'],
    [6, 'partner.example.net'], [5, 'gmail.example'], [5, 'outlook.example']];
  const mkEmail = () => {
    const f = fold(r.pick(r.chance(0.05) ? FIRST_U : FIRST)), l = fold(r.pick(LAST));
    const dom = r.wpick(mailDomains);
    const local = r.wpick([[50, `${f}.${l}`], [15, `${f[0]}${l}`], [8, `${f}_${l}${r.int(1, 99)}`], [6, `${f}.${l}+${r.pick(['alerts', 'jira', 'news', 'git', 'aws'])}`],
      [6, `${f}${r.int(70, 99)}`], [5, `${l}.${f[0]}`], [5, `${f[0].toUpperCase()}${f.slice(1)}.${l[0].toUpperCase()}${l.slice(1)}`], [5, `${f}-${l}`]]);
    return `${local}@${dom}`;
  };
  const emails = uniq(500, mkEmail);

  // hosts
  const sites = ['hq', 'fra', 'nyc', 'sgp', 'lon', 'ams', 'b2', 'dc1'];
  const host = {
    sw: uniq(40, () => r.pick([`sw-acc-${p2(r.int(1, 40))}`, `sw-core-0${r.int(1, 2)}`, `dist-sw-${r.pick(sites)}${r.int(1, 4)}`, `${r.pick(sites)}-idf${r.int(1, 9)}-sw${r.int(1, 3)}`])),
    rtr: uniq(16, () => r.pick([`rtr-edge-0${r.int(1, 4)}`, `bdr${r.int(1, 3)}.${r.pick(sites)}`, `mx-core-0${r.int(1, 3)}`, `pe${r.int(1, 6)}-${r.pick(sites)}`, `ce-${r.pick(sites)}-0${r.int(1, 2)}`])),
    fw: uniq(12, () => r.pick([`fw-edge-0${r.int(1, 3)}`, `pa-fw-0${r.int(1, 4)}`, `fgt-${r.pick(sites)}-0${r.int(1, 2)}`, `asa-dmz-0${r.int(1, 2)}`, `srx-${r.pick(sites)}-0${r.int(1, 2)}`])),
    ap: uniq(60, () => r.pick([`ap-${r.int(1, 6)}f-${r.pick(['east', 'west', 'north', 'lobby', 'lab'])}-${p2(r.int(1, 12))}`, `AP-${r.pick(sites).toUpperCase()}-${p2(r.int(1, 60))}`, `IAP-${r.pick(['515', '535', '305'])}-${r.pick(['Lobby', 'Floor2', 'Cafe', 'Lab'])}`])),
    srv: uniq(80, () => r.pick([`web${p2(r.int(1, 12))}`, `app-prod-${p2(r.int(1, 9))}`, `db-pg-0${r.int(1, 4)}`, `mail0${r.int(1, 3)}`, `dc0${r.int(1, 4)}`, `ldap0${r.int(1, 3)}`,
      `kdc${r.int(1, 2)}`, `proxy0${r.int(1, 3)}`, `ns${r.int(1, 3)}`, `vpn-gw-0${r.int(1, 2)}`, `k8s-node-${p2(r.int(1, 24))}`, `ci-runner-0${r.int(1, 6)}`, `nas0${r.int(1, 2)}`,
      `esx${p2(r.int(1, 16))}`, `pve${r.int(1, 5)}`, `mon0${r.int(1, 2)}`, `bastion0${r.int(1, 2)}`, `files0${r.int(1, 3)}`, `git0${r.int(1, 2)}`, `sso0${r.int(1, 2)}`])),
    ws: uniq(300, () => r.wpick([[30, `LT-${r.int(10000, 99999)}`], [20, `DESKTOP-${r.str(7, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}`], [10, `WS${r.int(1000, 9999)}`],
      [8, `MacBook-Pro-${r.int(2, 9)}`], [6, 'iPhone'], [5, `Galaxy-S2${r.int(1, 4)}`], [6, `android-${r.hex(16)}`], [5, `PC-${r.int(100, 999)}`], [4, `raspberrypi`], [3, `ESP_${r.HEX(6)}`]])),
  };
  const ad = { netbios: r.pick(['CORP', 'EXAMPLE', 'AD']), realm: r.pick([`CORP.${corpMail.toUpperCase()}`, `AD.${corpMail.toUpperCase()}`]), dns: `corp.${corpMail}` };

  // IPv4
  const v4 = (a, b, c, d) => `${a}.${b}.${c}.${d}`;
  const pubFirst = [23, 31, 37, 45, 46, 62, 77, 78, 80, 81, 82, 85, 86, 88, 89, 91, 92, 93, 94, 95, 109, 141, 146, 151, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217];
  const ip4 = {
    lan: uniq(1600, () => r.wpick([[40, v4(10, 20, r.int(0, 63), r.int(2, 254))], [15, v4(10, 40, r.int(0, 15), r.int(2, 254))], [15, v4(192, 168, r.pick([1, 10, 20, 88, 178]), r.int(2, 254))],
      [15, v4(172, r.int(16, 31), r.int(0, 255), r.int(2, 254))], [5, v4(10, r.int(0, 255), r.int(0, 255), r.int(2, 254))]])),
    srv: uniq(90, () => r.wpick([[50, v4(10, 1, r.int(1, 4), r.int(5, 250))], [20, v4(172, 16, 0, r.int(5, 250))], [15, v4(192, 168, 100, r.int(5, 250))], [15, v4(10, 30, r.int(0, 3), r.int(5, 250))]])),
    mgmt: uniq(60, () => r.wpick([[50, v4(10, 255, r.int(0, 3), r.int(1, 250))], [30, v4(10, 0, 0, r.int(1, 250))], [20, v4(172, 31, 255, r.int(1, 250))]])),
    ext: uniq(3000, () => r.wpick([[25, v4(203, 0, 113, r.int(1, 254))], [20, v4(198, 51, 100, r.int(1, 254))], [10, v4(192, 0, 2, r.int(1, 254))],
      [45, v4(r.pick(pubFirst), r.int(0, 255), r.int(0, 255), r.int(1, 254))]])),
    pub: uniq(10, () => v4(198, 51, 100, r.int(2, 30))), // own NAT / VIPs
    cgnat: uniq(200, () => v4(100, r.int(64, 127), r.int(0, 255), r.int(1, 254))),
    dns: ['8.8.8.8', '1.1.1.1', '9.9.9.9', '208.67.222.222'],
    vpn: uniq(200, () => r.pick([v4(10, 8, 0, r.int(2, 254)), v4(10, 10, r.int(10, 11), r.int(2, 254)), v4(172, 27, r.int(224, 227), r.int(2, 254))])),
    p2p: uniq(40, () => r.pick([v4(10, 254, r.int(0, 20), r.int(0, 63) * 4 + 1), v4(169, 254, r.int(0, 255), r.int(1, 254)), v4(100, 127, 255, r.int(1, 250))])),
  };

  // IPv6
  const g16 = () => r.int(0, 0xffff);
  const orgPfx = [0x2001, 0x0db8, r.int(0x1000, 0xfffe)];
  const org2 = [r.pick([0x2a0b, 0x2a02, 0x2a01]), r.int(0x1000, 0xfffe), r.int(0, 0xfff)];
  const ulaPfx = [0xfd00 | r.int(1, 255), g16(), g16()];
  const rid = () => [g16(), g16(), g16(), g16()];
  const ip6 = {
    lan: uniq(900, () => {
      const pfx = r.wpick([[50, orgPfx], [25, ulaPfx], [25, org2]]);
      const sub = r.pick([0x10, 0x20, 0x30, 0x100, 0x110, 0x200, 0xa0, 1]);
      const iid = r.wpick([[50, rid()], [20, [0, 0, 0, r.int(0x100, 0xffff)]], [20, macToEui(`${r.pick(OUI.apple)}:${r.hex(2)}:${r.hex(2)}:${r.hex(2)}`)], [10, [0, 0, r.int(1, 0xff), g16()]]]);
      return [...pfx, sub, ...iid];
    }),
    srv: uniq(60, () => [...r.wpick([[60, orgPfx], [40, ulaPfx]]), r.pick([1, 2, 0x53, 0x25, 0xdc]), 0, 0, r.int(0, 1) ? 0 : r.int(1, 9), r.pick([1, 2, 3, 5, 0x10, 0x25, 0x53, 0x80, 0x443, 0x21])]),
    ext: uniq(1500, () => r.wpick([[35, [0x2001, 0x0db8, g16(), g16(), ...rid()]], [25, [0x2a00 + r.int(0, 15), g16(), g16(), g16(), ...rid()]],
      [20, [0x2600 + r.int(0, 7), g16(), g16(), g16(), 0, 0, 0, r.int(1, 0xffff)]], [10, [0x2400 + r.int(0, 9), g16(), g16(), 0, ...rid()]], [10, [0x2c0f, g16(), g16(), g16(), ...rid()]]])),
    ll: uniq(400, () => [0xfe80, 0, 0, 0, ...(r.chance(0.6) ? macToEui(`${r.pick(r.pick(Object.values(OUI)))}:${r.hex(2)}:${r.hex(2)}:${r.hex(2)}`) : rid())]),
    p2p: uniq(40, () => [...orgPfx, 0xffff, 0, 0, 0, r.int(1, 2)]),
  };

  // MACs
  const mkMac = (vendor) => `${r.pick(OUI[vendor])}:${r.hex(2)}:${r.hex(2)}:${r.hex(2)}`;
  const macs = {
    client: uniq(1800, () => mkMac(r.wpick(CLIENT_VENDORS))),
  };
  for (const v of Object.keys(OUI)) macs[v] = uniq(40, () => mkMac(v));

  const Z = (items, s) => zipf(r, items, s);
  return {
    seed, users, emails, host, ad, corpMail, ip4, ip6, macs,
    // The pools draw with the line RNG, see Ctx. Here we only keep the lists.
    zipfS: { users: 1.0, emails: 1.0, lan: 0.9, ext: 0.85, srv: 1.1, mgmt: 1.0, ws: 0.9, client: 0.9 },
    Z,
  };
}

// ---------------------------------------------------------------------------------------------
// per-line context
// ---------------------------------------------------------------------------------------------
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64U = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const PW_WORDS = ['Summer', 'Winter', 'Spring', 'Autumn', 'Welcome', 'Monkey', 'Dragon', 'Sunshine', 'Football', 'Shadow', 'Falcon',
  'Orange', 'Purple', 'Tiger', 'Rocket', 'Galaxy', 'Kiwi', 'Banana', 'Harbor', 'Copper', 'Velvet', 'Maple', 'Glacier', 'Nimbus'];

export class Ctx {
  constructor(world, seed) {
    this.w = world;
    this.r = createRng(seed, 'lines');
    const r = this.r;
    const z = (items, s) => zipf(r, items, s);
    this.pool = {
      users: z(world.users, 1.0), emails: z(world.emails, 1.0),
      lan: z(world.ip4.lan, 0.9), srv: z(world.ip4.srv, 1.1), mgmt: z(world.ip4.mgmt, 1.0), ext: z(world.ip4.ext, 0.85),
      pub: z(world.ip4.pub, 1.2), cgnat: z(world.ip4.cgnat, 0.8), dns: z(world.ip4.dns, 1.2), vpn: z(world.ip4.vpn, 0.8), p2p: z(world.ip4.p2p, 0.9),
      lan6: z(world.ip6.lan, 0.9), srv6: z(world.ip6.srv, 1.1), ext6: z(world.ip6.ext, 0.85), ll6: z(world.ip6.ll, 0.9), p2p6: z(world.ip6.p2p, 0.9),
      ws: z(world.host.ws, 0.9),
    };
    for (const k of ['sw', 'rtr', 'fw', 'ap', 'srv']) this.pool['h_' + k] = z(world.host[k], 1.1);
    for (const k of Object.keys(world.macs)) this.pool['mac_' + k] = z(world.macs[k], k === 'client' ? 0.9 : 1.1);
    this.ms = Date.UTC(2024, 2, 3 + (Number(seed) % 20), 6, r.int(0, 59), r.int(0, 59)) + r.int(0, 999);
  }
  // -- randomness
  int(a, b) { return this.r.int(a, b); }
  pick(a) { return this.r.pick(a); }
  chance(p) { return this.r.chance(p); }
  wpick(a) { return this.r.wpick(a); }
  hex(n) { return this.r.hex(n); }
  HEX(n) { return this.r.HEX(n); }
  alnum(n) { return this.r.str(n, ALNUM); }
  b64(n) { return this.r.str(n, B64); }
  b64u(n) { return this.r.str(n, B64U); }
  uuid() { const h = this.hex(32); return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[this.int(0, 3)]}${h.slice(17, 20)}-${h.slice(20)}`; }
  // -- clock
  advance() { this.ms += this.r.wpick([[70, this.int(0, 900)], [25, this.int(900, 6000)], [5, this.int(6000, 60000)]]); }
  tick(max = 40) { this.ms += this.int(0, max); }
  get T() { return timeFormats(this.ms); }
  // -- people
  user() { return this.pool.users.draw(); }
  email() { return this.pool.emails.draw(); }
  shared() { return this.wpick([[40, 'root'], [20, 'admin'], [8, 'administrator'], [4, 'guest'], [5, 'nobody'], [3, 'anonymous'], [4, 'system'], [3, 'sshd'], [8, 'www-data'], [2, 'daemon']]); }
  svc() { return this.pick(SERVICE); }
  get ad() { return this.w.ad; }
  // -- hosts
  host(role = 'srv') { return role === 'ws' ? this.pool.ws.draw() : this.pool['h_' + role].draw(); }
  ws() { return this.pool.ws.draw(); }
  fqdn(role = 'srv') { return `${this.host(role)}.${this.w.ad.dns}`; }
  // -- addresses (strings)
  v4(pool = 'lan') { return this.pool[pool].draw(); }
  v6(pool = 'lan', form) {
    const g = this.pool[pool + '6'].draw();
    form = form ?? this.wpick([[80, 'c'], [8, 'C'], [5, 'f'], [3, 'F'], [4, 'n']]);
    return fmt6(g, form);
  }
  /** a /64 prefix of a LAN IPv6 address, written as `pfx::` */
  v6pfx() { const g = this.pool.lan6.draw(); return fmt6([...g.slice(0, 4), 0, 0, 0, 0], 'c'); }
  /** v4 or v6 string */
  addr(pool = 'lan', p6 = 0.2, form) { return this.chance(p6) ? this.v6(pool, form) : this.v4(pool); }
  mac(pool = 'client') { return this.pool['mac_' + pool].draw(); }
  fmac(pool = 'client', style = 'colon') { return fmtMac(this.mac(pool), style); }
  port() { return this.int(10000, 65535); } // 5-digit ephemeral (never a valid IPv6 group)
  anyport() { return this.wpick([[60, this.int(10000, 65535)], [40, this.int(1024, 9999)]]); }
  pid() { return this.wpick([[60, this.int(300, 9999)], [40, this.int(10000, 4194303)]]); }
  netmask() { return this.pick(['255.255.255.0', '255.255.255.0', '255.255.255.252', '255.255.255.248', '255.255.254.0', '255.255.0.0', '255.255.255.128', '255.255.255.192', '255.0.0.0', '255.255.240.0']); }
  wildcard() { return this.pick(['0.0.0.255', '0.0.0.255', '0.0.0.3', '0.0.255.255', '0.0.0.7', '0.0.0.63', '0.0.1.255', '0.0.0.15']); }
  // -- secrets
  pw(style = 'any') {
    const sym = { any: '!#%*+-_.^~?&', kv: '!#%*+-_.^~?', url: '-._~', alnum: '', json: '!#%*+-_.^~?&$' }[style] ?? '!#%*+-_.';
    const r = this.r;
    const k = r.next();
    let s;
    if (k < 0.35) s = r.pick(PW_WORDS) + r.pick(['', '', '_']) + r.int(1, 9999) + (sym ? r.str(1, sym) : '');
    else if (k < 0.75) s = r.str(1, ALNUM) + r.str(r.int(9, 19), ALNUM + sym + sym) + r.str(1, ALNUM.slice(52));
    else if (k < 0.9) s = `${r.pick(PW_WORDS).toLowerCase()}${sym ? r.str(1, sym.includes('-') ? '-' : sym) : ''}${r.pick(PW_WORDS).toLowerCase()}${r.int(10, 99)}`;
    else s = r.str(r.int(16, 32), ALNUM);
    return s;
  }
  token(kind) {
    const r = this.r;
    switch (kind) {
      case 'ghp': return 'ghp_' + this.alnum(36);
      case 'gho': return 'gho_' + this.alnum(36);
      case 'ghs': return 'ghs_' + this.alnum(36);
      case 'ghpat': return 'github_pat_11' + r.str(20, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') + '_' + this.alnum(59);
      case 'glpat': return 'glpat-' + r.str(20, ALNUM + '-_');
      case 'slack': return `xox${r.pick(['b', 'p'])}-${r.digits(11)}-${r.digits(13)}-${this.alnum(24)}`;
      case 'npm': return 'npm_' + this.alnum(36);
      case 'stripe': return r.pick(['sk_live_', 'rk_live_']) + this.alnum(r.pick([24, 34, 99]));
      case 'akia': return r.pick(['AKIA', 'AKIA', 'ASIA']) + r.str(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567');
      case 'awssecret': return this.b64(40).replace(/\+/g, r.pick(['+', 'P']));
      case 'gcp': return 'AIza' + this.b64u(35);
      case 'sendgrid': return 'SG.' + this.b64u(22) + '.' + this.b64u(43);
      case 'vault': return 'hvs.' + this.b64u(90);
      case 'azdo': return r.str(52, 'abcdefghijklmnopqrstuvwxyz234567');
      case 'hex32': return this.hex(32);
      case 'hex40': return this.hex(40);
      case 'opaque': return this.b64u(r.pick([32, 40, 43, 64]));
      case 'ya29': return 'ya29.' + this.b64u(r.int(100, 160));
      case 'jwt': return this.jwt();
      case 'sas': return Array.from({ length: 32 }, () => r.wpick([[90, r.str(1, ALNUM)], [4, '%2B'], [4, '%2F']])).join('') + '%3D';
      default: throw new Error(`token ${kind}`);
    }
  }
  jwt(sub) {
    const enc = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const h = enc(this.pick([{ alg: 'HS256', typ: 'JWT' }, { alg: 'RS256', typ: 'JWT', kid: this.hex(16) }, { alg: 'ES256', kid: this.b64u(22) }]));
    const now = Math.floor(this.ms / 1000);
    const p = enc({ iss: this.pick(['https://sso.example.com/realms/corp', 'https://login.example.net/', 'kubernetes/serviceaccount']), sub: sub ?? this.uuid(), iat: now, exp: now + 3600, scope: this.pick(['openid profile', 'api:read', 'admin']) });
    return `${h}.${p}.${this.b64u(this.pick([43, 86, 342]))}`;
  }
  basic(u, p) { return Buffer.from(`${u ?? this.user()}:${p ?? this.pw('any')}`).toString('base64'); }
  community() { return this.pick([`${this.pick(['n3tw0rk', 'M0nitor', 'c0mmun1ty', 'snmpR3ad', 'NMS', 'ops'])}${this.pick(['-RO', '_ro', '!', '', '#2'])}${this.int(1, 99)}`, this.alnum(this.int(10, 18))]); }
  type7() { let s = p2(this.int(0, 15)); for (let i = 0, n = this.int(6, 14); i < n; i++) s += this.HEX(2); return s; }
  md5crypt() { return `$1$${this.r.str(4, ALNUM + './')}$${this.r.str(22, ALNUM + './')}`; }
  sha512crypt() { return `$6$${this.r.str(this.int(8, 16), ALNUM + './')}$${this.r.str(86, ALNUM + './')}`; }
  type9() { return `$9$${this.r.str(14, ALNUM + './')}$${this.r.str(43, ALNUM + './')}`; }
  pemBody(n) {
    const lines = [];
    for (let i = 0; i < n; i++) lines.push(this.b64(64));
    // last line: valid base64 of 1..45 bytes (0, 1 or 2 '=' of padding)
    lines.push(this.r.bytes(this.int(6, 45)).toString('base64'));
    return lines;
  }
  // -- look-alikes
  sha256() { return this.hex(64); }
  oid() { return this.pick(['1.3.6.1.4.1.9.9.41.2.0.1', '1.3.6.1.6.3.1.1.5.3', '1.3.6.1.6.3.1.1.5.4', '1.3.6.1.2.1.2.2.1.8', '1.3.6.1.4.1.2636.4.1.1', '1.3.6.1.4.1.14179.2.6.3.1', '1.3.6.1.4.1.12356.101.2.0.1503', '1.3.6.1.4.1.25461.2.1.3.2.0.13', '1.3.6.1.4.1.2011.5.25.219.2.2.1']); }
  // -- headers
  pri(sev) { const fac = this.pick([1, 3, 4, 10, 16, 20, 21, 22, 23]); return fac * 8 + (sev ?? this.pick([2, 3, 4, 5, 6, 6, 6, 7])); }
  /** hostname or, sometimes, the device's management IP */
  hh(role = 'srv', pIp = 0.12) { return this.chance(pIp) ? ip(this.v4(role === 'srv' ? 'srv' : 'mgmt')) : this.host(role); }
  /** syslog header: style 'p' (3164 with PRI), 'f' (3164 file, no PRI), '5' (RFC 5424), or random */
  hdr({ host, tag, pid, style, sd, msgid, sev } = {}) {
    style = style ?? this.wpick([[50, 'p'], [30, 'f'], [20, '5']]);
    const T = this.T;
    const pidS = pid === null || pid === undefined ? '' : L`[${pid}]`;
    if (style === '5') {
      return L`<${this.pri(sev)}>1 ${T.iso(this.pick([3, 6]), this.pick(['Z', 'Z', '+00:00', '+01:00', '-05:00']))} ${host} ${tag} ${pid ?? '-'} ${msgid ?? '-'} ${sd ?? '-'} `;
    }
    if (style === 'p') return L`<${this.pri(sev)}>${T.b()} ${host} ${tag}${pidS}: `;
    return L`${T.b()} ${host} ${tag}${pidS}: `;
  }
}
