import { z } from 'zod';
import { documentCategory, registrationApplication } from '../../registration/contract.js';
import { OPERATOR_REFUSAL_REASONS } from '../../domain/applicant-file/refusal-reasons.js';

export const fileStatus = z.enum([
  'incomplete',
  'awaiting_company',
  'awaiting_operator',
  'validated',
  'refused',
]);
export const consentLevel = z.enum(['anonymous', 'limited', 'full']);
const isoDay = z.iso.date();

export const requestImportBody = z.object({ uniqueNumber: z.string().trim().min(1).max(40) });
export const requestImportResponse = z.object({
  uniqueNumber: z.string(),
  maskedEmail: z.string(),
  expiresAt: z.string(),
});
export const verifyImportBody = z.object({ code: z.string().trim().min(1).max(12) });

export const companyStepBody = z.object({
  attachTo: z.enum(['applicant', 'co_applicant']),
  employerName: z.string().trim().min(1).max(200),
  companyCode: z.string().trim().max(40).optional(),
  personalAccessCode: z
    .string()
    .trim()
    .max(40)
    .optional()
    .describe(
      'Personal access code sent by HR (XXXX-XXXX-XXXX): attaches the file to its company; single use',
    ),
  staffNumber: z.string().trim().max(40).optional(),
  hiredAt: isoDay.optional(),
  permanentTempContract: z.boolean().optional(),
});
export const consentBody = z.object({ level: consentLevel });
export const documentsBody = z.object({ confirmed: z.array(z.string().max(80)).max(100) });

const progress = z.object({
  identityOk: z.boolean(),
  companyStepDone: z.boolean(),
  consentChosen: z.boolean(),
  documentsConfirmed: z.boolean(),
  applicationActive: z.boolean(),
  stepsComplete: z.boolean(),
});

const expectedDocument = z.object({
  key: z.string(),
  person: z.enum(['applicant', 'co_applicant']),
  category: documentCategory,
  period: z.string().nullable(),
  group: z.enum(['obtain_number', 'view_offers', 'apply']),
  status: z.enum(['missing', 'received', 'validated', 'refused']),
  confirmed: z.boolean(),
});

/** The applicant's view of their file. */
export const applicantFile = z.object({
  id: z.uuid(),
  uniqueNumber: z.string(),
  uniqueNumberFormatted: z.string(),
  platformNumber: z.string(),
  personalCode: z.string(),
  status: fileStatus,
  identityMismatch: z.array(z.string()),
  refusal: z
    .object({
      by: z.enum(['company', 'operator']).nullable(),
      reason: z.string().nullable(),
      comment: z.string().nullable(),
    })
    .nullable(),
  validity: z.object({
    state: z.enum(['active', 'expiring_soon', 'expired', 'struck_off']),
    validUntil: z.string(),
    daysLeft: z.number().nullable(),
    canReactivateUntil: z.string().nullable(),
  }),
  progress,
  nextAction: z.enum([
    'resolve_identity',
    'renew_application',
    'company_step',
    'consent',
    'documents',
    'submit',
    'wait_company',
    'wait_operator',
    'correct_and_resubmit',
    'search_offers',
  ]),
  application: registrationApplication,
  importedAt: z.date(),
  refreshedAt: z.date(),
  company: z.object({
    attachTo: z.enum(['applicant', 'co_applicant']).nullable(),
    employerSiret: z.string().nullable(),
    employerName: z.string().nullable(),
    companyCode: z
      .string()
      .nullable()
      .describe('Code of the company the file is linked to (shown again in the company step)'),
    staffNumber: z.string().nullable(),
    hiredAt: z.string().nullable(),
    permanentTempContract: z.boolean().nullable(),
    linkedCompany: z
      .object({
        name: z.string(),
        validationRequired: z.boolean(),
        requiresStaffNumber: z.boolean(),
        requiresHiringDate: z.boolean(),
        isTempAgency: z.boolean(),
      })
      .nullable(),
  }),
  consent: consentLevel.nullable(),
  consentChoices: z.array(consentLevel),
  documents: z.array(
    z.object({
      person: z.enum(['applicant', 'co_applicant']),
      group: z.enum(['obtain_number', 'view_offers', 'apply']),
      documents: z.array(expectedDocument),
    }),
  ),
  registrationLinks: z.object({ edit: z.string(), documents: z.string(), renew: z.string() }),
  history: z.array(
    z.object({
      event: z.string(),
      fromStatus: z.string().nullable(),
      toStatus: z.string(),
      reason: z.string().nullable(),
      comment: z.string().nullable(),
      createdAt: z.date(),
    }),
  ),
});

export const myFileResponse = z.object({
  file: applicantFile.nullable(),
  pendingImport: z.object({ uniqueNumber: z.string(), maskedEmail: z.string() }).nullable(),
});
export const fileResponse = z.object({ file: applicantFile });
export const refreshResponse = z.object({
  file: applicantFile,
  changes: z.array(
    z.object({
      field: z.string(),
      before: z.union([z.string(), z.number(), z.boolean()]).nullable(),
      after: z.union([z.string(), z.number(), z.boolean()]).nullable(),
      material: z.boolean(),
    }),
  ),
  sentBackForValidation: z.boolean(),
});

export const companyDecisionBody = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('validate') }),
  z.object({ decision: z.literal('refuse'), reason: z.string().trim().min(3).max(1000) }),
]);
export const operatorDecisionBody = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('validate') }),
  z.object({
    decision: z.literal('refuse'),
    reason: z.enum(OPERATOR_REFUSAL_REASONS),
    comment: z.string().trim().max(1000).optional(),
  }),
]);
export const fileIdParams = z.object({ id: z.uuid() });
export const queueQuery = z.object({
  status: z
    .enum([...fileStatus.options, 'all'])
    .optional()
    .describe("A file state, or 'all' for every state (default: awaiting_operator)"),
  q: z.string().trim().max(100).optional(),
});
export const registrationSiteQuery = z.object({ department: z.string().trim().min(1).max(3) });
export const registrationSiteResponse = z.object({
  department: z.object({ code: z.string(), name: z.string() }).nullable(),
  site: z.object({ name: z.string(), url: z.string().nullable(), isNational: z.boolean() }),
  whatToPrepare: z.array(documentCategory),
});
export const departmentsResponse = z.object({
  departments: z.array(z.object({ code: z.string(), name: z.string() })),
});
