import { desc, eq } from 'drizzle-orm';
import {
  certificates,
  companies,
  employeeAccessCodes,
  fraudReports,
  recoveryRequests,
  sessions,
  uploadedFiles,
} from '../../db/schema/index.js';
import type { AppDeps } from '../../server/context.js';
import { AppError } from '../../server/errors.js';
import type { Locale } from '../../server/i18n/index.js';
import { findUserById } from '../accounts/account.repo.js';
import { findFileByUser } from '../applicant-file/file.repo.js';
import { applicantFileView } from '../applicant-file/file.view.js';
import { messagesOf, threadsOfApplicant } from '../messages/message.repo.js';
import { accessLogOf } from './access-log.js';
import { PERSONAL_DATA_CONTRIBUTORS, type ContributedSections } from './contributors.js';

/** Everything the platform holds about an applicant, as they may download it (no secrets: no password hash, no tokens). */
export async function personalDataOf(deps: AppDeps, userId: string, locale: Locale) {
  const { db } = deps.database;
  const user = await findUserById(db, userId);
  if (!user) throw new AppError('auth.required');
  const file = await findFileByUser(db, userId);
  const threads = await threadsOfApplicant(db, userId);
  const sections: Record<string, unknown> = {};
  for (const contributor of PERSONAL_DATA_CONTRIBUTORS)
    sections[contributor.name] = await contributor.exportFor(db, userId);
  // Filled above from the same list the type is derived from.
  const contributions = sections as ContributedSections;
  return {
    exportedAt: deps.clock.now(),
    account: {
      email: user.email,
      civility: user.civility,
      firstName: user.firstName,
      lastName: user.lastName,
      mobilePhone: user.mobilePhone,
      birthDate: user.birthDate,
      locale: user.locale,
      createdAt: user.createdAt,
      emailVerifiedAt: user.emailVerifiedAt,
      dataUseAcceptedAt: user.dataUseAcceptedAt,
    },
    file: file ? await applicantFileView(deps, file) : null,
    accessLog: await accessLogOf(db, userId, locale),
    messages: await Promise.all(
      threads.map(async ({ thread }) => ({
        subject: thread.subject,
        kind: thread.kind,
        status: thread.status,
        createdAt: thread.createdAt,
        messages: await messagesOf(db, thread.id),
      })),
    ),
    recoveryRequests: await db
      .select({
        reference: recoveryRequests.reference,
        codeKind: recoveryRequests.codeKind,
        firstName: recoveryRequests.firstName,
        lastName: recoveryRequests.lastName,
        birthDate: recoveryRequests.birthDate,
        accountEmail: recoveryRequests.accountEmail,
        employerName: recoveryRequests.employerName,
        siret: recoveryRequests.siret,
        reason: recoveryRequests.reason,
        proofKind: recoveryRequests.proofKind,
        status: recoveryRequests.status,
        dueOn: recoveryRequests.dueOn,
        createdAt: recoveryRequests.createdAt,
      })
      .from(recoveryRequests)
      .where(eq(recoveryRequests.userId, userId))
      .orderBy(desc(recoveryRequests.createdAt)),
    uploadedFiles: await db
      .select({
        id: uploadedFiles.id,
        purpose: uploadedFiles.purpose,
        fileName: uploadedFiles.fileName,
        contentType: uploadedFiles.contentType,
        sizeBytes: uploadedFiles.sizeBytes,
        createdAt: uploadedFiles.createdAt,
      })
      .from(uploadedFiles)
      .where(eq(uploadedFiles.ownerUserId, userId)),
    certificates: await db
      .select({ reference: certificates.reference, issuedAt: certificates.issuedAt })
      .from(certificates)
      .where(eq(certificates.userId, userId)),
    fraudReports: await db
      .select({
        reference: fraudReports.reference,
        channel: fraudReports.channel,
        description: fraudReports.description,
        status: fraudReports.status,
        createdAt: fraudReports.createdAt,
      })
      .from(fraudReports)
      .where(eq(fraudReports.reporterUserId, userId)),
    accessCodesUsed: file
      ? await db
          .select({ companyName: companies.name, usedAt: employeeAccessCodes.usedAt })
          .from(employeeAccessCodes)
          .innerJoin(companies, eq(companies.id, employeeAccessCodes.companyId))
          .where(eq(employeeAccessCodes.usedByFileId, file.id))
      : [],
    sessions: await db
      .select({
        createdAt: sessions.createdAt,
        lastSeenAt: sessions.lastSeenAt,
        ip: sessions.ip,
        userAgent: sessions.userAgent,
      })
      .from(sessions)
      .where(eq(sessions.userId, userId)),
    contributions,
  };
}

/** The personal data export. */
export type PersonalData = Awaited<ReturnType<typeof personalDataOf>>;
