import type { Queryable } from './database.js';
import { companies, landlords, users } from './schema/index.js';
import { hashPassword } from '../server/security/passwords.js';

/** Appends the Luhn check digit to a string of digits (SIREN numbers of demo companies). */
export function withLuhnDigit(digits: string): string {
  for (let check = 0; check <= 9; check += 1) {
    const candidate = `${digits}${check}`;
    let sum = 0;
    [...candidate].reverse().forEach((c, i) => {
      let d = Number(c);
      if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      sum += d;
    });
    if (sum % 10 === 0) return candidate;
  }
  throw new Error('unreachable');
}

let sequence = 0;
const next = () => (sequence += 1);

/** Creates a company (demo seed and tests). */
export async function createCompany(
  q: Queryable,
  overrides: Partial<typeof companies.$inferInsert> = {},
) {
  const n = next();
  const [row] = await q
    .insert(companies)
    .values({
      name: `Entreprise ${n}`,
      siren: withLuhnDigit(String(40000000 + n)),
      code: `CODE${n}${Date.now().toString(36).toUpperCase()}`,
      ...overrides,
    })
    .returning();
  if (!row) throw new Error('insert companies returned nothing');
  return row;
}

/** Creates a landlord (demo seed and tests). */
export async function createLandlord(
  q: Queryable,
  overrides: Partial<typeof landlords.$inferInsert> = {},
) {
  const n = next();
  const [row] = await q
    .insert(landlords)
    .values({ name: `Bailleur ${n}`, siren: withLuhnDigit(String(50000000 + n)), ...overrides })
    .returning();
  if (!row) throw new Error('insert landlords returned nothing');
  return row;
}

/** Creates an active user with a known password (demo seed and tests). */
export async function createUser(
  q: Queryable,
  overrides: Partial<typeof users.$inferInsert> & { password?: string } = {},
) {
  const n = next();
  const { password = 'Motdepasse-Test-1', ...values } = overrides;
  const [row] = await q
    .insert(users)
    .values({
      email: `user${n}.${Date.now()}@exemple.test`,
      role: 'applicant',
      civility: 'mme',
      firstName: 'Camille',
      lastName: `Durand${n}`,
      mobilePhone: '+33612345678',
      status: 'active',
      emailVerifiedAt: new Date(),
      dataUseAcceptedAt: new Date(),
      passwordHash: await hashPassword(password),
      ...values,
    })
    .returning();
  if (!row) throw new Error('insert users returned nothing');
  return row;
}
