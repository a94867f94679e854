/**
 * `--user NAME`, typed in clear, matched on keyed tokens.
 *
 * The agent replaces a user name, and the local part of an e-mail address,
 * by `usr_` + 10 hex digits of an HMAC under the epoch's key, computed over
 * the name with ASCII letters folded to lower case (keyed-tokens.ts in the
 * pseudonymize stage). So `--user JDoe` is `--user jdoe`, and the token is
 * searched for in every string of the event: user fields, free text, and
 * `usr_…@example.com` where an e-mail address was.
 *
 * `--user jdoe@example.com` asks for that address only: the token of `jdoe`
 * followed by `@example.com` (domains are kept by default), or by the
 * domain's own token and `.invalid` when the agent also hides domains.
 *
 * Account names the agent keeps readable (root, admin, sshd...: no person)
 * are in the events as they are; those are matched as a whole word in clear,
 * without regard to case.
 */
import { LogveilError } from '../errors.js';
import { unicodeToBinary } from '../../shared/event-json.js';
import { DEFAULT_KEEP_USERS, type Sanitizer } from '../stages/pseudonymize/index.js';
import { asciiLower, needle, type Needle } from './line-prefilter.js';

export interface UserTarget {
  /** The name (or the e-mail local part) as a binary string (shared/event.ts). */
  readonly name: string;
  /** The e-mail domain, ASCII letters in lower case, when an address was given (Unicode, as in parsed events). */
  readonly domain: string | undefined;
}

export interface UserMatcher {
  /** True when `s` (a string of an event) holds the user. */
  test(s: string): boolean;
  readonly needles: readonly Needle[];
}

const TOKEN_LENGTH = 14; // 'usr_' + 10 hex digits
const KEPT = new Set(DEFAULT_KEEP_USERS.map((u) => asciiLower(u)));

export function parseUserArg(text: string): UserTarget {
  const t = text.trim();
  const at = t.lastIndexOf('@');
  const name = at < 0 ? t : t.slice(0, at);
  const domain = at < 0 ? undefined : asciiLower(t.slice(at + 1));
  if (name === '' || domain === '') throw new LogveilError('LV_USAGE', `--user "${text}": give a user name or an e-mail address`);
  return { name: unicodeToBinary(name), domain };
}

export function userMatcher(t: UserTarget, s: Sanitizer): UserMatcher {
  if (KEPT.has(asciiLower(t.name))) return clearWordMatcher(t);
  const token = s.userToken(t.name);
  const domainToken = t.domain === undefined ? undefined : `${s.userToken(unicodeToBinary(t.domain)).slice(4)}.invalid`;
  return {
    needles: [needle(token, false)],
    test(str) {
      for (let at = str.indexOf(token); at >= 0; at = str.indexOf(token, at + 1)) {
        const after = at + TOKEN_LENGTH;
        if (isHex(str.charCodeAt(after))) continue;
        if (t.domain === undefined) return true;
        if (str.charCodeAt(after) !== 64 /* @ */) continue;
        const rest = str.slice(after + 1);
        if (domainAt(rest, t.domain) || domainAt(rest, domainToken as string)) return true;
      }
      return false;
    },
  };
}

function clearWordMatcher(t: UserTarget): UserMatcher {
  // Kept names are ASCII, so the binary and the Unicode forms of `name` are the same.
  const word = asciiLower(t.domain === undefined ? t.name : `${t.name}@${t.domain}`);
  return {
    needles: [needle(word, true)],
    test(str) {
      const lower = asciiLower(str);
      for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
        if (!isWordChar(lower.charCodeAt(at - 1)) && !isWordChar(lower.charCodeAt(at + word.length))) return true;
      }
      return false;
    },
  };
}

/** `domain` (lower case) at the start of `rest`, not followed by more of a host name. */
function domainAt(rest: string, domain: string): boolean {
  if (asciiLower(rest.slice(0, domain.length)) !== domain) return false;
  const next = rest.charCodeAt(domain.length);
  return !(isWordChar(next) || next === 45 /* - */ || (next === 46 /* . */ && isWordChar(rest.charCodeAt(domain.length + 1))));
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102);
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
