import type { ParseKeys, TFunction } from 'i18next';
import { OPERATOR_REFUSAL_REASONS } from '../../../domain/applicant-file/refusal-reasons';
import type {
  ApplicationPerson,
  ChangeValue,
  ExpectedDocument,
  ExpectedDocumentStatus,
  FileStatus,
  OperatorRefusalReason,
} from '../../api/file-types';
import { isFileStatus } from '../../api/file-types';
import type { BadgeTone } from '../../ui';
import { cerfaLabel, type CerfaList } from './cerfa';
import type { Formatters } from './useFormat';

/** "Jean DUPONT": first name and usage name (else birth name). */
export function personName(
  person: Pick<ApplicationPerson, 'firstName' | 'usageName' | 'birthName'>,
) {
  return `${person.firstName} ${person.usageName ?? person.birthName}`;
}

/** A social security number in its usual groups: `1 88 04 75 115 042 12`. */
export function formatNir(nir: string): string {
  const groups = [1, 2, 2, 2, 3, 3, 2];
  let position = 0;
  return groups
    .map((size) => {
      const part = nir.slice(position, position + size);
      position += size;
      return part;
    })
    .filter(Boolean)
    .join(' ');
}

/** A SIRET in its usual groups: `432 187 656 00017`. */
export function formatSiret(siret: string): string {
  return siret.length === 14
    ? `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}`
    : siret;
}

/** "Bulletin de salaire — octobre 2026", "Avis d'imposition 2025 (revenus 2024)", or the category. */
export function documentLabel(
  document: Pick<ExpectedDocument, 'category' | 'period'>,
  t: TFunction,
  format: Formatters,
): string {
  const { category, period } = document;
  if (category === 'payslip' && period && /^\d{4}-\d{2}$/.test(period)) {
    return t('applicantFile.file.documents.payslipOf', { month: format.month(period) });
  }
  if (category === 'tax_notice' && period && /^\d{4}$/.test(period)) {
    // The period is the year of the income; the notice comes out the year after.
    const incomeYear = Number(period);
    return t('applicantFile.file.documents.taxNoticeOf', { year: incomeYear + 1, incomeYear });
  }
  return t(`applicantFile.file.documents.category.${category}`);
}

/** Badge tone of a document status on the registration site. */
export const DOCUMENT_STATUS_TONE: Record<ExpectedDocumentStatus, BadgeTone> = {
  missing: 'warning',
  received: 'info',
  validated: 'success',
  refused: 'error',
};

/** Badge tone of a file status. */
export const FILE_STATUS_TONE: Record<FileStatus, BadgeTone> = {
  incomplete: 'neutral',
  awaiting_company: 'info',
  awaiting_operator: 'info',
  validated: 'success',
  refused: 'error',
};

/** True when the value is one of Action Logement's refusal reasons. */
export function isOperatorRefusalReason(value: unknown): value is OperatorRefusalReason {
  return (
    typeof value === 'string' && (OPERATOR_REFUSAL_REASONS as readonly string[]).includes(value)
  );
}

/** A file status in words, or the value itself when unknown. */
export function fileStatusLabel(status: string, t: TFunction): string {
  return isFileStatus(status) ? t(`applicantFile.file.status.${status}`) : status;
}

const HISTORY_EVENTS = [
  'imported',
  'submit',
  'company_validate',
  'company_refuse',
  'operator_validate',
  'operator_refuse',
  'material_change',
  'reopen',
] as const;

/** A history event in words, or the event code when unknown. */
export function historyEventLabel(event: string, t: TFunction): string {
  const known = HISTORY_EVENTS.find((name) => name === event);
  return known ? t(`applicantFile.file.history.events.${known}`) : event;
}

/** Labels of the fields of the application (paths as "Mettre à jour" reports them). */
const APPLICATION_FIELDS: Readonly<Record<string, ParseKeys>> = {
  uniqueNumber: 'applicantFile.file.changes.fields.uniqueNumber',
  status: 'applicantFile.file.changes.fields.status',
  struckOffReason: 'applicantFile.file.changes.fields.struckOffReason',
  filedAt: 'applicantFile.file.changes.fields.filedAt',
  lastRenewedAt: 'applicantFile.file.changes.fields.lastRenewedAt',
  validUntil: 'applicantFile.file.changes.fields.validUntil',
  struckOffAt: 'applicantFile.file.changes.fields.struckOffAt',
  department: 'applicantFile.file.changes.fields.department',
  'resources.taxIncomeN2': 'applicantFile.file.changes.fields.taxIncomeN2',
  'resources.taxYearN2': 'applicantFile.file.changes.fields.taxYearN2',
  'resources.taxIncomeN1': 'applicantFile.file.changes.fields.taxIncomeN1',
  'resources.monthlyIncomeCents': 'applicantFile.file.changes.fields.monthlyIncome',
  'resources.housingBenefitCents': 'applicantFile.file.changes.fields.housingBenefit',
  'currentHousing.situation': 'applicantFile.file.changes.fields.housingSituation',
  'currentHousing.monthlyRentCents': 'applicantFile.file.changes.fields.monthlyRent',
  reasons: 'applicantFile.file.changes.fields.reasons',
  'wanted.typologies': 'applicantFile.file.changes.fields.typologies',
  'wanted.housingType': 'applicantFile.file.changes.fields.housingType',
  'wanted.communes': 'applicantFile.file.changes.fields.communes',
  'wanted.mayWiden': 'applicantFile.file.changes.fields.mayWiden',
  'documents.count': 'applicantFile.file.changes.fields.documentsCount',
  'household.count': 'applicantFile.file.changes.fields.householdCount',
};

/** Labels of the fields of a person (after `applicant.` or `coApplicant.`). */
const PERSON_FIELDS: Readonly<Record<string, ParseKeys>> = {
  civility: 'applicantFile.file.details.fields.civility',
  birthName: 'applicantFile.file.details.fields.birthName',
  usageName: 'applicantFile.file.details.fields.usageName',
  firstName: 'applicantFile.file.details.fields.firstName',
  birthDate: 'applicantFile.file.details.fields.birthDate',
  nationality: 'applicantFile.file.details.fields.nationality',
  nir: 'applicantFile.file.details.fields.nir',
  email: 'applicantFile.file.details.fields.email',
  mobilePhone: 'applicantFile.file.details.fields.mobilePhone',
  smsConsent: 'applicantFile.file.details.fields.smsConsent',
  hasDisability: 'applicantFile.file.details.fields.hasDisability',
  'professional.status': 'applicantFile.file.details.fields.professionalStatus',
  'professional.employerSiret': 'applicantFile.file.details.fields.employerSiret',
  'professional.employerName': 'applicantFile.file.details.fields.employerName',
  'professional.contractType': 'applicantFile.file.details.fields.contractType',
  'professional.hiredAt': 'applicantFile.file.details.fields.hiredAt',
  'professional.workplace': 'applicantFile.file.details.fields.workplace',
};

/** Labels of the fields of a household member (after `household[n].`). */
const MEMBER_FIELDS: Readonly<Record<string, ParseKeys>> = {
  relationship: 'applicantFile.file.details.fields.relationship',
  firstName: 'applicantFile.file.details.fields.firstName',
  lastName: 'applicantFile.file.details.fields.lastName',
  birthDate: 'applicantFile.file.details.fields.birthDate',
  isDependant: 'applicantFile.file.details.fields.isDependant',
  hasDisability: 'applicantFile.file.details.fields.hasDisability',
};

/** The changed field in plain words ("Demandeur — Employeur"), or its path when unknown. */
export function changeFieldLabel(path: string, t: TFunction): string {
  const applicationKey = APPLICATION_FIELDS[path];
  if (applicationKey) return t(applicationKey);
  if (path === 'coApplicant') return t('applicantFile.file.changes.coApplicant');
  const person = /^(applicant|coApplicant)\.(.+)$/.exec(path);
  if (person?.[1] && person[2]) {
    const fieldKey = PERSON_FIELDS[person[2]];
    if (!fieldKey) return path;
    const field = t(fieldKey);
    return person[1] === 'applicant'
      ? t('applicantFile.file.changes.ofApplicant', { field })
      : t('applicantFile.file.changes.ofCoApplicant', { field });
  }
  const member = /^household\[(\d+)\](?:\.(.+))?$/.exec(path);
  if (member?.[1]) {
    const number = Number(member[1]) + 1;
    if (!member[2]) return t('applicantFile.file.changes.member', { number });
    const fieldKey = MEMBER_FIELDS[member[2]];
    return fieldKey
      ? t('applicantFile.file.changes.ofMember', { number, field: t(fieldKey) })
      : path;
  }
  return path;
}

/** The closed list a changed field holds, if any (paths as "Mettre à jour" reports them). */
function listOf(path: string): CerfaList | null {
  if (path === 'status') return 'applicationStatus';
  const field = path.replace(/^(applicant|coApplicant|household\[\d+\])\./, '');
  const lists: Partial<Record<string, CerfaList>> = {
    struckOffReason: 'struckOffReason',
    civility: 'civility',
    nationality: 'nationality',
    'professional.status': 'professionalStatus',
    'professional.contractType': 'contractType',
    relationship: 'relationship',
    'currentHousing.situation': 'housingSituation',
    'wanted.housingType': 'housingType',
    reasons: 'reason',
  };
  return lists[field] ?? null;
}

/** A value of a change in words: yes/no, amounts, dates and enumerations translated. */
export function changeValueLabel(
  path: string,
  value: ChangeValue,
  t: TFunction,
  format: Formatters,
): string {
  if (value === null) return t('common.notProvided');
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'number') {
    if (path.endsWith('Cents')) return format.cents(value);
    if (/taxIncomeN[12]$/.test(path)) return format.euros(value);
    return String(value);
  }
  const list = listOf(path);
  if (list) {
    return value
      .split(', ')
      .map((part) => cerfaLabel(list, part, t))
      .join(', ');
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return format.day(value);
  return value;
}
