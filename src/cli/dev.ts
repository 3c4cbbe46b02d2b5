import path from 'node:path';
import { ConfigError, loadConfig } from '../config/env.js';
import { isEmpty, seedDemo } from '../db/seed.js';
import { assemblePlatform } from '../server/runtime.js';
import { loadReferenceThenDemoOffers } from './demo-data.js';
import { startRegistrationChild } from './registration-child.js';

/** `npm run dev`: the platform and the registration stand-in, plus Vite's dev server with hot reload. */
async function main(): Promise<void> {
  const config = loadConfig();
  const root = process.cwd();
  const [registration, platform] = await Promise.all([
    startRegistrationChild(config, root),
    assemblePlatform(config),
  ]);
  const { db } = platform.deps.database;
  const seeded = await isEmpty(db);
  if (seeded) await seedDemo(db);
  await platform.app.listen({ port: config.PORT, host: config.HOST });
  void loadReferenceThenDemoOffers(db, {
    seeded,
    log: console.log,
    onError: (error) => platform.app.log.error({ err: error }, 'reference data loading failed'),
  });
  const { createServer } = await import('vite');
  const vite = await createServer({ configFile: path.join(root, 'vite.config.ts') });
  await vite.listen();
  console.log(
    `\nAPI : http://localhost:${config.PORT}   Interface avec rechargement à chaud : ${vite.resolvedUrls?.local[0] ?? ''}\n`,
  );
  const stop = async () => {
    await vite.close();
    await platform.stop();
    await registration?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
