import { z } from 'zod';
import { filePart, formText } from '../messages/uploads.js';

const isoDateTime = z.date().transform((d) => d.toISOString());
const codeKind = z
  .enum(['personal', 'company'])
  .describe('personal: the code of my AL’in file; company: my employer’s company code');
const proofKind = z
  .enum(['employment_certificate', 'payslip', 'contract'])
  .describe('Employment certificate, payslip excerpt showing the SIRET, or work contract');

/** The form "Récupérer mon code" (multipart/form-data, with the proof of employment). */
export const recoveryForm = z.object({
  codeKind,
  civility: z.preprocess((v) => (v === '' ? undefined : v), z.enum(['mme', 'm']).optional()),
  firstName: formText(100),
  lastName: formText(100),
  birthDate: z.preprocess((v) => (v === '' ? undefined : v), z.iso.date().optional()),
  accountEmail: formText(254)
    .pipe(z.email())
    .describe(
      'E-mail address of the AL’in account (ignored when logged in: the account’s own is used)',
    ),
  employerName: formText(200),
  siret: formText(30).describe('SIRET of the employer, 14 digits'),
  reason: formText(2000).describe('Why the code is needed and why it cannot be found'),
  proofKind,
  proof: filePart.describe('Proof of employment: PDF, JPEG or PNG, 5 MB at most'),
});

/** Response: recovery created. */
export const recoveryCreatedResponse = z.object({
  reference: z.string(),
  dueOn: z
    .string()
    .describe(
      'The answer arrives as a secure message in the applicant’s space by this date (3 working days)',
    ),
});

/** Schema: recovery status. */
export const recoveryStatus = z.enum(['pending', 'answered', 'rejected']);

const requestView = z.object({
  id: z.uuid(),
  reference: z.string(),
  codeKind,
  civility: z.enum(['mme', 'm']).nullable(),
  firstName: z.string(),
  lastName: z.string(),
  birthDate: z.string().nullable(),
  accountEmail: z.string(),
  employerName: z.string(),
  siret: z.string(),
  reason: z.string(),
  proofKind,
  hasProof: z.boolean(),
  status: recoveryStatus,
  dueOn: z.string(),
  overdue: z.boolean().describe('Still pending after its due date'),
  workingDaysLate: z.number().int(),
  accountMatched: z.boolean().describe('An applicant account has the e-mail given'),
  handledAt: isoDateTime.nullable(),
  handlingNote: z.string().nullable(),
  threadId: z.uuid().nullable(),
  createdAt: isoDateTime,
});

/** Response: recovery list. */
export const recoveryListResponse = z.object({ requests: z.array(requestView) });
/** Query string: recovery list. */
export const recoveryListQuery = z.object({
  status: recoveryStatus.optional(),
  overdue: z.enum(['true', 'false']).optional(),
});

/** A request with what the consultant needs to answer it (after checking the proof). */
export const recoveryDetailResponse = z.object({
  request: requestView,
  account: z
    .object({
      id: z.uuid(),
      email: z.string(),
      firstName: z.string(),
      lastName: z.string(),
      birthDate: z.string().nullable(),
      file: z
        .object({
          platformNumber: z.string(),
          personalCode: z.string(),
          companyName: z.string().nullable(),
          employerSiret: z.string().nullable(),
        })
        .nullable(),
    })
    .nullable(),
  companiesWithSiret: z
    .array(z.object({ id: z.uuid(), name: z.string(), code: z.string(), siretListed: z.boolean() }))
    .describe('Client companies whose SIREN matches the SIRET given'),
});

/** Path parameters: recovery. */
export const recoveryParams = z.object({ id: z.uuid() });
/** Request body: answer. */
export const answerBody = z.object({
  message: z
    .string()
    .trim()
    .min(1)
    .max(10_000)
    .describe('Secure message to the applicant (may contain the code; never e-mailed)'),
});
/** Request body: reject. */
export const rejectBody = z.object({
  note: z.string().trim().min(1).max(2000).describe('Internal note'),
  message: z
    .string()
    .trim()
    .max(10_000)
    .optional()
    .describe('Optional secure message to the applicant'),
});
