// Line builder, span markers, clock and syslog header helpers for the held-out generator.
// Templates compose lines with the tagged template `L.f\`text ${IP(addr)} more\``: interpolated
// span markers are recorded with exact offsets, everything else is literal text.

export const IP = (v, extra) => ({ kind: 'ip', value: String(v), ...extra });
export const MAC = (v) => ({ kind: 'mac', value: String(v) });
export const EMAIL = (v) => ({ kind: 'email', value: String(v) });
export const USER = (v) => ({ kind: 'user', value: String(v) });
export const SECRET = (v) => ({ kind: 'secret', value: String(v) });
/** Ambiguous span: neither required to change nor counted when it changes (e.g. `oracle` as an
 *  sshd invalid user, a database login name in a connection string, a machine account). */
export const OPT = (v, why) => ({ kind: 'optional', value: String(v), why });
/** Special addresses that the default `--ip-keep` policy keeps (0.0.0.0, 127.0.0.1, masks...). */
export const SPECIAL_IP = (v) => ({ kind: 'ip', value: String(v), keep_default: true });

export class Line {
  constructor(template, crlf = false) {
    this.template = template;
    this.text = '';
    this.spans = [];
    this.optional = [];
    this.crlf = crlf;
  }
  t(s) {
    this.text += s;
    return this;
  }
  add(part) {
    if (part === null || part === undefined || part === false) return this;
    if (Array.isArray(part)) {
      for (const p of part) this.add(p);
      return this;
    }
    if (typeof part === 'object' && part.kind) {
      const start = this.text.length;
      this.text += part.value;
      const rec = { kind: part.kind, value: part.value, start, end: this.text.length };
      if (part.keep_default) rec.keep_default = true;
      if (part.kind === 'optional') this.optional.push({ value: part.value, start, end: rec.end, why: part.why });
      else if (part.value !== '') this.spans.push(rec);
      return this;
    }
    this.text += String(part);
    return this;
  }
  /** tagged template */
  f(strings, ...vals) {
    for (let i = 0; i < strings.length; i++) {
      this.text += strings[i];
      if (i < vals.length) this.add(vals[i]);
    }
    return this;
  }
}

// ---------------------------------------------------------------------------------------------
// Clock and timestamp formats
// ---------------------------------------------------------------------------------------------
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DOW = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const p2 = (n) => String(n).padStart(2, '0');
const p3 = (n) => String(n).padStart(3, '0');

export function makeClock(rng, startMs) {
  let now = startMs;
  const d = () => new Date(now);
  const hms = () => { const x = d(); return `${p2(x.getUTCHours())}:${p2(x.getUTCMinutes())}:${p2(x.getUTCSeconds())}`; };
  const T = {
    tick() { now += Math.floor(-Math.log(1 - rng.next()) * 1800) + 1; },
    ms: () => now,
    hms,
    rfc3164() { const x = d(); return `${MON[x.getUTCMonth()]} ${String(x.getUTCDate()).padStart(2, ' ')} ${hms()}`; },
    cisco(ms = true) { const x = d(); return `${MON[x.getUTCMonth()]} ${String(x.getUTCDate()).padStart(2, ' ')} ${hms()}${ms ? '.' + p3(x.getUTCMilliseconds()) : ''}`; },
    asa() { const x = d(); return `${MON[x.getUTCMonth()]} ${p2(x.getUTCDate())} ${x.getUTCFullYear()} ${hms()}`; },
    ymd(sep = '-') { const x = d(); return `${x.getUTCFullYear()}${sep}${p2(x.getUTCMonth() + 1)}${sep}${p2(x.getUTCDate())}`; },
    iso(frac = 3, tz = 'Z') {
      const f = frac ? '.' + (p3(d().getUTCMilliseconds()) + '000000').slice(0, frac) : '';
      return `${T.ymd()}T${hms()}${f}${tz}`;
    },
    clf() { const x = d(); return `${p2(x.getUTCDate())}/${MON[x.getUTCMonth()]}/${x.getUTCFullYear()}:${hms()} +0000`; },
    ctime() { const x = d(); return `${DOW[x.getUTCDay()]} ${MON[x.getUTCMonth()]} ${p2(x.getUTCDate())} ${hms()} ${x.getUTCFullYear()}`; },
    epoch(frac = 3) { return (now / 1000).toFixed(frac); },
    epochNs() { return `${Math.floor(now / 1000)}${String(now % 1000).padStart(3, '0')}${rng.int(100000, 999999)}`; },
  };
  return T;
}

// ---------------------------------------------------------------------------------------------
// Syslog headers
// ---------------------------------------------------------------------------------------------
const TZS = ['Z', 'Z', '+01:00', '-05:00', '+02:00', '+10:00'];

/** `<PRI>Mmm dd hh:mm:ss host tag[pid]: ` (PRI sometimes absent, pid optional). */
export function hdr3164(c, L, { host, tag, pid, pri = 134, noPri = false }) {
  if (!noPri && c.rng.chance(0.6)) L.t(`<${pri}>`);
  L.t(c.T.rfc3164() + ' ');
  L.add(host);
  L.t(' ' + tag + (pid ? `[${pid}]` : '') + ': ');
  return L;
}

/** `<PRI>1 ISO host app procid msgid SD ` */
export function hdr5424(c, L, { host, app, procid = '-', msgid = '-', sd = '-', pri = 134 }) {
  L.t(`<${pri}>1 ${c.T.iso(c.rng.pick([0, 3, 6]), c.rng.pick(TZS))} `);
  L.add(host);
  L.t(` ${app} ${procid} ${msgid} `);
  L.add(sd);
  L.t(' ');
  return L;
}

/** A typical Linux server line: mostly RFC 3164, some RFC 5424, some header-less. */
export function hdrServer(c, L, { host, tag, pid, pri = 86 }) {
  const r = c.rng.next();
  if (r < 0.7) return hdr3164(c, L, { host, tag, pid, pri });
  if (r < 0.9) return hdr5424(c, L, { host, app: tag, procid: pid ?? '-', pri });
  return L.t(`${c.T.iso(6, c.rng.pick(TZS))} `).add(host).t(` ${tag}${pid ? `[${pid}]` : ''}: `);
}

export const pid = (c) => c.rng.int(300, 65000);
