// Shared template helpers.
import { L, F, ip, usr, em, mac, opt, look } from '../kit.mjs';
export * from '../kit.mjs';

/** IPv4 or IPv6 span (IPv6 in a random textual form) */
export const v4 = (ctx, k = 'any') => ip(ctx.W.ip4(k));
export const v6 = (ctx) => ip(ctx.W.form6(ctx.W.ip6()));
export const anyip = (ctx, k = 'any', p6 = 0.2) => (ctx.R.p(p6) ? v6(ctx) : v4(ctx, k));
/** address with port: 10.0.0.1:443 or [2001:db8::1]:443 */
export function ipport(ctx, a = null, port = null, sep = ':') {
  a = a ?? anyip(ctx);
  port = port ?? ctx.W.port();
  return a.value.includes(':') ? L`[${a}]${sep}${port}` : L`${a}${sep}${port}`;
}
/** a MAC span in a given or random form */
export const macs = (ctx, f) => mac(ctx.W.macf(f ?? ctx.R.w([[4, 'colon'], [2, 'COLON'], [2, 'DASH'], [1, 'dash'], [2, 'cisco'], [1, 'bare']])));

/**
 * Identity of a person in an authentication context, in one of several forms.
 * forms: user | upn | dom (DOMAIN\user) | email | fqdom (dns.domain\user) | realm (user@REALM)
 */
export function ident(ctx, forms = ['user', 'user', 'upn', 'dom']) {
  const { R, W } = ctx;
  const p = W.person();
  const u = R.p(0.06) ? p.adm : p.user;
  switch (R.pick(forms)) {
    case 'upn': return em(p.upn);
    case 'email': return em(p.email);
    case 'dom': return L`${p.org.nb}\\${usr(u)}`;
    case 'fqdom': return L`${p.org.dns}\\${usr(u)}`;
    case 'realm': return L`${usr(u)}@${p.org.realm.split('.')[0]}`;
    default: return usr(u);
  }
}
/** a bare user span */
export const U = (ctx) => usr(ctx.W.user());
/** a machine account (optional) */
export const machine = (ctx) => opt('user', `${ctx.W.host('ws')}$`);
export const svc = (ctx) => opt('user', ctx.W.service());
export const lk = (v) => look(v);
export const pad = (n, w) => String(n).padStart(w, '0');
export const q = (x) => L`"${x}"`;
export { F };
