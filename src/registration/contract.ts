import { z } from 'zod';

// The data exchanged with the registration system (SNE or a departmental site). Both our stand-in
// service and the platform's adapter validate against these schemas, so a real connector only has
// to produce the same shapes. Money: yearly tax income in whole euros; monthly amounts in cents.

const isoDate = z.iso.date();
const commune = z.object({
  inseeCode: z.string().regex(/^(\d{5}|2[AB]\d{3})$/),
  name: z.string(),
  postcode: z.string().regex(/^\d{5}$/),
});

/** Professional situation (CERFA 14069, section D). */
export const professionalSituation = z.object({
  status: z.enum([
    'private_employee',
    'public_employee',
    'self_employed',
    'unemployed',
    'student',
    'retired',
    'other',
  ]),
  /** Box D12: the employer's SIRET, how Action Logement finds the file. */
  employerSiret: z
    .string()
    .regex(/^\d{14}$/)
    .nullable(),
  employerName: z.string().nullable(),
  contractType: z.enum(['cdi', 'cdd', 'interim', 'apprenticeship', 'other']).nullable(),
  hiredAt: isoDate.nullable(),
  workplace: commune.nullable(),
});

/** The applicant or the co-applicant. */
export const person = z.object({
  civility: z.enum(['mme', 'm']),
  birthName: z.string(),
  usageName: z.string().nullable(),
  firstName: z.string(),
  birthDate: isoDate,
  nationality: z.enum(['french', 'eu', 'other']),
  /** Social security number (NIR), 15 characters. */
  nir: z
    .string()
    .regex(/^[0-9AB]{15}$/)
    .nullable(),
  email: z.email(),
  mobilePhone: z.string().nullable(),
  smsConsent: z.boolean(),
  hasDisability: z.boolean(),
  professional: professionalSituation,
});

/** Another member of the household. */
export const householdMember = z.object({
  relationship: z.enum(['child', 'spouse', 'parent', 'other_relative', 'other']),
  firstName: z.string(),
  lastName: z.string(),
  birthDate: isoDate,
  isDependant: z.boolean(),
  hasDisability: z.boolean(),
});

/** The supporting-document categories of the closed list (DOMAIN.md §2). */
export const documentCategory = z.enum([
  'identity',
  'residence_permit',
  'tax_notice',
  'family_status',
  'work_contract',
  'payslip',
  'employer_certificate',
  'benefit_notice',
  'housing_proof',
  'reason_proof',
]);

/** One supporting document known to the registration site. */
export const supportingDocument = z.object({
  id: z.string(),
  person: z.enum(['applicant', 'co_applicant']),
  category: documentCategory,
  /** What the document covers: a month `2026-10` for a payslip, a year `2024` for a tax notice. */
  period: z.string().nullable(),
  fileName: z.string(),
  mimeType: z.enum(['application/pdf', 'image/jpeg', 'image/png']),
  sizeBytes: z.number().int().positive(),
  status: z.enum(['received', 'validated', 'refused']),
  uploadedAt: z.iso.datetime(),
});

/** A social-housing application as the registration site holds it. */
export const registrationApplication = z.object({
  uniqueNumber: z.string(),
  status: z.enum(['active', 'to_renew', 'struck_off']),
  struckOffReason: z
    .enum(['not_renewed', 'lease_signed', 'renunciation', 'inadmissible'])
    .nullable(),
  filedAt: isoDate,
  lastRenewedAt: isoDate.nullable(),
  /** One year after filing or last renewal. */
  validUntil: isoDate,
  struckOffAt: isoDate.nullable(),
  /** The department where housing is sought (decides the registration site). */
  department: z.string(),
  applicant: person,
  coApplicant: person.nullable(),
  household: z.array(householdMember),
  resources: z.object({
    /** Revenu fiscal de référence of year N-2 (whole euros) and the year it is for. */
    taxIncomeN2: z.number().int().nonnegative(),
    taxYearN2: z.number().int(),
    taxIncomeN1: z.number().int().nonnegative().nullable(),
    /** Household's monthly income, cents. */
    monthlyIncomeCents: z.number().int().nonnegative(),
    /** Monthly housing benefit (AL/APL), cents. */
    housingBenefitCents: z.number().int().nonnegative(),
  }),
  currentHousing: z.object({
    situation: z.enum([
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
    ]),
    monthlyRentCents: z.number().int().nonnegative().nullable(),
    /** Where the household lives now (shown to the employer under limited consent). */
    commune: commune.nullable().optional(),
  }),
  reasons: z.array(
    z.enum([
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
    ]),
  ),
  wanted: z.object({
    /** Typologies wanted, T1..T6. */
    typologies: z.array(z.enum(['T1', 'T2', 'T3', 'T4', 'T5', 'T6'])),
    housingType: z.enum(['any', 'flat', 'house']),
    /** Up to 8 communes, in order of preference. */
    communes: z.array(commune).max(8),
    mayWiden: z.boolean(),
  }),
  documents: z.array(supportingDocument),
  updatedAt: z.iso.datetime(),
});

export type RegistrationApplication = z.infer<typeof registrationApplication>;
export type RegistrationPerson = z.infer<typeof person>;
export type SupportingDocument = z.infer<typeof supportingDocument>;
export type DocumentCategory = z.infer<typeof documentCategory>;

/** Error codes the registration service returns (body `{ error: { code, message } }`). */
export const registrationErrorCodes = [
  'application.not_found',
  'code.invalid',
  'code.expired',
  'code.locked',
  'code.throttled',
  'access.invalid',
  'request.invalid',
] as const;
export type RegistrationErrorCode = (typeof registrationErrorCodes)[number];

// HTTP API of the registration service (all JSON; every call carries `x-platform-key`):
//   POST /api/v1/import-codes          { uniqueNumber } → 202 { maskedEmail, expiresAt }
//        e-mails a 6-digit code to the application's e-mail, valid 24 h; resend throttled
//        (429 code.throttled with retryAfterSeconds); 404 application.not_found.
//   POST /api/v1/import-codes/verify   { uniqueNumber, code } → 200 { accessToken, application }
//        400 code.invalid { remainingAttempts }, 410 code.expired, 423 code.locked (after 5 wrong
//        tries a new code is needed), 404 application.not_found.
//   GET  /api/v1/applications/:uniqueNumber  (Authorization: Bearer accessToken) → 200 { application }
//        401 access.invalid.
export const importCodeResponse = z.object({
  maskedEmail: z.string(),
  expiresAt: z.iso.datetime(),
});
export const verifyResponse = z.object({
  accessToken: z.string(),
  application: registrationApplication,
});
export const applicationResponse = z.object({ application: registrationApplication });
export const registrationError = z.object({
  error: z.object({
    code: z.enum(registrationErrorCodes),
    message: z.string(),
    remainingAttempts: z.number().int().optional(),
    retryAfterSeconds: z.number().int().optional(),
  }),
});
