import { and, asc, desc, eq, inArray, isNull, lt, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import {
  messageAttachments,
  messages,
  messageThreads,
  uploadedFiles,
  users,
} from '../../db/schema/index.js';

/** A thread row as stored. */
export type ThreadRow = typeof messageThreads.$inferSelect;
/** The two sides of a conversation. */
export type Side = 'applicant' | 'backoffice';

/** Inserts a thread. */
export async function insertThread(
  q: Queryable,
  values: typeof messageThreads.$inferInsert,
): Promise<ThreadRow> {
  const [row] = await q.insert(messageThreads).values(values).returning();
  if (!row) throw new Error('insert message_threads returned nothing');
  return row;
}

/** Appends a message with its attachments, and returns its id. */
export async function insertMessage(
  q: Queryable,
  input: {
    threadId: string;
    side: Side;
    authorUserId: string | null;
    body: string;
    now: Date;
    attachmentIds?: string[];
  },
): Promise<number> {
  const [row] = await q
    .insert(messages)
    .values({
      threadId: input.threadId,
      side: input.side,
      authorUserId: input.authorUserId,
      body: input.body,
      createdAt: input.now,
    })
    .returning({ id: messages.id });
  if (!row) throw new Error('insert messages returned nothing');
  for (const fileId of input.attachmentIds ?? [])
    await q.insert(messageAttachments).values({ messageId: row.id, fileId });
  return row.id;
}

/** Updates a thread's status, due date and last activity. */
export async function updateThread(
  q: Queryable,
  id: string,
  patch: Partial<typeof messageThreads.$inferInsert>,
): Promise<void> {
  await q.update(messageThreads).set(patch).where(eq(messageThreads.id, id));
}

/** A thread by id. */
export async function findThread(q: Queryable, id: string): Promise<ThreadRow | null> {
  const rows = await q.select().from(messageThreads).where(eq(messageThreads.id, id)).limit(1);
  return rows[0] ?? null;
}

const unreadFor = (side: Side) =>
  sql<number>`(select count(*)::int from "messages" m where m."thread_id" = "message_threads"."id" and m."side" <> ${side} and m."read_at" is null)`;

/** The threads of an applicant, latest activity first, with how many messages they have not read. */
export function threadsOfApplicant(q: Queryable, userId: string) {
  return q
    .select({ thread: messageThreads, unread: unreadFor('applicant') })
    .from(messageThreads)
    .where(eq(messageThreads.applicantUserId, userId))
    .orderBy(desc(messageThreads.lastMessageAt));
}

/** The back office's queue of threads, oldest due first, with the applicant's name and e-mail. */
export function backofficeThreads(
  q: Queryable,
  filter: {
    status?: ThreadRow['status'] | undefined;
    kind?: ThreadRow['kind'] | undefined;
    overdueOn?: string | undefined;
  },
) {
  const conditions: SQL[] = [];
  if (filter.status) conditions.push(eq(messageThreads.status, filter.status));
  if (filter.kind) conditions.push(eq(messageThreads.kind, filter.kind));
  if (filter.overdueOn)
    conditions.push(
      eq(messageThreads.status, 'awaiting_backoffice'),
      lt(messageThreads.dueOn, filter.overdueOn),
    );
  return q
    .select({
      thread: messageThreads,
      unread: unreadFor('backoffice'),
      email: users.email,
      firstName: users.firstName,
      lastName: users.lastName,
    })
    .from(messageThreads)
    .innerJoin(users, eq(users.id, messageThreads.applicantUserId))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(sql`${messageThreads.dueOn} asc nulls last`, asc(messageThreads.lastMessageAt))
    .limit(500);
}

/** The messages of a thread, oldest first, with their attachments' metadata. */
export async function messagesOf(q: Queryable, threadId: string) {
  const rows = await q
    .select()
    .from(messages)
    .where(eq(messages.threadId, threadId))
    .orderBy(asc(messages.id));
  const ids = rows.map((m) => m.id);
  const files = ids.length
    ? await q
        .select({
          messageId: messageAttachments.messageId,
          id: uploadedFiles.id,
          fileName: uploadedFiles.fileName,
          contentType: uploadedFiles.contentType,
          sizeBytes: uploadedFiles.sizeBytes,
        })
        .from(messageAttachments)
        .innerJoin(uploadedFiles, eq(uploadedFiles.id, messageAttachments.fileId))
        .where(inArray(messageAttachments.messageId, ids))
    : [];
  return rows.map((m) => ({
    id: m.id,
    side: m.side,
    body: m.body,
    createdAt: m.createdAt,
    readAt: m.readAt,
    attachments: files
      .filter((f) => f.messageId === m.id)
      .map(({ id, fileName, contentType, sizeBytes }) => ({
        id,
        fileName,
        contentType,
        sizeBytes,
      })),
  }));
}

/** Marks as read the messages the other side wrote. */
export async function markRead(
  q: Queryable,
  threadId: string,
  reader: Side,
  now: Date,
): Promise<void> {
  await q
    .update(messages)
    .set({ readAt: now })
    .where(
      and(
        eq(messages.threadId, threadId),
        sql`${messages.side} <> ${reader}`,
        isNull(messages.readAt),
      ),
    );
}

/** An attachment of a thread (null when the file is not attached to one of its messages). */
export async function findAttachment(q: Queryable, threadId: string, fileId: string) {
  const rows = await q
    .select({ file: uploadedFiles })
    .from(messageAttachments)
    .innerJoin(messages, eq(messages.id, messageAttachments.messageId))
    .innerJoin(uploadedFiles, eq(uploadedFiles.id, messageAttachments.fileId))
    .where(and(eq(messages.threadId, threadId), eq(messageAttachments.fileId, fileId)))
    .limit(1);
  return rows[0]?.file ?? null;
}
