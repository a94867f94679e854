/**
 * `logveil status`: a human summary of a running agent, read from its
 * /healthz endpoint.
 */
import { parseArgs } from 'node:util';
import { LogveilError } from '../../errors.js';
import { EXIT } from '../exit-codes.js';
import type { Command } from '../command.js';
import { loadConfig } from '../../config/load-config.js';

const HELP = `logveil status: show what a running agent is doing.

Usage: logveil status [--config FILE | --api HOST:PORT] [--json]

Reads the agent's /healthz (the api.address of its configuration, by default
127.0.0.1:9330) and prints sources, queue, spool and shipping figures.
Exit code 0 when the agent answers ok, 1 when degraded or stopping, 74 when
it does not answer.

Example:
  logveil status --config /etc/logveil/agent.yaml`;

export const statusCommand: Command = {
  name: 'status',
  help: HELP,
  async run(argv, io) {
    const { values } = parseArgs({ args: argv, options: { config: { type: 'string', short: 'c' }, api: { type: 'string' }, json: { type: 'boolean', default: false } } });
    const api = values.api ?? (values.config ? loadConfig(values.config, io.env).config.api.address : '127.0.0.1:9330');
    let report: Record<string, unknown>;
    try {
      const res = await fetch(`http://${api}/healthz`, { signal: AbortSignal.timeout(5000) });
      report = (await res.json()) as Record<string, unknown>;
    } catch (e) {
      throw new LogveilError('LV_IO', `no agent answers at http://${api}/healthz (${(e as Error).message})`, { cause: e });
    }
    if (values.json) {
      io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    } else {
      io.stdout.write(formatReport(report));
    }
    return report.status === 'ok' ? EXIT.ok : EXIT.failure;
  },
};

function formatReport(r: Record<string, unknown>): string {
  const agent = r.agent as { id: string; tenant: string; site: string };
  const q = r.queue as { in_flight: number; capacity: number; in_flight_bytes?: number; capacity_bytes?: number; full: boolean };
  const e = r.events as { accepted: number; spooled: number; dropped: number };
  const sp = r.spool as { bytes: number; segments: number; oldest_unshipped_secs: number };
  const sh = r.shipping as { objects: number };
  const lines = [
    `logveil ${String(r.status)}: agent ${agent.id} (tenant ${agent.tenant}, site ${agent.site}), up ${String(r.uptime_secs)} s, key epoch ${String(r.key_epoch)}`,
    'sources:',
    ...(r.sources as Array<{ name: string; mode: string; port: number; received: number; connections_active: number }>).map(
      (s) => `  ${s.name.padEnd(16)} ${s.mode.padEnd(4)} port ${String(s.port).padEnd(6)} received ${s.received}${s.mode === 'udp' ? '' : `, ${s.connections_active} connections`}`,
    ),
    `events: ${e.accepted} accepted, ${e.spooled} spooled, ${e.dropped} dropped`,
    `queue: ${q.in_flight} of ${q.capacity} messages${q.capacity_bytes !== undefined ? `, ${((q.in_flight_bytes ?? 0) / 1e6).toFixed(1)} of ${(q.capacity_bytes / 1e6).toFixed(1)} MB` : ''}${q.full ? ' (FULL: TCP paused, UDP dropping)' : ''}`,
    `spool: ${sp.segments} segments, ${(sp.bytes / 1e6).toFixed(1)} MB, oldest unshipped ${sp.oldest_unshipped_secs} s`,
    `shipped: ${sh.objects} objects`,
  ];
  return `${lines.join('\n')}\n`;
}
