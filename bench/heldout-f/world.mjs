// Set F's invented world: people, hosts, addresses, MACs, secrets, vendor tokens, look-alikes.
import { zipf } from './core.mjs';

const FIRST = ['Ingrid', 'Tomasz', 'Amara', 'Keiko', 'Rafael', 'Linnea', 'Dmitri', 'Priya', 'Oluwaseun', 'Henrike',
  'Mateo', 'Saoirse', 'Bartholomew', 'Yusuf', 'Clementine', 'Arvid', 'Nadia', 'Cormac', 'Imogen', 'Tiago',
  'Wilhelmina', 'Kwame', 'Liesel', 'Ravindra', 'Fenna', 'Ignatius', 'Marisol', 'Thaddeus', 'Annika', 'Bogdan',
  'Esperanza', 'Hamish', 'Juniper', 'Leopold', 'Ottilie', 'Casimir', 'Rosalind', 'Emeka', 'Sunniva', 'Florian',
  'Genevieve', 'Radek', 'Ayesha', 'Quentin', 'Marguerite', 'Osvaldo', 'Philippa', 'Stellan', 'Vesna', 'Wendell'];
const LAST = ['Halvorsen', 'Kowalczyk', 'Okonkwo', 'Fujimura', 'Castellanos', 'Lindqvist', 'Voronin', 'Raghunathan',
  'Adebayo', 'Brandstetter', 'Quiroga', 'Donnelly', 'Ashcombe', 'Demirci', 'Fairweather', 'Sandvik', 'Haddad',
  'McAllister', 'Pemberton', 'Carvalho', 'Van der Berg', 'Mensah', 'Oberholzer', 'Subramaniam', 'Dijkstra',
  'Whitlock', 'Saavedra', 'Thornbury', 'Engqvist', 'Wozniak', 'Villanueva', 'Strachan', 'Nakashima', 'Penhaligon',
  'Achterberg', 'Radulescu', 'Blackwood', 'Nwachukwu', 'Gudmundsdottir', 'Lefebvre', 'Marchetti', 'Zielinski',
  'Rahimi', 'Thistlewood', 'Bergström', 'Kovačević', 'Ó Ceallaigh', 'Müllerová', 'Ibáñez', 'Lund'];
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z]/g, '').toLowerCase();
const keepDia = (s) => s.replace(/[^\p{L}]/gu, '').toLowerCase();
export const SHARED = new Set(['root', 'admin', 'administrator', 'guest', 'nobody', 'anonymous', 'system', 'user', 'test', 'operator', 'daemon', 'support', 'service', 'backup', 'monitor', 'apc', 'cisco', 'ubnt', 'pi', 'oracle', 'postgres', 'mysql']);

export function makeWorld(rng) {
  const people = [];
  const seen = new Set();
  while (people.length < 360) {
    const f = rng.pick(FIRST), l = rng.pick(LAST);
    const dia = /[^\x00-\x7f]/.test(l) && rng.chance(0.5);
    const F = dia ? keepDia(f) : fold(f), Lx = dia ? keepDia(l) : fold(l);
    const style = rng.w([[34, 'f.l'], [30, 'fl'], [9, 'fL'], [5, 'f_l'], [8, 'fl#'], [6, 'first'], [8, 'lf']]);
    let login = { 'f.l': `${F}.${Lx}`, fl: `${F[0]}${Lx}`, fL: `${F}${Lx[0]}`, f_l: `${F}_${Lx}`, 'fl#': `${F[0]}${Lx}${rng.int(1, 99)}`, first: F, lf: `${Lx}${F[0]}` }[style];
    if (login.length > 20) login = login.slice(0, 20);
    if (seen.has(login) || SHARED.has(login) || login.length < 4) continue;
    seen.add(login);
    const emailLocal = rng.w([[6, `${fold(f)}.${fold(l)}`], [3, login.normalize('NFD').replace(/[\u0300-\u036f]/g, '')], [1, `${f}.${l.replace(/[^A-Za-z]/g, '')}`]]);
    people.push({ first: f, last: l, login, display: `${f} ${l}`, emailLocal: emailLocal.replace(/[^A-Za-z0-9._-]/g, '') });
  }
  const pdraw = zipf(rng, people, 0.9);

  const inside = [], outside = [], servers = [];
  const addU = (arr, mk, n) => { const s = new Set(); while (arr.length < n) { const v = mk(); if (!s.has(v)) { s.add(v); arr.push(v); } } };
  addU(inside, () => rng.w([
    [5, () => `10.${rng.int(0, 254)}.${rng.int(0, 254)}.${rng.int(2, 254)}`],
    [3, () => `172.${rng.int(16, 31)}.${rng.int(0, 254)}.${rng.int(2, 254)}`],
    [3, () => `192.168.${rng.int(0, 254)}.${rng.int(2, 254)}`],
  ])(), 700);
  addU(outside, () => rng.w([
    [3, () => `192.0.2.${rng.int(1, 254)}`],
    [3, () => `198.51.100.${rng.int(1, 254)}`],
    [3, () => `203.0.113.${rng.int(1, 254)}`],
    [2, () => `198.${rng.int(18, 19)}.${rng.int(0, 255)}.${rng.int(1, 254)}`],
    [2, () => `100.${rng.int(64, 127)}.${rng.int(0, 255)}.${rng.int(1, 254)}`],
  ])(), 500);
  addU(servers, () => `10.${rng.pick([10, 20, 40, 99])}.${rng.int(0, 9)}.${rng.int(2, 60)}`, 40);
  const h4 = () => rng.hex(rng.int(1, 4)).replace(/^0+(?=.)/, '');
  const v6 = [];
  addU(v6, () => rng.w([
    [5, () => `2001:db8:${h4()}:${h4()}::${h4()}`],
    [2, () => `2001:db8:${h4()}:${h4()}:${h4()}:${h4()}:${h4()}:${h4()}`],
    [2, () => `fd${rng.hex(2)}:${h4()}:${h4()}::${h4()}`],
    [1, () => `2001:db8::${h4()}:${h4()}`],
  ])(), 220);
  const ll = [];
  addU(ll, () => `fe80::${h4()}:${rng.hex(2)}ff:fe${rng.hex(2)}:${h4()}`, 60);

  const OUIS = ['00:50:56', '00:0c:29', '3c:22:fb', 'f0:18:98', 'b8:27:eb', 'dc:a6:32', 'e4:5f:01', '00:1b:21', '8c:16:45',
    '00:15:65', '64:16:7f', '00:04:f2', '18:e8:29', '74:83:c2', 'b4:fb:e4', '00:1d:aa', '00:09:0f', '00:1a:1e',
    '70:3a:0e', '00:25:90', 'ac:1f:6b', '00:c0:b7', '28:29:86', '30:05:5c', '3c:d9:2b', 'a4:4c:c8', '00:14:22',
    '00:40:8c', 'ac:cc:8e', 'c0:56:e3', '44:19:b6', '00:a0:98', '00:0b:82', '00:1e:0b', 'f4:8e:38', '48:a4:72'];
  const macs = [];
  addU(macs, () => `${rng.pick(OUIS)}:${rng.hex(2)}:${rng.hex(2)}:${rng.hex(2)}`, 450);
  const macBy = (oui) => `${oui}:${rng.hex(2)}:${rng.hex(2)}:${rng.hex(2)}`;

  const W = {
    people, person: pdraw,
    user: () => pdraw().login,
    in4: zipf(rng, inside, 0.8), out4: zipf(rng, outside, 0.8), srv4: zipf(rng, servers, 0.6),
    v6: zipf(rng, v6, 0.8), ll6: zipf(rng, ll, 0.8),
    mac: zipf(rng, macs, 0.7), macBy,
    domain: () => rng.w([[6, 'corp.example'], [2, 'ad.corp.example'], [1, 'lab.example.net'], [1, 'acme-logistics.example']]),
    mailDomain: () => rng.w([[6, 'corp.example'], [2, 'example.org'], [1, 'mail.example.net'], [1, 'partner.example']]),
    netbios: () => rng.w([[5, 'CORP'], [2, 'ACME'], [1, 'LAB']]),
    email: (p = pdraw()) => `${p.emailLocal}@${W.mailDomain()}`,
  };
  // hosts (never contain a person's name)
  W.srv = () => rng.pick(['db01', 'db02', 'app-prd-03', 'app-prd-07', 'fs01', 'web02', 'kafka-b1', 'mq01', 'ci-runner-4', 'vault01', 'mon01', 'bkp01', 'ldap02', 'k8s-w12', 'build7', 'nas01']);
  W.fqdn = () => `${W.srv()}.${rng.pick(['corp.example', 'dc1.corp.example', 'lab.example.net'])}`;
  W.ws = () => `${rng.pick(['WS', 'LT', 'PC', 'NB'])}-${rng.int(1000, 9899)}`;
  return W;
}

// ---------------------------------------------------------------------------------------------
// Secrets
// ---------------------------------------------------------------------------------------------
const WORDS = ['falcon', 'harbor', 'cobalt', 'meadow', 'quartz', 'lantern', 'thistle', 'orbit', 'saffron', 'granite',
  'willow', 'ember', 'glacier', 'pepper', 'juniper', 'tundra', 'velvet', 'copper', 'sparrow', 'monsoon'];
const A62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const B64 = A62 + '+/';
const B64U = A62 + '-_';
export function secrets(rng) {
  const cap = (w) => w[0].toUpperCase() + w.slice(1);
  const X = {
    /** password. safe: 'any' (no space/quote/backslash), 'url' (unreserved only), 'alnum', 'cli' (no shell metachar) */
    pw: (safe = 'any') => {
      const sym = safe === 'alnum' || safe === 'url' ? '' : safe === 'cli' ? '#%+=-_.' : '!#%^*+=-_.?@$&';
      const style = rng.w([[4, 'word'], [3, 'rand'], [2, 'phrase'], [1, 'season']]);
      let s;
      if (style === 'word') s = cap(rng.pick(WORDS)) + (sym ? rng.pick(sym.split('')) : '') + rng.int(10, 9999);
      else if (style === 'rand') s = rng.str(rng.int(10, 20), A62 + sym);
      else if (style === 'phrase') s = [rng.pick(WORDS), rng.pick(WORDS), rng.pick(WORDS)].join(safe === 'alnum' ? '' : rng.pick(['-', '.', '_'])) + rng.int(1, 99);
      else s = `${rng.pick(['Winter', 'Spring', 'Summer', 'Autumn'])}${rng.int(2019, 2025)}${sym ? rng.pick(sym.split('')) : 'x'}`;
      if (safe === 'url') s = s.replace(/[^A-Za-z0-9._~-]/g, '');
      return s;
    },
    hex: (n) => rng.hex(n),
    b64: (n) => { const raw = rng.str(n, B64); const pad = (4 - (n % 4)) % 4; return raw + '='.repeat(pad); },
    b64u: (n) => rng.str(n, B64U),
    a62: (n) => rng.str(n, A62),
    community: () => rng.w([[3, () => `${rng.pick(WORDS)}${rng.int(10, 99)}${rng.pick(['ro', 'RO', 'mon', ''])}`], [2, () => rng.str(rng.int(10, 16), A62)], [1, () => `N0c-${rng.pick(WORDS)}-${rng.int(1, 9)}`]])(),
    wgPriv: () => rng.str(42, B64) + rng.pick('AEIMQUYcgkosw048'.split('')) + '=',
    uuid: () => `${rng.hex(8)}-${rng.hex(4)}-4${rng.hex(3)}-${rng.pick(['8', '9', 'a', 'b'])}${rng.hex(3)}-${rng.hex(12)}`,
    jwt: () => `eyJ${rng.pick(['hbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9', 'hbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9', 'raWQiOiJrMSIsImFsZyI6IlJTMjU2In0'])}.eyJ${rng.str(rng.int(40, 90), B64U)}.${rng.str(43, B64U)}`,
    // vendor API keys / tokens (formats as the vendors print them; bodies invented)
    vendor: () => rng.w([
      [1, () => ['SENDGRID_API_KEY', `SG.${rng.str(22, B64U)}.${rng.str(43, B64U)}`]],
      [1, () => ['TWILIO_AUTH_TOKEN', rng.hex(32)]],
      [1, () => ['TWILIO_API_KEY', `SK${rng.hex(32)}`]],
      [1, () => ['MAILGUN_API_KEY', `key-${rng.hex(32)}`]],
      [1, () => ['DD_API_KEY', rng.hex(32)]],
      [1, () => ['DIGITALOCEAN_TOKEN', `dop_v1_${rng.hex(64)}`]],
      [1, () => ['SHOPIFY_ACCESS_TOKEN', `shpat_${rng.hex(32)}`]],
      [1, () => ['OPENAI_API_KEY', `sk-proj-${rng.str(48, B64U)}`]],
      [1, () => ['HF_TOKEN', `hf_${rng.str(34, A62)}`]],
      [1, () => ['ATLASSIAN_API_TOKEN', `ATATT3xFfGF0${rng.str(60, B64U)}=${rng.hex(8).toUpperCase()}`]],
      [1, () => ['POSTMAN_API_KEY', `PMAK-${rng.hex(24)}-${rng.hex(34)}`]],
      [1, () => ['DOPPLER_TOKEN', `dp.st.prd.${rng.str(40, A62)}`]],
      [1, () => ['LINEAR_API_KEY', `lin_api_${rng.str(40, A62)}`]],
      [1, () => ['GRAFANA_SA_TOKEN', `glsa_${rng.str(32, A62)}_${rng.hex(8)}`]],
      [1, () => ['NEW_RELIC_API_KEY', `NRAK-${rng.str(27, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}`]],
      [1, () => ['TFE_TOKEN', `${rng.str(14, A62)}.atlasv1.${rng.str(67, A62)}`]],
      [1, () => ['DATABRICKS_TOKEN', `dapi${rng.hex(32)}`]],
      [1, () => ['DOCKERHUB_TOKEN', `dckr_pat_${rng.str(27, B64U)}`]],
      [1, () => ['PYPI_TOKEN', `pypi-AgEIcHlwaS5vcmc${rng.str(50, B64U)}`]],
      [1, () => ['CLOUDFLARE_API_TOKEN', rng.str(40, B64U)]],
      [1, () => ['PULUMI_ACCESS_TOKEN', `pul-${rng.hex(40)}`]],
      [1, () => ['SENTRY_AUTH_TOKEN', `sntrys_${rng.str(60, A62)}`]],
      [1, () => ['AZURE_DEVOPS_PAT', rng.str(52, 'abcdefghijklmnopqrstuvwxyz234567')]],
      [1, () => ['ANTHROPIC_API_KEY', `sk-ant-api03-${rng.str(86, B64U)}AA`]],
      [1, () => ['ALGOLIA_ADMIN_KEY', rng.hex(32)]],
      [1, () => ['MAPBOX_TOKEN', `sk.eyJ1Ijoi${rng.str(30, A62)}.${rng.str(22, B64U)}`]],
    ])(),
    hashMysql: () => `*${rng.hex(40).toUpperCase()}`,
    hashPgMd5: () => `md5${rng.hex(32)}`,
    hashSsha: () => `{SSHA}${rng.str(32, B64)}`,
    hashYescrypt: () => `$y$j9T$${rng.str(22, A62 + './').slice(0, 22)}$${rng.str(43, A62 + './')}`,
    hashBcrypt: () => `$2y$${rng.pick(['10', '12'])}$${rng.str(53, A62 + './')}`,
    hashSha512: () => `$6$${rng.str(16, A62)}$${rng.str(86, A62 + './')}`,
    words: WORDS,
  };
  return X;
}

// ---------------------------------------------------------------------------------------------
// Look-alikes (all ordinary tokens, must stay unchanged)
// ---------------------------------------------------------------------------------------------
export function looks(rng) {
  return {
    uuid: () => `${rng.hex(8)}-${rng.hex(4)}-${rng.pick(['1', '4', '5'])}${rng.hex(3)}-${rng.pick(['8', '9', 'a', 'b'])}${rng.hex(3)}-${rng.hex(12)}`,
    sha256: () => rng.hex(64),
    gitsha: () => rng.hex(40),
    short: () => rng.hex(rng.pick([7, 8, 12])),
    traceparent: () => `00-${rng.hex(32)}-${rng.hex(16)}-01`,
    ver3: () => `${rng.int(1, 17)}.${rng.int(0, 30)}.${rng.int(0, 40)}`,
    serial: () => rng.pick([() => `FCW${rng.int(2000, 2600)}L${rng.str(3, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}`, () => `CN${rng.int(10, 99)}${rng.str(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}`, () => `WD-WCC${rng.str(8, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}`, () => `ZA${rng.str(6, '0123456789ABCDEF')}`])(),
    oid: () => `1.3.6.1.4.1.${rng.pick([9, 2636, 12356, 318, 674, 11, 8072, 41112])}.${rng.int(1, 9)}.${rng.int(1, 30)}.${rng.int(1, 9)}.${rng.int(0, 99)}`,
    reqid: () => rng.str(20, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'),
    pid: () => rng.int(300, 65000),
    port: () => rng.int(1025, 65500),
  };
}
