// Web servers, proxies and databases: nginx/Apache error logs, IIS W3C, HAProxy, Envoy, Traefik, Squid,
// Zscaler NSS, PostgreSQL, MySQL/MariaDB, MongoDB, MS SQL Server, Redis.
import { L, J, ip, usr, mac, em, sec, opt, look, dom, join } from '../core.mjs';

const UA = [L`Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${look('122.0.0.0')} Safari/537.36`,
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15',
  'curl/8.5.0', 'python-requests/2.31.0', 'Go-http-client/2.0', 'kube-probe/1.29', 'Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0'];
const vhost = (c) => c.pick(['www', 'api', 'intranet', 'portal', 'grafana', 'git', 'auth']) + '.' + c.w.corpMail;

export default [
  {
    id: 'nginx-error', w: 5,
    gen(c) {
      const pre = L`${c.T.slash()} [${c.pick(['error', 'warn', 'crit'])}] ${c.pid()}#${c.int(0, 64)}: *${c.int(1, 9999999)} `;
      const cl = c.addr('ext', 0.25), host = vhost(c), u = c.user();
      const tail = L`, client: ${ip(cl)}, server: ${host}, request: "${c.pick(['GET', 'POST'])} ${c.pick(['/admin/', '/api/v1/login', '/wp-login.php', '/.env', '/metrics'])} HTTP/1.1", host: "${host}"`;
      return c.pick([
        () => L`${pre}open() "/usr/share/nginx/html/${c.pick(['wp-login.php', '.env', 'favicon.ico', 'phpmyadmin/index.php'])}" failed (2: No such file or directory)${tail}`,
        () => L`${pre}user "${usr(u)}": password mismatch${tail}`,
        () => L`${pre}user "${usr(u)}" was not found in "/etc/nginx/.htpasswd"${tail}`,
        () => L`${pre}connect() failed (111: Connection refused) while connecting to upstream${tail}, upstream: "http://${c.chance(0.4) ? L`[${ip(c.v6('srv'))}]` : ip(c.v4('srv'))}:${c.pick([8080, 3000, 9000])}/api"`,
        () => L`${pre}upstream timed out (110: Connection timed out) while reading response header from upstream${tail}, upstream: "http://${ip(c.v4('srv'))}:8080${c.pick(['/', '/api/v1/login'])}"`,
        () => L`${pre}limiting requests, excess: ${c.int(1, 50)}.${c.int(100, 999)} by zone "login", client: ${ip(cl)}, server: ${host}, request: "POST /login HTTP/2.0", host: "${host}"`,
        () => L`${c.T.slash()} [notice] ${c.pid()}#0: signal process started`,
      ])();
    },
  },
  {
    id: 'apache-error', w: 4,
    gen(c) {
      const v6 = c.chance(0.25);
      const cl = v6 ? c.v6('ext') : c.v4('ext'), p = c.port();
      const client = L`[client ${ip(cl)}:${p}]`;
      const head = L`[${c.T.ctime().replace(/(\d\d:\d\d:\d\d)/, `$1.${c.int(100000, 999999)}`)}] `;
      const u = c.user();
      return c.pick([
        () => L`${head}[auth_basic:error] [pid ${c.pid()}:tid ${c.int(139000000000000, 140999999999999)}] ${client} AH01617: user ${usr(u)}: authentication failure for "/${c.pick(['admin', 'private', 'server-status'])}": Password Mismatch`,
        () => L`${head}[auth_basic:error] [pid ${c.pid()}] ${client} AH01618: user ${usr(u)} not found: /${c.pick(['admin', 'private'])}`,
        () => L`${head}[authnz_ldap:info] [pid ${c.pid()}] ${client} AH01695: auth_ldap authenticate: user ${usr(u)} authentication failed; URI /${c.pick(['svn', 'wiki'])}/ [ldap_simple_bind() to check user credentials failed][Invalid credentials]`,
        () => L`${head}[core:error] [pid ${c.pid()}] ${client} AH00126: Invalid URI in request GET /../../etc/passwd HTTP/1.1`,
        () => L`${head}[ssl:info] [pid ${c.pid()}] ${client} AH01964: Connection to child ${c.int(0, 64)} established (server ${vhost(c)}:443)`,
        () => L`${head}[php:error] [pid ${c.pid()}] ${client} PHP Warning:  mysqli::__construct(): (HY000/1045): Access denied for user '${opt('user', c.svc())}'@'${ip(c.v4('srv'))}' (using password: YES) in /var/www/html/db.php on line ${c.int(5, 200)}`,
      ])();
    },
  },
  {
    id: 'iis-w3c', w: 3,
    gen(c) {
      const u = c.chance(0.7) ? L`${c.ad.netbios}\\${usr(c.user())}` : '-';
      const path = c.pick(['/owa/auth.owa', '/ews/exchange.asmx', '/Microsoft-Server-ActiveSync/default.eas', '/rpc/rpcproxy.dll', '/ecp/default.aspx', '/autodiscover/autodiscover.xml']);
      const q = c.chance(0.2) ? L`User=${usr(c.user())}&DeviceId=${look(c.HEX(32))}&DeviceType=iPhone&Cmd=Sync` : '-';
      return L`${c.T.ymd()} ${ip(c.v4('srv'))} ${c.pick(['GET', 'POST', 'RPC_IN_DATA'])} ${path} ${q} 443 ${u} ${ip(c.addr('ext', 0.15))} ${c.pick(['Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)', 'Microsoft+Office/16.0', 'Apple-iPhone15C2/2104.100'])} ${c.chance(0.5) ? `https://mail.${c.w.corpMail}/owa/` : '-'} ${c.pick([200, 302, 401, 440])} 0 0 ${c.int(1, 9999)}`;
    },
    crlf: 0.25,
  },
  {
    id: 'haproxy', w: 5,
    gen(c) {
      const head = c.hdr({ host: c.pick(['lb01', 'lb02', 'edge-haproxy']), tag: 'haproxy', pid: c.pid() });
      const v6 = c.chance(0.2);
      const cl = v6 ? c.v6('ext', 'c') : c.v4('ext'), p = c.port();
      const be = c.pick(['be_app/app01', 'be_app/app02', 'be_api/api-3', 'be_static/<NOSRV>']);
      const path = c.pick([
        () => L`/api/v2/export?access_token=${sec(c.token(c.pick(['opaque', 'hex40'])))}&format=csv`,
        () => L`/login?next=%2Fdashboard`,
        () => L`/oauth/callback?code=${opt('secret', c.b64u(30))}&state=${c.hex(16)}`,
        () => L`/download/${c.uuid()}.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${opt('secret', `${c.token('akia')}%2F20240305%2Feu-west-1%2Fs3%2Faws4_request`)}&X-Amz-Signature=${sec(c.hex(64))}`,
        () => L`/healthz`,
        () => L`/v1/search?q=${c.pick(['invoice', 'vpn', 'holiday'])}&apikey=${sec(c.token('hex32'))}`,
        () => L`/static/app.${c.hex(8)}.js`,
      ])();
      return L`${head}${ip(cl)}:${p} [${c.T.clf().replace(' +0000', '').replace(/:(\d\d)$/, `:$1.${c.int(100, 999)}`)}] ${c.pick(['fe_https~', 'fe_http', 'fe_api~'])} ${be} ${c.int(0, 5)}/${c.int(0, 3)}/${c.int(0, 5)}/${c.int(1, 900)}/${c.int(1, 900)} ${c.pick([200, 200, 302, 401, 403, 404, 503])} ${c.int(100, 99999)} - - ${c.pick(['----', '--NI', 'CD--', 'sH--'])} ${c.int(1, 99)}/${c.int(1, 99)}/${c.int(0, 9)}/${c.int(0, 9)}/0 0/0 {${vhost(c)}|${c.pick(UA)}} "${c.pick(['GET', 'POST'])} ${path} HTTP/1.1"`;
    },
  },
  {
    id: 'envoy-access', w: 3,
    gen(c) {
      const xff = c.v4('ext'), up = c.v4('srv');
      const path = c.pick([
        () => L`/v1/users/me?access_token=${sec(c.token('jwt'))}`,
        () => L`/v1/orders/${c.int(100000, 999999)}`,
        () => L`/grpc.health.v1.Health/Check`,
        () => L`/v2/upload?sig=${sec(c.token('sas'))}&se=2024-03-06T00%3A00%3A00Z&sp=w`,
        () => L`/metrics`,
      ])();
      if (c.chance(0.35)) {
        return J({ start_time: c.T.iso(3), method: c.pick(['GET', 'POST']), path, protocol: 'HTTP/2', response_code: c.pick([200, 200, 401, 503]), response_flags: c.pick(['-', 'UF', 'URX']), bytes_received: c.int(0, 9999), bytes_sent: c.int(0, 99999), duration: c.int(1, 900), x_forwarded_for: L`${ip(xff)}, ${ip(c.v4('lan'))}`, user_agent: c.pick(UA), request_id: c.uuid(), authority: vhost(c), upstream_host: L`${ip(up)}:8080`, downstream_remote_address: L`${ip(c.v4('lan'))}:${c.port()}` });
      }
      return L`[${c.T.iso(3)}] "${c.pick(['GET', 'POST'])} ${path} HTTP/1.1" ${c.pick([200, 200, 401, 503])} ${c.pick(['-', 'UF', 'NR'])} ${c.int(0, 9999)} ${c.int(0, 99999)} ${c.int(1, 900)} ${c.int(1, 900)} "${ip(xff)}" "${c.pick(UA)}" "${c.uuid()}" "${vhost(c)}" "${ip(up)}:${c.pick([8080, 9090, 3000])}"`;
    },
  },
  {
    id: 'traefik-json', w: 2,
    gen(c) {
      const cl = c.v4('ext'), p = c.port(), svc = c.v4('srv');
      const u = c.chance(0.5) ? usr(c.user()) : '-';
      return J({ ClientAddr: L`${ip(cl)}:${p}`, ClientHost: ip(cl), ClientPort: String(p), ClientUsername: u, DownstreamContentSize: c.int(10, 99999), DownstreamStatus: c.pick([200, 401, 404]), Duration: c.int(100000, 99999999), OriginContentSize: c.int(10, 99999), OriginDuration: c.int(100000, 9999999), OriginStatus: 200, Overhead: c.int(10000, 999999), RequestAddr: vhost(c), RequestContentSize: 0, RequestCount: c.int(1, 99999), RequestHost: vhost(c), RequestMethod: 'GET', RequestPath: c.chance(0.3) ? L`/api/v1/items?api_key=${sec(c.token('hex32'))}` : '/api/v1/items', RequestPort: '-', RequestProtocol: 'HTTP/2.0', RequestScheme: 'https', RetryAttempts: 0, RouterName: look(`${c.pick(['app', 'api', 'grafana'])}@docker`), ServiceAddr: L`${ip(svc)}:8080`, ServiceName: 'app@docker', ServiceURL: { Scheme: 'http', Opaque: '', User: null, Host: L`${ip(svc)}:8080`, Path: '', RawPath: '', ForceQuery: false, RawQuery: '', Fragment: '', RawFragment: '' }, StartLocal: c.T.iso(9, '+00:00'), StartUTC: c.T.iso(9), entryPointName: 'websecure', level: 'info', msg: '', time: c.T.iso(0) });
    },
  },
  {
    id: 'squid-access', w: 4,
    gen(c) {
      const u = c.wpick([[40, () => usr(c.user())], [20, () => L`${usr(c.user())}@${c.ad.realm}`], [15, () => L`${c.ad.netbios}\\${usr(c.user())}`], [25, () => '-']])();
      const dst = c.v4('ext');
      const site = c.pick(['api.example.net', 'cdn.example.org', 'login.example.com', 'updates.example.io', 'drive.example.net']);
      return L`${c.T.epoch(3)} ${String(c.int(1, 99999)).padStart(6, ' ')} ${ip(c.v4('lan'))} ${c.pick(['TCP_TUNNEL/200', 'TCP_MISS/200', 'TCP_DENIED/407', 'TCP_DENIED/403', 'TCP_REFRESH_UNMODIFIED/304'])} ${c.int(200, 999999)} ${c.pick(['CONNECT', 'GET'])} ${c.chance(0.6) ? `${site}:443` : `http://${site}/${c.pick(['favicon.ico', 'v1/ping', 'dl/setup.exe'])}`} ${u} HIER_DIRECT/${ip(dst)} ${c.pick(['-', 'text/html', 'application/octet-stream'])}`;
    },
  },
  {
    id: 'zscaler-nss', w: 2,
    gen(c) {
      return L`${c.T.ctime(false).replace(/^\w+ /, c.T.dow + ' ')}\treason=${c.pick(['Allowed', 'Blocked'])}\tevent_id=${c.int(10000000, 99999999)}\tprotocol=HTTPS\taction=${c.pick(['Allowed', 'Blocked'])}\ttransactionsize=${c.int(100, 99999)}\tresponsesize=${c.int(100, 99999)}\trequestsize=${c.int(100, 9999)}\turlcategory=${c.pick(['Web Search', 'Professional Services', 'Corporate Marketing'])}\tserverip=${ip(c.v4('ext'))}\tclienttranstime=${c.int(1, 999)}\trequestmethod=${c.pick(['GET', 'POST', 'CONNECT'])}\trefererURL=None\tuseragent=${c.pick(UA)}\tproduct=NSS\tlocation=${c.pick(['HQ', 'Road Warrior', 'Branch-3'])}\tClientIP=${ip(c.v4('ext'))}\tstatus=${c.pick([200, 403])}\tuser=${em(c.email())}\turl=${c.pick(['www.example.net/search', 'docs.example.org/'])}\tvendor=Zscaler\thostname=${c.pick(['www.example.net', 'docs.example.org'])}\tclientpublicIP=${ip(c.v4('pub'))}\tthreatcategory=None\tthreatname=None\tfiletype=None\tappname=${c.pick(['General Browsing', 'Google Search'])}\tpagerisk=${c.int(0, 90)}\tdepartment=${c.pick(['Engineering', 'Finance', 'Sales'])}\turlsupercategory=${c.pick(['Information Technology', 'Business and Economy'])}\tappclass=General Browsing\tdlpengine=None\turlclass=Business Use\tthreatclass=None\tdlpdictionaries=None\tfileclass=None\tbwthrottle=NO\tservertranstime=${c.int(1, 999)}\tmd5=${look(c.hex(32))}`;
    },
  },
  {
    id: 'postgres', w: 4,
    gen(c) {
      const pid = c.pid(), u = c.user(), db = c.pick(['appdb', 'orders', 'analytics', 'keycloak']);
      const pre = c.chance(0.5) ? L`${c.T.ymd(3)} UTC [${pid}] ` : L`${c.T.ymd(3)} UTC [${pid}] ${usr(u)}@${db} `;
      return c.pick([
        () => [L`${pre}FATAL:  password authentication failed for user "${usr(u)}"`, L`${c.T.ymd(3)} UTC [${pid}] DETAIL:  Connection matched pg_hba.conf line ${c.int(80, 120)}: "host all all ${ip('0.0.0.0')}/0 scram-sha-256"`],
        () => L`${pre}LOG:  connection received: host=${ip(c.addr('lan', 0.2))} port=${c.port()}`,
        () => L`${pre}LOG:  connection received: host=${ip(c.pick(['127.0.0.1', '::1']))} port=${c.port()}`,
        () => [L`${pre}FATAL:  password authentication failed for user "${usr(u)}"`, L`${c.T.ymd(3)} UTC [${pid}] DETAIL:  Connection matched pg_hba.conf line ${c.int(80, 120)}: "host all all ${ip('127.0.0.1')}/32 md5"`],
        () => L`${pre}LOG:  connection authorized: user=${usr(u)} database=${db} application_name=${c.pick(['psql', 'DBeaver 23.3.5 - Main', 'pgAdmin 4 - DB:postgres'])} SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)`,
        () => L`${pre}LOG:  statement: ALTER ROLE ${usr(u)} WITH PASSWORD '${sec(c.pw('kv'))}'`,
        () => L`${pre}LOG:  statement: CREATE USER ${usr(c.user())} WITH LOGIN PASSWORD '${sec(c.pw('kv'))}' VALID UNTIL '2025-01-01'`,
        () => L`${pre}FATAL:  no pg_hba.conf entry for host "${ip(c.v4('lan'))}", user "${usr(u)}", database "${db}", no encryption`,
        () => L`${pre}FATAL:  role "${usr(u)}" does not exist`,
        () => L`${c.T.ymd(3)} UTC [${pid}] LOG:  checkpoint complete: wrote ${c.int(10, 9999)} buffers (${c.int(0, 9)}.${c.int(0, 9)}%); 0 WAL file(s) added, 0 removed, ${c.int(0, 9)} recycled; write=${c.int(1, 300)}.${c.int(100, 999)} s, sync=0.${c.int(1, 999)} s, total=${c.int(1, 300)}.${c.int(100, 999)} s`,
      ])();
    },
  },
  {
    id: 'mysql-mariadb', w: 3,
    gen(c) {
      const u = c.user(), a = c.addr('lan', 0.2);
      return c.pick([
        () => L`${c.T.iso(6)} ${c.int(1, 99999)} [Note] [MY-010926] [Server] Access denied for user '${usr(u)}'@'${ip(a)}' (using password: YES)`,
        () => L`${c.T.ymd()} ${c.int(1, 99999)} [Warning] Access denied for user '${usr(u)}'@'${ip(a)}' (using password: ${c.pick(['YES', 'NO'])})`,
        () => L`${c.T.iso(6)}\t${c.int(1, 99999)} Query\tCREATE USER '${usr(u)}'@'%' IDENTIFIED BY '${sec(c.pw('kv'))}'`,
        () => L`${c.T.iso(6)}\t${c.int(1, 99999)} Query\tALTER USER '${usr(u)}'@'${ip(c.v4('lan').replace(/\.\d+$/, '.%').replace('.%', '.0'))}' IDENTIFIED BY '${sec(c.pw('kv'))}'`,
        () => L`${c.T.iso(6)}\t${c.int(1, 99999)} Connect\t${usr(u)}@${ip(a)} on ${c.pick(['crm', 'wordpress', 'zabbix'])} using ${c.pick(['TCP/IP', 'SSL/TLS'])}`,
        () => L`${c.T.iso(6)} 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '${look('8.0.36')}'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.`,
      ])();
    },
  },
  {
    id: 'mongodb', w: 2,
    gen(c) {
      const u = c.user();
      const remote = c.chance(0.2) ? L`[${ip(c.v6('lan'))}]:${c.port()}` : L`${ip(c.v4('lan'))}:${c.port()}`;
      const t = { $date: c.T.iso(3, '+00:00') };
      return c.pick([
        () => J({ t, s: 'I', c: 'ACCESS', id: 20250, ctx: `conn${c.int(1, 99999)}`, msg: 'Authentication succeeded', attr: { mechanism: 'SCRAM-SHA-256', speculative: true, principalName: usr(u), authenticationDatabase: c.pick(['admin', 'app']), remote, extraInfo: {} } }),
        () => J({ t, s: 'I', c: 'ACCESS', id: 20249, ctx: `conn${c.int(1, 99999)}`, msg: 'Authentication failed', attr: { mechanism: 'SCRAM-SHA-256', speculative: false, principalName: usr(u), authenticationDatabase: 'admin', remote, extraInfo: {}, error: 'AuthenticationFailed: SCRAM authentication failed, storedKey mismatch' } }),
        () => J({ t, s: 'I', c: 'NETWORK', id: 22943, ctx: 'listener', msg: 'Connection accepted', attr: { remote, uuid: c.uuid(), connectionId: c.int(1, 99999), connectionCount: c.int(1, 500) } }),
      ])();
    },
  },
  {
    id: 'mssql', w: 2,
    gen(c) {
      const head = L`${c.T.ymd(2)} Logon       `;
      const u = c.chance(0.6) ? L`${c.ad.netbios}\\${usr(c.user())}` : usr(c.user());
      return c.pick([
        () => L`${head}Login failed for user '${u}'. Reason: Password did not match that for the login provided. [CLIENT: ${ip(c.v4('lan'))}]`,
        () => L`${head}Login failed for user '${u}'. Reason: Could not find a login matching the name provided. [CLIENT: ${ip(c.v4('lan'))}]`,
        () => L`${head}Login succeeded for user '${u}'. Connection made using SQL Server authentication. [CLIENT: ${ip(c.v4('lan'))}]`,
        () => L`${head}Error: 18456, Severity: 14, State: 8.`,
      ])();
    },
    crlf: 0.3,
  },
  {
    id: 'redis-cli', w: 1,
    gen(c) {
      return c.pick([
        () => L`+ redis-cli -h ${ip(c.v4('srv'))} -p 6379 -a ${sec(c.pw('alnum'))} ping`,
        () => L`Warning: Using a password with '-a' or '-u' option on the command line interface may not be safe.`,
        () => L`${c.pid()}:M ${String(c.T.D).padStart(2, '0')} ${c.T.mon} ${c.T.Y} ${c.T.hms(3)} # ${c.pick(['WARNING: ', ''])}Client id=${c.int(1, 99999)} addr=${ip(c.v4('lan'))}:${c.port()} laddr=${ip(c.v4('srv'))}:6379 fd=${c.int(8, 99)} name= age=0 idle=0 flags=N db=0 sub=0 psub=0 ssub=0 multi=-1 qbuf=0 qbuf-free=0 argv-mem=0 multi-mem=0 rbs=1024 rbp=0 obl=0 oll=0 omem=0 tot-mem=1920 events=r cmd=auth user=default redir=-1 resp=2 lib-name= lib-ver= closed for authentication failure`,
      ])();
    },
  },
];
