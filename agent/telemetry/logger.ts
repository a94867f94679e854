/**
 * The agent's own logs: pino JSON lines on stderr. The code never passes raw
 * message content or sender addresses to the logger; the redaction paths are
 * the safety net behind that rule, so a mistake shows "[redacted]" instead of
 * personal data (POLICY P2-P4, DESIGN.md invariant 1).
 */
import pino from 'pino';
import type { Logger } from 'pino';

export const REDACTED_PATHS: readonly string[] = [
  'text',
  'line',
  'raw',
  'message.text',
  'remoteAddress',
  'remote',
  'address',
  'password',
  'secret',
  'key',
  'token',
  '*.text',
  '*.line',
  '*.raw',
  '*.remoteAddress',
  '*.password',
  '*.secret',
  '*.token',
  '*.ipKey',
  '*.hmacKey',
];

export function createLogger(level: string, destination: NodeJS.WritableStream | number = 2): Logger {
  return pino(
    {
      level,
      base: { app: 'logveil' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: [...REDACTED_PATHS], censor: '[redacted]' },
      formatters: { level: (label) => ({ level: label }) },
    },
    typeof destination === 'number' ? pino.destination({ fd: destination, sync: false }) : destination,
  );
}

export type { Logger };
