// Web servers and HTTP: nginx error log, Apache 2.4 error log, access logs with tokens in the
// query string, HTTP header dumps (Basic / Bearer / Digest / custom API-key headers).
import { L, F, ip, usr, em, sec, opt, look, hdr, v4, v6, anyip, ipport, ident, U, lk } from './h.mjs';

/** a request path with a credential or identity in the query string (or none) */
export function reqPath(ctx, allowNone = true) {
  const { R, W, S } = ctx;
  return R.w([
    [3, () => L`/api/v1/${R.pick(['items', 'export', 'reports'])}?access_token=${sec(S.opaque())}&page=${R.int(1, 9)}`],
    [2, () => L`/oauth2/callback?code=${opt('secret', S.b64(24).replace(/[+/]/g, 'x'))}&state=${look(R.hex(16))}`],
    [2, () => L`/login?username=${U(ctx)}&password=${sec(S.pw(true))}`],
    [2, () => L`/reset-password?token=${sec(S.opaque())}&email=${em(W.email())}`],
    [1, () => L`/files/report.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${opt('secret', S.akid())}%2F${ctx.clock.ymd('')}%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=${ctx.clock.ymd('')}T000000Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=${sec(R.hex(64))}`],
    [1, () => L`/blob/backup.tar?sv=2022-11-02&ss=b&srt=o&sp=r&se=2025-12-31T00:00:00Z&spr=https&sig=${sec(`${S.b64(40).replace(/\+/g, '%2B').replace(/\//g, '%2F')}%3D`)}`],
    [1, () => L`/hook?api_key=${sec(R.hex(32))}&id=${R.int(1, 9999)}`],
    [1, () => L`/maps/api/geocode/json?address=${R.int(1, 99)}+Main+St&key=${sec(S.gcpkey())}`],
    [1, () => L`/sso/saml?SAMLRequest=${look(S.b64(40).replace(/[+/]/g, 'A'))}&RelayState=%2Fhome`],
    [1, () => L`/profile?uid=${R.int(1000, 99999)}&user=${ident(ctx, ['email', 'user'])}`],
    [allowNone ? 4 : 0, () => L`/${R.pick(['index.html', 'static/app.js', 'healthz', 'api/v2/status', 'wp-login.php', 'favicon.ico'])}`],
  ]);
}

export default [
  { id: 'nginx_error', w: 9, gen(ctx) {
    const { R, W, clock } = ctx;
    const h = `${clock.ymd('/')} ${clock.hms()} [${R.pick(['error', 'warn', 'crit'])}] ${R.int(100, 9999)}#${R.int(0, 64)}: *${R.int(1, 9e6)} `;
    const c = anyip(ctx, 'ext', 0.25);
    const srv = W.appHost();
    const tail = () => L`, client: ${c}, server: ${srv}, request: "${R.pick(['GET', 'POST'])} ${reqPath(ctx)} HTTP/${R.pick(['1.1', '2.0'])}"`;
    const hostHdr = () => (R.p(0.15) ? L`, host: "${ipport(ctx, anyip(ctx, 'doc', 0.5), 8443)}"` : L`, host: "${srv}"`);
    return R.w([
      [3, () => L`${h}upstream timed out (110: Connection timed out) while reading response header from upstream${tail()}, upstream: "http://${ipport(ctx, anyip(ctx, 'int', 0.3), R.pick([8080, 3000, 9000]))}${reqPath(ctx)}"${hostHdr()}`],
      [2, () => L`${h}open() "/var/www/html/${R.pick(['wp-login.php', '.env', 'admin/config.php'])}" failed (2: No such file or directory)${tail()}${hostHdr()}`],
      [2, () => L`${h}user "${U(ctx)}": password mismatch, client: ${c}, server: ${srv}, request: "GET /admin/ HTTP/1.1", host: "${srv}"`],
      [1, () => L`${h}user "${U(ctx)}" was not found in "/etc/nginx/.htpasswd", client: ${c}, server: ${srv}, request: "GET /metrics HTTP/1.1", host: "${srv}"`],
      [1, () => L`${h}connect() failed (111: Connection refused) while connecting to upstream${tail()}, upstream: "http://${ipport(ctx, anyip(ctx, 'int', 0.3), 8080)}/"${hostHdr()}, referrer: "https://${srv}${reqPath(ctx)}"`],
      [1, () => L`${h}limiting requests, excess: ${R.int(1, 99)}.${R.int(100, 999)} by zone "login", client: ${c}, server: ${srv}, request: "POST /api/session HTTP/1.1"`],
    ]);
  } },
  { id: 'apache_error', w: 8, gen(ctx) {
    const { R, W, clock, S } = ctx;
    const c = ipport(ctx, anyip(ctx, 'ext', 0.2));
    const h = (mod, lvl) => L`[${clock.apacheErr()}] [${mod}:${lvl}] [pid ${R.int(100, 99999)}${R.p(0.5) ? `:tid ${R.int(1e14, 9e14)}` : ''}] [client ${c}] `;
    return R.w([
      [3, () => L`${h('auth_basic', 'error')}AH01617: user ${U(ctx)}: authentication failure for "/${R.pick(['admin', 'private', 'svn/repo'])}": Password Mismatch`],
      [2, () => L`${h('auth_basic', 'error')}AH01618: user ${R.p(0.1) ? sec(S.pw()) : U(ctx)} not found: /${R.pick(['admin', 'private'])}`],
      [2, () => L`${h('php', 'error')}PHP Warning:  mysqli::real_connect(): (HY000/1045): Access denied for user '${opt('user', R.pick(['wp_app', 'appuser', 'drupal']))}'@'${v4(ctx, 'int')}' (using password: YES) in /var/www/html/wp-includes/class-wpdb.php on line ${R.int(100, 2000)}`],
      [1, () => L`${h('php', 'error')}PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [1045] Access denied for user '${U(ctx)}'@'${v4(ctx, 'int')}' (using password: YES) in /srv/app/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php:${R.int(50, 120)}`],
      [2, () => L`${h('proxy', 'error')}(111)Connection refused: AH00957: HTTP: attempt to connect to ${ipport(ctx, anyip(ctx, 'int', 0.4), 8080)} (${R.pick(['backend', 'app01'])}) failed`],
      [1, () => L`${h('ssl', 'info')}AH01964: Connection to child ${R.int(1, 300)} established (server ${W.appHost()}:443)`],
      [1, () => L`${h('security2', 'error')}ModSecurity: Warning. Pattern match "(?i)union.*select" at ARGS:id. [file "/etc/modsecurity/crs/REQUEST-942-APPLICATION-ATTACK-SQLI.conf"] [line "${R.int(100, 900)}"] [id "942100"] [hostname "${W.appHost()}"] [uri "/search"] [unique_id "${look(R.chars(27, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'))}"]`],
      [1, () => L`${h('authnz_ldap', 'info')}AH01697: auth_ldap authenticate: using URL ldap://${v4(ctx, 'int')}:389/OU=Staff,DC=${W.org().nb.toLowerCase()},DC=example?sAMAccountName, user: ${U(ctx)}`],
    ]);
  } },
  { id: 'access_log', w: 9, gen(ctx) {
    const { R, W, clock, S } = ctx;
    const c = anyip(ctx, 'ext', 0.25);
    const ru = R.p(0.35) ? ident(ctx, ['user', 'user', 'email']) : '-';
    const ref = R.p(0.3) ? L`"https://${W.appHost()}${reqPath(ctx)}"` : '"-"';
    const ua = R.pick(['Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0', 'curl/8.5.0', 'python-requests/2.31.0', 'Go-http-client/2.0', 'okhttp/4.12.0']);
    const line = L`${c} - ${ru} [${clock.clf()}] "${R.pick(['GET', 'GET', 'POST', 'PUT'])} ${reqPath(ctx)} HTTP/1.1" ${R.pick([200, 200, 302, 401, 403, 404, 500])} ${R.int(0, 90000)} ${ref} "${ua}"`;
    return R.p(0.3) ? L`${hdr(ctx, W.host('srv'), R.pick(['nginx', 'httpd', 'haproxy']))}${line}` : line;
  } },
  { id: 'http_headers', w: 8, gen(ctx) {
    const { R, W, S, clock } = ctx;
    const u = W.user(), p = S.pw(true);
    const auth = R.w([
      [3, () => L`Authorization: Basic ${sec(S.basic(u, p))}`],
      [3, () => L`Authorization: Bearer ${sec(R.p(0.6) ? S.jwt() : S.opaque())}`],
      [2, () => L`Authorization: Digest username="${usr(u)}", realm="${R.pick(['Restricted', 'api@' + W.appHost()])}", nonce="${R.hex(32)}", uri="/api/v1/status", algorithm=MD5, response="${sec(R.hex(32))}", qop=auth, nc=00000001, cnonce="${R.hex(16)}"`],
      [1, () => L`Proxy-Authorization: Basic ${sec(S.basic(u, p))}`],
      [1, () => L`X-API-Key: ${sec(R.hex(40))}`],
      [1, () => L`Authorization: SSWS ${sec(S.okta())}`],
      [1, () => L`Authorization: token ${sec(S.gh())}`],
      [1, () => L`Cookie: sessionid=${opt('secret', R.hex(32))}; csrftoken=${look(R.chars(32, 'abcdefghijklmnopqrstuvwxyz0123456789'))}`],
      [1, () => L`Authorization: AWS4-HMAC-SHA256 Credential=${opt('secret', S.akid())}/${clock.ymd('')}/eu-west-1/sts/aws4_request, SignedHeaders=host;x-amz-date, Signature=${sec(R.hex(64))}`],
    ]);
    const pre = R.w([
      [2, () => L`${clock.iso(3)} DEBUG [${R.pick(['http-nio-8080-exec-3', 'reactor-http-epoll-2', 'main'])}] o.a.c.h.wire - http-outgoing-${R.int(0, 99)} >> "`],
      [2, () => L`${hdr(ctx, W.host('srv'), R.pick(['api-gateway', 'kong', 'envoy']))}request_headers ${R.int(1, 9e6)}: `],
      [1, () => '> '],
      [1, () => L`[${clock.iso(3)}] ${R.pick(['INFO', 'DEBUG'])} in proxy: forwarding from ${anyip(ctx, 'int', 0.2)} header `],
    ]);
    const close = F(pre).t.endsWith('"') ? '[\\r][\\n]"' : '';
    return L`${pre}${auth}${close}`;
  } },
  { id: 'url_userinfo', w: 4, gen(ctx) {
    const { R, W, S } = ctx;
    const u = U(ctx), p = sec(S.pw(true));
    const host = R.p(0.3) ? ipport(ctx, anyip(ctx, 'int', 0.3), R.pick([8080, 8443, 21])) : W.appHost();
    return R.w([
      [2, () => L`${hdr(ctx, W.host('srv'), 'curl')}* Connected to ${W.appHost()} (${v4(ctx, 'ext')}) port 443; fetching https://${u}:${p}@${host}/api/export`],
      [2, () => L`${ctx.clock.iso(3)} WARN  [scheduler] retrying ftp://${u}:${p}@${host}/outbound/ (attempt ${R.int(2, 5)})`],
      [1, () => L`${ctx.clock.iso(3)} ERROR fetch failed for https://${u}:${p}@${host}/repo.git: HTTP 403`],
      [1, () => L`${hdr(ctx, W.host('srv'), 'wget')}--${ctx.clock.ymd()} ${ctx.clock.hms()}--  http://${u}:*password*@${host}/backup.tgz`],
    ]);
  } },
];
