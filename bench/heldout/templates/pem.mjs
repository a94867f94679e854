// Multi-line PEM blocks dumped into logs, one log line per PEM line (invented key material).
import { SECRET, OPT } from '../build.mjs';

const KINDS = [[4, 'RSA PRIVATE KEY'], [3, 'PRIVATE KEY'], [2, 'OPENSSH PRIVATE KEY'], [1, 'EC PRIVATE KEY'], [1, 'ENCRYPTED PRIVATE KEY']];

function block(c, label, bodyKind) {
  const crlf = c.rng.chance(0.15);
  const prefix = c.rng.weighted([
    [3, () => ''],
    [2, () => `${c.T.rfc3164()} ${c.P.dev('linux')} ${c.rng.pick(['cloud-init', 'deploy', 'ansible-playbook', 'app'])}[${c.rng.int(300, 99999)}]: `],
    [1, () => `${c.T.iso(3)} DEBUG tls: loaded key material: `],
  ])();
  const lines = [];
  const mk = () => c.line(crlf).t(prefix);
  lines.push(mk().t(`-----BEGIN ${label}-----`));
  if (label === 'RSA PRIVATE KEY' && c.rng.chance(0.25)) {
    lines.push(mk().t('Proc-Type: 4,ENCRYPTED'));
    lines.push(mk().f`DEK-Info: AES-256-CBC,${OPT(c.rng.hex(32, true), 'PEM IV')}`);
    lines.push(mk());
  }
  const n = bodyKind === 'secret' ? c.rng.int(6, 25) : c.rng.int(4, 12);
  for (let i = 0; i < n; i++) {
    const len = i === n - 1 ? c.rng.int(8, 63) : 64;
    let body = c.S.pemLine(len);
    if (i === n - 1 && c.rng.chance(0.5)) body = body.slice(0, -2) + '==';
    lines.push(bodyKind === 'secret' ? mk().f`${SECRET(body)}` : mk().f`${OPT(body, 'certificate body (public)')}`);
  }
  lines.push(mk().t(`-----END ${label}-----`));
  return lines;
}

export default [
  { id: 'pem-private-key', weight: 0.25, multi: true, gen(c) {
    return block(c, c.rng.weighted(KINDS), 'secret');
  } },
  { id: 'pem-certificate', weight: 0.1, multi: true, gen(c) {
    return block(c, 'CERTIFICATE', 'public');
  } },
];
