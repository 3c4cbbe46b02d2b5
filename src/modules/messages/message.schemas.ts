import { z } from 'zod';

const isoDateTime = z.date().transform((d) => d.toISOString());

/** Schema: thread status. */
export const threadStatus = z.enum(['awaiting_backoffice', 'awaiting_applicant', 'closed']);
/** Schema: thread kind. */
export const threadKind = z.enum(['recovery', 'contact', 'general']);

const attachment = z.object({
  id: z.uuid(),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
});

/** One message: `backoffice` messages come from Action Logement (the adviser is not named). */
export const messageView = z.object({
  id: z.number().int(),
  side: z.enum(['applicant', 'backoffice']),
  body: z.string(),
  createdAt: isoDateTime,
  readAt: isoDateTime.nullable().describe('When the other side first read it'),
  attachments: z.array(attachment),
});

const threadBase = z.object({
  id: z.uuid(),
  kind: threadKind,
  category: z.string().nullable(),
  subject: z.string(),
  status: threadStatus,
  lastMessageAt: isoDateTime,
  createdAt: isoDateTime,
  unread: z.number().int().describe('Messages of the other side not read yet'),
});

/** Response: applicant threads. */
export const applicantThreadsResponse = z.object({ threads: z.array(threadBase) });
/** Response: applicant thread. */
export const applicantThreadResponse = z.object({
  thread: threadBase,
  messages: z.array(messageView),
});

const backofficeThread = threadBase.extend({
  dueOn: z
    .string()
    .nullable()
    .describe('Answer due by this date (3 working days), while awaiting the back office'),
  overdue: z.boolean(),
  applicant: z.object({
    id: z.uuid(),
    email: z.string(),
    firstName: z.string(),
    lastName: z.string(),
  }),
});
/** Response: backoffice threads. */
export const backofficeThreadsResponse = z.object({ threads: z.array(backofficeThread) });
/** Response: backoffice thread. */
export const backofficeThreadResponse = z.object({
  thread: backofficeThread,
  messages: z.array(messageView),
});
/** Query string: backoffice threads. */
export const backofficeThreadsQuery = z.object({
  status: threadStatus.optional(),
  kind: threadKind.optional(),
  overdue: z.enum(['true', 'false']).optional().describe('true: only threads past their due date'),
});

/** Path parameters: thread. */
export const threadParams = z.object({ id: z.uuid() });
/** Path parameters: attachment. */
export const attachmentParams = z.object({ id: z.uuid(), fileId: z.uuid() });
/** Request body: reply. */
export const replyBody = z.object({ body: z.string().trim().min(1).max(10_000) });
/** Request body: backoffice reply. */
export const backofficeReplyBody = replyBody.extend({
  close: z.boolean().default(false).describe('Close the thread with this answer'),
});
/** Request body: start thread. */
export const startThreadBody = z.object({
  applicantUserId: z.uuid(),
  subject: z.string().trim().min(1).max(200),
  body: z.string().trim().min(1).max(10_000),
});
