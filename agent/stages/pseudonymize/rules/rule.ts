/**
 * What a redaction rule is. Rules are data: a name, the literals that must occur
 * in a line for the rule to be worth running, and a regular expression whose
 * named groups mark what to replace. Adding a credential form means adding one
 * object to a list, with the examples its test checks.
 *
 * Group names say what a span is:
 *   `s`, `s2`, `s3`...  a secret: replaced by a keyed fingerprint `[secret:xxxxxxxx]`
 *   `u`, `u2`, `u3`...  a user name: replaced by a keyed token `usr_xxxxxxxxxx`
 *                       (an e-mail keeps its domain, `DOMAIN\user` its domain)
 *   `m`, `m2`...        a MAC address in a form the address scanner does not take
 *                       on its own (12 bare hex digits after `cli` or `Calling-Station-Id`)
 *
 * Expressions run with the `g` flag, which the engine adds; it finds where a group
 * matched from its text (rule-engine.ts, `report`).
 * They see "binary strings" (one char per byte), so they must not use `\s`
 * (it matches byte 0xA0 inside UTF-8 text): write `[ \t]` instead.
 */
export const SPAN_KINDS = ['secret', 'user', 'email', 'mac', 'ip'] as const;
export type SpanKind = (typeof SPAN_KINDS)[number];

/** What a rule can mark. */
export type RuleSpanKind = 'secret' | 'user' | 'mac';

/** An example: the input line and the expected output with `«s»`/`«u»` where a secret/user token goes. */
export type RuleExample = readonly [input: string, expected: string];

export interface RegexRule {
  readonly name: string;
  /** What the rule is mostly about, for documentation and statistics. */
  readonly kind: RuleSpanKind;
  /** Lower-case literals; the rule runs only when one of them occurs in the line (in any case). */
  readonly anyOf: readonly string[];
  readonly re: RegExp;
  /**
   * Speed only, never what is found. Lower-case literals of which one occurs (in any case) in
   * every line the expression matches: where `anyOf` only makes the rule worth trying, this
   * must hold for every match, so a line without any of them is skipped without running the
   * expression. Rules whose `anyOf` is broad on purpose (a word most lines have) use it.
   * The catalogue test checks it on every example.
   */
  readonly requires?: readonly string[];
  /**
   * Speed only: every match starts where one of `anyOf` starts (in any case), so the
   * expression is tried only there (sticky) instead of at every position of the line. The
   * catalogue test checks it on every example.
   */
  readonly anchored?: boolean;
  readonly examples: readonly RuleExample[];
  /** Lines the rule must leave exactly as they are. */
  readonly keeps?: readonly string[];
}

/** Where a span goes, reported by function rules. */
export type EmitSpan = (kind: RuleSpanKind, start: number, end: number) => void;

/**
 * A rule that needs code rather than one expression (positional CSV columns,
 * multi-line blocks). `state` is per stream (one file, one TCP connection).
 */
export interface FunctionRule {
  readonly name: string;
  readonly kind: RuleSpanKind;
  /** Empty means "run on every line". */
  readonly anyOf: readonly string[];
  /** Also run, whatever the line's literals, while this says so (rules that carry state between lines). */
  readonly runWhen?: (state: RuleState) => boolean;
  /**
   * `hits` holds, for each occurrence of one of the rule's literals, the index just after
   * it (in order): a rule whose literals end where its match is (`password=`) can look
   * there instead of walking the line.
   */
  find(line: string, state: RuleState, emit: EmitSpan, hits: readonly number[]): void;
  readonly examples: readonly RuleExample[];
  readonly keeps?: readonly string[];
}

export type Rule = RegexRule | FunctionRule;

/** Per-stream state for function rules. */
export interface RuleState {
  /** Inside a PEM private key block: the label of its BEGIN line. */
  pem?: string;
}
