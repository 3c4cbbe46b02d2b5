// What an employer may see of an employee's file, by the consent level the employee chose
// (DOMAIN.md §6, handbook §3):
//   anonymous  nothing is sent to the company (and no company housing policy applies);
//   limited    title, names, birth date, e-mail, employer name and SIRET, several employers yes/no,
//              workplace postcode and commune, current commune, wanted location;
//   full       the whole file (and the candidacy history, which lives outside this type).
// The view is a union on `level`: reading a full-only field from a limited view does not compile
// until the level has been checked.

import type { RegistrationApplication, RegistrationPerson } from '../../registration/contract.js';

/** Tiers of data sharing with the employer, from least to most. */
export const CONSENT_LEVELS = ['anonymous', 'limited', 'full'] as const;

/** How much of the file the employer may see. */
export type ConsentLevel = (typeof CONSENT_LEVELS)[number];

/** A commune as shown to an employer. */
export type Place = { postcode: string; name: string };

/** An employee's file as the employer portal may receive it. */
export type EmployeeFileData = {
  civility: RegistrationPerson['civility'];
  lastName: string;
  firstName: string;
  birthDate: string;
  email: string;
  employerName: string | null;
  employerSiret: string | null;
  severalEmployers: boolean;
  workplace: Place | null;
  currentCommune: Place | null;
  wantedCommunes: Place[];
  // Full consent only:
  uniqueNumber: string;
  platformNumber: string;
  household: RegistrationApplication['household'];
  resources: RegistrationApplication['resources'];
  currentHousingSituation: RegistrationApplication['currentHousing']['situation'];
  reasons: RegistrationApplication['reasons'];
  typologies: RegistrationApplication['wanted']['typologies'];
  fileStatus: string;
};

/** The fields a company sees under limited consent (DOMAIN.md §6). */
export const LIMITED_FIELDS = [
  'civility',
  'lastName',
  'firstName',
  'birthDate',
  'email',
  'employerName',
  'employerSiret',
  'severalEmployers',
  'workplace',
  'currentCommune',
  'wantedCommunes',
] as const satisfies readonly (keyof EmployeeFileData)[];

/** A field a company sees under limited consent. */
export type LimitedField = (typeof LIMITED_FIELDS)[number];

/** What a company sees under limited consent. */
export type LimitedEmployeeData = Pick<EmployeeFileData, LimitedField>;

/** What a company may see: check `level` before reading a full-only field. */
export type VisibleEmployeeData =
  ({ level: 'limited' } & LimitedEmployeeData) | ({ level: 'full' } & EmployeeFileData);

/** Copies the limited fields only, so that nothing else of the input can leak. */
function pickLimited(file: EmployeeFileData): LimitedEmployeeData {
  const copyPlace = (place: Place | null): Place | null =>
    place === null ? null : { postcode: place.postcode, name: place.name };
  return {
    civility: file.civility,
    lastName: file.lastName,
    firstName: file.firstName,
    birthDate: file.birthDate,
    email: file.email,
    employerName: file.employerName,
    employerSiret: file.employerSiret,
    severalEmployers: file.severalEmployers,
    workplace: copyPlace(file.workplace),
    currentCommune: copyPlace(file.currentCommune),
    wantedCommunes: file.wantedCommunes.map((place) => ({
      postcode: place.postcode,
      name: place.name,
    })),
  } satisfies Record<LimitedField, unknown>;
}

/** What the employer may see of a file at a consent level; null when the employee stays anonymous. */
export function visibleEmployeeData(
  level: ConsentLevel,
  file: EmployeeFileData,
): VisibleEmployeeData | null {
  switch (level) {
    case 'anonymous':
      return null;
    case 'limited':
      return { level: 'limited', ...pickLimited(file) };
    case 'full':
      return { level: 'full', ...file };
    default: {
      const unknown: never = level;
      throw new Error(`Unknown consent level: ${String(unknown)}`);
    }
  }
}

// A company policy keeps the levels it lists, in the usual order. An empty (or wholly unknown) list
// would leave the employee no choice at all, which cannot be meant: all three are offered then.
// Anonymity is not forced back in when a company leaves it out: the issue lets the company
// restrict the choices, and an employee who refuses any sharing can still not attach the
// application to that company at all.
/** The consent levels offered to an employee: all three without a company, else those its policy allows. */
export function allowedConsentLevels(
  policy: { allowedLevels: readonly ConsentLevel[] } | null,
): ConsentLevel[] {
  if (policy === null) return [...CONSENT_LEVELS];
  const allowed = CONSENT_LEVELS.filter((level) => policy.allowedLevels.includes(level));
  return allowed.length === 0 ? [...CONSENT_LEVELS] : allowed;
}
