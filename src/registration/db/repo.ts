import { and, asc, count, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import type { SupportingDocument } from '../contract.js';
import {
  accessTokens,
  applications,
  devMailbox,
  documents,
  importCodes,
  numberCounters,
  type StoredApplication,
} from './schema.js';

// Plain typed queries on the service's tables; each takes a Db or a transaction.

/** The stored application of a unique number, or null. */
export async function findApplication(
  q: Queryable,
  uniqueNumber: string,
): Promise<StoredApplication | null> {
  const [row] = await q
    .select({ document: applications.document })
    .from(applications)
    .where(eq(applications.uniqueNumber, uniqueNumber))
    .limit(1);
  return row?.document ?? null;
}

/** The stored application, locked until the end of the transaction (serialises code requests per number). */
export async function lockApplication(
  q: Queryable,
  uniqueNumber: string,
): Promise<StoredApplication | null> {
  const [row] = await q
    .select({ document: applications.document })
    .from(applications)
    .where(eq(applications.uniqueNumber, uniqueNumber))
    .for('update')
    .limit(1);
  return row?.document ?? null;
}

function indexedColumns(application: StoredApplication) {
  return {
    applicantEmail: application.applicant.email.toLowerCase(),
    birthDate: application.applicant.birthDate,
    status: application.status,
    document: application,
  };
}

/** Stores a new application. */
export async function insertApplication(
  q: Queryable,
  application: StoredApplication,
  now: Date,
): Promise<void> {
  await q.insert(applications).values({
    uniqueNumber: application.uniqueNumber,
    ...indexedColumns(application),
    createdAt: now,
    updatedAt: now,
  });
}

/** Replaces the stored document of an application and its indexed columns. */
export async function saveApplication(
  q: Queryable,
  application: StoredApplication,
  now: Date,
): Promise<void> {
  await q
    .update(applications)
    .set({ ...indexedColumns(application), updatedAt: now })
    .where(eq(applications.uniqueNumber, application.uniqueNumber));
}

/** Number of applications held. */
export async function countApplications(q: Queryable): Promise<number> {
  const [row] = await q.select({ n: count() }).from(applications);
  return row?.n ?? 0;
}

/** Takes the next sequence number of a territory (atomic: an upsert on the counter row). */
export async function nextSequence(q: Queryable, territory: string): Promise<number> {
  const [row] = await q
    .insert(numberCounters)
    .values({ territory, lastValue: 1 })
    .onConflictDoUpdate({
      target: numberCounters.territory,
      set: { lastValue: sql`${numberCounters.lastValue} + 1` },
    })
    .returning({ value: numberCounters.lastValue });
  if (!row) throw new Error('sequence upsert returned nothing');
  return row.value;
}

/** Raises a territory's counter to at least `value` (the demo seed uses fixed numbers). */
export async function raiseSequence(q: Queryable, territory: string, value: number): Promise<void> {
  await q
    .insert(numberCounters)
    .values({ territory, lastValue: value })
    .onConflictDoUpdate({
      target: numberCounters.territory,
      set: { lastValue: sql`greatest(${numberCounters.lastValue}, ${value})` },
    });
}

const documentMetadata = {
  id: documents.id,
  person: documents.person,
  category: documents.category,
  period: documents.period,
  fileName: documents.fileName,
  mimeType: documents.mimeType,
  sizeBytes: documents.sizeBytes,
  status: documents.status,
  uploadedAt: documents.uploadedAt,
};

/** The documents of an application, oldest first, without their bytes. */
export async function listDocuments(
  q: Queryable,
  uniqueNumber: string,
): Promise<SupportingDocument[]> {
  const rows = await q
    .select(documentMetadata)
    .from(documents)
    .where(eq(documents.uniqueNumber, uniqueNumber))
    .orderBy(asc(documents.uploadedAt), asc(documents.id));
  return rows.map((r) => ({ ...r, uploadedAt: r.uploadedAt.toISOString() }));
}

/** A new document row, bytes included. */
export type NewDocument = Omit<SupportingDocument, 'id' | 'uploadedAt'> & {
  uniqueNumber: string;
  content: Buffer;
  uploadedAt: Date;
};

/** Stores a document and returns its id. */
export async function insertDocument(q: Queryable, document: NewDocument): Promise<string> {
  const [row] = await q.insert(documents).values(document).returning({ id: documents.id });
  if (!row) throw new Error('document insert returned nothing');
  return row.id;
}

/** One document with its bytes, when it belongs to the application. */
export async function findDocumentContent(
  q: Queryable,
  uniqueNumber: string,
  id: string,
): Promise<{ fileName: string; mimeType: SupportingDocument['mimeType']; content: Buffer } | null> {
  const [row] = await q
    .select({
      fileName: documents.fileName,
      mimeType: documents.mimeType,
      content: documents.content,
    })
    .from(documents)
    .where(and(eq(documents.uniqueNumber, uniqueNumber), eq(documents.id, id)))
    .limit(1);
  return row ?? null;
}

/** Creation times of the codes sent for a number since a date (for the resend throttle). */
export async function codesSentSince(
  q: Queryable,
  uniqueNumber: string,
  since: Date,
): Promise<Date[]> {
  const rows = await q
    .select({ createdAt: importCodes.createdAt })
    .from(importCodes)
    .where(and(eq(importCodes.uniqueNumber, uniqueNumber), gt(importCodes.createdAt, since)));
  return rows.map((r) => r.createdAt);
}

/** The newest code of a number (the only one that can be used). */
export async function currentCode(q: Queryable, uniqueNumber: string) {
  const [row] = await q
    .select()
    .from(importCodes)
    .where(eq(importCodes.uniqueNumber, uniqueNumber))
    .orderBy(desc(importCodes.createdAt), desc(importCodes.id))
    .limit(1);
  return row ?? null;
}

/** Stores a new code (it replaces the previous one, which is no longer the newest). */
export async function insertCode(
  q: Queryable,
  code: { uniqueNumber: string; codeHash: string; expiresAt: Date; createdAt: Date },
): Promise<void> {
  await q.insert(importCodes).values(code);
}

/** Counts one wrong try on a code. */
export async function addFailedAttempt(q: Queryable, id: number): Promise<void> {
  await q
    .update(importCodes)
    .set({ attempts: sql`${importCodes.attempts} + 1` })
    .where(eq(importCodes.id, id));
}

/** Marks a code used; false when another request used it first. */
export async function markCodeUsed(q: Queryable, id: number, now: Date): Promise<boolean> {
  const rows = await q
    .update(importCodes)
    .set({ usedAt: now })
    .where(and(eq(importCodes.id, id), isNull(importCodes.usedAt)))
    .returning({ id: importCodes.id });
  return rows.length === 1;
}

/** Stores the hash of a new access token. */
export async function insertAccessToken(
  q: Queryable,
  token: { tokenHash: string; uniqueNumber: string; createdAt: Date },
): Promise<void> {
  await q.insert(accessTokens).values(token);
}

/** The unique number an access token opens, unless it was revoked. */
export async function findAccessToken(q: Queryable, tokenHash: string): Promise<string | null> {
  const [row] = await q
    .select({ uniqueNumber: accessTokens.uniqueNumber })
    .from(accessTokens)
    .where(and(eq(accessTokens.tokenHash, tokenHash), isNull(accessTokens.revokedAt)))
    .limit(1);
  return row?.uniqueNumber ?? null;
}

/** Keeps a message in the development mailbox. */
export async function insertMail(
  q: Queryable,
  mail: { to: string; subject: string; text: string; html: string; createdAt: Date },
): Promise<void> {
  await q.insert(devMailbox).values(mail);
}

/** Development mailbox messages, newest first, optionally for one address. */
export async function listMails(q: Queryable, to?: string) {
  return q
    .select()
    .from(devMailbox)
    .where(to ? sql`lower(${devMailbox.to}) = lower(${to})` : undefined)
    .orderBy(desc(devMailbox.id))
    .limit(100);
}

/** One development mailbox message. */
export async function findMail(q: Queryable, id: number) {
  const [row] = await q.select().from(devMailbox).where(eq(devMailbox.id, id)).limit(1);
  return row ?? null;
}
