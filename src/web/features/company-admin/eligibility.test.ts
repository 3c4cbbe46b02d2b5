import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { eligibilityProblem } from './eligibility';

const t = ((key: string, options?: Record<string, unknown>) =>
  options ? `${key} ${JSON.stringify(options)}` : key) as unknown as TFunction;

describe('eligibilityProblem', () => {
  it('accepts private companies above their threshold', () => {
    expect(eligibilityProblem('private_non_agricultural', '10-49', t)).toBeNull();
    expect(eligibilityProblem('private_agricultural', '50-249', t)).toBeNull();
  });

  it('refuses the public sector on the sector field', () => {
    expect(eligibilityProblem('public', '1000+', t)?.field).toBe('sector');
  });

  it('refuses a small agricultural company on the size, saying the minimum', () => {
    const problem = eligibilityProblem('private_agricultural', '10-49', t);
    expect(problem?.field).toBe('sizeBand');
    expect(problem?.text).toContain('"min":50');
  });
});
