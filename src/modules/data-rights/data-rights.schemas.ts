import { z } from 'zod';
import { ACCESS_ACTIONS } from './access-log.js';
import { applicantFile } from '../applicant-file/file.schemas.js';
import { messageView } from '../messages/message.schemas.js';

const isoDateTime = z.date().transform((d) => d.toISOString());

/** One access to the user's data by someone else. */
export const accessLogEntry = z.object({
  at: isoDateTime,
  action: z.enum(ACCESS_ACTIONS),
  what: z.string().describe('What was done, in the request language'),
  actor: z.object({
    role: z.enum(['employer', 'operator', 'landlord', 'applicant', 'system']),
    organisation: z
      .string()
      .nullable()
      .describe(
        'Company or landlord name; "Action Logement Services" for advisers; never a person',
      ),
    label: z.string(),
  }),
});
/** Response: access log. */
export const accessLogResponse = z.object({ entries: z.array(accessLogEntry) });

/** Everything the platform holds about the applicant (GET /api/me/data). */
export const personalDataResponse = z.object({
  exportedAt: isoDateTime,
  account: z.object({
    email: z.string(),
    civility: z.enum(['mme', 'm']).nullable(),
    firstName: z.string(),
    lastName: z.string(),
    mobilePhone: z.string().nullable(),
    birthDate: z.string().nullable(),
    locale: z.enum(['fr', 'en']),
    createdAt: isoDateTime,
    emailVerifiedAt: isoDateTime.nullable(),
    dataUseAcceptedAt: isoDateTime.nullable(),
  }),
  file: applicantFile.nullable(),
  accessLog: z.array(accessLogEntry),
  messages: z.array(
    z.object({
      subject: z.string(),
      kind: z.string(),
      status: z.string(),
      createdAt: isoDateTime,
      messages: z.array(messageView),
    }),
  ),
  recoveryRequests: z.array(
    z.object({
      reference: z.string(),
      codeKind: z.string(),
      firstName: z.string(),
      lastName: z.string(),
      birthDate: z.string().nullable(),
      accountEmail: z.string(),
      employerName: z.string(),
      siret: z.string(),
      reason: z.string(),
      proofKind: z.string(),
      status: z.string(),
      dueOn: z.string(),
      createdAt: isoDateTime,
    }),
  ),
  uploadedFiles: z.array(
    z.object({
      id: z.uuid(),
      purpose: z.string(),
      fileName: z.string(),
      contentType: z.string(),
      sizeBytes: z.number().int(),
      createdAt: isoDateTime,
    }),
  ),
  certificates: z.array(z.object({ reference: z.string(), issuedAt: isoDateTime })),
  fraudReports: z.array(
    z.object({
      reference: z.string(),
      channel: z.string(),
      description: z.string(),
      status: z.string(),
      createdAt: isoDateTime,
    }),
  ),
  accessCodesUsed: z.array(z.object({ companyName: z.string(), usedAt: isoDateTime.nullable() })),
  sessions: z.array(
    z.object({
      createdAt: isoDateTime,
      lastSeenAt: isoDateTime,
      ip: z.string().nullable(),
      userAgent: z.string().nullable(),
    }),
  ),
  contributions: z
    .record(z.string(), z.unknown())
    .describe('Sections of other features (candidacies...)'),
});

/** What deleting the account erases and keeps, in the request language. */
export const deletionConsequencesResponse = z.object({
  erased: z.array(
    z.object({ key: z.enum(['account', 'file', 'candidacies', 'messages']), text: z.string() }),
  ),
  kept: z.array(
    z.object({
      key: z.enum(['candidacies', 'registration', 'audit', 'fraudReports']),
      text: z.string(),
    }),
  ),
  candidaciesKept: z
    .number()
    .int()
    .describe('Candidacies already sent to a landlord, which stay with it'),
});

/** Request body: delete account. */
export const deleteAccountBody = z.object({
  password: z.string().min(1).max(1024).describe('The account password, to confirm'),
  confirm: z.literal(true).describe('The applicant read the consequences'),
});
