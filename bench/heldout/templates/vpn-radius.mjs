// OpenVPN, strongSwan charon, FreeRADIUS (invented values).
import { IP, MAC, USER, EMAIL, SECRET, hdrServer } from '../build.mjs';

const ovpnHdr = (c) => hdrServer(c, c.line(), { host: c.rng.pick(['vpn01', 'vpn02', 'pfSense']), tag: 'openvpn', pid: c.rng.int(300, 99999), pri: 29 });

export default [
  { id: 'openvpn-auth', weight: 4, gen(c) {
    const L = ovpnHdr(c);
    const u = c.P.user();
    const ip = c.P.ipExt(), p = c.P.port();
    return c.rng.weighted([
      [3, () => L.f`${IP(ip)}:${p} TLS: Username/Password authentication succeeded for username '${USER(u)}'`],
      [2, () => L.f`${IP(ip)}:${p} TLS Auth Error: Auth Username/Password verification failed for peer`],
      [2, () => L.f`${IP(ip)}:${p} [${USER(u)}] Peer Connection Initiated with [AF_INET]${IP(ip)}:${p}`],
      [2, () => L.f`${USER(u)}/${IP(ip)}:${p} MULTI_sva: pool returned IPv4=${IP(`10.8.0.${c.rng.int(2, 254)}`)}, IPv6=(Not enabled)`],
      [2, () => L.f`MULTI: Learn: ${IP(`10.8.0.${c.rng.int(2, 254)}`)} -> ${USER(u)}/${IP(ip)}:${p}`],
      [1, () => L.f`${USER(u)}/${IP(ip)}:${p} peer info: IV_HWADDR=${MAC(c.P.mac('colon'))}`],
      [1, () => L.f`${USER(u)}/${IP(ip)}:${p} peer info: IV_VER=2.6.8`],
      [1, () => L.f`AUTH-PAM: BACKGROUND: user '${USER(u)}' failed to authenticate: Authentication failure`],
      [1, () => L.f`${IP(ip)}:${p} WARNING: Failed running command (--auth-user-pass-verify): external program exited with error status: 1`],
      [1, () => L.f`${USER(u)}/${IP(c.P.v6())} SIGUSR1[soft,connection-reset] received, client-instance restarting`],
    ])();
  } },
  { id: 'strongswan', weight: 2, gen(c) {
    const L = hdrServer(c, c.line(), { host: 'vpngw', tag: 'charon', pid: c.rng.int(300, 99999), pri: 30 });
    const th = String(c.rng.int(1, 16)).padStart(2, '0');
    const gw = c.P.ipExtSrv(), peer = c.P.ipExt();
    return c.rng.weighted([
      [2, () => L.f`${th}[IKE] IKE_SA rw-eap[${c.rng.int(1, 900)}] established between ${IP(gw)}[vpn.${c.P.domain()}]...${IP(peer)}[${EMAIL(c.P.email())}]`],
      [1, () => L.f`${th}[IKE] EAP-Identity request configured, but not supported`],
      [2, () => L.f`${th}[IKE] peer requested virtual IP %any, assigning ${IP(`10.10.${c.rng.int(0, 9)}.${c.rng.int(2, 254)}`)} to peer '${USER(c.P.user())}'`],
      [1, () => L.f`${th}[NET] received packet: from ${IP(peer)}[${c.rng.pick([500, 4500])}] to ${IP(gw)}[${c.rng.pick([500, 4500])}] (${c.rng.int(200, 1400)} bytes)`],
      [1, () => L.f`${th}[CFG] selected peer config 'rw' for ${IP(`${c.rng.int(10, 10)}.${c.rng.int(0, 40)}.0.0`)}/16 === ${IP(c.P.v6())}/128`],
    ])();
  } },
  { id: 'freeradius', weight: 4, gen(c) {
    const L = c.line();
    L.t(`${c.T.ctime()} : Auth: (${c.rng.int(1, 99999)}) `);
    const u = c.P.user();
    const nas = c.rng.pick(['ap-floor2', 'wlc01', 'sw-acc-hq-03', 'vpn-nas']);
    const cli = c.rng.weighted([[3, () => MAC(c.P.mac('DASH'))], [2, () => MAC(c.P.mac(c.rng.pick(['BARE', 'bare'])))], [2, () => IP(c.P.ipInt())]])();
    return c.rng.weighted([
      [4, () => L.f`Login OK: [${USER(u)}] (from client ${nas} port ${c.rng.int(0, 50)} cli ${cli})`],
      [2, () => L.f`Login incorrect (mschap: MS-CHAP2-Response is incorrect): [${USER(u)}] (from client ${nas} port ${c.rng.int(0, 50)} cli ${cli})`],
      [1, () => L.f`Login incorrect (pap: Cleartext password does not match "known good" password): [${USER(u)}/${SECRET(c.S.password())}] (from client ${nas} port ${c.rng.int(0, 50)} cli ${cli})`],
      [1, () => L.f`Login OK: [${EMAIL(c.P.email())}] (from client ${nas} port 0 via TLS tunnel)`],
      [1, () => L.f`Login incorrect: [${USER(u)}/<via Auth-Type = eap>] (from client ${nas} port ${c.rng.int(0, 50)} cli ${cli})`],
    ])();
  } },
  { id: 'radius-acct-kv', weight: 2, gen(c) {
    // RADIUS accounting / NPS-style key=value export
    const L = hdrServer(c, c.line(), { host: 'radius01', tag: 'radiusd', pid: c.rng.int(300, 99999), pri: 38 });
    const d = c.P.adDomain();
    return L.f`Acct-Status-Type=${c.rng.pick(['Start', 'Stop', 'Interim-Update'])} User-Name="${d}\\${USER(c.P.user())}" NAS-IP-Address=${IP(c.P.ipSrv())} NAS-Port=${c.rng.int(1, 50000)} Calling-Station-Id="${MAC(c.P.mac(c.rng.pick(['DASH', 'DASH', 'BARE', 'dash'])))}" Called-Station-Id="${MAC(c.P.mac('DASH'))}:CORP-WIFI" Framed-IP-Address=${IP(c.P.ipInt())} Acct-Session-Id="${c.rng.hex(16, true)}" Acct-Input-Octets=${c.rng.int(0, 9e8)} Acct-Output-Octets=${c.rng.int(0, 9e8)}`;
  } },
];
