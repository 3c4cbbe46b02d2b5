import { count } from 'drizzle-orm';
import type { Db } from './database.js';
import { createCompany, createLandlord, createUser, withLuhnDigit } from './factories.js';
import { users } from './schema/index.js';

/** The password of every demo account (it follows the platform's own password rules). */
export const DEMO_PASSWORD = 'Demo-Alin-2026';

/** The demo accounts printed at start, one per portal. */
export const DEMO_ACCOUNTS = [
  { portal: 'Espace salarié (demandeur)', path: '/connexion', email: 'salarie@demo.al-in.fr' },
  { portal: 'Portail entreprise (RH)', path: '/connexion', email: 'rh@demo.al-in.fr' },
  {
    portal: 'Back-office Action Logement (administrateur)',
    path: '/connexion',
    email: 'conseiller@demo.al-in.fr',
  },
  { portal: 'Portail bailleur', path: '/connexion', email: 'bailleur@demo.al-in.fr' },
] as const;

/** Whether the database has no user yet (a fresh install gets the demo data). */
export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  return (row?.n ?? 0) === 0;
}

/** Fills an empty database with realistic demo data. */
export async function seedDemo(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    // Two housing policies: the bakery validates its employees' files; the carrier does not, but
    // asks for the staff number and hiring date and offers only limited or full sharing.
    const company = await createCompany(tx, {
      name: 'Boulangeries Artisanales de France',
      siren: withLuhnDigit('43218765'),
      code: 'BAF-7K2Q9',
      validationRequired: true,
    });
    await createCompany(tx, {
      name: 'Transports Lemoine et Fils',
      siren: withLuhnDigit('51234987'),
      code: 'TLF-3M8X4',
      validationRequired: false,
      requiresStaffNumber: true,
      requiresHiringDate: true,
      allowedConsents: ['limited', 'full'],
    });
    await createCompany(tx, {
      name: 'Intérim Services Atlantique',
      siren: withLuhnDigit('39911877'),
      code: 'ISA-5P2R7',
      isTempAgency: true,
    });
    const landlord = await createLandlord(tx, {
      name: 'Habitat Francilien',
      siren: withLuhnDigit('77245601'),
    });
    await createLandlord(tx, { name: 'Logis Atlantique', siren: withLuhnDigit('38811420') });
    const common = { password: DEMO_PASSWORD, mustChangePassword: false };
    await createUser(tx, {
      ...common,
      email: 'salarie@demo.al-in.fr',
      role: 'applicant',
      civility: 'm',
      firstName: 'Jean',
      lastName: 'Dupont',
      mobilePhone: '+33612345678',
    });
    await createUser(tx, {
      ...common,
      email: 'rh@demo.al-in.fr',
      role: 'employer',
      isAdmin: true,
      civility: 'mme',
      firstName: 'Sophie',
      lastName: 'Bernard',
      mobilePhone: null,
      companyId: company.id,
    });
    await createUser(tx, {
      ...common,
      email: 'conseiller@demo.al-in.fr',
      role: 'operator',
      isAdmin: true,
      civility: 'mme',
      firstName: 'Nadia',
      lastName: 'Benali',
      mobilePhone: null,
    });
    await createUser(tx, {
      ...common,
      email: 'bailleur@demo.al-in.fr',
      role: 'landlord',
      civility: 'm',
      firstName: 'Marc',
      lastName: 'Lefèvre',
      mobilePhone: null,
      landlordId: landlord.id,
    });
  });
}
