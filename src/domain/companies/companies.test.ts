import { describe, expect, it } from 'vitest';
import { companyEligibility, COMPANY_SECTORS, SIZE_BANDS } from './eligibility.js';
import { companyPrefix, generateCompanyCode, normalizeCode } from './company-code.js';
import { areCriteriaMet, completedMonths, evaluateCriteria, matchesWorkplace } from './criteria.js';
import {
  canonicalPolicy,
  DEFAULT_POLICY,
  isSamePolicy,
  policyProblems,
  type HousingPolicy,
} from './policy.js';

describe('companyEligibility', () => {
  const expected: Record<
    (typeof COMPANY_SECTORS)[number],
    Record<(typeof SIZE_BANDS)[number], string>
  > = {
    private_non_agricultural: {
      '0-9': 'too_small_for_sector',
      '10-49': 'ok',
      '50-249': 'ok',
      '250-999': 'ok',
      '1000+': 'ok',
    },
    private_agricultural: {
      '0-9': 'too_small_for_sector',
      '10-49': 'too_small_for_sector',
      '50-249': 'ok',
      '250-999': 'ok',
      '1000+': 'ok',
    },
    public: {
      '0-9': 'sector_not_eligible',
      '10-49': 'sector_not_eligible',
      '50-249': 'sector_not_eligible',
      '250-999': 'sector_not_eligible',
      '1000+': 'sector_not_eligible',
    },
    other: {
      '0-9': 'sector_not_eligible',
      '10-49': 'sector_not_eligible',
      '50-249': 'sector_not_eligible',
      '250-999': 'sector_not_eligible',
      '1000+': 'sector_not_eligible',
    },
  };
  for (const sector of COMPANY_SECTORS) {
    for (const sizeBand of SIZE_BANDS) {
      it(`${sector}, ${sizeBand} staff → ${expected[sector][sizeBand]}`, () => {
        const result = companyEligibility({ sector, sizeBand });
        expect(result.eligible ? 'ok' : result.reason).toBe(expected[sector][sizeBand]);
      });
    }
  }

  it('gives the minimum staff of the sector with a refusal for size', () => {
    expect(companyEligibility({ sector: 'private_agricultural', sizeBand: '10-49' })).toEqual({
      eligible: false,
      reason: 'too_small_for_sector',
      minimumStaff: 50,
    });
  });
});

describe('company codes', () => {
  it.each([
    ['Boulangeries Artisanales de France', 'BAF'],
    ['Transports Lemoine et Fils', 'TLF'],
    ['Société Générale', 'SGO'],
    ['Ô', 'OXX'],
    ['La SAS des Écoles', 'ECO'],
  ])('prefix of %s is %s', (name, prefix) => {
    expect(companyPrefix(name)).toBe(prefix);
  });

  it('adds five readable random characters', () => {
    const code = generateCompanyCode(
      'Transports Lemoine et Fils',
      Uint8Array.from([0, 31, 32, 63, 255]),
    );
    expect(code).toBe('TLF-A9A99');
    expect(code).toMatch(/^[A-Z]{3}-[A-HJ-NP-Z2-9]{5}$/);
    expect(() => generateCompanyCode('X', new Uint8Array(4))).toThrow(RangeError);
  });

  it('normalises what people type', () => {
    expect(normalizeCode(' tlf-a9a 99 ')).toBe('TLFA9A99');
  });
});

describe('housing policy', () => {
  const limits = { maxPriorityPoints: 10 };
  it('accepts the default policy', () => {
    expect(policyProblems(DEFAULT_POLICY, limits)).toEqual([]);
  });

  it.each<[string, Partial<HousingPolicy>, string, string]>([
    ['no consent level', { allowedConsents: [] }, 'allowedConsents', 'policy.no_consent_level'],
    [
      'seniority without hiring date',
      { minSeniorityMonths: 6 },
      'requiresHiringDate',
      'policy.hiring_date_needed',
    ],
    ['too many points', { priorityPoints: 11 }, 'priorityPoints', 'policy.points_out_of_range'],
    ['negative points', { priorityPoints: -1 }, 'priorityPoints', 'policy.points_out_of_range'],
    [
      'bad commune',
      { workplaces: [{ kind: 'commune', inseeCode: '7505', name: 'Paris' }] },
      'workplaces.0',
      'policy.workplace_invalid',
    ],
    [
      'bad department',
      { workplaces: [{ kind: 'department', code: '20' }] },
      'workplaces.0',
      'policy.workplace_invalid',
    ],
  ])('refuses %s', (_label, patch, path, code) => {
    expect(policyProblems({ ...DEFAULT_POLICY, ...patch }, limits)).toContainEqual({ path, code });
  });

  it('compares policies in canonical order', () => {
    const a: HousingPolicy = {
      ...DEFAULT_POLICY,
      allowedConsents: ['full', 'limited'],
      contractTypes: ['cdd', 'cdi'],
    };
    const b: HousingPolicy = {
      ...DEFAULT_POLICY,
      allowedConsents: ['limited', 'full'],
      contractTypes: ['cdi', 'cdd'],
      employeeNote: '  ',
    };
    expect(isSamePolicy(a, b)).toBe(true);
    expect(isSamePolicy(a, { ...b, priorityPoints: 1 })).toBe(false);
    expect(
      canonicalPolicy({
        ...DEFAULT_POLICY,
        workplaces: [
          { kind: 'department', code: '75' },
          { kind: 'department', code: '75' },
        ],
      }).workplaces,
    ).toHaveLength(1);
  });
});

describe('eligibility criteria', () => {
  const policy = {
    minSeniorityMonths: 12,
    contractTypes: ['cdi' as const],
    workplaces: [
      { kind: 'commune' as const, inseeCode: '75056', name: 'Paris' },
      { kind: 'department' as const, code: '92' },
    ],
  };

  it.each([
    ['2025-11-24', '2026-11-24', 12],
    ['2025-11-25', '2026-11-24', 11],
    ['2026-01-31', '2026-02-28', 0],
    ['2026-01-31', '2026-03-01', 1],
    ['2027-01-01', '2026-11-24', 0],
  ])('from %s to %s: %i whole months', (from, to, months) => {
    expect(completedMonths(from, to)).toBe(months);
  });

  it('matches arrondissements to their city and communes to their department', () => {
    expect(matchesWorkplace('75112', { kind: 'commune', inseeCode: '75056', name: 'Paris' })).toBe(
      true,
    );
    expect(matchesWorkplace('69383', { kind: 'commune', inseeCode: '69123', name: 'Lyon' })).toBe(
      true,
    );
    expect(
      matchesWorkplace('13216', { kind: 'commune', inseeCode: '13055', name: 'Marseille' }),
    ).toBe(true);
    expect(
      matchesWorkplace('75056', { kind: 'commune', inseeCode: '75112', name: 'Paris 12e' }),
    ).toBe(false);
    expect(matchesWorkplace('92050', { kind: 'department', code: '92' })).toBe(true);
    expect(matchesWorkplace('2A004', { kind: 'department', code: '2A' })).toBe(true);
    expect(matchesWorkplace('93048', { kind: 'department', code: '92' })).toBe(false);
  });

  it('says met, not met or unknown for each criterion set', () => {
    const met = evaluateCriteria(
      policy,
      { hiredAt: '2019-09-02', contractType: 'cdi', workplaceInsee: '75112' },
      '2026-11-24',
    );
    expect(met).toEqual([
      { criterion: 'min_seniority', status: 'met' },
      { criterion: 'contract_type', status: 'met' },
      { criterion: 'workplace', status: 'met' },
    ]);
    expect(areCriteriaMet(met)).toBe(true);
    const notMet = evaluateCriteria(
      policy,
      { hiredAt: '2026-06-01', contractType: 'cdd', workplaceInsee: null },
      '2026-11-24',
    );
    expect(notMet.map((r) => r.status)).toEqual(['not_met', 'not_met', 'unknown']);
    expect(areCriteriaMet(notMet)).toBe(false);
    expect(
      evaluateCriteria(
        { minSeniorityMonths: null, contractTypes: [], workplaces: [] },
        { hiredAt: null, contractType: null, workplaceInsee: null },
        '2026-11-24',
      ),
    ).toEqual([]);
  });
});

describe('isSamePolicy with stored values', () => {
  it('ignores the order of object keys (jsonb reorders them)', () => {
    const typed: HousingPolicy = {
      ...DEFAULT_POLICY,
      workplaces: [{ kind: 'commune', inseeCode: '75056', name: 'Paris' }],
    };
    const stored = JSON.parse(
      '{"workplaces":[{"name":"Paris","kind":"commune","inseeCode":"75056"}]}',
    ) as Pick<HousingPolicy, 'workplaces'>;
    expect(isSamePolicy(typed, { ...DEFAULT_POLICY, ...stored })).toBe(true);
  });
});
