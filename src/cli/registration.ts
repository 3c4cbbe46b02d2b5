import path from 'node:path';
import { loadRegistrationConfig, RegistrationConfigError } from '../registration/config.js';
import { DEMO_APPLICATIONS } from '../registration/seed.js';
import { startRegistrationService } from '../registration/service.js';

// Runs the stand-in for the national registration system (SNE) as its own process.
async function main(): Promise<void> {
  // When `npm start` ends while this service is still starting, there is nothing to close yet.
  if (process.send) process.once('disconnect', () => process.exit(0));
  const config = loadRegistrationConfig();
  const service = await startRegistrationService(config);
  const lines = [
    '',
    `Site d'enregistrement (démonstration) prêt — ${config.REGISTRATION_PUBLIC_URL} (écoute sur ${service.url})`,
    `  Base de données : ${config.REGISTRATION_DATABASE_URL ? 'PostgreSQL (schéma registration)' : `PGlite (${path.resolve(config.REGISTRATION_DATA_DIR)})`}${service.seeded ? ', demandes de démonstration créées' : ''}`,
    `  API de la plateforme : ${service.url}/api/v1 (en-tête x-platform-key)   Santé : ${service.url}/health`,
    ...(service.deps.mailer.kind === 'dev-mailbox'
      ? [`  E-mails (boîte de démonstration) : ${service.url}/dev/mailbox`]
      : []),
    ...(config.NODE_ENV !== 'production'
      ? [
          '',
          'Demandes de démonstration (numéro unique, date de naissance du demandeur) :',
          ...DEMO_APPLICATIONS.map((a) => `  ${a.uniqueNumber}  ${a.birthDate}  ${a.label}`),
        ]
      : []),
    '',
  ];
  console.log(lines.join('\n'));
  process.removeAllListeners('disconnect');
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    service.app.log.info({ signal }, 'shutting down');
    await service.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  // Started by `npm start`: stop with the platform, even when it died without a signal meanwhile.
  if (process.send) {
    if (!process.connected) void stop('parent-exit');
    process.on('disconnect', () => void stop('parent-exit'));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof RegistrationConfigError ? error.message : error);
  process.exit(1);
});
