import { z } from 'zod';
import { fileParts, formText } from '../messages/uploads.js';
import { CONTACT_CATEGORIES } from './content/contact.js';

const isoDateTime = z.date().transform((d) => d.toISOString());
const lang = z.object({
  lang: z
    .enum(['fr', 'en'])
    .optional()
    .describe('Language; default: the request’s (cookie alin_lang, then Accept-Language)'),
});
/** Query string: the language of the content (default: the request's). */
export const langQuery = lang;

const faqEntry = z.object({ id: z.string(), question: z.string(), answer: z.array(z.string()) });
/** Response: faq. */
export const faqResponse = z.object({
  locale: z.enum(['fr', 'en']),
  sections: z.array(
    z.object({
      id: z.enum(['account', 'import', 'codes', 'documents', 'offers', 'candidacies']),
      title: z.string(),
      entries: z.array(faqEntry),
    }),
  ),
});

/** Response: codes help. */
export const codesHelpResponse = z.object({
  locale: z.enum(['fr', 'en']),
  codes: z.array(
    z.object({
      kind: z.enum(['company_code', 'personal_code', 'personal_access_code']),
      title: z.string(),
      what: z.string(),
      whereToFind: z.array(z.string()),
      format: z.string(),
    }),
  ),
  recoveryPaths: z.array(
    z.object({
      step: z.number().int(),
      key: z.enum(['personal_space', 'registration_emails', 'hr', 'form']),
      title: z.string(),
      text: z.string(),
    }),
  ),
  never: z.string(),
});

/** Response: contact info. */
export const contactInfoResponse = z.object({
  locale: z.enum(['fr', 'en']),
  phone: z.string(),
  phoneInternational: z.string(),
  phoneHref: z.string(),
  phoneNote: z.string(),
  hours: z.object({
    days: z.array(z.enum(['mon', 'tue', 'wed', 'thu', 'fri'])),
    opens: z.string(),
    closes: z.string(),
    timeZone: z.literal('Europe/Paris'),
    closedOnPublicHolidays: z.literal(true),
    text: z.string(),
  }),
  openNow: z.boolean(),
  answerDelay: z.string(),
  fraud: z.object({ email: z.string(), warning: z.string() }),
  categories: z.array(z.object({ key: z.enum(CONTACT_CATEGORIES), label: z.string() })),
});

/** The contact form (multipart/form-data; logged-in applicants: the answer comes as a secure message). */
export const contactForm = z.object({
  category: z.enum(CONTACT_CATEGORIES),
  subject: formText(200),
  message: formText(10_000),
  attachments: fileParts.describe('Up to 3 files (PDF, JPEG or PNG, 5 MB each), optional'),
});
/** Response: contact created. */
export const contactCreatedResponse = z.object({
  threadId: z.uuid(),
  dueOn: z.string().describe('Answer due by this date (3 working days)'),
});

const channel = z.enum([
  'phone',
  'email',
  'sms',
  'website',
  'social_network',
  'in_person',
  'other',
]);
const fraudStatus = z.enum(['new', 'in_review', 'closed']);

/** A fraud report (anyone; all services are free, any request for money is a fraud). */
export const fraudReportBody = z.object({
  channel: channel.describe('How the person was contacted'),
  description: z.string().trim().min(10).max(5000),
  amountRequestedEuros: z.number().nonnegative().max(1_000_000).optional(),
  occurredOn: z.iso.date().optional(),
  contactEmail: z
    .email()
    .max(254)
    .optional()
    .describe('To be called back by the fraud team (optional)'),
  contactPhone: z.string().trim().max(30).optional(),
});
/** Response: fraud created. */
export const fraudCreatedResponse = z.object({ reference: z.string() });

const fraudView = z.object({
  id: z.uuid(),
  reference: z.string(),
  channel,
  description: z.string(),
  amountRequestedCents: z.number().int().nullable(),
  occurredOn: z.string().nullable(),
  contactEmail: z.string().nullable(),
  contactPhone: z.string().nullable(),
  fromAccount: z.boolean().describe('Sent by a logged-in user'),
  status: fraudStatus,
  handlingNote: z.string().nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
/** Response: fraud list. */
export const fraudListResponse = z.object({ reports: z.array(fraudView) });
/** Response: fraud. */
export const fraudResponse = z.object({ report: fraudView });
/** Query string: fraud list. */
export const fraudListQuery = z.object({ status: fraudStatus.optional() });
/** Path parameters: fraud. */
export const fraudParams = z.object({ id: z.uuid() });
/** Request body: fraud update. */
export const fraudUpdateBody = z.object({
  status: fraudStatus,
  handlingNote: z.string().trim().max(5000).nullable().optional(),
});
