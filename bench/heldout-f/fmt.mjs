// Rendering helpers: MAC notations, IPv6 text forms.
export function macForm(m, form) {
  const h = m.replace(/[^0-9a-fA-F]/g, '').toLowerCase();
  const b = h.match(/../g);
  switch (form) {
    case 'colon': return b.join(':');
    case 'COLON': return b.join(':').toUpperCase();
    case 'dash': return b.join('-');
    case 'DASH': return b.join('-').toUpperCase();
    case 'cisco': return `${h.slice(0, 4)}.${h.slice(4, 8)}.${h.slice(8)}`;
    case 'bare': return h;
    case 'BARE': return h.toUpperCase();
    case 'hp': return `${h.slice(0, 6)}-${h.slice(6)}`;
    case 'huawei': return `${h.slice(0, 4)}-${h.slice(4, 8)}-${h.slice(8)}`;
    default: throw new Error(`mac form ${form}`);
  }
}

/** Expand a compressed IPv6 text to 8 zero-padded groups. */
export function v6full(v) {
  const [a, b] = v.split('::');
  const ha = a ? a.split(':') : [];
  const hb = b !== undefined && b ? b.split(':') : [];
  const miss = v.includes('::') ? 8 - ha.length - hb.length : 0;
  return [...ha, ...Array(miss).fill('0'), ...hb].map((g) => g.padStart(4, '0')).join(':');
}
export function v6form(rng, v) {
  return rng.w([[7, v], [2, v.toUpperCase()], [1, v6full(v)]]);
}
