import { describe, it, expect } from 'vitest';
import { expectedDocuments, type ExpectedDocumentStatus } from './expected-documents.js';
import { buildApplication, buildDocument } from './fixtures.js';

const TODAY = new Date('2026-11-24T10:00:00Z');

describe('expectedDocuments: status from the documents held', () => {
  type Doc = Parameters<typeof buildDocument>[0];
  it.each<[string, string, Doc[], ExpectedDocumentStatus]>([
    ['nothing held', 'applicant.identity', [], 'missing'],
    [
      'identity received',
      'applicant.identity',
      [{ category: 'identity', status: 'received' }],
      'received',
    ],
    [
      'identity with a period still counts',
      'applicant.identity',
      [{ category: 'identity', period: '2031' }],
      'received',
    ],
    [
      'co-applicant identity does not count for the applicant',
      'applicant.identity',
      [{ person: 'co_applicant', category: 'identity' }],
      'missing',
    ],
    [
      'validated beats refused',
      'applicant.identity',
      [
        { category: 'identity', status: 'refused' },
        { category: 'identity', status: 'validated' },
      ],
      'validated',
    ],
    [
      'received beats refused',
      'applicant.identity',
      [
        { category: 'identity', status: 'received' },
        { category: 'identity', status: 'refused' },
      ],
      'received',
    ],
    [
      'refused alone',
      'applicant.identity',
      [{ category: 'identity', status: 'refused' }],
      'refused',
    ],
    [
      'validated beats received',
      'applicant.identity',
      [
        { category: 'identity', status: 'validated' },
        { category: 'identity', status: 'received' },
      ],
      'validated',
    ],
    [
      'tax notice of the right year',
      'applicant.tax_notice.2024',
      [{ category: 'tax_notice', period: '2024', status: 'validated' }],
      'validated',
    ],
    [
      'tax notice of another year',
      'applicant.tax_notice.2024',
      [{ category: 'tax_notice', period: '2025' }],
      'missing',
    ],
    [
      'tax notice without a year',
      'applicant.tax_notice.2024',
      [{ category: 'tax_notice', period: null }],
      'missing',
    ],
    [
      'tax notice given with a month',
      'applicant.tax_notice.2025',
      [{ category: 'tax_notice', period: '2025-09' }],
      'received',
    ],
    [
      'tax notice with a year that merely starts alike',
      'applicant.tax_notice.2024',
      [{ category: 'tax_notice', period: '20245' }],
      'missing',
    ],
    [
      'payslip of the month',
      'applicant.payslip.2026-09',
      [{ category: 'payslip', period: '2026-09' }],
      'received',
    ],
    [
      'payslip of another month',
      'applicant.payslip.2026-09',
      [{ category: 'payslip', period: '2026-11' }],
      'missing',
    ],
    [
      'payslip of the current month does not count',
      'applicant.payslip.2026-08',
      [{ category: 'payslip', period: '2026-11' }],
      'missing',
    ],
    [
      'employer certificate stands for the contract',
      'applicant.work_contract',
      [{ category: 'employer_certificate', status: 'validated' }],
      'validated',
    ],
    [
      'employer certificate does not stand for a payslip',
      'applicant.payslip.2026-10',
      [{ category: 'employer_certificate', period: '2026-10' }],
      'missing',
    ],
    [
      'a payslip is not a contract',
      'applicant.work_contract',
      [{ category: 'payslip', period: '2026-10' }],
      'missing',
    ],
  ])('%s', (_label, key, documents, status) => {
    const application = buildApplication({
      documents: documents.map((d, i) => buildDocument({ id: `d${i}`, ...d })),
    });
    expect(expectedDocuments(application, TODAY).find((d) => d.key === key)?.status).toBe(status);
  });
});
