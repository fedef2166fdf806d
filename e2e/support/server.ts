/**
 * The real server, started in-process for one spec file: a fresh SQLite database in a temp
 * directory with the demo company, the built web app from apps/web/dist, listening on a random
 * port of 127.0.0.1. The spec drives it with a browser and calls `close()` at the end.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../../apps/server/src/app.js';
import { bootstrap } from '../../apps/server/src/bootstrap.js';
import type { Services } from '../../apps/server/src/app.types.js';
import { type Config, testConfig } from '../../apps/server/src/config.js';
import type { Clock } from '../../apps/server/src/ports/clock.js';

/** Repository root, from this file's location (e2e/support/ → ../../). */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
/**
 * The built web app: apps/web/dist. E2E_WEB_DIST_DIR points the tests at another build (e.g. a
 * private `vite build --outDir` while someone else rebuilds apps/web/dist during development).
 */
export const webDistDir = process.env.E2E_WEB_DIST_DIR || join(repoRoot, 'apps/web/dist');

export interface RunningServer {
  /** e.g. http://127.0.0.1:41234 (no trailing slash). */
  baseUrl: string;
  /** The server's services, for a spec that must drive what no page does (e.g. fire due timers). */
  services: Services;
  close(): Promise<void>;
}

export interface StartOptions {
  /** The server's clock (default: the system clock), e.g. one a spec can move forward. */
  clock?: Clock;
}

export async function startServer(overrides: Partial<Config> = {}, options: StartOptions = {}): Promise<RunningServer> {
  if (!existsSync(join(webDistDir, 'index.html'))) {
    throw new Error(
      `The web app is not built: ${join(webDistDir, 'index.html')} is missing. Run \`npm run build:web\` first ` +
        '(`npm test` builds it before the tests).',
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'gj-e2e-'));
  const config = testConfig({
    databaseUrl: `sqlite:${join(dir, 'e2e.db')}`,
    dialect: 'sqlite',
    demoMode: true,
    webDistDir,
    host: '127.0.0.1',
    port: 0,
    ...overrides,
  });
  let started: Awaited<ReturnType<typeof bootstrap>> | undefined;
  try {
    started = await bootstrap(config, { clock: options.clock });
    const { app } = await buildApp(started.services);
    try {
      await app.listen({ host: '127.0.0.1', port: 0 });
    } catch (err) {
      await app.close();
      throw err;
    }
    const address = app.server.address();
    if (!address || typeof address === 'string') throw new Error(`unexpected server address: ${String(address)}`);
    const handle = started.handle;
    return {
      baseUrl: `http://127.0.0.1:${address.port}`,
      services: started.services,
      close: async () => {
        await app.close();
        await handle.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await started?.handle.close();
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}
