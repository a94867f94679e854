import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPipeline, newSpaceMb, newSpaceFromNodeFlags } from '../../agent/pipeline/pipeline.js';
import { DEFAULT_POLICY } from '../../agent/stages/pseudonymize/index.js';
import { memoryLogger } from '../sources/helpers.js';

const processor = { keys: { epoch: 'e1', ipKey: Buffer.alloc(32, 1).fill(2, 16), hmacKey: Buffer.alloc(32, 3) }, policy: DEFAULT_POLICY, compressionLevel: 1 };
const spool = { append: () => Promise.resolve() };

describe("workers' young generation and node's --max-semi-space-size", () => {
  it('reads the flag from NODE_OPTIONS and the command line (which wins), in either spelling, rounded as V8 rounds it', () => {
    expect(newSpaceFromNodeFlags([], undefined)).toBeUndefined();
    expect(newSpaceFromNodeFlags(['--max-semi-space-size=8'], undefined)).toBe(16);
    expect(newSpaceFromNodeFlags(['--max_semi_space_size=2'], '')).toBe(4);
    expect(newSpaceFromNodeFlags([], '--trace-warnings "--max-semi-space-size=4"')).toBe(8);
    expect(newSpaceFromNodeFlags(['--max-semi-space-size=8'], '--max-semi-space-size=1')).toBe(16);
    // Node's default, and forms node refuses: no override.
    expect(newSpaceFromNodeFlags(['--max-semi-space-size=0'], undefined)).toBeUndefined();
    expect(newSpaceFromNodeFlags(['--max-old-space-size=512'], '--max-semi-space-size= --max-semi-space-size')).toBeUndefined();
    // A power of two at least S, at most 16 MB per semi-space.
    expect([1, 3, 4, 6, 12, 32].map((s) => newSpaceMb(s))).toEqual([2, 8, 8, 16, 32, 32]);
    // What a worker's maxYoungGenerationSizeMb asks for: a semi-space of a third of it.
    expect([4, 8, 16, 48].map((y) => newSpaceMb(y / 3))).toEqual([4, 8, 16, 32]);
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
  const w = new Worker(new URL(import.meta.url), { resourceLimits: { maxYoungGenerationSizeMb: Number(process.argv[2]) } });
  w.on('message', (mb) => console.log(mb));
} else {
  let keep = [];
  for (let i = 0; i < 2e6; i++) { keep.push({ i, s: 'x' + i }); if (keep.length > 1000) keep = []; }
  parentPort.postMessage(v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size / 1048576);
}
`,
      );
      const sizeWith = (flags: string[], youngMb: number): number =>
        Number(spawnSync(process.execPath, [...flags, script, String(youngMb)], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } }).stdout.trim());
      for (const y of [8, 16, 48]) expect(sizeWith([], y), `resourceLimits ${y}`).toBe(newSpaceMb(y / 3));
      for (const s of [3, 4, 8]) {
        const flag = `--max-semi-space-size=${s}`;
        for (const y of [8, 48]) expect(sizeWith([flag], y), `${flag}, resourceLimits ${y}`).toBe(newSpaceFromNodeFlags([flag], undefined));
      }
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
        if (warned) expect(JSON.parse(warning ?? '{}')).toMatchObject({ level: 40, configuredMb: 16, newSpaceMb: 8, configuredNewSpaceMb: 16 });
        else expect(warning).toBeUndefined();
      }
    } finally {
      if (saved === undefined) delete process.env.NODE_OPTIONS;
      else process.env.NODE_OPTIONS = saved;
    }
  });
});
