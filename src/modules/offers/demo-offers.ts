// Demo offers, created at the first `npm start`/`npm run dev` (src/cli/demo-data.ts) and by
// `db:seed`: about forty homes of the two demo landlords, spread over Paris, the inner and outer
// Île-de-France suburbs and a few other cities, with varied typologies, financing and rents, some
// in the showcase, deadlines in the coming weeks, and generated photos (a coloured picture with the
// reference: nothing is downloaded). Several suit the demo applicant Jean Dupont (single, 24,800 €
// tax income, 2,080 €/month, T1–T2 in Paris 12e, Montreuil or Vincennes): PLUS or PLS, T1–T2, at
// most 693 € charges included.
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { landlords, offers } from '../../db/schema/index.js';
import { addGeneratedPhotos, createOffer, daysAfter } from './offer.factories.js';
import type { OfferInput } from './offer.schemas.js';
import { HABITAT_FRANCILIEN, LOGIS_ATLANTIQUE, type Row } from './demo-offers.data.js';

const DESCRIPTIONS: Record<OfferInput['kind'], string> = {
  flat: 'Appartement lumineux en résidence récente, proche des commerces et des transports en commun. Cuisine équipée, salle d’eau avec fenêtre, cave.',
  house:
    'Maison de ville avec petit jardin, au calme, dans un quartier résidentiel proche des écoles et des transports en commun.',
};
const ENERGY = ['B', 'C', 'C', 'D', 'D', 'E'] as const;
const HEATING = [
  'collective_gas',
  'heat_network',
  'individual_gas',
  'individual_electric',
  'heat_pump',
] as const;

function inputOf(row: Row, index: number, prefix: string, now: Date): Partial<OfferInput> {
  const [place, typology, kind, surface, rent, charges, financing, flags] = row;
  const deadline = 7 + ((index * 5) % 35);
  return {
    reference: `${prefix}-${String(index + 1).padStart(3, '0')}`,
    street: place.street,
    postcode: place.postcode,
    communeInsee: place.insee,
    latitude: place.lat,
    longitude: place.lon,
    typology,
    kind,
    surfaceM2: surface,
    floor: kind === 'house' ? null : 1 + (index % 6),
    hasLift: flags.includes('lift'),
    rentCents: rent * 100,
    chargesCents: charges * 100,
    financing,
    pmrAdapted: flags.includes('pmr'),
    energyClass: ENERGY[index % ENERGY.length],
    gesClass: ENERGY[(index + 2) % ENERGY.length],
    heating: kind === 'house' ? 'individual_gas' : HEATING[index % HEATING.length],
    description: DESCRIPTIONS[kind],
    applicationDeadline: daysAfter(now, deadline),
    availableOn: daysAfter(
      now,
      flags.includes('soon') ? deadline + 10 : deadline + 30 + (index % 4) * 15,
    ),
    showcase: flags.includes('showcase'),
  };
}

/** The demo landlords' names and their offers' reference prefixes. */
export const DEMO_LANDLORD_OFFERS = [
  { name: 'Habitat Francilien', prefix: 'HF', rows: HABITAT_FRANCILIEN },
  { name: 'Logis Atlantique', prefix: 'LA', rows: LOGIS_ATLANTIQUE },
] as const;

/** Creates the demo offers (with photos) of the demo landlords, once; returns how many were created. */
export async function seedDemoOffers(db: Db, now: Date): Promise<number> {
  const found = await db
    .select()
    .from(landlords)
    .where(
      inArray(
        landlords.name,
        DEMO_LANDLORD_OFFERS.map((l) => l.name),
      ),
    );
  let created = 0;
  for (const { name, prefix, rows } of DEMO_LANDLORD_OFFERS) {
    const landlord = found.find((l) => l.name === name);
    if (!landlord) continue;
    const [existing] = await db
      .select({ id: offers.id })
      .from(offers)
      .where(and(eq(offers.landlordId, landlord.id)))
      .limit(1);
    if (existing) continue;
    for (const [index, row] of rows.entries()) {
      // A few are not published, to show the landlord portal's states.
      const status =
        index === rows.length - 1 ? 'draft' : index === rows.length - 2 ? 'withdrawn' : 'published';
      const offer = await createOffer(db, landlord.id, now, {
        ...inputOf(row, index, prefix, now),
        status,
      });
      const photos = row[7].includes('photos3') ? 3 : 1 + (index % 2);
      await addGeneratedPhotos(db, offer.id, offer.reference, photos, now);
      created += 1;
    }
  }
  return created;
}
