/**
 * Reading a configuration file: parse (YAML or JSON), expand `${ENV_VAR}`
 * references, validate against the schema (filling defaults), run the
 * cross-field rules, freeze. Every problem is collected and reported at once
 * as `path: message` (like changesets), never one at a time.
 *
 * Environment references are expanded after parsing, inside string values
 * only, so a variable's content can never change the file's structure. A value
 * that is exactly one reference (`port: ${SYSLOG_PORT}`) takes the type its
 * content has in YAML (a number stays a number); `${VAR:-default}` gives a
 * default; `$$` is a literal `$`.
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject } from 'ajv';
import { LineCounter, parseDocument } from 'yaml';
import { CONFIG_SCHEMA } from './config-schema.js';
import { type AgentConfig, splitAddress, tlsConfigured } from './agent-config.js';
import { LogveilError } from '../errors.js';
import { isLoopbackUrl } from '../io/loopback.js';
import { BUILTIN_RULES, parseKeepList } from '../stages/pseudonymize/index.js';
import { parseIPv4, parseIPv6 } from '../stages/pseudonymize/ip/ip-address.js';

export interface LoadedConfig {
  config: AgentConfig;
  path: string;
}

/** Reads, validates and freezes a configuration file. Throws LV_CONFIG_INVALID listing every problem. */
export function loadConfig(path: string, env: NodeJS.ProcessEnv = process.env): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new LogveilError('LV_CONFIG_INVALID', `cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { cause: e });
  }
  const problems: string[] = [];
  const config = parseConfigText(text, env, problems);
  if (problems.length) {
    throw new LogveilError('LV_CONFIG_INVALID', `${path} is not valid:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
  return { config: config as AgentConfig, path };
}

/** Parses and validates configuration text; problems go to `problems` (empty on success). */
export function parseConfigText(text: string, env: NodeJS.ProcessEnv, problems: string[]): AgentConfig | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, lineCounter: lines });
  if (doc.errors.length) {
    for (const e of doc.errors) problems.push(`(file): ${e.message.split('\n')[0] ?? e.message} at line ${lines.linePos(e.pos[0]).line}`);
    return undefined;
  }
  const raw: unknown = doc.toJS() ?? {};
  const expanded = expandEnv(raw, '', env, problems);
  if (problems.length) return undefined;
  const validate = VALIDATOR();
  if (!validate(expanded)) {
    for (const e of validate.errors ?? []) problems.push(describe(e));
    return undefined;
  }
  const config = expanded as AgentConfig;
  crossFieldRules(config, problems);
  if (problems.length) return undefined;
  return deepFreeze(config);
}

let compiled: ReturnType<Ajv['compile']> | undefined;
function VALIDATOR(): ReturnType<Ajv['compile']> {
  // useDefaults fills every default; no removeAdditional, no coerceTypes: an unknown key or a
  // string where a number belongs is a mistake to report, not to repair.
  compiled ??= new Ajv({ allErrors: true, useDefaults: true, strict: true, allowUnionTypes: true }).compile(CONFIG_SCHEMA);
  return compiled;
}

function describe(e: ErrorObject): string {
  const path = pointerToPath(e.instancePath);
  const at = (p: string): string => (p === '' ? '(top level)' : p);
  switch (e.keyword) {
    case 'additionalProperties':
      return `${at(path)}: unknown key "${String((e.params as { additionalProperty: string }).additionalProperty)}"`;
    case 'required':
      return `${at(path)}: missing required key "${String((e.params as { missingProperty: string }).missingProperty)}"`;
    case 'enum':
      return `${at(path)}: must be one of ${((e.params as { allowedValues: unknown[] }).allowedValues).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'propertyNames':
      return `${at(path)}: name "${String((e.params as { propertyName: string }).propertyName)}" must be lower-case letters, digits and _`;
    case 'pattern':
      return `${at(path)}: ${path.endsWith('address') ? 'must be host:port' : `must match ${String((e.params as { pattern: string }).pattern)}`}`;
    default:
      return `${at(path)}: ${e.message ?? 'is invalid'}`;
  }
}

function pointerToPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? `[${p}]` : `.${p}`))
    .join('')
    .replace(/^\./, '');
}

const REFERENCE = /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;

function expandEnv(value: unknown, path: string, env: NodeJS.ProcessEnv, problems: string[]): unknown {
  if (typeof value === 'string') {
    const whole = /^\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}$/.exec(value);
    const replaced = value.replace(REFERENCE, (m, name: string | undefined, fallback: string | undefined) => {
      if (m === '$$') return '$';
      const v = env[name as string];
      if (v !== undefined && v !== '') return v;
      if (fallback !== undefined) return fallback;
      problems.push(`${path || '(top level)'}: environment variable ${name as string} is not set`);
      return '';
    });
    if (whole) {
      // A value that is one reference takes the YAML type of what it expands to.
      const typed: unknown = parseDocument(replaced).toJS();
      return typeof typed === 'number' || typeof typed === 'boolean' ? typed : replaced;
    }
    return replaced;
  }
  if (Array.isArray(value)) return value.map((v, i) => expandEnv(v, `${path}[${i}]`, env, problems));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = expandEnv(v, path ? `${path}.${k}` : k, env, problems);
    return out;
  }
  return value;
}

/** Rules the schema cannot say: each adds `path: message` problems. */
function crossFieldRules(c: AgentConfig, problems: string[]): void {
  const listeners = new Map<string, string>();
  let enabled = 0;
  for (const [name, s] of Object.entries(c.sources)) {
    const path = `sources.${name}`;
    const { host, port } = splitAddress(s.address);
    if (port > 65535) problems.push(`${path}.address: port ${port} is out of range`);
    if (!isHost(host)) problems.push(`${path}.address: "${host}" is not an IP address or host name`);
    s.allow_networks.forEach((n, i) => {
      if (!isCidr(n)) problems.push(`${path}.allow_networks[${i}]: "${n}" is not an IPv4/IPv6 address or CIDR`);
    });
    if (s.mode === 'tls') {
      const t = s.tls;
      if ((t.cert_file === '') !== (t.key_file === '')) problems.push(`${path}.tls: cert_file and key_file go together`);
      if (t.verify_client && t.ca_file === '') problems.push(`${path}.tls.verify_client: needs tls.ca_file`);
      if (s.max_message_bytes < 2048) problems.push(`${path}.max_message_bytes: RFC 5425 requires at least 2048 for TLS`);
    } else if (s.tls.cert_file || s.tls.key_file || s.tls.ca_file || s.tls.verify_client) {
      problems.push(`${path}.tls: only for mode tls`);
    }
    if (!s.enabled || (s.mode === 'tls' && !tlsConfigured(s))) continue;
    enabled++;
    // UDP and TCP may share a port; two stream listeners or two UDP sockets may not.
    const key = `${s.mode === 'udp' ? 'udp' : 'tcp'} ${host} ${port}`;
    const other = listeners.get(key);
    if (other !== undefined && port !== 0) problems.push(`${path}.address: ${s.address} is already used by sources.${other}`);
    listeners.set(key, name);
  }
  if (enabled === 0) problems.push('sources: no enabled source (add one, e.g. mode: udp, address: 127.0.0.1:5514)');
  try {
    parseKeepList(c.pseudonymize.ip_keep);
  } catch (e) {
    problems.push(`pseudonymize.ip_keep: ${(e as Error).message}`);
  }
  const ruleNames = new Set(BUILTIN_RULES.map((r) => r.name));
  c.pseudonymize.disabled_rules.forEach((r, i) => {
    if (!ruleNames.has(r)) problems.push(`pseudonymize.disabled_rules[${i}]: no rule named "${r}"`);
  });
  storeRules(c, problems);
  if (c.api.enabled) {
    const { port } = splitAddress(c.api.address);
    if (port > 65535) problems.push(`api.address: port ${port} is out of range`);
  }
}

/**
 * The store must be reachable over HTTPS (TLS 1.2+, POLICY P5) unless it is a
 * loopback test server explicitly allowed, and must lie inside the policy's
 * allowed regions and endpoints (POLICY P10): a configuration that would send
 * data elsewhere does not start.
 */
function storeRules(c: AgentConfig, problems: string[]): void {
  if (c.store.type !== 's3') return;
  const s3 = c.store.s3;
  if (s3.bucket === '') problems.push('store.s3.bucket: required with store.type s3');
  else if (!/^(?!xn--)(?!.*-s3alias$)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(s3.bucket) || s3.bucket.includes('..')) {
    problems.push(`store.s3.bucket: "${s3.bucket}" is not a valid bucket name (3-63 lower-case letters, digits, dots, hyphens)`);
  }
  if (s3.region === '') problems.push('store.s3.region: required with store.type s3');
  let host = '';
  if (s3.endpoint !== '') {
    let url: URL | undefined;
    try {
      url = new URL(s3.endpoint);
    } catch {
      problems.push(`store.s3.endpoint: "${s3.endpoint}" is not a URL`);
    }
    if (url) {
      host = url.hostname.replace(/^\[|\]$/g, '');
      if (url.protocol === 'http:') {
        if (!isLoopbackUrl(url)) problems.push('store.s3.endpoint: plain http is refused; use https (TLS 1.2 or newer)');
        else if (!s3.allow_plain_http_loopback) problems.push('store.s3.endpoint: plain http needs store.s3.allow_plain_http_loopback (loopback test servers only)');
      } else if (url.protocol !== 'https:') {
        problems.push(`store.s3.endpoint: unsupported scheme ${url.protocol}`);
      }
    }
  } else {
    host = `s3.${s3.region}.amazonaws.com`;
  }
  const p = c.policy;
  if (p.allowed_regions.length > 0 && !p.allowed_regions.includes(s3.region)) {
    problems.push(`store.s3.region: ${s3.region || '(none)'} is outside policy.allowed_regions (${p.allowed_regions.join(', ')})`);
  }
  if (p.allowed_endpoints.length > 0 && !p.allowed_endpoints.includes(host)) {
    problems.push(`store.s3.endpoint: ${host} is outside policy.allowed_endpoints (${p.allowed_endpoints.join(', ')})`);
  }
}

function isHost(h: string): boolean {
  return parseIPv4(h) >= 0 || parseIPv6(h) !== null || /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/.test(h);
}

function isCidr(n: string): boolean {
  const [addr = '', len, extra] = n.split('/');
  if (extra !== undefined) return false;
  const max = parseIPv4(addr) >= 0 ? 32 : parseIPv6(addr) !== null ? 128 : -1;
  if (max < 0) return false;
  return len === undefined || (/^\d{1,3}$/.test(len) && Number(len) <= max);
}

function deepFreeze<T>(o: T): T {
  if (o !== null && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o as Record<string, unknown>)) deepFreeze(v);
  }
  return o;
}
