import { describe, expect, it } from 'vitest';
import { createSanitizer, DEFAULT_POLICY } from '../../agent/stages/pseudonymize/index.js';
import { LearnedNames } from '../../agent/stages/pseudonymize/learned-names.js';
import { policyWith, testKeys } from './helpers.js';

const FOUND = 'sshd[1]: Accepted password for kvanderm from 192.0.2.7 port 50122 ssh2';
/** A vendor sentence no rule knows: only a remembered name is replaced in it. */
const UNKNOWN_CONTEXT = (name: string) => `[Device] EAP245 was adopted by ${name}; firmware 5.1.2`;

function sanitizer(learn = DEFAULT_POLICY.users.learn) {
  return createSanitizer({ keys: testKeys(), policy: policyWith({ users: { ...DEFAULT_POLICY.users, learn } }) });
}

function tokenOf(out: string): string {
  return /usr_[0-9a-f]{10}/.exec(out)?.[0] ?? '';
}

describe('remembered names', () => {
  it('replaces a name found by a rule wherever it later stands as a word, with the same token', () => {
    const s = sanitizer();
    expect(s.sanitize(UNKNOWN_CONTEXT('kvanderm'))).toBe(UNKNOWN_CONTEXT('kvanderm')); // not known yet
    const token = tokenOf(s.sanitize(FOUND));
    expect(token).not.toBe('');
    expect(s.sanitize(UNKNOWN_CONTEXT('kvanderm'))).toBe(UNKNOWN_CONTEXT(token));
    expect(s.sanitize(UNKNOWN_CONTEXT('KVanderM'))).toBe(UNKNOWN_CONTEXT(token)); // case-insensitive
    expect(s.sanitize('Login OK: [kvanderm] (from client ap-12 port 0)')).toBe(`Login OK: [${token}] (from client ap-12 port 0)`);
    expect(s.sanitize('NORDHAV\\kvanderm logged on')).toBe(`NORDHAV\\${token} logged on`);
    expect(s.sanitize('path /volume1/finance/kvanderm/q4.xlsx written')).toBe(`path /volume1/finance/${token}/q4.xlsx written`);
    expect(s.sanitize('adopted by kvanderm.')).toBe(`adopted by ${token}.`);
  });

  it('leaves the name inside longer words, host names and after an @', () => {
    const s = sanitizer();
    s.sanitize(FOUND);
    for (const line of [
      'host kvanderm-laptop joined',
      'resolved kvanderm.example.net',
      'realm x@kvanderm',
      'id kvanderm2 and xkvanderm',
      'kvanderm="a key, not the account" {"kvanderm":1}',
      '[kvanderm@2636.1.1.1.2.26 source-address="x"]',
    ]) {
      expect(s.sanitize(line)).toBe(line);
    }
  });

  it('never remembers kept accounts, capitals-only realms, role words, host-like or short names', () => {
    const s = sanitizer();
    for (const name of ['root', 'CORP', 'backup', 'deploy', 'cisco', 'name', 'waw-edge-fw2', 'jd']) {
      s.sanitize(`sshd[1]: Accepted password for ${name} from 192.0.2.7 port 50122 ssh2`);
      expect(s.sanitize(UNKNOWN_CONTEXT(name)), name).toBe(UNKNOWN_CONTEXT(name));
    }
  });

  it('is off with learn: 0', () => {
    const s = sanitizer(0);
    s.sanitize(FOUND);
    expect(s.sanitize(UNKNOWN_CONTEXT('kvanderm'))).toBe(UNKNOWN_CONTEXT('kvanderm'));
  });

  it('holds at most `limit` names, forgetting the oldest generation first', () => {
    const names = new LearnedNames(4);
    const seen = (line: string) => {
      const found: string[] = [];
      names.scan(line, Buffer.from(line, 'latin1'), 0, (a, b) => found.push(line.slice(a, b)));
      return found;
    };
    for (const n of ['alpha1', 'bravo2', 'charlie3', 'delta4', 'echo5', 'foxtrot6']) names.learn(n, () => false);
    expect(names.size).toBeLessThanOrEqual(4);
    expect(seen('alpha1 bravo2 echo5 foxtrot6')).toEqual(['echo5', 'foxtrot6']);
  });
});
