// Value pools for the held-out generator: people, addresses, MACs, hosts. All values are
// invented. Pools are Zipf-distributed so a few users/hosts are frequent and the rest form a tail.
import { zipfPool } from './lib.mjs';

const FIRST = ['james', 'maria', 'anna', 'piotr', 'li', 'fatima', 'lucas', 'sofia', 'david', 'elena',
  'tomasz', 'olga', 'marco', 'chloe', 'kenji', 'priya', 'ahmed', 'ingrid', 'pablo', 'nadia', 'samuel',
  'yuki', 'omar', 'hannah', 'viktor', 'ana', 'daniel', 'leila', 'mateo', 'greta', 'ravi', 'julia',
  'stefan', 'amara', 'noah', 'camille', 'erik', 'zainab', 'felix', 'irene'];
const LAST = ['doe', 'smith', 'kowalski', 'nguyen', 'garcia', 'mueller', 'rossi', 'tanaka', 'patel',
  'oconnor', 'dubois', 'silva', 'petrov', 'khan', 'larsen', 'novak', 'fischer', 'moreau', 'haddad',
  'okafor', 'santos', 'lindqvist', 'bauer', 'wozniak', 'ferreira', 'yamamoto', 'brennan', 'costa',
  'horvat', 'iversen', 'meyer', 'romero', 'sato', 'schulz', 'vasquez', 'weber', 'zhang', 'kaur'];
export const SYSTEM_USERS = ['root', 'admin', 'administrator', 'guest', 'nobody', 'anonymous', 'system'];
/** Account names commonly tried by scanners / used by services: ambiguous, marked optional. */
export const SERVICE_USERS = ['oracle', 'test', 'ubuntu', 'postgres', 'git', 'backup', 'ftpuser',
  'deploy', 'pi', 'support', 'user1', 'jenkins', 'ansible', 'hadoop', 'www-data', 'svc_backup'];
const DOMAINS = ['corp.example.com', 'example.org', 'northwind-traders.com', 'contoso.com',
  'fabrikam.net', 'globex-industries.io', 'initech.co.uk', 'mail.example.net', 'umbrella-labs.org', 'gmail.com'];
export const AD_DOMAINS = ['CORP', 'EXAMPLE', 'NWTRADERS', 'CONTOSO', 'FABRIKAM'];

const PUB_FIRST = [23, 31, 37, 45, 46, 62, 77, 78, 80, 81, 82, 85, 87, 88, 89, 91, 93, 94, 95, 104,
  109, 128, 131, 134, 138, 141, 145, 146, 151, 152, 154, 157, 159, 161, 163, 167, 176, 178, 185, 188,
  193, 194, 195, 212, 213, 217];
// [OUI bytes, weight] - real vendor OUIs (Apple, Dell, HP, Intel, VMware, Cisco, Raspberry Pi, ...)
const OUIS = [[[0x3c, 0x22, 0xfb], 6], [[0xf0, 0x18, 0x98], 5], [[0xa4, 0x5e, 0x60], 4], [[0x00, 0x1e, 0x0b], 3],
  [[0x00, 0x50, 0x56], 5], [[0x00, 0x0c, 0x29], 3], [[0xb8, 0x27, 0xeb], 2], [[0xdc, 0xa6, 0x32], 2],
  [[0x00, 0x1a, 0xa0], 2], [[0x28, 0x6f, 0x7f], 2], [[0x00, 0x15, 0x5d], 2], [[0x90, 0xe2, 0xba], 2],
  [[0xac, 0x1f, 0x6b], 2], [[0x3c, 0x52, 0x82], 3], [[0x8c, 0x85, 0x90], 3], [[0x00, 0x25, 0x90], 1],
  [[0x44, 0x38, 0x39], 1], [[0xe4, 0x5f, 0x01], 1], [[0x70, 0x4d, 0x7b], 2], [[0x48, 0x2a, 0xe3], 2],
  [[0x00, 0x24, 0xd7], 2], [[0x5c, 0x5f, 0x67], 2], [[0xd4, 0xbe, 0xd9], 2], [[0x00, 0x17, 0xc5], 1]];

const hex2 = (n) => n.toString(16).padStart(2, '0');

// ---------------------------------------------------------------------------------------------
// Formatting
// ---------------------------------------------------------------------------------------------
/** IPv6 groups (8 numbers) to text. style: c (RFC 5952), C (upper), f (full), F (full upper),
 *  u (uncompressed without leading zeros). */
export function fmt6(g, style = 'c') {
  if (style === 'f' || style === 'F') {
    const s = g.map((x) => x.toString(16).padStart(4, '0')).join(':');
    return style === 'F' ? s.toUpperCase() : s;
  }
  if (style === 'u') return g.map((x) => x.toString(16)).join(':');
  let best = -1, bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (g[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLen) { best = i; bestLen = j - i; }
    i = j;
  }
  const h = (a) => a.map((x) => x.toString(16)).join(':');
  const s = best < 0 ? h(g) : `${h(g.slice(0, best))}::${h(g.slice(best + bestLen))}`;
  return style === 'C' ? s.toUpperCase() : s;
}

/** MAC bytes to text. style: colon, COLON, dash, DASH, dot (Cisco), bare, BARE */
export function fmtMac(b, style = 'colon') {
  const h = b.map(hex2);
  switch (style) {
    case 'COLON': return h.join(':').toUpperCase();
    case 'dash': return h.join('-');
    case 'DASH': return h.join('-').toUpperCase();
    case 'dot': return `${h[0]}${h[1]}.${h[2]}${h[3]}.${h[4]}${h[5]}`;
    case 'bare': return h.join('');
    case 'BARE': return h.join('').toUpperCase();
    default: return h.join(':');
  }
}

// ---------------------------------------------------------------------------------------------
// Pools
// ---------------------------------------------------------------------------------------------
export function makePools(rng) {
  const pickW = (items) => rng.weighted(items);

  // People: usernames in several corporate styles, plus matching e-mail addresses.
  const people = [];
  const seen = new Set();
  while (people.length < 140) {
    const f = rng.pick(FIRST), l = rng.pick(LAST);
    const style = rng.weighted([[5, 'flast'], [4, 'f.l'], [3, 'first.last'], [2, 'firstl'], [1, 'lastf'], [1, 'first_last'], [1, 'flast2']]);
    const u = {
      flast: f[0] + l, 'f.l': `${f[0]}.${l}`, 'first.last': `${f}.${l}`, firstl: f + l[0],
      lastf: l + f[0], first_last: `${f}_${l}`, flast2: f[0] + l + rng.int(1, 99),
    }[style];
    if (seen.has(u)) continue;
    seen.add(u);
    people.push({ user: u, first: f, last: l });
  }
  // A few names with upper case or non-ASCII letters, as they appear in AD and some portals.
  people.splice(7, 0, { user: 'M.Mueller', first: 'max', last: 'mueller' }, { user: 'józef.wiśniewski', first: 'józef', last: 'wiśniewski' });
  const peoplePool = zipfPool(rng, people, 1.05);
  const emailOf = (p, dom) => {
    const local = rng.weighted([[5, `${p.first}.${p.last}`], [3, p.user], [1, `${p.first}${rng.int(1, 99)}`], [1, `${p.first}.${p.last}+vpn`]]);
    return `${local}@${dom}`;
  };
  const emails = people.slice(0, 120).map((p, i) => emailOf(p, i % 5 === 4 ? rng.pick(DOMAINS) : DOMAINS[i % 3]));
  const emailPool = zipfPool(rng, emails, 1.0);

  // IPv4
  const v4Int = () => pickW([
    [6, () => `10.${rng.int(0, 40)}.${rng.int(0, 255)}.${rng.int(2, 254)}`],
    [3, () => `172.${rng.int(16, 31)}.${rng.int(0, 255)}.${rng.int(2, 254)}`],
    [4, () => `192.168.${rng.int(0, 12)}.${rng.int(2, 254)}`],
    [1, () => `100.${rng.int(64, 127)}.${rng.int(0, 255)}.${rng.int(2, 254)}`],
  ])();
  const v4Pub = () => pickW([
    [8, () => `${rng.pick(PUB_FIRST)}.${rng.int(1, 254)}.${rng.int(0, 255)}.${rng.int(2, 254)}`],
    [1, () => `192.0.2.${rng.int(2, 254)}`],
    [1, () => `198.51.100.${rng.int(2, 254)}`],
    [1, () => `203.0.113.${rng.int(2, 254)}`],
  ])();
  const uniq = (n, f) => { const s = new Set(); while (s.size < n) s.add(f()); return [...s]; };
  const intHosts = zipfPool(rng, uniq(500, v4Int), 1.0);
  const intSrv = zipfPool(rng, uniq(40, v4Int), 1.2);
  const extClients = zipfPool(rng, uniq(900, v4Pub), 0.9);
  const extSrv = zipfPool(rng, uniq(400, v4Pub), 1.1);

  // IPv6 (as group arrays)
  const g16 = () => rng.int(0, 0xffff);
  const v6Prefixes = [[0x2001, 0xdb8], [0x2a02, 0x810d], [0x2a01, 0x4f8], [0x2600, 0x1f18], [0x2a00, 0x1450], [0x2001, 0x470], [0xfd12, 0x3456]];
  const v6 = () => {
    const [a, b] = rng.pick(v6Prefixes);
    const c3 = rng.chance(0.5) ? rng.int(0, 0xff) : g16();
    const iid = rng.weighted([[3, () => [0, 0, 0, rng.int(1, 0x200)]], [5, () => [g16(), g16(), g16(), g16()]], [1, () => [0, 0, rng.int(1, 0xff), rng.int(1, 0xff)]]])();
    return [a, b, c3, rng.chance(0.4) ? 0 : rng.int(1, 0x40), ...iid];
  };
  const v6Hosts = zipfPool(rng, uniq(250, () => v6().join(',')).map((s) => s.split(',').map(Number)), 1.0);
  const linkLocal = zipfPool(rng, uniq(60, () => [0xfe80, 0, 0, 0, g16(), g16() | 0x200, g16(), g16()].join(',')).map((s) => s.split(',').map(Number)), 1.0);

  // MACs
  const macs = uniq(450, () => [...pickW(OUIS.map(([o, w]) => [w, o])), rng.int(0, 255), rng.int(0, 255), rng.int(0, 255)].join(','))
    .map((s) => s.split(',').map(Number));
  const macPool = zipfPool(rng, macs, 0.9);

  // Hosts / devices
  const site = ['hq', 'dc1', 'dc2', 'br01', 'br02', 'lab', 'ams', 'fra'];
  const devices = {
    ios: uniq(30, () => `${rng.pick(['sw-acc', 'sw-dist', 'rtr-core', 'rtr-wan', 'sw'])}-${rng.pick(site)}-${String(rng.int(1, 24)).padStart(2, '0')}`),
    asa: uniq(6, () => `${rng.pick(['asa', 'fw', 'ftd'])}-${rng.pick(site)}-${String(rng.int(1, 4)).padStart(2, '0')}`),
    fgt: uniq(6, () => `FGT-${rng.pick(site).toUpperCase()}-${String(rng.int(1, 4)).padStart(2, '0')}`),
    srx: uniq(5, () => `srx-${rng.pick(site)}-${rng.int(1, 4)}`),
    linux: uniq(40, () => `${rng.pick(['web', 'db', 'app', 'bastion', 'mail', 'git', 'ci', 'k8s-node', 'nas', 'vpn'])}${String(rng.int(1, 30)).padStart(2, '0')}`),
    fqdn: uniq(40, () => `${rng.pick(['www', 'api', 'portal', 'intranet', 'git', 'vpn', 'mail', 'sso', 'cdn', 'shop'])}.${rng.pick(DOMAINS.slice(0, 9))}`),
    ws: uniq(80, () => `${rng.pick(['WS', 'LT', 'DESKTOP', 'PC'])}-${rng.str(rng.int(4, 7), 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}`),
  };

  return {
    person: () => peoplePool.draw(),
    user: () => peoplePool.draw().user,
    email: () => emailPool.draw(),
    domain: () => rng.pick(DOMAINS),
    adDomain: () => rng.weighted([[6, 'CORP'], [2, 'EXAMPLE'], [1, 'NWTRADERS'], [1, 'CONTOSO'], [1, 'FABRIKAM']]),
    sysUser: () => rng.weighted([[8, 'root'], [4, 'admin'], [1, 'administrator'], [1, 'guest'], [1, 'nobody'], [1, 'anonymous']]),
    svcUser: () => rng.pick(SERVICE_USERS),
    ipInt: () => intHosts.draw(),
    ipSrv: () => intSrv.draw(),
    ipExt: () => extClients.draw(),
    ipExtSrv: () => extSrv.draw(),
    ipAny: () => (rng.chance(0.55) ? intHosts.draw() : extClients.draw()),
    v6: (style) => fmt6(v6Hosts.draw(), style ?? rng.weighted([[10, 'c'], [2, 'C'], [1, 'f'], [1, 'u']])),
    v6groups: () => v6Hosts.draw(),
    linkLocal: (style = 'c') => fmt6(linkLocal.draw(), style),
    mac: (style) => fmtMac(macPool.draw(), style ?? 'colon'),
    macBytes: () => macPool.draw(),
    dev: (kind) => rng.pick(devices[kind]),
    fqdn: () => rng.pick(devices.fqdn),
    ws: () => rng.pick(devices.ws),
    port: () => rng.int(1025, 65535),
    svcPort: () => rng.weighted([[10, 443], [5, 80], [3, 22], [3, 53], [1, 25], [1, 3389], [1, 8443], [1, 123], [1, 445], [1, 993]]),
  };
}
