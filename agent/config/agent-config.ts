/**
 * The validated configuration, as the rest of the agent sees it: every default
 * filled in, every cross-field rule checked, deeply frozen. Mirrors
 * config-schema.ts, which is the reference for each key's meaning.
 */
import type { IpAlgorithm } from '../stages/pseudonymize/index.js';

export type SourceMode = 'udp' | 'tcp' | 'tls';

export interface SourceConfig {
  readonly mode: SourceMode;
  readonly address: string;
  readonly enabled: boolean;
  readonly max_message_bytes: number;
  readonly allow_networks: readonly string[];
  readonly receive_buffer_bytes: number;
  readonly max_connections: number;
  readonly idle_timeout_secs: number;
  readonly tls: {
    readonly cert_file: string;
    readonly key_file: string;
    readonly ca_file: string;
    readonly verify_client: boolean;
    readonly min_version: 'TLSv1.2' | 'TLSv1.3';
  };
}

export const DATA_CLASSES = ['logs', 'metrics', 'alerts', 'audit'] as const;
export type DataClass = (typeof DATA_CLASSES)[number];

export interface AgentConfig {
  readonly agent: { readonly id: string; readonly tenant: string; readonly site: string; readonly shutdown_timeout_secs: number };
  readonly sources: Readonly<Record<string, SourceConfig>>;
  readonly pseudonymize: {
    readonly keys_dir: string;
    readonly ip_algorithm: IpAlgorithm;
    readonly ip_keep: readonly string[];
    readonly mac_keep_oui: boolean;
    readonly email_keep_domain: boolean;
    readonly users_keep: readonly string[];
    readonly users_learn: number;
    readonly disabled_rules: readonly string[];
    readonly cache_entries: number;
  };
  readonly pipeline: {
    readonly workers: number;
    readonly worker_young_generation_mb: number;
    readonly queue_max_messages: number;
    readonly queue_max_bytes: number;
    readonly batch_max_messages: number;
    readonly batch_max_bytes: number;
    readonly batch_max_wait_ms: number;
  };
  readonly spool: {
    readonly dir: string;
    readonly recipient_public_key_file: string;
    readonly create_demo_recipient: boolean;
    readonly segment_max_bytes: number;
    readonly segment_max_age_secs: number;
    readonly fsync: 'interval' | 'always';
    readonly fsync_interval_ms: number;
    readonly compression_level: number;
    readonly max_total_bytes: number;
    readonly retention: Readonly<Partial<Record<DataClass, { readonly max_age_secs?: number }>>>;
  };
  readonly store: {
    readonly type: 'local' | 's3';
    readonly dir: string;
    readonly prefix: string;
    readonly ship_interval_secs: number;
    readonly s3: {
      readonly bucket: string;
      readonly region: string;
      readonly endpoint: string;
      readonly force_path_style: boolean;
      readonly storage_class: string;
      readonly sse_kms_key_id: string;
      readonly allow_plain_http_loopback: boolean;
      readonly multipart_threshold_bytes: number;
      readonly part_size_bytes: number;
      readonly retry_base_delay_ms: number;
      readonly retry_max_delay_ms: number;
    };
  };
  readonly api: { readonly enabled: boolean; readonly address: string };
  readonly log: { readonly level: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' };
  readonly policy: {
    readonly version: string;
    readonly allowed_regions: readonly string[];
    readonly allowed_endpoints: readonly string[];
    readonly cloud_retention_days: Readonly<Record<DataClass, number>>;
  };
}

/** `host:port` split; the host loses its IPv6 brackets. */
export function splitAddress(address: string): { host: string; port: number } {
  const colon = address.lastIndexOf(':');
  let host = address.slice(0, colon);
  if (host.startsWith('[') && host.endsWith(']')) host = host.slice(1, -1);
  return { host, port: Number(address.slice(colon + 1)) };
}

/** A TLS source with neither file set is "not configured yet" and is skipped. */
export function tlsConfigured(s: SourceConfig): boolean {
  return s.tls.cert_file !== '' || s.tls.key_file !== '';
}
