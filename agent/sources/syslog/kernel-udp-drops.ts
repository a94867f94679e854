import { readFileSync } from 'node:fs';
import { isIPv4, isIPv6 } from 'node:net';
import { endianness } from 'node:os';
import { parseIPv4, parseIPv6 } from '../../stages/pseudonymize/ip/ip-address.js';

/**
 * Datagrams the kernel discarded for one UDP socket before the agent could
 * read them: the receive buffer was full (SO_RCVBUF), which is what happens
 * when a burst outruns the event loop. These never reach the agent, so no
 * counter of its own can see them; Linux keeps one per socket, the last column
 * ("drops") of /proc/net/udp and /proc/net/udp6. Reading it is how
 * `logveil_dropped_events_total{reason="receive_buffer"}` makes UDP loss
 * visible end to end instead of only the part the agent dropped itself
 * (`queue_full`). rsyslog's imudp and Vector's socket source do not report it;
 * `netstat -su` ("receive buffer errors") only has the host-wide sum.
 *
 * A row's local address is `HEX:PORT`: the address as the kernel's 32-bit
 * words printed in host byte order (four words for IPv6), the port as four hex
 * digits. The bound address and port select the row; a second socket on the
 * same address and port (SO_REUSEPORT) makes the answer ambiguous, and then,
 * like on a system without /proc, there is no answer (undefined).
 */

/** The `local_address` column of the socket bound to `address`:`port`, as /proc/net/udp(6) prints it. */
export function procLocalAddress(address: string, port: number, littleEndian = endianness() === 'LE'): string | undefined {
  const bytes = addressBytes(address);
  if (bytes === undefined || !Number.isInteger(port) || port < 0 || port > 0xffff) return undefined;
  let hex = '';
  for (let w = 0; w < bytes.length; w += 4) {
    for (let i = 0; i < 4; i++) hex += (bytes[littleEndian ? w + 3 - i : w + i] as number).toString(16).padStart(2, '0');
  }
  return `${hex.toUpperCase()}:${port.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The "drops" column of the row whose local address is `local`, in a /proc/net/udp(6) text; undefined when not exactly one row matches. */
export function dropsFromProcTable(table: string, local: string): number | undefined {
  let found: number | undefined;
  let matches = 0;
  for (const line of table.split('\n')) {
    const cols = line.trim().split(/\s+/);
    // sl local rem st tx:rx tr:when retrnsmt uid timeout inode ref pointer drops
    if (cols.length < 13 || cols[1] !== local) continue;
    const drops = Number(cols[12]);
    if (!Number.isSafeInteger(drops)) return undefined;
    found = drops;
    matches++;
  }
  return matches === 1 ? found : undefined;
}

/** Kernel drops of the UDP socket bound to `address`:`port` (udp6 when `ipv6`); undefined where /proc cannot tell. */
export function readKernelUdpDrops(address: string, port: number, ipv6: boolean, procNet = '/proc/net'): number | undefined {
  const local = procLocalAddress(address, port);
  if (local === undefined) return undefined;
  let table: string;
  try {
    table = readFileSync(`${procNet}/${ipv6 ? 'udp6' : 'udp'}`, 'latin1');
  } catch {
    return undefined;
  }
  return dropsFromProcTable(table, local);
}

function addressBytes(address: string): ArrayLike<number> | undefined {
  if (isIPv4(address)) {
    const n = parseIPv4(address);
    return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
  }
  if (!isIPv6(address)) return undefined;
  const zone = address.indexOf('%');
  return parseIPv6(address, 0, zone >= 0 ? zone : address.length)?.bytes;
}
