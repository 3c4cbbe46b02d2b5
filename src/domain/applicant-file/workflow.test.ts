import { describe, expect, it } from 'vitest';
import {
  FILE_EVENTS,
  FILE_STATUSES,
  nextFileStatus,
  type FileEvent,
  type FileStatus,
} from './workflow.js';

type Expected = FileStatus | 'refused_event' | 'by_review';
// Every (state, event) pair. 'by_review': awaiting_company when the company reviews, else awaiting_operator.
const TABLE: Record<FileStatus, Record<FileEvent, Expected>> = {
  incomplete: {
    submit: 'by_review',
    company_validate: 'refused_event',
    company_refuse: 'refused_event',
    operator_validate: 'refused_event',
    operator_refuse: 'refused_event',
    material_change: 'refused_event',
    reopen: 'refused_event',
  },
  awaiting_company: {
    submit: 'refused_event',
    company_validate: 'awaiting_operator',
    company_refuse: 'refused',
    operator_validate: 'refused_event',
    operator_refuse: 'refused_event',
    material_change: 'by_review',
    reopen: 'incomplete',
  },
  awaiting_operator: {
    submit: 'refused_event',
    company_validate: 'refused_event',
    company_refuse: 'refused_event',
    operator_validate: 'validated',
    operator_refuse: 'refused',
    material_change: 'by_review',
    reopen: 'incomplete',
  },
  validated: {
    submit: 'refused_event',
    company_validate: 'refused_event',
    company_refuse: 'refused_event',
    operator_validate: 'refused_event',
    operator_refuse: 'refused_event',
    material_change: 'by_review',
    reopen: 'incomplete',
  },
  refused: {
    submit: 'by_review',
    company_validate: 'refused_event',
    company_refuse: 'refused_event',
    operator_validate: 'refused_event',
    operator_refuse: 'refused_event',
    material_change: 'refused_event',
    reopen: 'incomplete',
  },
};

describe('applicant-file workflow', () => {
  const cases = FILE_STATUSES.flatMap((from) =>
    FILE_EVENTS.flatMap((event) => [true, false].map((review) => ({ from, event, review }))),
  );
  it.each(cases)('$from + $event (company review: $review)', ({ from, event, review }) => {
    const expected = TABLE[from][event];
    const result = nextFileStatus(from, event, {
      companyReviewNeeded: review,
      stepsComplete: true,
    });
    if (expected === 'refused_event') {
      expect(result).toEqual({ ok: false, refusal: { kind: 'not_allowed', from, event } });
    } else {
      const to =
        expected === 'by_review' ? (review ? 'awaiting_company' : 'awaiting_operator') : expected;
      expect(result).toEqual({ ok: true, from, to });
    }
  });

  it('refuses to submit a file whose steps are not complete', () => {
    const result = nextFileStatus('incomplete', 'submit', {
      companyReviewNeeded: false,
      stepsComplete: false,
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.refusal).toMatchObject({ kind: 'guard_failed', guards: ['steps_complete'] });
  });
});
