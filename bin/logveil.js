#!/usr/bin/env node
// Entry point of the `logveil` command. The TypeScript sources are compiled to
// dist/ by `npm ci` (the `prepare` script) or `npm run build`.
let main;
try {
  ({ main } = await import('../dist/agent/cli/main.js'));
} catch (e) {
  if (e && e.code === 'ERR_MODULE_NOT_FOUND' && String(e.message).includes('dist/agent/cli/main.js')) {
    process.stderr.write('logveil: not built yet; run "npm ci" or "npm run build" in the logveil folder first\n');
    process.exit(70);
  }
  throw e;
}
process.exitCode = await main(process.argv.slice(2));
