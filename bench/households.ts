// Synthetic applicant files for the benchmark: plausible households (size, ages, incomes) as
// registration applications, with their eligibility profile computed by the real engine.
import type { RegistrationApplication, RegistrationPerson } from '../src/registration/contract.js';
import { intBetween, pick } from './random.js';

const FIRST = [
  'Camille',
  'Léa',
  'Hugo',
  'Lucas',
  'Emma',
  'Nora',
  'Adam',
  'Inès',
  'Louis',
  'Sarah',
  'Yanis',
  'Chloé',
];
const LAST = [
  'MARTIN',
  'BERNARD',
  'DUBOIS',
  'THOMAS',
  'ROBERT',
  'PETIT',
  'DURAND',
  'LEROY',
  'MOREAU',
  'SIMON',
  'LAURENT',
  'MICHEL',
];
// Household sizes, cumulative shares (%): 1 → 35, 2 → 25, 3 → 18, 4 → 13, 5 → 6, 6 → 3.
const SIZES: [number, number][] = [
  [35, 1],
  [60, 2],
  [78, 3],
  [91, 4],
  [97, 5],
  [100, 6],
];

const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, days: number) => new Date(d.getTime() + days * 86_400_000);

function person(
  random: () => number,
  i: number,
  birthYear: number,
  email: string,
): RegistrationPerson {
  return {
    civility: random() < 0.5 ? 'mme' : 'm',
    birthName: pick(random, LAST),
    usageName: null,
    firstName: pick(random, FIRST),
    birthDate: `${birthYear}-${String(intBetween(random, 1, 12)).padStart(2, '0')}-${String(intBetween(random, 1, 28)).padStart(2, '0')}`,
    nationality: 'french',
    nir: null,
    email,
    mobilePhone: null,
    smsConsent: false,
    hasDisability: random() < 0.04,
    professional: {
      status: 'private_employee',
      employerSiret: '43218765600017',
      employerName: `Entreprise ${i % 997}`,
      contractType: 'cdi',
      hiredAt: null,
      workplace: null,
    },
  };
}

/** A plausible application of household `i` (valid for a few more months on `now`). */
export function benchApplication(
  random: () => number,
  i: number,
  now: Date,
  commune: { inseeCode: string; name: string; postcode: string },
): RegistrationApplication {
  const roll = random() * 100;
  const persons = (SIZES.find(([share]) => roll < share) ?? [100, 1])[1];
  const year = now.getUTCFullYear();
  const couple = persons >= 2 && random() < 0.7;
  const children = persons - 1 - (couple ? 1 : 0);
  const perUnit = intBetween(random, 9_000, 26_000);
  const taxIncomeN2 = Math.round(perUnit * (1 + 0.5 * (persons - 1)));
  const monthlyIncomeCents = Math.round((taxIncomeN2 / 12) * (1 + random() * 0.3)) * 100;
  const validUntil = addDays(now, intBetween(random, 45, 330));
  return {
    uniqueNumber: `BENCH${String(i).padStart(10, '0')}`,
    status: 'active',
    struckOffReason: null,
    filedAt: iso(addDays(validUntil, -365)),
    lastRenewedAt: null,
    validUntil: iso(validUntil),
    struckOffAt: null,
    department: commune.inseeCode.slice(0, 2),
    applicant: person(random, i, year - intBetween(random, 22, 62), `bench-${i}@bench.test`),
    coApplicant: couple
      ? person(random, i, year - intBetween(random, 22, 62), `bench-${i}-co@bench.test`)
      : null,
    household: Array.from({ length: Math.max(0, children) }, (_, k) => ({
      relationship: 'child' as const,
      firstName: pick(random, FIRST),
      lastName: 'ENFANT',
      birthDate: `${year - intBetween(random, 1, 17)}-0${1 + (k % 9)}-15`,
      isDependant: true,
      hasDisability: false,
    })),
    resources: {
      taxIncomeN2,
      taxYearN2: year - 2,
      taxIncomeN1: null,
      monthlyIncomeCents,
      housingBenefitCents: random() < 0.2 ? intBetween(random, 50, 300) * 100 : 0,
    },
    currentHousing: { situation: 'tenant_private', monthlyRentCents: null },
    reasons: ['too_expensive'],
    wanted: { typologies: [], housingType: 'any', communes: [commune], mayWiden: true },
    documents: [],
    updatedAt: now.toISOString(),
  };
}
