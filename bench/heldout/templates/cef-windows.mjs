// CEF (ArcSight) lines and Windows Security events via Snare / NXLog (invented values).
import { IP, MAC, USER, EMAIL, OPT, hdr3164 } from '../build.mjs';

const PRODUCTS = [['Acme', 'EdgeGuard', '4.2.1'], ['Northwind', 'WebProxy', '11.0'], ['Contoso', 'IdP', '2.3.0']];
const sid = (c) => `S-1-5-21-${c.rng.int(1e9, 4e9)}-${c.rng.int(1e9, 4e9)}-${c.rng.int(1e8, 4e9)}-${c.rng.int(1100, 9999)}`;

export default [
  { id: 'cef', weight: 4, gen(c) {
    const L = c.line();
    if (c.rng.chance(0.6)) L.t(`<134>${c.T.rfc3164()} ${c.rng.pick(['siem-fwd', 'edge-proxy01'])} `);
    const [v, p, ver] = c.rng.pick(PRODUCTS);
    const ok = c.rng.chance(0.6);
    L.t(`CEF:0|${v}|${p}|${ver}|${c.rng.int(100, 999)}|${ok ? 'Logon success' : 'Logon failure'}|${ok ? 3 : 7}|`);
    L.f`rt=${c.T.ms()} src=${IP(c.P.ipAny())} spt=${c.P.port()} dst=${IP(c.P.ipSrv())} dpt=${c.P.svcPort()} `;
    L.add(c.rng.weighted([
      [3, () => ['suser=', USER(c.P.user())]],
      [2, () => ['suser=', c.P.adDomain(), '\\\\', USER(c.P.user())]],
      [1, () => ['suser=', EMAIL(c.P.email())]],
    ])());
    if (c.rng.chance(0.5)) L.add([' duser=', c.rng.chance(0.7) ? USER(c.P.user()) : 'Administrator']);
    L.f` smac=${MAC(c.P.mac('COLON'))} outcome=${ok ? 'success' : 'failure'} fileHash=${c.B.md5()} msg=User authentication ${ok ? 'succeeded' : 'failed'} cs1Label=policy cs1=Default`;
    return L;
  } },
  { id: 'snare-4624-4625', weight: 4, gen(c) {
    const L = c.line();
    const ws = c.P.ws();
    const dom = c.P.adDomain();
    const ok = c.rng.chance(0.6);
    const id = ok ? 4624 : 4625;
    const u = c.P.user();
    L.t(`<13>1 ${c.T.iso(6)} ${c.rng.pick(['DC01', 'DC02', 'FS01'])} - - - - MSWinEventLog\t1\tSecurity\t${c.rng.int(1e5, 9e6)}\t${c.T.ctime()}\t${id}\tMicrosoft-Windows-Security-Auditing\t`);
    L.f`${dom}\\${USER(u)}\tN/A\t${ok ? 'Success' : 'Failure'} Audit\t${ws}\tLogon\t\t${ok ? 'An account was successfully logged on.' : 'An account failed to log on.'}    Subject:   Security ID:  S-1-5-18   Account Name:  ${OPT(`${ws}$`, 'machine account')}   Account Domain:  ${dom}   Logon ID:  0x3E7    Logon Type:  ${c.rng.pick([2, 3, 10])}    ${ok ? 'New Logon' : 'Account For Which Logon Failed'}:   Security ID:  ${ok ? sid(c) : 'S-1-0-0'}   Account Name:  ${USER(u)}   Account Domain:  ${dom}    Network Information:   Workstation Name:  ${ws}   Source Network Address:  ${IP(c.P.ipInt())}   Source Port:  ${c.P.port()}`;
    return L;
  } },
  { id: 'nxlog-json', weight: 4, gen(c) {
    const L = c.line();
    if (c.rng.chance(0.5)) hdr3164(c, L, { host: c.rng.pick(['dc01.corp.example.com', 'dc02.corp.example.com']), tag: 'Microsoft-Windows-Security-Auditing', pri: 14 });
    const id = c.rng.pick([4624, 4625, 4740, 4768, 4771]);
    const dom = c.P.adDomain();
    const subj = c.rng.chance(0.5) ? OPT(`${c.rng.pick(['DC01', 'DC02'])}$`, 'machine account') : '-';
    const tgt = c.rng.chance(0.9) ? USER(c.P.user()) : c.rng.pick(['SYSTEM', 'Administrator', 'Guest']);
    const ip = c.rng.chance(0.8) ? IP(c.P.ipInt()) : IP(`::ffff:${c.P.ipInt()}`);
    return L.f`{"EventTime":"${c.T.ymd()} ${c.T.hms()}","Hostname":"${c.rng.pick(['DC01', 'DC02'])}.corp.example.com","Keywords":-9214364837600034816,"EventType":"AUDIT_${id === 4624 || id === 4768 ? 'SUCCESS' : 'FAILURE'}","SeverityValue":2,"EventID":${id},"SourceName":"Microsoft-Windows-Security-Auditing","ProviderGuid":"{54849625-5478-4994-A5BA-3E3B0328C30D}","Version":2,"TaskValue":12544,"OpcodeValue":0,"RecordNumber":${c.rng.int(1e6, 9e8)},"ProcessID":${c.rng.int(500, 900)},"ThreadID":${c.rng.int(500, 9000)},"Channel":"Security","SubjectUserSid":"S-1-5-18","SubjectUserName":"${subj}","SubjectDomainName":"${dom}","TargetUserName":"${tgt}","TargetDomainName":"${dom}","LogonType":"3","WorkstationName":"${c.P.ws()}","IpAddress":"${ip}","IpPort":"${c.P.port()}"}`;
  } },
  { id: 'win-eventlog-text', weight: 2, gen(c) {
    const L = hdr3164(c, c.line(), { host: c.rng.pick(['DC01', 'FS01', 'EXCH01']), tag: 'Security-Auditing', pri: 13 });
    const u = c.P.user();
    return c.rng.weighted([
      [2, () => L.f`4740: A user account was locked out. Subject: Account Name: ${OPT('DC01$', 'machine account')} Account Domain: ${c.P.adDomain()} Account That Was Locked Out: Account Name: ${USER(u)} Additional Information: Caller Computer Name: ${c.P.ws()}`],
      [2, () => L.f`4771: Kerberos pre-authentication failed. Account Information: Security ID: ${c.P.adDomain()}\\${USER(u)} Account Name: ${USER(u)} Service Information: Service Name: krbtgt/${c.P.adDomain()} Network Information: Client Address: ${IP(`::ffff:${c.P.ipInt()}`)} Client Port: ${c.P.port()} Failure Code: 0x18`],
      [1, () => L.f`4648: A logon was attempted using explicit credentials. Account Name: ${USER(u)} Account Domain: ${c.P.adDomain()} Account Whose Credentials Were Used: Account Name: ${EMAIL(c.P.email())} Target Server Name: ${c.P.ws()} Network Address: ${IP(c.P.ipInt())} Port: ${c.P.port()}`],
    ])();
  } },
];
