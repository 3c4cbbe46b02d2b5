import path from 'node:path';
import { ConfigError, loadConfig } from '../config/env.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, isEmpty, seedDemo } from '../db/seed.js';
import { assemblePlatform } from '../server/runtime.js';
import { loadReferenceThenDemoOffers } from './demo-data.js';
import { startRegistrationChild } from './registration-child.js';
import { ensureWebBuild } from './web-build.js';

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  const root = process.cwd();
  if (config.NODE_ENV !== 'production')
    await ensureWebBuild(root, path.resolve(config.WEB_DIST), console.log);
  const [registration, platform] = await Promise.all([
    startRegistrationChild(config, root),
    assemblePlatform(config),
  ]);
  const { db } = platform.deps.database;
  const seeded = config.NODE_ENV !== 'production' && (await isEmpty(db));
  if (seeded) await seedDemo(db);
  await platform.app.listen({ port: config.PORT, host: config.HOST });
  const address = platform.app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const base = `http://localhost:${port}`;
  const lines = [
    '',
    `AL'in est prêt en ${((Date.now() - started) / 1000).toFixed(1)} s — ${base}`,
    `  Base de données : ${platform.deps.database.kind === 'pglite' ? `PGlite (${path.resolve(config.DATA_DIR)})` : 'PostgreSQL (DATABASE_URL)'}${seeded ? ', données de démonstration créées' : ''}`,
    `  Site public et espace salarié : ${base}/`,
    `  Portail entreprise : ${base}/entreprise   Back-office : ${base}/backoffice   Portail bailleur : ${base}/bailleur`,
    `  Site d'enregistrement (démonstration du SNE) : ${config.REGISTRATION_PUBLIC_URL}${registration ? '' : ' (externe)'}`,
    `  API : ${base}/api/docs (OpenAPI : ${base}/api/openapi.json)   Santé : ${base}/health`,
    ...(platform.mailer.kind === 'dev-mailbox'
      ? [`  E-mails (boîte de démonstration) : ${base}/dev/mailbox`]
      : []),
    ...(config.NODE_ENV !== 'production'
      ? [
          '',
          `Comptes de démonstration (mot de passe : ${DEMO_PASSWORD}) :`,
          ...DEMO_ACCOUNTS.map((a) => `  ${a.portal.padEnd(46)} ${a.email}`),
        ]
      : []),
    '',
  ];
  console.log(lines.join('\n'));
  void loadReferenceThenDemoOffers(db, {
    seeded,
    log: console.log,
    onError: (error) => platform.app.log.error({ err: error }, 'reference data loading failed'),
  });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    platform.app.log.info({ signal }, 'shutting down');
    await platform.stop();
    await registration?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
