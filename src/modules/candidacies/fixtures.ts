// Factories of the candidacy tests and benchmark: applicants with a validated, active file built
// straight in the database (no registration stand-in, no password hashing), and sessions for them.

import { randomBytes } from 'node:crypto';
import type { Queryable } from '../../db/database.js';
import { applicantFiles, sessions, users } from '../../db/schema/index.js';
import { buildApplication, buildPerson } from '../../domain/applicant-file/fixtures.js';
import { addMonthsUtc } from '../../domain/applicant-file/validity.js';
import type { RegistrationApplication } from '../../registration/contract.js';
import { hashSecret, newSecret } from '../../server/security/tokens.js';

/** Options of one generated applicant. */
export type ApplicantSpec = {
  application?: Partial<RegistrationApplication>;
  consent?: 'anonymous' | 'limited' | 'full';
  companyId?: string | null;
  status?: (typeof applicantFiles.$inferSelect)['status'];
  firstName?: string;
  lastName?: string;
};

/** A created applicant. */
export type CreatedApplicant = {
  userId: string;
  fileId: string;
  email: string;
  platformNumber: string;
};

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * An application of one person eligible to the offers factory's default offer (T2, PLUS, Paris):
 * income under the ceiling, affordable rent, valid for six more months, filed `filedMonthsAgo` ago.
 */
export function buildEligibleApplication(
  now: Date,
  n: number,
  overrides: Partial<RegistrationApplication> = {},
): RegistrationApplication {
  const filedAt = overrides.filedAt ?? addMonthsUtc(day(now), -6);
  return buildApplication({
    filedAt,
    validUntil: addMonthsUtc(day(now), 6),
    applicant: buildPerson({
      email: `demandeur${n}@candidatures.test`,
      firstName: `Prénom${n}`,
      birthName: `Nom${n}`,
    }),
    resources: {
      taxIncomeN2: 20_000,
      taxYearN2: Number(day(now).slice(0, 4)) - 2,
      taxIncomeN1: 21_000,
      monthlyIncomeCents: 250_000,
      housingBenefitCents: 0,
    },
    updatedAt: now.toISOString(),
    ...overrides,
  });
}

let counter = 0;

/** Creates applicants with validated files in batches (multi-row inserts). */
export async function createApplicants(
  q: Queryable,
  now: Date,
  specs: ApplicantSpec[],
): Promise<CreatedApplicant[]> {
  const created: CreatedApplicant[] = [];
  const tag = randomBytes(3).toString('hex');
  for (let start = 0; start < specs.length; start += 250) {
    const batch = specs.slice(start, start + 250).map((spec) => {
      counter += 1;
      const n = counter;
      const application = buildEligibleApplication(now, n, spec.application);
      return { spec, n, application, email: `demandeur.${tag}.${n}@candidatures.test` };
    });
    const userRows = await q
      .insert(users)
      .values(
        batch.map((b) => ({
          email: b.email,
          role: 'applicant' as const,
          firstName: b.spec.firstName ?? b.application.applicant.firstName,
          lastName: b.spec.lastName ?? b.application.applicant.birthName,
          status: 'active' as const,
          emailVerifiedAt: now,
          dataUseAcceptedAt: now,
          birthDate: b.application.applicant.birthDate,
          createdAt: now,
          updatedAt: now,
        })),
      )
      .returning({ id: users.id, email: users.email });
    const fileRows = await q
      .insert(applicantFiles)
      .values(
        batch.map((b, i) => ({
          userId: userRows[i]?.id ?? '',
          uniqueNumber: `${tag.toUpperCase()}${String(b.n).padStart(9, '0')}X`,
          platformNumber: `AL-T${tag}${b.n}`,
          personalCode: `CODE${b.n}`,
          registrationToken: `token-${tag}-${b.n}`,
          snapshot: {
            ...b.application,
            uniqueNumber: `${tag.toUpperCase()}${String(b.n).padStart(9, '0')}X`,
            applicant: { ...b.application.applicant, email: b.email },
          },
          importedAt: now,
          refreshedAt: now,
          status: b.spec.status ?? ('validated' as const),
          attachTo: 'applicant' as const,
          employerName: b.application.applicant.professional.employerName,
          employerSiret: b.application.applicant.professional.employerSiret,
          companyId: b.spec.companyId ?? null,
          consent: b.spec.consent ?? ('anonymous' as const),
          companyStepDoneAt: now,
          documentsConfirmedAt: now,
          submittedAt: now,
          validatedAt: b.spec.status && b.spec.status !== 'validated' ? null : now,
          createdAt: now,
          updatedAt: now,
        })),
      )
      .returning({
        id: applicantFiles.id,
        userId: applicantFiles.userId,
        platformNumber: applicantFiles.platformNumber,
      });
    for (const file of fileRows) {
      const user = userRows.find((u) => u.id === file.userId);
      if (user)
        created.push({
          userId: user.id,
          fileId: file.id,
          email: user.email,
          platformNumber: file.platformNumber,
        });
    }
  }
  return created;
}

/** Opens a session for a user (a year long) and returns the cookie value. */
export async function openSession(q: Queryable, userId: string, now: Date): Promise<string> {
  const secret = newSecret();
  await q.insert(sessions).values({
    id: hashSecret(secret),
    userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + 365 * 86_400_000),
  });
  return secret;
}
