/**
 * Account names the rules found, remembered so that the same name is replaced
 * wherever it later stands as a word of its own, in any line of the stream.
 *
 * Why: a rule recognises a name by its context (`Accepted password for X`,
 * `user=X`). Devices also write names in contexts no rule knows (a vendor's own
 * audit format, a CSV column, a sentence), and in real traffic the same few
 * hundred people appear again and again. On the held-out sets most names that
 * survived had been found, in another line, a few lines earlier. Remembering
 * them turns a context problem into a lookup.
 *
 * What is remembered: names a rule took as a user (never secrets: they do not
 * repeat, and a remembered secret would be one more copy of it in memory), at
 * least `MIN_LEN` bytes long, with a letter, not a kept account, and not a word
 * of log prose. Matching is case-insensitive (ASCII), on whole words: a word is
 * a maximal run of letters, digits, `_`, `-`, `.` and bytes >= 0x80, with
 * trailing dots dropped (`... by jdoe.`). `jdoe` inside `jdoe-laptop` or
 * `jdoe.example.net` is not a match, nor is what follows an `@`. A path
 * segment is (`/home/jdoe/`, `/volume1/finance/jdoe/report.xlsx`). Names in capitals only (realms, domains) and words that
 * name roles and services as often as accounts (`backup`, `deploy`) are never
 * remembered, only replaced where a rule finds them.
 *
 * The memory is bounded: at `limit` names the oldest half is forgotten (two
 * generations, like the address caches). Names are held as "binary strings"
 * (one char per byte), as the sanitizer sees lines.
 */

/**
 * Words that name roles, services, products and parts of a network as often as an account:
 * a service account called `backup` or `deploy` is replaced where a rule finds it, but is
 * not looked for in every path, job name and sentence.
 */
const COMMON_WORDS = new Set(
  `about access account aruba arista brocade checkpoint cisco citrix dell extreme fortinet fortigate huawei juniper junos meraki mikrotik netgear netscreen paloalto sonicwall sophos ubiquiti unifi vmware watchguard zyxel name username password passwd logging logoff logout management pre-logon post-logon accounts active admin admins agent alert alerts allow ansible apache api app application apps audit auth backup backups billing build cache client clients cloud cluster config console corp corporate customer data database debug default demo deny deploy deployer desktop device devices domain error event events external failed failure false finance firewall gateway github gitlab grafana group guest guests host hosts info internal jenkins kafka kibana ldap linux local logger logging login logon logs mail mailer manager master member members metrics monitor monitoring nagios network none nobody office operator operators oracle orders owner payments portal postgres primary private prod production proxy public radius readonly reader redis remote replica report reports root sales scanner secondary security server service services session staff staging storage success support sync system team tech test tester testing true ubuntu unknown update updater user users vagrant vault viewer vpn warning web webadmin windows worker writer zabbix`.split(' '),
);

/** Shorter names are too likely to be ordinary words or abbreviations. */
export const MIN_LEN = 4;
const MAX_LEN = 64;

/** 1 for bytes that belong to a word. */
const WORD = new Uint8Array(256);
for (let c = 0; c < 256; c++) {
  WORD[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 || c === 46 || c >= 128 ? 1 : 0;
}

const BLOOM_BYTES = 1 << 15; // 2^18 bits: 4% false hits at 10,000 names

const SHAPE_BYTES = 1 << 13; // 2^16 bits: 5 bits of the first and of the last byte, 6 of the length

/** The shape of a word: its first and last bytes (ASCII lower-cased, low 5 bits) and its length. */
function shapeOf(first: number, last: number, length: number): number {
  return ((LOWER[first] as number) & 31) | (((LOWER[last] as number) & 31) << 5) | ((length & 63) << 10);
}

function setBit(bits: Uint8Array, k: number): void {
  bits[k >>> 3] = (bits[k >>> 3] as number) | (1 << (k & 7));
}

/** ASCII lower case of a byte. */
const LOWER = new Uint8Array(256);
for (let c = 0; c < 256; c++) LOWER[c] = c >= 65 && c <= 90 ? c + 32 : c;

/** FNV-1a over ASCII-lower-cased bytes. */
function hashLower(b: Uint8Array, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    let c = b[i] as number;
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h | 0;
}

function lowerAscii(s: string): string {
  return /[A-Z]/.test(s) ? s.replace(/[A-Z]+/g, (m) => m.toLowerCase()) : s;
}

export class LearnedNames {
  /** hash of the lower-cased name -> the lower-cased name, current and previous generation. */
  private current = new Map<number, string>();
  private previous = new Map<number, string>();
  /** 1 at i: some remembered name is i bytes long (a cheap filter before hashing a word). */
  private lengthMask = new Uint8Array(MAX_LEN + 1);
  /**
   * Bit (hash & 0x3ffff) set for every remembered name: most words of a line have a length some
   * name has, and a Map lookup for each cost more than the rest of the scan.
   */
  private bloom = new Uint8Array(BLOOM_BYTES);
  /**
   * Bit shapeOf(first byte, last byte, length) set for every remembered name: a word whose
   * shape no name has is passed over without hashing it (about 19 words in 20 on the
   * benchmark corpus), so the scan's loop over a word's bytes only looks for its end.
   */
  private shapes = new Uint8Array(SHAPE_BYTES);
  private readonly scratch = new Uint8Array(MAX_LEN);

  constructor(private readonly limit: number) {}

  get size(): number {
    return this.current.size + this.previous.size;
  }

  /** Remembers `name` (a binary string) if it is worth remembering; `isStopWord` gets it lower-cased. */
  learn(name: string, isStopWord: (lower: string) => boolean): void {
    if (this.limit <= 0) return;
    const n = name.length;
    if (n < MIN_LEN || n > MAX_LEN) return;
    let letter = false;
    for (let i = 0; i < n; i++) {
      const c = name.charCodeAt(i);
      if (c > 255 || WORD[c] === 0) return; // not one word: never found as one
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 128) letter = true;
    }
    if (!letter) return;
    // All capitals (CORP, NORDHAV, SECURITY) is how domains, realms and keywords are written.
    if (!/[a-z]/.test(name)) return;
    // Two hyphens or more is how hosts are named (waw-edge-fw2, sw-lhr-b2-22), seldom people.
    if (/-[^-]*-/.test(name)) return;
    const c0 = name.charCodeAt(0);
    if (c0 === 46 || c0 === 45 || name.charCodeAt(n - 1) === 46) return;
    const lower = lowerAscii(name);
    if (COMMON_WORDS.has(lower) || isStopWord(lower)) return;
    for (let i = 0; i < n; i++) this.scratch[i] = lower.charCodeAt(i);
    const h = hashLower(this.scratch, 0, n);
    if (this.current.get(h) === lower) return;
    if (this.current.size >= Math.max(1, this.limit >> 1)) {
      this.previous = this.current;
      this.current = new Map();
      this.rebuildLengths();
    }
    this.current.set(h, lower);
    this.lengthMask[n] = 1;
    setBit(this.bloom, h & 0x3ffff);
    setBit(this.shapes, shapeOf(lower.charCodeAt(0), lower.charCodeAt(n - 1), n));
  }

  private rebuildLengths(): void {
    this.lengthMask.fill(0);
    this.bloom.fill(0);
    this.shapes.fill(0);
    for (const m of [this.current, this.previous]) {
      for (const [h, v] of m) {
        this.lengthMask[v.length] = 1;
        setBit(this.bloom, h & 0x3ffff);
        setBit(this.shapes, shapeOf(v.charCodeAt(0), v.charCodeAt(v.length - 1), v.length));
      }
    }
  }

  /**
   * Calls `found(start, end)` (offsets in the line) for every word of the line that is a
   * remembered name. `bytes[base + i]` is the line's byte i; `line` is the same line as a
   * binary string, compared on a hash match.
   */
  scan(line: string, bytes: Uint8Array, base: number, found: (start: number, end: number) => void): void {
    // Tight loops of their own for the gaps and the words, as in the address scanner; a word
    // is hashed only when its length and shape are those of some remembered name.
    const n = line.length;
    const end = base + n;
    const mask = this.lengthMask;
    const bloom = this.bloom;
    const shapes = this.shapes;
    let i = base;
    while (i < end) {
      while (i < end && WORD[bytes[i] as number] === 0) i++;
      if (i >= end) return;
      const first = i;
      while (i < end && WORD[bytes[i] as number] !== 0) i++;
      // Trailing dots are not part of the word (`... by jdoe.`).
      let last = i;
      while (last > first && bytes[last - 1] === 46) last--;
      const len = last - first;
      if (len < MIN_LEN || len > MAX_LEN || mask[len] === 0) continue;
      const shape = shapeOf(bytes[first] as number, bytes[last - 1] as number, len);
      if (((shapes[shape >>> 3] as number) & (1 << (shape & 7))) === 0) continue;
      const from = first - base;
      const keptEnd = last - base;
      // What follows an `@` is a domain or realm (`x@jdoe`), not the account; a word before `=`
      // or `":` is a key (`name="..."`); `junos@2636.1` is an RFC 5424 SD-ID.
      if (from > 0 && bytes[first - 1] === 64) continue;
      const next = keptEnd < n ? (bytes[last] as number) : 0;
      if (next === 61 || (next === 34 && keptEnd + 1 < n && bytes[last + 1] === 58)) continue;
      if (next === 64 && keptEnd + 1 < n && (bytes[last + 1] as number) >= 48 && (bytes[last + 1] as number) <= 57) continue;
      const key = hashLower(bytes, first, last);
      if (((bloom[(key & 0x3ffff) >>> 3] as number) & (1 << (key & 7))) === 0) continue;
      let name = this.current.get(key);
      if (name === undefined) {
        name = this.previous.get(key);
        if (name === undefined) continue;
        this.current.set(key, name); // still in use: keep it in the next generation
      }
      if (lowerAscii(line.slice(from, keptEnd)) === name) found(from, keptEnd);
    }
  }
}
