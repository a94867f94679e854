export { createSanitizer, BUILTIN_RULES } from './sanitizer.js';
export type { Sanitizer, SanitizerOptions, SanitizeStats } from './sanitizer.js';
export { DEFAULT_POLICY, DEFAULT_KEEP_USERS } from './policy.js';
export type { PseudonymizePolicy } from './policy.js';
export { IP_ALGORITHMS } from './ip/ip-cipher.js';
export type { IpAlgorithm, IpCipher } from './ip/ip-cipher.js';
export { KEEP_CLASSES, DEFAULT_KEEP, parseKeepList } from './ip/keep-list.js';
export type { RuleState, SpanKind } from './rules/rule.js';
