import { z } from 'zod';
import { householdMember, registrationApplication } from '../../registration/contract.js';
import { consentLevel, fileStatus } from '../applicant-file/file.schemas.js';

const place = z.object({ postcode: z.string(), name: z.string() });
const limitedShape = {
  civility: z.enum(['mme', 'm']),
  lastName: z.string(),
  firstName: z.string(),
  birthDate: z.string(),
  email: z.string(),
  employerName: z.string().nullable(),
  employerSiret: z.string().nullable(),
  severalEmployers: z.boolean(),
  workplace: place.nullable(),
  currentCommune: place.nullable(),
  wantedCommunes: z.array(place),
};

/** What an employer sees of a file, depending on the employee's consent. */
export const visibleData = z.discriminatedUnion('level', [
  z.object({ level: z.literal('limited'), ...limitedShape }).strict(),
  z
    .object({
      level: z.literal('full'),
      ...limitedShape,
      uniqueNumber: z.string(),
      platformNumber: z.string(),
      household: z.array(householdMember),
      resources: registrationApplication.shape.resources,
      currentHousingSituation: z.string(),
      reasons: z.array(z.string()),
      typologies: z.array(z.string()),
      fileStatus: z.string(),
    })
    .strict(),
]);

const criterionResult = z.object({
  criterion: z.enum(['min_seniority', 'contract_type', 'workplace']),
  status: z.enum(['met', 'not_met', 'unknown']),
});

/** An employee's file as the company may see it (list item): consent-filtered data, company-step fields, criteria, access code. */
export const employeeFile = z.object({
  id: z.uuid(),
  status: fileStatus,
  consent: consentLevel,
  submittedAt: z.date().nullable(),
  data: visibleData,
  companyStep: z
    .object({
      staffNumber: z.string().nullable(),
      hiredAt: z.string().nullable(),
      permanentTempContract: z.boolean().nullable(),
    })
    .describe('What the employee entered for the company in the company step'),
  criteria: z
    .array(criterionResult)
    .describe(
      "The company's eligibility criteria checked on the file (empty when the policy sets none)",
    ),
  criteriaMet: z.boolean(),
  accessCode: z
    .object({
      issuedTo: z.object({ firstName: z.string(), lastName: z.string(), email: z.string() }),
      namesMatch: z.boolean().describe('The names the code was issued to are those of the file'),
      usedAt: z.date().nullable(),
    })
    .nullable()
    .describe('The personal access code the file was attached with, if any'),
});

/** An employee's file in detail: adds its history (candidacies: `/api/employer/files/:id/candidacies`). */
export const employeeFileDetail = employeeFile.extend({
  history: z.array(
    z.object({
      event: z.string(),
      fromStatus: z.string().nullable(),
      toStatus: z.string(),
      createdAt: z.date(),
    }),
  ),
});
/** Response: employee files. */
export const employeeFilesResponse = z.object({ files: z.array(employeeFile) });
/** Response: employee file. */
export const employeeFileResponse = z.object({ file: employeeFile });
/** Response: employee file detail. */
export const employeeFileDetailResponse = z.object({ file: employeeFileDetail });
/** Query string: employer files. */
export const employerFilesQuery = z.object({
  status: fileStatus.optional(),
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .describe('Text searched in the names the company may see'),
});
/** Request body: employer decision. */
export const employerDecisionBody = z.discriminatedUnion('decision', [
  z.object({
    decision: z.literal('validate'),
    acknowledgeUnmetCriteria: z
      .boolean()
      .default(false)
      .describe('Validate although a criterion is not met or unknown (an exception, logged)'),
  }),
  z.object({ decision: z.literal('refuse'), reason: z.string().trim().min(3).max(1000) }),
]);
