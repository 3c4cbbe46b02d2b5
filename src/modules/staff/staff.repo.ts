import { asc, eq, ilike, or, and, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { companies, landlords, users } from '../../db/schema/index.js';
import type { Role } from '../../server/context.js';

/** One line of the back office's user list. */
export type StaffListItem = {
  id: string;
  email: string;
  role: Role;
  isAdmin: boolean;
  firstName: string;
  lastName: string;
  status: 'pending' | 'active' | 'disabled';
  companyName: string | null;
  landlordName: string | null;
  createdAt: Date;
};

/** Lists users, optionally filtered by role and by a text found in the name or e-mail. */
export async function listUsers(
  q: Queryable,
  filter: { role?: Role; q?: string },
): Promise<StaffListItem[]> {
  const conditions: SQL[] = [];
  if (filter.role) conditions.push(eq(users.role, filter.role));
  if (filter.q) {
    const like = `%${filter.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    const match = or(
      ilike(users.email, like),
      ilike(users.lastName, like),
      ilike(users.firstName, like),
    );
    if (match) conditions.push(match);
  }
  return q
    .select({
      id: users.id,
      email: users.email,
      role: users.role,
      isAdmin: users.isAdmin,
      firstName: users.firstName,
      lastName: users.lastName,
      status: users.status,
      companyName: companies.name,
      landlordName: landlords.name,
      createdAt: users.createdAt,
    })
    .from(users)
    .leftJoin(companies, eq(companies.id, users.companyId))
    .leftJoin(landlords, eq(landlords.id, users.landlordId))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(users.lastName), asc(users.firstName))
    .limit(200);
}

/** Every company, by name. */
export function listCompanies(q: Queryable): Promise<{ id: string; name: string }[]> {
  return q
    .select({ id: companies.id, name: companies.name })
    .from(companies)
    .orderBy(asc(companies.name));
}

/** Every landlord, by name. */
export function listLandlords(q: Queryable): Promise<{ id: string; name: string }[]> {
  return q
    .select({ id: landlords.id, name: landlords.name })
    .from(landlords)
    .orderBy(asc(landlords.name));
}

/** Whether a company exists. */
export async function companyExists(q: Queryable, id: string): Promise<boolean> {
  return (
    (await q.select({ id: companies.id }).from(companies).where(eq(companies.id, id)).limit(1))
      .length === 1
  );
}

/** Whether a landlord exists. */
export async function landlordExists(q: Queryable, id: string): Promise<boolean> {
  return (
    (await q.select({ id: landlords.id }).from(landlords).where(eq(landlords.id, id)).limit(1))
      .length === 1
  );
}
