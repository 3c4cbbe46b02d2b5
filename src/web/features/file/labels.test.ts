import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { enTexts, frTexts } from '../../i18n/bundles';
import {
  changeFieldLabel,
  changeValueLabel,
  documentLabel,
  formatNir,
  formatSiret,
} from './labels';
import type { Formatters } from './useFormat';

// Formatters as useFormat builds them for French, without React.
const day = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' });
const month = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const money = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const whole = new Intl.NumberFormat('fr-FR', {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 0,
});
const format: Formatters = {
  day: (iso) => day.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)),
  dateTime: (iso) => iso,
  month: (period) => month.format(new Date(`${period}-01T00:00:00Z`)),
  cents: (cents) => money.format(cents / 100),
  euros: (euros) => whole.format(euros),
};

let t: TFunction;
beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.init({
    lng: 'fr',
    resources: { fr: { translation: frTexts }, en: { translation: enTexts } },
    interpolation: { escapeValue: false },
  });
  t = instance.t;
});

/** Normalises the narrow no-break spaces Intl puts in French amounts. */
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('documentLabel', () => {
  it.each([
    [{ category: 'payslip', period: '2026-10' }, 'Bulletin de salaire — octobre 2026'],
    [{ category: 'tax_notice', period: '2024' }, "Avis d'imposition 2025 (revenus 2024)"],
    [{ category: 'identity', period: null }, "Carte nationale d'identité ou passeport"],
    [{ category: 'payslip', period: null }, 'Bulletin de salaire'],
  ] as const)('names %o "%s"', (document, expected) => {
    expect(documentLabel(document, t, format)).toBe(expected);
  });
});

describe('changeFieldLabel', () => {
  it.each([
    ['resources.taxIncomeN2', 'Revenu fiscal de référence (année N-2)'],
    ['applicant.professional.employerName', 'Demandeur — Employeur'],
    ['coApplicant.birthDate', 'Co-demandeur — Date de naissance'],
    ['coApplicant', 'Co-demandeur'],
    ['household[1]', 'Foyer, personne 2'],
    ['household[0].isDependant', 'Foyer, personne 1 — À charge'],
    ['something.unknown', 'something.unknown'],
    ['applicant.unknown', 'applicant.unknown'],
  ])('reads %s as "%s"', (path, expected) => {
    expect(changeFieldLabel(path, t)).toBe(expected);
  });
});

describe('changeValueLabel', () => {
  it.each([
    ['resources.monthlyIncomeCents', 208000, '2 080,00 €'],
    ['resources.taxIncomeN2', 24800, '24 800 €'],
    ['wanted.mayWiden', true, 'Oui'],
    ['applicant.mobilePhone', null, 'Non renseigné'],
    ['applicant.professional.status', 'private_employee', 'Salarié du secteur privé'],
    [
      'reasons',
      'far_from_work, too_expensive',
      'Logement éloigné du lieu de travail, Logement trop cher',
    ],
    ['household[0].relationship', 'child', 'Enfant'],
    ['status', 'to_renew', 'À renouveler'],
    ['validUntil', '2027-03-18', '18 mars 2027'],
    ['currentHousing.situation', 'unknown_value', 'unknown_value'],
    ['wanted.typologies', 'T1, T2', 'T1, T2'],
  ] as const)('shows %s = %o as "%s"', (path, value, expected) => {
    expect(plain(changeValueLabel(path, value, t, format))).toBe(expected);
  });
});

describe('identifiers for display', () => {
  it('groups a social security number and a SIRET', () => {
    expect(formatNir('188047511504212')).toBe('1 88 04 75 115 042 12');
    expect(formatSiret('43218765600017')).toBe('432 187 656 00017');
    expect(formatSiret('123')).toBe('123');
  });
});
