/**
 * Finds the `key=value` and `key: value` assignments of a line: FortiGate,
 * SonicWall, Sophos and CEF key=value bodies, RFC 5424 SD params, PAM's
 * `user=x`, JSON `"key": "value"`, YAML-ish `pass: x`, query strings, Ruby
 * hashes `"key"=>"value"`.
 *
 * Rules that care about a few key names (credentials, users) test the key
 * here instead of running a regular expression with a long alternation of key
 * names over the whole line: operators are few per line and found with
 * indexOf, and a key test is one small match on a short string.
 */
export interface Assignment {
  keyStart: number;
  keyEnd: number;
  /** The operator: '=' or ':'. */
  op: number;
  valueStart: number;
  valueEnd: number;
  /** The char code that opened the value (`"`, `'` or `<`), or 0 for a bare value. */
  quote: number;
}

const KEY_CHAR = /* @__PURE__ */ (() => {
  const t = new Uint8Array(128);
  for (let c = 48; c <= 57; c++) t[c] = 1;
  for (let c = 65; c <= 90; c++) t[c] = 1;
  for (let c = 97; c <= 122; c++) t[c] = 1;
  t[95] = 1; // _
  t[45] = 1; // -
  t[46] = 1; // .
  return t;
})();
const isKeyChar = (c: number): boolean => c < 128 && KEY_CHAR[c] === 1;

/** Characters that end a bare value. */
const BARE_END = /* @__PURE__ */ (() => {
  const t = new Uint8Array(128);
  for (const ch of ' \t,;&"\'}])<>|\r') t[ch.charCodeAt(0)] = 1;
  return t;
})();

/**
 * The assignments of a line whose operator is '=' or ':' (`://` never counts; a
 * bare value after `:` needs a blank, so `pam_unix(passwd:chauthtok)` is no
 * assignment). Values may be double-quoted with backslash escapes,
 * single-quoted, in angle brackets, or bare up to a separator.
 *
 * Several rules look at the same line's assignments, so the result for the
 * last line is kept and returned again for the same string. The records are
 * reused from line to line: callers must not keep them.
 */
export function assignmentsOf(line: string): readonly Assignment[] {
  if (line === lastLine) return found.slice(0, foundCount);
  lastLine = line;
  foundCount = 0;
  let eq = line.indexOf('=');
  let colon = line.indexOf(':');
  for (;;) {
    let op: number;
    if (eq < 0 && colon < 0) break;
    if (colon < 0 || (eq >= 0 && eq < colon)) {
      op = eq;
      eq = line.indexOf('=', eq + 1);
    } else {
      op = colon;
      colon = line.indexOf(':', colon + 1);
    }
    const a = parseAt(line, op, found[foundCount]);
    if (a === undefined) continue;
    found[foundCount++] = a;
  }
  return found.slice(0, foundCount);
}

/**
 * True when the key chars from `i` on end where parseAt would find an operator after a key
 * (a closing quote, up to two blanks, `=` or `:`): a test, cheaper than parsing the line's
 * assignments, that holds wherever `i` is inside an assignment's key.
 */
export function operatorFollowsKey(line: string, i: number): boolean {
  while (i < line.length && isKeyChar(line.charCodeAt(i))) i++;
  const q = line.charCodeAt(i);
  if (q === 34 || q === 39) i++;
  for (let blanks = 0; blanks < 2 && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9); blanks++) i++;
  const op = line.charCodeAt(i);
  return op === 61 || op === 58;
}

/** The assignment whose operator is at `op`, or undefined when there is none there. */
export function assignmentAt(line: string, op: number): Assignment | undefined {
  return parseAt(line, op, undefined);
}

function parseAt(line: string, op: number, reuse: Assignment | undefined): Assignment | undefined {
  const opChar = line.charCodeAt(op);
  if (opChar !== 61 && opChar !== 58) return undefined;
  if (opChar === 58 && line.charCodeAt(op + 1) === 47 && line.charCodeAt(op + 2) === 47) return undefined; // scheme://
  // The key: optional blanks and a closing quote before the operator.
  let k = op;
  while (k > 0 && (line.charCodeAt(k - 1) === 32 || line.charCodeAt(k - 1) === 9) && op - k < 2) k--;
  const q = line.charCodeAt(k - 1);
  if (q === 34 || q === 39) k--;
  const keyEnd = k;
  while (k > 0 && isKeyChar(line.charCodeAt(k - 1))) k--;
  if (k === keyEnd) return undefined;
  const keyStart = k;
  // The value. Blanks after `=` count only in the symmetric `key = value` form: in
  // `logname= uid=0` the value of logname is empty, not `uid=0`.
  let v = op + 1;
  if (opChar === 61 && line.charCodeAt(v) === 62) v++; // Ruby's `"key"=>"value"`
  const spaced = opChar === 58 || line.charCodeAt(op - 1) === 32 || line.charCodeAt(op - 1) === 9 || v > op + 1;
  while (spaced && v < line.length && (line.charCodeAt(v) === 32 || line.charCodeAt(v) === 9) && v - op < 3) v++;
  const open = line.charCodeAt(v);
  let valueStart = v;
  let valueEnd: number;
  let quote = 0;
  if (open === 34 || open === 39 || open === 60) {
    // "value" (backslash escapes), 'value', or <value> (dovecot's user=<x>).
    const close = open === 60 ? 62 : open;
    let e = v + 1;
    while (e < line.length) {
      const c = line.charCodeAt(e);
      if (c === 92 && open === 34) e += 2;
      else if (c === close) break;
      else e++;
    }
    valueStart = v + 1;
    valueEnd = Math.min(e, line.length);
    quote = open;
  } else {
    // `key:value` with neither a blank nor a quote is not an assignment (`pam_unix(passwd:chauthtok)`).
    if (opChar === 58 && v === op + 1) return undefined;
    // `"user"=>{"email"=>...}`, `"user": {...}`: an object, not a value.
    if (open === 123) return undefined;
    let e = v;
    while (e < line.length) {
      const c = line.charCodeAt(e);
      if (c < 128 && BARE_END[c] === 1) break;
      e++;
    }
    valueEnd = e;
  }
  if (reuse === undefined) return { keyStart, keyEnd, op: opChar, valueStart, valueEnd, quote };
  reuse.keyStart = keyStart;
  reuse.keyEnd = keyEnd;
  reuse.op = opChar;
  reuse.valueStart = valueStart;
  reuse.valueEnd = valueEnd;
  reuse.quote = quote;
  return reuse;
}

let lastLine: string | undefined;
const found: Assignment[] = [];
let foundCount = 0;

/** A key word followed by each way an assignment operator can follow it: `pass=`, `pass =`, `pass:`, `"pass":`, `'pass':`. */
export function withOperators(words: readonly string[]): string[] {
  return words.flatMap((w) => [`${w}=`, `${w} =`, `${w}:`, `${w} :`, `${w}":`, `${w}' :`, `${w}':`, `${w}" :`, `${w}"=`]);
}

/** True when the text after a bare value is the next key's operator (`reason = Invalid password : server = x`). */
export function followedByOperator(line: string, end: number): boolean {
  let i = end;
  while (i < line.length && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i++;
  return line.charCodeAt(i) === 61;
}

/**
 * `requires` literals for a word standing alone between blanks (`password 7 X`, `user x from y`):
 * each word with a blank or a tab either side, in the four combinations.
 */
export function blankWordBlank(words: readonly string[]): string[] {
  return words.flatMap((w) => [' ', '\t'].flatMap((a) => [' ', '\t'].map((b) => `${a}${w}${b}`)));
}
