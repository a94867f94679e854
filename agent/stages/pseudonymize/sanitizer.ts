/**
 * The pseudonymize stage: one line in, the same line out with only its
 * sensitive spans replaced (POLICY P2-P4). The daemon, `logveil sanitize` and
 * the query tool's filters all go through here.
 *
 * Order of work per line: the redaction rules (only those whose literals occur)
 * mark secrets and user names; e-mail addresses are marked when the line has an
 * `@`; the address scanner marks IPs and MACs; overlaps resolve by priority
 * (secret > user > e-mail > MAC = IP) and the line is rebuilt once.
 *
 * Address pseudonyms are cached (two generations, so memory stays bounded and
 * hot addresses stay): real traffic repeats a small set of addresses, and a
 * cache hit costs a map lookup instead of 64 or 256 AES blocks.
 */
import { createCryptoPan } from './ip/crypto-pan.js';
import { createIpcryptPfx } from './ip/ipcrypt-pfx.js';
import type { IpCipher } from './ip/ip-cipher.js';
import { type ParsedIPv6, formatIPv4, formatIPv6, isV4Mapped, mappedToV4, parseIPv4, parseIPv6 } from './ip/ip-address.js';
import { type KeepList, parseKeepList } from './ip/keep-list.js';
import { createKeyedTokens, asciiLower, USER_TOKEN_PREFIX, SECRET_TOKEN_RE } from './keyed-tokens.js';
import { createMacPseudonymizer } from './mac-pseudonymizer.js';
import { reverse4Octets, scanAddresses, type AddressSink } from './address-scanner.js';
import { createRuleEngine, type RuleEngine } from './rule-engine.js';
import { credentialRules } from './rules/credential-rules.js';
import { identityRules } from './rules/identity-rules.js';
import type { Rule, RuleSpanKind, RuleState, SpanKind } from './rules/rule.js';
import { SpanList } from './span-list.js';
import { TwoGenerationCache } from './two-generation-cache.js';
import { DEFAULT_POLICY, type PseudonymizePolicy } from './policy.js';
import type { EpochKeys } from '../../keys/keyring.js';

export interface SanitizeStats {
  lines: number;
  /** Replacements made, by kind. */
  replaced: Record<SpanKind, number>;
  /** Replacements of secrets and user names, by rule name. */
  byRule: Map<string, number>;
  cacheHits: number;
  cacheMisses: number;
}

export interface Sanitizer {
  readonly epoch: string;
  readonly stats: SanitizeStats;
  readonly cipher: IpCipher;
  /** Sanitizes one line (no line terminator). `state` carries multi-line rule state per stream. */
  sanitize(line: string, state?: RuleState): string;
  /** Pseudonymizes one address given as text (for sender addresses and query filters); null if it is not an address. */
  pseudonymizeIp(text: string): string | null;
  /** The keyed token for a user name, as it would appear in sanitized output. */
  userToken(name: string): string;
}

export interface SanitizerOptions {
  keys: EpochKeys;
  policy?: PseudonymizePolicy;
  /** Replace the built-in rule set (tests run one rule at a time). */
  rules?: readonly Rule[];
}

export const BUILTIN_RULES: readonly Rule[] = [...credentialRules, ...identityRules];

const EMAIL = /(?<![A-Za-z0-9._%+$-])([A-Za-z0-9_%+$-][A-Za-z0-9._%+'$-]{0,63})@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?\.)+[A-Za-z]{2,24})(?![A-Za-z0-9-])/g;
/** Slots of the direct-mapped IPv4 cache in front of the large one (a power of two). */
const V4_HOT_SLOTS = 4096;

/** Words of log prose that a short name may coincide with: never echoed. */
const ECHO_STOPWORDS = new Set(
  'user users login logon admin from for with client server local remote session group host port source destination allow deny accept drop none true false info error warn debug'.split(' '),
);

/** Values that stand for "no value" or are already masked: never tokens or fingerprints. */
const PLACEHOLDER =
  /^(?:\*+|x{3,}|X{3,}|<[a-z -]*>|\(?null\)?|\(?none\)?|n\/a|-+|\?+|redacted|removed|hidden|masked|filtered|omitted|\[?(?:redacted|masked|filtered|hidden)\]?|not[_ -]?logg(?:ed|ing)(?:[_ -]?parameter)?|not[ -]applicable|not[ -]available|not[ -]found|unknown|no authentication required|any|\[secret:[0-9a-f]{8}\]|\$\{[A-Za-z0-9_.-]+\}|%[A-Za-z0-9_]+%)$/i;

export function createSanitizer(opts: SanitizerOptions): Sanitizer {
  const policy = opts.policy ?? DEFAULT_POLICY;
  const keys = opts.keys;
  const cipher = policy.ip.algorithm === 'cryptopan' ? createCryptoPan(keys.ipKey) : createIpcryptPfx(keys.ipKey);
  const keep: KeepList = parseKeepList(policy.ip.keep);
  const tokens = createKeyedTokens(keys.hmacKey);
  const userTokens = new TwoGenerationCache<string, string>(Math.min(policy.cacheSize, 50_000));
  const userToken = (name: string): string => {
    let t = userTokens.get(name);
    if (t === undefined) {
      t = tokens.user(name);
      userTokens.set(copy(name), t);
    }
    return t;
  };
  const macs = createMacPseudonymizer(tokens, policy.mac.keepOui);
  const keepUsers = new Set(policy.users.keep.map((u) => asciiLower(u)));
  const disabled = new Set(policy.secrets.disabledRules);
  const rules = (opts.rules ?? BUILTIN_RULES).filter(
    (r) => !disabled.has(r.name) && (r.kind === 'secret' ? policy.secrets.enabled : policy.users.enabled),
  );
  const engine: RuleEngine = createRuleEngine(rules);
  const spans = new SpanList();
  const defaultState: RuleState = {};

  const stats: SanitizeStats = {
    lines: 0,
    replaced: { secret: 0, user: 0, email: 0, mac: 0, ip: 0 },
    byRule: new Map(),
    cacheHits: 0,
    cacheMisses: 0,
  };
  const v4Cache = new TwoGenerationCache<number, string>(policy.cacheSize);
  const v4HotKeys = new Int32Array(V4_HOT_SLOTS);
  const v4HotText = new Array<string | undefined>(V4_HOT_SLOTS).fill(undefined);
  const textCache = new TwoGenerationCache<string, string>(policy.cacheSize);

  const hit = (): void => {
    stats.cacheHits++;
  };

  function v4Pseudonym(addr: number): number {
    return keep.v4(addr) ? addr : cipher.encryptV4(addr);
  }

  function v4Text(addr: number): string {
    // First a small direct-mapped table that stays in the CPU caches (the head of the traffic),
    // then the large map. Keys are signed 32-bit values, which V8 keeps as small integers.
    const key = addr | 0;
    const slot = (key ^ (key >>> 12)) & (V4_HOT_SLOTS - 1);
    if (v4HotKeys[slot] === key && v4HotText[slot] !== undefined) {
      hit();
      return v4HotText[slot] as string;
    }
    let text = v4Cache.get(key);
    if (text !== undefined) {
      hit();
    } else {
      stats.cacheMisses++;
      text = formatIPv4(v4Pseudonym(addr));
      v4Cache.set(key, text);
    }
    if (policy.cacheSize > 0) {
      v4HotKeys[slot] = key;
      v4HotText[slot] = text;
    }
    return text;
  }

  function v6Bytes(a: Uint8Array): Uint8Array {
    if (isV4Mapped(a) ? keep.v4(mappedToV4(a)) : keep.v6(a)) return a;
    return cipher.encryptV6(a);
  }

  // The current line, for the callbacks below.
  let line = '';

  const sink: AddressSink = {
    v4(start, end, addr, prefixLen, reversed) {
      if (!policy.ip.enabled) return;
      let text: string;
      if (reversed) {
        text = formatIPv4(reverse4Octets(v4Pseudonym(addr)));
      } else if (prefixLen >= 0 && prefixLen < 32 && hostBitsZero4(addr, prefixLen)) {
        // A network written as a CIDR keeps looking like one: zero the pseudonym's host bits too.
        const mask = prefixLen === 0 ? 0 : (0xffffffff << (32 - prefixLen)) >>> 0;
        text = formatIPv4((v4Pseudonym(addr) & mask) >>> 0);
      } else {
        text = v4Text(addr);
      }
      spans.push(start, end, text, 'ip', 'ipv4');
    },
    v6(start, end, addr, prefixLen) {
      if (!policy.ip.enabled) return;
      const raw = line.slice(start, end);
      let text: string | undefined;
      if (prefixLen < 0) text = textCache.get(raw);
      if (text !== undefined) {
        hit();
      } else {
        stats.cacheMisses++;
        const out = v6Bytes(addr.bytes);
        if (prefixLen >= 0 && prefixLen < 128 && hostBitsZero6(addr.bytes, prefixLen)) zeroHostBits6(out, prefixLen);
        text = formatIPv6(out, addr.style);
        if (prefixLen < 0) textCache.set(copy(raw), text);
      }
      spans.push(start, end, text, 'ip', 'ipv6');
    },
    mac(start, end) {
      if (!policy.mac.enabled) return;
      const raw = line.slice(start, end);
      let text = textCache.get(raw);
      if (text !== undefined) {
        hit();
      } else {
        stats.cacheMisses++;
        text = macText(raw);
        textCache.set(copy(raw), text);
      }
      if (text !== raw) spans.push(start, end, text, 'mac', 'mac');
    },
  };

  function macText(raw: string): string {
    const octets = new Uint8Array(6);
    let n = 0;
    for (let i = 0; i < raw.length && n < 12; i++) {
      const h = hexValue(raw.charCodeAt(i));
      if (h < 0) continue;
      octets[n >> 1] = (octets[n >> 1] as number) | (n & 1 ? h : h << 4);
      n++;
    }
    if (n !== 12 || !macs.pseudonymize(octets)) return raw;
    // Write the new octets over the old hex digits: separators and letter case stay as written.
    const upper = /[A-F]/.test(raw) && !/[a-f]/.test(raw);
    let out = '';
    n = 0;
    for (let i = 0; i < raw.length; i++) {
      const c = raw.charCodeAt(i);
      if (hexValue(c) < 0) {
        out += raw[i];
        continue;
      }
      const nibble = n & 1 ? (octets[n >> 1] as number) & 15 : (octets[n >> 1] as number) >> 4;
      const digit = nibble.toString(16);
      out += upper ? digit.toUpperCase() : digit;
      n++;
    }
    return out;
  }

  function userReplacement(start: number, end: number, rule: string): void {
    let value = line.slice(start, end);
    // Names inside quotes or brackets that a rule took whole.
    const bs = value.lastIndexOf('\\');
    if (bs >= 0) {
      start += bs + 1;
      value = value.slice(bs + 1);
    }
    const at = value.indexOf('@');
    if (at > 0 && value.indexOf('.', at) > at) {
      // user@example.com, HOST$@EXAMPLE.NET: the domain is kept, like an e-mail address.
      if (policy.email.keepDomain) {
        end = start + at;
        value = value.slice(0, at);
      }
    }
    if (value === '' || isKeptUser(value)) return;
    if (parseIPv4(value) >= 0 || parseIPv6(value) !== null) return; // an address in a user field: the scanner takes it
    spans.push(start, end, userToken(value), 'user', rule);
  }

  function isKeptUser(v: string): boolean {
    if (keepUsers.has(asciiLower(v))) return true;
    if (v.startsWith(USER_TOKEN_PREFIX) && v.length === 14) return true; // already a token
    return PLACEHOLDER.test(v);
  }

  function onRuleSpan(kind: RuleSpanKind, start: number, end: number, rule: string): void {
    if (kind === 'user') {
      userReplacement(start, end, rule);
      return;
    }
    if (kind === 'mac') {
      sink.mac(start, end);
      return;
    }
    const value = line.slice(start, end);
    if (PLACEHOLDER.test(value) || SECRET_TOKEN_RE.test(value)) return;
    spans.push(start, end, tokens.secret(value), 'secret', rule);
  }

  /**
   * A name or secret found by a rule is replaced wherever else it occurs in the
   * same line: devices echo them in free text (Junos RT_FLOW repeats
   * `username="x"` as `x(roles)`, command accounting repeats the user).
   */
  function echoes(): void {
    const found = spans.length;
    for (let i = 0; i < found; i++) {
      const kind = spans.kind[i] as SpanKind;
      if (kind !== 'user' && kind !== 'secret') continue;
      const start = spans.start[i] as number;
      const end = spans.end[i] as number;
      if (end - start < 3) continue;
      const value = line.slice(start, end);
      if (ECHO_STOPWORDS.has(asciiLower(value))) continue;
      for (let at = line.indexOf(value); at >= 0; at = line.indexOf(value, at + 1)) {
        if (at === start) continue;
        if (!isEchoBoundary(line.charCodeAt(at - 1)) || !isEchoBoundary(line.charCodeAt(at + value.length))) continue;
        if (spans.covered(at, at + value.length, kind)) continue;
        spans.push(at, at + value.length, spans.text[i] as string, kind, spans.source[i] as string);
      }
    }
  }

  function emails(): void {
    EMAIL.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = EMAIL.exec(line)) !== null) {
      const local = m[1] as string;
      if (isKeptUser(local)) continue; // role addresses (root@, admin@, anonymous@ outer EAP identities)
      const start = m.index;
      if (policy.email.keepDomain) {
        spans.push(start, start + local.length, userToken(local), 'email', 'email');
      } else {
        spans.push(start, start + m[0].length, `${tokens.user(local)}@${tokens.user(m[2] as string).slice(USER_TOKEN_PREFIX.length)}.invalid`, 'email', 'email');
      }
    }
  }

  const count = (kind: SpanKind, source: string): void => {
    stats.replaced[kind]++;
    if (kind === 'secret' || kind === 'user') stats.byRule.set(source, (stats.byRule.get(source) ?? 0) + 1);
  };

  return {
    epoch: keys.epoch,
    stats,
    cipher,
    sanitize(input, state = defaultState) {
      stats.lines++;
      line = input;
      spans.reset();
      if (rules.length > 0) {
        engine.run(input, state, onRuleSpan);
        if (spans.length > 0) echoes();
      }
      if (policy.email.enabled && input.indexOf('@') >= 0) emails();
      scanAddresses(input, sink);
      if (spans.length === 0) return input;
      return spans.apply(input, count);
    },
    pseudonymizeIp(text) {
      const v4 = parseIPv4(text);
      if (v4 >= 0) return formatIPv4(v4Pseudonym(v4));
      const v6: ParsedIPv6 | null = parseIPv6(text);
      return v6 === null ? null : formatIPv6(v6Bytes(v6.bytes), v6.style);
    },
    userToken,
  };
}

/**
 * A copy of a substring that does not keep its parent alive: V8 represents
 * substrings of 13+ characters as slices of the parent, and a cache key that is
 * a slice of a 1 MiB read buffer pins the whole buffer (research/perf-baseline.md).
 */
function copy(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/**
 * Characters around an echo: it must stand as a field of its own (blanks, quotes,
 * brackets, `=`, `,`, `;`, `:`), not inside a word or a path (`/srv/app`).
 */
function isEchoBoundary(c: number): boolean {
  return Number.isNaN(c) || c === 32 || c === 9 || c === 34 || c === 39 || c === 40 || c === 41 || c === 91 || c === 93 || c === 60 || c === 62 || c === 61 || c === 44 || c === 59 || c === 58;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

function hostBitsZero4(a: number, len: number): boolean {
  const host = len === 0 ? 0xffffffff : ~(0xffffffff << (32 - len)) >>> 0;
  return ((a & host) >>> 0) === 0;
}

function hostBitsZero6(b: Uint8Array, len: number): boolean {
  for (let i = len; i < 128; i++) if (((b[i >> 3] as number) >> (7 - (i & 7))) & 1) return false;
  return true;
}

function zeroHostBits6(b: Uint8Array, len: number): void {
  for (let i = len; i < 128; i++) b[i >> 3] = (b[i >> 3] as number) & ~(0x80 >> (i & 7));
}
