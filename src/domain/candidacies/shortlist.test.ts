import { describe, expect, it } from 'vitest';
import type { CandidacyStatus } from './candidacy-workflow.js';
import {
  closingDecisions,
  freePlaces,
  recallCandidates,
  reviewState,
  type ShortlistLine,
} from './shortlist.js';

const lines = (statuses: CandidacyStatus[]): ShortlistLine[] =>
  statuses.map((status, i) => ({ candidacyId: `c${i + 1}`, rank: i + 1, status }));

describe('drawing the shortlist at closing', () => {
  it('retains the first 5 and sets the others aside', () => {
    const decisions = closingDecisions(lines(Array<CandidacyStatus>(8).fill('applied')));
    expect(decisions.filter((d) => d.event === 'retain').map((d) => d.candidacyId)).toEqual([
      'c1',
      'c2',
      'c3',
      'c4',
      'c5',
    ]);
    expect(decisions.filter((d) => d.event === 'set_aside').map((d) => d.candidacyId)).toEqual([
      'c6',
      'c7',
      'c8',
    ]);
  });

  it('retains all of them when there are fewer than 5', () => {
    expect(closingDecisions(lines(['applied', 'applied'])).map((d) => d.event)).toEqual([
      'retain',
      'retain',
    ]);
  });

  it('gives only the remaining decisions when re-run after a crash (idempotent)', () => {
    const resumed = closingDecisions(
      lines([
        'retained',
        'retained',
        'retained',
        'applied',
        'applied',
        'applied',
        'not_retained',
        'applied',
      ]),
    );
    expect(resumed).toEqual([
      { candidacyId: 'c4', rank: 4, event: 'retain' },
      { candidacyId: 'c5', rank: 5, event: 'retain' },
      { candidacyId: 'c6', rank: 6, event: 'set_aside' },
      { candidacyId: 'c8', rank: 8, event: 'set_aside' },
    ]);
    expect(closingDecisions(lines(['retained', 'retained', 'not_retained']))).toEqual([]);
  });

  it('skips a candidacy cancelled in between and retains the next one instead', () => {
    const decisions = closingDecisions(
      lines(['applied', 'cancelled', 'applied', 'applied', 'applied', 'applied', 'applied']),
    );
    expect(decisions.filter((d) => d.event === 'retain').map((d) => d.rank)).toEqual([
      1, 3, 4, 5, 6,
    ]);
  });
});

describe('keeping the shortlist full during review', () => {
  it('counts free places and lists who may move up, best rank first', () => {
    const state = lines([
      'validated',
      'rejected',
      'retained',
      'validated',
      'cancelled',
      'not_retained',
      'cancelled',
      'not_retained',
    ]);
    expect(freePlaces(state)).toBe(2);
    expect(recallCandidates(state).map((l) => l.rank)).toEqual([6, 8]);
  });

  it('tells when the review is complete, or left nobody', () => {
    expect(reviewState(lines(['validated', 'retained']))).toEqual({
      pending: 1,
      validated: 1,
      complete: false,
      empty: false,
    });
    expect(reviewState(lines(['validated', 'rejected']))).toEqual({
      pending: 0,
      validated: 1,
      complete: true,
      empty: false,
    });
    expect(reviewState(lines(['rejected', 'cancelled']))).toEqual({
      pending: 0,
      validated: 0,
      complete: false,
      empty: true,
    });
  });
});
