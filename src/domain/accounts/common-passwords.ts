// Deliberately simple matching, documented so nobody expects more of it:
// - case-insensitive (both sides lower-cased; the list is expected in lower case);
// - a password is common when it is in the list, or when removing a trailing decoration leaves
//   a listed word. A decoration is punctuation/symbols, then up to 4 digits, then punctuation/
//   symbols again, all at the end: "Password123!", "password!2024", "Soleil2024" (if "soleil" is
//   listed). Nothing is stripped at the start, and no leetspeak ("p@ssw0rd") substitution is made:
//   only what the list itself contains is caught there.

const TRAILING_SYMBOLS = /[\p{P}\p{S}\s]+$/u;
const TRAILING_DIGITS = /\d{1,4}$/u;

/** The password itself, then what remains after each step of stripping the trailing decoration. */
function candidates(password: string): string[] {
  const lowered = password.normalize('NFC').toLowerCase();
  const withoutSymbols = lowered.replace(TRAILING_SYMBOLS, '');
  const withoutDigits = withoutSymbols.replace(TRAILING_DIGITS, '');
  const withoutMoreSymbols = withoutDigits.replace(TRAILING_SYMBOLS, '');
  return [lowered, withoutSymbols, withoutDigits, withoutMoreSymbols].filter((c) => c !== '');
}

/** True when the password is in the list of common passwords, or is a listed word plus a few digits or symbols. */
export function isCommonPassword(password: string, list: ReadonlySet<string>): boolean {
  return candidates(password).some((candidate) => list.has(candidate));
}
