import { createSanitizer, DEFAULT_POLICY, type PseudonymizePolicy } from '../../agent/stages/pseudonymize/index.js';
import type { Rule } from '../../agent/stages/pseudonymize/rules/rule.js';

/** The ipcrypt-pfx test-vector key of draft-denis-ipcrypt. */
export const VECTOR_KEY = Buffer.from('0123456789abcdeffedcba98765432101032547698badcfeefcdab8967452301', 'hex');
export const HMAC_KEY = Buffer.alloc(32, 7);

export function testKeys(ipKey: Uint8Array = VECTOR_KEY) {
  return { epoch: 'test-epoch', ipKey, hmacKey: HMAC_KEY };
}

export function policyWith(p: Partial<PseudonymizePolicy> & { ipKeep?: readonly string[] }): PseudonymizePolicy {
  const { ipKeep, ...rest } = p;
  return { ...DEFAULT_POLICY, ...rest, ip: { ...DEFAULT_POLICY.ip, ...(p.ip ?? {}), ...(ipKeep ? { keep: ipKeep } : {}) } };
}

/** A sanitizer that transforms every address (no keep list), with the vector key. */
export function allAddresses(extra: Partial<PseudonymizePolicy> = {}) {
  return createSanitizer({ keys: testKeys(), policy: policyWith({ ...extra, ipKeep: [] }) });
}

/** A sanitizer running only `rules`, with addresses and e-mails switched off: for rule tests. MACs stay on for rules that mark them. */
export function onlyRules(rules: readonly Rule[]) {
  const policy = policyWith({
    ip: { ...DEFAULT_POLICY.ip, enabled: false },
    email: { enabled: false, keepDomain: true },
    // What the rule finds on its own: no names remembered from the examples before.
    users: { ...DEFAULT_POLICY.users, learn: 0 },
  });
  return createSanitizer({ keys: testKeys(), policy, rules });
}

/**
 * A pattern for a rule example's expected output: «u» is a user token, «s» a secret
 * fingerprint, «m» the pseudonymized last three octets of a MAC (six hex digits).
 */
export function examplePattern(expected: string): RegExp {
  const esc = expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${esc.replace(/«u»/g, 'usr_[0-9a-f]{10}').replace(/«s»/g, '\\[secret:[0-9a-f]{8}\\]').replace(/«m»/g, '[0-9A-Fa-f]{6}')}$`);
}

/** Replaces user tokens and secret fingerprints by «u» and «s», for comparing with rule examples. */
export function markTokens(s: string): string {
  return s.replace(/usr_[0-9a-f]{10}/g, '«u»').replace(/\[secret:[0-9a-f]{8}\]/g, '«s»');
}
