import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = `${ROOT}bin/logveil.js`;

export interface CliResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** Runs `node bin/logveil.js ...args` with `input` on stdin. The tests run against the build (`npm test` builds first). */
export function runCli(args: readonly string[], input?: Buffer | string, env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  if (!existsSync(`${ROOT}dist/agent/cli/main.js`)) throw new Error('dist/ is missing: run "npm run build" (npm test does it)');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout: Buffer.concat(out), stderr: err }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(input ?? '');
  });
}
