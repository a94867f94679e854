/**
 * A login written beside its e-mail address: `Job succeeded for jdoe <x@example.io>`
 * (GitLab, mail servers, CI). The address in angle brackets is found where its
 * ` <` occurred, and the name is the word before it, read backwards: as one
 * expression this had to be tried at every position of every line with an `@`.
 *
 * The name is a whole word of `[A-Za-z0-9._-]`, 3 to 64 chars, that starts with a
 * letter and has a lower-case letter (an all-capitals word is a keyword or a
 * realm), does not follow a `<`, and does not start with a word of mail prose
 * (`from`, `rcpt`, `reply-to`...).
 */
import type { FunctionRule } from './rule.js';

/** `<local@domain>`, tried right after the name's blank (sticky). */
const ADDRESS_IN_BRACKETS = /<[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+>/y;
/** A name that starts with one of these, standing as a word (`from`, `reply-to`), is mail prose. */
const PROSE_START = /^(?:from|to|for|by|mail|rcpt|sender|recipient|reply|user|address|cc|bcc|and|or)(?![A-Za-z0-9_])/;

function isNameChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 95 || c === 45;
}

export const nameBesideAddressRule: FunctionRule = {
  name: 'name-beside-address',
  kind: 'user',
  anyOf: [' <'],
  find(line, _state, emit, hits) {
    for (const hit of hits) {
      // hit is just after ` <`: the name ends at the blank.
      const end = hit - 2;
      ADDRESS_IN_BRACKETS.lastIndex = hit - 1;
      if (!ADDRESS_IN_BRACKETS.test(line)) continue;
      let start = end;
      while (start > 0 && end - start <= 64 && isNameChar(line.charCodeAt(start - 1))) start--;
      const length = end - start;
      if (length < 3 || length > 64 || (start > 0 && line.charCodeAt(start - 1) === 60)) continue;
      const first = line.charCodeAt(start) | 0x20;
      if (first < 97 || first > 122) continue;
      const name = line.slice(start, end);
      if (!/[a-z]/.test(name) || PROSE_START.test(name)) continue;
      emit('user', start, end);
    }
  },
  examples: [
    ['Job succeeded for jdoe <x@example.io>', 'Job succeeded for «u» <x@example.io>'],
    ['gitlab: push by a.smith-2 <a.smith@example.com> to main', 'gitlab: push by «u» <a.smith@example.com> to main'],
  ],
  keeps: [
    'H=mx [192.0.2.1] F=<a@example.com> rejected RCPT <b@example.com>: relay not permitted',
    'mail from <a@example.com>',
    'reply-to <a@example.com> set',
    'SMTP RCPT <b@example.com> refused',
    'x<jdoe <a@example.com>',
  ],
};
