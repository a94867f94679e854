/**
 * The basic-auth user of Common and Combined Log Format lines (Apache, nginx,
 * proxies): `host ident authuser [10/Oct/2000:13:55:36 -0700] "GET ..."`. The
 * rule finds the bracketed date first and takes the token before it; `-` means
 * no user. The date is tried (sticky) only at each `[` of the line, found with
 * indexOf: a search over the whole line cost more than the rest of the rule.
 */
import type { FunctionRule } from './rule.js';

/** The bracketed date, tried at one place: `[10/Oct/2000:13:55:36 -0700]`. */
const CLF_DATE = /\[\d{2}\/[A-Za-z]{3}\/\d{4}:\d{2}:\d{2}:\d{2} [+-]\d{4}\]/y;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Where the line's first bracketed date starts (the first match of a search for it), or -1. */
function firstDate(line: string): number {
  for (let at = line.indexOf('['); at >= 0; at = line.indexOf('[', at + 1)) {
    CLF_DATE.lastIndex = at;
    if (CLF_DATE.test(line)) return at;
  }
  return -1;
}

export const webAccessLogUserRule: FunctionRule = {
  name: 'web-access-log-user',
  kind: 'user',
  anyOf: MONTHS.map((m) => `/${m}/`),
  find(line, _state, emit) {
    const date = firstDate(line);
    if (date < 0 || line.charCodeAt(date - 1) !== 32) return;
    const end = date - 1;
    let start = end;
    while (start > 0 && line.charCodeAt(start - 1) !== 32 && line.charCodeAt(start - 1) !== 9) start--;
    if (start === end || (end - start === 1 && line.charCodeAt(start) === 45)) return;
    // Two more tokens (host, ident) must precede the user.
    const before = line.slice(0, start).trimEnd();
    if (before.split(' ').length < 2 && !/[ \t]/.test(before)) return;
    emit('user', start, end);
  },
  examples: [
    ['192.0.2.5 - jdoe [10/Oct/2000:13:55:36 -0700] "GET /a HTTP/1.0" 200 2326', '192.0.2.5 - «u» [10/Oct/2000:13:55:36 -0700] "GET /a HTTP/1.0" 200 2326'],
    ['<190>Mar  1 00:00:01 web nginx: 2001:db8::5 - a.smith [01/Mar/2026:00:00:01 +0000] "GET / HTTP/1.1" 200 5', '<190>Mar  1 00:00:01 web nginx: 2001:db8::5 - «u» [01/Mar/2026:00:00:01 +0000] "GET / HTTP/1.1" 200 5'],
  ],
  keeps: ['192.0.2.5 - - [10/Oct/2000:13:55:36 -0700] "GET /a HTTP/1.0" 200 2326'],
};
