/**
 * The typed event that every stage after `parse` works on, and that the spool,
 * the shipped batches and `logveil query` carry.
 *
 * Strings inside the agent are "binary strings": one UTF-16 code unit per input
 * byte (Buffer#toString('latin1')). That keeps `logveil sanitize --format text`
 * byte-exact for invalid UTF-8 and NUL bytes, keeps V8 on its one-byte string
 * representation, and makes keyed tokens independent of how a caller decoded
 * the bytes. Conversion to real Unicode happens once, when an event is
 * serialized to JSON (see `shared/event-json.ts`).
 */

/** Which grammar recognised the message. */
export const SYSLOG_FORMATS = ['rfc5424', 'rfc3164', 'unparsed'] as const;
export type SyslogFormat = (typeof SYSLOG_FORMATS)[number];

/** Vendor body grammars the parser knows. */
export const VENDOR_FORMATS = ['fortigate', 'panos', 'pfsense-filterlog', 'juniper', 'cef', 'kv', 'cisco'] as const;
export type VendorFormat = (typeof VENDOR_FORMATS)[number];

/** RFC 5424 STRUCTURED-DATA: SD-ID -> PARAM-NAME -> PARAM-VALUE (unescaped). */
export type StructuredData = Record<string, Record<string, string>>;

export interface LogEvent {
  /** Timestamp from the message as ISO 8601 (offset kept when the message had one), if any. */
  time?: string;
  /** When the agent received the message (ISO 8601 UTC). Set by sources, not by the parser. */
  received?: string;
  host?: string;
  app?: string;
  pid?: string;
  msgid?: string;
  /** 0..23, from PRI. Absent when the message had no PRI. */
  facility?: number;
  /** 0..7, from PRI, or from a Cisco `%FAC-SEV-MNEMONIC` when there was no PRI. */
  severity?: number;
  sd?: StructuredData;
  /** Fields of a vendor body (FortiGate key=value, PAN-OS CSV columns, CEF extensions...). */
  fields?: Record<string, string>;
  vendor?: VendorFormat;
  /** The free-text message (for unparsed input: the whole line). */
  msg: string;
  format: SyslogFormat;
  /** Set when the line did not parse; `msg` then holds it whole. */
  parse_error?: string;
  /** Key epoch that pseudonymized this event. */
  epoch?: string;
  /** Where it came from, for events received by the daemon: the source's name, the transport, the sender's address (pseudonymized). */
  source?: { name?: string; transport: 'udp' | 'tcp' | 'tls' | 'file' | 'stdin'; addr?: string };
  /** The message was longer than the source's limit and was cut. */
  truncated?: boolean;
}
