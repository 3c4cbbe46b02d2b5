import { describe, expect, it } from 'vitest';
import { allowedTypologies, TYPOLOGIES, type Typology } from './typology.js';

// The seed table, one line a household size: which of T1..T6 are allowed.
const TABLE: Record<number, Record<Typology, boolean>> = {
  1: { T1: true, T2: true, T3: false, T4: false, T5: false, T6: false },
  2: { T1: true, T2: true, T3: true, T4: false, T5: false, T6: false },
  3: { T1: false, T2: true, T3: true, T4: true, T5: false, T6: false },
  4: { T1: false, T2: false, T3: true, T4: true, T5: true, T6: false },
  5: { T1: false, T2: false, T3: false, T4: true, T5: true, T6: true },
  6: { T1: false, T2: false, T3: false, T4: true, T5: true, T6: true },
  7: { T1: false, T2: false, T3: false, T4: true, T5: true, T6: true },
  8: { T1: false, T2: false, T3: false, T4: true, T5: true, T6: true },
};

const CASES = Object.entries(TABLE).flatMap(([persons, row]) =>
  TYPOLOGIES.map((t) => [Number(persons), t, row[t]] as const),
);

describe('allowedTypologies', () => {
  it.each(CASES)('%i person(s), %s → %s', (persons, typology, allowed) => {
    expect(allowedTypologies(persons).includes(typology)).toBe(allowed);
  });

  it('lists the allowed typologies smallest first', () => {
    expect(allowedTypologies(3)).toEqual(['T2', 'T3', 'T4']);
    expect(allowedTypologies(12)).toEqual(['T4', 'T5', 'T6']);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses %d persons', (persons) => {
    expect(() => allowedTypologies(persons)).toThrow(RangeError);
  });
});
