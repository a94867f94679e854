import type { StructuredData, VendorFormat } from '../../../shared/event.js';

/**
 * What the header and body scanners have found so far for one line.
 *
 * One instance is reused for every call (parsing is synchronous, so it cannot
 * be shared by two parses at once); it keeps a single hidden class while the
 * scanners fill it, and `parseSyslog` copies only the defined fields into the
 * `LogEvent`, so that an absent field is absent, not `undefined`.
 */
export interface Draft {
  time: string | undefined;
  host: string | undefined;
  app: string | undefined;
  pid: string | undefined;
  msgid: string | undefined;
  /** -1 when the line had no PRI. */
  facility: number;
  /** -1 when neither PRI nor a Cisco `%FAC-SEV-MNEMONIC` gave one. */
  severity: number;
  sd: StructuredData | undefined;
  fields: Record<string, string> | undefined;
  vendor: VendorFormat | undefined;
}

export function newDraft(): Draft {
  return {
    time: undefined,
    host: undefined,
    app: undefined,
    pid: undefined,
    msgid: undefined,
    facility: -1,
    severity: -1,
    sd: undefined,
    fields: undefined,
    vendor: undefined,
  };
}

/** Forgets everything except the PRI, which survives a failed header grammar. */
export function resetDraft(d: Draft, facility: number, severity: number): void {
  d.time = undefined;
  d.host = undefined;
  d.app = undefined;
  d.pid = undefined;
  d.msgid = undefined;
  d.facility = facility;
  d.severity = severity;
  d.sd = undefined;
  d.fields = undefined;
  d.vendor = undefined;
}
