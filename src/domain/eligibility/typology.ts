// Which home sizes suit a household (seed table, leaflet "les règles principales"; DOMAIN.md §4):
// 1 person T1–T2; 2 persons T1–T3; 3 persons T2–T4; 4 persons T3–T5; 5 persons and more T4 and
// above (T4–T6, the largest typology offered).

/** A home's typology: number of main rooms. */
export type Typology = 'T1' | 'T2' | 'T3' | 'T4' | 'T5' | 'T6';

/** Every typology, smallest first. */
export const TYPOLOGIES: readonly Typology[] = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6'];

const RANGES: Record<1 | 2 | 3 | 4 | 5, readonly [Typology, Typology]> = {
  1: ['T1', 'T2'],
  2: ['T1', 'T3'],
  3: ['T2', 'T4'],
  4: ['T3', 'T5'],
  5: ['T4', 'T6'],
};

/** The typologies a household of `persons` persons may apply to, smallest first. */
export function allowedTypologies(persons: number): Typology[] {
  if (!Number.isInteger(persons) || persons < 1) {
    throw new RangeError(`a household has at least one person: ${persons}`);
  }
  const [from, to] = RANGES[Math.min(persons, 5) as 1 | 2 | 3 | 4 | 5];
  return TYPOLOGIES.slice(TYPOLOGIES.indexOf(from), TYPOLOGIES.indexOf(to) + 1);
}
