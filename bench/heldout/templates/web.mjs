// Apache/nginx access and error logs, Squid, HAProxy (invented values).
import { IP, USER, SECRET, OPT, hdrServer } from '../build.mjs';

const METHODS = [[8, 'GET'], [3, 'POST'], [1, 'PUT'], [1, 'HEAD'], [1, 'DELETE']];
const client = (c) => (c.rng.chance(0.85) ? IP(c.P.ipAny()) : IP(c.P.v6()));
/** request path, sometimes carrying a credential in the query string or userinfo */
function path(c) {
  return c.rng.weighted([
    [10, () => c.rng.pick(['/', '/index.html', '/static/css/main.css', '/favicon.ico', '/api/v1/items?page=2', '/wp-login.php', '/robots.txt', '/health', '/api/v2/orders/1842', '/images/logo.png'])],
    [2, () => [`/api/v1/export?${c.rng.pick(['token', 'access_token', 'api_key'])}=`, SECRET(c.rng.chance(0.5) ? c.S.apiKey() : c.S.opaque()), '&format=json']],
    [1, () => ['/oauth/callback?code=', OPT(c.S.opaque(), 'OAuth code'), '&state=', c.rng.hex(16)]],
    [1, () => ['/download?file=report.pdf&apikey=', SECRET(c.S.apiKey())]],
    [1, () => ['/account/reset?token=', SECRET(c.S.opaque())]],
  ])();
}
const status = (c) => c.rng.weighted([[12, 200], [2, 304], [2, 404], [1, 401], [1, 302], [1, 500], [1, 403]]);

export default [
  { id: 'access-log', weight: 9, gen(c) {
    const L = c.line();
    if (c.rng.chance(0.4)) hdrServer(c, L, { host: c.P.dev('linux'), tag: c.rng.pick(['nginx', 'apache2', 'httpd']), pri: 190 });
    const basic = c.rng.chance(0.25);
    const u = basic ? (c.rng.chance(0.9) ? USER(c.P.user()) : 'admin') : '-';
    const st = status(c);
    L.f`${client(c)} - ${u} [${c.T.clf()}] "${c.rng.weighted(METHODS)} ${path(c)} HTTP/${c.rng.pick(['1.1', '1.1', '2.0'])}" ${st} ${c.rng.int(0, 90000)}`;
    if (c.rng.chance(0.8)) {
      const ref = c.rng.chance(0.5) ? '-' : `https://${c.P.fqdn()}/`;
      L.t(` "${ref}" "${c.B.ua()}"`);
    }
    return L;
  } },
  { id: 'access-log-vhost', weight: 3, gen(c) {
    // vhost-combined with port, and a proxied URL with userinfo
    const L = c.line();
    const host = c.P.fqdn();
    L.f`${host}:${c.rng.pick([443, 80])} ${client(c)} - - [${c.T.clf()}] `;
    if (c.rng.chance(0.3)) {
      const pass = SECRET(c.S.password(true));
      L.f`"GET https://${OPT(c.rng.pick(['deploy', 'ci-bot', 'svc_backup']), 'URL userinfo user')}:${pass}@${c.P.fqdn()}/repo/info/refs HTTP/1.1" 407 0 "-" "git/2.43.0"`;
    } else {
      L.f`"${c.rng.weighted(METHODS)} ${path(c)} HTTP/1.1" ${status(c)} ${c.rng.int(0, 90000)} "-" "${c.B.ua()}"`;
    }
    return L;
  } },
  { id: 'nginx-error', weight: 3, gen(c) {
    const L = c.line();
    const srv = c.P.fqdn();
    L.t(`${c.T.ymd('/')} ${c.T.hms()} [error] ${c.rng.int(100, 9000)}#${c.rng.int(0, 9)}: *${c.rng.int(1, 999999)} `);
    const cl = client(c);
    return c.rng.weighted([
      [2, () => L.f`user "${USER(c.P.user())}" was not found in "/etc/nginx/.htpasswd", client: ${cl}, server: ${srv}, request: "GET /private/ HTTP/1.1", host: "${srv}"`],
      [2, () => L.f`user "${USER(c.P.user())}": password mismatch, client: ${cl}, server: ${srv}, request: "GET /admin/ HTTP/1.1", host: "${srv}"`],
      [2, () => L.f`connect() failed (111: Connection refused) while connecting to upstream, client: ${cl}, server: ${srv}, request: "POST /api/v1/login HTTP/1.1", upstream: "http://${IP(c.P.ipSrv())}:8080/api/v1/login", host: "${srv}"`],
      [1, () => L.f`upstream timed out (110: Connection timed out) while reading response header from upstream, client: ${cl}, server: ${srv}, request: "GET /api/v1/export?token=${SECRET(c.S.opaque())} HTTP/1.1", upstream: "http://[${IP(c.P.v6())}]:8080/api/v1/export", host: "${srv}"`],
    ])();
  } },
  { id: 'apache-error', weight: 2, gen(c) {
    const L = c.line();
    L.t(`[${c.T.ctime().replace(/(\d\d:\d\d:\d\d)/, `$1.${c.rng.int(100000, 999999)}`)}] `);
    const cl = IP(c.P.ipAny());
    return c.rng.weighted([
      [2, () => L.f`[auth_basic:error] [pid ${c.rng.int(100, 99999)}] [client ${cl}:${c.P.port()}] AH01617: user ${USER(c.P.user())}: authentication failure for "/private/": Password Mismatch`],
      [1, () => L.f`[auth_basic:error] [pid ${c.rng.int(100, 99999)}] [client ${cl}:${c.P.port()}] AH01618: user ${USER(c.P.user())} not found: /private/`],
      [2, () => L.f`[core:error] [pid ${c.rng.int(100, 99999)}] [client ${cl}:${c.P.port()}] AH00126: Invalid URI in request GET /..%2f..%2fetc/passwd HTTP/1.1`],
      [1, () => L.f`[mpm_event:notice] [pid ${c.rng.int(100, 9999)}:tid ${c.rng.int(1e14, 9e14)}] AH00489: Apache/2.4.58 (Ubuntu) OpenSSL/3.0.13 configured -- resuming normal operations`],
    ])();
  } },
  { id: 'squid', weight: 3, gen(c) {
    const L = c.line();
    const u = c.rng.chance(0.5) ? USER(c.P.user()) : '-';
    const host = c.P.fqdn();
    const url = c.rng.weighted([
      [4, () => `${host}:443`],
      [1, () => [`http://${host}/v1/feed?access_token=`, SECRET(c.S.opaque())]],
      [1, () => ['ftp://', OPT(c.rng.pick(['ftpuser', 'deploy']), 'URL userinfo user'), ':', SECRET(c.S.password(true)), '@', IP(c.P.ipExtSrv()), '/pub/']],
    ])();
    const method = Array.isArray(url) ? 'GET' : 'CONNECT';
    return L.f`${c.T.epoch(3)} ${String(c.rng.int(1, 90000)).padStart(6, ' ')} ${IP(c.P.ipInt())} ${c.rng.pick(['TCP_TUNNEL/200', 'TCP_MISS/200', 'TCP_DENIED/403', 'TCP_MISS/304'])} ${c.rng.int(0, 900000)} ${method} ${url} ${u} HIER_DIRECT/${IP(c.P.ipExtSrv())} -`;
  } },
  { id: 'haproxy', weight: 2, gen(c) {
    const L = hdrServer(c, c.line(), { host: 'lb01', tag: 'haproxy', pid: c.rng.int(300, 99999), pri: 134 });
    const cl = c.rng.chance(0.8) ? [IP(c.P.ipExt()), `:${c.P.port()}`] : ['[', IP(c.P.v6()), `]:${c.P.port()}`];
    return L.f`${cl} [${c.T.clf().slice(0, 20)}.${c.rng.int(100, 999)}] https-in~ web_servers/web${c.rng.int(1, 6)} ${c.rng.int(0, 20)}/0/${c.rng.int(0, 5)}/${c.rng.int(1, 900)}/${c.rng.int(1, 999)} ${status(c)} ${c.rng.int(200, 90000)} - - ---- ${c.rng.int(1, 400)}/${c.rng.int(1, 400)}/${c.rng.int(0, 40)}/${c.rng.int(0, 9)}/0 0/0 "${c.rng.weighted(METHODS)} ${path(c)} HTTP/1.1"`;
  } },
];
