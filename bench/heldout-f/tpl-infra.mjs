// Power, out-of-band management, printing, storage, compute, cameras, kernel/hardware look-alikes.
import { L, U, S, I, M, E, O, K } from './core.mjs';
import { macForm, v6form } from './fmt.mjs';

export default function infra(c) {
  const { rng, W, X, LK, clock, h } = c;
  const pid = () => rng.int(300, 32000);
  const port = () => rng.int(1025, 65500);
  const v6 = () => I(v6form(rng, W.v6()));
  return [
    // ---------------------------------------------------------------- APC Network Management Card
    { id: 'apc-nmc', w: 2, gen: () => {
      const host = rng.chance(0.4) ? I(W.in4()) : `ups-${rng.pick(['rack1', 'rack4', 'idf2'])}`;
      const pre = h(host, rng.pick(['UPS', 'System', 'Security']));
      const via = rng.pick(['Web', 'SSH', 'Telnet', 'FTP']);
      const v = rng.int(0, 4);
      if (v === 0) return L`${pre}${via} user '${U(W.user())}' logged in from ${I(W.in4())}.`;
      if (v === 1) return L`${pre}Detected an unauthorized user attempting to access the ${via} interface from ${I(W.in4())}. (user '${U(W.user())}')`;
      if (v === 2) return L`${pre}UPS: On battery power in response to an input power problem. Serial ${LK.serial()} firmware ${K('UPS 09.8')} NMC ${K('v7.0.6')}`;
      if (v === 3) return L`${pre}SNMP: Access control ${rng.int(1, 4)} community '${S(X.community())}' access Write+ NMS ${I(W.srv4())}`;
      return L`${pre}Network: DHCP lease acquired ${I(W.in4())}, MAC ${M(macForm(W.macBy(rng.pick(['00:c0:b7', '28:29:86'])), 'dash'))}.`;
    } },
    // ---------------------------------------------------------------- Network UPS Tools
    { id: 'nut', w: 2, gen: () => {
      const v = rng.int(0, 3);
      if (v === 0) return L`${h(W.srv(), `upsd[${pid()}]`)}User ${U(W.user())}@${I(W.in4())} logged into UPS [ups${rng.int(1, 3)}]`;
      if (v === 1) return L`${h(W.srv(), `upsmon[${pid()}]`)}Login on UPS [ups1@${I(W.srv4())}] failed - got [ERR ACCESS-DENIED]`;
      if (v === 2) return L`${h(W.srv(), `upsmon[${pid()}]`)}Using config line: MONITOR ups1@${I(W.srv4())} 1 ${U(W.user())} ${S(X.pw('alnum'))} ${rng.pick(['primary', 'secondary', 'slave'])}`;
      return L`${h(W.srv(), `upsd[${pid()}]`)}upsd.users: [${U(W.user())}] password = ${S(X.pw('cli'))} upsmon primary`;
    } },
    // ---------------------------------------------------------------- IPMI / Redfish / Lenovo XCC / Supermicro
    { id: 'ipmi-redfish', w: 3, gen: () => {
      const bmc = W.in4();
      const v = rng.int(0, 4);
      if (v === 0) return L`${h('mon01', `cron-ipmi[${pid()}]`)}ipmitool -I lanplus -H ${I(bmc)} -U ${rng.chance(0.5) ? 'ADMIN' : U(W.user())} -P ${S(X.pw('cli'))} sel list | tail -n ${rng.int(5, 50)}`;
      if (v === 1) return L`${h('mon01', `redfish-exporter[${pid()}]`)}GET https://${I(bmc)}/redfish/v1/Systems/System.Embedded.1 as root:${S(X.pw('alnum'))} -> 200 (${rng.int(20, 900)} ms)`;
      if (v === 2) return L`${h(I(bmc), 'XCC')}[${K('FQXSPSE4001I')}] Remote Login Successful. Login ID: ${U(W.user())} using ${rng.pick(['webguis', 'SSH', 'Redfish'])} from ${rng.chance(0.3) ? v6() : I(W.in4())} at IP address ${I(bmc)}.`;
      if (v === 3) return L`${h(I(bmc), 'BMC')}[SEL] ${LK.short().toUpperCase()} | ${clock.us()} | Power Supply #0x${X.hex(2)} | Failure detected | Asserted | Serial ${LK.serial()}`;
      return L`${h(I(bmc), 'BMC')}Supermicro IPMI: user ${U(W.user())} login failed from ${I(W.in4())} via ${rng.pick(['HTTPS', 'IPMI-LAN'])}, BMC MAC ${M(macForm(W.macBy(rng.pick(['00:25:90', 'ac:1f:6b'])), 'colon'))}`;
    } },
    // ---------------------------------------------------------------- PaperCut and MFP scan-to-email
    { id: 'printing', w: 3, gen: () => {
      const v = rng.int(0, 3);
      if (v === 0) return L`${clock.sqlms()} INFO  PrintJobProcessor - Job ${rng.int(1e5, 9e5)} printed by user "${U(W.user())}" on printer "\\\\prt01\\${rng.pick(['HP-M507-3F', 'Ricoh-IMC3000-2F', 'Brother-HL-L6400'])}" pages=${rng.int(1, 40)} cost=${(rng.next() * 5).toFixed(2)} client=${W.ws()} (${I(W.in4())})`;
      if (v === 1) return L`${h(I(W.in4()), 'MFP')}Scan to Email: SMTP AUTH failed for ${E(`scanner@${W.mailDomain()}`)} (535 5.7.139) server ${I(W.srv4())}:587, job owner ${U(W.user())}`;
      if (v === 2) return L`${clock.sqlms()} WARN  UserManager - Failed login attempt for user "${U(W.user())}" from ${I(W.in4())} (card number ${O('secret', String(rng.int(1e7, 9e7)))})`;
      return L`${h(I(W.in4()), 'HP-LaserJet')}EWS: Sign-in ${rng.pick(['failed', 'succeeded'])} for ${U(W.user())} from ${I(W.in4())}; SNMP set community ${S(X.community())} firmware ${K('2409081_000472')}`;
    } },
    // ---------------------------------------------------------------- NetApp ONTAP
    { id: 'netapp-ontap', w: 2, gen: () => {
      const node = `cl1-0${rng.int(1, 4)}`;
      const v = rng.int(0, 3);
      if (v === 0) return L`${clock.ctime()} -0000 [${node}: ${rng.pick(['apache', 'sshd'])}:info] ${I('::ffff:' + W.in4())} ${U(W.user())} :: cl1:${rng.pick(['ssh', 'ontapi', 'http'])} :: security login create -user-or-group-name ${U(W.user())} -application ssh -authentication-method password -role admin :: Success`;
      if (v === 1) return L`${clock.ctime()} -0000 [${node}: mgwd:info] ${I(W.in4())} ${U(W.user())} :: cl1:ssh :: vserver cifs create -vserver svm1 -cifs-server SVM1 -domain corp.example -ou CN=Computers :: Success`;
      if (v === 2) return L`${clock.ctime()} -0000 [${node}: sshd:info] ${I(W.in4())} ${U(W.user())} :: cl1:ssh :: security login password -username ${U(W.user())} :: Pending`;
      return L`${clock.ctime()} -0000 [${node}: mgwd:info] ${I(W.in4())} ${U(W.user())} :: cl1:ssh :: system snmp community add -type ro -community-name ${S(X.community())} :: Success`;
    } },
    // ---------------------------------------------------------------- Cisco UCS Manager audit
    { id: 'ucsm', w: 2, gen: () => {
      const u = W.user();
      const v = rng.int(0, 2);
      const pre = L`${clock.bsd()} ucs-fi-${rng.pick(['a', 'b'])} : ${clock.sql().slice(0, 4)} ${clock.bsd()} UTC: `;
      if (v === 0) return L`${pre}%UCSM-6-AUDIT: [session][internal][creation][${U(u)}][${rng.int(1000, 99999)}][sys/user-ext/remoteuser-${U(u)}/sess-ucs-web-${rng.int(1, 99)}][id:web_${rng.int(1000, 99999)}_A, name:${U(u)}, policyOwner:local][] Web A: remote user ${U(u)} logged in from ${I(W.in4())}`;
      if (v === 1) return L`${pre}%UCSM-6-AUDIT: [admin][local][modification][${U(u)}][${rng.int(1000, 99999)}][sys/user-ext/user-${U(W.user())}][pwd:<hidden>][] local user modified`;
      return L`${pre}%UCSM-3-EVENT: [E4196${rng.int(100, 999)}][${rng.int(1e6, 9e6)}][transition][internal][] [FSM:STAGE:END]: Updating fabric interconnect A ${LK.serial()} firmware ${K('4.2(3h)')} (FSM-STAGE:sam:dme:NetworkElementFwUpdate)`;
    } },
    // ---------------------------------------------------------------- XCP-ng / XenServer xensource.log
    { id: 'xcp-ng', w: 2, gen: () => {
      const pre = L`${clock.bsd()} ${rng.pick(['xcp01', 'xcp02'])} xapi: [${rng.pick([' info', 'debug'])}||${rng.int(100, 99999)} HTTPS ${I(W.in4())}->|Async.VM.start R:${LK.short()}|`;
      const v = rng.int(0, 2);
      if (v === 0) return L`${pre}xapi_session] Session.create trackid=${X.hex(32)} pool=false uname=${U(W.user())} originator=XenCenter is_local_superuser=false auth_user_sid=${O('user', `S-1-5-21-${rng.int(1e9, 4e9)}-${rng.int(1e9, 4e9)}-${rng.int(1100, 9999)}`)} parent=trackid=${X.hex(32)}`;
      if (v === 1) return L`${pre}xapi_session] Failed to authenticate user ${U(W.user())}: Authentication failure`;
      return L`${pre}audit] VM.start: VM = '${LK.uuid()} (${W.srv()})' host_ref=OpaqueRef:${LK.uuid()}`;
    } },
    // ---------------------------------------------------------------- NVR / cameras
    { id: 'cctv', w: 3, gen: () => {
      const cam = W.in4();
      const v = rng.int(0, 4);
      if (v === 0) return L`${clock.sql()} [${rng.pick(['frigate.video', 'go2rtc'])}] ERROR   : ${rng.pick(['front_door', 'loading_bay', 'lobby'])}: Unable to read frames from ffmpeg process. Input rtsp://${rng.chance(0.5) ? 'admin' : U(W.user())}:${S(X.pw('url'))}@${I(cam)}:554/Streaming/Channels/${rng.pick([101, 102, 201])}`;
      if (v === 1) return L`${h('nvr01', `onvif-proxy[${pid()}]`)}SOAP <wsse:UsernameToken><wsse:Username>${U(W.user())}</wsse:Username><wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest">${S(X.b64(27))}</wsse:Password><wsse:Nonce>${X.b64(22)}</wsse:Nonce><wsu:Created>${clock.iso(0)}</wsu:Created></wsse:UsernameToken> to http://${I(cam)}/onvif/device_service`;
      if (v === 2) return L`${h(I(cam), 'Hikvision')}[${clock.sql()}] Remote: Login, user ${U(W.user())}, from ${I(W.in4())}, device SN ${K('DS-2CD2143G2-I')}${LK.serial()}`;
      if (v === 3) return L`${h(I(cam), 'axis')}[ INFO    ] httpd: Basic authentication failed for user ${U(W.user())} from ${I(W.in4())}, MAC ${M(macForm(W.macBy(rng.pick(['00:40:8c', 'ac:cc:8e'])), 'BARE'))}`;
      return L`${h('nvr01', `frigate[${pid()}]`)}cameras.lobby.ffmpeg.inputs[0].path = rtsp://${U(W.user())}:${S(X.pw('url'))}@[${v6()}]:554/live`;
    } },
    // ---------------------------------------------------------------- kernel / hardware look-alikes
    { id: 'kernel-hw', w: 4, gen: () => {
      const host = W.srv();
      const up = `[${rng.int(1, 99999)}.${String(rng.int(0, 999999)).padStart(6, '0')}]`;
      const v = rng.int(0, 6);
      if (v === 0) return L`${h(host, 'kernel')}${up} e1000e 0000:00:1f.6 eth0: (PCI Express:2.5GT/s:Width x1) ${M(macForm(W.macBy(rng.pick(['8c:16:45', '00:1b:21', 'a4:4c:c8'])), 'colon'))}`;
      if (v === 1) return L`${h(host, `smartd[${pid()}]`)}Device: /dev/sd${'abcd'[rng.int(0, 3)]} [SAT], WDC WD40EFRX-68N32N0, S/N:${LK.serial()}, WWN:5-0014ee-${X.hex(9)}, FW:82.00A82, 4.00 TB`;
      if (v === 2) return L`${h(host, 'kernel')}${up} EDAC MC0: 1 CE memory read error on CPU_SrcID#0_Ha#0_Chan#${rng.int(0, 3)}_DIMM#0 (channel:${rng.int(0, 3)} slot:0 page:0x${X.hex(6)} offset:0x${X.hex(3)} grain:32 syndrome:0x0)`;
      if (v === 3) return L`${h(host, `dpkg[${pid()}]`)}status installed openssl:amd64 ${K('3.0.2-0ubuntu1.18')} sha256 ${LK.sha256()}`;
      if (v === 4) return L`${h(host, 'kernel')}${up} nvme nvme0: pci function 0000:${X.hex(2)}:00.0, ${LK.ver3()} fw ${K('GXA7602Q')} OID ${LK.oid()}`;
      if (v === 5) return L`${h(host, `systemd-networkd[${pid()}]`)}eth0: DHCPv6 address ${v6()}/128 (valid for ${rng.int(1, 48)}h), gateway ${I(v6form(rng, W.ll6()))}%eth0`;
      return L`${h(host, `containerd[${pid()}]`)}time="${clock.iso(9)}" level=info msg="StartContainer for \\"${LK.sha256()}\\" returns successfully" image=registry.corp.example/app@sha256:${LK.sha256()} pod=web-${X.hex(10)}-${rng.str(5, 'bcdfghjklmnpqrstvwxz2456789')}`;
    } },
  ];
}
