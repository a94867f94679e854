// Config-change logging echoing credentials (IOS archive log config, NX-OS accounting) and
// `show running-config` captures (invented values).
import { IP, USER, SECRET, SPECIAL_IP } from '../build.mjs';
import { iosHdr } from './cisco-ios.mjs';

/** One IOS configuration command; returns an array of parts (text and span markers). */
export function iosCmd(c) {
  return c.rng.weighted([
    [3, () => ['snmp-server community ', SECRET(c.S.community()), ` ${c.rng.pick(['RO', 'RW', 'RO 10', 'view iso RO'])}`]],
    [2, () => ['snmp-server host ', IP(c.P.ipSrv()), ' version 2c ', SECRET(c.S.community())]],
    [1, () => ['snmp-server host ', IP(c.P.ipSrv()), ' traps version 2c ', SECRET(c.S.community()), ' udp-port 162']],
    [1, () => ['snmp-server user ', USER(c.P.user()), ' NETOPS v3 auth sha ', SECRET(c.S.password()), ' priv aes 128 ', SECRET(c.S.password())]],
    [2, () => ['enable secret 5 ', SECRET(c.S.md5crypt())]],
    [1, () => ['enable secret 8 ', SECRET(c.S.type8())]],
    [2, () => ['username ', USER(c.P.user()), ' privilege 15 secret 9 ', SECRET(c.S.type9())]],
    [1, () => ['username ', USER(c.P.user()), ' secret 5 ', SECRET(c.S.md5crypt())]],
    [2, () => ['username ', USER(c.P.user()), ' password 7 ', SECRET(c.S.type7())]],
    [1, () => ['username ', USER(c.P.user()), ' privilege 15 password 0 ', SECRET(c.S.password())]],
    [2, () => ['radius-server key 7 ', SECRET(c.S.type7())]],
    [1, () => ['radius-server host ', IP(c.P.ipSrv()), ' auth-port 1812 acct-port 1813 key 7 ', SECRET(c.S.type7())]],
    [1, () => ['tacacs-server key ', SECRET(c.S.password())]],
    [1, () => [' key 7 ', SECRET(c.S.type7())]],
    [2, () => ['crypto isakmp key ', SECRET(c.S.psk()), ' address ', IP(c.P.ipExtSrv())]],
    [1, () => ['crypto isakmp key 6 ', SECRET(c.S.type7()), ' address ', IP(c.P.ipExtSrv()), ' ', SPECIAL_IP('255.255.255.255')]],
    [1, () => [' pre-shared-key address ', IP(c.P.ipExtSrv()), ' key ', SECRET(c.S.psk())]],
    [2, () => [' wpa-psk ascii 0 ', SECRET(c.S.wpa())]],
    [1, () => [' wpa-psk ascii 7 ', SECRET(c.S.type7())]],
    [1, () => [' password 7 ', SECRET(c.S.type7())]],
    [1, () => [' key-string 7 ', SECRET(c.S.type7())]],
    [1, () => ['ntp authentication-key 1 md5 ', SECRET(c.S.type7()), ' 7']],
    [1, () => [' neighbor ', IP(c.P.ipExtSrv()), ' password 7 ', SECRET(c.S.type7())]],
    [1, () => [' standby 1 authentication md5 key-string ', SECRET(c.S.password())]],
    [6, () => c.rng.pick([['interface ', c.B.iface()], [' description uplink to core'], [' switchport access vlan ', String(c.rng.int(10, 400))],
      ['ntp server ', IP(c.P.ipSrv())], ['logging host ', IP(c.P.ipSrv())], ['ip route ', SPECIAL_IP('0.0.0.0'), ' ', SPECIAL_IP('0.0.0.0'), ' ', IP(c.P.ipExtSrv())],
      [' ip address ', IP(c.P.ipInt()), ' ', SPECIAL_IP('255.255.255.0')], ['snmp-server enable traps snmp linkdown linkup'], ['no shutdown'], ['line vty 0 4'], ['ntp trusted-key 1']])],
  ])();
}

export default [
  { id: 'ios-cfglog', weight: 6, gen(c) {
    const L = iosHdr(c, c.line(), 5);
    const pad = c.rng.chance(0.5) ? '  ' : ' ';
    return L.f`%PARSER-5-CFGLOG_LOGGEDCMD: User:${USER(c.P.user())}${pad}logged command:${iosCmd(c)}`;
  } },
  { id: 'ios-archive-diff', weight: 1, gen(c) {
    const L = iosHdr(c, c.line(), 5);
    return L.f`%ARCHIVE_DIFF-5-ROLLBK_CNFMD_CHG_BACKUP: Backing up current running config to flash:/archive-${c.rng.int(1, 30)} -- ${c.T.hms()} UTC`;
  } },
  { id: 'nxos-accounting', weight: 2, gen(c) {
    const L = c.line();
    L.t(`${c.T.ymd()} ${c.T.hms()} ${c.P.dev('ios')} %ACCOUNTING-6-MESSAGE: `);
    const cmd = c.rng.weighted([
      [2, () => ['username ', USER(c.P.user()), ' password 5 ', SECRET(c.S.md5crypt()), ' role network-admin']],
      [1, () => ['snmp-server community ', SECRET(c.S.community()), ' group network-operator']],
      [1, () => ['tacacs-server key 7 "', SECRET(c.S.type7()), '"']],
      [2, () => 'show interface brief']],
    )();
    return L.f`${c.T.ctime()}:type=update:id=${IP(c.P.ipInt())}@pts/${c.rng.int(0, 5)}:user=${USER(c.P.user())}:cmd=configure terminal ; ${cmd} (SUCCESS)`;
  } },
  { id: 'showrun-capture', weight: 2, gen(c) {
    // a line of `show running-config` pasted into a CLI session log (header-less)
    const L = c.line();
    if (c.rng.chance(0.3)) L.t(`${c.P.dev('ios')}#`).t(c.rng.chance(0.5) ? '' : ' ');
    return L.add(iosCmd(c));
  } },
  { id: 'masked-config', weight: 1, gen(c) {
    // masked / placeholder forms that must stay unchanged
    const L = iosHdr(c, c.line(), 5);
    return L.t(`%PARSER-5-CFGLOG_LOGGEDCMD: User:console logged command:${c.rng.pick([
      ' ikev1 pre-shared-key *****', 'snmp-server community ***** RO', 'enable secret <removed>', 'tunnel-group DefaultRAGroup ipsec-attributes',
      'password encryption aes', 'service password-encryption', 'no service password-recovery', 'key chain OSPF-KEYS', ' key 1',
      'aaa authentication login default group tacacs+ local', 'ip ssh version 2'])}`);
  } },
];
