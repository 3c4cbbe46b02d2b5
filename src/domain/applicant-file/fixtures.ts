// Factories for the applicant-file rules' tests (and any demo seed): a plausible application from
// the registration site, to be adjusted with overrides.

import type {
  RegistrationApplication,
  RegistrationPerson,
  SupportingDocument,
} from '../../registration/contract.js';

/** A person on an application: a private-sector employee by default. */
export function buildPerson(overrides: Partial<RegistrationPerson> = {}): RegistrationPerson {
  return {
    civility: 'mme',
    birthName: 'Lefèvre',
    usageName: null,
    firstName: 'Camille',
    birthDate: '1990-04-12',
    nationality: 'french',
    nir: '290047511200134',
    email: 'camille.lefevre@example.org',
    mobilePhone: '+33612345678',
    smsConsent: true,
    hasDisability: false,
    professional: {
      status: 'private_employee',
      employerSiret: '73282932000074',
      employerName: 'Entreprise Exemple',
      contractType: 'cdi',
      hiredAt: '2019-09-02',
      workplace: { inseeCode: '35238', name: 'Rennes', postcode: '35000' },
    },
    ...overrides,
  };
}

/** A supporting document held by the registration site. */
export function buildDocument(overrides: Partial<SupportingDocument> = {}): SupportingDocument {
  return {
    id: 'doc-1',
    person: 'applicant',
    category: 'identity',
    period: null,
    fileName: 'piece.pdf',
    mimeType: 'application/pdf',
    sizeBytes: 120_000,
    status: 'received',
    uploadedAt: '2026-10-01T09:00:00.000Z',
    ...overrides,
  };
}

/** An active application of one person alone, with no document. */
export function buildApplication(
  overrides: Partial<RegistrationApplication> = {},
): RegistrationApplication {
  return {
    uniqueNumber: '0351025123456GDPUB',
    status: 'active',
    struckOffReason: null,
    filedAt: '2025-10-15',
    lastRenewedAt: null,
    validUntil: '2026-10-15',
    struckOffAt: null,
    department: '35',
    applicant: buildPerson(),
    coApplicant: null,
    household: [],
    resources: {
      taxIncomeN2: 24_000,
      taxYearN2: 2024,
      taxIncomeN1: 25_000,
      monthlyIncomeCents: 210_000,
      housingBenefitCents: 0,
    },
    currentHousing: { situation: 'tenant_private', monthlyRentCents: 72_000 },
    reasons: ['other'],
    wanted: {
      typologies: ['T2'],
      housingType: 'any',
      communes: [{ inseeCode: '35238', name: 'Rennes', postcode: '35000' }],
      mayWiden: true,
    },
    documents: [],
    updatedAt: '2025-10-15T10:00:00.000Z',
    ...overrides,
  };
}
