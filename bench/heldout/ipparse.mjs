// IPv4/IPv6 literal parsing used by the survival check (lib.mjs) and the generator lint.
// ---------------------------------------------------------------------------------------------
// IP helpers
// ---------------------------------------------------------------------------------------------
export function parseIPv4(s) {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (!m) return null;
  const o = m.slice(1).map(Number);
  if (o.some((x) => x > 255)) return null;
  return o;
}

/** Parse an IPv6 literal (no brackets, no zone) to a BigInt, or null. */
export function parseIPv6(s) {
  if (!s || s.indexOf(':') < 0) return null;
  let tail = [];
  const lastColon = s.lastIndexOf(':');
  const maybeV4 = s.slice(lastColon + 1);
  if (maybeV4.includes('.')) {
    const o = parseIPv4(maybeV4);
    if (!o) return null;
    tail = [(o[0] << 8) | o[1], (o[2] << 8) | o[3]];
    s = s.slice(0, lastColon + 1);
    if (!s.endsWith('::')) s = s.slice(0, -1);
  }
  const parts = s.split('::');
  if (parts.length > 2) return null;
  const parseGroups = (p) => (p === '' ? [] : p.split(':'));
  const head = parseGroups(parts[0]);
  const rest = parts.length === 2 ? parseGroups(parts[1]) : [];
  for (const g of [...head, ...rest]) if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return null;
  const need = 8 - tail.length;
  let groups;
  if (parts.length === 2) {
    const missing = need - head.length - rest.length;
    if (missing < 1) return null;
    groups = [...head.map((g) => parseInt(g, 16)), ...Array(missing).fill(0), ...rest.map((g) => parseInt(g, 16))];
  } else {
    if (head.length !== need) return null;
    groups = head.map((g) => parseInt(g, 16));
  }
  groups = [...groups, ...tail];
  let v = 0n;
  for (const g of groups) v = (v << 16n) | BigInt(g);
  return v;
}

/** All IPv6 values (BigInt) that can be read out of a line, tolerating :port / .port suffixes. */
export function ipv6Candidates(line) {
  const out = [];
  const re = /[0-9A-Fa-f:.]{3,}/g;
  let m;
  while ((m = re.exec(line))) {
    const run = m[0];
    if ((run.match(/:/g) || []).length < 2) continue;
    // Variants: drop a leading "word:" glued to the address (e.g. "Remote:" ends in hex 'e'),
    // drop a trailing :port or .port.
    const heads = [run];
    const c = run.indexOf(':');
    if (c >= 0 && run[c + 1] !== ':') heads.push(run.slice(c + 1));
    for (const h of heads) {
      const tries = [h];
      const a = h.lastIndexOf(':');
      const b = h.lastIndexOf('.');
      if (a > 0) tries.push(h.slice(0, a));
      if (b > 0) tries.push(h.slice(0, b));
      for (const t of tries) {
        const v = parseIPv6(t.replace(/^:(?!:)/, '').replace(/\.$/, ''));
        if (v !== null) out.push(v);
      }
    }
  }
  return out;
}

