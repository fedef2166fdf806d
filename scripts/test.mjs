#!/usr/bin/env node
// `npm test`: every tier. Type-checks, builds the web app (the e2e tier serves it), runs the unit,
// API and browser tests with vitest, and prints `N passed, N failed` as the last line.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const node = process.execPath;
const run = (args, opts = {}) => spawnSync(node, args, { cwd: root, stdio: 'inherit', ...opts }).status ?? 1;

let failedSteps = 0;
console.log('› type-check');
for (const p of ['packages/contracts', 'packages/engine', 'apps/server', 'apps/web', 'e2e', 'bench']) {
  if (run([join(root, 'node_modules/typescript/bin/tsc'), '-p', p]) !== 0) failedSteps++;
}
console.log('› build web app');
if (run([join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: join(root, 'apps/web') }) !== 0) failedSteps++;

console.log('› vitest (unit, api, e2e)');
const report = join(root, 'vitest-report.json');
rmSync(report, { force: true });
const extra = process.argv.slice(2);
const code = run([join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile=${report}`, ...extra]);

let passed = 0;
let failed = failedSteps;
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (r.numTotalTestSuites > 0 && r.success === false && r.numFailedTests === 0 ? 1 : 0);
} else {
  failed += 1;
}
if (failedSteps) console.log(`${failedSteps} step(s) before the tests failed (type-check or build); each counts as a failure`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(code !== 0 || failed > 0 ? 1 : 0);
