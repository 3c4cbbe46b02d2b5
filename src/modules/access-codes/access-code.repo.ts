import { and, desc, eq, gt, ilike, isNotNull, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { companies, employeeAccessCodes } from '../../db/schema/index.js';
import { normalizeCode } from '../../domain/companies/company-code.js';
import type { FieldCode } from '../../server/errors.js';
import { hashSecret } from '../../server/security/tokens.js';

/** An access code row as stored (the code itself is never stored, only its hash). */
export type AccessCodeRow = typeof employeeAccessCodes.$inferSelect;

/** The state of an access code at a given time. */
export type AccessCodeState = 'active' | 'used' | 'revoked' | 'expired';

/** The hash under which a typed code is looked up. */
export function accessCodeHash(code: string): string {
  return hashSecret(`access-code:${normalizeCode(code)}`);
}

/** The state of a code now. */
export function accessCodeState(
  row: Pick<AccessCodeRow, 'usedAt' | 'revokedAt' | 'expiresAt'>,
  now: Date,
): AccessCodeState {
  if (row.usedAt) return 'used';
  if (row.revokedAt) return 'revoked';
  if (row.expiresAt <= now) return 'expired';
  return 'active';
}

/** The field problem of a code that cannot be used (unknown when no code matched). */
export function unusableCodeProblem(state: Exclude<AccessCodeState, 'active'> | null): FieldCode {
  return state === null ? 'access_code.unknown' : `access_code.${state}`;
}

/** A code by what the person typed, with its company's name. */
export async function findAccessCode(
  q: Queryable,
  typed: string,
): Promise<(AccessCodeRow & { companyName: string }) | null> {
  const rows = await q
    .select({ code: employeeAccessCodes, companyName: companies.name })
    .from(employeeAccessCodes)
    .innerJoin(companies, eq(companies.id, employeeAccessCodes.companyId))
    .where(eq(employeeAccessCodes.codeHash, accessCodeHash(typed)))
    .limit(1);
  const row = rows[0];
  return row ? { ...row.code, companyName: row.companyName } : null;
}

/** A code of a company by id (null for a code of another company). */
export async function findCompanyAccessCode(
  q: Queryable,
  companyId: string,
  id: string,
): Promise<AccessCodeRow | null> {
  const rows = await q
    .select()
    .from(employeeAccessCodes)
    .where(and(eq(employeeAccessCodes.id, id), eq(employeeAccessCodes.companyId, companyId)))
    .limit(1);
  return rows[0] ?? null;
}

/** Inserts a code. */
export async function insertAccessCode(
  q: Queryable,
  values: typeof employeeAccessCodes.$inferInsert,
): Promise<AccessCodeRow> {
  const [row] = await q.insert(employeeAccessCodes).values(values).returning();
  if (!row) throw new Error('insert employee_access_codes returned nothing');
  return row;
}

/** Updates a code that is still active; null when it was used, revoked or expired meanwhile. */
export async function updateActiveCode(
  q: Queryable,
  id: string,
  now: Date,
  patch: Partial<typeof employeeAccessCodes.$inferInsert>,
): Promise<AccessCodeRow | null> {
  const [row] = await q
    .update(employeeAccessCodes)
    .set(patch)
    .where(
      and(
        eq(employeeAccessCodes.id, id),
        isNull(employeeAccessCodes.usedAt),
        isNull(employeeAccessCodes.revokedAt),
        gt(employeeAccessCodes.expiresAt, now),
      ),
    )
    .returning();
  return row ?? null;
}

/** Whether the company already has an active code for this e-mail. */
export async function hasActiveCodeFor(
  q: Queryable,
  companyId: string,
  email: string,
  now: Date,
): Promise<boolean> {
  const rows = await q
    .select({ id: employeeAccessCodes.id })
    .from(employeeAccessCodes)
    .where(
      and(
        eq(employeeAccessCodes.companyId, companyId),
        sql`lower(${employeeAccessCodes.email}) = lower(${email})`,
        isNull(employeeAccessCodes.usedAt),
        isNull(employeeAccessCodes.revokedAt),
        gt(employeeAccessCodes.expiresAt, now),
      ),
    )
    .limit(1);
  return rows.length > 0;
}

/** A company's codes, newest first, filtered by state and by a text in the name or e-mail. */
export async function listCompanyCodes(
  q: Queryable,
  companyId: string,
  filter: { state?: AccessCodeState | undefined; q?: string | undefined },
  now: Date,
): Promise<AccessCodeRow[]> {
  const conditions: SQL[] = [eq(employeeAccessCodes.companyId, companyId)];
  const active = and(isNull(employeeAccessCodes.usedAt), isNull(employeeAccessCodes.revokedAt));
  const byState: Record<AccessCodeState, SQL | undefined> = {
    used: isNotNull(employeeAccessCodes.usedAt),
    revoked: and(isNull(employeeAccessCodes.usedAt), isNotNull(employeeAccessCodes.revokedAt)),
    expired: and(active, lte(employeeAccessCodes.expiresAt, now)),
    active: and(active, gt(employeeAccessCodes.expiresAt, now)),
  };
  if (filter.state) {
    const condition = byState[filter.state];
    if (condition) conditions.push(condition);
  }
  if (filter.q) {
    const like = `%${filter.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    const match = or(
      ilike(employeeAccessCodes.lastName, like),
      ilike(employeeAccessCodes.firstName, like),
      ilike(employeeAccessCodes.email, like),
    );
    if (match) conditions.push(match);
  }
  return q
    .select()
    .from(employeeAccessCodes)
    .where(and(...conditions))
    .orderBy(desc(employeeAccessCodes.issuedAt))
    .limit(1000);
}

/** The code a file was attached with, if any. */
export async function codeUsedByFile(q: Queryable, fileId: string): Promise<AccessCodeRow | null> {
  const rows = await q
    .select()
    .from(employeeAccessCodes)
    .where(eq(employeeAccessCodes.usedByFileId, fileId))
    .orderBy(desc(employeeAccessCodes.usedAt))
    .limit(1);
  return rows[0] ?? null;
}
