import { describe, expect, it } from 'vitest';
import { isValidNir } from '../domain/identifiers/nir.js';
import { parseUniqueNumber } from '../domain/identifiers/unique-number.js';
import { isValidSiret } from '../domain/identifiers/siret.js';
import { registrationApplication } from './contract.js';
import { territoryOf } from './domain/unique-number-issuer.js';
import { DEMO_APPLICATIONS, buildDemoApplications } from './seed-data.js';

const NOW = new Date('2026-11-24T09:00:00Z');
const demos = buildDemoApplications(NOW);
const byLetter = (letter: string) => {
  const index = DEMO_APPLICATIONS.findIndex((a) => a.label.startsWith(`(${letter})`));
  const found = demos[index];
  if (!found) throw new Error(letter);
  return found.application;
};

// PLUS ceilings 2026 (income 2024), DOMAIN.md §4: [zone 1, zone 2, zone 3] per category 1..6.
const PLUS_2026: Record<number, [number, number, number]> = {
  1: [26_920, 26_920, 23_403],
  2: [40_233, 40_233, 31_254],
  3: [52_740, 48_362, 37_584],
  4: [62_968, 57_930, 45_374],
  5: [74_919, 68_577, 53_376],
  6: [84_304, 77_171, 60_156],
};

function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** Household category of the arrêté of 29 July 1987 (enough of it for the demo households). */
function category(a: ReturnType<typeof byLetter>): number {
  const adults = [a.applicant, ...(a.coApplicant ? [a.coApplicant] : [])];
  const people = adults.length + a.household.length;
  const disabled = [...adults, ...a.household].some((p) => p.hasDisability);
  const dependants = a.household.filter((m) => m.isDependant).length;
  const youngCouple =
    adults.length === 2 &&
    adults.reduce((sum, p) => sum + ageOn(p.birthDate, '2026-11-24'), 0) <= 55;
  if (people === 1) return disabled ? 2 : 1;
  if (adults.length === 1) return Math.min(6, 2 + dependants + (disabled ? 1 : 0));
  if (people === 2) return youngCouple || disabled ? 3 : 2;
  return Math.min(6, people + (disabled ? 1 : 0));
}

describe('demo applications', () => {
  it('are ten, with distinct numbers and e-mails', () => {
    expect(DEMO_APPLICATIONS).toHaveLength(10);
    expect(new Set(DEMO_APPLICATIONS.map((a) => a.uniqueNumber)).size).toBe(10);
    expect(new Set(DEMO_APPLICATIONS.map((a) => a.email)).size).toBe(10);
  });

  it.each(demos.map((d) => [d.application.uniqueNumber, d] as const))(
    '%s follows the contract and the identifier rules',
    (number, { application, documents }) => {
      expect(registrationApplication.parse({ ...application, documents: [] }).uniqueNumber).toBe(
        number,
      );
      const parsed = parseUniqueNumber(number);
      expect(parsed.ok && parsed.value).toMatchObject({
        month: application.filedAt.slice(5, 7),
        year: application.filedAt.slice(2, 4),
        office: 'GDPUB',
        territory: territoryOf(application.department),
      });
      expect(number).toHaveLength(18);
      for (const person of [application.applicant, application.coApplicant]) {
        if (!person) continue;
        expect(person.nir && isValidNir(person.nir)).toBe(true);
        if (person.professional.employerSiret)
          expect(isValidSiret(person.professional.employerSiret)).toBe(true);
        if (person.mobilePhone) expect(person.mobilePhone).toMatch(/^\+33[67]\d{8}$/);
      }
      expect(documents.length).toBeGreaterThan(0);
      expect(
        application.lastRenewedAt === null || application.lastRenewedAt > application.filedAt,
      ).toBe(true);
    },
  );

  it.each(demos.map((d) => [d.application.uniqueNumber, d.application] as const))(
    '%s has an income under its PLUS ceiling',
    (_n, application) => {
      const zone =
        application.department === '75'
          ? 0
          : ['77', '78', '91', '92', '93', '94', '95'].includes(application.department)
            ? 1
            : 2;
      const ceiling = PLUS_2026[category(application)]?.[zone] ?? 0;
      expect(application.resources.taxIncomeN2).toBeLessThanOrEqual(ceiling);
      expect(application.resources.taxIncomeN2).toBeGreaterThan(ceiling * 0.4);
    },
  );

  it('covers the required cases', () => {
    expect(byLetter('a').applicant).toMatchObject({
      firstName: 'Jean',
      birthName: 'DUPONT',
      email: 'salarie@demo.al-in.fr',
      birthDate: '1988-04-12',
      professional: {
        employerSiret: '43218765600017',
        employerName: 'Boulangeries Artisanales de France',
        contractType: 'cdi',
      },
    });
    expect(category(byLetter('b'))).toBe(2);
    expect(category(byLetter('c'))).toBe(3);
    expect(byLetter('d').household.filter((m) => m.relationship === 'child')).toHaveLength(3);
    expect([byLetter('e').coApplicant, byLetter('e').household.length]).toEqual([null, 2]);
    expect(byLetter('f').applicant.hasDisability).toBe(true);
    expect(byLetter('g').coApplicant?.professional).toMatchObject({
      employerSiret: '51234987900019',
      employerName: 'Transports Lemoine et Fils',
    });
    expect(byLetter('h')).toMatchObject({ status: 'to_renew', validUntil: '2026-12-08' });
    expect(byLetter('i')).toMatchObject({
      status: 'struck_off',
      struckOffReason: 'not_renewed',
      struckOffAt: '2026-09-24',
    });
    expect(byLetter('j').applicant.professional).toMatchObject({
      status: 'private_employee',
      employerSiret: null,
    });
    const statuses = new Set(demos.flatMap((d) => d.documents.map((doc) => doc.status)));
    expect(statuses).toEqual(new Set(['received', 'validated', 'refused']));
  });
});
