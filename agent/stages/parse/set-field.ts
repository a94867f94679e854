/**
 * Stores `value` under a key that came from the input.
 *
 * Keys of `fields` and `sd` are chosen by whoever sent the message, so
 * `obj[key] = value` is not safe: for the key `__proto__` it would replace the
 * object's prototype (with an object) or silently drop the value (with a
 * string). That one key is defined as an ordinary own property instead; every
 * other key takes the fast path.
 */
export function setField<T>(obj: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') {
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    obj[key] = value;
  }
}
