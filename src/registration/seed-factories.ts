import { nirKey } from '../domain/identifiers/nir.js';
import type { DocumentCategory, RegistrationApplication, RegistrationPerson } from './contract.js';
import type { StoredApplication } from './db/schema.js';
import { addDays, addMonths, currentValidity } from './domain/validity.js';

// Builders shared by the demo seed and the tests: complete, valid values with overridable parts.

type Commune = NonNullable<RegistrationPerson['professional']['workplace']>;
type Member = RegistrationApplication['household'][number];

/** A commune (name, INSEE code, postcode). */
export const commune = (name: string, inseeCode: string, postcode: string): Commune => ({
  name,
  inseeCode,
  postcode,
});

/** A NIR from its 13 first characters, with the key computed (never typed by hand). */
export const nir = (first13: string): string => `${first13}${nirKey(first13)}`;

/** A salaried professional situation. */
export function employed(
  employerSiret: string | null,
  employerName: string | null,
  workplace: Commune,
  overrides: Partial<RegistrationPerson['professional']> = {},
): RegistrationPerson['professional'] {
  return {
    status: 'private_employee',
    employerSiret,
    employerName,
    contractType: 'cdi',
    hiredAt: null,
    workplace,
    ...overrides,
  };
}

/** A person of the application; only what differs from a typical adult must be given. */
export function buildPerson(
  p: Pick<
    RegistrationPerson,
    'civility' | 'birthName' | 'firstName' | 'birthDate' | 'email' | 'professional'
  > &
    Partial<RegistrationPerson>,
): RegistrationPerson {
  return {
    usageName: null,
    nationality: 'french',
    nir: null,
    mobilePhone: null,
    smsConsent: false,
    hasDisability: false,
    ...p,
  };
}

/** A household member (a dependent child by default). */
export function member(
  firstName: string,
  lastName: string,
  birthDate: string,
  overrides: Partial<Member> = {},
): Member {
  return {
    relationship: 'child',
    firstName,
    lastName,
    birthDate,
    isDependant: true,
    hasDisability: false,
    ...overrides,
  };
}

/** How an application's validity is placed relative to today. */
export type ValidityPlan =
  | { kind: 'renewed'; monthsAgo: number }
  | { kind: 'expires_in_days'; days: number }
  | { kind: 'struck_off_months_ago'; months: number };

/** The validity fields of a plan, relative to today, keeping the filing date given by the unique number. */
export function validityFields(
  filedAt: string,
  plan: ValidityPlan,
  today: string,
): Pick<
  StoredApplication,
  'status' | 'struckOffReason' | 'struckOffAt' | 'lastRenewedAt' | 'validUntil' | 'filedAt'
> {
  let validUntil: string;
  let struckOffAt: string | null = null;
  if (plan.kind === 'renewed') validUntil = addMonths(addMonths(today, -plan.monthsAgo), 12);
  else if (plan.kind === 'expires_in_days') validUntil = addDays(today, plan.days);
  else {
    struckOffAt = addMonths(today, -plan.months);
    validUntil = addMonths(struckOffAt, -1);
  }
  const renewedAt = addMonths(validUntil, -12);
  const fields = {
    filedAt,
    lastRenewedAt: renewedAt > filedAt ? renewedAt : null,
    validUntil,
    struckOffAt,
    struckOffReason: struckOffAt ? ('not_renewed' as const) : null,
    status: struckOffAt ? ('struck_off' as const) : ('active' as const),
  };
  return currentValidity(fields, today);
}

/** A demo document to deposit: what it is, its status and how many days ago. */
export type DemoDocument = {
  person: 'applicant' | 'co_applicant';
  category: DocumentCategory;
  period: string | null;
  fileName: string;
  status: 'received' | 'validated' | 'refused';
  daysAgo: number;
};

/** A demo document (received 30 days ago unless said otherwise). */
export function doc(
  category: DocumentCategory,
  fileName: string,
  status: DemoDocument['status'],
  overrides: Partial<DemoDocument> = {},
): DemoDocument {
  return {
    person: 'applicant',
    category,
    period: null,
    fileName,
    status,
    daysAgo: 30,
    ...overrides,
  };
}

/** The last three payslips (months before today's), for one person. */
export function lastPayslips(
  today: string,
  person: DemoDocument['person'],
  status: DemoDocument['status'],
): DemoDocument[] {
  return [1, 2, 3].map((back) => {
    const period = addMonths(today, -back).slice(0, 7);
    return doc('payslip', `bulletin-salaire-${period}.pdf`, status, {
      person,
      period,
      daysAgo: 10 + back,
    });
  });
}

/** One demo application: the fixed parts (number, filing date, label) and how its dates sit relative to today. */
export type DemoCase = {
  uniqueNumber: string;
  filedAt: string;
  label: string;
  plan: ValidityPlan;
  build(
    today: string,
    taxYear: number,
  ): Omit<
    StoredApplication,
    | 'uniqueNumber'
    | 'status'
    | 'struckOffReason'
    | 'filedAt'
    | 'lastRenewedAt'
    | 'validUntil'
    | 'struckOffAt'
    | 'department'
    | 'updatedAt'
  >;
  documents(today: string, taxYear: number): DemoDocument[];
};

/** The identity document of one person. */
export const identity = (person: DemoDocument['person'], status: DemoDocument['status']) =>
  doc('identity', 'carte-identite.pdf', status, { person, daysAgo: 60 });
/** The tax notice of year N-2. */
export const taxNotice = (taxYear: number, status: DemoDocument['status']) =>
  doc('tax_notice', `avis-imposition-revenus-${taxYear}.pdf`, status, {
    period: String(taxYear),
    daysAgo: 45,
  });
