// Identity and edge SaaS: Okta System Log, Duo (auth log and Authentication Proxy), Cloudflare
// (Logpush HTTP requests, audit log, Access), plus their API credentials in client logs.
import { L, F, J, RAW, ip, usr, em, sec, opt, look, hdr, v4, v6, anyip, ipport, ident, U } from './h.mjs';
import { reqPath } from './web.mjs';

const UA = ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.91 Safari/537.36', 'Okta Verify/9.13.0 iOS/17.4.1', 'okta-auth-js/7.5.1'];

export default [
  { id: 'okta_syslog', w: 8, gen(ctx) {
    const { R, W, X, clock } = ctx;
    const p = W.person();
    const ev = R.pick(['user.session.start', 'user.authentication.sso', 'user.authentication.auth_via_mfa', 'user.account.lock', 'policy.evaluate_sign_on', 'user.mfa.factor.activate']);
    const fail = R.p(0.3);
    const alt = R.p(0.85) ? em(R.p(0.5) ? p.upn : p.email) : usr(p.user);
    const o = {
      actor: { id: `00u${R.chars(17, 'abcdefghijklmnopqrstuvwxyz0123456789')}`, type: 'User', alternateId: alt, displayName: opt('user', p.display), detailEntry: null },
      client: { userAgent: { rawUserAgent: R.pick(UA), os: R.pick(['Mac OS X', 'Windows 10', 'iOS']), browser: R.pick(['SAFARI', 'CHROME', 'UNKNOWN']) }, zone: 'null', device: R.pick(['Computer', 'Mobile']), id: null, ipAddress: anyip(ctx, 'ext', 0.25), geographicalContext: { city: R.pick(['Oslo', 'Lisbon', 'Denver']), state: null, country: R.pick(['Norway', 'Portugal', 'United States']), postalCode: null, geolocation: { lat: RAW(`${R.int(-60, 60)}.${R.int(1000, 9999)}`), lon: RAW(`${R.int(-120, 120)}.${R.int(1000, 9999)}`) } } },
      authenticationContext: { authenticationProvider: R.pick(['OKTA_AUTHENTICATION_PROVIDER', 'FACTOR_PROVIDER']), credentialProvider: null, credentialType: R.pick(['PASSWORD', 'OTP', null]), issuer: null, externalSessionId: look(R.chars(25, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')) },
      displayMessage: R.pick(['User login to Okta', 'User single sign on to app', 'Evaluation of sign-on policy']),
      eventType: ev,
      outcome: { result: fail ? 'FAILURE' : 'SUCCESS', reason: fail ? R.pick(['INVALID_CREDENTIALS', 'VERIFICATION_ERROR', 'LOCKED_OUT']) : null },
      published: clock.iso(3),
      securityContext: { asNumber: R.int(1000, 65000), asOrg: R.pick(['example transit', 'residential isp']), isp: 'example isp', domain: R.pick(['example.net', '.']), isProxy: false },
      severity: fail ? 'WARN' : 'INFO',
      debugContext: { debugData: { requestId: look(R.chars(27, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')), requestUri: '/api/v1/authn', threatSuspected: 'false', url: L`${reqPath(ctx)}`, ...(R.p(0.3) ? { loginName: R.p(0.1) ? sec(ctx.S.pw()) : em(p.email) } : {}) } },
      legacyEventType: `core.user_auth.login_${fail ? 'failed' : 'success'}`,
      transaction: { type: 'WEB', id: look(R.chars(27, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')), detail: {} },
      uuid: look(X.uuid()), version: '0',
      request: { ipChain: [{ ip: anyip(ctx, 'ext', 0.2), version: 'V4', source: null }] },
      target: R.p(0.5) ? [{ id: `0oa${R.hex(17)}`, type: 'AppInstance', alternateId: R.pick(['Salesforce', 'Slack', 'AWS Account Federation']), displayName: 'App' }] : null,
    };
    const j = J(o);
    return R.p(0.4) ? L`${hdr(ctx, 'okta-stream', 'okta', { style: '5424' })}${j}` : j;
  } },
  { id: 'duo_auth', w: 6, gen(ctx) {
    const { R, W, X, clock } = ctx;
    const p = W.person();
    if (R.p(0.45)) {
      // Duo Authentication Proxy text log
      const h = `${clock.ymd()}T${clock.hms()}.${clock.us6()}+0000 [${R.pick(['duoauthproxy.lib.log#info', 'duoauthproxy.modules.radius_server'])}] `;
      return R.w([
        [3, () => L`${h}Sending request from ${v4(ctx, 'int')} to radius_server_auto`],
        [3, () => L`${h}Received new request id ${R.int(1, 255)} from ('${v4(ctx, 'int')}', ${ctx.W.port()})`],
        [3, () => L`${h}(('${v4(ctx, 'int')}', ${ctx.W.port()}), ${R.int(1, 255)}): login attempt for username '${R.p(0.1) ? sec(ctx.S.pw()) : ident(ctx, ['user', 'upn', 'dom'])}'`],
        [2, () => L`${h}(('${v4(ctx, 'int')}', ${ctx.W.port()}), ${R.int(1, 255)}): Primary credentials ${R.pick(['accepted', 'rejected'])} for ${usr(p.user)}`],
        [1, () => L`${h}Duo authentication returned '${R.pick(['allow', 'deny'])}': '${R.pick(['Success. Logging you in...', 'Login request denied.'])}' (passcode=${sec(ctx.S.otp())})`],
        [1, () => L`${h}[ad_client] service_account_username=${opt('user', W.service())} service_account_password=${sec(ctx.S.pw())} host=${v4(ctx, 'int')}`],
        [1, () => L`${h}[radius_server_auto] ikey=${opt('secret', `DI${R.chars(18, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}`)} skey=${sec(ctx.S.duoskey())} api_host=api-${R.hex(8)}.duosecurity.com radius_secret_1=${sec(ctx.S.psk())}`],
      ]);
    }
    return J({
      access_device: { browser: R.pick(['Chrome', 'Edge', null]), hostname: R.p(0.3) ? W.host('ws') : null, ip: anyip(ctx, 'ext', 0.2), location: { city: 'Ann Arbor', country: 'United States', state: 'Michigan' }, os: R.pick(['Windows', 'Mac OS X']) },
      alias: '', application: { key: `DI${R.chars(18, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}`, name: R.pick(['Cisco ASA', 'Microsoft RDP', 'Okta', 'Palo Alto GlobalProtect']) },
      auth_device: { ip: R.p(0.5) ? anyip(ctx, 'ext', 0.3) : null, location: { city: null, country: null, state: null }, name: R.pick(['iOS', 'Android', 'Yubikey']) },
      email: em(p.email), event_type: 'authentication', factor: R.pick(['duo_push', 'passcode', 'phone_call', 'hardware_token']), isotimestamp: clock.iso(6, '+00:00'),
      reason: R.pick(['user_approved', 'user_marked_fraud', 'deny_unenrolled_user', 'invalid_passcode']), result: R.pick(['success', 'denied', 'fraud']), timestamp: clock.epoch(),
      txid: look(X.uuid()), user: { groups: ['Staff'], key: `DU${R.chars(18, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}`, name: usr(R.p(0.06) ? p.adm : p.user) },
    }, { space: R.p(0.5) });
  } },
  { id: 'cloudflare_http', w: 7, gen(ctx) {
    const { R, W, X, clock } = ctx;
    return J({
      ClientIP: anyip(ctx, 'ext', 0.35), ClientRequestHost: W.appHost(), ClientRequestMethod: R.pick(['GET', 'POST']), ClientRequestURI: L`${reqPath(ctx, true)}`,
      ClientRequestUserAgent: R.pick(UA), EdgeEndTimestamp: clock.iso(0), EdgeResponseBytes: R.int(200, 90000), EdgeResponseStatus: R.pick([200, 301, 403, 429]), EdgeStartTimestamp: clock.iso(0),
      OriginIP: anyip(ctx, 'doc', 0.2), RayID: look(R.hex(16)), SecurityAction: R.pick(['', 'block', 'managed_challenge']), WAFAttackScore: R.int(1, 99), ClientSSLProtocol: 'TLSv1.3', ClientCountry: R.pick(['no', 'pt', 'us', 'de']),
      ...(R.p(0.3) ? { RequestHeaders: { 'cf-access-authenticated-user-email': em(W.email()), 'x-forwarded-for': anyip(ctx, 'ext', 0.2) } } : {}),
    });
  } },
  { id: 'cloudflare_audit', w: 4, gen(ctx) {
    const { R, W, S, X, clock } = ctx;
    if (R.p(0.4)) {
      // wrangler / cf API client debug output
      return R.w([
        [2, () => L`${clock.iso(3)} [wrangler:debug] -- START CF API REQUEST: GET https://api.cloudflare.com/client/v4/accounts/${look(R.hex(32))}/workers/scripts; Authorization: Bearer ${sec(S.cf())}`],
        [1, () => L`${clock.iso(3)} DEBUG cf-ddns: X-Auth-Email: ${em(W.email())} X-Auth-Key: ${sec(R.hex(37))} zone=${look(R.hex(32))} record=${W.appHost()} content=${anyip(ctx, 'ext', 0.3)}`],
        [1, () => L`${clock.iso(3)} INFO cloudflared: Registered tunnel connection connIndex=${R.int(0, 3)} connection=${look(X.uuid())} event=0 ip=${anyip(ctx, 'ext', 0.3)} location=${R.pick(['ams01', 'fra08', 'osl01'])} protocol=quic; token=${sec(S.b64(120).replace(/[+/]/g, 'Q'))}`],
      ]);
    }
    return J({
      action: { info: R.pick(['token_create', 'login', 'rec_set', 'member_add']), result: R.p(0.9), type: R.pick(['create', 'login', 'update']) },
      actor: { email: em(W.email()), id: look(R.hex(32)), ip: anyip(ctx, 'ext', 0.3), type: 'user' },
      id: look(X.uuid()), interface: R.pick(['UI', 'API']), metadata: { zone_name: W.appHost().split('.').slice(1).join('.') },
      newValue: R.p(0.3) ? L`${v4(ctx, 'ext')}` : '', oldValue: '', owner: { id: R.hex(32) },
      resource: { id: R.hex(32), type: R.pick(['DNS_record', 'API_token', 'account']) }, when: clock.iso(3),
    });
  } },
  { id: 'cf_access', w: 3, gen(ctx) {
    const { R, W, X, clock } = ctx;
    return J({
      Action: R.pick(['login', 'logout', 'block']), Allowed: R.p(0.8), AppDomain: W.appHost(), AppUID: X.uuid(), Connection: R.pick(['onetimepin', 'azureAD', 'okta']),
      CreatedAt: clock.iso(0), Email: em(W.email()), IPAddress: anyip(ctx, 'ext', 0.35), PurposeJustificationPrompt: '', RayID: R.hex(16), UserUID: X.uuid(),
      ...(R.p(0.3) ? { Country: 'no', DeviceID: X.uuid(), IdentityProvider: 'okta' } : {}),
    });
  } },
];
