/**
 * A bounded map that keeps recently used entries: when the young generation is
 * full it becomes the old one and the previous old one is dropped; a hit in the
 * old generation is promoted. At most two maps of `size` entries, and no
 * per-entry bookkeeping on the hot path (an LRU list would cost more than the
 * lookups it saves here).
 */
export class TwoGenerationCache<K, V> {
  #young = new Map<K, V>();
  #old = new Map<K, V>();
  readonly #size: number;
  constructor(size: number) {
    this.#size = Math.max(0, size);
  }
  get(k: K): V | undefined {
    const v = this.#young.get(k);
    if (v !== undefined) return v;
    const o = this.#old.get(k);
    if (o !== undefined) this.set(k, o);
    return o;
  }
  set(k: K, v: V): void {
    if (this.#size === 0) return;
    if (this.#young.size >= this.#size) {
      this.#old = this.#young;
      this.#young = new Map();
    }
    this.#young.set(k, v);
  }
}

