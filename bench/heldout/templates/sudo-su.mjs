// sudo (COMMAND= echoing credentials) and su (invented values).
import { IP, USER, SECRET, OPT, hdrServer } from '../build.mjs';
import { uidOf } from './linux-auth.mjs';

const host = (c) => c.P.dev('linux');
const pwd = (c, u) => c.rng.weighted([[5, () => ['/home/', USER(u)]], [2, () => ['/home/', USER(u), c.rng.pick(['/src', '/deploy', '/projects/infra'])]], [2, () => '/var/www'], [1, () => '/root'], [1, () => '/']])();

const command = (c) => c.rng.weighted([
  [8, () => c.rng.pick(['/usr/bin/systemctl restart nginx', '/bin/cat /var/log/secure', '/usr/bin/apt-get update', '/usr/bin/journalctl -u sshd --since today', '/usr/sbin/iptables -L -n', '/bin/bash', '/usr/bin/tail -f /var/log/syslog', '/usr/bin/docker ps -a'])],
  [2, () => ['/usr/bin/mysql -u ', OPT(c.rng.pick(['app', 'backup', 'reporting']), 'db login'), ' -p', SECRET(c.S.password(true)), ' ', c.rng.pick(['appdb', 'orders', '-e SHOW DATABASES'])]],
  [1, () => ['/usr/bin/mysqldump --user=', OPT('backup', 'db login'), ' --password=', SECRET(c.S.password(true)), ' --all-databases']],
  [2, () => ['/usr/bin/curl -s -u ', OPT(c.rng.pick(['deploy', 'ci-bot', 'svc_backup']), 'http login'), ':', SECRET(c.S.password(true)), ' https://', c.P.fqdn(), '/api/v1/hooks']],
  [2, () => ['/usr/bin/sshpass -p ', SECRET(c.S.password(true)), ' ssh ', OPT(c.P.svcUser(), 'remote login'), '@', IP(c.P.ipSrv())]],
  [1, () => ["/usr/bin/sshpass -p '", SECRET(c.S.password(true)), "' rsync -a /srv/data/ ", OPT('backup', 'remote login'), '@', IP(c.P.ipSrv()), ':/backup/']],
  [1, () => ['/usr/bin/psql postgresql://', OPT('app_rw', 'db login'), ':', SECRET(c.S.password(true)), '@', IP(c.P.ipSrv()), ':5432/orders']],
  [1, () => ['/usr/bin/htpasswd -b /etc/nginx/.htpasswd ', USER(c.P.user()), ' ', SECRET(c.S.password(true))]],
  [1, () => ['/usr/bin/docker login -u ', OPT('ci-bot', 'registry login'), ' -p ', SECRET(c.S.opaque()), ' registry.', c.P.domain()]],
  [1, () => ['/usr/sbin/useradd -m -s /bin/bash ', USER(c.P.user())]],
])();

export default [
  { id: 'sudo-command', weight: 7, gen(c) {
    const u = c.P.user();
    const L = hdrServer(c, c.line(), { host: host(c), tag: 'sudo', pid: c.rng.chance(0.3) ? c.rng.int(300, 99999) : undefined, pri: 85 });
    const pad = c.rng.chance(0.5) ? '   ' : '';
    return L.f`${pad}${USER(u)} : TTY=pts/${c.rng.int(0, 9)} ; PWD=${pwd(c, u)} ; USER=${c.rng.chance(0.85) ? 'root' : OPT(c.rng.pick(['postgres', 'www-data']), 'service account')} ; COMMAND=${command(c)}`;
  } },
  { id: 'sudo-fail', weight: 2, gen(c) {
    const u = c.P.user();
    const L = hdrServer(c, c.line(), { host: host(c), tag: 'sudo', pri: 85 });
    return c.rng.weighted([
      [2, () => L.f`${USER(u)} : ${c.rng.int(1, 3)} incorrect password attempt${'s'} ; TTY=pts/${c.rng.int(0, 9)} ; PWD=${pwd(c, u)} ; USER=root ; COMMAND=/bin/bash`],
      [1, () => L.f`${USER(u)} : user NOT in sudoers ; TTY=pts/${c.rng.int(0, 9)} ; PWD=${pwd(c, u)} ; USER=root ; COMMAND=/usr/bin/cat /etc/shadow`],
      [2, () => L.f`pam_unix(sudo:auth): authentication failure; logname=${USER(u)} uid=${uidOf(u)} euid=0 tty=/dev/pts/${c.rng.int(0, 9)} ruser=${USER(u)} rhost=  user=${USER(u)}`],
      [2, () => L.f`pam_unix(sudo:session): session opened for user root(uid=0) by ${USER(u)}(uid=${uidOf(u)})`],
    ])();
  } },
  { id: 'su', weight: 3, gen(c) {
    const u = c.P.user();
    const L = hdrServer(c, c.line(), { host: host(c), tag: 'su', pid: c.rng.int(300, 99999), pri: 85 });
    const tty = `pts/${c.rng.int(0, 9)}`;
    return c.rng.weighted([
      [2, () => L.f`(to root) ${USER(u)} on ${tty}`],
      [1, () => L.f`FAILED SU (to root) ${USER(u)} on ${tty}`],
      [2, () => L.f`pam_unix(su:session): session opened for user root(uid=0) by ${USER(u)}(uid=${uidOf(u)})`],
      [1, () => L.f`pam_unix(su-l:auth): authentication failure; logname=${USER(u)} uid=${uidOf(u)} euid=0 tty=/dev/${tty} ruser=${USER(u)} rhost=  user=root`],
      [1, () => L.f`pam_authenticate: Authentication failure`],
      [1, () => L.f`BAD SU ${USER(u)} to root on /dev/${tty}`],
    ])();
  } },
];
