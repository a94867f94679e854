/**
 * Keyed tokens for identities and secrets (POLICY P3, P4).
 *
 * - A name (username, e-mail local part) becomes `usr_` + 10 hex digits of
 *   HMAC-SHA256(hmacKey, "user\0" + name), with ASCII letters folded to lower
 *   case first, so `JDoe` and `jdoe` give the same token within a key epoch and
 *   `logveil query --user jdoe` can find both. 40 bits keep accidental
 *   collisions unlikely for the tens of thousands of names a tenant has.
 * - A secret becomes `[secret:` + 8 hex + `]` of HMAC(hmacKey, "secret\0" +
 *   value), case kept: two uses of one secret correlate, the secret itself
 *   cannot be recovered (32 bits are plenty for correlation, too few for a
 *   dictionary attack to confirm a guess with confidence across many secrets).
 *
 * The domain-separation prefixes keep a username and a password that happen to
 * be equal from giving related tokens.
 */
import { createHmac } from 'node:crypto';

export interface KeyedTokens {
  user(name: string): string;
  secret(value: string): string;
  /** Raw keyed bytes for other pseudonymizers (MAC suffixes), domain-separated by `label`. */
  bytes(label: string, value: string): Buffer;
}

export const USER_TOKEN_PREFIX = 'usr_';
export const SECRET_TOKEN_RE = /^\[secret:[0-9a-f]{8}\]$/;

export function createKeyedTokens(hmacKey: Uint8Array): KeyedTokens {
  const mac = (label: string, value: string): Buffer =>
    createHmac('sha256', hmacKey).update(label).update('\0').update(value, 'latin1').digest();
  return {
    user: (name) => USER_TOKEN_PREFIX + mac('user', asciiLower(name)).toString('hex', 0, 5),
    secret: (value) => `[secret:${mac('secret', value).toString('hex', 0, 4)}]`,
    bytes: mac,
  };
}

/** Lower-cases ASCII letters only: the input is a binary string, so bytes >= 0x80 are parts of UTF-8 sequences and must not be touched. */
export function asciiLower(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) return s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
  }
  return s;
}
