/**
 * `logveil run`: builds the topology from a validated configuration and runs
 * it. Building (this file's `createDaemon`) is separate from the process
 * concerns (signals, exit codes: agent/cli/commands/run.ts), so tests run a
 * whole daemon in-process.
 *
 * Start order follows the data backwards, so nothing is accepted before there
 * is somewhere to put it: keys, spool (with crash recovery), store and
 * shipper, pipeline workers, sources, API. Stop order follows it forwards:
 * sources stop accepting, the pipeline drains into the spool within
 * `shutdown_timeout_secs`, segments are sealed, a last shipping round runs in
 * whatever time is left.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Logger } from 'pino';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { AgentConfig, SourceConfig } from '../config/agent-config.js';
import { splitAddress, tlsConfigured } from '../config/agent-config.js';
import { loadEpochKeys } from '../keys/keyring.js';
import { readRecipientPublicKey } from '../keys/recipient-keys.js';
import { createPipeline, type Pipeline } from '../pipeline/pipeline.js';
import { policyFromConfig } from '../pipeline/policy-from-config.js';
import { createSyslogSource, type SyslogSource } from '../sources/index.js';
import { openSpool, type Spool } from '../spool/index.js';
import { createShipper, createStore, type ObjectStore, type Shipper } from '../store/index.js';
import { buildApp, type HealthReport } from '../api/build-app.js';
import { createAgentMetrics, type AgentMetrics, type MetricsSnapshot } from '../telemetry/metrics.js';
import { prepareFirstRun } from './first-run.js';

export interface Daemon {
  start(): Promise<void>;
  /** Graceful stop; resolves when everything is sealed and closed. Idempotent. */
  stop(): Promise<void>;
  /** Applies a new, already validated configuration; returns what it did and what needs a restart. */
  reload(next: AgentConfig): Promise<string[]>;
  health(): HealthReport;
  metrics(): Promise<string>;
  /** Where each source and the API listen (after start; port 0 resolved). */
  addresses(): { sources: Record<string, { address: string; port: number }>; api?: { address: string; port: number } };
}

interface RunningSource {
  config: SourceConfig;
  source: SyslogSource;
  bound: { address: string; port: number };
}

export function createDaemon(initial: AgentConfig, logger: Logger, now: () => number = Date.now): Daemon {
  let config = initial;
  let status: HealthReport['status'] = 'starting';
  const startedAt = now();
  const sources = new Map<string, RunningSource>();
  let spool: Spool | undefined;
  let pipeline: Pipeline | undefined;
  let shipper: Shipper | undefined;
  let store: ObjectStore | undefined;
  let app: FastifyInstance | undefined;
  let apiBound: { address: string; port: number } | undefined;
  let keyEpoch = '';
  const timers: NodeJS.Timeout[] = [];
  let stopping: Promise<void> | undefined;

  const metrics: AgentMetrics = createAgentMetrics(snapshot);

  function snapshot(): MetricsSnapshot {
    const p = pipeline?.stats();
    const sp = spool?.stats();
    const sh = shipper?.stats();
    return {
      sources: [...sources.entries()].map(([name, r]) => {
        const s = r.source.stats();
        return {
          name,
          mode: r.config.mode,
          received: s.received,
          bytes: s.bytes,
          truncated: s.truncated,
          dropped: { ...s.dropped },
          connectionsActive: s.connectionsActive,
          connectionsTotal: s.connectionsTotal,
        };
      }),
      pipeline: {
        accepted: p?.accepted ?? 0,
        spooled: p?.spooled ?? 0,
        inFlight: p?.inFlight ?? 0,
        queueMax: p?.queueMax ?? config.pipeline.queue_max_messages,
        inFlightBytes: p?.inFlightBytes ?? 0,
        queueMaxBytes: p?.queueMaxBytes ?? config.pipeline.queue_max_bytes,
        dropped: p?.dropped ?? {},
        formats: p?.formats ?? {},
        replaced: p?.replaced ?? {},
        rawBytes: p?.rawBytes ?? 0,
        spooledBytes: p?.spooledBytes ?? 0,
        workerRestarts: p?.workerRestarts ?? 0,
      },
      spool: {
        bytes: sp?.bytes ?? 0,
        segmentsOpen: sp?.segments.open ?? 0,
        segmentsSealed: sp?.segments.sealed ?? 0,
        oldestUnshippedSecs: (sp?.oldestUnshippedAgeMs ?? 0) / 1000,
        deletions: Object.fromEntries(Object.entries(sp?.deletions ?? {}).map(([reason, t]) => [reason, t.segments])),
      },
      shipping: { objects: sh?.objects ?? 0, bytes: sh?.bytes ?? 0, failures: { ...(sh?.failures ?? {}) }, retries: { ...(sh?.retries ?? {}) } },
    };
  }

  async function startSource(name: string, s: SourceConfig): Promise<void> {
    if (!s.enabled) return;
    if (s.mode === 'tls' && !tlsConfigured(s)) {
      logger.info({ source: name }, 'TLS source skipped: no certificate configured');
      return;
    }
    const { host, port } = splitAddress(s.address);
    const source = createSyslogSource(
      {
        name,
        mode: s.mode,
        host,
        port,
        maxMessageBytes: s.max_message_bytes,
        allowNetworks: s.allow_networks,
        receiveBufferBytes: s.receive_buffer_bytes,
        maxConnections: s.max_connections,
        idleTimeoutSecs: s.idle_timeout_secs,
        ...(s.mode === 'tls'
          ? {
              tls: {
                certFile: s.tls.cert_file,
                keyFile: s.tls.key_file,
                ...(s.tls.ca_file ? { caFile: s.tls.ca_file } : {}),
                verifyClient: s.tls.verify_client,
                minVersion: s.tls.min_version,
              },
            }
          : {}),
      },
      (pipeline as Pipeline).sink,
      { logger: logger.child({ source: name }) },
    );
    const bound = await source.start();
    sources.set(name, { config: s, source, bound });
    logger.info({ source: name, mode: s.mode, port: bound.port }, 'source listening');
  }

  async function start(): Promise<void> {
    await prepareFirstRun(config, logger);
    const keys = loadEpochKeys(config.pseudonymize.keys_dir);
    keyEpoch = keys.epoch;
    const recipientPublicKey = readRecipientPublicKey(config.spool.recipient_public_key_file);
    spool = await openSpool(
      {
        dir: config.spool.dir,
        recipientPublicKey,
        agentId: config.agent.id,
        tenant: config.agent.tenant,
        site: config.agent.site,
        policyVersion: config.policy.version,
        keyEpoch: keys.epoch,
        segmentMaxBytes: config.spool.segment_max_bytes,
        segmentMaxAgeMs: config.spool.segment_max_age_secs * 1000,
        fsync: config.spool.fsync === 'always' ? { mode: 'always' } : { mode: 'interval', intervalMs: config.spool.fsync_interval_ms },
        maxTotalBytes: config.spool.max_total_bytes,
        retention: Object.fromEntries(
          Object.entries(config.spool.retention).flatMap(([cls, r]) => (r?.max_age_secs !== undefined ? [[cls, { maxAgeMs: r.max_age_secs * 1000 }]] : [])),
        ),
      },
      { logger: logger.child({ component: 'spool' }), now },
    );
    store = createStore(config, { logger: logger.child({ component: 'store' }) });
    shipper = createShipper({ spool, store, prefix: config.store.prefix, logger: logger.child({ component: 'shipper' }) });
    pipeline = createPipeline({
      workers: config.pipeline.workers,
      workerYoungGenerationMb: config.pipeline.worker_young_generation_mb,
      queueMaxMessages: config.pipeline.queue_max_messages,
      queueMaxBytes: config.pipeline.queue_max_bytes,
      batchMaxMessages: config.pipeline.batch_max_messages,
      batchMaxBytes: config.pipeline.batch_max_bytes,
      batchMaxWaitMs: config.pipeline.batch_max_wait_ms,
      processor: { keys, policy: policyFromConfig(config.pseudonymize), compressionLevel: config.spool.compression_level },
      spool,
      logger: logger.child({ component: 'pipeline' }),
    });
    for (const [name, s] of Object.entries(config.sources)) await startSource(name, s);
    if (config.api.enabled) {
      app = buildApp({ health, metrics: () => metrics.render() });
      const { host, port } = splitAddress(config.api.address);
      await app.listen({ host, port });
      const a = app.server.address() as AddressInfo;
      apiBound = { address: a.address, port: a.port };
      logger.info({ port: a.port }, 'api listening (/healthz, /metrics)');
    }
    const every = (ms: number, f: () => Promise<unknown>, what: string): void => {
      let running = false;
      const t = setInterval(() => {
        if (running) return;
        running = true;
        f()
          .catch((e: unknown) => logger.error({ error: (e as Error).message }, `${what} failed`))
          .finally(() => {
            running = false;
          });
      }, ms);
      t.unref();
      timers.push(t);
    };
    every(1000, async () => (spool as Spool).sealDue(), 'sealing segments');
    every(Math.min(60_000, config.spool.segment_max_age_secs * 1000), async () => (spool as Spool).enforceRetention(), 'retention');
    every(config.store.ship_interval_secs * 1000, async () => (shipper as Shipper).shipOnce(), 'shipping');
    status = 'ok';
    logger.info({ agent: config.agent.id, tenant: config.agent.tenant, site: config.agent.site, keyEpoch }, 'logveil running');
  }

  function stop(): Promise<void> {
    stopping ??= (async () => {
      status = 'stopping';
      const deadline = now() + config.agent.shutdown_timeout_secs * 1000;
      for (const t of timers) clearInterval(t);
      await Promise.all([...sources.values()].map((r) => r.source.stopAccepting().catch(() => undefined)));
      const drained = pipeline ? await pipeline.drain(Math.max(0, deadline - now())) : true;
      const left = pipeline?.stats().inFlight ?? 0;
      if (!drained) logger.error({ messages: left }, 'shutdown timeout: messages still in flight were not spooled');
      await Promise.all([...sources.values()].map((r) => r.source.close().catch(() => undefined)));
      await pipeline?.close();
      await spool?.close();
      if (shipper && now() < deadline) {
        await Promise.race([shipper.shipOnce().catch(() => undefined), sleep(Math.max(0, deadline - now()))]);
      }
      await app?.close();
      await store?.close?.();
      logger.info({ drained, spooled: pipeline?.stats().spooled ?? 0 }, 'logveil stopped');
    })();
    return stopping;
  }

  async function reload(next: AgentConfig): Promise<string[]> {
    const notes: string[] = [];
    if (next.log.level !== config.log.level) {
      logger.level = next.log.level;
      notes.push(`log level ${next.log.level}`);
    }
    for (const section of ['agent', 'pseudonymize', 'pipeline', 'spool', 'store', 'api', 'policy'] as const) {
      if (!isDeepStrictEqual(next[section], config[section])) notes.push(`${section} changed: takes effect after a restart`);
    }
    const names = new Set([...Object.keys(config.sources), ...Object.keys(next.sources)]);
    for (const name of names) {
      const before = config.sources[name];
      const after = next.sources[name];
      const running = sources.get(name);
      if (before !== undefined && after !== undefined && isDeepStrictEqual(before, after)) {
        if (running && after.mode === 'tls') {
          try {
            await running.source.reloadTls();
            notes.push(`${name}: TLS certificates reloaded`);
          } catch (e) {
            notes.push(`${name}: TLS reload failed, keeping the old certificates: ${(e as Error).message}`);
          }
        }
        continue;
      }
      if (running) {
        await running.source.stopAccepting().catch(() => undefined);
        await running.source.close().catch(() => undefined);
        sources.delete(name);
      }
      if (after !== undefined) await startSource(name, after);
      notes.push(`${name}: ${before === undefined ? 'started' : after === undefined ? 'stopped' : 'restarted'}`);
    }
    config = { ...config, log: next.log, sources: next.sources };
    return notes;
  }

  function health(): HealthReport {
    const p = pipeline?.stats();
    const sp = spool?.stats();
    const droppedSources = [...sources.values()].reduce((a, r) => a + Object.values(r.source.stats().dropped).reduce((x, y) => x + y, 0), 0);
    const droppedPipeline = Object.values(p?.dropped ?? {}).reduce((a, b) => a + b, 0);
    const queueFull = p !== undefined && (p.inFlight >= p.queueMax || p.inFlightBytes >= p.queueMaxBytes);
    const storeState = shipper?.stats().state ?? 'ok';
    // Degraded, not down: the agent still accepts and spools; an operator should look.
    const degraded = queueFull || storeState !== 'ok';
    return {
      status: status === 'ok' && degraded ? 'degraded' : status,
      agent: { id: config.agent.id, tenant: config.agent.tenant, site: config.agent.site },
      uptime_secs: Math.round((now() - startedAt) / 1000),
      key_epoch: keyEpoch,
      policy_version: config.policy.version,
      sources: [...sources.entries()].map(([name, r]) => {
        const s = r.source.stats();
        return { name, mode: r.config.mode, port: r.bound.port, received: s.received, connections_active: s.connectionsActive };
      }),
      queue: {
        in_flight: p?.inFlight ?? 0,
        capacity: config.pipeline.queue_max_messages,
        in_flight_bytes: p?.inFlightBytes ?? 0,
        capacity_bytes: config.pipeline.queue_max_bytes,
        full: queueFull,
      },
      events: { accepted: p?.accepted ?? 0, spooled: p?.spooled ?? 0, dropped: droppedSources + droppedPipeline },
      spool: {
        bytes: sp?.bytes ?? 0,
        segments: (sp?.segments.open ?? 0) + (sp?.segments.sealed ?? 0),
        oldest_unshipped_secs: Math.round((sp?.oldestUnshippedAgeMs ?? 0) / 1000),
        deleted_before_shipping: sp?.deletedBeforeShipping.segments ?? 0,
      },
      shipping: { objects: shipper?.stats().objects ?? 0, store: config.store.type, state: storeState },
    };
  }

  return {
    start,
    stop,
    reload,
    health,
    metrics: () => metrics.render(),
    addresses: () => ({
      sources: Object.fromEntries([...sources.entries()].map(([n, r]) => [n, r.bound])),
      ...(apiBound ? { api: apiBound } : {}),
    }),
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms).unref());
}
