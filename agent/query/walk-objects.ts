/**
 * Lists the shipped objects a query has to look at, over any ObjectStore
 * (the local directory store, S3), in key order, without reading any.
 *
 * The layout (agent/store/object-layout.ts) is
 *
 *   <prefix>/tenant=<t>/site=<s>/class=<c>/dt=YYYY-MM-DD/hour=HH/<agent>-<seq>.lvb (+ .manifest.json)
 *
 * and pruning follows it:
 *   - tenant and site: given both (and a bucket prefix), their prefixes are
 *     built directly; otherwise, when the store can list one level
 *     (`children`: the local store's directories, S3 with a delimiter), only
 *     the matching `tenant=`/`site=` names are descended into; otherwise one
 *     flat listing of the prefix is filtered key by key;
 *   - class: only `class=<the one asked for>/`;
 *   - time: one listing per `dt=` day wholly inside the range and per
 *     `hour=` partition of the days at its ends, so a query for one hour lists
 *     that hour (and the look-back below), never the day.
 *
 * Look-back. A segment is filed under the hour of its first event and its
 * last events can be in the hours after. Within one agent's class, segments
 * follow each other in time (the spool opens the next one after sealing the
 * last), so of all the objects filed before the range, only each agent's last
 * one can reach into it. The hours before the range (`lookbackMs`) are listed,
 * and only that object per agent is handed on, marked `lookback`, before the
 * objects of the range; the caller reads its manifest and skips it when it
 * ends before the range.
 *
 * A data object and its manifest are paired here (they are adjacent in key
 * order); either one alone is handed on with the other key missing.
 */
import type { DataClass } from '../spool/index.js';
import type { ObjectStore } from '../store/index.js';

export interface StoreSource {
  readonly store: ObjectStore;
  /** Key prefix where the layout starts: '' or a path ending in '/'. */
  readonly prefix: string;
  /**
   * The `tenant=` level may sit further down, below directories of a store
   * prefix not given (a local store directory: the shipper's prefix is inside
   * it); found by `children`. False for a bucket URL, which names the prefix.
   */
  readonly nested?: boolean;
  /** Names directly under a prefix (one level, like a directory listing); absent when the store lists only flat. */
  readonly children?: (prefix: string) => Promise<string[]>;
  /** Keys under a prefix, in key order, when the source can list them cheaper than `store.list` (no sizes). */
  readonly keys?: (prefix: string) => AsyncIterable<string>;
  /** For messages: the directory or the s3:// URL. */
  readonly label: string;
  /** Releases connections. */
  readonly close?: () => Promise<void>;
}

export interface WalkSelection {
  readonly dataClass: DataClass;
  readonly tenants?: ReadonlySet<string>;
  readonly sites?: ReadonlySet<string>;
  /** Partitions whose hour starts in [from, to], ms; infinite for an open end. */
  readonly from: number;
  readonly to: number;
  /** The hours this long before `from` are searched for each agent's last object. 0: no look-back. */
  readonly lookbackMs: number;
  /** With an open `to`, partitions up to this time are listed (a gateway clock may run ahead). */
  readonly latest: number;
}

export interface ListedObject {
  /** `tenant=…/site=…/class=…` */
  readonly scope: string;
  /** `dt=…/hour=…` */
  readonly partition: string;
  readonly hourStart: number;
  readonly agent: string;
  readonly seq: number;
  readonly dataKey: string | undefined;
  readonly manifestKey: string | undefined;
  /** The agent's last object before the range: read its manifest to see whether it reaches into the range. */
  readonly lookback: boolean;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Beyond this many days, one listing of the class is cheaper than one per day. */
const MAX_DAY_LISTINGS = 3660;
/** Depth of plain directories (a store prefix) searched for the `tenant=` level. */
const MAX_PREFIX_DEPTH = 8;
const KEY = /^(?:.*\/)?(tenant=([^/]+)\/site=([^/]+)\/class=([^/]+))\/(dt=([0-9]{4}-[0-9]{2}-[0-9]{2})\/hour=([0-9]{2}))\/([^/]+)-([0-9]{12})(\.lvb|\.manifest\.json)$/;

export async function* walkObjects(src: StoreSource, sel: WalkSelection): AsyncGenerator<ListedObject> {
  const fromHour = sel.from === Number.NEGATIVE_INFINITY ? sel.from : Math.floor(sel.from / HOUR_MS) * HOUR_MS;
  const listFrom = fromHour - sel.lookbackMs;
  const to = sel.to === Number.POSITIVE_INFINITY ? sel.latest : sel.to;
  const scopes = await resolveScopes(src, sel);
  const prefixes = scopes === undefined ? [src.prefix] : scopes.flatMap((scope) => plan(listFrom, to).map((sub) => `${scope}${sub}`));
  const keep = (o: Parsed) =>
    o.dataClass === sel.dataClass &&
    (!sel.tenants || sel.tenants.has(o.tenant)) &&
    (!sel.sites || sel.sites.has(o.site)) &&
    o.hourStart >= listFrom &&
    o.hourStart <= to;
  const keys = src.keys ?? ((prefix: string) => keysOf(src.store.list(prefix)));
  yield* withLookback(paired(parsed(keys, prefixes, keep)), fromHour);
}

interface Parsed {
  readonly key: string;
  /** The key without its suffix: a data object and its manifest share it. */
  readonly base: string;
  readonly scope: string;
  readonly tenant: string;
  readonly site: string;
  readonly dataClass: string;
  readonly partition: string;
  readonly hourStart: number;
  readonly agent: string;
  readonly seq: number;
  readonly isData: boolean;
}

async function* keysOf(objects: AsyncIterable<{ key: string }>): AsyncGenerator<string> {
  for await (const o of objects) yield o.key;
}

async function* parsed(keys: (prefix: string) => AsyncIterable<string>, prefixes: readonly string[], keep: (o: Parsed) => boolean): AsyncGenerator<Parsed> {
  for (const prefix of prefixes) {
    for await (const key of keys(prefix)) {
      const m = KEY.exec(key);
      if (!m) continue;
      const hourStart = Date.parse(`${m[6] as string}T${m[7] as string}:00:00Z`);
      if (Number.isNaN(hourStart)) continue;
      const suffix = m[10] as string;
      const o: Parsed = {
        key,
        base: key.slice(0, key.length - suffix.length),
        scope: m[1] as string,
        tenant: m[2] as string,
        site: m[3] as string,
        dataClass: m[4] as string,
        partition: m[5] as string,
        hourStart,
        agent: m[8] as string,
        seq: Number(m[9]),
        isData: suffix === '.lvb',
      };
      if (keep(o)) yield o;
    }
  }
}

async function* paired(keys: AsyncIterable<Parsed>): AsyncGenerator<Omit<ListedObject, 'lookback'>> {
  let cur: { p: Parsed; dataKey: string | undefined; manifestKey: string | undefined } | undefined;
  const done = (c: NonNullable<typeof cur>) => ({
    scope: c.p.scope,
    partition: c.p.partition,
    hourStart: c.p.hourStart,
    agent: c.p.agent,
    seq: c.p.seq,
    dataKey: c.dataKey,
    manifestKey: c.manifestKey,
  });
  for await (const p of keys) {
    if (cur && cur.p.base !== p.base) {
      yield done(cur);
      cur = undefined;
    }
    cur ??= { p, dataKey: undefined, manifestKey: undefined };
    if (p.isData) cur.dataKey = p.key;
    else cur.manifestKey = p.key;
  }
  if (cur) yield done(cur);
}

/** Objects before `fromHour` are held back, and only each agent's last one is handed on, before the scope's first object in range. */
async function* withLookback(objects: AsyncIterable<Omit<ListedObject, 'lookback'>>, fromHour: number): AsyncGenerator<ListedObject> {
  let scope: string | undefined;
  const last = new Map<string, Omit<ListedObject, 'lookback'>>();
  function* flush(): Generator<ListedObject> {
    const agents = [...last.keys()].sort();
    for (const a of agents) yield { ...(last.get(a) as Omit<ListedObject, 'lookback'>), lookback: true };
    last.clear();
  }
  for await (const o of objects) {
    if (o.scope !== scope) {
      yield* flush();
      scope = o.scope;
    }
    if (o.hourStart < fromHour) {
      const prev = last.get(o.agent);
      if (!prev || prev.seq < o.seq) last.set(o.agent, o);
      continue;
    }
    yield* flush();
    yield { ...o, lookback: false };
  }
  yield* flush();
}

/** The `class=` prefixes to list, or undefined for one flat listing of the whole prefix. */
async function resolveScopes(src: StoreSource, sel: WalkSelection): Promise<string[] | undefined> {
  const cls = `class=${sel.dataClass}/`;
  const children = src.children;
  if (sel.tenants && sel.sites && (!src.nested || !children)) {
    // Named in full: no listing needed to find them.
    const out: string[] = [];
    for (const t of [...sel.tenants].sort()) for (const s of [...sel.sites].sort()) out.push(`${src.prefix}tenant=${t}/site=${s}/${cls}`);
    return out;
  }
  if (!children) return undefined;
  const rootNames = await children(src.prefix);
  // A bucket whose delimiter listing finds nothing may still hold keys (s3rver's misses nested
  // keys): one flat listing of the prefix settles it, and costs one request when it is empty.
  if (rootNames.length === 0 && !src.nested) return undefined;
  const out: string[] = [];
  const descend = async (prefix: string, names: readonly string[], depth: number): Promise<void> => {
    for (const name of names.filter((n) => !n.startsWith('.')).sort()) {
      const t = /^tenant=(.+)$/.exec(name);
      if (t) {
        if (sel.tenants && !sel.tenants.has(t[1] as string)) continue;
        const sites = (await children(`${prefix}${name}/`)).filter((n) => n.startsWith('site=')).sort();
        for (const s of sites) if (!sel.sites || sel.sites.has(s.slice(5))) out.push(`${prefix}${name}/${s}/${cls}`);
      } else if (src.nested && !name.includes('=') && depth < MAX_PREFIX_DEPTH) {
        await descend(`${prefix}${name}/`, await children(`${prefix}${name}/`), depth + 1);
      }
    }
  };
  await descend(src.prefix, rootNames, 0);
  return out;
}

/** Sub-prefixes of a class prefix that cover the hours [from, to]: whole days, and single hours at the ends. */
export function plan(from: number, to: number): string[] {
  if (from === Number.NEGATIVE_INFINITY || !Number.isFinite(to)) return [''];
  if (to < from) return [];
  const firstDay = Math.floor(from / DAY_MS) * DAY_MS;
  const lastDay = Math.floor(to / DAY_MS) * DAY_MS;
  if ((lastDay - firstDay) / DAY_MS > MAX_DAY_LISTINGS) return [''];
  const out: string[] = [];
  for (let day = firstDay; day <= lastDay; day += DAY_MS) {
    const dt = `dt=${new Date(day).toISOString().slice(0, 10)}/`;
    const h0 = day === firstDay ? Math.floor((from - day) / HOUR_MS) : 0;
    const h1 = day === lastDay ? Math.floor((to - day) / HOUR_MS) : 23;
    if (h0 === 0 && h1 === 23) out.push(dt);
    else for (let h = h0; h <= h1; h++) out.push(`${dt}hour=${String(h).padStart(2, '0')}/`);
  }
  return out;
}
