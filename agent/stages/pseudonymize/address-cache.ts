/**
 * The address caches: pseudonym texts by address, bounded, least recently used
 * out first. They replace `Map`-based caches on the hot path, where a lookup
 * cost 150-400 ns: V8 hashes and compares a string key that is a slice of a
 * line through the slow generic path, and a large `Map` is a chain of pointers.
 * Here a lookup is one computed index into typed arrays:
 *
 * - 4-way set-associative: an address hashes to a set of four slots, side by
 *   side in memory (one cache line of keys), kept in recency order. A hit moves
 *   the entry to the front of its set, a new entry goes in front and the last
 *   one of a full set is dropped. Within a set that is exact LRU; across sets,
 *   close to it for these sizes.
 * - Integer keys (IPv4 addresses) are compared as integers; string keys (an IPv6
 *   address or a MAC as written) come with a hash the caller computed from the
 *   line's bytes, and are compared only when the hashes are equal.
 *
 * Entries hold no reference into a read buffer: string keys must be copies.
 */

const WAYS = 4;

/** Slots for `entries` entries, rounded up to whole sets of a power-of-two count. */
function slotsFor(entries: number): number {
  let sets = 1;
  while (sets * WAYS < entries) sets *= 2;
  return sets * WAYS;
}

/** Pseudonym texts by 32-bit integer key. `entries` 0 makes a cache that keeps nothing. */
export class IntKeyCache {
  // One set until the first entry comes: a sanitizer that caches nothing allocates nothing.
  #keys = new Int32Array(WAYS);
  #texts = new Array<string | undefined>(WAYS).fill(undefined);
  #setMask = 0;
  readonly #slots: number;

  constructor(entries: number) {
    this.#slots = entries > 0 ? slotsFor(entries) : 0;
  }

  get(key: number): string | undefined {
    const at = (Math.imul(key, -1640531535) >>> 12) & this.#setMask;
    const base = at * WAYS;
    const keys = this.#keys;
    const texts = this.#texts;
    for (let w = 0; w < WAYS; w++) {
      const i = base + w;
      if (keys[i] === key) {
        const text = texts[i];
        if (text === undefined) return undefined;
        // To the front of the set: the others move back by one.
        for (let j = i; j > base; j--) {
          keys[j] = keys[j - 1] as number;
          texts[j] = texts[j - 1];
        }
        keys[base] = key;
        texts[base] = text;
        return text;
      }
    }
    return undefined;
  }

  set(key: number, text: string): void {
    if (this.#slots === 0) return;
    if (this.#setMask === 0 && this.#slots > WAYS) {
      this.#keys = new Int32Array(this.#slots);
      this.#texts = new Array<string | undefined>(this.#slots).fill(undefined);
      this.#setMask = this.#slots / WAYS - 1;
    }
    const base = ((Math.imul(key, -1640531535) >>> 12) & this.#setMask) * WAYS;
    const keys = this.#keys;
    const texts = this.#texts;
    // In front; the last of the set drops out (or the key's older entry, when it is there).
    let last = base + WAYS - 1;
    for (let i = base; i < base + WAYS; i++) {
      if (keys[i] === key || texts[i] === undefined) {
        last = i;
        break;
      }
    }
    for (let j = last; j > base; j--) {
      keys[j] = keys[j - 1] as number;
      texts[j] = texts[j - 1];
    }
    keys[base] = key;
    texts[base] = text;
  }
}

/**
 * Pseudonym texts by an address's text as written, looked up by the bytes of the line where
 * it occurs (and their `hashBytes`), so a hit needs no substring: V8 compares a string that
 * is a slice of a line through a slow generic path (200-400 ns measured), while comparing
 * the bytes with the stored key's chars is a short loop. `same` tells whether the text is
 * the key itself (a MAC that stays).
 */
export class BytesKeyCache {
  // One set until the first entry comes, as in IntKeyCache.
  #hashes = new Int32Array(WAYS);
  #keys = new Array<string | undefined>(WAYS).fill(undefined);
  #texts = new Array<string>(WAYS).fill('');
  #setMask = 0;
  readonly #slots: number;
  /** The slot of the last hit, for `same`. */
  #hit = 0;

  constructor(entries: number) {
    this.#slots = entries > 0 ? slotsFor(entries) : 0;
  }

  /** The text for the key written in bytes[from, to) (chars below 256 only), or undefined. */
  get(bytes: Uint8Array, from: number, to: number, hash: number): string | undefined {
    const base = ((hash >>> 8) & this.#setMask) * WAYS;
    const hashes = this.#hashes;
    const keys = this.#keys;
    const texts = this.#texts;
    const len = to - from;
    for (let w = 0; w < WAYS; w++) {
      const i = base + w;
      if (hashes[i] !== hash) continue;
      const k = keys[i];
      if (k === undefined || k.length !== len) continue;
      let j = 0;
      while (j < len && k.charCodeAt(j) === bytes[from + j]) j++;
      if (j < len) continue;
      const text = texts[i] as string;
      this.#toFront(base, i, hash, k, text);
      this.#hit = base;
      return text;
    }
    return undefined;
  }

  /** Whether the text of the last hit is its key. */
  same(): boolean {
    return this.#keys[this.#hit] === this.#texts[this.#hit];
  }

  /** `key` must be a copy, not a slice of a large string (see sanitizer.ts `copy`). */
  set(key: string, hash: number, text: string): void {
    if (this.#slots === 0) return;
    if (this.#setMask === 0 && this.#slots > WAYS) {
      this.#hashes = new Int32Array(this.#slots);
      this.#keys = new Array<string | undefined>(this.#slots).fill(undefined);
      this.#texts = new Array<string>(this.#slots).fill('');
      this.#setMask = this.#slots / WAYS - 1;
    }
    const base = ((hash >>> 8) & this.#setMask) * WAYS;
    const hashes = this.#hashes;
    const keys = this.#keys;
    let last = base + WAYS - 1;
    for (let i = base; i < base + WAYS; i++) {
      if ((hashes[i] === hash && keys[i] === key) || keys[i] === undefined) {
        last = i;
        break;
      }
    }
    this.#toFront(base, last, hash, key, text);
  }

  /** Shifts the set's ways [base, at) down by one and puts the entry at the front (most recent first). */
  #toFront(base: number, at: number, hash: number, key: string, text: string): void {
    const hashes = this.#hashes;
    const keys = this.#keys;
    const texts = this.#texts;
    for (let j = at; j > base; j--) {
      hashes[j] = hashes[j - 1] as number;
      keys[j] = keys[j - 1];
      texts[j] = texts[j - 1] as string;
    }
    hashes[base] = hash;
    keys[base] = key;
    texts[base] = text;
  }
}

/** FNV-1a over bytes[from, to), finished with a multiply so that the set index bits mix well. */
export function hashBytes(bytes: Uint8Array, from: number, to: number): number {
  // 0x811c9dc5 written as a signed 32-bit value: as a double it would make `h` a double in the loop.
  let h = -2128831035;
  for (let i = from; i < to; i++) h = Math.imul(h ^ (bytes[i] as number), 0x01000193);
  return Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
}
