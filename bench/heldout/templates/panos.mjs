// Palo Alto Networks PAN-OS CSV logs (users are positional columns) - invented values.
import { IP, USER, EMAIL, SECRET, SPECIAL_IP } from '../build.mjs';

const SERIALS = ['013101001305', '007951000123456', '016201009876'];
function panHdr(c, L) {
  const dev = c.rng.pick(['PA-3220-HQ', 'PA-850-BR01', 'PA-VM-DC2']);
  const r = c.rng.next();
  if (r < 0.6) L.t(`<14>${c.T.rfc3164()} ${dev} `);
  else if (r < 0.8) L.t(`${c.T.rfc3164()} `).add(IP(c.P.ipSrv())).t(' ');
  const ts = `${c.T.ymd('/')} ${c.T.hms()}`;
  L.t(`1,${ts},${c.rng.pick(SERIALS)},`);
  return { ts, dev };
}
const zero = () => SPECIAL_IP('0.0.0.0');
/** `DOMAIN\user`, bare user or empty */
const srcUser = (c) => c.rng.weighted([[4, () => [c.P.adDomain().toLowerCase() + '\\', USER(c.P.user())]], [1, () => USER(c.P.user())], [4, () => '']])();
const loc = (c, ip) => (/^(10|192\.168|172\.)/.test(ip) ? (ip.startsWith('10.') ? [IP('10.0.0.0'), '-', IP('10.255.255.255')] : ip.startsWith('192.168') ? [IP('192.168.0.0'), '-', IP('192.168.255.255')] : [IP('172.16.0.0'), '-', IP('172.31.255.255')]) : c.rng.pick(['United States', 'Germany', 'Netherlands', 'Japan']));

export default [
  { id: 'panos-traffic', weight: 9, gen(c) {
    const L = c.line();
    const { ts, dev } = panHdr(c, L);
    const src = c.P.ipInt(), dst = c.P.ipExtSrv();
    const nat = c.rng.chance(0.7);
    const sport = c.P.port(), dport = c.P.svcPort();
    const bs = c.rng.int(60, 90000), br = c.rng.int(60, 900000);
    L.f`TRAFFIC,end,2562,${ts},${IP(src)},${IP(dst)},${nat ? IP(c.P.ipExtSrv()) : zero()},${nat ? IP(dst) : zero()},Allow-Outbound,${srcUser(c)},,${c.rng.pick(['ssl', 'web-browsing', 'dns-base', 'ms-office365', 'incomplete'])},vsys1,trust,untrust,ethernet1/2,ethernet1/1,Log-Fwd,${ts},${c.rng.int(1e4, 9e6)},1,${sport},${dport},${nat ? c.P.port() : 0},${nat ? dport : 0},0x40001c,tcp,allow,${bs + br},${bs},${br},${c.rng.int(2, 900)},${ts},${c.rng.int(0, 600)},${c.rng.pick(['computer-and-internet-info', 'business-and-economy', 'any'])},0,${c.rng.int(1e9, 9e9)},0x8000000000000000,`;
    L.add(loc(c, src)).t(',').add(loc(c, dst));
    L.t(`,0,${c.rng.int(1, 900)},${c.rng.int(1, 900)},${c.rng.pick(['tcp-fin', 'aged-out', 'tcp-rst-from-client'])},0,0,0,0,,${dev},from-policy,,,0,,0,,N/A,0,0,0,0,${c.B.uuid()},0,0,,,,,,,`);
    return L;
  } },
  { id: 'panos-threat-url', weight: 3, gen(c) {
    const L = c.line();
    const { ts, dev } = panHdr(c, L);
    const host = c.P.fqdn();
    const url = c.rng.weighted([
      [2, () => [`${host}/api/v1/session?access_token=`, SECRET(c.S.opaque())]],
      [1, () => [`${host}/download?file=report.pdf&api_key=`, SECRET(c.S.apiKey())]],
      [3, () => `${host}/static/app.${c.rng.hex(8)}.js`],
      [1, () => `${host}/login?next=%2Fdashboard`],
    ])();
    L.f`THREAT,url,2562,${ts},${IP(c.P.ipInt())},${IP(c.P.ipExtSrv())},${IP(c.P.ipExtSrv())},${IP(c.P.ipExtSrv())},Allow-Web,${srcUser(c)},,web-browsing,vsys1,trust,untrust,ethernet1/2,ethernet1/1,Log-Fwd,${ts},${c.rng.int(1e4, 9e6)},1,${c.P.port()},443,${c.P.port()},443,0x40b000,tcp,alert,"${url}",(9999),${c.rng.pick(['business-systems', 'computer-and-internet-info', 'social-networking'])},informational,client-to-server,${c.rng.int(1e9, 9e9)},0x8000000000000000,`;
    L.t(`,United States,0,text/html,0,,,1,"${c.B.ua()}",,"",,,,${dev},,,,`);
    return L;
  } },
  { id: 'panos-globalprotect', weight: 3, gen(c) {
    const L = c.line();
    const { ts } = panHdr(c, L);
    const who = c.rng.weighted([[3, () => USER(c.P.user())], [2, () => EMAIL(c.P.email())], [1, () => [c.P.adDomain().toLowerCase() + '\\', USER(c.P.user())]]])();
    const stage = c.rng.pick([['gateway-auth', 'login'], ['portal-auth', 'login'], ['gateway-register', 'tunnel'], ['gateway-logout', 'logout']]);
    const pub = c.P.ipExt();
    L.f`GLOBALPROTECT,0,2562,${ts},vsys1,${stage[0]},${stage[1]},Other,,${who},${c.rng.pick(['DE', 'US', 'NL', 'FR'])},${c.P.ws()},${IP(pub)},${zero()},${IP(`10.20.${c.rng.int(0, 30)}.${c.rng.int(2, 254)}`)},${zero()},${c.B.uuid()},${c.rng.str(7, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')},6.2.1,Windows,"Microsoft Windows 11 Pro , 64-bit",1,,,"",${c.rng.pick(['success', 'success', 'failure'])},,0,,0,GP-Gateway,${c.rng.int(1e9, 9e9)},0x0`;
    return L;
  } },
  { id: 'panos-userid', weight: 3, gen(c) {
    const L = c.line();
    const { ts, dev } = panHdr(c, L);
    const u = c.P.user();
    const d = c.P.adDomain().toLowerCase();
    L.f`USERID,${c.rng.pick(['login', 'login', 'logout'])},2562,${ts},vsys1,${IP(c.P.ipInt())},${d}\\${USER(u)},,0,1,10800,0,0,ad-dc01,active-directory,${c.rng.int(1e6, 9e6)},0x0,0,0,0,0,,${dev},1,,${ts},1,0x80000000,${USER(u)}`;
    return L;
  } },
  { id: 'panos-system-auth', weight: 2, gen(c) {
    const L = c.line();
    const { ts } = panHdr(c, L);
    const ok = c.rng.chance(0.6);
    const u = c.rng.chance(0.8) ? USER(c.P.user()) : 'admin';
    const msg = ok ? ['authenticated for user \'', u, '\'.   From: ', IP(c.P.ipInt()), '.'] : ['failed authentication for user \'', u, '\'.  Reason: Invalid username or password. From: ', IP(c.P.ipExt()), '.'];
    L.f`SYSTEM,auth,0,${ts},,${ok ? 'auth-success' : 'auth-fail'},,0,0,general,${ok ? 'informational' : 'medium'},"${msg}",${c.rng.int(1e6, 9e6)},0x0,0,0,0,0,,PA-3220-HQ`;
    return L;
  } },
];
