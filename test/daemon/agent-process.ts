/**
 * Runs `logveil run` as a child process with its own configuration in a temp
 * dir, on free loopback ports, and reads back what it shipped with
 * `logveil query` and the demo private key.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, runCli } from '../cli/run-cli.js';
import { freePort } from '../peers/peers.js';
import type { LogEvent } from '../../shared/event.js';

export interface AgentProcess {
  readonly dir: string;
  readonly ports: { udp: number; tcp: number; tls: number; api: number };
  readonly configFile: string;
  child: ChildProcess;
  /** Everything the agent wrote on stderr (its own logs). */
  stderr(): string;
  health(): Promise<Record<string, unknown>>;
  metrics(): Promise<string>;
  /** SIGTERM and wait for exit; returns the exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL and wait. */
  kill(): Promise<void>;
  /** Starts the agent again on the same directory and configuration. */
  restart(): Promise<void>;
  /** Decrypts everything in the outbox. */
  readBack(): Promise<LogEvent[]>;
}

export interface AgentOptions {
  /** Extra YAML appended to the sources section of every source, e.g. "max_message_bytes: 4096". */
  sourceExtra?: string;
  tls?: { certFile: string; keyFile: string; caFile?: string; verifyClient?: boolean };
  spoolExtra?: string;
  pipelineExtra?: string;
  fsync?: 'always' | 'interval';
  /** Replaces the store section (YAML, indented two spaces); default: a local outbox in the temp dir. */
  store?: string;
  /** Extra environment of the agent process (e.g. AWS credentials for a test S3 server). */
  env?: NodeJS.ProcessEnv;
  /** How readBack() reaches the store: arguments to `logveil query` before the key; default: the local outbox. */
  queryFrom?: readonly string[];
}

export async function startAgent(opts: AgentOptions = {}): Promise<AgentProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'logveil-agent-'));
  const ports = { udp: await freePort(), tcp: await freePort(), tls: await freePort(), api: await freePort() };
  const extra = opts.sourceExtra ? `\n    ${opts.sourceExtra.split('\n').join('\n    ')}` : '';
  const tls = opts.tls
    ? `
  syslog_tls:
    mode: tls
    address: 127.0.0.1:${ports.tls}${extra}
    tls:
      cert_file: "${opts.tls.certFile}"
      key_file: "${opts.tls.keyFile}"
      ca_file: "${opts.tls.caFile ?? ''}"
      verify_client: ${opts.tls.verifyClient ?? false}`
    : '';
  const configFile = join(dir, 'agent.yaml');
  writeFileSync(
    configFile,
    `agent:
  id: gw-test
  tenant: acme
  site: hq
  shutdown_timeout_secs: 20
sources:
  syslog_udp:
    mode: udp
    address: 127.0.0.1:${ports.udp}${extra}
  syslog_tcp:
    mode: tcp
    address: 127.0.0.1:${ports.tcp}${extra}${tls}
pseudonymize:
  keys_dir: ${dir}/keys
pipeline:
  batch_max_wait_ms: 5${opts.pipelineExtra ? `\n  ${opts.pipelineExtra}` : ''}
spool:
  dir: ${dir}/spool
  recipient_public_key_file: ${dir}/recipient/recipient.DEMO-NOT-FOR-PRODUCTION.pub
  segment_max_age_secs: 1
  fsync: ${opts.fsync ?? 'interval'}
  fsync_interval_ms: 50${opts.spoolExtra ? `\n  ${opts.spoolExtra}` : ''}
store:
${opts.store ?? `  dir: ${dir}/outbox
  ship_interval_secs: 1`}
api:
  address: 127.0.0.1:${ports.api}
log:
  level: debug
`,
  );
  let err = '';
  const agent: AgentProcess = {
    dir,
    ports,
    configFile,
    child: undefined as unknown as ChildProcess,
    stderr: () => err,
    async health() {
      const r = await fetch(`http://127.0.0.1:${ports.api}/healthz`);
      return (await r.json()) as Record<string, unknown>;
    },
    async metrics() {
      return (await fetch(`http://127.0.0.1:${ports.api}/metrics`)).text();
    },
    stop() {
      return new Promise((resolve) => {
        if (agent.child.exitCode !== null) return resolve(agent.child.exitCode);
        agent.child.once('exit', (code) => resolve(code));
        agent.child.kill('SIGTERM');
      });
    },
    kill() {
      return new Promise((resolve) => {
        if (agent.child.exitCode !== null || agent.child.signalCode !== null) return resolve();
        agent.child.once('exit', () => resolve());
        agent.child.kill('SIGKILL');
      });
    },
    async restart() {
      await launch();
    },
    async readBack() {
      const from = opts.queryFrom ?? ['--from', join(dir, 'outbox')];
      const r = await runCli(['query', ...from, '--private-key', join(dir, 'recipient', 'recipient.DEMO-NOT-FOR-PRODUCTION.key')], '', opts.env);
      if (r.code !== 0) throw new Error(`query exited ${r.code}: ${r.stderr}`);
      const text = r.stdout.toString('utf8').trim();
      return text === '' ? [] : text.split('\n').map((l) => JSON.parse(l) as LogEvent);
    },
  };
  async function launch(): Promise<void> {
    const child = spawn(process.execPath, [BIN, 'run', '--config', configFile], { cwd: dir, env: { ...process.env, ...opts.env }, stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    agent.child = child;
    const deadline = Date.now() + 20_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`agent exited ${child.exitCode}:\n${err}`);
      try {
        const h = await agent.health();
        if (h.status === 'ok') return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`agent did not become healthy:\n${err}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  await launch();
  return agent;
}

/** Every file under a directory, as bytes. */
export function readAll(files: readonly string[]): Buffer {
  return Buffer.concat(files.map((f) => readFileSync(f)));
}
