import { describe, expect, it } from 'vitest';
import { queryCommand } from '../../agent/cli/commands/query.js';

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
