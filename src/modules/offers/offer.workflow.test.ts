import { describe, expect, it } from 'vitest';
import {
  nextOfferStatus,
  OFFER_EVENTS,
  OFFER_STATUS_LIST,
  republicationContext,
  type OfferEvent,
  type OfferGuardContext,
  type OfferStatus,
} from './offer.workflow.js';

// Every state × event, with the guards passing: where it leads (null: not allowed).
const EXPECTED: Record<OfferStatus, Record<OfferEvent, OfferStatus | null>> = {
  draft: { publish: 'published', withdraw: null, close: null, close_round: null, republish: null },
  published: {
    publish: null,
    withdraw: 'withdrawn',
    close: 'closed',
    close_round: 'closed',
    republish: null,
  },
  withdrawn: {
    publish: 'published',
    withdraw: null,
    close: null,
    close_round: null,
    republish: null,
  },
  closed: { publish: null, withdraw: null, close: null, close_round: null, republish: 'published' },
};

const ALL_PASS: OfferGuardContext = {
  publishable: true,
  deadlinePassed: true,
  nobodyAllocated: true,
  deadlineAhead: true,
  availableAfterDeadline: true,
};

describe('offer workflow', () => {
  const cases = OFFER_STATUS_LIST.flatMap((from) =>
    OFFER_EVENTS.map((event) => ({ from, event, to: EXPECTED[from][event] })),
  );

  it.each(cases)('$from + $event → $to', ({ from, event, to }) => {
    const result = nextOfferStatus(from, event, ALL_PASS);
    if (to === null)
      expect(result).toEqual({ ok: false, refusal: { kind: 'not_allowed', from, event } });
    else expect(result).toEqual({ ok: true, from, to });
  });

  it.each(['draft', 'withdrawn'] as const)(
    'refuses to publish a %s offer that fails the publication rules',
    (from) => {
      expect(
        nextOfferStatus(from, 'publish', { publishable: false, deadlinePassed: false }),
      ).toMatchObject({ ok: false, refusal: { kind: 'guard_failed', guards: ['publishable'] } });
    },
  );

  it('closes a published offer only once its deadline has passed', () => {
    expect(
      nextOfferStatus('published', 'close', { publishable: true, deadlinePassed: false }),
    ).toMatchObject({ ok: false, refusal: { kind: 'guard_failed' } });
  });

  it.each([
    ['nobodyAllocated', 'nobody_allocated'],
    ['deadlineAhead', 'deadline_ahead'],
    ['availableAfterDeadline', 'available_after_deadline'],
  ] as const)('re-publishes a closed offer only when %s', (fact, guard) => {
    expect(nextOfferStatus('closed', 'republish', { ...ALL_PASS, [fact]: false })).toEqual({
      ok: false,
      refusal: { kind: 'guard_failed', from: 'closed', event: 'republish', guards: [guard] },
    });
  });

  it('treats a guard fact not given as failing', () => {
    expect(nextOfferStatus('closed', 'republish', {})).toMatchObject({
      ok: false,
      refusal: {
        guards: ['nobody_allocated', 'deadline_ahead', 'available_after_deadline'],
      },
    });
  });

  it('reads the new dates of a re-publication against today (Paris)', () => {
    const today = '2026-11-24';
    const context = (applicationDeadline: string, availableOn: string) =>
      republicationContext({ applicationDeadline, availableOn, today, nobodyAllocated: true });
    expect(context('2026-11-25', '2026-11-26')).toEqual({
      nobodyAllocated: true,
      deadlineAhead: true,
      availableAfterDeadline: true,
    });
    expect(context(today, '2027-01-01')).toMatchObject({
      deadlineAhead: false,
      availableAfterDeadline: true,
    });
    expect(context('2026-12-15', '2026-12-15')).toMatchObject({
      deadlineAhead: true,
      availableAfterDeadline: false,
    });
  });
});
