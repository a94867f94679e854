/**
 * Exit codes, from sysexits(3) like Vector's `validate` (78 = configuration
 * error). The one place an error code becomes a process exit code.
 */
import type { ErrorCode } from '../errors.js';

export const EXIT = {
  ok: 0,
  failure: 1,
  usage: 64,
  dataError: 65,
  ioError: 74,
  tempFail: 75,
  noPermission: 77,
  config: 78,
} as const;

export function exitCodeFor(code: ErrorCode): number {
  switch (code) {
    case 'LV_USAGE':
      return EXIT.usage;
    case 'LV_CONFIG_INVALID':
      return EXIT.config;
    case 'LV_KEYRING_PERMISSIONS':
      return EXIT.noPermission;
    case 'LV_KEY_FORMAT':
    case 'LV_KEYRING_CORRUPT':
      return EXIT.dataError;
    case 'LV_IO':
    case 'LV_KEYRING_MISSING':
    case 'LV_SPOOL_CLOSED':
      return EXIT.ioError;
    case 'LV_INTEGRITY':
      return EXIT.dataError;
    case 'LV_SPOOL_LOCKED':
      return EXIT.tempFail;
    case 'LV_KEYRING_EXISTS':
      return EXIT.failure;
    case 'LV_STORE_CREDENTIALS':
    case 'LV_STORE_ACCESS_DENIED':
      return EXIT.noPermission;
    case 'LV_STORE_NO_BUCKET':
      return EXIT.config;
    case 'LV_STORE_UNREACHABLE':
    case 'LV_STORE_THROTTLED':
      return EXIT.tempFail;
    case 'LV_STORE_CONFLICT':
      return EXIT.dataError;
    case 'LV_STORE_FAILED':
      return EXIT.ioError;
  }
}
