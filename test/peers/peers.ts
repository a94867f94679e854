/**
 * Real syslog peers for integration tests: rsyslog and syslog-ng started by the
 * test with their own configuration in a temp dir, on loopback, and util-linux
 * logger. scripts/install-peers.sh (run by .ci/run) installs them; on a machine
 * without them the tests that need them are skipped, except in CI (CI=true),
 * where a missing peer is a failure.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../cli/run-cli.js';

export const SYSLOG_NG_ROOT = process.env.LOGVEIL_SYSLOG_NG_ROOT ?? join(ROOT, '.peers', 'syslog-ng');
const SYSLOG_NG = join(SYSLOG_NG_ROOT, 'usr/sbin/syslog-ng');

function onPath(cmd: string): boolean {
  return (process.env.PATH ?? '').split(':').some((d) => existsSync(join(d, cmd)));
}

export const HAVE = {
  logger: onPath('logger'),
  rsyslog: onPath('rsyslogd'),
  syslogNg: existsSync(SYSLOG_NG),
  openssl: onPath('openssl'),
  /** The Debian AWS CLI (scripts/install-peers.sh); the S3 tests use this one binary, not whatever `aws` is first on PATH. */
  awsCli: existsSync('/usr/bin/aws'),
};

/** Whether to skip a test for a missing peer: never in CI. */
export function missing(peer: keyof typeof HAVE): boolean {
  if (HAVE[peer]) return false;
  if (process.env.CI === 'true') throw new Error(`peer ${peer} is not installed: run scripts/install-peers.sh`);
  return true;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export interface Peer {
  readonly inputPort: number;
  stop(): Promise<void>;
}

function waitForPort(port: number, child: ChildProcess, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    let exited = false;
    child.once('exit', (code) => {
      exited = true;
      reject(new Error(`${what} exited with ${code} before listening`));
    });
    const attempt = (): void => {
      if (exited) return;
      const s = connect(port, '127.0.0.1');
      s.once('connect', () => {
        s.destroy();
        resolve();
      });
      s.once('error', () => {
        s.destroy();
        if (Date.now() > deadline) reject(new Error(`${what} did not listen on ${port}`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    });
}

export interface ForwardOptions {
  /** logveil's port. */
  port: number;
  protocol: 'tcp' | 'tls' | 'udp';
  /** RFC 6587 octet counting (tcp/tls). */
  octetCounted: boolean;
  /** RFC 5424 output format instead of RFC 3164. */
  rfc5424: boolean;
  tls?: { caFile: string; certFile?: string; keyFile?: string };
}

/**
 * rsyslog with a TCP input on a free port, forwarding everything it receives to
 * logveil with omfwd (and gtls for TLS).
 */
export async function startRsyslog(fwd: ForwardOptions): Promise<Peer> {
  const dir = mkdtempSync(join(tmpdir(), 'logveil-rsyslog-'));
  const inputPort = await freePort();
  const global = fwd.tls
    ? `global(workDirectory="${dir}" maxMessageSize="64k" defaultNetstreamDriverCAFile="${fwd.tls.caFile}"${fwd.tls.certFile ? ` defaultNetstreamDriverCertFile="${fwd.tls.certFile}" defaultNetstreamDriverKeyFile="${fwd.tls.keyFile}"` : ''})`
    : `global(workDirectory="${dir}" maxMessageSize="64k")`;
  const template = fwd.rfc5424 ? 'RSYSLOG_SyslogProtocol23Format' : 'RSYSLOG_ForwardFormat';
  const driver =
    fwd.protocol === 'tls'
      ? ` StreamDriver="gtls" StreamDriverMode="1" StreamDriverAuthMode="${fwd.tls?.certFile ? 'x509/name" StreamDriverPermittedPeers="localhost' : 'anon'}"`
      : '';
  const conf = `${global}
module(load="imtcp")
input(type="imtcp" address="127.0.0.1" port="${inputPort}")
action(type="omfwd" target="127.0.0.1" port="${fwd.port}" protocol="${fwd.protocol === 'udp' ? 'udp' : 'tcp'}"${fwd.protocol !== 'udp' ? ` TCP_Framing="${fwd.octetCounted ? 'octet-counted' : 'traditional'}"` : ''} template="${template}"${driver}
       queue.type="LinkedList" queue.size="100000" action.resumeRetryCount="-1" action.resumeInterval="1")
`;
  writeFileSync(join(dir, 'rsyslog.conf'), conf);
  const child = spawn('rsyslogd', ['-n', '-f', join(dir, 'rsyslog.conf'), '-i', join(dir, 'rsyslogd.pid')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  await waitForPort(inputPort, child, `rsyslogd (${err})`);
  return { inputPort, stop: stopper(child) };
}

/** syslog-ng with a TCP input on a free port, forwarding to logveil over TCP (RFC 6587 via its syslog() driver when octet-counted). */
export async function startSyslogNg(fwd: ForwardOptions): Promise<Peer> {
  const dir = mkdtempSync(join(tmpdir(), 'logveil-syslog-ng-'));
  const inputPort = await freePort();
  const destination = fwd.octetCounted
    ? `syslog("127.0.0.1" port(${fwd.port}) transport("tcp"))`
    : `network("127.0.0.1" port(${fwd.port}) transport("tcp"))`;
  const conf = `@version: 3.38
options { use_dns(no); keep_hostname(yes); chain_hostnames(no); stats_freq(0); log_msg_size(65536); };
source s_in { syslog(ip("127.0.0.1") port(${inputPort}) transport("tcp")); };
destination d_logveil { ${destination}; };
log { source(s_in); destination(d_logveil); flags(flow-control); };
`;
  writeFileSync(join(dir, 'syslog-ng.conf'), conf);
  const lib = join(SYSLOG_NG_ROOT, 'usr/lib/syslog-ng');
  const child = spawn(
    SYSLOG_NG,
    ['-F', '-f', join(dir, 'syslog-ng.conf'), '-p', join(dir, 'pid'), '-R', join(dir, 'persist'), '-c', join(dir, 'ctl'), `--module-path=${join(lib, '3.38')}`],
    { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LD_LIBRARY_PATH: lib } },
  );
  let err = '';
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  await waitForPort(inputPort, child, `syslog-ng (${err})`);
  return { inputPort, stop: stopper(child) };
}

/** Sends RFC 6587 octet-counted RFC 5424 lines to a peer's TCP input (what a device would send it). */
export async function sendToPeer(port: number, lines: readonly string[]): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const s = connect(port, '127.0.0.1', () => {
      const frames = lines.map((l) => `${Buffer.byteLength(l)} ${l}`).join('');
      s.end(frames, () => resolve());
    });
    s.on('error', reject);
  });
}

/** Runs util-linux logger. */
export function runLogger(args: readonly string[], message: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('logger', [...args, message], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`logger exited ${code}: ${err}`))));
  });
}

/** A throwaway CA, server and client certificate (CN=localhost) made with the openssl CLI. */
export function makeCertificates(): { dir: string; caFile: string; certFile: string; keyFile: string; clientCertFile: string; clientKeyFile: string } {
  const dir = mkdtempSync(join(tmpdir(), 'logveil-tls-'));
  const run = (args: string[]): void => {
    const r = spawnSync('openssl', args, { cwd: dir, stdio: 'pipe' });
    if (r.status !== 0) throw new Error(`openssl ${args[0]} failed: ${r.stderr.toString()}`);
  };
  run(['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=logveil test CA']);
  for (const who of ['server', 'client']) {
    run(['req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', `${who}.key`, '-out', `${who}.csr`, '-subj', '/CN=localhost']);
    writeFileSync(join(dir, `${who}.ext`), `subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=${who === 'server' ? 'serverAuth' : 'clientAuth'}\n`);
    run(['x509', '-req', '-in', `${who}.csr`, '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', `${who}.pem`, '-days', '2', '-extfile', `${who}.ext`]);
  }
  return {
    dir,
    caFile: join(dir, 'ca.pem'),
    certFile: join(dir, 'server.pem'),
    keyFile: join(dir, 'server.key'),
    clientCertFile: join(dir, 'client.pem'),
    clientKeyFile: join(dir, 'client.key'),
  };
}
