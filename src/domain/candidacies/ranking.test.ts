import { describe, expect, it } from 'vitest';
import { buildApplication, buildPerson } from '../applicant-file/fixtures.js';
import { PRIORITY_SITUATIONS, prioritySituationsOf, type PrioritySituation } from './priority.js';
import {
  DEFAULT_RANKING_PARAMS as P,
  fullMonthsBetween,
  rankEntries,
  sameRanking,
  scoreOf,
  type RankingEntryInput,
  type RankingInputs,
} from './ranking.js';

const REF = '2026-12-31';
const base: RankingInputs = { prioritySituations: [], filedAt: REF, companyPolicy: null };
const entry = (
  id: string,
  inputs: Partial<RankingInputs>,
  appliedAt = '2026-12-01T10:00:00.000Z',
  sequence = 1,
): RankingEntryInput => ({
  candidacyId: id,
  inputs: { ...base, ...inputs },
  appliedAt,
  sequence,
});

describe('priority situations read from the application', () => {
  const cases: [PrioritySituation, Parameters<typeof buildApplication>[0]][] = [
    ['disability', { applicant: buildPerson({ hasDisability: true }) }],
    ['disability', { coApplicant: buildPerson({ hasDisability: true }) }],
    [
      'disability',
      {
        household: [
          {
            relationship: 'child',
            firstName: 'L',
            lastName: 'L',
            birthDate: '2015-01-01',
            isDependant: true,
            hasDisability: true,
          },
        ],
      },
    ],
    ['disability', { reasons: ['disability'] }],
    ['violence', { reasons: ['violence'] }],
    ['eviction', { reasons: ['eviction'] }],
    ['non_decent_housing', { reasons: ['non_decent'] }],
    ['non_decent_housing', { currentHousing: { situation: 'non_decent', monthlyRentCents: 0 } }],
    ['homeless', { currentHousing: { situation: 'homeless', monthlyRentCents: null } }],
    ['temporary_shelter', { currentHousing: { situation: 'shelter', monthlyRentCents: null } }],
    ['temporary_shelter', { currentHousing: { situation: 'hotel', monthlyRentCents: null } }],
    [
      'hosted_by_third_party',
      { currentHousing: { situation: 'hosted_third_party', monthlyRentCents: null } },
    ],
  ];
  it.each(cases)('%s', (situation, overrides) => {
    expect(prioritySituationsOf(buildApplication(overrides))).toEqual([situation]);
  });

  it('finds none in an ordinary application, and lists several in a fixed order', () => {
    expect(
      prioritySituationsOf(buildApplication({ reasons: ['too_small', 'far_from_work'] })),
    ).toEqual([]);
    const app = buildApplication({
      reasons: ['eviction', 'violence'],
      currentHousing: { situation: 'homeless', monthlyRentCents: null },
    });
    expect(prioritySituationsOf(app)).toEqual(['violence', 'eviction', 'homeless']);
  });
});

describe('score', () => {
  it.each(PRIORITY_SITUATIONS)('gives the points of the priority situation %s', (situation) => {
    expect(scoreOf({ ...base, prioritySituations: [situation] }, P, REF)).toEqual({
      total: P.priorityPoints[situation],
      reasons: [{ criterion: 'priority', situation, points: P.priorityPoints[situation] }],
    });
  });

  it('caps the sum of priority points and says so', () => {
    const score = scoreOf({ ...base, prioritySituations: ['violence', 'homeless'] }, P, REF);
    expect(score.total).toBe(800);
    expect(score.reasons.at(-1)).toEqual({ criterion: 'priority_cap', points: -200 });
    expect(
      scoreOf(
        { ...base, prioritySituations: ['violence', 'homeless'] },
        { ...P, maxPriorityPoints: null },
        REF,
      ).total,
    ).toBe(1000);
  });

  it('counts seniority in full months up to the cap', () => {
    expect(fullMonthsBetween('2025-01-31', '2025-02-28')).toBe(0);
    expect(fullMonthsBetween('2025-01-15', '2026-01-15')).toBe(12);
    expect(fullMonthsBetween('2025-01-15', '2026-01-14')).toBe(11);
    expect(fullMonthsBetween('2027-01-15', '2026-01-14')).toBe(0);
    expect(scoreOf({ ...base, filedAt: '2024-12-31' }, P, REF)).toEqual({
      total: 240,
      reasons: [{ criterion: 'seniority', months: 24, points: 240 }],
    });
    expect(scoreOf({ ...base, filedAt: '2000-01-01' }, P, REF).total).toBe(1200);
  });

  it('adds the employer points up to the cap, only when the file carries them', () => {
    const company = (points: number) => ({ companyId: 'c', policyVersion: 2, points });
    expect(scoreOf({ ...base, companyPolicy: company(5) }, P, REF)).toEqual({
      total: 100,
      reasons: [{ criterion: 'company_policy', points: 100 }],
    });
    expect(scoreOf({ ...base, companyPolicy: company(900) }, P, REF).total).toBe(200);
    expect(scoreOf({ ...base, companyPolicy: company(0) }, P, REF)).toEqual({
      total: 0,
      reasons: [],
    });
    expect(scoreOf(base, P, REF)).toEqual({ total: 0, reasons: [] });
  });

  it('adds the criteria together', () => {
    const inputs: RankingInputs = {
      prioritySituations: ['disability'],
      filedAt: '2025-12-31',
      companyPolicy: { companyId: 'c', policyVersion: 1, points: 3 },
    };
    expect(scoreOf(inputs, P, REF).total).toBe(300 + 120 + 60);
  });
});

describe('ranking', () => {
  it('orders by score, then time of application, then recording order: ranks 1..n', () => {
    const ranked = rankEntries(
      [
        entry('late-tie', {}, '2026-12-02T10:00:00.000Z', 1),
        entry('priority', { prioritySituations: ['eviction'] }, '2026-12-03T10:00:00.000Z', 2),
        entry('same-instant-second', {}, '2026-12-01T10:00:00.000Z', 9),
        entry('same-instant-first', {}, '2026-12-01T10:00:00.000Z', 3),
        entry('senior', { filedAt: '2026-06-01' }, '2026-12-04T10:00:00.000Z', 4),
      ],
      P,
      REF,
    );
    expect(ranked.map((r) => [r.rank, r.candidacyId])).toEqual([
      [1, 'priority'],
      [2, 'senior'],
      [3, 'same-instant-first'],
      [4, 'same-instant-second'],
      [5, 'late-tie'],
    ]);
  });

  it('gives the identical result when replayed from the stored inputs, whatever their order', () => {
    const entries = Array.from({ length: 200 }, (_, i) =>
      entry(
        `c${i}`,
        {
          prioritySituations: i % 7 === 0 ? ['violence'] : [],
          filedAt: `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`,
        },
        `2026-12-01T10:00:0${i % 10}.000Z`,
        i + 1,
      ),
    );
    const first = rankEntries(entries, P, REF);
    const replay = rankEntries(
      JSON.parse(JSON.stringify([...entries].reverse())) as RankingEntryInput[],
      P,
      REF,
    );
    expect(sameRanking(first, replay)).toBe(true);
    expect(first.map((r) => r.rank)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    const changed = rankEntries(
      entries,
      { ...P, seniority: { pointsPerMonth: 0, maxMonths: 0 } },
      REF,
    );
    expect(sameRanking(first, changed)).toBe(false);
  });
});
