export { parseSyslog } from './parse-syslog.js';
export type { ParseOptions } from './parse-syslog.js';
