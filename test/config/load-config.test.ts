import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, parseConfigText } from '../../agent/config/load-config.js';
import { LogveilError } from '../../agent/errors.js';
import { ROOT } from '../cli/run-cli.js';

function problemsOf(yaml: string, env: NodeJS.ProcessEnv = {}): string[] {
  const problems: string[] = [];
  parseConfigText(yaml, env, problems);
  return problems;
}

const MINIMAL = 'sources:\n  udp_in:\n    mode: udp\n    address: 127.0.0.1:5514\n';

describe('configuration', () => {
  it('loads the embedded default and fills every default', () => {
    const { config } = loadConfig(`${ROOT}config/default.yaml`, {});
    expect(config.agent.id).toBe('gw-local');
    expect(config.sources.syslog_udp).toMatchObject({ mode: 'udp', address: '127.0.0.1:5514', max_message_bytes: 65536 });
    expect(config.sources.syslog_tls?.tls.cert_file).toBe('');
    expect(config.pipeline.queue_max_messages).toBe(50000);
    expect(config.pipeline).toMatchObject({ queue_max_bytes: 8388608, batch_max_bytes: 65536, worker_young_generation_mb: 8 });
    expect(config.spool.fsync).toBe('interval');
    expect(Object.isFrozen(config.sources)).toBe(true);
  });

  it('reports every problem at once, each as path: message', () => {
    const problems = problemsOf(`
agent:
  id: "bad id!"
  colour: blue
sources:
  tcp_in:
    mode: tcp
    address: localhost
    max_conections: 5
    idle_timeout_secs: -1
  udp_in:
    mode: carrier-pigeon
    address: 127.0.0.1:5514
`);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^agent\.id: must match/),
        'agent: unknown key "colour"',
        'sources.tcp_in.address: must be host:port',
        'sources.tcp_in: unknown key "max_conections"',
        expect.stringMatching(/^sources\.tcp_in\.idle_timeout_secs: must be >= 1/),
        expect.stringMatching(/^sources\.udp_in\.mode: must be one of "udp", "tcp", "tls"/),
      ]),
    );
    expect(problems.length).toBeGreaterThanOrEqual(6);
  });

  it('rejects memory bounds below their minimum', () => {
    expect(problemsOf(`${MINIMAL}pipeline: { queue_max_bytes: 1000, batch_max_bytes: 10, worker_young_generation_mb: 1 }\n`)).toEqual([
      'pipeline.worker_young_generation_mb: must be >= 3',
      'pipeline.queue_max_bytes: must be >= 65536',
      'pipeline.batch_max_bytes: must be >= 1024',
    ]);
  });

  it('rejects a string where a number belongs instead of coercing it', () => {
    expect(problemsOf(`${MINIMAL}    max_message_bytes: "4096"\n`)).toEqual(['sources.udp_in.max_message_bytes: must be integer']);
  });

  it('checks the rules between fields', () => {
    const problems = problemsOf(`
sources:
  a:
    mode: tcp
    address: 127.0.0.1:5514
    allow_networks: [10.0.0.0/33, banana]
  b:
    mode: tls
    address: 127.0.0.1:5514
    tls: { cert_file: /x.pem, verify_client: true }
  c:
    mode: udp
    address: 127.0.0.1:99999
    tls: { verify_client: true }
pseudonymize:
  ip_keep: [loopback, mars]
  disabled_rules: [no-such-rule]
`);
    expect(problems).toEqual(
      expect.arrayContaining([
        'sources.a.allow_networks[0]: "10.0.0.0/33" is not an IPv4/IPv6 address or CIDR',
        'sources.a.allow_networks[1]: "banana" is not an IPv4/IPv6 address or CIDR',
        'sources.b.tls: cert_file and key_file go together',
        'sources.b.tls.verify_client: needs tls.ca_file',
        'sources.c.address: port 99999 is out of range',
        'sources.c.tls: only for mode tls',
        expect.stringMatching(/^pseudonymize\.ip_keep: not a class or CIDR: mars/),
        'pseudonymize.disabled_rules[0]: no rule named "no-such-rule"',
      ]),
    );
  });

  it('refuses two stream listeners on one address', () => {
    const problems = problemsOf(`
sources:
  a: { mode: tcp, address: 127.0.0.1:5514 }
  b: { mode: tls, address: 127.0.0.1:5514, tls: { cert_file: c, key_file: k } }
  u: { mode: udp, address: 127.0.0.1:5514 }
`);
    expect(problems).toEqual(['sources.b.address: 127.0.0.1:5514 is already used by sources.a']);
  });

  it('expands ${VAR}, ${VAR:-default} and $$, typing a value that is one reference', () => {
    const problems: string[] = [];
    const c = parseConfigText(
      'agent:\n  id: ${GW}\n  shutdown_timeout_secs: ${T}\npolicy:\n  version: v$$1-${GW}\nsources:\n  u:\n    mode: udp\n    address: ${ADDR:-127.0.0.1:5514}\n',
      { GW: 'gw7', T: '30' },
      problems,
    );
    expect(problems).toEqual([]);
    expect(c?.agent.id).toBe('gw7');
    expect(c?.policy.version).toBe('v$1-gw7');
    expect(c?.agent.shutdown_timeout_secs).toBe(30);
    expect(c?.sources.u?.address).toBe('127.0.0.1:5514');
  });

  it('names the variable that is not set', () => {
    expect(problemsOf('agent:\n  tenant: ${NOPE}\n' + MINIMAL)).toEqual(['agent.tenant: environment variable NOPE is not set']);
  });

  it('keeps an environment value from changing the structure of the file', () => {
    const problems: string[] = [];
    const c = parseConfigText('agent:\n  site: "${S}"\n' + MINIMAL, { S: 'x\nsources: {}' }, problems);
    expect(problems).toEqual(['agent.site: must match ^[a-z0-9][a-z0-9-]{0,62}$']);
    expect(c).toBeUndefined();
  });

  it('reports a YAML syntax error with its line', () => {
    expect(problemsOf('sources:\n  a: [\n')[0]).toMatch(/at line/);
  });

  it('accepts JSON too', () => {
    const problems: string[] = [];
    const c = parseConfigText(JSON.stringify({ sources: { u: { mode: 'udp', address: '[::1]:5514' } } }), {}, problems);
    expect(problems).toEqual([]);
    expect(c?.sources.u?.address).toBe('[::1]:5514');
  });

  it('throws LV_CONFIG_INVALID with the file name and every problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'logveil-cfg-'));
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'sources: {}\nwhatever: 1\n');
    try {
      loadConfig(file, {});
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(LogveilError);
      expect((e as LogveilError).code).toBe('LV_CONFIG_INVALID');
      expect((e as Error).message).toContain(file);
      expect((e as Error).message).toContain('(top level): unknown key "whatever"');
    }
  });
});

describe('store configuration', () => {
  const s3 = (extra: string): string => `${MINIMAL}store:\n  type: s3\n  s3:\n${extra}`;

  it('requires a bucket and a region for s3', () => {
    expect(problemsOf(s3('    endpoint: https://s3.example.net\n'))).toEqual(['store.s3.bucket: required with store.type s3', 'store.s3.region: required with store.type s3']);
  });

  it('refuses plain http except on an explicitly allowed loopback test server', () => {
    expect(problemsOf(s3('    bucket: logs\n    region: eu-west-1\n    endpoint: http://storage.example.net:9000\n'))).toEqual([
      'store.s3.endpoint: plain http is refused; use https (TLS 1.2 or newer)',
    ]);
    expect(problemsOf(s3('    bucket: logs\n    region: eu-west-1\n    endpoint: http://127.0.0.1:4568\n'))).toEqual([
      'store.s3.endpoint: plain http needs store.s3.allow_plain_http_loopback (loopback test servers only)',
    ]);
    expect(problemsOf(s3('    bucket: logs\n    region: eu-west-1\n    endpoint: http://127.0.0.1:4568\n    allow_plain_http_loopback: true\n'))).toEqual([]);
  });

  it('refuses a store outside the policy’s allowed regions and endpoints', () => {
    const problems = problemsOf(
      `${s3('    bucket: logs\n    region: us-east-1\n')}policy:\n  allowed_regions: [af-south-1, eu-west-1]\n  allowed_endpoints: [s3.af-south-1.amazonaws.com]\n`,
    );
    expect(problems).toEqual([
      'store.s3.region: us-east-1 is outside policy.allowed_regions (af-south-1, eu-west-1)',
      'store.s3.endpoint: s3.us-east-1.amazonaws.com is outside policy.allowed_endpoints (s3.af-south-1.amazonaws.com)',
    ]);
  });

  it('rejects a bucket name that is not a DNS name', () => {
    expect(problemsOf(s3('    bucket: My_Bucket\n    region: eu-west-1\n'))[0]).toMatch(/^store\.s3\.bucket: "My_Bucket" is not a valid bucket name/);
  });
});
