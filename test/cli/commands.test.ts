import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../agent/cli/main.js';
import { runCli } from './run-cli.js';

describe('logveil commands', () => {
  it('loads, for each name in the list, the command of that name, with help that shows its usage and an example', async () => {
    expect(COMMANDS.map((c) => c.name)).toEqual(['run', 'sanitize', 'keys', 'validate', 'status', 'query', 'spool', 's3']);
    for (const entry of COMMANDS) {
      const command = await entry.load();
      expect(command.name).toBe(entry.name);
      expect(command.help).toContain(`logveil ${entry.name}`);
      expect(command.help).toMatch(/Examples?:/);
    }
  });

  it('lists every command with its summary in logveil --help, and refuses an unknown one with the list', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    for (const entry of COMMANDS) expect(help.stdout.toString()).toContain(`${entry.name.padEnd(8)}  ${entry.summary}\n`);
    const unknown = await runCli(['nope']);
    expect(unknown.code).toBe(64);
    expect(unknown.stderr).toMatch(/unknown command "nope"[\s\S]*sanitize {2}pseudonymize/);
  });

  it('answers <command> --help for every command', async () => {
    for (const entry of COMMANDS) {
      const r = await runCli([entry.name, '--help']);
      expect(r.code, entry.name).toBe(0);
      expect(r.stdout.toString()).toMatch(new RegExp(`Usage:\\s+logveil ${entry.name}\\b`));
    }
  });
});
