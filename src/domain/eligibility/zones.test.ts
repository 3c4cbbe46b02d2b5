import { describe, expect, it } from 'vitest';
import bordering from '../data/paris-bordering-communes.json' with { type: 'json' };
import {
  ceilingZoneOf,
  departmentOfCommune,
  isParis,
  PARIS_BORDERING_COMMUNES,
  type CeilingZone,
} from './zones.js';

describe('ceilingZoneOf', () => {
  it.each<[string, string, CeilingZone]>([
    ['75056', 'Paris', 1],
    ['75101', 'Paris 1er arrondissement', 1],
    ['75111', 'Paris 11e arrondissement', 1],
    ['75120', 'Paris 20e arrondissement', 1],
    ['92012', 'Boulogne-Billancourt (bordering)', 1],
    ['93066', 'Saint-Denis (bordering)', 1],
    ['94080', 'Vincennes (bordering, Bois de Vincennes)', 1],
    ['92064', 'Saint-Cloud (bordering across the Bois de Boulogne)', 1],
    ['94046', 'Maisons-Alfort (not bordering)', 2],
    ['94002', 'Alfortville (not bordering)', 2],
    ['92050', 'Nanterre', 2],
    ['77288', 'Melun', 2],
    ['78646', 'Versailles', 2],
    ['91228', 'Évry-Courcouronnes', 2],
    ['93008', 'Bobigny', 2],
    ['94028', 'Créteil', 2],
    ['95500', 'Pontoise', 2],
    ['35238', 'Rennes', 3],
    ['69123', 'Lyon', 3],
    ['69381', 'Lyon 1er arrondissement', 3],
    ['13055', 'Marseille', 3],
    ['2A004', 'Ajaccio', 3],
    ['97105', 'Basse-Terre', 3],
  ])('%s %s → zone %i', (code, _name, zone) => {
    expect(ceilingZoneOf(code)).toBe(zone);
  });

  it('treats only the 20 arrondissements as Paris', () => {
    expect(isParis('75100')).toBe(false);
    expect(isParis('75121')).toBe(false);
    expect(ceilingZoneOf('75100')).toBe(2);
  });

  it.each(['7505', '750566', 'abcde', '2C004', ''])('refuses the malformed code %j', (code) => {
    expect(() => ceilingZoneOf(code)).toThrow(RangeError);
  });

  it('keeps the bordering communes as data, all in the inner suburbs, with a source', () => {
    expect(PARIS_BORDERING_COMMUNES.size).toBe(29);
    expect(bordering.source).toMatch(/Paris et communes limitrophes/);
    for (const code of PARIS_BORDERING_COMMUNES.keys()) {
      expect(['92', '93', '94']).toContain(departmentOfCommune(code));
    }
  });
});

describe('departmentOfCommune', () => {
  it.each([
    ['75056', '75'],
    ['2B033', '2B'],
    ['97411', '974'],
    ['98818', '988'],
  ])('%s → %s', (code, department) => {
    expect(departmentOfCommune(code)).toBe(department);
  });
});
