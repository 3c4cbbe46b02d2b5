import { describe, expect, it } from 'vitest';
import { CANDIDACY_STATUSES } from './candidacy-workflow.js';
import { closingInstant, isDeadlinePassed } from './deadline.js';
import { STAGE_OF_STATUS, stageAfter, trackerSteps } from './stages.js';

describe('tracker stages', () => {
  it('gives every active state a stage and keeps the last stage when a candidacy ends', () => {
    for (const status of CANDIDACY_STATUSES) expect(status in STAGE_OF_STATUS).toBe(true);
    expect(stageAfter('sent', 'validations')).toBe('sent_to_landlord');
    expect(stageAfter('rejected', 'validations')).toBe('validations');
  });

  it('shows done, current and upcoming steps', () => {
    expect(trackerSteps('visited', 'visit').map((s) => s.state)).toEqual([
      'done',
      'done',
      'done',
      'current',
      'upcoming',
      'upcoming',
    ]);
    expect(trackerSteps('moved_in', 'move_in').every((s) => s.state === 'done')).toBe(true);
    expect(trackerSteps('not_retained', 'applied').map((s) => s.state)).toEqual([
      'stopped',
      'upcoming',
      'upcoming',
      'upcoming',
      'upcoming',
      'upcoming',
    ]);
  });
});

describe('application deadline', () => {
  it('accepts applications until midnight in Paris at the end of the deadline day', () => {
    expect(closingInstant('2026-12-15').toISOString()).toBe('2026-12-15T23:00:00.000Z');
    expect(closingInstant('2026-07-15').toISOString()).toBe('2026-07-15T22:00:00.000Z');
    expect(isDeadlinePassed('2026-12-15', new Date('2026-12-15T22:59:59.999Z'))).toBe(false);
    expect(isDeadlinePassed('2026-12-15', new Date('2026-12-15T23:00:00.000Z'))).toBe(true);
  });
});
