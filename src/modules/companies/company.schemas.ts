import { z } from 'zod';
import { COMPANY_SECTORS, SIZE_BANDS } from '../../domain/companies/eligibility.js';
import { CONTRACT_TYPES } from '../../domain/companies/policy.js';

const isoDateTime = z.date().transform((d) => d.toISOString());
const consentLevel = z.enum(['anonymous', 'limited', 'full']);
const digits = () =>
  z
    .string()
    .trim()
    .max(30)
    .transform((v) => v.replace(/\s/g, ''));

/** An HR user to invite when onboarding a company. */
export const hrUserInput = z.object({
  civility: z.enum(['mme', 'm']).nullable().default(null),
  firstName: z.string().trim().min(1).max(100),
  lastName: z.string().trim().min(1).max(100),
  email: z.email().max(254),
  isAdmin: z.boolean().default(false).describe('HR administrator: may edit the housing policy'),
});

/** Onboarding form of a company (back office). */
export const onboardCompanyBody = z.object({
  name: z.string().trim().min(1).max(200).describe('Legal name'),
  siren: digits().describe('SIREN, 9 digits (Luhn checked)'),
  sirets: z
    .array(digits())
    .min(1)
    .max(200)
    .describe('SIRET of each establishment, 14 digits, starting with the SIREN'),
  sizeBand: z.enum(SIZE_BANDS),
  sector: z.enum(COMPANY_SECTORS),
  isTempAgency: z
    .boolean()
    .default(false)
    .describe('Temporary-work agency (its employees are asked about a permanent temp contract)'),
  hrUsers: z.array(hrUserInput).max(20).default([]).describe('HR users invited by e-mail'),
});

/** Changes to a company (back office); the SIREN and the code do not change. */
export const updateCompanyBody = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  sirets: z.array(digits()).min(1).max(200).optional(),
  sizeBand: z.enum(SIZE_BANDS).optional(),
  sector: z.enum(COMPANY_SECTORS).optional(),
  isTempAgency: z.boolean().optional(),
});

/** Request body: more HR users to invite. */
export const inviteHrBody = z.object({ hrUsers: z.array(hrUserInput).min(1).max(20) });

const workplaceRule = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('commune'),
    inseeCode: z.string().trim().toUpperCase().max(5),
    name: z.string().trim().min(1).max(100),
  }),
  z.object({ kind: z.literal('department'), code: z.string().trim().toUpperCase().max(3) }),
]);

/** A housing policy as HR administrators send it (every field, a new version is written). */
export const policyBody = z.object({
  validationRequired: z
    .boolean()
    .describe('The company validates its employees’ files before Action Logement'),
  requiresStaffNumber: z
    .boolean()
    .describe('Staff number (matricule) mandatory in the company step'),
  requiresHiringDate: z.boolean().describe('Hiring date mandatory in the company step'),
  allowedConsents: z
    .array(consentLevel)
    .min(1)
    .max(3)
    .describe('Consent levels offered to employees'),
  minSeniorityMonths: z
    .number()
    .int()
    .min(0)
    .max(600)
    .nullable()
    .describe('Minimum seniority in months (needs requiresHiringDate)'),
  contractTypes: z
    .array(z.enum(CONTRACT_TYPES))
    .max(5)
    .describe('Contract types accepted; empty for any'),
  workplaces: z
    .array(workplaceRule)
    .max(200)
    .describe('Workplaces accepted (communes by INSEE code, or departments); empty for anywhere'),
  priorityPoints: z
    .number()
    .int()
    .min(0)
    .max(1000)
    .describe('Priority points granted, 0 to the ranking rule maximum'),
  employeeNote: z
    .string()
    .trim()
    .max(2000)
    .nullable()
    .describe('Text shown to employees with the policy'),
});

/** A policy as the API shows it. */
export const policyView = policyBody.extend({
  workplaces: z.array(
    z.union([
      z.object({ kind: z.literal('commune'), inseeCode: z.string(), name: z.string() }),
      z.object({ kind: z.literal('department'), code: z.string() }),
    ]),
  ),
  version: z.number().int().describe('0 until HR first edits the policy'),
  changedAt: isoDateTime,
});

/** A policy version with its author, for HR. */
export const policyVersionView = policyView.extend({
  author: z.object({ firstName: z.string(), lastName: z.string() }).nullable(),
});

const hrUserView = z.object({
  id: z.uuid(),
  email: z.string(),
  civility: z.enum(['mme', 'm']).nullable(),
  firstName: z.string(),
  lastName: z.string(),
  isAdmin: z.boolean(),
  status: z.enum(['pending', 'active', 'disabled']),
});

/** A company as the back office and its own HR users see it. */
export const companyView = z.object({
  id: z.uuid(),
  name: z.string(),
  siren: z.string(),
  sirets: z.array(z.string()),
  code: z.string().describe('Company code given by HR to employees'),
  sizeBand: z.enum(SIZE_BANDS).nullable(),
  sector: z.enum(COMPANY_SECTORS).nullable(),
  isTempAgency: z.boolean(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  policy: policyView,
  maxPriorityPoints: z
    .number()
    .int()
    .describe('Most priority points a policy may grant (the ranking rule in force)'),
  hrUsers: z.array(hrUserView),
});

/** Schema: company list item. */
export const companyListItem = z.object({
  id: z.uuid(),
  name: z.string(),
  siren: z.string(),
  code: z.string(),
  sizeBand: z.enum(SIZE_BANDS).nullable(),
  sector: z.enum(COMPANY_SECTORS).nullable(),
  hrUsers: z.number().int(),
  createdAt: isoDateTime,
});

/** Schema: invitation result. */
export const invitationResult = z.object({
  email: z.string(),
  status: z.enum(['invited', 'failed']),
  error: z.string().nullable().describe('Stable error code when the invitation failed'),
});

/** Response: company. */
export const companyResponse = z.object({ company: companyView });
/** Response: onboard. */
export const onboardResponse = z.object({
  company: companyView,
  invitations: z.array(invitationResult),
});
/** Response: companies. */
export const companiesResponse = z.object({ companies: z.array(companyListItem) });
/** Path parameters: company id. */
export const companyIdParams = z.object({ id: z.uuid() });
/** Response: policy versions. */
export const policyVersionsResponse = z.object({ versions: z.array(policyVersionView) });

const criterionResult = z.object({
  criterion: z.enum(['min_seniority', 'contract_type', 'workplace']),
  status: z.enum(['met', 'not_met', 'unknown']),
});

/** What an employee sees of the policy of the company their file is attached to. */
export const employeePolicyResponse = z.object({
  company: z.object({ name: z.string(), isTempAgency: z.boolean() }),
  policy: policyView,
  maxPriorityPoints: z.number().int(),
  criteria: z
    .array(criterionResult)
    .describe('The criteria checked against the file (empty when the policy sets none)'),
});

/** A code typed in the company step, to show the company's requirements before saving. */
export const policyPreviewBody = z
  .object({
    companyCode: z.string().trim().max(40).optional(),
    personalAccessCode: z.string().trim().max(40).optional(),
  })
  .refine((b) => Boolean(b.companyCode || b.personalAccessCode), {
    params: { fieldCode: 'field.required' },
    path: ['companyCode'],
  });
/** Response: policy preview. */
export const policyPreviewResponse = z.object({
  company: z.object({ name: z.string(), isTempAgency: z.boolean() }),
  policy: policyView,
  maxPriorityPoints: z.number().int(),
});
