/** loadConfig → bootstrap → buildApp → listen, plus the background delivery loop. */
import { buildApp } from './app.js';
import { bootstrap } from './bootstrap.js';
import { loadConfig } from './config.js';
import { DEMO_PASSWORD, demoLogins } from './platform/demo/demo.seed.js';
import { startWorkers } from './worker.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const { services, handle, demoSeeded } = await bootstrap(config);
  const { app } = await buildApp(services);
  await app.listen({ port: config.port, host: config.host });

  const stopWorkers = config.workerIntervalMs > 0 ? startWorkers(services, config.workerIntervalMs, (err, what) => app.log.error({ err }, `${what} failed`)) : async () => {};

  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${config.port}`;
  const lines = [``, `管家 Guanjia is running at ${url}`, `  database: ${config.dialect === 'sqlite' ? config.databaseUrl : 'PostgreSQL'}`];
  if (config.demoMode) {
    lines.push(`  demo mode${demoSeeded ? ' (demo company created)' : ''}; every demo user's password is ${DEMO_PASSWORD}:`);
    for (const l of demoLogins()) lines.push(`    ${l.username.padEnd(14)} ${l.name}  ${l.role}`);
  }
  console.log(lines.join('\n'));

  const stop = async () => {
    await stopWorkers();
    await app.close();
    await handle.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
