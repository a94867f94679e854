/**
 * PEM private key blocks. A key pasted into a log spans many lines, and a
 * line-oriented redactor sees them one at a time (research/credential-forms.md
 * section 4), so this rule keeps per-stream state: after a `BEGIN ... PRIVATE
 * KEY` line, base64 body lines are secrets until the END line. A line that does
 * not look like a body line ends the block early, so a missing END line cannot
 * swallow the rest of a stream. Single-line forms (JSON with `\n` escapes) are
 * handled whole.
 */
import type { FunctionRule } from './rule.js';

const BEGIN = /-----BEGIN ([A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?)-----/;
/** A body line: all base64, or (after a syslog header) ending with a base64 run of some length. */
const BODY = /^[ \t]*([A-Za-z0-9+/]+={0,2})[ \t\r]*$|[ \t:]([A-Za-z0-9+/]{16,}={0,2}|[A-Za-z0-9+/]+={1,2})[ \t\r]*$/;

export const pemBlockRule: FunctionRule = {
  name: 'pem-private-key',
  kind: 'secret',
  anyOf: ['private key'],
  runWhen: (state) => state.pem !== undefined,
  find(line, state, emit) {
    let from = 0;
    if (state.pem === undefined) {
      if (line.indexOf('PRIVATE KEY') < 0) return;
      const b = BEGIN.exec(line);
      if (!b) return;
      from = b.index + b[0].length;
      const end = line.indexOf('-----END', from);
      if (end >= 0) {
        if (end > from) emit('secret', from, end);
        return;
      }
      if (from < trimEnd(line)) emit('secret', from, trimEnd(line));
      state.pem = b[1];
      return;
    }
    const end = line.indexOf('-----END');
    if (end >= 0) {
      // Body text before the END marker on the same line (`...AB==-----END RSA PRIVATE KEY-----`).
      const body = /[A-Za-z0-9+/=]+$/.exec(line.slice(0, end));
      if (body && body[0].length > 0) emit('secret', end - body[0].length, end);
      state.pem = undefined;
      return;
    }
    // Blank lines (or an empty message after a syslog header) and the RFC 1421 headers of encrypted keys (Proc-Type, DEK-Info) belong to the block but are no secret.
    if (/(?:^|:)[ \t\r]*$|(?:^|[ \t])(?:Proc-Type|DEK-Info):/.test(line)) return;
    const m = BODY.exec(line);
    if (!m) {
      state.pem = undefined;
      return;
    }
    const text = (m[1] ?? m[2]) as string;
    const start = line.lastIndexOf(text);
    emit('secret', start, start + text.length);
  },
  examples: [
    ['-----BEGIN RSA PRIVATE KEY-----', '-----BEGIN RSA PRIVATE KEY-----'],
    ['{"key":"-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBg\\n-----END PRIVATE KEY-----"}', '{"key":"-----BEGIN PRIVATE KEY-----«s»-----END PRIVATE KEY-----"}'],
  ],
  keeps: ['-----BEGIN CERTIFICATE-----', 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC'],
};

function trimEnd(s: string): number {
  let e = s.length;
  while (e > 0 && (s.charCodeAt(e - 1) === 32 || s.charCodeAt(e - 1) === 9 || s.charCodeAt(e - 1) === 13)) e--;
  return e;
}
