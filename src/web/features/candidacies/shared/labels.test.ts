import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { isIsoDay, localDateTimeToIso, parisToday, reasonText, STATUS_TONE } from './labels';
import { CANDIDACY_STATUSES } from '../../../../domain/candidacies/candidacy-workflow';

const t = ((key: string) => `«${key}»`) as unknown as TFunction;

describe('candidacy labels', () => {
  it('checks calendar days', () => {
    expect(isIsoDay('2026-02-28')).toBe(true);
    expect(isIsoDay('2026-02-30')).toBe(false);
    expect(isIsoDay('28/02/2026')).toBe(false);
    expect(isIsoDay('')).toBe(false);
  });

  it('reads datetime-local values as instants', () => {
    expect(localDateTimeToIso('2026-12-01T10:00')).toBe(new Date('2026-12-01T10:00').toISOString());
    expect(localDateTimeToIso('2026-12-01')).toBeNull();
    expect(localDateTimeToIso('')).toBeNull();
  });

  it('gives the Paris date of an instant', () => {
    expect(parisToday(new Date('2026-11-24T23:30:00Z'))).toBe('2026-11-25');
    expect(parisToday(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
  });

  it('names known reasons and keeps free text as written', () => {
    expect(reasonText('documents_missing', t)).toBe(
      '«candidacies.reviewReasons.documents_missing»',
    );
    expect(reasonText('income_above_ceiling', t)).toBe(
      '«candidacies.inadmissibilityReasons.income_above_ceiling»',
    );
    expect(reasonText('Foyer trop grand', t)).toBe('Foyer trop grand');
  });

  it('has a badge tone for every state', () => {
    expect(Object.keys(STATUS_TONE).sort()).toEqual([...CANDIDACY_STATUSES].sort());
  });
});
