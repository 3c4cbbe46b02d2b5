import { parseUniqueNumber } from '../../domain/identifiers/unique-number.js';

/** Office code of the public online office (the applicant filed the application on the website). */
export const ONLINE_PUBLIC_OFFICE = 'GDPUB';

/** Île-de-France departments, numbered regionally under territorial code 111. */
const ILE_DE_FRANCE = new Set(['75', '77', '78', '91', '92', '93', '94', '95']);

/** Department (`29`, `2A`, `971`) of a commune from its INSEE code. */
export function departmentOfInsee(inseeCode: string): string {
  return inseeCode.startsWith('97') ? inseeCode.slice(0, 3) : inseeCode.slice(0, 2);
}

/** Territorial code of a department: `111` for Île-de-France, else the department padded to 3 (`029`, `02A`, `971`). */
export function territoryOf(department: string): string {
  const code = department.toUpperCase();
  if (ILE_DE_FRANCE.has(code)) return '111';
  if (!/^(\d{2}|2[AB]|97[1-6])$/.test(code))
    throw new RangeError(`Unknown department ${department}`);
  return code.padStart(3, '0');
}

/** Composes the 18-character unique number: territory · month · year of filing · 6-digit sequence · office. */
export function composeUniqueNumber(input: {
  department: string;
  filedAt: string;
  sequence: number;
  office?: string;
}): string {
  if (!Number.isInteger(input.sequence) || input.sequence < 1 || input.sequence > 999_999) {
    throw new RangeError('The sequence must be between 1 and 999999');
  }
  const [year, month] = input.filedAt.split('-');
  if (!year || !month) throw new RangeError('filedAt must be an ISO date');
  const number = `${territoryOf(input.department)}${month}${year.slice(2)}${String(input.sequence).padStart(6, '0')}${input.office ?? ONLINE_PUBLIC_OFFICE}`;
  const parsed = parseUniqueNumber(number);
  if (!parsed.ok) throw new RangeError(`Composed an unreadable unique number (${parsed.reason})`);
  return parsed.value.normalized;
}
