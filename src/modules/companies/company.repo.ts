import { and, asc, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { companies, companyPolicyVersions, users } from '../../db/schema/index.js';
import type { HousingPolicy } from '../../domain/companies/policy.js';

/** A company row as stored. */
export type CompanyRow = typeof companies.$inferSelect;
/** A policy version row as stored. */
export type PolicyVersionRow = typeof companyPolicyVersions.$inferSelect;

/** Inserts a company. */
export async function insertCompany(
  q: Queryable,
  values: typeof companies.$inferInsert,
): Promise<CompanyRow> {
  const [row] = await q.insert(companies).values(values).returning();
  if (!row) throw new Error('insert companies returned nothing');
  return row;
}

/** A company by id. */
export async function findCompanyById(q: Queryable, id: string): Promise<CompanyRow | null> {
  const rows = await q.select().from(companies).where(eq(companies.id, id)).limit(1);
  return rows[0] ?? null;
}

/** Whether a company with this SIREN exists (other than `exceptId`). */
export async function isSirenTaken(
  q: Queryable,
  siren: string,
  exceptId: string | null = null,
): Promise<boolean> {
  const conditions: SQL[] = [eq(companies.siren, siren)];
  if (exceptId) conditions.push(sql`${companies.id} <> ${exceptId}`);
  return (
    (
      await q
        .select({ id: companies.id })
        .from(companies)
        .where(and(...conditions))
        .limit(1)
    ).length > 0
  );
}

/** Whether a company code is already used (compared without case). */
export async function isCodeTaken(q: Queryable, code: string): Promise<boolean> {
  return (
    (
      await q
        .select({ id: companies.id })
        .from(companies)
        .where(sql`upper(${companies.code}) = upper(${code})`)
        .limit(1)
    ).length > 0
  );
}

/** Companies by name, optionally filtered by a text in the name, SIREN or code. */
export async function listCompanies(q: Queryable, filter: { q?: string | undefined }) {
  const conditions: SQL[] = [];
  if (filter.q) {
    const like = `%${filter.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    const match = or(
      ilike(companies.name, like),
      ilike(companies.siren, like),
      ilike(companies.code, like),
    );
    if (match) conditions.push(match);
  }
  return q
    .select({
      company: companies,
      hrUsers: sql<number>`(select count(*)::int from "users" where "users"."company_id" = "companies"."id" and "users"."role" = 'employer')`,
    })
    .from(companies)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(companies.name))
    .limit(500);
}

/** Updates a company and returns it. */
export async function updateCompany(
  q: Queryable,
  id: string,
  patch: Partial<typeof companies.$inferInsert>,
): Promise<CompanyRow | null> {
  const [row] = await q.update(companies).set(patch).where(eq(companies.id, id)).returning();
  return row ?? null;
}

/** The HR users of a company. */
export function hrUsersOf(q: Queryable, companyId: string) {
  return q
    .select({
      id: users.id,
      email: users.email,
      civility: users.civility,
      firstName: users.firstName,
      lastName: users.lastName,
      isAdmin: users.isAdmin,
      status: users.status,
    })
    .from(users)
    .where(and(eq(users.companyId, companyId), eq(users.role, 'employer')))
    .orderBy(asc(users.lastName), asc(users.firstName));
}

/** The latest policy version of a company, if any was ever written. */
export async function latestPolicyVersion(
  q: Queryable,
  companyId: string,
): Promise<PolicyVersionRow | null> {
  const rows = await q
    .select()
    .from(companyPolicyVersions)
    .where(eq(companyPolicyVersions.companyId, companyId))
    .orderBy(desc(companyPolicyVersions.version))
    .limit(1);
  return rows[0] ?? null;
}

/** Every policy version of a company, newest first, with its author's name. */
export function policyVersions(q: Queryable, companyId: string) {
  return q
    .select({
      version: companyPolicyVersions,
      authorFirstName: users.firstName,
      authorLastName: users.lastName,
    })
    .from(companyPolicyVersions)
    .leftJoin(users, eq(users.id, companyPolicyVersions.authorUserId))
    .where(eq(companyPolicyVersions.companyId, companyId))
    .orderBy(desc(companyPolicyVersions.version));
}

/**
 * Writes a new policy version and copies its values onto the company row, where the company step
 * and the file workflow read them (in the caller's transaction).
 */
export async function writePolicyVersion(
  q: Queryable,
  input: {
    companyId: string;
    version: number;
    policy: HousingPolicy;
    authorUserId: string | null;
    now: Date;
  },
): Promise<PolicyVersionRow> {
  const { policy } = input;
  const [row] = await q
    .insert(companyPolicyVersions)
    .values({
      companyId: input.companyId,
      version: input.version,
      ...policy,
      authorUserId: input.authorUserId,
      createdAt: input.now,
    })
    .returning();
  if (!row) throw new Error('insert company_policy_versions returned nothing');
  await q
    .update(companies)
    .set({
      validationRequired: policy.validationRequired,
      requiresStaffNumber: policy.requiresStaffNumber,
      requiresHiringDate: policy.requiresHiringDate,
      allowedConsents: policy.allowedConsents,
      updatedAt: input.now,
    })
    .where(eq(companies.id, input.companyId));
  return row;
}
