import { parseArgs } from 'node:util';
import { loadConfig } from '../config/env.js';
import { migrateDatabase } from '../db/database.js';
import { AppError } from '../server/errors.js';
import { loadCommonPasswords } from '../server/security/common-password-list.js';
import { openConfiguredDatabase } from '../server/runtime.js';
import { createStaffUserWithPassword } from '../modules/staff/use-cases/create-staff-user.js';

const USAGE = `Usage: npm run user:create -- --role operator|employer|landlord --email E --first-name F --last-name L --password P [--admin] [--company-id ID] [--landlord-id ID]
The person must change the password at first login.`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      email: { type: 'string' },
      'first-name': { type: 'string' },
      'last-name': { type: 'string' },
      password: { type: 'string' },
      admin: { type: 'boolean', default: false },
      'company-id': { type: 'string' },
      'landlord-id': { type: 'string' },
    },
  });
  const role = values.role;
  if (role !== 'operator' && role !== 'employer' && role !== 'landlord') throw new Error(USAGE);
  if (!values.email || !values['first-name'] || !values['last-name'] || !values.password)
    throw new Error(USAGE);
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  try {
    await migrateDatabase(database);
    const user = await database.db.transaction(async (tx) =>
      createStaffUserWithPassword(
        tx,
        {
          role,
          email: values.email ?? '',
          firstName: values['first-name'] ?? '',
          lastName: values['last-name'] ?? '',
          civility: null,
          isAdmin: values.admin ?? false,
          companyId: values['company-id'],
          landlordId: values['landlord-id'],
          password: values.password ?? '',
          mustChangePassword: true,
        },
        await loadCommonPasswords(),
        new Date(),
      ),
    );
    console.log(
      `Compte créé : ${user.email} (${user.role}${user.isAdmin ? ', administrateur' : ''}). Changement de mot de passe demandé à la première connexion.`,
    );
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof AppError) {
    console.error(
      `Refusé : ${error.code}${error.extra.fields ? ` (${error.extra.fields.map((f) => `${f.path}: ${f.code}`).join(', ')})` : ''}`,
    );
  } else {
    console.error(error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
