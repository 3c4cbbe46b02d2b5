/** Result of reading a French mobile number typed by a person. */
export type FrenchMobileResult =
  { ok: true; e164: string } | { ok: false; reason: 'empty' | 'invalid_format' | 'not_mobile' };

// Separators people type between digit groups (any whitespace, including no-break spaces).
const SEPARATORS = /[\s.\-/]/gu;
// A national number: trunk 0, then a non-zero digit, then 8 digits.
const NATIONAL = /^0[1-9]\d{8}$/;
const E164_FRENCH = /^\+33(\d{9})$/;

/** Turns the typed prefix (`+33`, `0033`, `(0)`, `+33 (0)`, `+33 0`) into a 10-digit national number. */
function toNational(compact: string): string | null {
  let rest = compact;
  let international = false;
  if (rest.startsWith('+33')) {
    rest = rest.slice(3);
    international = true;
  } else if (rest.startsWith('0033')) {
    rest = rest.slice(4);
    international = true;
  }
  if (rest.startsWith('(0)')) rest = `0${rest.slice(3)}`;
  // After +33 the trunk 0 is normally left out; "+33 0 6 12 34 56 78" (a slip for "+33 (0)6")
  // keeps it, so it is added back only when missing.
  if (international && !(rest.startsWith('0') && rest.length === 10)) rest = `0${rest}`;
  return NATIONAL.test(rest) ? rest : null;
}

/** Reads a French mobile number (06 / 07, national or +33 / 0033 form) and returns it in E.164. */
export function normalizeFrenchMobile(input: string): FrenchMobileResult {
  const compact = input.replace(SEPARATORS, '');
  if (compact === '') return { ok: false, reason: 'empty' };
  const national = toNational(compact);
  if (national === null) return { ok: false, reason: 'invalid_format' };
  // Mobile ranges are 06 and 07 (ARCEP numbering plan); 01-05, 08 and 09 are landlines or services.
  if (!national.startsWith('06') && !national.startsWith('07')) {
    return { ok: false, reason: 'not_mobile' };
  }
  return { ok: true, e164: `+33${national.slice(1)}` };
}

/** Formats a stored `+33` E.164 number as `06 12 34 56 78`; any other value is returned unchanged. */
export function formatFrenchMobile(e164: string): string {
  const match = E164_FRENCH.exec(e164);
  const digits = match?.[1];
  if (digits === undefined) return e164;
  const national = `0${digits}`;
  return national.replace(/(\d{2})(?=\d)/g, '$1 ');
}
