/**
 * What the pseudonymize stage does, with the safe defaults: every kind on,
 * ipcrypt-pfx, a short list of special addresses and system accounts kept.
 */
import type { IpAlgorithm } from './ip/ip-cipher.js';
import { DEFAULT_KEEP } from './ip/keep-list.js';

export interface PseudonymizePolicy {
  ip: {
    enabled: boolean;
    algorithm: IpAlgorithm;
    /** Class names (`loopback`...) and CIDRs left as they are. */
    keep: readonly string[];
  };
  mac: { enabled: boolean; keepOui: boolean };
  email: { enabled: boolean; keepDomain: boolean };
  users: {
    enabled: boolean;
    /** Account names that name no person, compared case-insensitively. */
    keep: readonly string[];
    /**
     * How many names found by the rules are remembered and replaced wherever they later
     * stand as a word (learned-names.ts); 0 switches that off.
     */
    learn: number;
  };
  secrets: {
    enabled: boolean;
    /** Names of credential rules to switch off. */
    disabledRules: readonly string[];
  };
  /** Entries per generation of the address caches (two generations are kept). */
  cacheSize: number;
}

/**
 * Shared, built-in and service accounts. Keeping them lets a security analyst
 * see "brute force against root" without learning anything about a person.
 */
export const DEFAULT_KEEP_USERS: readonly string[] = [
  'root',
  'admin',
  'administrator',
  'guest',
  'user',
  'test',
  'nobody',
  'anonymous',
  'system',
  'console',
  'login', // pam's logname for console logins
  'unknown',
  'n/a',
  'none',
  '-',
  '(unknown)',
  'local service',
  'network service',
  // Service accounts of common daemons.
  'sshd',
  'daemon',
  'www-data',
  'apache',
  'nginx',
  'postfix',
  'mail',
  'bin',
  'sys',
  'operator',
  'postgres',
  'mysql',
  'sa', // SQL Server's built-in system administrator login
  // Cisco ASA names enable-mode sessions by privilege level, not by person.
  'enable_1',
  'enable_15',
];

export const DEFAULT_POLICY: PseudonymizePolicy = Object.freeze<PseudonymizePolicy>({
  ip: { enabled: true, algorithm: 'ipcrypt-pfx', keep: DEFAULT_KEEP },
  mac: { enabled: true, keepOui: true },
  email: { enabled: true, keepDomain: true },
  users: { enabled: true, keep: DEFAULT_KEEP_USERS, learn: 10_000 },
  secrets: { enabled: true, disabledRules: [] },
  cacheSize: 100_000,
});
