import { messagesFor, type Locale } from '../../server/i18n/index.js';
import type { EmployeeFileView } from './employee-view.js';

const COLUMNS = [
  'status',
  'consent',
  'submittedAt',
  'civility',
  'lastName',
  'firstName',
  'birthDate',
  'email',
  'employerName',
  'employerSiret',
  'severalEmployers',
  'workplace',
  'currentCommune',
  'wantedCommunes',
  'staffNumber',
  'hiredAt',
  'criteriaMet',
  'uniqueNumber',
  'platformNumber',
  'householdMembers',
  'taxIncomeN2',
  'monthlyIncome',
  'currentHousingSituation',
  'typologies',
] as const;

/** A CSV column of the export. */
export type CsvColumn = (typeof COLUMNS)[number];

type Place = { postcode: string; name: string } | null;
const place = (p: Place) => (p ? `${p.postcode} ${p.name}` : '');

/** One cell, quoted, with formula-like values neutralised (a spreadsheet must not run them). */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The values of one file: full-consent columns stay empty for a limited-consent file. */
function values(view: EmployeeFileView, yes: string, no: string): Record<CsvColumn, string> {
  const d = view.data;
  const full = d.level === 'full' ? d : null;
  return {
    status: view.status,
    consent: view.consent,
    submittedAt: view.submittedAt?.toISOString() ?? '',
    civility: d.civility,
    lastName: d.lastName,
    firstName: d.firstName,
    birthDate: d.birthDate,
    email: d.email,
    employerName: d.employerName ?? '',
    employerSiret: d.employerSiret ?? '',
    severalEmployers: d.severalEmployers ? yes : no,
    workplace: place(d.workplace),
    currentCommune: place(d.currentCommune),
    wantedCommunes: d.wantedCommunes.map(place).join(', '),
    staffNumber: view.companyStep.staffNumber ?? '',
    hiredAt: view.companyStep.hiredAt ?? '',
    criteriaMet: view.criteria.length === 0 ? '' : view.criteriaMet ? yes : no,
    uniqueNumber: full?.uniqueNumber ?? '',
    platformNumber: full?.platformNumber ?? '',
    householdMembers: full ? String(full.household.length) : '',
    taxIncomeN2: full ? String(full.resources.taxIncomeN2) : '',
    monthlyIncome: full ? (full.resources.monthlyIncomeCents / 100).toFixed(2) : '',
    currentHousingSituation: full?.currentHousingSituation ?? '',
    typologies: full ? full.typologies.join(' ') : '',
  };
}

/** The CSV of the files a company may see (semicolons, UTF-8 with BOM, for French spreadsheets). */
export function employeeFilesCsv(views: EmployeeFileView[], locale: Locale): string {
  const t = messagesFor(locale).employerCsv;
  const header = COLUMNS.map((c) => cell(t.columns[c])).join(';');
  const lines = views.map((view) => {
    const row = values(view, t.yes, t.no);
    return COLUMNS.map((c) => cell(row[c])).join(';');
  });
  return `\uFEFF${[header, ...lines].join('\r\n')}\r\n`;
}
