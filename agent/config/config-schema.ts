/**
 * The configuration schema: the reference for every key, with its type,
 * default, unit and meaning (`logveil validate --print-schema` prints it).
 *
 * Conventions (DESIGN.md): snake_case keys with the unit in the name
 * (`idle_timeout_secs`, `max_message_bytes`); unknown keys are errors (a typo
 * must fail loudly, not be ignored); defaults live here and nowhere else.
 */
import { DEFAULT_KEEP, DEFAULT_KEEP_USERS, DEFAULT_POLICY, IP_ALGORITHMS } from '../stages/pseudonymize/index.js';

const ADDRESS = {
  type: 'string',
  description: 'host:port to listen on; IPv6 hosts in brackets ([::1]:5514). Port 0 picks a free port.',
  pattern: '^(\\[[0-9A-Fa-f:.]+\\]|[^:\\s\\[\\]]+):[0-9]{1,5}$',
} as const;

const CIDR_LIST = {
  type: 'array',
  items: { type: 'string', minLength: 1 },
  default: [],
  description: 'Sender networks allowed to send (IPv4/IPv6 CIDRs or single addresses). Empty: everyone.',
} as const;

const SOURCE = {
  type: 'object',
  additionalProperties: false,
  required: ['mode', 'address'],
  properties: {
    mode: { enum: ['udp', 'tcp', 'tls'], description: 'Transport: syslog over UDP (RFC 5426), TCP (RFC 6587) or TLS (RFC 5425).' },
    address: ADDRESS,
    enabled: { type: 'boolean', default: true, description: 'A disabled source is not started.' },
    max_message_bytes: {
      type: 'integer',
      minimum: 480,
      maximum: 16777216,
      default: 65536,
      description: 'Longer messages are cut at this size and counted (RFC 5425 requires at least 2048 for TLS).',
    },
    allow_networks: CIDR_LIST,
    receive_buffer_bytes: { type: 'integer', minimum: 0, default: 4194304, description: 'UDP socket receive buffer (SO_RCVBUF); 0 keeps the system default.' },
    max_connections: { type: 'integer', minimum: 1, default: 1000, description: 'TCP/TLS: connections beyond this are refused and counted.' },
    idle_timeout_secs: { type: 'integer', minimum: 1, default: 300, description: 'TCP/TLS: connections silent this long are closed.' },
    tls: {
      type: 'object',
      additionalProperties: false,
      default: {},
      description: 'TLS settings (mode tls). The source is skipped, with a notice, while both file paths are empty.',
      properties: {
        cert_file: { type: 'string', default: '', description: 'PEM certificate chain of the listener.' },
        key_file: { type: 'string', default: '', description: 'PEM private key of the listener (keep it mode 0600).' },
        ca_file: { type: 'string', default: '', description: 'PEM CA bundle to verify client certificates against.' },
        verify_client: { type: 'boolean', default: false, description: 'Require a client certificate signed by ca_file.' },
        min_version: { enum: ['TLSv1.2', 'TLSv1.3'], default: 'TLSv1.2', description: 'Lowest TLS version accepted; never below 1.2.' },
      },
    },
  },
} as const;

const RETENTION_CLASS = {
  type: 'object',
  additionalProperties: false,
  properties: {
    max_age_secs: {
      type: 'integer',
      minimum: 60,
      description: 'Local data older than this is deleted even if not shipped yet (counted as policy deletions).',
    },
  },
} as const;

export const CONFIG_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'logveil agent configuration',
  type: 'object',
  additionalProperties: false,
  properties: {
    agent: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        id: {
          type: 'string',
          pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$',
          default: 'gw-local',
          description: 'This gateway, unique within the tenant: part of every object key.',
        },
        tenant: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,62}$', default: 'demo', description: 'The client (tenant) whose data this is.' },
        site: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,62}$', default: 'local', description: 'The client site this gateway serves.' },
        shutdown_timeout_secs: {
          type: 'integer',
          minimum: 1,
          maximum: 600,
          default: 10,
          description: 'On SIGTERM/SIGINT: how long to drain in-flight messages into the spool before exiting.',
        },
      },
    },
    sources: {
      type: 'object',
      default: {},
      description: 'Named sources: a map from a name ([a-z0-9_]) to its settings.',
      propertyNames: { pattern: '^[a-z][a-z0-9_]{0,62}$' },
      additionalProperties: SOURCE,
    },
    pseudonymize: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        keys_dir: {
          type: 'string',
          default: './var/keys',
          description: 'Tenant keyring (logveil keys init). Created on first run when missing (mode 0700, files 0600).',
        },
        ip_algorithm: { enum: [...IP_ALGORITHMS], default: DEFAULT_POLICY.ip.algorithm, description: 'ipcrypt-pfx (draft-denis-ipcrypt) or cryptopan.' },
        ip_keep: {
          type: 'array',
          items: { type: 'string' },
          default: [...DEFAULT_KEEP],
          description: 'Addresses left as they are: class names (unspecified, loopback, broadcast, netmask, multicast, link-local, documentation) and CIDRs. [] transforms every address.',
        },
        mac_keep_oui: { type: 'boolean', default: true, description: 'Keep the vendor OUI of MAC addresses.' },
        email_keep_domain: { type: 'boolean', default: true, description: 'Keep the domain of e-mail addresses.' },
        users_keep: {
          type: 'array',
          items: { type: 'string' },
          default: [...DEFAULT_KEEP_USERS],
          description: 'Account names that name no person, left readable (compared case-insensitively).',
        },
        users_learn: {
          type: 'integer',
          minimum: 0,
          default: DEFAULT_POLICY.users.learn,
          description: 'Account names found by the rules that are remembered and replaced wherever they later stand as a word, in any context (0: off).',
        },
        disabled_rules: { type: 'array', items: { type: 'string' }, default: [], description: 'Names of redaction rules to switch off.' },
        cache_entries: { type: 'integer', minimum: 0, default: DEFAULT_POLICY.cacheSize, description: 'Address cache entries per generation (0: no cache).' },
      },
    },
    pipeline: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        workers: {
          type: 'integer',
          minimum: 0,
          maximum: 64,
          default: 1,
          description: 'Worker threads that parse, pseudonymize and compress. 0: on the main thread (no parallelism).',
        },
        worker_young_generation_mb: {
          type: 'integer',
          minimum: 3,
          maximum: 1024,
          default: 8,
          description:
            "Each worker thread's V8 young generation (resourceLimits.maxYoungGenerationSizeMb). V8's default (48 MB, 32 MB of it semi-spaces) is mostly garbage between scavenges. 8 is what npm start gives every thread anyway: node's --max-semi-space-size=S overrides this setting for every thread (a new space of 2S MB, S rounded up to a power of two; npm start passes 4), and the agent warns when the two disagree. 16 (with --max-semi-space-size=8) spools about 15% more and peaks about 35 MB higher.",
        },
        queue_max_messages: {
          type: 'integer',
          minimum: 100,
          default: 50000,
          description: 'Messages received but not yet spooled. When full, TCP/TLS sockets pause and UDP drops (counted).',
        },
        queue_max_bytes: {
          type: 'integer',
          minimum: 65536,
          default: 8388608,
          description:
            'Bytes of message text received but not yet spooled: the queue bound in memory terms (each byte in flight is held about three times over, on the way to and inside a worker). Whichever of this and queue_max_messages is reached first pauses TCP/TLS sockets and makes UDP drop (counted).',
        },
        batch_max_messages: { type: 'integer', minimum: 1, maximum: 100000, default: 1000, description: 'Messages per batch handed to a worker.' },
        batch_max_bytes: {
          type: 'integer',
          minimum: 1024,
          maximum: 16777216,
          default: 65536,
          description:
            'A batch is handed to a worker once its message text reaches this many bytes, even below batch_max_messages. Batches above about 100 KiB leave large strings behind that only a full GC frees (tens of MB per worker).',
        },
        batch_max_wait_ms: { type: 'integer', minimum: 0, maximum: 10000, default: 25, description: 'Longest a message waits for its batch to fill.' },
      },
    },
    spool: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        dir: { type: 'string', default: './var/spool', description: 'Spool directory (encrypted segments).' },
        recipient_public_key_file: {
          type: 'string',
          default: './var/recipient/recipient.DEMO-NOT-FOR-PRODUCTION.pub',
          description: "The MSP's HPKE public key (X25519); batches are encrypted to it. The gateway never holds the private key.",
        },
        create_demo_recipient: {
          type: 'boolean',
          default: true,
          description: 'When the public key file is missing, create a DEMO key pair beside it (for trying logveil out, never for production).',
        },
        segment_max_bytes: { type: 'integer', minimum: 65536, default: 16777216, description: 'A segment is sealed at this size.' },
        segment_max_age_secs: { type: 'integer', minimum: 1, default: 60, description: 'A segment is sealed at this age.' },
        fsync: {
          enum: ['interval', 'always'],
          default: 'interval',
          description: 'always: fsync after every frame (durable, slower); interval: every fsync_interval_ms.',
        },
        fsync_interval_ms: { type: 'integer', minimum: 10, maximum: 60000, default: 1000, description: 'With fsync: interval.' },
        compression_level: { type: 'integer', minimum: 0, maximum: 9, default: 1, description: 'DEFLATE level of frames (1: fast, 9: small).' },
        max_total_bytes: { type: 'integer', minimum: 1048576, default: 1073741824, description: 'Cap on the spool; oldest segments are deleted first.' },
        retention: {
          type: 'object',
          additionalProperties: false,
          default: {},
          description: 'Maximum local age per data class (the policy wins over "not shipped yet").',
          properties: { logs: RETENTION_CLASS, metrics: RETENTION_CLASS, alerts: RETENTION_CLASS, audit: RETENTION_CLASS },
        },
      },
    },
    store: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        type: { enum: ['local', 's3'], default: 'local', description: 'Where sealed segments go: local (a directory in the storage layout) or s3.' },
        dir: { type: 'string', default: './var/outbox', description: 'local: the directory.' },
        prefix: { type: 'string', default: '', pattern: '^(|[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*)$', description: 'Key prefix before tenant=.' },
        ship_interval_secs: { type: 'integer', minimum: 1, default: 5, description: 'How often sealed segments are shipped.' },
        s3: {
          type: 'object',
          additionalProperties: false,
          default: {},
          description: 'S3 or an S3-compatible store (MinIO, Ceph). Credentials come from the standard AWS chain (environment, shared files, container/instance roles), never from this file.',
          properties: {
            bucket: { type: 'string', default: '', description: 'Bucket name (a valid DNS name).' },
            region: { type: 'string', default: '', description: 'AWS region, e.g. eu-west-1.' },
            endpoint: { type: 'string', default: '', description: 'Endpoint URL of an S3-compatible store (path-style addressing). Empty: AWS.' },
            force_path_style: { type: 'boolean', default: false, description: 'Path-style addressing (always on with an endpoint).' },
            storage_class: {
              enum: ['STANDARD', 'STANDARD_IA', 'ONEZONE_IA', 'INTELLIGENT_TIERING', 'GLACIER_IR', 'GLACIER', 'DEEP_ARCHIVE', 'REDUCED_REDUNDANCY'],
              default: 'STANDARD',
              description: 'Storage class of the objects.',
            },
            sse_kms_key_id: { type: 'string', default: '', description: 'Server-side encryption with this KMS key, on top of our own encryption. Empty: none.' },
            allow_plain_http_loopback: {
              type: 'boolean',
              default: false,
              description: 'Allow an http:// endpoint on 127.0.0.1/::1/localhost (tests). Anything else must be https with TLS 1.2 or newer.',
            },
            multipart_threshold_bytes: { type: 'integer', minimum: 5242880, default: 16777216, description: 'Objects at least this large are uploaded in parts.' },
            part_size_bytes: { type: 'integer', minimum: 5242880, default: 8388608, description: 'Part size of multipart uploads.' },
            retry_base_delay_ms: { type: 'integer', minimum: 1, default: 200, description: 'First retry delay; doubles each attempt, with full jitter.' },
            retry_max_delay_ms: { type: 'integer', minimum: 1, default: 60000, description: 'Longest retry delay.' },
          },
        },
      },
    },
    api: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        enabled: { type: 'boolean', default: true, description: 'Serve /healthz and /metrics.' },
        address: { ...ADDRESS, default: '127.0.0.1:9330' },
      },
    },
    log: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        level: { enum: ['fatal', 'error', 'warn', 'info', 'debug', 'trace'], default: 'info', description: "The agent's own log level (JSON lines on stderr)." },
      },
    },
    policy: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        version: { type: 'string', minLength: 1, default: '1', description: 'Version of the privacy policy this configuration implements; recorded in every batch.' },
        allowed_regions: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          default: [],
          description: 'Storage regions data may be sent to (POLICY P10). Empty: no restriction. The agent refuses to start with a store elsewhere.',
        },
        allowed_endpoints: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          default: [],
          description: 'Storage endpoint hosts data may be sent to (POLICY P10). Empty: no restriction.',
        },
        cloud_retention_days: {
          type: 'object',
          additionalProperties: false,
          default: {},
          description: 'How long the store keeps each data class (POLICY P8): objects are tagged with it and `logveil s3 lifecycle` prints the matching expiry rules.',
          properties: {
            logs: { type: 'integer', minimum: 1, default: 365 },
            metrics: { type: 'integer', minimum: 1, default: 790 },
            alerts: { type: 'integer', minimum: 1, default: 730 },
            audit: { type: 'integer', minimum: 1, default: 730 },
          },
        },
      },
    },
  },
} as const;
