import { describe, expect, it } from 'vitest';
import {
  CANDIDACY_EVENTS,
  CANDIDACY_STATUSES,
  isActiveCandidacy,
  isCancellable,
  nextCandidacyStatus,
  type CandidacyEvent,
  type CandidacyStatus,
} from './candidacy-workflow.js';

// Expected target of every (state, event) pair; absent pairs are refused. Guarded pairs give the
// target when the guard holds and `guard:<name>` tells which guard refuses otherwise.
type Expected =
  | CandidacyStatus
  | { guarded: CandidacyStatus; guard: string }
  | { first: CandidacyStatus; other: CandidacyStatus };
const LANDLORD: Partial<Record<CandidacyEvent, Expected>> = {
  record_visit: 'visited',
  attribute: 'attributed',
  attribute_by_rank: 'ranked',
  attribute_conditionally: 'conditional',
  not_attribute: 'not_attributed',
  declare_inadmissible: 'inadmissible',
  end_unsuccessful: 'unsuccessful',
};
const EXPECTED: Record<CandidacyStatus, Partial<Record<CandidacyEvent, Expected>>> = {
  applied: {
    cancel: 'cancelled',
    retain: 'retained',
    set_aside: 'not_retained',
    end_unsuccessful: 'unsuccessful',
  },
  retained: {
    cancel: 'cancelled',
    validate: 'validated',
    reject: 'rejected',
    end_unsuccessful: 'unsuccessful',
  },
  validated: {
    cancel: 'cancelled',
    reject: 'rejected',
    send: 'sent',
    end_unsuccessful: 'unsuccessful',
  },
  sent: LANDLORD,
  visited: LANDLORD,
  attributed: { record_visit: 'attributed', decline: 'declined', sign_lease: 'lease_signed' },
  ranked: {
    record_visit: 'ranked',
    promote: { guarded: 'attributed', guard: 'first_in_line' },
    decline: 'declined',
    end_unsuccessful: 'unsuccessful',
  },
  conditional: {
    record_visit: 'conditional',
    lift_condition: { first: 'attributed', other: 'ranked' },
    fail_condition: 'condition_failed',
    decline: 'declined',
    end_unsuccessful: 'unsuccessful',
  },
  lease_signed: { move_in: 'moved_in' },
  moved_in: {},
  cancelled: {},
  not_retained: { recall: { guarded: 'retained', guard: 'applicant_free' } },
  rejected: {},
  declined: {},
  not_attributed: {},
  inadmissible: {},
  condition_failed: {},
  unsuccessful: {},
};

const FREE_FIRST = { applicantFree: true, firstInLine: true };
const BUSY_BEHIND = { applicantFree: false, firstInLine: false };

describe('candidacy workflow', () => {
  const pairs = CANDIDACY_STATUSES.flatMap((from) =>
    CANDIDACY_EVENTS.map((event) => ({ from, event })),
  );

  it.each(pairs)('$from + $event', ({ from, event }) => {
    const expected = EXPECTED[from][event];
    const open = nextCandidacyStatus(from, event, FREE_FIRST);
    const closed = nextCandidacyStatus(from, event, BUSY_BEHIND);
    if (expected === undefined) {
      expect(open).toEqual({ ok: false, refusal: { kind: 'not_allowed', from, event } });
      expect(closed).toEqual(open);
    } else if (typeof expected === 'string') {
      expect(open).toEqual({ ok: true, from, to: expected });
      expect(closed).toEqual(open);
    } else if ('guarded' in expected) {
      expect(open).toEqual({ ok: true, from, to: expected.guarded });
      expect(closed).toEqual({
        ok: false,
        refusal: { kind: 'guard_failed', from, event, guards: [expected.guard] },
      });
    } else {
      expect(open).toEqual({ ok: true, from, to: expected.first });
      expect(closed).toEqual({ ok: true, from, to: expected.other });
    }
  });

  it('lets the applicant cancel only until the file is sent to the landlord', () => {
    expect(CANDIDACY_STATUSES.filter(isCancellable)).toEqual(['applied', 'retained', 'validated']);
  });

  it('blocks other candidacies while one is active, and frees the applicant once it ends', () => {
    expect(CANDIDACY_STATUSES.filter(isActiveCandidacy)).toEqual([
      'applied',
      'retained',
      'validated',
      'sent',
      'visited',
      'attributed',
      'ranked',
      'conditional',
      'lease_signed',
    ]);
  });

  it('has every ending state without way out, except the set-aside files that may be recalled', () => {
    const ends = CANDIDACY_STATUSES.filter((s) => !isActiveCandidacy(s));
    for (const s of ends)
      expect(Object.keys(EXPECTED[s]).length === 0 || s === 'not_retained').toBe(true);
  });
});
