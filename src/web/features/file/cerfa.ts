import type { TFunction } from 'i18next';
import type { ApplicationPerson, RegistrationApplication } from '../../api/file-types';

// The closed lists of the CERFA form, for values that arrive as plain strings (changes pulled by
// "Mettre à jour", the employer's full view). Each list is checked against the contract's type.

type Professional = ApplicationPerson['professional'];

const NATIONALITIES = [
  'french',
  'eu',
  'other',
] as const satisfies readonly ApplicationPerson['nationality'][];
const PROFESSIONAL_STATUSES = [
  'private_employee',
  'public_employee',
  'self_employed',
  'unemployed',
  'student',
  'retired',
  'other',
] as const satisfies readonly Professional['status'][];
const CONTRACT_TYPES = [
  'cdi',
  'cdd',
  'interim',
  'apprenticeship',
  'other',
] as const satisfies readonly NonNullable<Professional['contractType']>[];
const RELATIONSHIPS = [
  'child',
  'spouse',
  'parent',
  'other_relative',
  'other',
] as const satisfies readonly RegistrationApplication['household'][number]['relationship'][];
const HOUSING_SITUATIONS = [
  'tenant_private',
  'tenant_social',
  'hosted_family',
  'hosted_third_party',
  'shelter',
  'hotel',
  'non_decent',
  'owner',
  'homeless',
  'other',
] as const satisfies readonly RegistrationApplication['currentHousing']['situation'][];
const REASONS = [
  'too_small',
  'too_expensive',
  'non_decent',
  'far_from_work',
  'family_change',
  'disability',
  'eviction',
  'separation',
  'violence',
  'other',
] as const satisfies readonly RegistrationApplication['reasons'][number][];
const HOUSING_TYPES = [
  'any',
  'flat',
  'house',
] as const satisfies readonly RegistrationApplication['wanted']['housingType'][];
const APPLICATION_STATUSES = [
  'active',
  'to_renew',
  'struck_off',
] as const satisfies readonly RegistrationApplication['status'][];
const STRUCK_OFF_REASONS = [
  'not_renewed',
  'lease_signed',
  'renunciation',
  'inadmissible',
] as const satisfies readonly NonNullable<RegistrationApplication['struckOffReason']>[];
const CIVILITIES = ['mme', 'm'] as const satisfies readonly ApplicationPerson['civility'][];

/** A closed list of the form whose values can be translated. */
export type CerfaList =
  | 'nationality'
  | 'professionalStatus'
  | 'contractType'
  | 'relationship'
  | 'housingSituation'
  | 'reason'
  | 'housingType'
  | 'applicationStatus'
  | 'struckOffReason'
  | 'civility';

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/** The label of a value of a closed list, or the value itself when it is not in the list. */
export function cerfaLabel(list: CerfaList, value: string, t: TFunction): string {
  switch (list) {
    case 'nationality':
      return isOneOf(NATIONALITIES, value)
        ? t(`applicantFile.file.cerfa.nationality.${value}`)
        : value;
    case 'professionalStatus':
      return isOneOf(PROFESSIONAL_STATUSES, value)
        ? t(`applicantFile.file.cerfa.professionalStatus.${value}`)
        : value;
    case 'contractType':
      return isOneOf(CONTRACT_TYPES, value)
        ? t(`applicantFile.file.cerfa.contractType.${value}`)
        : value;
    case 'relationship':
      return isOneOf(RELATIONSHIPS, value)
        ? t(`applicantFile.file.cerfa.relationship.${value}`)
        : value;
    case 'housingSituation':
      return isOneOf(HOUSING_SITUATIONS, value)
        ? t(`applicantFile.file.cerfa.housingSituation.${value}`)
        : value;
    case 'reason':
      return isOneOf(REASONS, value) ? t(`applicantFile.file.cerfa.reason.${value}`) : value;
    case 'housingType':
      return isOneOf(HOUSING_TYPES, value)
        ? t(`applicantFile.file.cerfa.housingType.${value}`)
        : value;
    case 'applicationStatus':
      return isOneOf(APPLICATION_STATUSES, value)
        ? t(`applicantFile.file.cerfa.applicationStatus.${value}`)
        : value;
    case 'struckOffReason':
      return isOneOf(STRUCK_OFF_REASONS, value)
        ? t(`applicantFile.file.cerfa.struckOffReason.${value}`)
        : value;
    case 'civility':
      return isOneOf(CIVILITIES, value) ? t(`civility.${value}`) : value;
    default: {
      const unknown: never = list;
      throw new Error(`Unknown list: ${String(unknown)}`);
    }
  }
}
