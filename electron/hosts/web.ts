import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { resolveDataDir } from '../core/app/dataDir';
import { startRuntime } from '../core/runtime';
import { commonOptions } from './args';
import { startWebServer } from './webServer';

const USAGE = `Usage: npm run web -- [--port N] [--data-dir DIR] [--no-sample]

Serves the Briefwright renderer and API on 127.0.0.1 for use in a browser.
--no-sample starts a new library empty instead of with the sample sources.`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { ...commonOptions, port: { type: 'string' }, static: { type: 'string' } },
    allowNegative: true,
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = values.port === undefined ? 5174 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`Invalid --port: ${values.port}`);
  const staticDir = values.static ?? fileURLToPath(new URL('../../out/renderer', import.meta.url));
  if (!existsSync(staticDir)) {
    throw new Error(
      `The renderer is not built (${staticDir} is missing). Run: npm run build:renderer`,
    );
  }

  const runtime = startRuntime({
    dataDir: resolveDataDir(values['data-dir']),
    sample: values.sample !== false,
    longRunning: true,
    onBackupError: (error) =>
      console.error(`briefwright web: the daily backup failed: ${error.message}`),
  });
  const running = await startWebServer({
    handlers: runtime.handlers,
    staticDir,
    port,
    log: (error) => runtime.log.error('web host', error),
  });
  console.log(`Briefwright library: ${runtime.core.databasePath}`);
  console.log(`Briefwright is running at ${running.url}`);

  const shutdown = () => {
    void running.close().finally(() => {
      runtime.shutdown();
      process.exit(0);
    });
  };
  process.on('uncaughtException', (error) => {
    runtime.log.error('web host', error);
    console.error(`briefwright web: ${error.message} (details in ${runtime.log.path})`);
  });
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(`briefwright web: ${(error as Error).message}`);
  process.exit(1);
});
