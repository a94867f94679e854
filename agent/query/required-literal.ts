/**
 * The longest run of literal characters that every match of a regular
 * expression must contain, for the byte-level prefilter (line-prefilter.ts):
 * `LINK-3-UPDOWN` gives itself, `link (up|down)` gives `link `,
 * `Failed password for .* from` gives `Failed password for `.
 *
 * Conservative by construction: an alternation at the top level, a group, a
 * class, an escape other than an escaped punctuation character, or a
 * quantifier that allows zero repetitions ends a run or gives nothing. A
 * character that JSON escapes (`"`, `\`, controls) ends a run too, since the
 * needle is searched in the event's JSON. Undefined when no run of at least
 * two characters is certain; then every line is parsed.
 */

const CLASS_ESCAPES = new Set('dDwWsSbBnrtfv0cxuk123456789pP'.split(''));

/** With `ignoreCase`, the literal is returned lower-cased and only when it is ASCII. */
export function requiredLiteral(source: string, flags: string): string | undefined {
  if (flags.includes('u') || flags.includes('v') || flags.includes('x')) return undefined;
  const ignoreCase = flags.includes('i');
  const runs: string[] = [];
  let run = '';
  const end = () => {
    if (run.length) runs.push(run);
    run = '';
  };
  let i = 0;
  const n = source.length;
  while (i < n) {
    const c = source[i] as string;
    let atom: string | undefined; // a literal character just read, or undefined for a non-literal atom
    if (c === '|') return undefined; // the top level has alternatives: nothing is certain
    if (c === '\\') {
      const e = source[i + 1];
      if (e === undefined) return undefined;
      i += 2;
      atom = CLASS_ESCAPES.has(e) || /[A-Za-z0-9]/.test(e) ? undefined : e;
    } else if (c === '[') {
      i = skipClass(source, i);
      if (i < 0) return undefined;
      atom = undefined;
    } else if (c === '(') {
      i = skipGroup(source, i);
      if (i < 0) return undefined;
      atom = undefined;
    } else if (c === '.' || c === '^' || c === '$') {
      i++;
      atom = undefined;
    } else if (c === '*' || c === '+' || c === '?' || c === '{') {
      // A quantifier after a group or class (its atom already ended the run).
      i = skipQuantifier(source, i);
      if (i < 0) return undefined;
      continue;
    } else {
      i++;
      atom = c;
    }
    // What follows the atom: a quantifier decides whether it is certain.
    const q = source[i];
    if (q === '*' || q === '?' || (q === '{' && /^\{0*(,|\})/.test(source.slice(i)))) {
      end();
      i = skipQuantifier(source, i);
      if (i < 0) return undefined;
      continue;
    }
    const repeated = q === '+' || (q === '{' && /^\{[0-9]/.test(source.slice(i)));
    if (atom === undefined || !usable(atom, ignoreCase)) {
      end();
    } else {
      run += atom;
      if (repeated) end();
    }
    if (repeated) {
      i = skipQuantifier(source, i);
      if (i < 0) return undefined;
    }
  }
  end();
  let best = '';
  for (const r of runs) if (r.length > best.length) best = r;
  if (best.length < 2) return undefined;
  return ignoreCase ? best.toLowerCase() : best;
}

function usable(ch: string, ignoreCase: boolean): boolean {
  const code = ch.charCodeAt(0);
  if (code < 0x20 || ch === '"' || ch === '\\' || code === 0x7f) return false;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  // Case folding beyond ASCII is not byte folding.
  return !(ignoreCase && code > 0x7f);
}

/** Index after the `]` that closes the class opened at `i`, or -1. */
function skipClass(s: string, i: number): number {
  let j = i + 1;
  if (s[j] === '^') j++;
  if (s[j] === ']') j++;
  while (j < s.length) {
    if (s[j] === '\\') j += 2;
    else if (s[j] === ']') return j + 1;
    else j++;
  }
  return -1;
}

/** Index after the `)` that closes the group opened at `i`, or -1. */
function skipGroup(s: string, i: number): number {
  let depth = 0;
  let j = i;
  while (j < s.length) {
    const c = s[j];
    if (c === '\\') j += 2;
    else if (c === '[') {
      j = skipClass(s, j);
      if (j < 0) return -1;
    } else {
      if (c === '(') depth++;
      else if (c === ')' && --depth === 0) return j + 1;
      j++;
    }
  }
  return -1;
}

/** Index after the quantifier at `i` (and its lazy `?`), or -1 when a `{` is not one. */
function skipQuantifier(s: string, i: number): number {
  let j = i;
  if (s[j] === '{') {
    const m = /^\{[0-9]*(,[0-9]*)?\}/.exec(s.slice(j));
    if (!m) return -1;
    j += m[0].length;
  } else {
    j++;
  }
  if (s[j] === '?') j++;
  return j;
}
