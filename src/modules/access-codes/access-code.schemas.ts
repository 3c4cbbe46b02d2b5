import { z } from 'zod';
import { filePart } from '../messages/uploads.js';

const isoDateTime = z.date().transform((d) => d.toISOString());
const locale = z
  .enum(['fr', 'en'])
  .default('fr')
  .describe('Language of the e-mail sent to the employee');

/** A personal access code as HR sees it (never the code itself, only its last characters). */
export const accessCodeView = z.object({
  id: z.uuid(),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  codeHint: z.string().describe('Last 4 characters of the code, to tell codes apart'),
  state: z.enum(['active', 'used', 'revoked', 'expired']),
  issuedAt: isoDateTime,
  expiresAt: isoDateTime,
  sentCount: z.number().int(),
  lastSentAt: isoDateTime,
  revokedAt: isoDateTime.nullable(),
  usedAt: isoDateTime.nullable(),
});

/** Response: access code. */
export const accessCodeResponse = z.object({ accessCode: accessCodeView });
/** Response: access codes. */
export const accessCodesResponse = z.object({ accessCodes: z.array(accessCodeView) });
/** Query string: access codes. */
export const accessCodesQuery = z.object({
  state: z.enum(['active', 'used', 'revoked', 'expired']).optional(),
  q: z.string().trim().max(100).optional(),
});
/** Request body: issue access code. */
export const issueAccessCodeBody = z.object({
  firstName: z.string().trim().min(1).max(100),
  lastName: z.string().trim().min(1).max(100),
  email: z.email().max(254),
  locale,
});
/** Request body: resend. */
export const resendBody = z.object({ locale }).default({ locale: 'fr' });
/** Path parameters: access code. */
export const accessCodeParams = z.object({ id: z.uuid() });

/** The employee list: a CSV file with the columns last name, first name, e-mail (multipart). */
export const importListBody = z.object({
  file: filePart.describe(
    'CSV file: header line with nom/prénom/e-mail (or last name/first name/email), separator ; , or tab, 1,000 lines at most',
  ),
  locale: z.enum(['fr', 'en']).optional().default('fr'),
});
/** Response: import list. */
export const importListResponse = z.object({
  issued: z.number().int(),
  refused: z.number().int(),
  lines: z.array(
    z.object({
      line: z.number().int(),
      email: z.string(),
      status: z.enum(['issued', 'refused']),
      problems: z.array(z.object({ path: z.string(), code: z.string() })),
    }),
  ),
});
