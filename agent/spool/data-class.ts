/**
 * The classes of data the spool keeps apart (POLICY P1, P8): each has its own
 * directory, sequence of segments, object-store partition and retention.
 * Same values as agent/config's DATA_CLASSES.
 */
export const DATA_CLASSES = ['logs', 'metrics', 'alerts', 'audit'] as const;
export type DataClass = (typeof DATA_CLASSES)[number];

export function isDataClass(v: unknown): v is DataClass {
  return typeof v === 'string' && (DATA_CLASSES as readonly string[]).includes(v);
}
