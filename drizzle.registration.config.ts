import { defineConfig } from 'drizzle-kit';

// The registration service's own tables (PostgreSQL schema `registration`), migrated apart from the platform's.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/registration/db/schema.ts',
  out: './src/registration/db/migrations',
  schemaFilter: ['registration'],
});
