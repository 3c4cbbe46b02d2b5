import type { Db } from '../db/database.js';
import { seedDemoOffers } from '../modules/offers/demo-offers.js';
import { loadReferenceData } from '../modules/territory/reference-data.js';

/**
 * Loads the communes and ceilings (tens of thousands of rows at first start), then, on a database
 * that has just received the demo accounts, the demo offers, which need the communes. Run after
 * the site listens: nothing of the account journeys needs them. Failures are logged, not thrown.
 */
export function loadReferenceThenDemoOffers(
  db: Db,
  options: { seeded: boolean; log: (line: string) => void; onError: (error: unknown) => void },
): Promise<void> {
  return loadReferenceData(db)
    .then(async (loaded) => {
      if (loaded.communes > 0)
        options.log(
          `Référentiel chargé : ${loaded.communes} communes, ${loaded.ceilings} plafonds.`,
        );
      if (!options.seeded) return;
      const offers = await seedDemoOffers(db, new Date());
      if (offers > 0) options.log(`Offres de démonstration publiées : ${offers}.`);
    })
    .catch(options.onError);
}
