import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../../../db/database.js';
import { employeeAccessCodes } from '../../../db/schema/index.js';
import { formatDay } from '../../../domain/calendar/format.js';
import { audit } from '../../../server/audit.js';
import type { AppDeps, RequestMeta, SessionUser } from '../../../server/context.js';
import { AppError, invalidFields, type FieldProblem } from '../../../server/errors.js';
import type { Locale } from '../../../server/i18n/index.js';
import { newReadableCode } from '../../../server/security/tokens.js';
import { findCompanyById } from '../../companies/company.repo.js';
import {
  accessCodeHash,
  findCompanyAccessCode,
  hasActiveCodeFor,
  insertAccessCode,
  type AccessCodeRow,
} from '../access-code.repo.js';
import type { CsvEmployee } from '../employee-csv.js';

/** An employee HR sends a code to. */
export type EmployeeInput = { firstName: string; lastName: string; email: string; locale: Locale };

/** The outcome of one line of an uploaded list. */
export type ImportLineResult = {
  line: number;
  email: string;
  status: 'issued' | 'refused';
  problems: FieldProblem[];
};

/** A new code `XXXX-XXXX-XXXX` (12 readable characters, 60 bits: it cannot be guessed). */
export function newAccessCode(): string {
  return newReadableCode(12).replace(/(.{4})(?=.)/g, '$1-');
}

async function hrCompany(deps: AppDeps, hr: SessionUser) {
  const company = hr.companyId ? await findCompanyById(deps.database.db, hr.companyId) : null;
  if (!company) throw new AppError('auth.forbidden');
  return company;
}

/** Writes a code (or a new code for an existing row) and queues its e-mail, in the caller's transaction. */
async function sendCode(
  deps: AppDeps,
  tx: Queryable,
  row: AccessCodeRow,
  code: string,
  companyName: string,
  locale: Locale,
): Promise<void> {
  await deps.jobs.enqueue(tx, 'mail.send', {
    to: row.email,
    locale,
    template: 'access_code',
    code,
    companyName,
    expiresOn: formatDay(row.expiresAt, locale),
    link: `${deps.config.PUBLIC_URL.replace(/\/$/, '')}/inscription`,
  });
}

function expiry(deps: AppDeps, now: Date): Date {
  return new Date(now.getTime() + deps.config.ACCESS_CODE_TTL_DAYS * 24 * 3600_000);
}

const emailSchema = z.email().max(254);

/** Problems of one employee line (names and e-mail). */
function employeeProblems(input: {
  firstName: string;
  lastName: string;
  email: string;
}): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!input.lastName.trim()) problems.push({ path: 'lastName', code: 'field.required' });
  if (!input.firstName.trim()) problems.push({ path: 'firstName', code: 'field.required' });
  if (!input.email.trim()) problems.push({ path: 'email', code: 'field.required' });
  else if (!emailSchema.safeParse(input.email.trim()).success)
    problems.push({ path: 'email', code: 'field.invalid_email' });
  if (input.lastName.length > 100 || input.firstName.length > 100)
    problems.push({ path: 'lastName', code: 'field.too_long' });
  return problems;
}

/**
 * HR sends a personal access code to an employee not yet registered: only the code's hash is
 * kept; the employee receives it by e-mail with how to use it. One active code per e-mail: to
 * send it again, HR resends (which replaces it).
 */
export async function issueAccessCode(
  deps: AppDeps,
  hr: SessionUser,
  input: EmployeeInput,
  meta: RequestMeta,
): Promise<AccessCodeRow> {
  const company = await hrCompany(deps, hr);
  const problems = employeeProblems(input);
  if (problems.length > 0) throw invalidFields(problems);
  const now = deps.clock.now();
  const email = input.email.trim();
  if (await hasActiveCodeFor(deps.database.db, company.id, email, now))
    throw invalidFields([{ path: 'email', code: 'access_code.already_active' }]);
  return deps.database.db.transaction(async (tx) => {
    const code = newAccessCode();
    const row = await insertAccessCode(tx, {
      companyId: company.id,
      email,
      firstName: input.firstName.trim(),
      lastName: input.lastName.trim(),
      codeHash: accessCodeHash(code),
      codeHint: code.slice(-4),
      issuedByUserId: hr.id,
      issuedAt: now,
      expiresAt: expiry(deps, now),
      lastSentAt: now,
    });
    await audit(tx, {
      action: 'access_code.issued',
      actorUserId: hr.id,
      ip: meta.ip,
      details: { companyId: company.id, accessCodeId: row.id },
    });
    await sendCode(deps, tx, row, code, company.name, input.locale);
    return row;
  });
}

/** Sends codes to every valid line of an uploaded list, in one transaction; reports each line. */
export async function issueAccessCodesFromList(
  deps: AppDeps,
  hr: SessionUser,
  rows: CsvEmployee[],
  locale: Locale,
  meta: RequestMeta,
): Promise<ImportLineResult[]> {
  const company = await hrCompany(deps, hr);
  const now = deps.clock.now();
  const seen = new Set<string>();
  const results: ImportLineResult[] = [];
  const accepted: CsvEmployee[] = [];
  for (const row of rows) {
    const problems = employeeProblems(row);
    const key = row.email.trim().toLowerCase();
    if (problems.length === 0 && seen.has(key))
      problems.push({ path: 'email', code: 'csv.duplicate_row' });
    if (problems.length === 0 && (await hasActiveCodeFor(deps.database.db, company.id, key, now)))
      problems.push({ path: 'email', code: 'access_code.already_active' });
    seen.add(key);
    results.push({
      line: row.line,
      email: row.email.trim(),
      status: problems.length ? 'refused' : 'issued',
      problems,
    });
    if (problems.length === 0) accepted.push(row);
  }
  if (accepted.length === 0) return results;
  await deps.database.db.transaction(async (tx) => {
    for (const employee of accepted) {
      const code = newAccessCode();
      const row = await insertAccessCode(tx, {
        companyId: company.id,
        email: employee.email.trim(),
        firstName: employee.firstName.trim(),
        lastName: employee.lastName.trim(),
        codeHash: accessCodeHash(code),
        codeHint: code.slice(-4),
        issuedByUserId: hr.id,
        issuedAt: now,
        expiresAt: expiry(deps, now),
        lastSentAt: now,
      });
      await sendCode(deps, tx, row, code, company.name, locale);
    }
    await audit(tx, {
      action: 'access_code.issued',
      actorUserId: hr.id,
      ip: meta.ip,
      details: { companyId: company.id, count: accepted.length, source: 'csv' },
    });
  });
  return results;
}

/** Sends an unused, unrevoked code again: a new code replaces it (the old one stops working) and its validity restarts. */
export async function resendAccessCode(
  deps: AppDeps,
  hr: SessionUser,
  id: string,
  locale: Locale,
  meta: RequestMeta,
): Promise<AccessCodeRow> {
  const company = await hrCompany(deps, hr);
  const existing = await findCompanyAccessCode(deps.database.db, company.id, id);
  if (!existing) throw new AppError('access_code.not_found');
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    const code = newAccessCode();
    const [row] = await tx
      .update(employeeAccessCodes)
      .set({
        codeHash: accessCodeHash(code),
        codeHint: code.slice(-4),
        expiresAt: expiry(deps, now),
        sentCount: existing.sentCount + 1,
        lastSentAt: now,
      })
      .where(
        and(
          eq(employeeAccessCodes.id, id),
          isNull(employeeAccessCodes.usedAt),
          isNull(employeeAccessCodes.revokedAt),
        ),
      )
      .returning();
    if (!row) throw new AppError('access_code.not_active');
    await audit(tx, {
      action: 'access_code.resent',
      actorUserId: hr.id,
      ip: meta.ip,
      details: { companyId: company.id, accessCodeId: id },
    });
    await sendCode(deps, tx, row, code, company.name, locale);
    return row;
  });
}

/** Revokes an unused code at once. */
export async function revokeAccessCode(
  deps: AppDeps,
  hr: SessionUser,
  id: string,
  meta: RequestMeta,
): Promise<AccessCodeRow> {
  const company = await hrCompany(deps, hr);
  if (!(await findCompanyAccessCode(deps.database.db, company.id, id)))
    throw new AppError('access_code.not_found');
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    const [row] = await tx
      .update(employeeAccessCodes)
      .set({ revokedAt: now })
      .where(
        and(
          eq(employeeAccessCodes.id, id),
          eq(employeeAccessCodes.companyId, company.id),
          isNull(employeeAccessCodes.usedAt),
          isNull(employeeAccessCodes.revokedAt),
        ),
      )
      .returning();
    if (!row) throw new AppError('access_code.not_active');
    await audit(tx, {
      action: 'access_code.revoked',
      actorUserId: hr.id,
      ip: meta.ip,
      details: { companyId: company.id, accessCodeId: id },
    });
    return row;
  });
}
