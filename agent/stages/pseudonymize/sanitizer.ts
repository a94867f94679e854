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
 *
 * Lines can come in batches (`sanitizeBatch`): the addresses that miss the
 * cache are then collected over the whole batch and pseudonymized together,
 * one `cipher.update` per AES key for all of them, before any output line is
 * built. In Node one `update` call costs more than the AES work of one address
 * (research/perf-baseline.md section 4), so this is several times cheaper per
 * miss. `sanitize(line)` is a batch of one: both give the same bytes.
 */
import { createCryptoPan } from './ip/crypto-pan.js';
import { createIpcryptPfx } from './ip/ipcrypt-pfx.js';
import type { IpCipher } from './ip/ip-cipher.js';
import { type IPv6Style, type ParsedIPv6, formatIPv4, formatIPv6, isV4Mapped, mappedToV4, parseIPv4, parseIPv6 } from './ip/ip-address.js';
import { type KeepList, parseKeepList } from './ip/keep-list.js';
import { createKeyedTokens, asciiLower, USER_TOKEN_PREFIX, SECRET_TOKEN_RE } from './keyed-tokens.js';
import { createMacPseudonymizer, isKeptMac } from './mac-pseudonymizer.js';
import { WIDE, lineBytes, markWide, reverse4Octets, scanAddresses, type AddressSink } from './address-scanner.js';
import { createRuleEngine, type RuleEngine } from './rule-engine.js';
import { LiteralHits } from './literal-matcher.js';
import { credentialRules } from './rules/credential-rules.js';
import { identityRules } from './rules/identity-rules.js';
import type { Rule, RuleSpanKind, RuleState, SpanKind } from './rules/rule.js';
import { LearnedNames } from './learned-names.js';
import { SpanList } from './span-list.js';
import { TwoGenerationCache } from './two-generation-cache.js';
import { BytesKeyCache, IntKeyCache, hashBytes } from './address-cache.js';
import { DEFAULT_POLICY, type PseudonymizePolicy } from './policy.js';
import type { EpochKeys } from '../../keys/keyring.js';

export interface SanitizeStats {
  lines: number;
  /** Replacements made, by kind. */
  replaced: Record<SpanKind, number>;
  /** Replacements of secrets and user names, by rule name. */
  byRule: Map<string, number>;
  /** Address lookups answered without new cryptography (the cache, or an earlier occurrence in the batch). */
  cacheHits: number;
  /** Addresses whose pseudonym had to be computed. */
  cacheMisses: number;
}

export interface Sanitizer {
  readonly epoch: string;
  readonly stats: SanitizeStats;
  readonly cipher: IpCipher;
  /** Sanitizes one line (no line terminator). `state` carries multi-line rule state per stream. */
  sanitize(line: string, state?: RuleState): string;
  /**
   * Sanitizes lines in order (no line terminators): the same output as `sanitize` on each,
   * cheaper per line and per new address. `state` is carried from line to line: one state for
   * lines of one stream, or one per line (states[i] for lines[i]) for lines of several
   * interleaved streams, as a daemon's batch holds.
   */
  sanitizeBatch(lines: readonly string[], state?: RuleState | readonly RuleState[]): string[];
  /**
   * Sanitizes a block of raw bytes holding lines, each ended by LF, the last one possibly not:
   * the block comes back with every line as `sanitize` makes it (of the line as a binary
   * string) and every LF where it was. A CR before a LF (or ending the block) is not part of
   * its line and stays. Returns a new Buffer, or `block` itself when nothing was replaced;
   * `block` is not changed. For a file or a stream read in chunks, this is the cheapest way:
   * the block is scanned where it is, and no string per output line is made.
   */
  sanitizeBytes(block: Buffer, state?: RuleState): Buffer;
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
  /^(?:\*+|x{3,}|X{3,}|<[a-z -]*>|\(?null\)?|\(?none\)?|n\/a|-+|\?+|redacted|removed|hidden|masked|filtered|omitted|\[?(?:redacted|masked|filtered|hidden)\]?|not[_ -]?logg(?:ed|ing)(?:[_ -]?parameter)?|not[ -]applicable|not[ -]available|not[ -]found|unknown|no authentication required|any|\[secret:[0-9a-f]{8}\]|\$\{[A-Za-z0-9_.-]+\}|%[A-Za-z0-9_]+%|yes|no|true|false|on|off|enabled?|disabled?|%%\d+)$/i;

/** How a deferred IPv4 pseudonym is written: as is, octets reversed, or as a network (>= 0: the prefix length). */
const V4_PLAIN = -1;
const V4_REVERSED = -2;

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
  /** userReplacement's decision per name: its token, or '' when the name stays. */
  const userDecisions = new BytesKeyCache(2 * Math.min(policy.cacheSize, 50_000));
  const macs = createMacPseudonymizer(tokens, policy.mac.keepOui);
  const keepUsers = new Set(policy.users.keep.map((u) => asciiLower(u)));
  const learned = new LearnedNames(policy.users.enabled ? policy.users.learn : 0);
  const notWorthLearning = (lower: string): boolean =>
    ECHO_STOPWORDS.has(lower) || keepUsers.has(lower) || lower.startsWith(USER_TOKEN_PREFIX) || PLACEHOLDER.test(lower);
  const disabled = new Set(policy.secrets.disabledRules);
  const rules = (opts.rules ?? BUILTIN_RULES).filter(
    (r) => !disabled.has(r.name) && (r.kind === 'secret' ? policy.secrets.enabled : policy.users.enabled),
  );
  const engine: RuleEngine = createRuleEngine(rules);
  const spans = new SpanList();
  const defaultState: RuleState = {};
  const caching = policy.cacheSize > 0;

  const stats: SanitizeStats = {
    lines: 0,
    replaced: { secret: 0, user: 0, email: 0, mac: 0, ip: 0 },
    byRule: new Map(),
    cacheHits: 0,
    cacheMisses: 0,
  };
  // policy.cacheSize counts entries per generation of a two-generation cache, so up to twice
  // as many are kept: the set-associative caches get that many slots.
  const v4Cache = new IntKeyCache(2 * policy.cacheSize);
  const v4HotKeys = new Int32Array(V4_HOT_SLOTS);
  const v4HotText = new Array<string | undefined>(V4_HOT_SLOTS).fill(undefined);
  /** IPv6 addresses and MACs, by their text as written, looked up by the line's bytes. */
  const textCache = new BytesKeyCache(2 * policy.cacheSize);

  // Pseudonyms still to compute in this batch, and the spans waiting for them.
  const pending = new PendingAddresses();
  const batchHits = new LiteralHits();
  /** The bytes of a single line (sanitize), reused. */
  let scratch: Buffer = Buffer.allocUnsafe(4096);
  /**
   * The bytes of a batch, in a buffer reused from batch to batch: a fresh megabyte per batch
   * is freed only when the garbage collector gets to its small JS wrapper, and the peak RSS of
   * `logveil sanitize` grew by tens of megabytes with them.
   */
  let batchScratch: Buffer = Buffer.allocUnsafe(0);
  function batchBytes(text: string): Buffer {
    if (batchScratch.length < text.length) batchScratch = Buffer.allocUnsafe(Math.max(text.length, 2 * batchScratch.length));
    batchScratch.write(text, 0, 'latin1');
    return batchScratch;
  }

  function v4Pseudonym(addr: number): number {
    return keep.v4(addr) ? addr : cipher.encryptV4(addr);
  }

  function v6Bytes(a: Uint8Array): Uint8Array {
    if (isV4Mapped(a) ? keep.v4(mappedToV4(a)) : keep.v6(a)) return a;
    return cipher.encryptV6(a);
  }

  function keptV6(a: Uint8Array): boolean {
    return isV4Mapped(a) ? keep.v4(mappedToV4(a)) : keep.v6(a);
  }

  function v4Hot(key: number, text: string): void {
    if (!caching) return;
    const slot = (key ^ (key >>> 12)) & (V4_HOT_SLOTS - 1);
    v4HotKeys[slot] = key;
    v4HotText[slot] = text;
  }

  // The current line and its bytes (bytes[base...]), for the callbacks below.
  let line = '';
  let curBytes: Uint8Array = new Uint8Array(0);
  let curBase = 0;
  /** The line has chars of 256 and more, which its bytes do not hold: no lookups by bytes. */
  let curWide = false;

  const sink: AddressSink = {
    v4(start, end, addr, prefixLen, reversed) {
      if (!policy.ip.enabled) return;
      if (reversed || (prefixLen >= 0 && prefixLen < 32 && hostBitsZero4(addr, prefixLen))) {
        // Reverse-DNS names and networks written as a CIDR are rare: no cache.
        const form = reversed ? V4_REVERSED : prefixLen;
        if (keep.v4(addr)) spans.push(start, end, formatV4(addr, form), 'ip', 'ipv4');
        else pending.v4Span(spans.push(start, end, '', 'ip', 'ipv4'), addr, form, false);
        return;
      }
      // First a small direct-mapped table that stays in the CPU caches (the head of the traffic),
      // then the large map. Keys are signed 32-bit values, which V8 keeps as small integers.
      const key = addr | 0;
      const slot = (key ^ (key >>> 12)) & (V4_HOT_SLOTS - 1);
      if (v4HotKeys[slot] === key && v4HotText[slot] !== undefined) {
        stats.cacheHits++;
        spans.push(start, end, v4HotText[slot] as string, 'ip', 'ipv4');
        return;
      }
      const text = v4Cache.get(key);
      if (text !== undefined) {
        stats.cacheHits++;
        v4Hot(key, text);
        spans.push(start, end, text, 'ip', 'ipv4');
        return;
      }
      if (keep.v4(addr)) {
        stats.cacheMisses++;
        const kept = formatIPv4(addr);
        v4Cache.set(key, kept);
        v4Hot(key, kept);
        spans.push(start, end, kept, 'ip', 'ipv4');
        return;
      }
      if (pending.v4Span(spans.push(start, end, '', 'ip', 'ipv4'), addr, V4_PLAIN, caching)) stats.cacheHits++;
      else stats.cacheMisses++;
    },
    v6(start, end, addr, prefixLen) {
      if (!policy.ip.enabled) return;
      let raw: string | undefined;
      let hash = 0;
      if (prefixLen < 0) {
        hash = hashBytes(curBytes, curBase + start, curBase + end);
        const text = curWide ? undefined : textCache.get(curBytes, curBase + start, curBase + end, hash);
        if (text !== undefined) {
          stats.cacheHits++;
          spans.push(start, end, text, 'ip', 'ipv6');
          return;
        }
        raw = line.slice(start, end);
      }
      const network = prefixLen >= 0 && prefixLen < 128 && hostBitsZero6(addr.bytes, prefixLen);
      if (keptV6(addr.bytes)) {
        stats.cacheMisses++;
        const out = Uint8Array.from(addr.bytes);
        if (network) zeroHostBits6(out, prefixLen);
        const text = formatIPv6(out, addr.style);
        if (raw !== undefined) textCache.set(copy(raw), hash, text);
        spans.push(start, end, text, 'ip', 'ipv6');
        return;
      }
      const at = spans.push(start, end, '', 'ip', 'ipv6');
      if (pending.v6Span(at, addr, network ? prefixLen : -1, caching ? raw : undefined, hash)) stats.cacheHits++;
      else stats.cacheMisses++;
    },
    mac(start, end) {
      if (!policy.mac.enabled) return;
      const hash = hashBytes(curBytes, curBase + start, curBase + end);
      const text = curWide ? undefined : textCache.get(curBytes, curBase + start, curBase + end, hash);
      if (text !== undefined) {
        stats.cacheHits++;
        if (!textCache.same()) spans.push(start, end, text, 'mac', 'mac');
        return;
      }
      const raw = line.slice(start, end);
      // Parse now: a MAC that stays as it is (not 12 hex digits, group address) needs no span.
      const octets = pending.macOctets(raw);
      if (octets < 0) {
        stats.cacheMisses++;
        if (caching) textCache.set(copy(raw), hash, raw);
        return;
      }
      if (pending.macSpan(spans.push(start, end, '', 'mac', 'mac'), raw, hash, caching)) stats.cacheHits++;
      else stats.cacheMisses++;
    },
  };

  /** Computes the batch's new pseudonyms, fills in their spans' texts and caches them. */
  function resolvePending(): void {
    if (pending.v4Count > 0) {
      cipher.encryptV4Many(pending.v4Addrs, pending.v4Count);
      v4Texts();
      v4Fixups();
    }
    if (pending.v6Count > 0) {
      cipher.encryptV6Many(pending.v6Bytes, pending.v6Count);
      v6Texts();
      v6Fixups();
    }
    if (pending.macCount > 0) {
      macs.pseudonymizeMany(pending.macBytes, pending.macCount, pending.macChanged);
      macTexts();
      macFixups();
    }
    pending.clear();
  }

  // The loops of resolvePending, one per function (see findAll).
  function v4Texts(): void {
    const addrs = pending.v4Addrs;
    const texts = pending.v4Text;
    for (let i = 0; i < pending.v4Count; i++) {
      const text = formatIPv4(addrs[i] as number);
      texts[i] = text;
      if (pending.v4Cacheable[i] === 1) {
        const key = pending.v4Keys[i] as number;
        v4Cache.set(key, text);
        v4Hot(key, text);
      }
    }
  }

  function v4Fixups(): void {
    const addrs = pending.v4Addrs;
    const texts = pending.v4Text;
    for (let f = 0; f < pending.v4Fixups; f++) {
      const p = pending.v4FixEntry[f] as number;
      const form = pending.v4FixForm[f] as number;
      spans.text[pending.v4FixSpan[f] as number] = form === V4_PLAIN ? (texts[p] as string) : formatV4(addrs[p] as number, form);
    }
  }

  function v6Texts(): void {
    const bytes = pending.v6Bytes;
    for (let i = 0; i < pending.v6Count; i++) {
      const out = bytes.subarray(i * 16, i * 16 + 16);
      const prefixLen = pending.v6Prefix[i] as number;
      if (prefixLen >= 0) zeroHostBits6(out, prefixLen);
      const text = formatIPv6(out, pending.v6Style[i] as IPv6Style);
      pending.v6Text[i] = text;
      const raw = pending.v6Raw[i];
      if (raw !== undefined) textCache.set(raw, pending.v6Hash[i] as number, text);
    }
  }

  function v6Fixups(): void {
    for (let f = 0; f < pending.v6Fixups; f++) spans.text[pending.v6FixSpan[f] as number] = pending.v6Text[pending.v6FixEntry[f] as number] as string;
  }

  function macTexts(): void {
    for (let i = 0; i < pending.macCount; i++) {
      const raw = pending.macRaw[i] as string;
      const text = pending.macChanged[i] === 1 ? macText(raw, pending.macBytes, i * 6) : raw;
      pending.macText[i] = text;
      if (pending.macCacheable[i] === 1) textCache.set(raw, pending.macHash[i] as number, text);
    }
  }

  function macFixups(): void {
    for (let f = 0; f < pending.macFixups; f++) {
      const span = pending.macFixSpan[f] as number;
      const text = pending.macText[pending.macFixEntry[f] as number] as string;
      spans.text[span] = text;
      // A pseudonym equal to its MAC (a fixed point of the permutation): as if no span had been found.
      if (text === pending.macRaw[pending.macFixEntry[f] as number]) spans.dropped[span] = 1;
    }
  }

  function userReplacement(start: number, end: number, rule: string): void {
    // The name's bounds are worked out on the line's bytes, so that a name seen before costs
    // a cache lookup and no substring (`\\`, `@` and `.` are ASCII: the bytes hold them exactly).
    const b = curBytes;
    const o = curBase;
    // Names inside quotes or brackets that a rule took whole.
    for (let i = end - 1; i >= start; i--) {
      if (b[o + i] === 92) {
        start = i + 1;
        break;
      }
    }
    let at = -1;
    for (let i = start; i < end; i++) {
      if (b[o + i] === 64) {
        at = i;
        break;
      }
    }
    if (at > start && at + 1 < end && policy.email.keepDomain) {
      // user@example.com, HOST$@EXAMPLE.NET, jdoe@CORP, jdoe@pam: the domain or realm is kept,
      // like an e-mail address's, when it is one (letters, digits, `.`, `-`, `_`).
      let i = at + 1;
      while (i < end && isRealmByte(b[o + i] as number)) i++;
      if (i === end) end = at;
    }
    if (start === end) return;
    // The decision for a name (its token, or '' to leave it) depends on the name alone.
    const hash = curWide ? 0 : hashBytes(b, o + start, o + end);
    let token = curWide ? undefined : userDecisions.get(b, o + start, o + end, hash);
    if (token === undefined) {
      const value = line.slice(start, end);
      // A kept account, or an address in a user field (the scanner takes it): ''.
      token = isKeptUser(value) || parseIPv4(value) >= 0 || parseIPv6(value) !== null ? '' : userToken(value);
      if (!curWide) userDecisions.set(copy(value), hash, token);
      if (token !== '') learned.learn(copy(value), notWorthLearning);
    }
    if (token !== '') spans.push(start, end, token, 'user', rule);
  }

  function isKeptUser(v: string): boolean {
    if (keepUsers.has(asciiLower(v))) return true;
    if (v.length > 1 && v.charCodeAt(v.length - 1) === 36) return true; // a computer account (NOR-DC1$): a machine, not a person
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
    for (let i = spans.base; i < found; i++) {
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

  /** A remembered name standing as a word (learned-names.ts). */
  function learnedName(start: number, end: number): void {
    if (spans.covered(start, end, 'user')) return;
    spans.push(start, end, userToken(line.slice(start, end)), 'user', 'learned-name');
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

  /**
   * Finds the spans of one line; their texts may wait for resolvePending. `bytes[base...]`
   * holds the line as the address scanner reads it (see address-scanner.ts). With `hits`,
   * the line's rule literals are already found: hits[first, last).
   */
  function findSpans(input: string, state: RuleState, bytes: Uint8Array, base: number, wide: boolean, hits?: LiteralHits, first = 0, last = 0): void {
    stats.lines++;
    line = input;
    curBytes = bytes;
    curBase = base;
    curWide = wide;
    spans.beginLine();
    if (rules.length > 0) {
      if (hits === undefined) engine.run(input, state, onRuleSpan);
      else engine.runWithLiterals(input, state, onRuleSpan, hits, first, last, base);
      if (spans.lineLength > 0) echoes();
      if (learned.size > 0) learned.scan(input, bytes, base, learnedName);
    }
    if (policy.email.enabled && input.indexOf('@') >= 0) emails();
    if (policy.ip.enabled || policy.mac.enabled) scanAddresses(input, bytes, base, sink);
  }

  /** The output for a line whose spans are [from, to). */
  function build(input: string, from: number, to: number): string {
    return from === to ? input : spans.apply(input, from, to, count);
  }

  /*
   * The batch loops are functions of their own, each ending with its loop. A batch call runs
   * each loop once, so V8 optimizes them on-stack (OSR) the first time, before the code after
   * a loop has run; that code then has no type feedback and the optimized code deoptimizes
   * there, and as V8 keeps the OSR code, it did so again in every later batch (seen with
   * --trace-deopt), leaving the rest of each batch to the interpreter.
   */

  /**
   * Finds the spans of every line. Line i is lines[i], at starts[i] in `bytes`; firstSpan[i]
   * is where its spans start (and firstSpan[n] where the last line's end).
   */
  function findAll(lines: readonly string[], n: number, starts: Int32Array, state: RuleState, states: readonly RuleState[] | undefined, bytes: Buffer, wide: boolean, firstSpan: Int32Array): void {
    const hits = rules.length > 0 ? batchHits : undefined;
    let k = 0;
    for (let i = 0; i < n; i++) {
      const input = lines[i] as string;
      const base = starts[i] as number;
      // Rare: chars of 256 and more. The literal scan took their low byte (as it does for a
      // single line); the address scanner must see a byte that is never part of an address.
      const lineWide = wide && WIDE.test(input);
      if (lineWide) markWide(input, bytes, base);
      const lineEnd = base + input.length;
      const first = k;
      while (k < batchHits.length && (batchHits.end[k] as number) <= lineEnd) k++;
      findSpans(input, states === undefined ? state : (states[i] as RuleState), bytes, base, lineWide, hits, first, k);
      firstSpan[i + 1] = spans.length;
    }
  }

  function buildAll(lines: readonly string[], firstSpan: Int32Array): string[] {
    const out = new Array<string>(lines.length);
    for (let i = 0; i < lines.length; i++) out[i] = build(lines[i] as string, firstSpan[i] as number, firstSpan[i + 1] as number);
    return out;
  }

  /**
   * The output of sanitizeBytes: `src` with each line's spans written over it, in one new
   * buffer. The lines whose spans overlap or were withdrawn (rare) are built as strings by
   * spans.apply first, so that the output's size is known before it is written.
   */
  function buildBytes(src: Buffer, lines: readonly string[], n: number, starts: Int32Array, firstSpan: Int32Array): Buffer {
    if (firstSpan[n] === 0) return src;
    let size = src.length;
    let applied: string[] | undefined;
    for (let i = 0; i < n; i++) {
      const from = firstSpan[i] as number;
      const to = firstSpan[i + 1] as number;
      if (from === to) continue;
      if (spans.inOrder(from, to)) {
        for (let k = from; k < to; k++) size += (spans.text[k] as string).length - ((spans.end[k] as number) - (spans.start[k] as number));
      } else {
        const line = lines[i] as string;
        const out = spans.apply(line, from, to, count);
        (applied ??= [])[i] = out;
        size += out.length - line.length;
      }
    }
    const dst = Buffer.allocUnsafe(size);
    let pos = 0;
    let at = 0;
    for (let i = 0; i < n; i++) {
      const from = firstSpan[i] as number;
      const to = firstSpan[i + 1] as number;
      if (from === to) continue;
      const base = starts[i] as number;
      const whole = applied?.[i];
      if (whole !== undefined) {
        pos = copyBytes(src, at, base, dst, pos);
        pos = writeBinary(whole, dst, pos);
        at = base + (lines[i] as string).length;
        continue;
      }
      for (let k = from; k < to; k++) {
        pos = copyBytes(src, at, base + (spans.start[k] as number), dst, pos);
        pos = writeBinary(spans.text[k] as string, dst, pos);
        at = base + (spans.end[k] as number);
        count(spans.kind[k] as SpanKind, spans.source[k] as string);
      }
    }
    copyBytes(src, at, src.length, dst, pos);
    return dst;
  }

  /** The lines of a sanitizeBytes block: their strings and where they start. */
  let textLines: string[] = [];
  let textStarts = new Int32Array(1024);

  /** Splits `text` into textLines/textStarts (see sanitizeBytes); returns the number of lines. */
  function splitText(text: string): number {
    let n = 0;
    let from = 0;
    while (from < text.length) {
      const nl = text.indexOf('\n', from);
      const next = nl < 0 ? text.length : nl + 1;
      let end = nl < 0 ? text.length : nl;
      if (end > from && text.charCodeAt(end - 1) === 13) end--;
      if (n === textStarts.length) {
        const grown = new Int32Array(n * 2);
        grown.set(textStarts);
        textStarts = grown;
      }
      textStarts[n] = from;
      textLines[n++] = text.slice(from, end);
      from = next;
    }
    return n;
  }

  return {
    epoch: keys.epoch,
    stats,
    cipher,
    sanitize(input, state = defaultState) {
      // A batch that threw half-way (the daemon drops such a message and goes on) leaves nothing behind.
      spans.clear();
      pending.clear();
      // The same work as a batch of one: literals and addresses from the line's bytes.
      const bytes = (scratch = lineBytes(input, scratch));
      batchHits.length = 0;
      if (rules.length > 0) engine.scanLiterals(bytes, 0, input.length, batchHits);
      const wide = WIDE.test(input);
      if (wide) markWide(input, bytes, 0);
      findSpans(input, state, bytes, 0, wide, rules.length > 0 ? batchHits : undefined, 0, batchHits.length);
      if (spans.length === 0) return input;
      resolvePending();
      return build(input, 0, spans.length);
    },
    sanitizeBatch(lines, state = defaultState) {
      spans.clear();
      pending.clear();
      const n = lines.length;
      const firstSpan = new Int32Array(n + 1);
      const starts = new Int32Array(n);
      for (let i = 1; i < n; i++) starts[i] = (starts[i - 1] as number) + (lines[i - 1] as string).length + 1;
      // The batch as one byte string (lines joined by LF): the rule literals of all lines are
      // found in one pass over it, and the address scanner reads its bytes (literal-matcher.ts,
      // address-scanner.ts). Two native copies of the batch, cheaper than per-line work.
      const joined = lines.join('\n');
      const bytes = batchBytes(joined);
      batchHits.length = 0;
      if (rules.length > 0) engine.scanLiterals(bytes, 0, joined.length, batchHits);
      if (Array.isArray(state) && state.length !== n) throw new RangeError(`sanitizeBatch: ${n} lines but ${state.length} states`);
      const states = Array.isArray(state) ? (state as readonly RuleState[]) : undefined;
      findAll(lines, n, starts, states === undefined ? (state as RuleState) : defaultState, states, bytes, WIDE.test(joined), firstSpan);
      resolvePending();
      return buildAll(lines, firstSpan);
    },
    sanitizeBytes(block, state = defaultState) {
      spans.clear();
      pending.clear();
      // The block as a binary string for the rules, and the block itself as the bytes the
      // literal and address scans read: one char per byte, so no char is wide.
      const text = block.toString('latin1');
      const n = splitText(text);
      const lines = textLines;
      // Let go of the block's line strings afterwards: they keep the block alive.
      textLines = [];
      const firstSpan = new Int32Array(n + 1);
      batchHits.length = 0;
      if (rules.length > 0) engine.scanLiterals(block, 0, text.length, batchHits);
      findAll(lines, n, textStarts, state, undefined, block, false, firstSpan);
      resolvePending();
      return buildBytes(block, lines, n, textStarts, firstSpan);
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

/** An IPv4 pseudonym in the form its address was written in (see V4_PLAIN). */
function formatV4(pseudonym: number, form: number): string {
  if (form === V4_PLAIN) return formatIPv4(pseudonym);
  if (form === V4_REVERSED) return formatIPv4(reverse4Octets(pseudonym));
  // A network written as a CIDR keeps looking like one: zero the pseudonym's host bits too.
  const mask = form === 0 ? 0 : (0xffffffff << (32 - form)) >>> 0;
  return formatIPv4((pseudonym & mask) >>> 0);
}

/**
 * The addresses of a batch that missed the cache, each once, and the spans
 * waiting for their pseudonyms. Arrays grow as needed and are reused.
 */
class PendingAddresses {
  v4Count = 0;
  v4Addrs = new Uint32Array(256);
  v4Keys = new Int32Array(256);
  /** 1: a plain occurrence, whose pseudonym goes into the cache. */
  v4Cacheable = new Uint8Array(256);
  readonly v4Text: string[] = [];
  readonly v4ByAddr = new Map<number, number>();
  v4Fixups = 0;
  v4FixSpan = new Int32Array(256);
  v4FixEntry = new Int32Array(256);
  v4FixForm = new Int32Array(256);

  v6Count = 0;
  v6Bytes = new Uint8Array(16 * 64);
  readonly v6Style: IPv6Style[] = [];
  readonly v6Prefix: number[] = [];
  readonly v6Raw: Array<string | undefined> = [];
  v6Hash = new Int32Array(64);
  readonly v6Text: string[] = [];
  readonly v6ByRaw = new Map<string, number>();
  v6Fixups = 0;
  v6FixSpan = new Int32Array(64);
  v6FixEntry = new Int32Array(64);

  macCount = 0;
  macBytes = new Uint8Array(6 * 64);
  macChanged = new Uint8Array(64);
  macCacheable = new Uint8Array(64);
  macHash = new Int32Array(64);
  readonly macRaw: string[] = [];
  readonly macText: string[] = [];
  readonly macByRaw = new Map<string, number>();
  macFixups = 0;
  macFixSpan = new Int32Array(64);
  macFixEntry = new Int32Array(64);
  /** Scratch for macOctets. */
  readonly #octets = new Uint8Array(6);

  clear(): void {
    if (this.v4Count > 0) this.v4ByAddr.clear();
    if (this.v6Count > 0) this.v6ByRaw.clear();
    if (this.macCount > 0) this.macByRaw.clear();
    this.v4Count = 0;
    this.v4Fixups = 0;
    this.v6Count = 0;
    this.v6Fixups = 0;
    this.macCount = 0;
    this.macFixups = 0;
  }

  /**
   * Span `span` waits for the pseudonym of `addr`, written in `form`. With `share`, an
   * earlier entry for the same address is reused; returns true when one was.
   */
  v4Span(span: number, addr: number, form: number, share: boolean): boolean {
    let entry = share ? this.v4ByAddr.get(addr) : undefined;
    const found = entry !== undefined;
    if (entry === undefined) {
      entry = this.v4Count++;
      if (entry === this.v4Addrs.length) {
        this.v4Addrs = grow32(this.v4Addrs);
        this.v4Keys = grow32(this.v4Keys);
        this.v4Cacheable = grow8(this.v4Cacheable);
      }
      this.v4Addrs[entry] = addr;
      this.v4Keys[entry] = addr | 0;
      this.v4Cacheable[entry] = 0;
      if (share) this.v4ByAddr.set(addr, entry);
    }
    // Only a plain occurrence's pseudonym is cached (as the uncached forms never were).
    if (form === V4_PLAIN && share) this.v4Cacheable[entry] = 1;
    const f = this.v4Fixups++;
    if (f === this.v4FixSpan.length) {
      this.v4FixSpan = grow32(this.v4FixSpan);
      this.v4FixEntry = grow32(this.v4FixEntry);
      this.v4FixForm = grow32(this.v4FixForm);
    }
    this.v4FixSpan[f] = span;
    this.v4FixEntry[f] = entry;
    this.v4FixForm[f] = form;
    return found && form === V4_PLAIN;
  }

  /** Span `span` waits for the pseudonym of `addr` (a network when prefixLen >= 0); `raw`: its cache key, shared. */
  v6Span(span: number, addr: ParsedIPv6, prefixLen: number, raw: string | undefined, hash: number): boolean {
    let entry = raw !== undefined ? this.v6ByRaw.get(raw) : undefined;
    const found = entry !== undefined;
    if (entry === undefined) {
      entry = this.v6Count++;
      if (entry * 16 === this.v6Bytes.length) this.v6Bytes = grow8(this.v6Bytes);
      if (entry === this.v6Hash.length) this.v6Hash = grow32(this.v6Hash);
      this.v6Hash[entry] = hash;
      this.v6Bytes.set(addr.bytes, entry * 16);
      this.v6Style[entry] = addr.style;
      this.v6Prefix[entry] = prefixLen;
      const key = raw === undefined ? undefined : copy(raw);
      this.v6Raw[entry] = key;
      if (key !== undefined) this.v6ByRaw.set(key, entry);
    }
    const f = this.v6Fixups++;
    if (f === this.v6FixSpan.length) {
      this.v6FixSpan = grow32(this.v6FixSpan);
      this.v6FixEntry = grow32(this.v6FixEntry);
    }
    this.v6FixSpan[f] = span;
    this.v6FixEntry[f] = entry;
    return found;
  }

  /** Parses a MAC into the scratch octets: 0 when it will change, -1 when it stays as it is. */
  macOctets(raw: string): number {
    const octets = this.#octets;
    octets.fill(0);
    let n = 0;
    for (let i = 0; i < raw.length && n < 12; i++) {
      const h = hexValue(raw.charCodeAt(i));
      if (h < 0) continue;
      octets[n >> 1] = (octets[n >> 1] as number) | (n & 1 ? h : h << 4);
      n++;
    }
    return n !== 12 || isKeptMac(octets, 0) ? -1 : 0;
  }

  /** Span `span` waits for the pseudonym of the MAC just parsed by macOctets; `share`: reuse an entry for the same text. */
  macSpan(span: number, raw: string, hash: number, share: boolean): boolean {
    let entry = share ? this.macByRaw.get(raw) : undefined;
    const found = entry !== undefined;
    if (entry === undefined) {
      entry = this.macCount++;
      if (entry === this.macChanged.length) {
        this.macBytes = grow8(this.macBytes);
        this.macChanged = grow8(this.macChanged);
        this.macCacheable = grow8(this.macCacheable);
        this.macHash = grow32(this.macHash);
      }
      this.macHash[entry] = hash;
      this.macBytes.set(this.#octets, entry * 6);
      const key = copy(raw);
      this.macRaw[entry] = key;
      this.macCacheable[entry] = share ? 1 : 0;
      if (share) this.macByRaw.set(key, entry);
    }
    const f = this.macFixups++;
    if (f === this.macFixSpan.length) {
      this.macFixSpan = grow32(this.macFixSpan);
      this.macFixEntry = grow32(this.macFixEntry);
    }
    this.macFixSpan[f] = span;
    this.macFixEntry[f] = entry;
    return found;
  }
}

function grow32<T extends Uint32Array | Int32Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
}

function grow8(a: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const b = new Uint8Array(a.length * 2);
  b.set(a);
  return b;
}

/** Writes the pseudonymized octets at `at` over the hex digits of `raw`: separators and letter case stay as written. */
function macText(raw: string, octets: Uint8Array, at: number): string {
  const upper = /[A-F]/.test(raw) && !/[a-f]/.test(raw);
  let out = '';
  let n = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (hexValue(c) < 0) {
      out += raw[i];
      continue;
    }
    // Past the twelfth digit (a rule's custom `m` span) there is no octet: write 0, as always.
    const octet = n < 12 ? (octets[at + (n >> 1)] as number) : 0;
    const nibble = n & 1 ? octet & 15 : octet >> 4;
    const digit = nibble.toString(16);
    out += upper ? digit.toUpperCase() : digit;
    n++;
  }
  return out;
}

/**
 * Copies src[from, to) to dst at `at`; returns where the copy ends in dst. The ranges between
 * replacements are mostly short, and a loop costs less than the native copy's call for them.
 */
function copyBytes(src: Buffer, from: number, to: number, dst: Buffer, at: number): number {
  const n = to - from;
  if (n > 64) {
    src.copy(dst, at, from, to);
  } else {
    for (let i = 0; i < n; i++) dst[at + i] = src[from + i] as number;
  }
  return at + n;
}

/** Writes a binary string (chars below 256) to dst at `at`; returns where it ends. */
function writeBinary(s: string, dst: Buffer, at: number): number {
  const n = s.length;
  if (n > 32) return at + dst.write(s, at, 'latin1');
  for (let i = 0; i < n; i++) dst[at + i] = s.charCodeAt(i);
  return at + n;
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

function isRealmByte(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 45 || c === 95;
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
