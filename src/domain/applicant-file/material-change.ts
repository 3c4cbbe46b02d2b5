// What changed between two versions of an application pulled from the registration site, and
// whether the change is material: a material change sends the file back for validation (by the
// company when its policy asks for it, then by Action Logement), because what was validated no
// longer holds. Material, per the issue: the household's composition (members, co-applicant,
// dependant and disability flags), income (tax income N-2 and N-1 and their year, monthly income,
// housing benefit) and employment (professional status, employer SIRET and name, of either
// adult). Also material here (decision): who the adults are (names, birth date, nationality,
// social security number), since the validation was of these people, and the unique number.
// Not material: contact details, current housing and reasons, wanted housing, documents
// (followed separately), validity dates and status.

import type { RegistrationApplication, RegistrationPerson } from '../../registration/contract.js';
import { normalizeName } from './identity-match.js';

/** A value as shown in a change. */
export type ChangeValue = string | number | boolean | null;

/** One human-relevant difference, e.g. `{ field: 'resources.taxIncomeN2', before: 24000, after: 26000, material: true }`. */
export type Change = { field: string; before: ChangeValue; after: ChangeValue; material: boolean };

/** All differences, and whether any of them is material. */
export type ApplicationDiff = { changes: Change[]; isMaterial: boolean };

type Member = RegistrationApplication['household'][number];
type Commune = RegistrationApplication['wanted']['communes'][number];

/** How to read one field; `show` replaces the value in the change when it must not be displayed. */
type Field<T> = {
  path: string;
  read: (value: T) => ChangeValue;
  material: boolean;
  show?: (value: ChangeValue) => ChangeValue;
};

/** A list as one value: null when empty, sorted when its order means nothing. */
function listValue(items: readonly string[], sorted: boolean): ChangeValue {
  if (items.length === 0) return null;
  return (sorted ? [...items].sort() : items).join(', ');
}

const communeText = (commune: Commune): string => `${commune.name} (${commune.postcode})`;

// The social security number is compared but never shown in full.
const maskNir = (value: ChangeValue): ChangeValue =>
  typeof value === 'string'
    ? `${'•'.repeat(Math.max(0, value.length - 2))}${value.slice(-2)}`
    : value;

const APPLICATION_FIELDS: readonly Field<RegistrationApplication>[] = [
  { path: 'uniqueNumber', read: (a) => a.uniqueNumber, material: true },
  { path: 'status', read: (a) => a.status, material: false },
  { path: 'struckOffReason', read: (a) => a.struckOffReason, material: false },
  { path: 'filedAt', read: (a) => a.filedAt, material: false },
  { path: 'lastRenewedAt', read: (a) => a.lastRenewedAt, material: false },
  { path: 'validUntil', read: (a) => a.validUntil, material: false },
  { path: 'struckOffAt', read: (a) => a.struckOffAt, material: false },
  { path: 'department', read: (a) => a.department, material: false },
  { path: 'resources.taxIncomeN2', read: (a) => a.resources.taxIncomeN2, material: true },
  { path: 'resources.taxYearN2', read: (a) => a.resources.taxYearN2, material: true },
  { path: 'resources.taxIncomeN1', read: (a) => a.resources.taxIncomeN1, material: true },
  {
    path: 'resources.monthlyIncomeCents',
    read: (a) => a.resources.monthlyIncomeCents,
    material: true,
  },
  {
    path: 'resources.housingBenefitCents',
    read: (a) => a.resources.housingBenefitCents,
    material: true,
  },
  { path: 'currentHousing.situation', read: (a) => a.currentHousing.situation, material: false },
  {
    path: 'currentHousing.monthlyRentCents',
    read: (a) => a.currentHousing.monthlyRentCents,
    material: false,
  },
  { path: 'reasons', read: (a) => listValue(a.reasons, true), material: false },
  { path: 'wanted.typologies', read: (a) => listValue(a.wanted.typologies, true), material: false },
  { path: 'wanted.housingType', read: (a) => a.wanted.housingType, material: false },
  // Communes are in order of preference: a new order is a change.
  {
    path: 'wanted.communes',
    read: (a) => listValue(a.wanted.communes.map(communeText), false),
    material: false,
  },
  { path: 'wanted.mayWiden', read: (a) => a.wanted.mayWiden, material: false },
  { path: 'documents.count', read: (a) => a.documents.length, material: false },
  { path: 'household.count', read: (a) => a.household.length, material: true },
];

const PERSON_FIELDS: readonly Field<RegistrationPerson>[] = [
  { path: 'civility', read: (p) => p.civility, material: false },
  { path: 'birthName', read: (p) => p.birthName, material: true },
  { path: 'usageName', read: (p) => p.usageName, material: true },
  { path: 'firstName', read: (p) => p.firstName, material: true },
  { path: 'birthDate', read: (p) => p.birthDate, material: true },
  { path: 'nationality', read: (p) => p.nationality, material: true },
  { path: 'nir', read: (p) => p.nir, material: true, show: maskNir },
  { path: 'email', read: (p) => p.email, material: false },
  { path: 'mobilePhone', read: (p) => p.mobilePhone, material: false },
  { path: 'smsConsent', read: (p) => p.smsConsent, material: false },
  { path: 'hasDisability', read: (p) => p.hasDisability, material: true },
  { path: 'professional.status', read: (p) => p.professional.status, material: true },
  { path: 'professional.employerSiret', read: (p) => p.professional.employerSiret, material: true },
  { path: 'professional.employerName', read: (p) => p.professional.employerName, material: true },
  { path: 'professional.contractType', read: (p) => p.professional.contractType, material: false },
  { path: 'professional.hiredAt', read: (p) => p.professional.hiredAt, material: false },
  {
    path: 'professional.workplace',
    read: (p) => (p.professional.workplace === null ? null : communeText(p.professional.workplace)),
    material: false,
  },
];

const MEMBER_FIELDS: readonly Field<Member>[] = [
  { path: 'relationship', read: (m) => m.relationship, material: true },
  { path: 'firstName', read: (m) => m.firstName, material: false },
  { path: 'lastName', read: (m) => m.lastName, material: false },
  { path: 'birthDate', read: (m) => m.birthDate, material: false },
  { path: 'isDependant', read: (m) => m.isDependant, material: true },
  { path: 'hasDisability', read: (m) => m.hasDisability, material: true },
];

/** The changes of the fields of `table` between two values, field paths prefixed. */
function compareFields<T>(
  table: readonly Field<T>[],
  before: T,
  after: T,
  prefix: string,
): Change[] {
  const changes: Change[] = [];
  for (const field of table) {
    const was = field.read(before);
    const is = field.read(after);
    if (Object.is(was, is)) continue;
    const show = field.show ?? ((value: ChangeValue) => value);
    changes.push({
      field: `${prefix}${field.path}`,
      before: show(was),
      after: show(is),
      material: field.material,
    });
  }
  return changes;
}

/** The co-applicant: added, removed, or their fields compared. */
function compareCoApplicant(
  before: RegistrationPerson | null,
  after: RegistrationPerson | null,
): Change[] {
  if (before === null && after === null) return [];
  if (before === null || after === null) {
    const label = (p: RegistrationPerson | null) =>
      p === null ? null : `${p.firstName} ${p.birthName}`;
    return [{ field: 'coApplicant', before: label(before), after: label(after), material: true }];
  }
  return compareFields(PERSON_FIELDS, before, after, 'coApplicant.');
}

const memberLabel = (m: Member): string => `${m.firstName} ${m.lastName}`;
const sameFirstName = (a: Member, b: Member) =>
  normalizeName(a.firstName) === normalizeName(b.firstName);

/**
 * Pairs the members of two household lists: first the same first name and birth date, then the
 * same first name or the same birth date (a correction of one of them). Members left over were
 * removed or added: replacing a person by another is a change of composition.
 */
function pairMembers(before: readonly Member[], after: readonly Member[]): Map<number, number> {
  const pairs = new Map<number, number>(); // after index → before index
  const used = new Set<number>();
  const tests = [
    (a: Member, b: Member) => sameFirstName(a, b) && a.birthDate === b.birthDate,
    (a: Member, b: Member) => sameFirstName(a, b) || a.birthDate === b.birthDate,
  ];
  for (const same of tests) {
    after.forEach((member, j) => {
      if (pairs.has(j)) return;
      const i = before.findIndex((other, k) => !used.has(k) && same(other, member));
      if (i === -1) return;
      pairs.set(j, i);
      used.add(i);
    });
  }
  return pairs;
}

/** Member changes: paired members by their index in `after`, removed ones by their index in `before`. */
function compareHousehold(before: readonly Member[], after: readonly Member[]): Change[] {
  const pairs = pairMembers(before, after);
  const changes: Change[] = [];
  after.forEach((member, j) => {
    const i = pairs.get(j);
    const previous = i === undefined ? undefined : before[i];
    if (previous === undefined) {
      changes.push({
        field: `household[${j}]`,
        before: null,
        after: memberLabel(member),
        material: true,
      });
    } else {
      changes.push(...compareFields(MEMBER_FIELDS, previous, member, `household[${j}].`));
    }
  });
  const kept = new Set(pairs.values());
  before.forEach((member, i) => {
    if (kept.has(i)) return;
    changes.push({
      field: `household[${i}]`,
      before: memberLabel(member),
      after: null,
      material: true,
    });
  });
  return changes;
}

/** Lists what changed between two versions of an application and says whether the file must be validated again. */
export function diffApplications(
  before: RegistrationApplication,
  after: RegistrationApplication,
): ApplicationDiff {
  const changes = [
    ...compareFields(APPLICATION_FIELDS, before, after, ''),
    ...compareHousehold(before.household, after.household),
    ...compareFields(PERSON_FIELDS, before.applicant, after.applicant, 'applicant.'),
    ...compareCoApplicant(before.coApplicant, after.coApplicant),
  ];
  return { changes, isMaterial: changes.some((change) => change.material) };
}
