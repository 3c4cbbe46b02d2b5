import { describe, it, expect } from 'vitest';
import type { RegistrationApplication } from '../../registration/contract.js';
import {
  expectedDocuments,
  groupExpectedDocuments,
  lastFullMonths,
  type ExpectedDocument,
} from './expected-documents.js';
import { buildApplication, buildPerson } from './fixtures.js';

const TODAY = new Date('2026-11-24T10:00:00Z');

function keys(application: RegistrationApplication, today = TODAY): string[] {
  return expectedDocuments(application, today).map((d) => d.key);
}

describe('lastFullMonths', () => {
  it.each<[string, string[]]>([
    ['2026-11-24T10:00:00Z', ['2026-10', '2026-09', '2026-08']],
    ['2026-11-01T00:00:00Z', ['2026-10', '2026-09', '2026-08']],
    ['2026-11-30T23:59:59Z', ['2026-10', '2026-09', '2026-08']],
    ['2026-02-10T00:00:00Z', ['2026-01', '2025-12', '2025-11']],
    ['2026-01-31T12:00:00Z', ['2025-12', '2025-11', '2025-10']],
  ])('%s → %j', (today, months) => {
    expect(lastFullMonths(new Date(today), 3)).toEqual(months);
  });
});

describe('expectedDocuments: what is asked', () => {
  const employee = [
    'applicant.identity',
    'applicant.tax_notice.2024',
    'applicant.tax_notice.2025',
    'applicant.work_contract',
    'applicant.payslip.2026-10',
    'applicant.payslip.2026-09',
    'applicant.payslip.2026-08',
    'applicant.housing_proof',
  ];
  it.each<[string, RegistrationApplication, string[]]>([
    ['a private employee alone', buildApplication(), employee],
    [
      'a public employee alone',
      buildApplication({
        applicant: buildPerson({
          professional: { ...buildPerson().professional, status: 'public_employee' },
        }),
      }),
      employee,
    ],
    [
      'a non-EU national: residence permit instead of identity',
      buildApplication({ applicant: buildPerson({ nationality: 'other' }) }),
      ['applicant.residence_permit', ...employee.slice(1)],
    ],
    [
      'an EU national: identity',
      buildApplication({ applicant: buildPerson({ nationality: 'eu' }) }),
      employee,
    ],
    [
      'a self-employed person: tax notices only',
      buildApplication({
        applicant: buildPerson({
          professional: { ...buildPerson().professional, status: 'self_employed' },
        }),
      }),
      [
        'applicant.identity',
        'applicant.tax_notice.2024',
        'applicant.tax_notice.2025',
        'applicant.housing_proof',
      ],
    ],
    ...(['unemployed', 'retired', 'student'] as const).map(
      (status): [string, RegistrationApplication, string[]] => [
        `a ${status} person: benefit notice`,
        buildApplication({
          applicant: buildPerson({ professional: { ...buildPerson().professional, status } }),
        }),
        [
          'applicant.identity',
          'applicant.tax_notice.2024',
          'applicant.tax_notice.2025',
          'applicant.benefit_notice',
          'applicant.housing_proof',
        ],
      ],
    ),
    [
      'an unemployed person with a housing benefit: one benefit notice',
      buildApplication({
        applicant: buildPerson({
          professional: { ...buildPerson().professional, status: 'unemployed' },
        }),
        resources: { ...buildApplication().resources, housingBenefitCents: 25_000 },
      }),
      [
        'applicant.identity',
        'applicant.tax_notice.2024',
        'applicant.tax_notice.2025',
        'applicant.benefit_notice',
        'applicant.housing_proof',
      ],
    ],
    [
      'an employee with a housing benefit',
      buildApplication({ resources: { ...buildApplication().resources, housingBenefitCents: 1 } }),
      [...employee, 'applicant.benefit_notice'],
    ],
    [
      'a parent with a child: family status',
      buildApplication({
        household: [
          {
            relationship: 'child',
            firstName: 'Léo',
            lastName: 'Lefèvre',
            birthDate: '2018-03-01',
            isDependant: true,
            hasDisability: false,
          },
        ],
      }),
      [...employee.slice(0, 7), 'applicant.family_status', 'applicant.housing_proof'],
    ],
    [
      'a household with a parent only: no family status',
      buildApplication({
        household: [
          {
            relationship: 'parent',
            firstName: 'Anne',
            lastName: 'Lefèvre',
            birthDate: '1958-03-01',
            isDependant: true,
            hasDisability: false,
          },
        ],
      }),
      employee,
    ],
    [
      'a stated reason other than "other": one reason proof',
      buildApplication({ reasons: ['too_small', 'far_from_work', 'other'] }),
      [...employee, 'applicant.reason_proof'],
    ],
    [
      'only "other" as a reason: no reason proof',
      buildApplication({ reasons: ['other'] }),
      employee,
    ],
    ['no reason at all: no reason proof', buildApplication({ reasons: [] }), employee],
    [
      'a taxYearN2 of 2025: notices 2025 and 2026',
      buildApplication({ resources: { ...buildApplication().resources, taxYearN2: 2025 } }),
      [
        'applicant.identity',
        'applicant.tax_notice.2025',
        'applicant.tax_notice.2026',
        ...employee.slice(3),
      ],
    ],
  ])('%s', (_label, application, expected) => {
    expect(keys(application)).toEqual(expected);
  });

  it('asks a co-applicant for their own identity, tax notices and professional documents, and the couple for family status', () => {
    const application = buildApplication({
      coApplicant: buildPerson({
        firstName: 'Samir',
        nationality: 'other',
        professional: { ...buildPerson().professional, status: 'retired' },
      }),
    });
    expect(keys(application)).toEqual([
      ...employee.slice(0, 7),
      'applicant.family_status',
      'applicant.housing_proof',
      'co_applicant.residence_permit',
      'co_applicant.tax_notice.2024',
      'co_applicant.tax_notice.2025',
      'co_applicant.benefit_notice',
    ]);
  });

  it('gives each key once and the heading of each document', () => {
    const list = expectedDocuments(
      buildApplication({
        coApplicant: buildPerson(),
        reasons: ['violence'],
        resources: { ...buildApplication().resources, housingBenefitCents: 100 },
      }),
      TODAY,
    );
    expect(new Set(list.map((d) => d.key)).size).toBe(list.length);
    const groupOf = (key: string) => list.find((d) => d.key === key)?.group;
    expect(groupOf('applicant.identity')).toBe('obtain_number');
    expect(groupOf('co_applicant.tax_notice.2025')).toBe('view_offers');
    expect(groupOf('co_applicant.payslip.2026-08')).toBe('apply');
    expect(groupOf('applicant.reason_proof')).toBe('apply');
    expect(list.find((d) => d.key === 'co_applicant.payslip.2026-09')).toEqual<ExpectedDocument>({
      key: 'co_applicant.payslip.2026-09',
      person: 'co_applicant',
      category: 'payslip',
      period: '2026-09',
      group: 'apply',
      status: 'missing',
    });
  });
});

describe('groupExpectedDocuments', () => {
  it('orders applicant then co-applicant, headings in order, and leaves out empty headings', () => {
    const list = expectedDocuments(
      buildApplication({
        coApplicant: buildPerson({
          professional: { ...buildPerson().professional, status: 'self_employed' },
        }),
      }),
      TODAY,
    );
    const groups = groupExpectedDocuments([...list].reverse());
    expect(groups.map((g) => `${g.person}/${g.group}`)).toEqual([
      'applicant/obtain_number',
      'applicant/view_offers',
      'applicant/apply',
      'co_applicant/obtain_number',
      'co_applicant/view_offers',
    ]);
    expect(groups.flatMap((g) => g.documents)).toHaveLength(list.length);
    expect(groups[1]?.documents.map((d) => d.key)).toEqual([
      'applicant.tax_notice.2025',
      'applicant.tax_notice.2024',
    ]);
  });

  it('returns nothing for nothing', () => {
    expect(groupExpectedDocuments([])).toEqual([]);
  });
});
