import type { Db } from '../../../db/database.js';
import type { CeilingCell } from '../../../domain/eligibility/ceilings.js';
import { invalidFields } from '../../../server/errors.js';
import { forgetCachedCeilings } from '../ceilings-cache.js';
import { findCeilingForUpdate, insertCeilingChange, upsertCeiling } from '../ceilings.repo.js';

/** One amount entered in the back office. */
export type CeilingEntry = CeilingCell & {
  /** Why it changes (kept in the history). */
  comment: string | null;
  /** The official text it comes from; defaults to the stored one, else "back office". */
  source?: string | null | undefined;
};

/** What an update did. */
export type CeilingUpdateResult = { changed: number; unchanged: number };

const BACK_OFFICE_SOURCE = 'Saisie back-office';

const keyOf = (e: CeilingCell) => `${e.year}|${e.financing}|${e.zone}|${e.category}`;

/**
 * Enters or corrects income ceilings in one transaction: each changed amount is stored with who
 * changed it and a history row (old → new amount, comment). An entry equal to the stored amount
 * and source changes nothing. Two entries for the same key are refused.
 */
export async function updateCeilings(
  db: Db,
  actor: { id: string },
  entries: readonly CeilingEntry[],
  now: Date,
): Promise<CeilingUpdateResult> {
  const seen = new Set<string>();
  const duplicates = entries.flatMap((entry, index) => {
    const key = keyOf(entry);
    if (seen.has(key)) return [{ path: `ceilings.${index}`, code: 'field.invalid' as const }];
    seen.add(key);
    return [];
  });
  if (duplicates.length) throw invalidFields(duplicates);

  const result = await db.transaction(async (tx) => {
    let changed = 0;
    for (const entry of entries) {
      const { comment, source, ...cell } = entry;
      const stored = await findCeilingForUpdate(tx, cell);
      const newSource = source?.trim() || stored?.source || BACK_OFFICE_SOURCE;
      if (stored && stored.amount === cell.amount && stored.source === newSource) continue;
      await upsertCeiling(tx, { ...cell, source: newSource, actorUserId: actor.id, at: now });
      const { amount, ...key } = cell;
      await insertCeilingChange(tx, {
        ...key,
        oldAmount: stored?.amount ?? null,
        newAmount: amount,
        comment: comment?.trim() || null,
        actorUserId: actor.id,
        at: now,
      });
      changed += 1;
    }
    return { changed, unchanged: entries.length - changed };
  });
  if (result.changed > 0) forgetCachedCeilings(db);
  return result;
}
