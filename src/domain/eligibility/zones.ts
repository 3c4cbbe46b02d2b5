// Zones of the income ceilings (arrêté du 29 juillet 1987, annexes; DOMAIN.md §4):
// zone 1 = Paris and the communes bordering it, zone 2 = the rest of Île-de-France, zone 3 = every
// other region. The bordering communes are data (`../data/paris-bordering-communes.json`, with its
// source); the zone is derived from the commune's INSEE code.

import bordering from '../data/paris-bordering-communes.json' with { type: 'json' };

/** A zone of the income-ceiling tables. */
export type CeilingZone = 1 | 2 | 3;

/** Every ceiling zone, in order. */
export const CEILING_ZONES: readonly CeilingZone[] = [1, 2, 3];

/** INSEE code of the commune of Paris. */
export const PARIS_INSEE = '75056';

/** The communes bordering Paris, INSEE code → name. */
export const PARIS_BORDERING_COMMUNES: ReadonlyMap<string, string> = new Map(
  bordering.communes.map((c) => [c.inseeCode, c.name]),
);

const ILE_DE_FRANCE_DEPARTMENTS: ReadonlySet<string> = new Set([
  '75',
  '77',
  '78',
  '91',
  '92',
  '93',
  '94',
  '95',
]);

const INSEE_CODE = /^(\d{5}|2[AB]\d{3})$/;

/** Whether a string is a commune INSEE code (`75056`, `2A004`, `97105`). */
export function isInseeCode(value: string): boolean {
  return INSEE_CODE.test(value);
}

/** The department of a commune INSEE code: `75`, `2A`, or three digits overseas (`971`). */
export function departmentOfCommune(inseeCode: string): string {
  if (!isInseeCode(inseeCode)) throw new RangeError(`not an INSEE commune code: ${inseeCode}`);
  return inseeCode.startsWith('97') || inseeCode.startsWith('98')
    ? inseeCode.slice(0, 3)
    : inseeCode.slice(0, 2);
}

/** Whether the code is Paris or one of its 20 arrondissements (75101–75120). */
export function isParis(inseeCode: string): boolean {
  if (inseeCode === PARIS_INSEE) return true;
  const arrondissement = /^751(\d{2})$/.exec(inseeCode);
  const n = Number(arrondissement?.[1] ?? 0);
  return n >= 1 && n <= 20;
}

/** The ceiling zone of a commune from its INSEE code (throws RangeError on a malformed code). */
export function ceilingZoneOf(inseeCode: string): CeilingZone {
  const department = departmentOfCommune(inseeCode);
  if (isParis(inseeCode) || PARIS_BORDERING_COMMUNES.has(inseeCode)) return 1;
  if (ILE_DE_FRANCE_DEPARTMENTS.has(department)) return 2;
  return 3;
}
