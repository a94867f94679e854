/**
 * Character classes for the hand-written scanners of the parse stage.
 *
 * One flag byte per UTF-16 code unit (65536 entries, 64 KiB) so that a lookup
 * `CHAR_CLASS[line.charCodeAt(i)]` is always in bounds: input is a binary string
 * (one char per byte), but a caller may still hand us a real Unicode string, and
 * `charCodeAt` past the end gives NaN, which indexes to `undefined` and so to
 * "no class". Every class is ASCII-only on purpose: bytes >= 0x80 carry no
 * meaning in any syslog grammar, and Unicode-aware classes (`\s` matches \xA0)
 * are exactly what must not decide where a field ends.
 */

/** Flags in {@link CHAR_CLASS}. */
export const CH = {
  /** 0-9 */
  DIGIT: 1,
  /** A-Z a-z */
  ALPHA: 2,
  /** RFC 5424 PRINTUSASCII: %d33-126. */
  PRINT: 4,
  /** What a syslog HOSTNAME holds in practice: names, IPv4, IPv6 (with `%zone`). */
  HOST: 8,
  /** RFC 5424 SD-NAME: PRINTUSASCII except '=', SP, ']', '"'. */
  SD_NAME: 16,
  /** A key of a `key=value` body (FortiGate, SonicWall, Sophos, Meraki, netfilter). */
  KV_KEY: 32,
  /** The name part of an RFC 3164 TAG (`sshd`, `su(pam_unix)`, `postfix/smtpd`). */
  TAG: 64,
  /** A CEF extension key: alphanumerics, '_' and '.' (ArcSight `ad.` keys). */
  CEF_KEY: 128,
} as const;

function build(): Uint8Array {
  const t = new Uint8Array(65536);
  for (let c = 33; c <= 126; c++) {
    t[c] = CH.PRINT | CH.SD_NAME | CH.TAG;
  }
  for (const ch of '="] ') t[ch.charCodeAt(0)]! &= ~CH.SD_NAME;
  // A TAG name ends at '[' (PID) or ':'; quotes, '=' and ',' never occur in
  // program names but do at the start of messages, so they end it as well.
  for (const ch of ':[]=,"\'<>{}') t[ch.charCodeAt(0)]! &= ~CH.TAG;
  for (let c = 48; c <= 57; c++) t[c]! |= CH.DIGIT | CH.HOST | CH.KV_KEY | CH.CEF_KEY;
  for (let c = 65; c <= 90; c++) {
    t[c]! |= CH.ALPHA | CH.HOST | CH.KV_KEY | CH.CEF_KEY;
    t[c + 32]! |= CH.ALPHA | CH.HOST | CH.KV_KEY | CH.CEF_KEY;
  }
  for (const ch of '.-_:%') t[ch.charCodeAt(0)]! |= CH.HOST;
  for (const ch of '_.-') t[ch.charCodeAt(0)]! |= CH.KV_KEY;
  for (const ch of '_.') t[ch.charCodeAt(0)]! |= CH.CEF_KEY;
  return t;
}

/** Class flags ({@link CH}) by char code. */
export const CHAR_CLASS: Uint8Array = build();
