import { rm } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../config/env.js';
import { migrateDatabase } from '../db/database.js';
import { isEmpty, seedDemo } from '../db/seed.js';
import { openConfiguredDatabase } from '../server/runtime.js';
import { loadReferenceData } from '../modules/territory/reference-data.js';
import { seedDemoOffers } from '../modules/offers/demo-offers.js';

const USAGE = 'Usage: npm run db:migrate | db:reset | db:seed';

async function main(command: string | undefined): Promise<void> {
  const config = loadConfig();
  if (command === 'reset') {
    if (config.DATABASE_URL) {
      const database = await openConfiguredDatabase(config);
      await database.raw.executeSql(
        'DROP SCHEMA IF EXISTS public CASCADE; DROP SCHEMA IF EXISTS drizzle CASCADE; DROP SCHEMA IF EXISTS pgboss CASCADE; CREATE SCHEMA public;',
      );
      await database.close();
    } else {
      await rm(path.join(config.DATA_DIR, 'pglite'), { recursive: true, force: true });
    }
    console.log('Base de données effacée.');
  }
  const database = await openConfiguredDatabase(config);
  try {
    if (command === 'migrate' || command === 'reset' || command === 'seed') {
      await migrateDatabase(database);
      const loaded = await loadReferenceData(database.db);
      console.log(
        `Migrations appliquées (référentiel : ${loaded.communes} communes et ${loaded.ceilings} plafonds ajoutés).`,
      );
    } else {
      throw new Error(USAGE);
    }
    if (command === 'seed' || command === 'reset') {
      if (await isEmpty(database.db)) {
        await seedDemo(database.db);
        const offers = await seedDemoOffers(database.db, new Date());
        console.log(`Données de démonstration créées (${offers} offres).`);
      } else {
        console.log('La base contient déjà des comptes : données de démonstration non ajoutées.');
      }
    }
  } finally {
    await database.close();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
