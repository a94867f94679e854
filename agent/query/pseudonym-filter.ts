/**
 * `--ip` and `--user` together: clear values, matched per key epoch on the
 * pseudonyms the events hold (ip-target.ts, user-target.ts).
 *
 * Each event says which epoch pseudonymized it (`epoch`; the segment header's
 * epoch for an event without one), and only that epoch's pseudonyms are
 * compared: after a rotation the same network has another pseudonym, and
 * an old pseudonym may by chance be a new one of something else.
 *
 * Several --ip match any of them, several --user any of them; --ip and --user
 * together must both match. Every string of the event is searched, at any
 * depth: msg, host, structured data, vendor fields, source.addr.
 */
import { DEFAULT_KEEP, parseKeepList } from '../stages/pseudonymize/index.js';
import type { EpochKeyring } from './epoch-keyring.js';
import { forEachAddress } from './find-addresses.js';
import { ipMatcher, type IpMatcher, type IpTarget } from './ip-target.js';
import type { Needle, NeedleGroup } from './line-prefilter.js';
import { userMatcher, type UserMatcher, type UserTarget } from './user-target.js';

export interface PseudonymFilter {
  /** For the line prefilter: one group per kind asked for, when its needles are known for every epoch. */
  readonly needleGroups: readonly NeedleGroup[];
  test(event: unknown, epoch: string): boolean;
  /** Whether the keyring has the key of `epoch`. */
  hasEpoch(epoch: string): boolean;
  /** Events that could not be tested because the keyring has no key for their epoch, by epoch. */
  readonly epochsWithoutKey: ReadonlyMap<string, number>;
}

interface EpochMatchers {
  readonly ips: readonly IpMatcher[];
  readonly users: readonly UserMatcher[];
}

export function createPseudonymFilter(keyring: EpochKeyring, ips: readonly IpTarget[], users: readonly UserTarget[]): PseudonymFilter {
  const keep = parseKeepList(DEFAULT_KEEP);
  const byEpoch = new Map<string, EpochMatchers>();
  for (const epoch of keyring.epochs) {
    const s = keyring.sanitizer(epoch);
    if (!s) continue;
    byEpoch.set(epoch, { ips: ips.map((t) => ipMatcher(t, s, keep)), users: users.map((t) => userMatcher(t, s)) });
  }
  const groups: NeedleGroup[] = [];
  const all = [...byEpoch.values()];
  const union = (pick: (m: EpochMatchers) => ReadonlyArray<{ readonly needles: readonly Needle[] | undefined }>): NeedleGroup | undefined => {
    const out: Needle[] = [];
    for (const m of all) {
      for (const x of pick(m)) {
        if (x.needles === undefined) return undefined;
        out.push(...x.needles);
      }
    }
    return dedupe(out);
  };
  if (ips.length) {
    const g = union((m) => m.ips);
    if (g) groups.push(g);
  }
  if (users.length) {
    const g = union((m) => m.users);
    if (g) groups.push(g);
  }
  const withoutKey = new Map<string, number>();

  return {
    needleGroups: groups,
    epochsWithoutKey: withoutKey,
    hasEpoch: (epoch) => byEpoch.has(epoch),
    test(event, epoch) {
      const m = byEpoch.get(epoch);
      if (!m) {
        withoutKey.set(epoch, (withoutKey.get(epoch) ?? 0) + 1);
        return false;
      }
      if (m.ips.length && !forEachString(event, (s) => hasAddress(s, m.ips))) return false;
      if (m.users.length && !forEachString(event, (s) => m.users.some((u) => u.test(s)))) return false;
      return true;
    },
  };
}

function hasAddress(s: string, matchers: readonly IpMatcher[]): boolean {
  return forEachAddress(s, {
    v4: (a) => matchers.some((m) => m.v4(a)),
    v6: (a) => matchers.some((m) => m.v6(a)),
  });
}

/** Calls `fn` on every string value inside `v` (not on keys, not on `epoch`); true as soon as `fn` is. */
function forEachString(v: unknown, fn: (s: string) => boolean): boolean {
  if (typeof v === 'string') return fn(v);
  if (typeof v !== 'object' || v === null) return false;
  if (Array.isArray(v)) return v.some((x) => forEachString(x, fn));
  for (const [k, x] of Object.entries(v)) {
    if (k === 'epoch') continue;
    if (forEachString(x, fn)) return true;
  }
  return false;
}

function dedupe(needles: readonly Needle[]): Needle[] {
  const seen = new Set<string>();
  return needles.filter((n) => {
    const key = `${n.folded ? 'f' : 'x'}${n.bytes.toString('latin1')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
