export type { MessageSink, RawMessage, Transport } from './raw-message.js';
export { TRANSPORTS } from './raw-message.js';
export { createSyslogSource } from './syslog/create-syslog-source.js';
export type {
  DropReason,
  SourceStats,
  SyslogSource,
  SyslogSourceDeps,
  SyslogSourceOptions,
  SyslogTlsOptions,
} from './syslog/syslog-source.js';
export { DROP_REASONS } from './syslog/syslog-source.js';
