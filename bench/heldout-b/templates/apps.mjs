// Applications, CI and tooling: Docker/containerd, CI/Git logs leaking tokens, package managers, curl -v,
// wget --debug, app debug logs (Spring, Go, Python, Node, .NET, Rails), config echoes, PEM blocks,
// Vault audit, VMware ESXi/vCenter, Proxmox, Synology, Grafana, Keycloak, Gitea, plus look-alike-only lines.
import { L, J, ip, usr, mac, em, sec, opt, look, dom, join } from '../core.mjs';

const ghTs = (c) => `${c.T.iso(0, '').slice(0, 19)}.${String(c.int(0, 9999999)).padStart(7, '0')}Z`;
const reg = (c) => c.pick(['registry.example.com', 'harbor.example.net', 'ghcr.io', '123456789012.dkr.ecr.eu-west-1.amazonaws.com']);
const ver = (c) => c.pick(['1.4.2', '2.0.0-rc.1', '2024.03.1', 'v3.12.7', '0.9.14']);

export default [
  {
    id: 'docker-containerd', w: 4,
    gen(c) {
      const cid = c.hex(64), img = `${reg(c)}/${c.pick(['team/api', 'platform/worker', 'web/frontend'])}:${ver(c)}`;
      const dh = c.hdr({ host: c.host('srv'), tag: c.pick(['dockerd', 'containerd']), pid: c.pid() });
      return c.pick([
        () => L`${dh}time="${c.T.iso(9)}" level=info msg="ignoring event" container=${cid} module=libcontainerd namespace=moby topic=/tasks/delete type="*events.TaskDelete"`,
        () => L`${dh}time="${c.T.iso(9)}" level=info msg="StartContainer for \\"${cid}\\" returns successfully"`,
        () => L`${dh}time="${c.T.iso(9)}" level=info msg="PullImage \\"${reg(c)}/app@sha256:${c.sha256()}\\""`,
        () => L`${dh}time="${c.T.iso(9)}" level=error msg="Handler for POST /v1.43/containers/create returned error: invalid env: DB_PASSWORD=${sec(c.pw('kv'))} contains invalid characters"`,
        () => L`+ docker run -d --name ${c.pick(['api', 'worker'])} -e DB_HOST=${ip(c.v4('srv'))} -e DB_PASSWORD=${sec(c.pw('kv'))} -e REDIS_URL=redis://:${sec(c.pw('url'))}@${ip(c.v4('srv'))}:6379/0 -p 8080:8080 ${img}`,
        () => L`+ docker login -u ${usr(c.user())} -p ${sec(c.pw('kv'))} ${reg(c)}`,
        () => L`WARNING! Using --password via the CLI is insecure. Use --password-stdin.`,
        () => L`                "${c.pick(['MYSQL_ROOT_PASSWORD', 'POSTGRES_PASSWORD', 'RABBITMQ_DEFAULT_PASS', 'SECRET_KEY_BASE'])}=${sec(c.pw('kv'))}",`,
        () => L`                "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",`,
        () => L`${dh}time="${c.T.iso(9)}" level=info msg="Container ${cid.slice(0, 12)} failed to exit within 10 seconds of signal 15 - using the force"`,
        () => L`${dh}time="${c.T.iso(9)}" level=warning msg="Health check for container ${cid.slice(0, 12)} error: timed out starting health check for container ${cid.slice(0, 12)}"`,
      ])();
    },
  },
  {
    id: 'ci-git-tokens', w: 5,
    gen(c) {
      const u = c.user(), host = c.pick(['github.com', 'gitlab.example.com', 'git.' + c.w.corpMail, 'bitbucket.example.org']);
      const repo = `${c.pick(['platform', 'web', 'infra', 'data'])}/${c.pick(['api', 'terraform-live', 'helm-charts', 'etl'])}.git`;
      const pre = c.pick([() => `${ghTs(c)} `, () => `[${c.T.iso(3)}] `, () => '', () => `${c.T.hms()} `])();
      const sha = c.hex(40);
      return c.pick([
        () => L`${pre}+ git clone https://${opt('user', 'oauth2')}:${sec(c.token('glpat'))}@${host}/${repo}`,
        () => L`${pre}fatal: unable to access 'https://${usr(u)}:${sec(c.token(c.pick(['ghp', 'ghpat'])))}@${host}/${repo}/': The requested URL returned error: 403`,
        () => L`${pre}+ git remote set-url origin https://${opt('user', 'x-access-token')}:${sec(c.token('ghs'))}@github.com/${repo}`,
        () => L`${pre}Cloning into '${repo.split('/')[1].replace('.git', '')}'...`,
        () => L`${pre}remote: Enumerating objects: ${c.int(100, 99999)}, done.`,
        () => L`${pre}HEAD is now at ${sha.slice(0, 7)} Merge pull request #${c.int(100, 9999)} from ${c.pick(['platform', 'web'])}/feature-${c.int(10, 999)}`,
        () => L`${pre}Checking out ${sha}`,
        () => L`${pre}##[group]Run actions/checkout@v4`,
        () => L`${pre}  NPM_TOKEN: ${sec(c.token('npm'))}`,
        () => L`${pre}+ curl -fsS -u ${usr(u)}:${sec(c.hex(34))} "https://jenkins.${c.w.corpMail}/job/deploy/buildWithParameters?token=${sec(c.alnum(24))}&ENV=prod"`,
        () => L`${pre}[Pipeline] sh`,
        () => L`${pre}Author: ${opt('user', c.pick(['Jane Roe', 'Wei Zhang', 'Tom Becker']))} <${em(c.email())}>`,
        () => L`${pre}+ export AWS_ACCESS_KEY_ID=${sec(c.token('akia'))}`,
        () => L`${pre}+ export AWS_SECRET_ACCESS_KEY=${sec(c.token('awssecret'))}`,
        () => L`${pre}+ kubectl create secret generic db-creds --from-literal=password=${sec(c.pw('kv'))} -n ${c.pick(['prod', 'staging'])}`,
        () => L`${pre}+ helm upgrade --install api ./chart --set image.tag=${look(ver(c))} --set db.password=${sec(c.pw('kv'))}`,
        () => L`${pre}Slack notification failed: invalid_auth (token ${sec(c.token('slack'))})`,
      ])();
    },
  },
  {
    id: 'pkg-registries', w: 2,
    gen(c) {
      const u = c.user();
      return c.pick([
        () => L`//registry.npmjs.org/:_authToken=${sec(c.token('npm'))}`,
        () => L`//npm.${c.w.corpMail}/:_authToken=${sec(c.token('opaque'))}`,
        () => L`npm ERR! 401 Unauthorized - GET https://npm.${c.w.corpMail}/@platform%2fui - authentication token not provided`,
        () => L`+ pip install --index-url https://${usr(u)}:${sec(c.pw('url'))}@pypi.${c.w.corpMail}/simple/ internal-lib==${look('2.3.1')}`,
        () => L`Looking in indexes: https://${usr(u)}:****@pypi.${c.w.corpMail}/simple/`,
        () => L`[INFO] Downloading from nexus: https://nexus.${c.w.corpMail}/repository/maven-public/org/example/core/${look('1.2.3')}/core-1.2.3.pom`,
        () => L`Get "https://${usr(u)}:${sec(c.token('ghp'))}@proxy.golang.example.com/github.com/example/lib/@v/list": dial tcp ${ip(c.v4('ext'))}:443: i/o timeout`,
        () => L`gem sources -a https://${usr(u)}:${sec(c.pw('url'))}@gems.${c.w.corpMail}/`,
      ])();
    },
  },
  {
    id: 'curl-verbose', w: 1,
    gen(c) {
      const host = c.pick(['api.example.net', 'billing.example.com', 'hooks.example.org']);
      const a = c.chance(0.3) ? c.v6('ext') : c.v4('ext');
      const auth = c.pick([
        () => L`> Authorization: Bearer ${sec(c.token(c.pick(['jwt', 'opaque', 'ya29'])))}`,
        () => L`> authorization: Basic ${sec(c.basic())}`,
        () => L`> X-Api-Key: ${sec(c.token(c.pick(['hex32', 'stripe', 'sendgrid'])))}`,
        () => L`> PRIVATE-TOKEN: ${sec(c.token('glpat'))}`,
        () => L`> X-Vault-Token: ${sec(c.token('vault'))}`,
      ])();
      const lines = [
        a.includes(':') ? L`*   Trying [${ip(a)}]:443...` : L`*   Trying ${ip(a)}:443...`,
        L`* Connected to ${host} (${ip(a)}) port 443`,
        L`* ALPN: curl offers h2,http/1.1`,
        L`* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384 / X25519 / RSASSA-PSS`,
        L`> ${c.pick(['GET', 'POST'])} /v${c.int(1, 3)}/${c.pick(['invoices', 'tokens', 'events'])} HTTP/${c.pick(['1.1', '2'])}`,
        L`> Host: ${host}`,
        L`> User-Agent: curl/${look('8.5.0')}`,
        auth,
        L`> Accept: */*`,
        L`< HTTP/2 ${c.pick([200, 201, 401, 403])}`,
        L`< date: ${c.T.http()}`,
        L`< content-type: application/json`,
        L`< x-request-id: ${c.uuid()}`,
        L`< set-cookie: session=${opt('secret', c.b64u(32))}; Path=/; HttpOnly; Secure`,
      ];
      const start = c.int(0, 4);
      return lines.slice(start, start + c.int(6, 10));
    },
  },
  {
    id: 'wget-debug', w: 0.7,
    gen(c) {
      const host = c.pick(['files.example.net', 'downloads.example.com']);
      const a = c.v4('ext'), a6 = c.v6('ext');
      return [
        L`--${c.T.ymd()}--  https://${host}/${c.pick(['backup', 'dist'])}/${c.pick(['db.tar.gz', 'agent.deb'])}`,
        L`Resolving ${host} (${host})... ${ip(a)}, ${ip(a6)}`,
        L`Connecting to ${host} (${host})|${ip(a)}|:443... connected.`,
        L`---request begin---`,
        L`GET /${c.pick(['backup', 'dist'])}/${c.pick(['db.tar.gz', 'agent.deb'])} HTTP/1.1`,
        L`Host: ${host}`,
        c.chance(0.5) ? L`Authorization: Basic ${sec(c.basic())}` : L`Proxy-Authorization: Basic ${sec(c.basic())}`,
        L`User-Agent: Wget/${look('1.21.3')}`,
        L`---request end---`,
        L`HTTP request sent, awaiting response... 200 OK`,
      ].slice(c.int(0, 2));
    },
  },
  {
    id: 'app-debug', w: 6,
    gen(c) {
      const db = c.v4('srv'), u = c.svc();
      const k = c.int(0, 10);
      const spring = () => L`${c.T.ymd(3)}  ${c.pick(['INFO', 'DEBUG'])} ${c.pid()} --- [${c.pick(['main', 'restartedMain', 'http-nio-8080-exec-3'])}] `;
      if (k === 0) return L`${spring()}o.s.b.c.c.ConfigDataEnvironment         : spring.datasource.url=jdbc:postgresql://${ip(db)}:5432/orders?user=${opt('user', u)}&password=${sec(c.pw('url'))}`;
      if (k === 1) return L`${spring()}c.z.h.HikariDataSource                   : HikariPool-1 - Starting... jdbcUrl=jdbc:mysql://${ip(db)}:3306/app, username=${opt('user', u)}, password=${sec(c.pw('kv'))}`;
      if (k === 2) return L`DEBUG:urllib3.connectionpool:https://api.example.net:443 "GET /v1/things?api_key=${sec(c.token('hex32'))}&page=${c.int(1, 9)} HTTP/1.1" 200 ${c.int(100, 99999)}`;
      if (k === 3) return J({ level: 'debug', ts: Number(c.T.epoch(3)), caller: 'db/pool.go:87', msg: 'connecting', dsn: L`postgres://${opt('user', u)}:${sec(c.pw('url'))}@${ip(db)}:5432/orders?sslmode=require` });
      if (k === 4) return J({ level: 30, time: Number(c.T.epochMs()), pid: c.pid(), hostname: `api-${c.hex(10)}-${c.alnum(5).toLowerCase()}`, req: { id: c.int(1, 99999), method: 'POST', url: '/api/login', headers: { host: 'api.example.net', authorization: L`Bearer ${sec(c.token('jwt'))}`, 'x-forwarded-for': L`${ip(c.v4('ext'))}`, 'user-agent': 'okhttp/4.12.0' }, remoteAddress: ip(`::ffff:${c.v4('lan')}`), remotePort: c.port() }, msg: 'incoming request' });
      if (k === 5) return L`${c.T.iso(3)} [${c.pick(['ERR', 'WRN'])}] Connection string: Server=${ip(db)},1433;Database=${c.pick(['crm', 'erp'])};User Id=${opt('user', c.pick(['sa', u]))};Password=${sec(c.pw('kv'))};TrustServerCertificate=True`;
      if (k === 6) return L`${c.T.iso(3)} INFO  Parameters: {"user"=>{"email"=>"${em(c.email())}", "password"=>"[FILTERED]"}, "commit"=>"Log in"}`;
      if (k === 7) return L`${c.T.iso(3)} ERROR pymongo.errors.OperationFailure: Authentication failed., full error: {'ok': 0.0, 'errmsg': 'Authentication failed.', 'code': 18} uri=mongodb+srv://${opt('user', u)}:${sec(c.pw('url'))}@cluster0.${c.pick(['example.net', 'mongo.example.com'])}/app?retryWrites=true`;
      if (k === 8) return L`${c.T.ymd(3)} WARN  [config] loaded ${c.pick(['stripe.api_key', 'STRIPE_SECRET', 'payments.secret_key'])}=${sec(c.token('stripe'))} from environment`;
      if (k === 9) return L`${c.T.iso(3)} level=info msg="gcp client init" key=${sec(c.token('gcp'))} project=${c.pick(['prod-4711', 'data-lake-22'])}`;
      return L`${c.T.iso(3)} DEBUG amqp: connecting to amqps://${opt('user', u)}:${sec(c.pw('url'))}@${ip(db)}:5671/${c.pick(['prod', '%2F'])}`;
    },
  },
  {
    id: 'config-echo', w: 3,
    gen(c) {
      const k = c.int(0, 9);
      const ind = c.pick(['  ', '    ', '']);
      if (k === 0) return L`${ind}password: ${sec(c.pw('kv'))}`;
      if (k === 1) return L`${ind}client_secret: "${sec(c.token('opaque'))}"`;
      if (k === 2) return L`${ind}smtp_user: ${em(c.email())}`;
      if (k === 3) return L`${ind}bind_dn: "uid=${usr(c.user())},ou=people,dc=example,dc=com"`;
      if (k === 4) return L`${ind}bind_password: '${sec(c.pw('kv'))}'`;
      if (k === 5) return L`aws_access_key_id = ${sec(c.token('akia'))}`;
      if (k === 6) return L`aws_secret_access_key = ${sec(c.token('awssecret'))}`;
      if (k === 7) return L`${ind}"apiToken": "${sec(c.token(c.pick(['hex40', 'opaque'])))}",`;
      if (k === 8) return L`${ind}webhook_url: https://hooks.slack.com/services/T${c.HEX(8)}/B${c.HEX(8)}/${opt('secret', c.alnum(24))}`;
      return L`${ind}dsn: "mysql://${opt('user', c.svc())}:${sec(c.pw('url'))}@${ip(c.v4('srv'))}:3306/app"`;
    },
  },
  {
    id: 'lookalike-only', w: 5,
    gen(c) {
      const h = c.host(c.pick(['srv', 'sw', 'rtr']));
      return c.pick([
        () => L`${c.hdr({ host: h, tag: 'sshd', pid: c.pid() })}Server listening on :: port 22.`,
        () => L`${c.hdr({ host: h, tag: 'sshd', pid: c.pid() })}PasswordAuthentication no; KbdInteractiveAuthentication no; PubkeyAuthentication yes`,
        () => L`${c.hdr({ host: h, tag: 'app', pid: c.pid() })}password policy updated: password_min_length=${c.int(8, 16)} password_history=${c.int(3, 24)} max_password_age=${c.int(30, 365)}`,
        () => L`${c.hdr({ host: h, tag: 'app', pid: c.pid() })}{"user_id":${c.int(1000, 99999)},"password":null,"token_ttl":${c.pick([900, 3600])},"mfa":true}`,
        () => L`${c.hdr({ host: h, tag: 'kernel', pid: null })}[${c.int(10, 999999)}.${c.int(100000, 999999)}] Linux version ${look(c.pick(['6.1.0-18-amd64', '5.15.0-97-generic', '6.8.0-31-generic']))} (${opt('email', 'debian-kernel@lists.debian.org')}) (gcc-12 (Debian 12.2.0-14) 12.2.0, GNU ld (GNU Binutils for Debian) 2.40) #1 SMP PREEMPT_DYNAMIC`,
        () => L`${c.hdr({ host: h, tag: 'snmpd', pid: c.pid() })}NET-SNMP version ${look('5.9.3')} AgentX subagent connected, OID ${look(c.oid())} registered`,
        () => L`<${c.pri()}>${c.int(1000, 999999)}: ${h}: ${c.T.b()}: %SYS-5-RESTART: System restarted --`,
        () => L`Cisco IOS XE Software, Version ${look(c.pick(['17.09.04a', '16.12.04', '17.06.05']))}`,
        () => L`<${c.pri()}>${c.T.b()} ${h} ${c.pick(['aruba-os', 'ArubaOS'])}: Running version ${look(c.pick(['8.10.0.6', '8.6.0.4', '8.11.2.1']))} build ${c.int(80000, 90000)}`,
        () => L`<${c.pri()}>${c.T.b()} ${h} firmware: upgrade to ${look(c.pick(['1.0.2.14', '3.2.1.1', '6.4.0.1']))} completed, rebooting`,
        () => L`${c.hdr({ host: h, tag: 'systemd', pid: 1 })}Finished apt-daily-upgrade.service - Daily apt upgrade and clean activities.`,
        () => L`${c.hdr({ host: h, tag: 'systemd', pid: 1 })}logrotate.service: Consumed ${c.int(0, 9)}.${c.int(100, 999)}s CPU time.`,
        () => L`${c.hdr({ host: h, tag: 'containerd', pid: c.pid() })}time="${c.T.iso(9)}" level=info msg="loading plugin \\"io.containerd.snapshotter.v1.overlayfs\\"..." type=io.containerd.snapshotter.v1`,
        () => L`${c.hdr({ host: h, tag: 'rsyslogd', pid: c.pid() })}[origin software="rsyslogd" swVersion="${look('8.2302.0')}" x-pid="${c.pid()}" x-info="https://www.rsyslog.com"] rsyslogd was HUPed`,
        () => L`${c.hdr({ host: h, tag: 'kernel', pid: null })}[${c.int(10, 999999)}.${c.int(100000, 999999)}] EXT4-fs (${c.pick(['sda1', 'nvme0n1p2', 'dm-0'])}): mounted filesystem ${c.uuid()} r/w with ordered data mode. Quota mode: none.`,
        () => L`${c.hdr({ host: h, tag: 'sshd', pid: c.pid() })}Server listening on ${ip('0.0.0.0')} port 22.`,
        () => L`${c.hdr({ host: h, tag: 'certbot', pid: c.pid() })}Certificate not yet due for renewal; expires ${c.T.ymd().split(' ')[0]} (sha256 fingerprint ${look(Array.from({ length: 32 }, () => c.HEX(2)).join(':'))})`,
        () => L`<${c.pri()}>${c.int(1000, 999999)}: ${h}: ${c.T.b()}: %LINEPROTO-5-UPDOWN: Line protocol on Interface ${c.pick(['GigabitEthernet1/0/12', 'TenGigabitEthernet1/1/1', 'Port-channel10', 'Vlan120'])}, changed state to ${c.pick(['up', 'down'])}`,
        () => L`${c.hdr({ host: h, tag: 'mgd', pid: c.pid() })}UI_CHILD_STATUS: Cleanup child '/usr/sbin/cli', PID ${c.pid()}, status 0`,
        () => L`${c.hdr({ host: h, tag: 'app', pid: c.pid() })}password reset email sent (template=reset_v2, expires_in=3600s)`,
        () => L`${c.hdr({ host: h, tag: 'vault', pid: c.pid() })}core: successfully rotated the encryption key: term=${c.int(2, 40)}`,
      ])();
    },
  },
  {
    id: 'pem-block', w: 0.5,
    gen(c) {
      const type = c.pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY', 'ENCRYPTED PRIVATE KEY', 'CERTIFICATE']);
      const body = c.pemBody(c.pick([4, 6, 8, 12]));
      const withHdr = c.chance(0.5);
      const h = c.host('srv'), tag = c.pick(['app', 'ansible-playbook', 'python3', 'gunicorn']), pid = c.pid();
      const pre = () => (withHdr ? c.hdr({ host: h, tag, pid, style: 'f' }) : '');
      const lines = [L`${pre()}${c.chance(0.5) ? 'DEBUG loaded key: ' : ''}-----BEGIN ${type}-----`];
      if (type === 'RSA PRIVATE KEY' && c.chance(0.3)) { lines.push(L`${pre()}Proc-Type: 4,ENCRYPTED`); lines.push(L`${pre()}DEK-Info: AES-256-CBC,${c.HEX(32)}`); lines.push(L`${pre()}`); }
      for (const b of body) lines.push(L`${pre()}${type === 'CERTIFICATE' ? opt('secret', b) : sec(b)}`);
      lines.push(L`${pre()}-----END ${type}-----`);
      return lines;
    },
  },
  {
    id: 'vault-audit', w: 2,
    gen(c) {
      const u = c.user();
      const hm = () => `hmac-sha256:${c.hex(64)}`;
      // client_token / password values are HMACs, but sit under credential keys: ambiguous (optional)
      return J({ time: c.T.iso(9), type: c.pick(['request', 'response']), auth: { client_token: opt('secret', hm()), accessor: look(hm()), display_name: L`ldap-${usr(u)}`, policies: ['default', c.pick(['dev-read', 'ops'])], token_policies: ['default'], metadata: { username: usr(u) }, entity_id: c.uuid(), token_type: 'service', token_ttl: 2764800 }, request: { id: c.uuid(), operation: c.pick(['update', 'read']), mount_type: 'ldap', client_token: opt('secret', hm()), namespace: { id: 'root' }, path: L`auth/ldap/login/${usr(u)}`, data: { password: opt('secret', hm()) }, remote_address: ip(c.v4('lan')), remote_port: c.port() } });
    },
  },
  {
    id: 'vmware-esxi', w: 3,
    gen(c) {
      const u = c.user(), a = c.v4('lan');
      const esx = `esx${String(c.int(1, 16)).padStart(2, '0')}.${c.w.ad.dns}`;
      return c.pick([
        () => L`<${c.pri()}>${c.T.iso(3, 'Z')} ${esx} Hostd: info hostd[${c.int(2000000, 2999999)}] [Originator@6876 sub=Vimsvc.ha-eventmgr opID=esxui-${c.hex(4)}-${c.hex(4)} user=${usr(u)}] Event ${c.int(100, 99999)} : User ${usr(u)}@${ip(a)} logged in as Mozilla/5.0 (Windows NT 10.0; Win64; x64)`,
        () => L`<${c.pri()}>${c.T.iso(3, 'Z')} ${esx} Hostd: info hostd[${c.int(2000000, 2999999)}] [Originator@6876 sub=Vimsvc.ha-eventmgr] Event ${c.int(100, 99999)} : Cannot login ${usr(u)}@${ip(c.v4('ext'))}`,
        () => L`<${c.pri()}>${c.T.iso(3, 'Z')} ${esx} sshd[${c.pid()}]: Accepted keyboard-interactive/pam for root from ${ip(a)} port ${c.port()} ssh2`,
        () => L`${c.T.iso(3, 'Z')} info vpxd[${c.int(10000, 99999)}] [Originator@6876 sub=vpxLro opID=${c.hex(8)}] [VpxLRO] -- BEGIN session[${c.hex(8)}-${c.hex(4)}-${c.hex(4)}]${c.hex(12)} -- SessionManager -- vim.SessionManager.loginByToken -- ${c.ad.netbios}\\${usr(u)}(${ip(a)})`,
        () => L`${c.T.iso(3, 'Z')} info vpxd[${c.int(10000, 99999)}] [Originator@6876 sub=Default opID=${c.hex(8)}] [VpxdEvent] User ${c.ad.netbios}\\${usr(u)}@${ip(a)} logged in as VMware vim-java 1.0`,
        () => L`<${c.pri()}>${c.T.iso(3, 'Z')} ${esx} vmkernel: cpu${c.int(0, 63)}:${c.int(1000000, 9999999)})NetPort: ${c.int(1000, 9999)}: disabled port 0x${c.hex(7)}`,
      ])();
    },
  },
  {
    id: 'proxmox', w: 2,
    gen(c) {
      const u = c.user(), a = c.v4('lan');
      const node = `pve${c.int(1, 5)}`;
      const head = c.hdr({ host: node, tag: c.pick(['pvedaemon', 'pveproxy']), pid: c.pid() });
      return c.pick([
        () => L`${head}<${opt('user', 'root@pam')}> successful auth for user '${usr(u)}@${c.pick(['pve', 'pam', 'ldap'])}'`,
        () => L`${head}authentication failure; rhost=${ip(`::ffff:${a}`)} user=${usr(u)}@${c.pick(['pam', 'pve'])} msg=Authentication failure`,
        () => L`${head}<${usr(u)}@pve> starting task UPID:${node}:${c.HEX(8)}:${c.HEX(8)}:${c.HEX(8)}:qmstart:${c.int(100, 999)}:${usr(u)}@pve:`,
        () => L`${head}worker ${c.pid()} finished`,
      ])();
    },
  },
  {
    id: 'nas-synology', w: 2,
    gen(c) {
      const u = c.user();
      const head = L`<${c.pri()}>1 ${c.T.iso(0, '+00:00')} ${c.pick(['DS920', 'nas01', 'NAS-Backup'])} ${c.pick(['WinFileService', 'Connection', 'System'])} - - [meta sequenceId="${c.int(1, 99999)}"] `;
      return c.pick([
        () => L`${head}Event: write, Path: /volume1/${c.pick(['finance', 'home'])}/${usr(u)}/report-q${c.int(1, 4)}.xlsx, File/Folder: File, Size: ${c.int(10, 999)} KB, User: ${usr(u)}, IP: ${ip(c.v4('lan'))}`,
        () => L`${head}User [${usr(u)}] from [${ip(c.addr('lan', 0.2))}] via [${c.pick(['DSM', 'SMB', 'WebDAV'])}] failed to sign in.`,
        () => L`${head}User [${usr(u)}] from [${ip(c.v4('lan'))}] signed in to [${c.pick(['DSM', 'File Station'])}] successfully via [password].`,
        () => L`${head}Host [${ip(c.v4('ext'))}] was blocked via [SSH].`,
      ])();
    },
  },
  {
    id: 'grafana-logfmt', w: 2,
    gen(c) {
      const u = c.user(), a = c.addr('lan', 0.15);
      const t = c.T.iso(9);
      return c.pick([
        () => L`logger=context userId=${c.int(1, 999)} orgId=1 uname=${usr(u)} t=${t} level=info msg="Request Completed" method=GET path=/api/dashboards/uid/${c.alnum(9)} status=200 remote_addr=${ip(a)} time_ms=${c.int(1, 900)} duration=${c.int(1, 900)}.${c.int(100, 999)}ms size=${c.int(100, 99999)} referer=`,
        () => L`logger=authn.service t=${t} level=info msg="Failed to authenticate request" client=auth.client.form error="[password-auth.failed] failed to authenticate identity: [identity.not-found] no user found: user not found" username=${usr(u)} remote_addr=${ip(a)}`,
        () => L`logger=http.server t=${t} level=info msg="Successful Login" User=${em(c.email())}`,
        () => L`logger=cleanup t=${t} level=info msg="Completed cleanup jobs" duration=${c.int(1, 99)}.${c.int(100000, 999999)}ms`,
      ])();
    },
  },
  {
    id: 'keycloak-events', w: 2,
    gen(c) {
      const u = c.user(), a = c.addr('ext', 0.2);
      const pre = L`${c.T.ymd(3)} ${c.pick(['WARN', 'INFO'])}  [org.keycloak.events] (executor-thread-${c.int(1, 60)}) `;
      return c.pick([
        () => L`${pre}type=LOGIN_ERROR, realmId=${c.uuid()}, realmName=corp, clientId=${c.pick(['account-console', 'grafana', 'gitlab'])}, userId=null, ipAddress=${ip(a)}, error=${c.pick(['user_not_found', 'invalid_user_credentials'])}, auth_method=openid-connect, auth_type=code, redirect_uri=https://sso.${c.w.corpMail}/realms/corp/account/, code_id=${c.uuid()}, username=${usr(u)}`,
        () => L`${pre}type=LOGIN, realmId=${c.uuid()}, realmName=corp, clientId=${c.pick(['grafana', 'gitlab'])}, userId=${c.uuid()}, ipAddress=${ip(a)}, auth_method=openid-connect, auth_type=code, response_type=code, redirect_uri=https://grafana.${c.w.corpMail}/login/generic_oauth, consent=no_consent_required, code_id=${c.uuid()}, username=${em(c.email())}`,
      ])();
    },
  },
  {
    id: 'gitea-gitlab', w: 2,
    gen(c) {
      const u = c.user(), a = c.addr('ext', 0.2), p = c.port();
      return c.pick([
        () => L`${c.T.slash()} ...rs/web/auth/auth.go:${c.int(100, 400)}:SignInPost() [I] Failed authentication attempt for ${usr(u)} from ${ip(a)}:${p}: user's password is invalid [uid: ${c.int(1, 999)}, name: ${usr(u)}]`,
        () => L`${c.T.slash()} ...eb/routing/logger.go:102:func1() [I] router: completed POST /user/login for ${ip(a)}:${p}, 200 OK in ${c.int(1, 99)}.${c.int(1, 9)}ms @ auth/auth.go:${c.int(100, 400)}(auth.SignInPost)`,
        () => J({ time: c.T.iso(3), severity: 'INFO', duration_s: Number(`0.${c.int(1000, 99999)}`), status: 200, method: 'GET', path: '/api/v4/projects', params: [{ key: 'private_token', value: '[FILTERED]' }], host: `gitlab.${c.w.corpMail}`, remote_ip: L`${ip(a)}, ${ip(c.v4('lan'))}`, ua: 'python-gitlab/4.4.0', route: '/api/:version/projects', user_id: c.int(1, 999), username: usr(u), correlation_id: c.alnum(26).toUpperCase() }),
      ])();
    },
  },
];
