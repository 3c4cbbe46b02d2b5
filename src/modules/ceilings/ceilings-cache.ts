// The income ceilings read on every search, offer page and application, kept in memory per
// database handle for at most a minute. A change made in the back office through this process is
// seen at once (`updateCeilings` forgets the cache); another instance sees it within the minute.
import type { Db } from '../../db/database.js';
import type { CeilingTable } from '../../domain/eligibility/ceilings.js';
import { loadCeilingTable } from './ceilings.repo.js';

/** How long a loaded ceilings table is used, ms. */
export const CEILINGS_TTL_MS = 60_000;

const ceilingCache = new WeakMap<Db, { at: number; table: Promise<CeilingTable> }>();

/** The ceilings table, loaded at most once a minute per database. */
export function cachedCeilings(db: Db): Promise<CeilingTable> {
  const hit = ceilingCache.get(db);
  if (hit && Date.now() - hit.at < CEILINGS_TTL_MS) return hit.table;
  const table = loadCeilingTable(db);
  ceilingCache.set(db, { at: Date.now(), table });
  table.catch(() => ceilingCache.delete(db));
  return table;
}

/** Forgets the cached ceilings (after a change). */
export function forgetCachedCeilings(db: Db): void {
  ceilingCache.delete(db);
}
