import { eq } from 'drizzle-orm';
import { certificates, applicantFiles } from '../../db/schema/index.js';
import { formatDay } from '../../domain/calendar/format.js';
import { formatUniqueNumber } from '../../domain/identifiers/unique-number.js';
import { audit } from '../../server/audit.js';
import type { AppDeps, RequestMeta, SessionUser } from '../../server/context.js';
import { AppError } from '../../server/errors.js';
import { format, messagesFor } from '../../server/i18n/index.js';
import { newReadableCode } from '../../server/security/tokens.js';
import { findCompany, findFileByUser } from '../applicant-file/file.repo.js';
import { field, renderPdf } from '../data-rights/pdf.js';

/** A new verification reference `ALC-XXXX-XXXX-XXXX`. */
function newReference(): string {
  return `ALC-${newReadableCode(12).replace(/(.{4})(?=.)/g, '$1-')}`;
}

/**
 * The applicant's certificate ("attestation"): name, unique number, platform number, personal
 * code, company and date, with a reference anyone can check at GET /api/certificates/:reference.
 * Each download is recorded with its own reference.
 */
export async function issueCertificate(
  deps: AppDeps,
  user: SessionUser,
  meta: RequestMeta,
): Promise<{ reference: string; pdf: Buffer }> {
  const { db } = deps.database;
  const file = await findFileByUser(db, user.id);
  if (!file) throw new AppError('file.not_found');
  const company = await findCompany(db, file.companyId);
  const now = deps.clock.now();
  const person = file.snapshot.applicant;
  const holderName = `${person.firstName} ${person.usageName ?? person.birthName}`;
  const reference = newReference();
  await db.transaction(async (tx) => {
    await tx.insert(certificates).values({
      reference,
      fileId: file.id,
      userId: user.id,
      holderName,
      personalCode: file.personalCode,
      issuedAt: now,
    });
    await audit(tx, {
      action: 'certificate.issued',
      actorUserId: user.id,
      subjectUserId: user.id,
      ip: meta.ip,
      details: { reference },
    });
  });
  const t = messagesFor(meta.locale).certificate;
  const verifyUrl = `${deps.config.PUBLIC_URL.replace(/\/$/, '')}/attestation`;
  const pdf = await renderPdf({ title: t.title, createdAt: now }, (doc) => {
    doc.text(t.intro).moveDown();
    field(doc, t.holder, holderName);
    field(doc, t.uniqueNumber, formatUniqueNumber(file.uniqueNumber));
    field(doc, t.platformNumber, file.platformNumber);
    field(doc, t.personalCode, file.personalCode);
    field(doc, t.company, company?.name ?? file.employerName ?? t.noCompany);
    field(doc, t.issuedOn, formatDay(now, meta.locale));
    field(doc, t.reference, reference);
    doc
      .moveDown()
      .text(format(t.verify, { url: verifyUrl }))
      .moveDown()
      .fontSize(9)
      .text(t.codesNote);
  });
  return { reference, pdf };
}

/** What anyone may learn from a certificate reference: whether it is valid, for whom, and when. */
export async function verifyCertificate(
  deps: AppDeps,
  reference: string,
): Promise<{
  reference: string;
  valid: boolean;
  holderName: string | null;
  issuedOn: string | null;
}> {
  const rows = await deps.database.db
    .select({ certificate: certificates, currentCode: applicantFiles.personalCode })
    .from(certificates)
    .innerJoin(applicantFiles, eq(applicantFiles.id, certificates.fileId))
    .where(eq(certificates.reference, reference.trim().toUpperCase()))
    .limit(1);
  const row = rows[0];
  // A certificate stays valid while its file exists with the same personal code.
  if (!row || row.currentCode !== row.certificate.personalCode)
    return { reference, valid: false, holderName: null, issuedOn: null };
  return {
    reference,
    valid: true,
    holderName: row.certificate.holderName,
    issuedOn: row.certificate.issuedAt.toISOString().slice(0, 10),
  };
}
