import { describe, expect, it } from 'vitest';
import { checkCommission, firstInLine, type CommissionDecision } from './commission.js';

const examinable = ['a', 'b', 'c', 'd'];
const check = (
  decisions: CommissionDecision[],
  justification: string | null = null,
  pool = examinable,
) => checkCommission({ decisions, examinable: pool, meetingDate: '2027-01-10', justification });

describe('commission decisions', () => {
  it('turns each kind of decision into its workflow event', () => {
    const result = check([
      { candidacyId: 'a', decision: 'attribution_by_rank', rank: 1 },
      { candidacyId: 'b', decision: 'attribution_by_rank', rank: 2 },
      {
        candidacyId: 'c',
        decision: 'attribution_conditional',
        rank: 3,
        condition: { document: 'tax_notice', deadline: '2027-01-20' },
      },
      { candidacyId: 'd', decision: 'inadmissible', reason: 'irregular_residence' },
    ]);
    expect(result).toEqual({
      ok: true,
      warnings: [],
      steps: [
        { candidacyId: 'a', event: 'attribute', rank: 1 },
        { candidacyId: 'b', event: 'attribute_by_rank', rank: 2 },
        { candidacyId: 'c', event: 'attribute_conditionally', rank: 3 },
        { candidacyId: 'd', event: 'declare_inadmissible', rank: null },
      ],
    });
    const plain = check([
      { candidacyId: 'a', decision: 'attribution' },
      { candidacyId: 'b', decision: 'non_attribution', reason: 'Ressources insuffisantes' },
      { candidacyId: 'c', decision: 'non_attribution', reason: 'Dossier incomplet' },
    ]);
    expect(plain.ok && plain.steps.map((s) => s.event)).toEqual([
      'attribute',
      'not_attribute',
      'not_attribute',
    ]);
  });

  it('requires a justification below 3 examined candidates, with a warning', () => {
    const two: CommissionDecision[] = [
      { candidacyId: 'a', decision: 'attribution' },
      { candidacyId: 'b', decision: 'non_attribution', reason: 'x' },
    ];
    expect(check(two)).toEqual({
      ok: false,
      problems: ['justification_required'],
      warnings: ['fewer_than_three_examined'],
    });
    expect(check(two, 'Deux candidats seulement étaient présents')).toMatchObject({
      ok: true,
      warnings: ['fewer_than_three_examined'],
    });
    expect(check(two, null, ['a', 'b'])).toEqual({
      ok: false,
      problems: ['justification_required'],
      warnings: ['fewer_than_three_available'],
    });
    expect(check(two, ' ', ['a', 'b']).ok).toBe(false);
  });

  it('refuses ranks that are not 1, 2, 3… and a plain attribution beside ranked ones', () => {
    const ranks = (r: number[]) =>
      r.map((rank, i): CommissionDecision => ({
        candidacyId: examinable[i] ?? 'x',
        decision: 'attribution_by_rank',
        rank,
      }));
    expect(check(ranks([1, 3, 4])).ok).toBe(false);
    expect(check(ranks([2, 3, 4])).ok).toBe(false);
    expect(check(ranks([1, 1, 2])).ok).toBe(false);
    expect(check(ranks([3, 1, 2])).ok).toBe(true);
    expect(
      check([
        { candidacyId: 'a', decision: 'attribution' },
        { candidacyId: 'b', decision: 'attribution_by_rank', rank: 2 },
        { candidacyId: 'c', decision: 'non_attribution', reason: 'x' },
      ]),
    ).toMatchObject({ ok: false, problems: ['ranks_invalid'] });
  });

  it('refuses unknown or repeated candidates, an empty decision and a past condition deadline', () => {
    const nob = (id: string): CommissionDecision => ({
      candidacyId: id,
      decision: 'non_attribution',
      reason: 'x',
    });
    expect(check([nob('a'), nob('b'), nob('z')])).toMatchObject({
      ok: false,
      problems: ['unknown_candidate'],
    });
    expect(check([nob('a'), nob('a'), nob('b')])).toMatchObject({
      ok: false,
      problems: ['duplicate_candidate'],
    });
    expect(check([], 'x')).toMatchObject({ ok: false, problems: ['no_decision'] });
    const late: CommissionDecision = {
      candidacyId: 'a',
      decision: 'attribution_conditional',
      rank: 1,
      condition: { document: 'payslip', deadline: '2027-01-10' },
    };
    expect(check([late, nob('b'), nob('c')])).toMatchObject({
      ok: false,
      problems: ['condition_deadline_invalid'],
    });
  });
});

describe('whose turn it is', () => {
  it('is the lowest rank still in line; nobody once every attribution ended', () => {
    expect(
      firstInLine([
        { candidacyId: 'a', status: 'declined', commissionRank: 1 },
        { candidacyId: 'c', status: 'ranked', commissionRank: 3 },
        { candidacyId: 'b', status: 'conditional', commissionRank: 2 },
        { candidacyId: 'd', status: 'not_attributed', commissionRank: null },
      ])?.candidacyId,
    ).toBe('b');
    expect(firstInLine([{ candidacyId: 'a', status: 'declined', commissionRank: 1 }])).toBeNull();
  });
});
