import { describe, expect, it } from 'vitest';
import { buildApp, type HealthReport } from '../../agent/api/build-app.js';
import { createAgentMetrics, type MetricsSnapshot } from '../../agent/telemetry/metrics.js';

const snapshot: MetricsSnapshot = {
  sources: [{ name: 'syslog_tcp', mode: 'tcp', received: 10, bytes: 1500, truncated: 1, dropped: { framing_error: 2 }, connectionsActive: 3, connectionsTotal: 5 }],
  pipeline: { accepted: 10, spooled: 9, inFlight: 1, queueMax: 100, inFlightBytes: 150, queueMaxBytes: 65536, dropped: { sanitize_error: 1 }, formats: { rfc3164: 9 }, replaced: { ip: 12, user: 2 }, rawBytes: 3000, spooledBytes: 700, workerRestarts: 0 },
  spool: { bytes: 4096, segmentsOpen: 1, segmentsSealed: 2, oldestUnshippedSecs: 42, deletions: { shipped: 3, max_age: 1 } },
  shipping: { objects: 3, bytes: 9000, failures: { unreachable: 2 }, retries: { unreachable: 5 } },
};

describe('the agent API', () => {
  it('serves /healthz with 200 while running and 503 while stopping', async () => {
    let status: HealthReport['status'] = 'ok';
    const app = buildApp({ health: () => ({ status, uptime_secs: 5 }), metrics: async () => '' });
    const ok = await app.inject({ method: 'GET', url: '/healthz' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ status: 'ok', uptime_secs: 5 });
    status = 'stopping';
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(503);
  });

  it('serves /metrics in the Prometheus text format with the fixed metric names', async () => {
    const metrics = createAgentMetrics(() => snapshot);
    const app = buildApp({ health: () => ({ status: 'ok' }), metrics: () => metrics.render() });
    const res = await app.inject({ method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    const body = res.body;
    expect(body).toContain('logveil_received_events_total{source="syslog_tcp"} 10');
    expect(body).toContain('logveil_dropped_events_total{stage="source:syslog_tcp",reason="framing_error"} 2');
    expect(body).toContain('logveil_dropped_events_total{stage="pipeline",reason="sanitize_error"} 1');
    expect(body).toContain('logveil_pseudonymized_total{kind="ip"} 12');
    expect(body).toContain('logveil_spooled_events_total 9');
    expect(body).toContain('logveil_queue_depth 1');
    expect(body).toContain('logveil_spool_segments{state="sealed"} 2');
    expect(body).toContain('logveil_oldest_unshipped_seconds 42');
    expect(body).toContain('logveil_spool_deletions_total{reason="max_age"} 1');
    expect(body).toContain('logveil_connections_active{source="syslog_tcp"} 3');
    expect(body).toContain('logveil_ship_failures_total{reason="unreachable"} 2');
    expect(body).toContain('logveil_ship_retries_total{reason="unreachable"} 5');
    expect(body).toMatch(/# TYPE logveil_received_events_total counter/);
  });

  it('reads counters afresh at every scrape', async () => {
    let received = 1;
    const metrics = createAgentMetrics(() => ({ ...snapshot, sources: [{ ...snapshot.sources[0]!, received }] }));
    expect(await metrics.render()).toContain('logveil_received_events_total{source="syslog_tcp"} 1');
    received = 7;
    expect(await metrics.render()).toContain('logveil_received_events_total{source="syslog_tcp"} 7');
  });
});
