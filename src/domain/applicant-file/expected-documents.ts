// The supporting documents expected for an application, per person, in the handbook's three
// headings (seed 003, page 6; DOMAIN.md §2):
//   obtain_number: what the registration site asks for to issue the number: an identity
//                  document, or a residence permit for a non-EU national.
//   view_offers:   what proves eligibility to the offers shown: the tax notices of years N-2
//                  (`resources.taxYearN2`) and N-1, one set per person (each adult is taxed
//                  separately unless married, and the site asks for each person's notice).
//   apply:         what the landlord needs to examine the file:
//                  - employees (private or public): the work contract and the payslips of the last
//                    3 full months before today; an employer certificate stands for the contract;
//                  - unemployed, retired, students: their benefit notice (unemployment, pension,
//                    grant); the self-employed have nothing more than their tax notices;
//                  - applicant only, one per file: family status (livret de famille, PACS) when the
//                    household has a co-applicant, a spouse or children; current-housing proof,
//                    always; reason proof when a reason other than "other" is given; the benefit
//                    notice when a housing benefit is declared.

import type {
  DocumentCategory,
  RegistrationApplication,
  RegistrationPerson,
  SupportingDocument,
} from '../../registration/contract.js';

/** Whose document it is. */
export type DocumentPerson = SupportingDocument['person'];

/** The handbook's three headings, in display order. */
export const DOCUMENT_GROUPS = ['obtain_number', 'view_offers', 'apply'] as const;

/** One of the handbook's three headings. */
export type DocumentGroup = (typeof DOCUMENT_GROUPS)[number];

/** Where an expected document stands, from what the registration site holds. */
export type ExpectedDocumentStatus = 'missing' | 'received' | 'validated' | 'refused';

/** A document the file needs, with a stable key such as `applicant.payslip.2026-10`. */
export type ExpectedDocument = {
  key: string;
  person: DocumentPerson;
  category: DocumentCategory;
  /** `YYYY` for a tax notice, `YYYY-MM` for a payslip, null otherwise. */
  period: string | null;
  group: DocumentGroup;
  status: ExpectedDocumentStatus;
};

/** The expected documents of one person under one heading, for display. */
export type ExpectedDocumentGroup = {
  person: DocumentPerson;
  group: DocumentGroup;
  documents: ExpectedDocument[];
};

type Requirement = Omit<ExpectedDocument, 'key' | 'status'>;

/** Number of months of payslips asked for. */
export const PAYSLIP_MONTHS = 3;

const PERSONS: readonly DocumentPerson[] = ['applicant', 'co_applicant'];

// Other categories a document may belong to and still meet a requirement.
const ALSO_ACCEPTED: Partial<Record<DocumentCategory, readonly DocumentCategory[]>> = {
  work_contract: ['employer_certificate'],
};

// When several documents meet a requirement, the best one tells its status.
const STATUS_RANK: Record<ExpectedDocumentStatus, number> = {
  missing: 0,
  refused: 1,
  received: 2,
  validated: 3,
};

/** The `YYYY-MM` months of the last `count` full months before `today` (UTC), most recent first. */
export function lastFullMonths(today: Date, count: number): string[] {
  const months: string[] = [];
  for (let back = 1; back <= count; back += 1) {
    const month = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - back, 1));
    months.push(`${month.getUTCFullYear()}-${String(month.getUTCMonth() + 1).padStart(2, '0')}`);
  }
  return months;
}

/** What one person must provide, in display order. */
function personRequirements(
  who: DocumentPerson,
  person: RegistrationPerson,
  taxYearN2: number,
  today: Date,
): Requirement[] {
  const need = (
    category: DocumentCategory,
    group: DocumentGroup,
    period: string | null = null,
  ) => ({
    person: who,
    category,
    period,
    group,
  });
  const list: Requirement[] = [
    need(person.nationality === 'other' ? 'residence_permit' : 'identity', 'obtain_number'),
    need('tax_notice', 'view_offers', String(taxYearN2)),
    need('tax_notice', 'view_offers', String(taxYearN2 + 1)),
  ];
  switch (person.professional.status) {
    case 'private_employee':
    case 'public_employee':
      list.push(need('work_contract', 'apply'));
      for (const month of lastFullMonths(today, PAYSLIP_MONTHS)) {
        list.push(need('payslip', 'apply', month));
      }
      break;
    case 'unemployed':
    case 'retired':
    case 'student':
      list.push(need('benefit_notice', 'apply'));
      break;
    case 'self_employed':
    case 'other':
      break;
    default: {
      const unknown: never = person.professional.status;
      throw new Error(`Unknown professional status: ${String(unknown)}`);
    }
  }
  return list;
}

/** What only the applicant provides, once for the whole file. */
function fileRequirements(application: RegistrationApplication): Requirement[] {
  const need = (category: DocumentCategory): Requirement => ({
    person: 'applicant',
    category,
    period: null,
    group: 'apply',
  });
  const list: Requirement[] = [];
  const isFamily =
    application.coApplicant !== null ||
    application.household.some((m) => m.relationship === 'child' || m.relationship === 'spouse');
  if (isFamily) list.push(need('family_status'));
  list.push(need('housing_proof'));
  if (application.reasons.some((reason) => reason !== 'other')) list.push(need('reason_proof'));
  if (application.resources.housingBenefitCents > 0) list.push(need('benefit_notice'));
  return list;
}

/** The stable key of a requirement: `person.category` or `person.category.period`. */
function keyOf(requirement: Requirement): string {
  const base = `${requirement.person}.${requirement.category}`;
  return requirement.period === null ? base : `${base}.${requirement.period}`;
}

/** Whether a document's period covers the requirement's: any for a period-less one, else same year or month. */
function periodMatches(required: string | null, given: string | null): boolean {
  if (required === null) return true;
  if (given === null) return false;
  // Tax notices are asked by year, payslips by month; a finer period given (2024-06 for 2024) counts.
  const period = given.trim();
  return period === required || period.startsWith(`${required}-`);
}

/** The best status among the documents that meet the requirement. */
function statusOf(
  requirement: Requirement,
  documents: readonly SupportingDocument[],
): ExpectedDocumentStatus {
  const accepted = [requirement.category, ...(ALSO_ACCEPTED[requirement.category] ?? [])];
  let best: ExpectedDocumentStatus = 'missing';
  for (const document of documents) {
    if (document.person !== requirement.person) continue;
    if (!accepted.includes(document.category)) continue;
    if (!periodMatches(requirement.period, document.period)) continue;
    if (STATUS_RANK[document.status] > STATUS_RANK[best]) best = document.status;
  }
  return best;
}

/** The documents the application needs, each with the status of what the registration site holds. */
export function expectedDocuments(
  application: RegistrationApplication,
  today: Date,
): ExpectedDocument[] {
  const taxYear = application.resources.taxYearN2;
  const requirements = [
    ...personRequirements('applicant', application.applicant, taxYear, today),
    ...fileRequirements(application),
    ...(application.coApplicant === null
      ? []
      : personRequirements('co_applicant', application.coApplicant, taxYear, today)),
  ];
  const byKey = new Map<string, ExpectedDocument>();
  for (const requirement of requirements) {
    const key = keyOf(requirement);
    // An unemployed applicant with a housing benefit gets one benefit-notice line, not two.
    if (byKey.has(key)) continue;
    byKey.set(key, { key, ...requirement, status: statusOf(requirement, application.documents) });
  }
  return [...byKey.values()];
}

/** Groups expected documents for display: applicant first, then headings in `DOCUMENT_GROUPS` order; empty headings left out. */
export function groupExpectedDocuments(list: readonly ExpectedDocument[]): ExpectedDocumentGroup[] {
  const groups: ExpectedDocumentGroup[] = [];
  for (const person of PERSONS) {
    for (const group of DOCUMENT_GROUPS) {
      const documents = list.filter((d) => d.person === person && d.group === group);
      if (documents.length > 0) groups.push({ person, group, documents });
    }
  }
  return groups;
}
