// Generators for invented secrets and for benign look-alikes (OIDs, versions, fingerprints...).
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const CRYPT = './0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const WORDS = ['Summer', 'Winter', 'Welcome', 'Dragon', 'Falcon', 'Monkey', 'Sunshine', 'Tiger',
  'Orange', 'Hunter', 'Secret', 'Rocket', 'Galaxy', 'Phoenix', 'Maple', 'Coffee', 'Spring', 'Autumn'];

export const b64 = (s) => Buffer.from(s, 'utf8').toString('base64');
const b64url = (s) => Buffer.from(s, 'utf8').toString('base64url');

export function makeSecrets(rng) {
  const str = (n, a) => rng.str(n, a);
  const S = {
    /** human password; `safe` restricts to characters that survive URL/userinfo and shell quoting */
    password(safe = false) {
      const sym = safe ? '!*_-.' : '!#%*_-.+$&';
      return rng.weighted([
        [4, () => `${rng.pick(WORDS)}${rng.int(2015, 2026)}${rng.str(1, sym)}`],
        [3, () => str(1, ALNUM.slice(0, 52)) + str(rng.int(9, 15), ALNUM + sym.slice(0, 3)) + str(1, ALNUM)],
        [2, () => `${rng.pick(WORDS)}${str(1, sym)}${rng.int(100, 9999)}${str(2, ALNUM)}`],
        [1, () => str(rng.int(16, 24), ALNUM)],
      ])();
    },
    community: () => rng.weighted([
      [3, () => `${rng.pick(['n0c', 'mon', 'snmp', 'netops', 'ro', 'Pr1v'])}${rng.str(1, '-_')}${str(rng.int(4, 8), ALNUM)}`],
      [2, () => str(rng.int(8, 14), ALNUM)],
    ])(),
    type7: () => String(rng.int(0, 15)).padStart(2, '0') + rng.hex(2 * rng.int(5, 12), true),
    md5crypt: () => `$1$${str(4, CRYPT)}$${str(22, CRYPT)}`,
    type8: () => `$8$${str(14, CRYPT)}$${str(43, CRYPT)}`,
    type9: () => `$9$${str(14, CRYPT)}$${str(43, CRYPT)}`,
    sha512crypt: () => `$6$${str(16, CRYPT)}$${str(86, CRYPT)}`,
    junos9: () => `$9$${str(rng.int(18, 40), 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./-')}`,
    asaHash: () => str(16, CRYPT.slice(2)),
    fortiEnc: () => Buffer.from(Array.from({ length: rng.int(60, 90) }, () => rng.int(0, 255))).toString('base64'),
    psk: () => rng.weighted([[2, () => S.password()], [1, () => str(rng.int(20, 32), ALNUM)]])(),
    wpa: () => rng.weighted([[2, () => `${rng.pick(WORDS)}${rng.pick(WORDS).toLowerCase()}${rng.int(10, 99)}!`], [1, () => str(rng.int(12, 20), ALNUM)]])(),
    awsKeyId: () => rng.pick(['AKIA', 'AKIA', 'ASIA']) + str(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'),
    awsSecret: () => str(40, ALNUM + '/+'),
    apiKey: () => rng.weighted([[3, () => rng.hex(32)], [2, () => `sk_live_${str(24, ALNUM)}`], [1, () => `ghp_${str(36, ALNUM)}`], [1, () => `xoxb-${rng.int(1e9, 9e9)}-${str(24, ALNUM)}`]])(),
    opaque: () => str(rng.int(28, 44), ALNUM + '-_.').replace(/^[-_.]+|[-_.]+$/g, 'x'),
    jwt(sub) {
      const h = b64url(JSON.stringify({ alg: rng.pick(['HS256', 'RS256', 'ES256']), typ: 'JWT' }));
      const now = 1709500000 + rng.int(0, 9e6);
      const p = b64url(JSON.stringify({ sub: sub ?? str(12, ALNUM), iat: now, exp: now + 3600, scope: rng.pick(['read', 'read write', 'admin']) }));
      return `${h}.${p}.${str(43, B64URL)}`;
    },
    basic: (user, pass) => b64(`${user}:${pass}`),
    pemLine: (n = 64) => str(n, B64),
    hex: (n) => rng.hex(n),
  };
  return S;
}

export function makeBenign(rng) {
  return {
    oid: () => rng.pick(['1.3.6.1.2.1.2.2.1.8', '1.3.6.1.6.3.1.1.5.3', '1.3.6.1.6.3.1.1.5.4', '1.3.6.1.4.1.9.9.41.2.0.1',
      '1.3.6.1.2.1.1.3.0', '1.3.6.1.4.1.2636.4.1.1', '1.3.6.1.4.1.12356.101.2.0.503', '1.3.6.1.2.1.15.3.1.2']),
    iosVersion: () => rng.pick(['15.2(4)E10', '15.2(7)E8', '17.9.4a', '16.12.10', '15.9(3)M7', '17.6.5']),
    ua: () => rng.weighted([
      [5, 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36'],
      [2, 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15'],
      [2, 'Mozilla/5.0 (X11; Linux x86_64; rv:122.0) Gecko/20100101 Firefox/122.0'],
      [1, 'curl/8.5.0'], [1, 'python-requests/2.31.0'], [1, 'Go-http-client/1.1'],
      [1, 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1'],
    ]),
    sshFp: () => rng.weighted([
      [3, () => `SHA256:${rng.str(43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}`],
      [1, () => Array.from({ length: 16 }, () => rng.hex(2)).join(':')],
    ])(),
    iface: () => rng.weighted([[4, `GigabitEthernet1/0/${rng.int(1, 48)}`], [2, `Gi1/0/${rng.int(1, 48)}`], [1, `TenGigabitEthernet1/1/${rng.int(1, 4)}`], [1, `Vlan${rng.int(10, 400)}`], [1, `Port-channel${rng.int(1, 8)}`]]),
    junosIf: () => `${rng.pick(['ge', 'xe', 'et'])}-0/0/${rng.int(0, 23)}.${rng.pick([0, 0, 100, 200])}`,
    uuid: () => `${rng.hex(8)}-${rng.hex(4)}-4${rng.hex(3)}-${rng.pick(['8', '9', 'a', 'b'])}${rng.hex(3)}-${rng.hex(12)}`,
    sessionHex: () => rng.hex(24, true),
    md5: () => rng.hex(32),
    sha256: () => rng.hex(64),
    dur: () => `${rng.int(0, 3)}:${String(rng.int(0, 59)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`,
  };
}
