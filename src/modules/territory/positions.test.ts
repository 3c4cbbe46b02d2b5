import { describe, expect, it } from 'vitest';
import { allTheCitiesSource, frenchCityPoints } from './city-sources.js';
import { normaliseName, queryWords } from './names.js';
import { assignPositions, type CityPoint, type CommuneToPosition } from './positions.js';

const commune = (
  inseeCode: string,
  name: string,
  postcodes: string[],
  population: number | null,
  departmentCode = '42',
): CommuneToPosition => ({
  inseeCode,
  name,
  regionCode: '84',
  departmentCode,
  postcodes,
  population,
});
const point = (
  name: string,
  population: number,
  latitude: number,
  longitude: number,
  inseeCode: string | null = null,
): CityPoint => ({
  name,
  inseeCode,
  regionCode: '84',
  population,
  latitude,
  longitude,
});

const COMMUNES = [
  commune('42218', 'Saint-Étienne', ['42000', '42100'], 173_000),
  commune('42095', 'La Fouillouse', ['42480'], 4_700),
  commune('42500', 'Hameau', ['42100'], 90),
  commune('42501', 'Écart', ['42999'], 40),
  commune('01001', 'Saint-Martin', ['01100'], 500, '01'),
  commune('01002', 'Saint-Martin', ['01200'], 5_000, '01'),
  commune('49023', 'Beaupréau-en-Mauges', ['49600'], 23_000, '49'),
  commune('13055', 'Marseille', ['13001'], 870_000, '13'),
];
const POINTS = [
  point('Saint-Etienne', 171_000, 45.43, 4.39),
  point('La Fouillouse', 4_500, 45.5, 4.32),
  point('Saint-Martin', 4_900, 46.0, 5.0),
  point('Saint-Étienne', 9_000, 10, 10),
  { ...point('Saint-Étienne', 500_000, 0, 0), regionCode: '11' },
  point('Beaupréau', 6_900, 47.2, -0.99, '49023'),
  point('Jallais', 3_100, 47.19, -0.86, '49023'),
  point('Saint-Loup', 20_000, 43.28, 5.43, '13055'),
  point('Marseille', 870_000, 43.29, 5.38, '13055'),
  point('Saint-Martin', 90_000, 1, 1, '13055'),
];
const SEATS = new Map([
  ['42', '42218'],
  ['01', '01053'],
]);

describe('assignPositions', () => {
  const positions = assignPositions(COMMUNES, POINTS, SEATS);

  it('matches by name without accents within the region, the most populated place first', () => {
    expect(positions.get('42218')).toEqual({
      latitude: 45.43,
      longitude: 4.39,
      source: 'city_database',
    });
    expect(positions.get('42095')).toMatchObject({ source: 'city_database', latitude: 45.5 });
  });

  it('matches by INSEE code first: the place named like the commune, else the most populated', () => {
    expect(positions.get('13055')).toMatchObject({ latitude: 43.29, source: 'city_database' });
    expect(positions.get('49023')).toMatchObject({ latitude: 47.2, source: 'city_database' });
  });

  it('pairs homonyms by population: the bigger commune gets the only place', () => {
    expect(positions.get('01002')).toMatchObject({ source: 'city_database', latitude: 46 });
    expect(positions.has('01001')).toBe(false);
  });

  it('falls back to the mean of the matched communes sharing a postcode', () => {
    expect(positions.get('42500')).toEqual({
      latitude: 45.43,
      longitude: 4.39,
      source: 'postcode_neighbours',
    });
  });

  it('then to the department seat', () => {
    expect(positions.get('42501')).toEqual({
      latitude: 45.43,
      longitude: 4.39,
      source: 'department_seat',
    });
  });

  it('gives nothing without any place', () => {
    expect(assignPositions(COMMUNES, [], SEATS).size).toBe(0);
  });
});

describe('city sources', () => {
  it('keeps the French places of a GeoNames list, overseas departments included', () => {
    const cities = [
      {
        name: 'Rennes',
        country: 'FR',
        adminCode: '53',
        muniSub: '35238',
        population: 209_375,
        loc: { type: 'Point', coordinates: [-1.68, 48.11] },
      },
      {
        name: 'Basse-Terre',
        country: 'GP',
        adminCode: 'GP',
        population: 11_000,
        loc: { coordinates: [-61.73, 15.99] },
      },
      {
        name: 'Bruxelles',
        country: 'BE',
        adminCode: 'BRU',
        population: 1_000_000,
        loc: { coordinates: [4.35, 50.85] },
      },
      { name: 'broken' },
    ];
    expect(frenchCityPoints(cities)).toEqual([
      {
        name: 'Rennes',
        inseeCode: '35238',
        regionCode: '53',
        population: 209_375,
        latitude: 48.11,
        longitude: -1.68,
      },
      {
        name: 'Basse-Terre',
        inseeCode: null,
        regionCode: '01',
        population: 11_000,
        latitude: 15.99,
        longitude: -61.73,
      },
    ]);
  });

  it('reports an uninstalled package as unavailable', async () => {
    expect(await allTheCitiesSource('alin-no-such-package').loadPoints()).toBeNull();
  });
});

describe('names', () => {
  it.each([
    ['Saint-Étienne', 'saint etienne'],
    ["L'Haÿ-les-Roses", 'l hay les roses'],
    ['Œuilly', 'oeuilly'],
    ['  PARIS 11e  Arrondissement ', 'paris 11e arrondissement'],
  ])('%s → %s', (name, normalised) => {
    expect(normaliseName(name)).toBe(normalised);
  });

  it('reads st/ste before another word as saint/sainte', () => {
    expect(queryWords('St-Étienne')).toEqual(['saint', 'etienne']);
    expect(queryWords('ste foy')).toEqual(['sainte', 'foy']);
    expect(queryWords('st')).toEqual(['st']);
  });
});
