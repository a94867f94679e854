// Application / proxy debug logs: Authorization headers, JWTs, AWS keys, DB URLs, JSON
// password fields (invented values).
import { IP, USER, EMAIL, SECRET, OPT, hdrServer } from '../build.mjs';

const appHdr = (c, tag) => {
  const L = c.line();
  if (c.rng.chance(0.6)) return hdrServer(c, L, { host: c.P.dev('linux'), tag, pid: c.rng.int(300, 99999), pri: 135 });
  return L.t(`${c.T.iso(3)} ${c.rng.pick(['DEBUG', 'INFO', 'WARN'])} [${tag}] `);
};

export default [
  { id: 'app-auth-header', weight: 4, gen(c) {
    const L = appHdr(c, c.rng.pick(['api-gateway', 'envoy', 'order-svc', 'node']));
    const host = c.P.fqdn();
    return c.rng.weighted([
      [3, () => L.f`outbound request GET https://${host}/v2/orders headers={"Accept": "application/json", "Authorization": "Bearer ${SECRET(c.S.jwt())}", "User-Agent": "python-requests/2.31.0"}`],
      [2, () => L.f`> Authorization: Bearer ${SECRET(c.S.opaque())}`],
      [2, () => L.f`upstream ${IP(c.P.ipSrv())}:8080 request headers: Host: ${host} Authorization: Basic ${SECRET(c.S.basic(c.P.user(), c.S.password()))} X-Forwarded-For: ${IP(c.P.ipExt())}`],
      [1, () => L.f`proxy-authorization: Basic ${SECRET(c.S.basic(c.rng.pick(['proxyuser', 'svc_proxy']), c.S.password()))}`],
      [1, () => L.f`rejected token for ${EMAIL(c.P.email())}: token expired (jwt=${SECRET(c.S.jwt())})`],
      [1, () => L.f`refresh_token=${SECRET(c.S.opaque())} client_id=web-portal grant_type=refresh_token`],
      [1, () => L.f`Authorization header missing or malformed; expected "Bearer <token>" from ${IP(c.P.ipExt())}`],
    ])();
  } },
  { id: 'app-aws', weight: 2, gen(c) {
    const L = appHdr(c, c.rng.pick(['backup-job', 'terraform', 'ci-runner']));
    const kid = c.S.awsKeyId();
    return c.rng.weighted([
      [2, () => L.f`environment: AWS_ACCESS_KEY_ID=${SECRET(kid)} AWS_SECRET_ACCESS_KEY=${SECRET(c.S.awsSecret())} AWS_DEFAULT_REGION=eu-central-1`],
      [2, () => L.f`using credentials aws_access_key_id=${SECRET(kid)} from profile default`],
      [1, () => L.f`{"eventName":"ConsoleLogin","sourceIPAddress":"${IP(c.P.ipExt())}","userIdentity":{"type":"IAMUser","userName":"${USER(c.P.user())}","accessKeyId":"${SECRET(kid)}"},"awsRegion":"eu-west-1"}`],
      [1, () => L.f`upload ok bucket=backup-archive key=db/2024/dump.sql.gz etag="${c.B.md5()}" region=eu-central-1 bytes=${c.rng.int(1e6, 9e9)}`],
    ])();
  } },
  { id: 'app-db-url', weight: 2, gen(c) {
    const L = appHdr(c, c.rng.pick(['order-svc', 'django', 'rails', 'worker']));
    const scheme = c.rng.pick(['postgres', 'postgresql', 'mysql', 'mongodb+srv', 'redis', 'amqp']);
    const dbu = OPT(c.rng.pick(['app_rw', 'orders', 'reporting', 'celery']), 'database login');
    const host = c.rng.chance(0.5) ? IP(c.P.ipSrv()) : `db${c.rng.int(1, 4)}.internal.${c.P.domain()}`;
    return c.rng.weighted([
      [3, () => L.f`connecting to ${scheme}://${dbu}:${SECRET(c.S.password(true))}@${host}/${c.rng.pick(['orders', 'app', 'prod'])}`],
      [1, () => L.f`DATABASE_URL=${scheme}://${dbu}:${SECRET(c.S.password(true))}@${host}:5432/app?sslmode=require`],
      [2, () => L.f`connection pool ready: ${c.rng.int(5, 50)} connections to ${host} (database "orders", pool_timeout=30s)`],
    ])();
  } },
  { id: 'app-json-login', weight: 4, gen(c) {
    const L = appHdr(c, c.rng.pick(['auth-svc', 'portal', 'keycloak']));
    const ok = c.rng.chance(0.7);
    return c.rng.weighted([
      [3, () => L.f`{"ts":"${c.T.iso(3)}","level":"${ok ? 'info' : 'warn'}","event":"login","username":"${USER(c.P.user())}","client_ip":"${IP(c.P.ipAny())}","result":"${ok ? 'success' : 'invalid_credentials'}","duration_ms":${c.rng.int(5, 900)}}`],
      [1, () => L.f`{"ts":"${c.T.iso(3)}","level":"debug","msg":"login form","body":{"username":"${USER(c.P.user())}","password":"${SECRET(c.S.password())}","remember":true}}`],
      [1, () => L.f`login attempt username=${USER(c.P.user())} password=${SECRET(c.S.password())} ip=${IP(c.P.ipExt())}`],
      [1, () => L.f`smtp auth user=${EMAIL(c.P.email())} pass: ${SECRET(c.S.password())} host=smtp.${c.P.domain()}:587`],
      [2, () => L.f`type=USER_LOGIN event=LOGIN_ERROR realmId=corp clientId=portal userId=null ipAddress=${IP(c.P.ipExt())} error=invalid_user_credentials auth_method=openid-connect username=${USER(c.P.user())}`],
      [1, () => L.f`password policy: minimum length 12, history 5, expiry 90 days (password=****** masked)`],
    ])();
  } },
  { id: 'app-pwd-kv', weight: 2, gen(c) {
    const L = appHdr(c, c.rng.pick(['cfgsync', 'ansible', 'backup-job']));
    return c.rng.weighted([
      [2, () => L.f`ldap bind dn="cn=${OPT('svc-ldap', 'bind account')},ou=services,dc=corp,dc=example,dc=com" pwd=${SECRET(c.S.password())} server=ldaps://${IP(c.P.ipSrv())}:636`],
      [2, () => L.f`loaded config: db_host=${IP(c.P.ipSrv())} db_user=${OPT('reporting', 'db login')} db_pass=${SECRET(c.S.password())} pool=10`],
      [1, () => L.f`ansible: ok: [${IP(c.P.ipSrv())}] => (item={'name': '${USER(c.P.user())}', 'passwd': '${SECRET(c.S.sha512crypt())}'})`],
      [1, () => L.f`TASK [common : create users] changed: [${c.P.dev('linux')}] => (item=${USER(c.P.user())}) password: NOT_LOGGING_PARAMETER`],
    ])();
  } },
];
