import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPipeline, youngGenerationFromNodeFlags } from '../../agent/pipeline/pipeline.js';
import { DEFAULT_POLICY } from '../../agent/stages/pseudonymize/index.js';
import { memoryLogger } from '../sources/helpers.js';

const processor = { keys: { epoch: 'e1', ipKey: Buffer.alloc(32, 1).fill(2, 16), hmacKey: Buffer.alloc(32, 3) }, policy: DEFAULT_POLICY, compressionLevel: 1 };
const spool = { append: () => Promise.resolve() };

describe("workers' young generation and node's --max-semi-space-size", () => {
  it('reads the flag from the command line or NODE_OPTIONS, in either spelling', () => {
    expect(youngGenerationFromNodeFlags([], undefined)).toBeUndefined();
    expect(youngGenerationFromNodeFlags(['--max-semi-space-size=8'], undefined)).toBe(16);
    expect(youngGenerationFromNodeFlags(['--max-semi-space-size', '4'], undefined)).toBe(8);
    expect(youngGenerationFromNodeFlags(['--max_semi_space_size=2'], '')).toBe(4);
    expect(youngGenerationFromNodeFlags([], '--trace-warnings --max-semi-space-size=6')).toBe(12);
    expect(youngGenerationFromNodeFlags(['--max-old-space-size=512'], '--max-semi-space-size')).toBeUndefined();
  });

  it("is what node does: the flag sets a worker's young generation, whatever its resourceLimits ask", () => {
    const dir = mkdtempSync(join(tmpdir(), 'lv-young-'));
    try {
      const script = join(dir, 'young.mjs');
      writeFileSync(
        script,
        `import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import v8 from 'node:v8';
if (isMainThread) {
  const w = new Worker(new URL(import.meta.url), { resourceLimits: { maxYoungGenerationSizeMb: 32 } });
  w.on('message', (mb) => console.log(mb));
} else {
  let keep = [];
  for (let i = 0; i < 2e6; i++) { keep.push({ i, s: 'x' + i }); if (keep.length > 1000) keep = []; }
  parentPort.postMessage(v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size / 1048576);
}
`,
      );
      const sizeWith = (flags: string[]): number => Number(spawnSync(process.execPath, [...flags, script], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } }).stdout.trim());
      expect(sizeWith([])).toBe(32);
      expect(sizeWith(['--max-semi-space-size=4'])).toBe(youngGenerationFromNodeFlags(['--max-semi-space-size=4'], undefined));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('warns at start when the flag overrides pipeline.worker_young_generation_mb, and not when they agree', async () => {
    const saved = process.env.NODE_OPTIONS;
    try {
      for (const [options, configured, warned] of [
        ['--max-semi-space-size=4', 16, true],
        ['--max-semi-space-size=8', 16, false],
      ] as const) {
        process.env.NODE_OPTIONS = options;
        const { logger, lines } = memoryLogger();
        const p = createPipeline({ workers: 1, workerYoungGenerationMb: configured, queueMaxMessages: 1000, queueMaxBytes: 1 << 20, batchMaxMessages: 10, batchMaxBytes: 1 << 16, batchMaxWaitMs: 1, processor, spool, logger });
        await p.close();
        const warning = lines.find((l) => l.includes('worker_young_generation_mb has no effect'));
        if (warned) expect(JSON.parse(warning ?? '{}')).toMatchObject({ level: 40, configuredMb: 16, effectiveMb: 8 });
        else expect(warning).toBeUndefined();
      }
    } finally {
      if (saved === undefined) delete process.env.NODE_OPTIONS;
      else process.env.NODE_OPTIONS = saved;
    }
  });
});
