/**
 * Real peers for the S3 tests: s3rver (npm) started by the test on 127.0.0.1,
 * port 0, in a temp dir; the AWS CLI (Debian awscli at /usr/bin/aws); and a
 * small HTTP proxy in front of s3rver that records request headers and can
 * answer some requests the way S3 does when s3rver cannot (AccessDenied,
 * SlowDown with Retry-After, 412 on If-None-Match), with S3's own error XML
 * so the SDK parses them as it would S3's.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import type { S3StoreOptions } from '../../agent/store/index.js';

/** s3rver's built-in account; the SDK and the CLI find them in the environment (the standard chain). */
export const S3RVER_ENV = {
  AWS_ACCESS_KEY_ID: 'S3RVER',
  AWS_SECRET_ACCESS_KEY: 'S3RVER',
  AWS_DEFAULT_REGION: 'us-east-1',
  AWS_REGION: 'us-east-1',
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
} as const;

export function useS3rverCredentials(): void {
  Object.assign(process.env, S3RVER_ENV);
}

export interface RunningS3rver {
  readonly port: number;
  readonly endpoint: string;
  readonly dir: string;
  /** Kills the server (SIGKILL: every connection cut, as a crashed host would). Idempotent. */
  stop(): Promise<void>;
  /** Starts it again on the same port and directory. */
  restart(): Promise<void>;
}

const S3RVER_CHILD = fileURLToPath(new URL('./fixtures/s3rver-child.mjs', import.meta.url));

function spawnS3rver(dir: string, port: number, buckets: readonly string[]): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--openssl-legacy-provider', S3RVER_CHILD, dir, String(port), ...buckets], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n')[0];
      if (out.includes('\n') && line) resolve({ child, port: (JSON.parse(line) as { port: number }).port });
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`s3rver exited with ${code} before listening: ${err}`)));
  });
}

/** s3rver in a child process on 127.0.0.1 (port 0: any free port), keeping its data in `dir`. */
export async function startS3rver(dir: string, buckets: readonly string[] = []): Promise<RunningS3rver> {
  let { child, port } = await spawnS3rver(dir, 0, buckets);
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  };
  return {
    port,
    endpoint: `http://127.0.0.1:${port}`,
    dir,
    stop,
    async restart() {
      await stop();
      ({ child } = await spawnS3rver(dir, port, []));
    },
  };
}

export async function createBucket(endpoint: string, name: string): Promise<void> {
  const c = new S3Client({ region: 'us-east-1', endpoint, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
  try {
    await c.send(new CreateBucketCommand({ Bucket: name }));
  } finally {
    c.destroy();
  }
}

/** Store options as the schema's defaults give them, for a loopback test endpoint. */
export function s3Options(endpoint: string, bucket: string, over: Partial<S3StoreOptions> = {}): S3StoreOptions {
  return {
    bucket,
    region: 'us-east-1',
    endpoint,
    force_path_style: true,
    storage_class: 'STANDARD',
    sse_kms_key_id: '',
    allow_plain_http_loopback: true,
    multipart_threshold_bytes: 16 * 1024 * 1024,
    part_size_bytes: 8 * 1024 * 1024,
    retry_base_delay_ms: 5,
    retry_max_delay_ms: 100,
    retentionDays: { logs: 365, metrics: 790, alerts: 730, audit: 730 },
    ...over,
  };
}

export interface SeenRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
}

/** An S3 error answer: the status and the code S3 documents, in S3's XML. */
export interface Fault {
  readonly status: number;
  readonly code: string;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface ProxyOptions {
  /** Answer this request with an S3 error instead of forwarding it. */
  fault?(req: SeenRequest): Fault | undefined;
  /** Rewrite the URL before forwarding (e.g. to make s3rver page listings). */
  rewriteUrl?(url: string): string;
  /**
   * Answer a PUT with `If-None-Match: *` on an existing key with 412
   * PreconditionFailed, as S3 does (s3rver ignores the header).
   */
  conditionalWrites?: boolean;
  /**
   * Called as a forwarded request's body arrives (first with 0, before any byte). A number
   * cuts both connections once that many body bytes went on to s3rver: it gets the body up
   * to there and no more, as from a client that died at that byte.
   */
  onBody?(req: SeenRequest, received: number): number | undefined;
  /** Called when s3rver's answer to a forwarded request arrives, before it is passed on. */
  onResponse?(req: SeenRequest, status: number): void;
}

export interface FaultProxy {
  readonly endpoint: string;
  /** Requests forwarded to s3rver (not the faulted ones). */
  readonly forwarded: SeenRequest[];
  readonly faulted: SeenRequest[];
  close(): Promise<void>;
}

export async function startFaultProxy(targetPort: number, opts: ProxyOptions = {}): Promise<FaultProxy> {
  const forwarded: SeenRequest[] = [];
  const faulted: SeenRequest[] = [];
  const sockets = new Set<Socket>();
  const answer = (res: import('node:http').ServerResponse, f: Fault): void => {
    const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${f.code}</Code><Message>${f.code}</Message><RequestId>PROXY0000000000</RequestId></Error>`;
    res.writeHead(f.status, { 'content-type': 'application/xml', 'x-amz-request-id': 'PROXY0000000000', ...f.headers });
    res.end(body);
  };
  const exists = (url: string, headers: IncomingHttpHeaders): Promise<boolean> =>
    new Promise((resolve, reject) => {
      const r = request({ host: '127.0.0.1', port: targetPort, method: 'HEAD', path: url.split('?')[0], headers: { authorization: headers.authorization ?? '', 'x-amz-date': headers['x-amz-date'] ?? '', 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' } }, (res) => {
        res.resume();
        resolve(res.statusCode === 200);
      });
      r.on('error', reject);
      r.end();
    });
  const server: Server = createServer((req, res) => {
    const seen: SeenRequest = { method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers };
    const f = opts.fault?.(seen);
    if (f) {
      faulted.push(seen);
      req.resume();
      req.on('end', () => answer(res, f));
      return;
    }
    const forward = (): void => {
      forwarded.push(seen);
      const url = opts.rewriteUrl ? opts.rewriteUrl(seen.url) : seen.url;
      const up = request({ host: '127.0.0.1', port: targetPort, method: seen.method, path: url, headers: req.headers }, (upRes) => {
        opts.onResponse?.(seen, upRes.statusCode ?? 502);
        res.writeHead(upRes.statusCode ?? 502, upRes.headers);
        upRes.pipe(res);
      });
      up.on('error', () => res.destroy());
      // A client that dies mid-body cuts s3rver's connection too, as it would without the proxy.
      let received = 0;
      let cutting = false;
      req.on('close', () => {
        if (!req.complete && !cutting) up.destroy();
      });
      const cutAfter = (limit: number, chunk: Buffer, before: number): void => {
        cutting = true;
        req.pause();
        up.write(chunk.subarray(0, Math.max(0, limit - before)), () =>
          // Give s3rver a moment to write what it got, then drop both sides.
          setTimeout(() => {
            up.destroy();
            req.destroy();
          }, 50),
        );
      };
      const first = opts.onBody?.(seen, 0);
      if (first !== undefined) return cutAfter(first, Buffer.alloc(0), 0);
      req.on('data', (c: Buffer) => {
        if (cutting) return;
        const before = received;
        received += c.length;
        const limit = opts.onBody?.(seen, received);
        if (limit !== undefined) return cutAfter(limit, c, before);
        if (!up.write(c)) {
          req.pause();
          up.once('drain', () => req.resume());
        }
      });
      req.on('end', () => {
        if (!cutting) up.end();
      });
    };
    if (opts.conditionalWrites && seen.method === 'PUT' && req.headers['if-none-match'] === '*' && !seen.url.includes('partNumber=')) {
      req.pause();
      exists(seen.url, req.headers).then(
        (yes) => {
          if (yes) {
            faulted.push(seen);
            req.resume();
            req.on('end', () => answer(res, { status: 412, code: 'PreconditionFailed' }));
          } else forward();
        },
        () => res.destroy(),
      );
      return;
    }
    forward();
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    endpoint: `http://127.0.0.1:${port}`,
    forwarded,
    faulted,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

export const AWS_CLI = '/usr/bin/aws';

/** Runs the Debian AWS CLI v2 with s3rver's credentials; resolves with its output whatever the exit code. */
export function aws(args: readonly string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(AWS_CLI, args, {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', ...S3RVER_ENV, AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null', AWS_PAGER: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** Collects an async iterable. */
export async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}
