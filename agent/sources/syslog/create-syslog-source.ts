import { LogveilError } from '../../errors.js';
import type { MessageSink } from '../raw-message.js';
import { parseCidr } from './allow-list.js';
import { createStreamSource } from './stream-source.js';
import type { SyslogSource, SyslogSourceDeps, SyslogSourceOptions } from './syslog-source.js';
import { createUdpSource } from './udp-source.js';

/** TLS versions accepted as a minimum: RFC 8996 deprecates TLS 1.0 and 1.1. */
const TLS_MIN_VERSIONS: readonly string[] = ['TLSv1.2', 'TLSv1.3'];
const MODES: readonly string[] = ['udp', 'tcp', 'tls'];

/**
 * Builds a syslog source (not yet listening: call `start`). The options are
 * checked here, at configuration time: every problem is reported at once as
 * `field: message` in one LV_CONFIG_INVALID error. From `start` on, nothing
 * a sender does makes the source throw.
 */
export function createSyslogSource(opts: SyslogSourceOptions, sink: MessageSink, deps: SyslogSourceDeps): SyslogSource {
  const errors = checkOptions(opts);
  if (errors.length > 0) {
    throw new LogveilError('LV_CONFIG_INVALID', `syslog source ${JSON.stringify(opts.name)}: ${errors.join('; ')}`);
  }
  // Log lines carry the source name (not personal data); the caller may have bound it already.
  const logger = deps.logger.bindings()['source'] === opts.name ? deps.logger : deps.logger.child({ source: opts.name });
  const now = deps.now ?? Date.now;
  return opts.mode === 'udp' ? createUdpSource(opts, sink, logger, now) : createStreamSource(opts, sink, logger, now);
}

function checkOptions(opts: SyslogSourceOptions): string[] {
  const errors: string[] = [];
  const isInt = (v: unknown, min: number, max: number): boolean => Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
  if (typeof opts.name !== 'string' || opts.name === '') errors.push('name: must be a non-empty string');
  if (!MODES.includes(opts.mode)) errors.push(`mode: must be one of ${MODES.join(', ')}`);
  if (typeof opts.host !== 'string' || opts.host === '') errors.push('host: must be an address to bind');
  if (!isInt(opts.port, 0, 65535)) errors.push('port: must be an integer 0..65535');
  if (!isInt(opts.maxMessageBytes, 1, 64 * 1024 * 1024)) errors.push('maxMessageBytes: must be an integer 1..67108864');
  if (!Array.isArray(opts.allowNetworks)) errors.push('allowNetworks: must be a list of CIDRs');
  else {
    opts.allowNetworks.forEach((cidr, i) => {
      const net = typeof cidr === 'string' ? parseCidr(cidr) : 'not a string';
      if (typeof net === 'string') errors.push(`allowNetworks[${i}]: ${net}`);
    });
  }
  if (opts.receiveBufferBytes !== undefined && !isInt(opts.receiveBufferBytes, 1, 2 ** 31 - 1)) {
    errors.push('receiveBufferBytes: must be a positive integer');
  }
  if (opts.mode !== 'udp') {
    if (!isInt(opts.maxConnections, 1, 1_000_000)) errors.push('maxConnections: must be an integer 1..1000000');
    const idle = opts.idleTimeoutSecs;
    if (typeof idle !== 'number' || !(idle >= 0 && idle <= 86_400 * 365)) errors.push('idleTimeoutSecs: must be a number of seconds >= 0 (0 = never)');
  }
  if (opts.mode === 'tls') {
    const tls = opts.tls;
    if (tls === undefined) errors.push('tls: required for mode tls');
    else {
      if (typeof tls.certFile !== 'string' || tls.certFile === '') errors.push('tls.certFile: required');
      if (typeof tls.keyFile !== 'string' || tls.keyFile === '') errors.push('tls.keyFile: required');
      if (!TLS_MIN_VERSIONS.includes(tls.minVersion)) {
        errors.push(`tls.minVersion: must be TLSv1.2 or TLSv1.3 (older versions are refused, RFC 8996)`);
      }
      if (tls.verifyClient && (typeof tls.caFile !== 'string' || tls.caFile === '')) {
        errors.push('tls.caFile: required when verifyClient is true');
      }
    }
  }
  return errors;
}
