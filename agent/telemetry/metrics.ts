/**
 * The agent's metrics in the Prometheus text format. Names are fixed (they are
 * an API: dashboards and alerts depend on them) and labels have low
 * cardinality: source names, reasons, kinds; never an address or a user.
 *
 * Every value is read from the components' own counters when Prometheus
 * scrapes, so the hot path only increments plain numbers.
 */
import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';

export interface MetricsSnapshot {
  sources: Array<{
    name: string;
    mode: string;
    received: number;
    bytes: number;
    truncated: number;
    dropped: Record<string, number>;
    connectionsActive: number;
    connectionsTotal: number;
  }>;
  pipeline: {
    accepted: number;
    spooled: number;
    inFlight: number;
    queueMax: number;
    inFlightBytes: number;
    queueMaxBytes: number;
    dropped: Record<string, number>;
    formats: Record<string, number>;
    replaced: Record<string, number>;
    rawBytes: number;
    spooledBytes: number;
    workerRestarts: number;
  };
  spool: {
    bytes: number;
    segmentsOpen: number;
    segmentsSealed: number;
    oldestUnshippedSecs: number;
    deletions: Record<string, number>;
  };
  shipping: { objects: number; bytes: number; failures: Record<string, number>; retries: Record<string, number> };
}

export interface AgentMetrics {
  readonly registry: Registry;
  render(): Promise<string>;
}

export function createAgentMetrics(snapshot: () => MetricsSnapshot): AgentMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'logveil_process_' });
  let current: MetricsSnapshot | undefined;
  const snap = (): MetricsSnapshot => (current ??= snapshot());

  /** A counter whose value is read from a component's total at scrape time. */
  const counter = (name: string, help: string, labelNames: string[], read: (set: (labels: Record<string, string>, v: number) => void, s: MetricsSnapshot) => void): void => {
    new Counter({
      name,
      help,
      labelNames,
      registers: [registry],
      collect() {
        this.reset();
        read((labels, v) => {
          if (v > 0) this.inc(labels, v);
        }, snap());
      },
    });
  };
  const gauge = (name: string, help: string, labelNames: string[], read: (set: (labels: Record<string, string>, v: number) => void, s: MetricsSnapshot) => void): void => {
    new Gauge({
      name,
      help,
      labelNames,
      registers: [registry],
      collect() {
        this.reset();
        read((labels, v) => this.set(labels, v), snap());
      },
    });
  };

  counter('logveil_received_events_total', 'Messages received, by source.', ['source'], (set, s) => {
    for (const x of s.sources) set({ source: x.name }, x.received);
  });
  counter('logveil_received_bytes_total', 'Message bytes received, by source.', ['source'], (set, s) => {
    for (const x of s.sources) set({ source: x.name }, x.bytes);
  });
  counter('logveil_truncated_events_total', 'Messages cut at max_message_bytes, by source.', ['source'], (set, s) => {
    for (const x of s.sources) set({ source: x.name }, x.truncated);
  });
  counter('logveil_dropped_events_total', 'Messages dropped, by stage and reason.', ['stage', 'reason'], (set, s) => {
    for (const x of s.sources) for (const [reason, v] of Object.entries(x.dropped)) set({ stage: `source:${x.name}`, reason }, v);
    for (const [reason, v] of Object.entries(s.pipeline.dropped)) set({ stage: 'pipeline', reason }, v);
  });
  counter('logveil_parsed_events_total', 'Events parsed, by syslog format.', ['format'], (set, s) => {
    for (const [format, v] of Object.entries(s.pipeline.formats)) set({ format }, v);
  });
  counter('logveil_pseudonymized_total', 'Replacements made by the pseudonymize stage, by kind.', ['kind'], (set, s) => {
    for (const [kind, v] of Object.entries(s.pipeline.replaced)) set({ kind }, v);
  });
  counter('logveil_sanitized_events_total', 'Events that went through the pseudonymize stage.', [], (set, s) => {
    set({}, Object.values(s.pipeline.formats).reduce((a, b) => a + b, 0));
  });
  counter('logveil_spooled_events_total', 'Events written to the spool.', [], (set, s) => set({}, s.pipeline.spooled));
  counter('logveil_spooled_bytes_total', 'Compressed bytes written to the spool (before encryption overhead).', [], (set, s) => set({}, s.pipeline.spooledBytes));
  counter('logveil_worker_restarts_total', 'Worker threads restarted after dying.', [], (set, s) => set({}, s.pipeline.workerRestarts));
  counter('logveil_spool_deletions_total', 'Spool segments deleted, by reason (shipped, max_age, max_total_bytes...).', ['reason'], (set, s) => {
    for (const [reason, v] of Object.entries(s.spool.deletions)) set({ reason }, v);
  });
  counter('logveil_shipped_objects_total', 'Objects stored.', [], (set, s) => set({}, s.shipping.objects));
  counter('logveil_shipped_bytes_total', 'Bytes stored.', [], (set, s) => set({}, s.shipping.bytes));
  counter('logveil_ship_failures_total', 'Shipping rounds that ended on a store failure, by reason.', ['reason'], (set, s) => {
    for (const [reason, v] of Object.entries(s.shipping.failures)) set({ reason }, v);
  });
  counter('logveil_ship_retries_total', 'Store requests retried, by reason.', ['reason'], (set, s) => {
    for (const [reason, v] of Object.entries(s.shipping.retries)) set({ reason }, v);
  });
  gauge('logveil_connections_active', 'Open TCP/TLS connections, by source.', ['source'], (set, s) => {
    for (const x of s.sources) if (x.mode !== 'udp') set({ source: x.name }, x.connectionsActive);
  });
  gauge('logveil_queue_depth', 'Messages accepted and not yet spooled.', [], (set, s) => set({}, s.pipeline.inFlight));
  gauge('logveil_queue_capacity', 'The queue bound (pipeline.queue_max_messages).', [], (set, s) => set({}, s.pipeline.queueMax));
  gauge('logveil_queue_bytes', 'Bytes of message text accepted and not yet spooled.', [], (set, s) => set({}, s.pipeline.inFlightBytes));
  gauge('logveil_queue_capacity_bytes', 'The queue bound in bytes (pipeline.queue_max_bytes).', [], (set, s) => set({}, s.pipeline.queueMaxBytes));
  gauge('logveil_spool_bytes', 'Bytes in the spool.', [], (set, s) => set({}, s.spool.bytes));
  gauge('logveil_spool_segments', 'Spool segments, by state.', ['state'], (set, s) => {
    set({ state: 'open' }, s.spool.segmentsOpen);
    set({ state: 'sealed' }, s.spool.segmentsSealed);
  });
  gauge('logveil_oldest_unshipped_seconds', 'Age of the oldest spooled data not yet stored.', [], (set, s) => set({}, s.spool.oldestUnshippedSecs));

  return {
    registry,
    async render() {
      current = undefined;
      const text = await registry.metrics();
      current = undefined;
      return text;
    },
  };
}
