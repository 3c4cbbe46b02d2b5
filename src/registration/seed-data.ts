import type { StoredApplication } from './db/schema.js';
import { departmentOfInsee } from './domain/unique-number-issuer.js';
import { parisDate } from './domain/validity.js';
import { CASES_A_TO_E } from './seed-cases-1.js';
import { CASES_F_TO_J } from './seed-cases-2.js';
import { validityFields, type DemoDocument } from './seed-factories.js';

const CASES = [...CASES_A_TO_E, ...CASES_F_TO_J];

/** The demo applications for the README and the tests: number, what each shows, and how to open it. */
export const DEMO_APPLICATIONS: readonly {
  uniqueNumber: string;
  label: string;
  email: string;
  birthDate: string;
}[] = CASES.map((c) => {
  const applicant = c.build('2026-01-01', 2024).applicant;
  return {
    uniqueNumber: c.uniqueNumber,
    label: c.label,
    email: applicant.email,
    birthDate: applicant.birthDate,
  };
});

/** Every demo application as it is stored, with its documents, dated relative to `now` (pure: used by the seed and its test). */
export function buildDemoApplications(
  now: Date,
): { application: StoredApplication; documents: DemoDocument[] }[] {
  const today = parisDate(now);
  const taxYear = Number(today.slice(0, 4)) - 2;
  return CASES.map((c) => {
    const built = c.build(today, taxYear);
    const first = built.wanted.communes[0];
    if (!first) throw new Error(`${c.uniqueNumber}: no commune`);
    return {
      application: {
        uniqueNumber: c.uniqueNumber,
        ...validityFields(c.filedAt, c.plan, today),
        department: departmentOfInsee(first.inseeCode),
        ...built,
        updatedAt: now.toISOString(),
      },
      documents: c.documents(today, taxYear),
    };
  });
}
