// Windows Security events 4624/4625/4634/4648/4720/4724/4740/4768/4771/4776 as they arrive through
// different shippers: Snare (tab), evtsys / Datagram-style syslog text, NXLog JSON, Winlogbeat ECS
// JSON, WEC XML on one line, Splunk-style key=value, QRadar WinCollect LEEF.
import { L, F, J, RAW, join, ip, usr, em, sec, opt, look, pri, encode, jsonStr, v4, v6, macs, ident, lk } from './h.mjs';

const PROVIDER_GUID = '{54849625-5478-4994-A5BA-3E3B0328C30D}';
const dash = () => '-';

/** Build an event: { id, title, kw, task, sections:[[name, [[label, dataName|null, frag]]]] } */
function event(ctx) {
  const { R, W, S } = ctx;
  const p = W.person();
  const org = p.org;
  const u = R.p(0.05) ? p.adm : p.user;
  const dc = `${org.nb.slice(0, 3)}-DC${R.int(1, 3)}`;
  const ws = W.host('ws');
  const sid = opt('user', p.sid);
  const addr = () => R.w([[5, () => v4(ctx, 'int')], [2, () => ip(`::ffff:${W.ip4('int')}`)], [1, () => v6(ctx)], [1, () => ip(W.ll6())], [0.5, () => ip('127.0.0.1')], [0.5, () => ip('::1')], [1, () => F('-')]]);
  const lid = () => `0x${R.int(0x10000, 0xfffffff).toString(16)}`;
  const id = R.w([[5, 4624], [6, 4625], [2, 4634], [1, 4648], [1, 4720], [1, 4724], [3, 4740], [3, 4768], [2, 4771], [3, 4776]]);
  const subjSys = [['Security ID', 'SubjectUserSid', F('S-1-5-18')], ['Account Name', 'SubjectUserName', opt('user', `${dc}$`)], ['Account Domain', 'SubjectDomainName', F(org.nb)], ['Logon ID', 'SubjectLogonId', F('0x3E7')]];
  const subjAdmin = () => { const a = W.person(); return [['Security ID', 'SubjectUserSid', opt('user', a.sid)], ['Account Name', 'SubjectUserName', usr(a.adm)], ['Account Domain', 'SubjectDomainName', F(org.nb)], ['Logon ID', 'SubjectLogonId', F(lid())]]; };
  switch (id) {
    case 4624: {
      const who = R.w([[8, () => usr(u)], [1, () => opt('user', `${ws}$`)], [1, () => opt('user', W.service())]]);
      const a = addr();
      return { id, title: 'An account was successfully logged on.', kw: 'Audit Success', task: 'Logon', user: who, dom: org.nb, host: dc, ip: a, sections: [
        ['Subject', subjSys],
        ['Logon Information', [['Logon Type', 'LogonType', F(String(R.pick([2, 3, 3, 3, 10, 7])))], ['Restricted Admin Mode', null, F('-')], ['Virtual Account', null, F('No')], ['Elevated Token', 'ElevatedToken', F(R.pick(['Yes', 'No']))]]],
        ['New Logon', [['Security ID', 'TargetUserSid', sid], ['Account Name', 'TargetUserName', who], ['Account Domain', 'TargetDomainName', F(org.nb)], ['Logon ID', 'TargetLogonId', F(lid())], ['Logon GUID', 'LogonGuid', F(`{${ctx.X.uuid()}}`)]]],
        ['Network Information', [['Workstation Name', 'WorkstationName', F(ws)], ['Source Network Address', 'IpAddress', a], ['Source Port', 'IpPort', F(String(W.port()))]]],
        ['Detailed Authentication Information', [['Logon Process', 'LogonProcessName', F(R.pick(['NtLmSsp', 'Kerberos', 'User32', 'Advapi']))], ['Authentication Package', 'AuthenticationPackageName', F(R.pick(['NTLM', 'Kerberos', 'Negotiate']))], ['Package Name (NTLM only)', 'LmPackageName', F(R.pick(['NTLM V2', '-']))], ['Key Length', 'KeyLength', F(R.pick(['0', '128']))]]],
      ] };
    }
    case 4625: {
      const typo = R.p(0.07);
      const who = typo ? sec(S.pw()) : R.w([[8, () => usr(u)], [2, () => em(p.upn)], [1, () => F(W.shared())]]);
      const a = addr();
      return { id, title: 'An account failed to log on.', kw: 'Audit Failure', task: 'Logon', user: who, dom: org.nb, host: dc, ip: a, sections: [
        ['Subject', [['Security ID', 'SubjectUserSid', F('S-1-0-0')], ['Account Name', 'SubjectUserName', F('-')], ['Account Domain', 'SubjectDomainName', F('-')], ['Logon ID', 'SubjectLogonId', F('0x0')]]],
        ['Logon Type', [['', 'LogonType', F(String(R.pick([3, 3, 10, 2, 8])))]]],
        ['Account For Which Logon Failed', [['Security ID', 'TargetUserSid', F('S-1-0-0')], ['Account Name', 'TargetUserName', who], ['Account Domain', 'TargetDomainName', F(R.p(0.8) ? org.nb : '')]]],
        ['Failure Information', [['Failure Reason', 'FailureReason', F(R.pick(['Unknown user name or bad password.', 'The specified account\'s password has expired.', 'Account locked out.']))], ['Status', 'Status', F('0xC000006D')], ['Sub Status', 'SubStatus', F(R.pick(['0xC000006A', '0xC0000064', '0xC0000234']))]]],
        ['Network Information', [['Workstation Name', 'WorkstationName', F(ws)], ['Source Network Address', 'IpAddress', a], ['Source Port', 'IpPort', F(String(W.port()))]]],
        ['Detailed Authentication Information', [['Logon Process', 'LogonProcessName', F('NtLmSsp')], ['Authentication Package', 'AuthenticationPackageName', F('NTLM')]]],
      ] };
    }
    case 4634: {
      const who = usr(u);
      return { id, title: 'An account was logged off.', kw: 'Audit Success', task: 'Logoff', user: who, dom: org.nb, host: ws, ip: null, sections: [
        ['Subject', [['Security ID', 'TargetUserSid', sid], ['Account Name', 'TargetUserName', who], ['Account Domain', 'TargetDomainName', F(org.nb)], ['Logon ID', 'TargetLogonId', F(lid())]]],
        ['Logon Type', [['', 'LogonType', F(String(R.pick([3, 10])))]]],
      ] };
    }
    case 4648: {
      const who = R.p(0.7) ? usr(u) : em(p.upn);
      const a = addr();
      return { id, title: 'A logon was attempted using explicit credentials.', kw: 'Audit Success', task: 'Logon', user: who, dom: org.nb, host: ws, ip: a, sections: [
        ['Subject', subjAdmin()],
        ['Account Whose Credentials Were Used', [['Account Name', 'TargetUserName', who], ['Account Domain', 'TargetDomainName', F(org.nb)]]],
        ['Target Server', [['Target Server Name', 'TargetServerName', F(W.host('srv'))], ['Additional Information', 'TargetInfo', F(W.host('srv'))]]],
        ['Process Information', [['Process ID', 'ProcessId', F(`0x${R.hex(4)}`)], ['Process Name', 'ProcessName', F('C:\\Windows\\System32\\runas.exe')]]],
        ['Network Information', [['Network Address', 'IpAddress', a], ['Port', 'IpPort', F(String(W.port()))]]],
      ] };
    }
    case 4720: case 4724: {
      const who = usr(u);
      return { id, title: id === 4720 ? 'A user account was created.' : "An attempt was made to reset an account's password.", kw: 'Audit Success', task: 'User Account Management', user: who, dom: org.nb, host: dc, ip: null, sections: [
        ['Subject', subjAdmin()],
        [id === 4720 ? 'New Account' : 'Target Account', [['Security ID', 'TargetSid', sid], ['Account Name', 'TargetUserName', who], ['Account Domain', 'TargetDomainName', F(org.nb)]]],
        ...(id === 4720 ? [['Attributes', [['SAM Account Name', 'SamAccountName', usr(u)], ['Display Name', 'DisplayName', opt('user', p.display)], ['User Principal Name', 'UserPrincipalName', em(p.upn)], ['Home Directory', 'HomeDirectory', F('-')], ['Password Last Set', 'PasswordLastSet', F('%%1794')]]]] : []),
      ] };
    }
    case 4740: {
      const who = usr(u);
      return { id, title: 'A user account was locked out.', kw: 'Audit Success', task: 'User Account Management', user: who, dom: ws, host: dc, ip: null, sections: [
        ['Subject', subjSys],
        ['Account That Was Locked Out', [['Security ID', 'TargetSid', sid], ['Account Name', 'TargetUserName', who]]],
        ['Additional Information', [['Caller Computer Name', 'TargetDomainName', F(ws)]]],
      ] };
    }
    case 4768: case 4771: {
      const who = usr(u);
      const a = R.p(0.8) ? ip(`::ffff:${W.ip4('int')}`) : addr();
      const tgt = id === 4768;
      return { id, title: tgt ? 'A Kerberos authentication ticket (TGT) was requested.' : 'Kerberos pre-authentication failed.', kw: tgt ? 'Audit Success' : 'Audit Failure', task: tgt ? 'Kerberos Authentication Service' : 'Kerberos Authentication Service', user: who, dom: org.realm, host: dc, ip: a, sections: [
        ['Account Information', [['Account Name', 'TargetUserName', who], ...(tgt ? [['Supplied Realm Name', 'TargetDomainName', F(org.realm)]] : []), [tgt ? 'User ID' : 'Security ID', tgt ? 'TargetSid' : 'TargetSid', sid]]],
        ['Service Information', [['Service Name', 'ServiceName', tgt ? F('krbtgt') : opt('user', `krbtgt/${org.realm}`)], ...(tgt ? [['Service ID', 'ServiceSid', F(`S-1-5-21-${R.int(1e9, 4e9)}-502`)]] : [])]],
        ['Network Information', [['Client Address', 'IpAddress', a], ['Client Port', 'IpPort', F(String(W.port()))]]],
        ['Additional Information', [['Ticket Options', 'TicketOptions', F(R.pick(['0x40810010', '0x40800000']))], [tgt ? 'Result Code' : 'Failure Code', 'Status', F(tgt ? '0x0' : R.pick(['0x18', '0x12']))], ...(tgt ? [['Ticket Encryption Type', 'TicketEncryptionType', F(R.pick(['0x12', '0x17']))]] : []), ['Pre-Authentication Type', 'PreAuthType', F(String(R.pick([2, 15, 0])))]]],
      ] };
    }
    default: { // 4776
      const who = R.p(0.9) ? usr(u) : sec(S.pw());
      return { id, title: 'The computer attempted to validate the credentials for an account.', kw: R.p(0.5) ? 'Audit Failure' : 'Audit Success', task: 'Credential Validation', user: who, dom: org.nb, host: dc, ip: null, sections: [
        ['', [['Authentication Package', 'PackageName', F('MICROSOFT_AUTHENTICATION_PACKAGE_V1_0')], ['Logon Account', 'TargetUserName', who], ['Source Workstation', 'Workstation', F(ws)], ['Error Code', 'Status', F(R.pick(['0xC000006A', '0x0', '0xC0000064']))]]],
      ] };
    }
  }
}

/** Windows message text with a configurable whitespace style. */
function msgText(ev, sp, nl = ' ') {
  const parts = [F(ev.title)];
  for (const [sec_, rows] of ev.sections) {
    if (sec_) parts.push(F(`${sec_}:`));
    for (const [label, , val] of rows) parts.push(label ? L`${label}:${sp}${val}` : L`${val}`);
  }
  return join(parts, nl);
}
const dataPairs = (ev) => ev.sections.flatMap(([, rows]) => rows.filter((r) => r[1]).map((r) => [r[1], r[2]]));

const RENDER = {
  snare(ctx, ev) {
    const { R, clock } = ctx;
    const acct = ev.user.kind === 'user' || ev.user.kind === 'secret' ? L`${ev.dom}\\${ev.user}` : L`${ev.user}`;
    return L`${pri(R, 13, 5)}${clock.bsd()} ${ev.host} MSWinEventLog\t${R.int(0, 5)}\tSecurity\t${R.int(1e5, 9e6)}\t${clock.snare()}\t${ev.id}\tMicrosoft-Windows-Security-Auditing\t${acct}\tN/A\t${ev.kw}\t${ev.host}\t${ev.task}\t\t${msgText(ev, '  ', '  ')}\t${R.int(1, 999999)}`;
  },
  evtsys(ctx, ev) {
    const { R, clock } = ctx;
    return L`${pri(R, 13, ev.kw.endsWith('Failure') ? 4 : 5)}${clock.bsd()} ${ev.host} Microsoft-Windows-Security-Auditing[${R.int(500, 900)}]: ${ev.id}: ${ev.kw.toUpperCase().replace(' ', '_')} ${msgText(ev, R.pick([' ', '  ', '\t']), ' ')}`;
  },
  nxlog(ctx, ev) {
    const { R, clock } = ctx;
    const o = { EventTime: `${clock.ymd()} ${clock.hms()}`, Hostname: ctx.W.fqdn(ev.host), Keywords: RAW(ev.kw.endsWith('Failure') ? '-9218868437227405312' : '-9214364837600034816'), EventType: ev.kw.endsWith('Failure') ? 'AUDIT_FAILURE' : 'AUDIT_SUCCESS', SeverityValue: 2, Severity: 'INFO', EventID: ev.id, SourceName: 'Microsoft-Windows-Security-Auditing', ProviderGuid: PROVIDER_GUID, Version: R.pick([0, 1, 2]), Task: R.pick([12544, 14339, 12546]), OpcodeValue: 0, RecordNumber: R.int(1e5, 9e7), ProcessID: R.int(500, 900), ThreadID: R.int(500, 9000), Channel: 'Security' };
    if (R.p(0.35)) o.Message = msgText(ev, '\t\t', '\r\n\t');
    for (const [k, v] of dataPairs(ev)) o[k] = v;
    return J(o);
  },
  winlogbeat(ctx, ev) {
    const { R, clock, W } = ctx;
    const ed = Object.fromEntries(dataPairs(ev));
    const o = { '@timestamp': clock.iso(3), event: { code: String(ev.id), kind: 'event', provider: 'Microsoft-Windows-Security-Auditing', outcome: ev.kw.endsWith('Failure') ? 'failure' : 'success' }, winlog: { channel: 'Security', computer_name: W.fqdn(ev.host), event_id: String(ev.id), record_id: R.int(1e5, 9e7), event_data: ed }, host: { name: ev.host.toLowerCase(), mac: [macs(ctx, 'DASH')], ip: [v4(ctx, 'int'), ip(W.ll6())] } };
    if (ev.ip && ev.ip.kind === 'ip') o.source = { ip: ev.ip, port: R.int(1024, 65535) };
    if (ev.user.kind === 'user' && !ev.user.opt) o.user = { name: usr(ev.user.value), domain: ev.dom };
    return J(o);
  },
  xml(ctx, ev) {
    const { R, clock, W } = ctx;
    const data = join(dataPairs(ev).map(([k, v]) => L`<Data Name='${k}'>${v}</Data>`), '');
    return L`<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Security-Auditing' Guid='${PROVIDER_GUID}'/><EventID>${ev.id}</EventID><Version>0</Version><Level>0</Level><Task>${R.int(12544, 14339)}</Task><Opcode>0</Opcode><Keywords>0x8020000000000000</Keywords><TimeCreated SystemTime='${clock.iso(7)}'/><EventRecordID>${R.int(1e5, 9e7)}</EventRecordID><Correlation/><Execution ProcessID='${R.int(500, 900)}' ThreadID='${R.int(500, 9000)}'/><Channel>Security</Channel><Computer>${W.fqdn(ev.host)}</Computer><Security/></System><EventData>${data}</EventData></Event>`;
  },
  splunk(ctx, ev) {
    const { R, clock, W } = ctx;
    return L`${clock.us()} LogName=Security EventCode=${ev.id} EventType=0 ComputerName=${W.fqdn(ev.host)} SourceName=Microsoft Windows security auditing. Type=Information RecordNumber=${R.int(1e5, 9e7)} Keywords=${ev.kw} TaskCategory=${ev.task} OpCode=Info Message=${msgText(ev, ' ', ' ')}`;
  },
  leef(ctx, ev) {
    const { R, clock } = ctx;
    const pairs = [['devTime', F(clock.iso(3))], ['devTimeFormat', F("yyyy-MM-dd'T'HH:mm:ss.SSSX")], ['cat', F(ev.task)], ['sev', F(String(R.int(1, 6)))]];
    if (ev.ip) pairs.push(['src', ev.ip]);
    pairs.push(['usrName', ev.user], ['domain', F(ev.dom)], ['EventID', F(String(ev.id))]);
    for (const [k, v] of dataPairs(ev)) if (!['TargetUserName', 'IpAddress'].includes(k)) pairs.push([k, v]);
    return L`${pri(R, 13, 5)}${clock.bsd()} ${ev.host} LEEF:1.0|Microsoft|Windows|2k12|${ev.id}|${join(pairs.map(([k, v]) => L`${k}=${v}`), '\t')}`;
  },
};

export default [
  { id: 'win_security', w: 28, crlf: 0.12, gen(ctx) {
    const ev = event(ctx);
    const style = ctx.R.w([[4, 'snare'], [3, 'evtsys'], [4, 'nxlog'], [3, 'winlogbeat'], [2, 'xml'], [3, 'splunk'], [2, 'leef']]);
    return RENDER[style](ctx, ev);
  } },
];
export { event as winEvent };
