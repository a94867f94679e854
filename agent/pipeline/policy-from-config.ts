import type { AgentConfig } from '../config/agent-config.js';
import { DEFAULT_POLICY, type PseudonymizePolicy } from '../stages/pseudonymize/index.js';

/** The pseudonymize stage's policy from the `pseudonymize` section of the configuration. */
export function policyFromConfig(p: AgentConfig['pseudonymize']): PseudonymizePolicy {
  return {
    ip: { enabled: true, algorithm: p.ip_algorithm, keep: [...p.ip_keep] },
    mac: { enabled: DEFAULT_POLICY.mac.enabled, keepOui: p.mac_keep_oui },
    email: { enabled: DEFAULT_POLICY.email.enabled, keepDomain: p.email_keep_domain },
    users: { enabled: DEFAULT_POLICY.users.enabled, keep: [...p.users_keep], learn: p.users_learn },
    secrets: { enabled: DEFAULT_POLICY.secrets.enabled, disabledRules: [...p.disabled_rules] },
    cacheSize: p.cache_entries,
  };
}
