/** SIREN of La Poste, whose establishments do not follow the Luhn rule. */
export const LA_POSTE_SIREN = '356000000';

/** SIRET of La Poste's head office: unlike the other establishments it keeps a Luhn key. */
export const LA_POSTE_HEAD_OFFICE_SIRET = '35600000000048';

const SIREN_PATTERN = /^\d{9}$/;
const SIRET_PATTERN = /^\d{14}$/;

/** True when a non-empty string of ASCII digits passes the Luhn (mod 10) checksum. */
export function isValidLuhn(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    // Walk from the right: every second digit is doubled, and 9 is taken off results above 9.
    let value = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      value *= 2;
      if (value > 9) value -= 9;
    }
    sum += value;
  }
  return sum % 10 === 0;
}

/** Removes the spaces (including no-break spaces) people type between digit groups. */
export function normalizeSiret(input: string): string {
  return input.replace(/\s/gu, '');
}

/** True when the input (spaces allowed) is 9 digits with a valid Luhn key. */
export function isValidSiren(siren: string): boolean {
  const normalized = normalizeSiret(siren);
  return SIREN_PATTERN.test(normalized) && isValidLuhn(normalized);
}

/** Sum of the decimal digits of a string of digits. */
function digitSum(digits: string): number {
  let sum = 0;
  for (const digit of digits) sum += Number(digit);
  return sum;
}

/** True when the input (spaces allowed) is a valid SIRET: 14 digits, Luhn key, La Poste exception. */
export function isValidSiret(siret: string): boolean {
  const normalized = normalizeSiret(siret);
  if (!SIRET_PATTERN.test(normalized)) return false;
  // INSEE exception: La Poste establishments have digits summing to a multiple of 5 instead of a
  // Luhn key; its head office (35600000000048, digit sum 26) keeps the Luhn key.
  if (normalized.startsWith(LA_POSTE_SIREN) && normalized !== LA_POSTE_HEAD_OFFICE_SIRET) {
    return digitSum(normalized) % 5 === 0;
  }
  return isValidLuhn(normalized);
}

/** The SIREN (first 9 digits) of a SIRET, spaces removed; null when the input is not 14 digits. */
export function sirenOf(siret: string): string | null {
  const normalized = normalizeSiret(siret);
  return SIRET_PATTERN.test(normalized) ? normalized.slice(0, 9) : null;
}
