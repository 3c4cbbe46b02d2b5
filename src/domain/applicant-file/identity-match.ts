// Whether the person who holds the AL'in account is the person named on the imported application.
// Names are compared the way people type them: case, accents, hyphens, spaces and apostrophes do
// not count (`Lefèvre` = `LEFEVRE`, `Jean-Pierre` = `jean pierre`, `N'Diaye` = `NDIAYE`), nor do
// ligatures (`Œ` = `OE`). The last name may be the birth name or the usage (married) name.

/** What the account holder said about themselves. */
export type AccountIdentity = { lastName: string; firstName: string; birthDate: string | null };

/** How the application names the person (CERFA 14069, identity section). */
export type ApplicationIdentity = {
  birthName: string;
  usageName: string | null;
  firstName: string;
  birthDate: string;
};

/** The parts of the identity that differ. */
export type IdentityMismatch = 'last_name' | 'first_name' | 'birth_date';

/** Result of comparing the account with the application. */
export type IdentityComparison = { matches: boolean; mismatches: IdentityMismatch[] };

const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss' };

/** Reduces a name to its lower-case unaccented letters and digits: `Jean-Pierre` → `jeanpierre`. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD') // accents become separate marks, dropped with everything not a letter or digit
    .toLowerCase()
    .replace(/[œæß]/g, (letter) => LIGATURES[letter] ?? letter)
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** True when both names have letters and reduce to the same thing. */
function sameName(a: string, b: string | null): boolean {
  if (b === null) return false;
  const left = normalizeName(a);
  return left !== '' && left === normalizeName(b);
}

/** Compares the account holder's identity with the application's person; birth date only when the account has one. */
export function compareIdentity(
  account: AccountIdentity,
  person: ApplicationIdentity,
): IdentityComparison {
  const mismatches: IdentityMismatch[] = [];
  if (
    !sameName(account.lastName, person.birthName) &&
    !sameName(account.lastName, person.usageName)
  ) {
    mismatches.push('last_name');
  }
  if (!sameName(account.firstName, person.firstName)) mismatches.push('first_name');
  if (
    account.birthDate !== null &&
    account.birthDate.trim().slice(0, 10) !== person.birthDate.slice(0, 10)
  ) {
    mismatches.push('birth_date');
  }
  return { matches: mismatches.length === 0, mismatches };
}
