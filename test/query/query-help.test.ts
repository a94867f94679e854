import { describe, expect, it } from 'vitest';
import { queryCommand } from '../../agent/cli/commands/query.js';
import { runCli } from '../cli/run-cli.js';

describe('logveil query --help', () => {
  it('names every option the command takes, and gives examples', () => {
    const options = [
      '--from', '--private-key', '--s3-region', '--s3-endpoint', '--s3-path-style', '--s3-allow-http-loopback', '--since', '--until', '--device-time',
      '--tenant', '--site', '--class', '--host', '--app', '--severity', '--grep', '--ignore-case', '--ip', '--user', '--keys', '--ip-algorithm',
      '--output', '--progress', '--quiet',
    ];
    for (const o of options) expect(queryCommand.help).toMatch(new RegExp(`\\n  ${o}\\b`));
    expect(queryCommand.help).toContain('Examples:\n  logveil query --from');
    expect(queryCommand.help).toContain('--ip 10.1.2.0/24');
  });
});

describe('logveil query --s3-endpoint', () => {
  it.each([
    ['http://s3.example.net', 'must be https'],
    ['http://127.0.0.1:4568', 'needs --s3-allow-http-loopback'],
    ['https://user:pw@s3.example.net', 'credentials do not belong in the URL'],
  ])('refuses %s as a usage error, naming the option', async (endpoint, message) => {
    const r = await runCli(['query', '--from', 's3://bucket/prefix', '--private-key', '/nonexistent.key', '--s3-endpoint', endpoint]);
    expect(r.code).toBe(64);
    expect(r.stderr).toContain(message);
  });
});
