// Reference data read on every search, kept in memory per database handle: the municipal
// arrondissements of Paris, Lyon and Marseille (`parent_insee_code` has no index) and the
// positions of the communes searched around (reference data, loaded once). The income ceilings
// have their own cache (src/modules/ceilings/ceilings-cache.ts).
import { eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { communes } from '../../db/schema/index.js';

const arrondissementCache = new WeakMap<Db, Promise<Map<string, string[]>>>();

/** The municipal arrondissements of a commune (empty for any other commune). */
export async function arrondissementsOf(db: Db, inseeCode: string): Promise<string[]> {
  let map = arrondissementCache.get(db);
  if (!map) {
    map = db
      .select({ code: communes.inseeCode, parent: communes.parentInseeCode })
      .from(communes)
      .where(isNotNull(communes.parentInseeCode))
      .then((rows) => {
        const byParent = new Map<string, string[]>();
        for (const r of rows)
          if (r.parent) byParent.set(r.parent, [...(byParent.get(r.parent) ?? []), r.code]);
        return byParent;
      });
    arrondissementCache.set(db, map);
    // An empty table (reference data not loaded yet) is not cached.
    void map.then(
      (m) => m.size === 0 && arrondissementCache.delete(db),
      () => arrondissementCache.delete(db),
    );
  }
  return (await map).get(inseeCode) ?? [];
}

type Position = { latitude: number | null; longitude: number | null };
const positionCache = new WeakMap<Db, Map<string, Position>>();

/** A commune's position (null for an unknown code), remembered once read. */
export async function communePosition(db: Db, inseeCode: string): Promise<Position | null> {
  let known = positionCache.get(db);
  if (!known) positionCache.set(db, (known = new Map()));
  const hit = known.get(inseeCode);
  if (hit) return hit;
  const [row] = await db
    .select({ latitude: communes.latitude, longitude: communes.longitude })
    .from(communes)
    .where(eq(communes.inseeCode, inseeCode))
    .limit(1);
  if (row) known.set(inseeCode, row);
  return row ?? null;
}
