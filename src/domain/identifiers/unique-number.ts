// The unique number (numéro unique: NUR in Île-de-France, NUD elsewhere) of a social-housing
// application, as issued by the national registration system (SNE) or a departmental site.
//
// Structure read from the three seed examples (DOMAIN.md §2):
//   1111023517879GDPUB  → 111 | 10 | 23 | 517879 | GDPUB   (18 characters)
//   1110520020171G1175  → 111 | 05 | 20 | 020171 | G1175   (18 characters)
//   111092062114ACLOG   → 111 | 09 | 20 | 62114  | ACLOG   (17 characters)
// territory (3) · filing month (2, 01–12) · filing year (2) · sequence · office code (5).
// Decision: the third seed example cannot be read with a 6-digit sequence ("62114A" is not a
// number) nor with a shorter office code (it would still leave a letter in the sequence), so the
// sequence is read as everything between the year and the last 5 characters: 6 digits in the
// 18-character form, 5 in the 17-character one. No digit is invented: the value keeps what was
// typed. The office code is 5 letters or digits starting with a letter (GDPUB, ACLOG, G1175); that
// first letter is what marks where the sequence ends. No check character is known, so none is
// verified.

/** Why a typed unique number cannot be read; each maps to one explanation for the person. */
export type UniqueNumberError =
  | 'empty' // nothing was typed
  | 'characters' // something other than letters, digits, spaces, dashes or dots was typed
  | 'length' // not 17 or 18 letters and digits once separators are removed
  | 'territory' // first 3 characters: neither 111 (Île-de-France) nor a department (029, 02A, 971...)
  | 'month' // characters 4-7 are not a filing date MMYY with a month from 01 to 12
  | 'sequence' // the sequence between the filing date and the office code is not all digits
  | 'office'; // the last 5 characters are not an office code (a letter, then 4 letters or digits)

/** The parts of a valid unique number, as written (strings keep their leading zeros). */
export type UniqueNumber = {
  normalized: string;
  territory: string;
  month: string;
  year: string;
  sequence: string;
  office: string;
  isIleDeFrance: boolean;
};

/** Result of reading a unique number typed by a person. */
export type UniqueNumberResult =
  { ok: true; value: UniqueNumber } | { ok: false; reason: UniqueNumberError };

/** Territorial code of the Île-de-France regional numbering (region 11). */
export const ILE_DE_FRANCE_TERRITORY = '111';

const MIN_LENGTH = 17;
const MAX_LENGTH = 18;
const OFFICE_LENGTH = 5;

// Île-de-France departments, for numbers issued before (or outside) the regional numbering.
const ILE_DE_FRANCE_DEPARTMENTS: ReadonlySet<string> = new Set(
  ['75', '77', '78', '91', '92', '93', '94', '95'].map((d) => `0${d}`),
);

/** True for 111 and for the department codes padded to 3 characters: 001–095 (no 020), 02A, 02B, 971–974, 976. */
function isTerritory(code: string): boolean {
  if (code === ILE_DE_FRANCE_TERRITORY || code === '02A' || code === '02B') return true;
  if (/^0\d\d$/.test(code)) {
    const department = Number(code);
    return department >= 1 && department <= 95 && department !== 20;
  }
  // Overseas departments with social housing registration: Guadeloupe, Martinique, Guyane,
  // La Réunion, Mayotte.
  return ['971', '972', '973', '974', '976'].includes(code);
}

/** Removes spaces (including no-break spaces), dashes and dots, and upper-cases the rest. */
export function normalizeUniqueNumber(input: string): string {
  return input.replace(/[\s.\-\u2010\u2011\u2013\u2014]/gu, '').toUpperCase();
}

/** Reads a typed unique number into its parts, or says which part is wrong. */
export function parseUniqueNumber(input: string): UniqueNumberResult {
  const normalized = normalizeUniqueNumber(input);
  if (normalized === '') return { ok: false, reason: 'empty' };
  if (!/^[A-Z0-9]+$/.test(normalized)) return { ok: false, reason: 'characters' };
  if (normalized.length < MIN_LENGTH || normalized.length > MAX_LENGTH) {
    return { ok: false, reason: 'length' };
  }
  const territory = normalized.slice(0, 3);
  const month = normalized.slice(3, 5);
  const year = normalized.slice(5, 7);
  const sequence = normalized.slice(7, normalized.length - OFFICE_LENGTH);
  const office = normalized.slice(normalized.length - OFFICE_LENGTH);
  if (!isTerritory(territory)) return { ok: false, reason: 'territory' };
  if (!/^(0[1-9]|1[0-2])$/.test(month) || !/^\d\d$/.test(year)) {
    return { ok: false, reason: 'month' };
  }
  if (!/^\d+$/.test(sequence)) return { ok: false, reason: 'sequence' };
  if (!/^[A-Z][A-Z0-9]{4}$/.test(office)) return { ok: false, reason: 'office' };
  const isIleDeFrance =
    territory === ILE_DE_FRANCE_TERRITORY || ILE_DE_FRANCE_DEPARTMENTS.has(territory);
  return {
    ok: true,
    value: { normalized, territory, month, year, sequence, office, isIleDeFrance },
  };
}

/** Groups a unique number for display (`111 10 23 517879 GDPUB`); an unreadable one is returned as given. */
export function formatUniqueNumber(normalized: string): string {
  const parsed = parseUniqueNumber(normalized);
  if (!parsed.ok) return normalized;
  const { territory, month, year, sequence, office } = parsed.value;
  return [territory, month, year, sequence, office].join(' ');
}
