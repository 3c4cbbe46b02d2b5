import { describe, expect, it } from 'vitest';
import {
  nextRoundStatus,
  ROUND_EVENTS,
  ROUND_STATUSES,
  type RoundEvent,
  type RoundGuardContext,
  type RoundStatus,
} from './round-workflow.js';

const NONE: RoundGuardContext = {
  deadlinePassed: false,
  operatorRequest: false,
  shortlistComplete: false,
  nobodyLeft: false,
};
const ALL: RoundGuardContext = {
  deadlinePassed: true,
  operatorRequest: true,
  shortlistComplete: true,
  nobodyLeft: true,
};

// Target of every allowed pair and the guards that must hold for it (refused when they do not).
type Expected = { to: RoundStatus; needs: (keyof RoundGuardContext)[]; negated?: boolean };
const EXPECTED: Record<RoundStatus, Partial<Record<RoundEvent, Expected>>> = {
  published: { close: { to: 'closing', needs: ['deadlinePassed', 'operatorRequest'] } },
  closing: { finish_closing: { to: 'closed', needs: [] } },
  closed: {
    complete_review: { to: 'shortlist_validated', needs: ['shortlistComplete'] },
    conclude_unallocated: { to: 'unallocated', needs: ['nobodyLeft'] },
  },
  shortlist_validated: {
    reopen_review: { to: 'closed', needs: ['shortlistComplete'], negated: true },
    send: { to: 'sent', needs: ['shortlistComplete'] },
  },
  sent: {
    allocate: { to: 'allocated', needs: [] },
    conclude_unallocated: { to: 'unallocated', needs: ['nobodyLeft'] },
  },
  allocated: {},
  unallocated: { republish: { to: 'republished', needs: [] } },
  republished: {},
};

describe('round workflow (offer after publication)', () => {
  const pairs = ROUND_STATUSES.flatMap((from) => ROUND_EVENTS.map((event) => ({ from, event })));

  it.each(pairs)('$from + $event', ({ from, event }) => {
    const expected = EXPECTED[from][event];
    if (!expected) {
      expect(nextRoundStatus(from, event, ALL)).toEqual({
        ok: false,
        refusal: { kind: 'not_allowed', from, event },
      });
      expect(nextRoundStatus(from, event, NONE)).toEqual({
        ok: false,
        refusal: { kind: 'not_allowed', from, event },
      });
      return;
    }
    const passing = expected.negated ? NONE : ALL;
    const failing = expected.negated ? ALL : NONE;
    expect(nextRoundStatus(from, event, passing)).toEqual({ ok: true, from, to: expected.to });
    const refused = nextRoundStatus(from, event, failing);
    expect(refused.ok).toBe(expected.needs.length === 0);
    for (const need of expected.needs) {
      const single = { ...failing, [need]: !expected.negated };
      expect(nextRoundStatus(from, event, single)).toEqual({ ok: true, from, to: expected.to });
    }
  });

  it('closes at the deadline or early on an operator request, never otherwise', () => {
    expect(nextRoundStatus('published', 'close', { ...NONE, deadlinePassed: true }).ok).toBe(true);
    expect(nextRoundStatus('published', 'close', { ...NONE, operatorRequest: true }).ok).toBe(true);
    expect(nextRoundStatus('published', 'close', NONE)).toMatchObject({
      ok: false,
      refusal: { kind: 'guard_failed', guards: ['deadline_passed', 'operator_request'] },
    });
  });
});
