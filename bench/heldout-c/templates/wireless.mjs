// Wireless and SMB controllers: Ruckus SmartZone / Unleashed / ZoneDirector, TP-Link Omada.
import { L, J, ip, usr, sec, opt, look, pri, hdr, v4, v6, macs, ident, U, lk } from './h.mjs';

export default [
  { id: 'ruckus_sz', w: 7, gen(ctx) {
    const { R, W, X, clock } = ctx;
    const ap = macs(ctx, 'colon'), cl = macs(ctx, 'colon');
    const ssid = R.pick(['Corp', 'Corp-IoT', 'Guest', 'eduroam']);
    const ev = R.pick(['clientAuthorization', 'clientJoin', 'clientDisconnect', 'clientAuthFailure', 'clientRoaming']);
    const id = R.pick(['user', 'upn', 'realm']) ;
    const user = ssid === 'Guest' ? L`${opt('user', 'guest-' + R.digits(4))}` : ident(ctx, [id]);
    const h = L`${pri(R, 16)}${clock.bsd()} ${R.pick(['sz100-01', 'vsz-h01', 'SZ144'])} Core: @@${R.pick([201, 202, 205, 206, 218])},${ev},"apMac"="${ap}","clientMac"="${cl}","ssid"="${ssid}","bssid"="${macs(ctx, 'colon')}","userId"="${user}","wlanId"="${R.int(1, 12)}","iface"="wlan${R.int(0, 32)}","tenantUUID"="${look(X.uuid())}","apName"="${W.host('ap')}","apGps"="","apIpAddress"="${v4(ctx, 'int')}","userName"="${user}","vlanId"="${R.int(1, 400)}","radio"="${R.pick(['a/n/ac/ax', 'g/n'])}","encryption"="WPA2-AES","clientIp"="${v4(ctx, 'int')}"`;
    return R.p(0.3) ? L`${h},"clientIPv6"="${v6(ctx)}","fwVersion"="${look(X.ver4())}"` : h;
  } },
  { id: 'ruckus_unleashed', w: 5, gen(ctx) {
    const { R, W } = ctx;
    const h = hdr(ctx, W.host('ap'), R.pick(['stamgr', 'hostapd', 'apmgr']));
    const ap = L`${W.host('ap')}@${macs(ctx, 'colon')}`;
    return R.w([
      [3, () => L`${h}User[${ident(ctx, ['user', 'email', 'upn'])}] joins WLAN[${R.pick(['Corp', 'Staff'])}] from AP[${ap}] with IP address ${v4(ctx, 'int')}`],
      [2, () => L`${h}Client[${macs(ctx, 'colon')}] User[${ident(ctx, ['user', 'upn'])}] failed 802.1X authentication on WLAN[Corp] from AP[${ap}]`],
      [2, () => L`${h}Client[${macs(ctx, 'colon')}] with IP address ${v4(ctx, 'int')} roamed from AP[${ap}] to AP[${ap}]`],
      [1, () => L`${h}Guest[${opt('user', 'guest' + R.digits(3))}] used pass key ${sec(R.chars(10, 'ABCDEFGHJKLMNPQRSTUVWXYZ'))} to join WLAN[Guest]`],
      [1, () => L`${h}Admin ${U(ctx)} logs in from ${v4(ctx, 'int')}`],
    ]);
  } },
  { id: 'omada', w: 7, gen(ctx) {
    const { R, W, S, clock } = ctx;
    const h = L`${pri(R, 1, 6)}${clock.ymd()} ${clock.hms()} ${R.pick(['Omada Controller', 'OC200', 'OC300'])} - - - `;
    const eap = L`${R.pick(['EAP245', 'EAP670', 'EAP225-Outdoor'])}(${macs(ctx, 'DASH')})`;
    return R.w([
      [3, () => L`${h}[${R.pick(['ws', 'client'])}] Client[${macs(ctx, 'DASH')}] connected to ${eap} on SSID ${R.pick(['Office', 'Guest'])} (${R.pick(['5GHz', '2.4GHz'])}) with IP ${v4(ctx, 'int')}.`],
      [2, () => L`${h}[Portal] Client ${macs(ctx, 'DASH')} (${v4(ctx, 'int')}) ${R.w([[1, () => L`authenticated via voucher code ${sec(S.otp())}`], [1, () => L`authenticated via local user ${U(ctx)}`], [1, () => L`authenticated via RADIUS as ${ident(ctx, ['user', 'email'])}`]])}.`],
      [2, () => L`${h}[Admin] ${R.p(0.5) ? ident(ctx, ['email']) : U(ctx)} logged in to the controller from ${v4(ctx, 'int')}.`],
      [1, () => L`${h}[Admin] ${ident(ctx, ['email'])} changed WLAN ${R.pick(['Office', 'Staff'])} PSK from ${sec(S.psk())} to ${sec(S.psk())}.`],
      [1, () => L`${h}[Device] ${eap} was adopted by ${U(ctx)}; firmware ${look(ctx.X.ver())}; IP ${v4(ctx, 'int')}.`],
    ]);
  } },
  { id: 'omada_json', w: 3, gen(ctx) {
    const { R, W, X, clock } = ctx;
    return J({
      time: clock.ms, siteId: R.hex(24), key: R.pick(['STA_CONNECT', 'STA_DISCONNECT', 'STA_ROAM']),
      mac: macs(ctx, 'DASH'), name: W.host('ws'), ip: v4(ctx, 'int'), ipv6List: R.p(0.5) ? [v6(ctx)] : [],
      ssid: R.pick(['Office', 'Guest']), apMac: macs(ctx, 'DASH'), apName: W.host('ap'), authStatus: R.pick([0, 1, 2]),
      identity: R.p(0.6) ? ident(ctx, ['user', 'email', 'upn']) : null, uptime: R.int(10, 99999), fw: look(X.ver()),
    });
  } },
];
