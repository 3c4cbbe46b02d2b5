import type { Queryable } from '../../db/database.js';
import {
  normalizeUniqueNumber,
  parseUniqueNumber,
} from '../../domain/identifiers/unique-number.js';
import { registrationApplication, type RegistrationApplication } from '../contract.js';
import type { RegistrationDeps } from '../context.js';
import {
  findApplication,
  insertApplication,
  listDocuments,
  nextSequence,
  saveApplication,
} from '../db/repo.js';
import type { StoredApplication } from '../db/schema.js';
import {
  composeUniqueNumber,
  departmentOfInsee,
  territoryOf,
} from '../domain/unique-number-issuer.js';
import {
  addMonths,
  checkRenewal,
  currentValidity,
  parisDate,
  renew,
  type RenewalCheck,
} from '../domain/validity.js';

/** What the applicant types on the form (every CERFA group); the rest is decided by the service. */
export type ApplicationDraft = Pick<
  StoredApplication,
  'applicant' | 'coApplicant' | 'household' | 'resources' | 'currentHousing' | 'reasons' | 'wanted'
>;

/** The normalised unique number when it is well formed, else null. */
export function readUniqueNumber(input: string): string | null {
  const parsed = parseUniqueNumber(input);
  return parsed.ok ? parsed.value.normalized : null;
}

/** The department where housing is sought: that of the first commune wanted. */
function departmentOf(draft: ApplicationDraft): string {
  const first = draft.wanted.communes[0];
  if (!first) throw new RangeError('At least one commune is needed');
  return departmentOfInsee(first.inseeCode);
}

/** The stored application with today's status (persisted when the calendar changed it), or null. */
export async function loadStoredApplication(
  q: Queryable,
  uniqueNumber: string,
  now: Date,
): Promise<StoredApplication | null> {
  const stored = await findApplication(q, normalizeUniqueNumber(uniqueNumber));
  if (!stored) return null;
  const current = currentValidity(stored, parisDate(now));
  if (current !== stored) await saveApplication(q, current, now);
  return current;
}

/** The whole application as the contract describes it (documents included), or null. */
export async function loadApplication(
  q: Queryable,
  uniqueNumber: string,
  now: Date,
): Promise<RegistrationApplication | null> {
  const stored = await loadStoredApplication(q, uniqueNumber, now);
  if (!stored) return null;
  return registrationApplication.parse({
    ...stored,
    documents: await listDocuments(q, stored.uniqueNumber),
  });
}

/** Files a new application: issues the next unique number of the territory and starts its one-year validity. */
export async function createApplication(
  deps: Pick<RegistrationDeps, 'database' | 'clock'>,
  draft: ApplicationDraft,
): Promise<StoredApplication> {
  const now = deps.clock.now();
  const today = parisDate(now);
  const department = departmentOf(draft);
  return deps.database.db.transaction(async (tx) => {
    const sequence = await nextSequence(tx, territoryOf(department));
    const application: StoredApplication = {
      ...draft,
      uniqueNumber: composeUniqueNumber({ department, filedAt: today, sequence }),
      status: 'active',
      struckOffReason: null,
      filedAt: today,
      lastRenewedAt: null,
      validUntil: addMonths(today, 12),
      struckOffAt: null,
      department,
      updatedAt: now.toISOString(),
    };
    registrationApplication.omit({ documents: true }).parse(application);
    await insertApplication(tx, application, now);
    return application;
  });
}

/** Replaces what the applicant typed; the number, dates and status are kept. */
export async function updateApplication(
  deps: Pick<RegistrationDeps, 'database' | 'clock'>,
  uniqueNumber: string,
  draft: ApplicationDraft,
): Promise<StoredApplication | null> {
  const now = deps.clock.now();
  const stored = await loadStoredApplication(deps.database.db, uniqueNumber, now);
  if (!stored) return null;
  const updated: StoredApplication = {
    ...stored,
    ...draft,
    department: departmentOf(draft),
    updatedAt: now.toISOString(),
  };
  registrationApplication.omit({ documents: true }).parse(updated);
  await saveApplication(deps.database.db, updated, now);
  return updated;
}

/** Renews (or reactivates) the application when the rules allow it today. */
export async function renewApplication(
  deps: Pick<RegistrationDeps, 'database' | 'clock'>,
  uniqueNumber: string,
): Promise<
  { ok: true; application: StoredApplication } | Extract<RenewalCheck, { ok: false }> | null
> {
  const now = deps.clock.now();
  const today = parisDate(now);
  const stored = await loadStoredApplication(deps.database.db, uniqueNumber, now);
  if (!stored) return null;
  const check = checkRenewal(stored, today);
  if (!check.ok) return check;
  const renewed = { ...renew(stored, today), updatedAt: now.toISOString() };
  await saveApplication(deps.database.db, renewed, now);
  return { ok: true, application: renewed };
}

/** True when the birth date is the applicant's (the web pages' access check). */
export async function checkWebAccess(
  q: Queryable,
  uniqueNumberInput: string,
  birthDate: string,
): Promise<string | null> {
  const uniqueNumber = readUniqueNumber(uniqueNumberInput);
  if (!uniqueNumber) return null;
  const stored = await findApplication(q, uniqueNumber);
  return stored && stored.applicant.birthDate === birthDate ? uniqueNumber : null;
}
