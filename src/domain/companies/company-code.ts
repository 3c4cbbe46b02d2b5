// The company code ("code entreprise") HR gives its employees to link their application to the
// company. It is made of three letters taken from the company's name, so that people recognise it,
// and five random readable characters (no 0/O, 1/I): 32^5 ≈ 33 million codes per prefix, so it
// cannot be guessed, only given. The random bytes are passed in (no Math.random in rules).

/** Characters of the random part: digits and capitals without the easily confused 0, O, 1, I (32, so no bias). */
export const READABLE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
/** How many random characters a company code carries. */
export const COMPANY_CODE_RANDOM_LENGTH = 5;

const STOP_WORDS = new Set([
  'DE',
  'DU',
  'DES',
  'LA',
  'LE',
  'LES',
  'ET',
  'SA',
  'SAS',
  'SARL',
  'SCA',
  'SNC',
  'L',
  'D',
  'THE',
  'OF',
]);

/** Three capital letters from a company name: the initials of its main words, then its letters. */
export function companyPrefix(name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase();
  const words = ascii.split(/[^A-Z]+/).filter((w) => w.length > 0 && !STOP_WORDS.has(w));
  let prefix = words
    .map((w) => w[0])
    .join('')
    .slice(0, 3);
  const letters = words.join('');
  for (let i = 1; prefix.length < 3 && i < letters.length; i += 1) prefix += letters[i];
  return prefix.padEnd(3, 'X');
}

/** A company code `ABC-7K2Q9` from a name and at least five random bytes. */
export function generateCompanyCode(name: string, random: Uint8Array): string {
  if (random.length < COMPANY_CODE_RANDOM_LENGTH) throw new RangeError('need 5 random bytes');
  const tail = [...random.subarray(0, COMPANY_CODE_RANDOM_LENGTH)]
    .map((b) => READABLE_ALPHABET[b % READABLE_ALPHABET.length])
    .join('');
  return `${companyPrefix(name)}-${tail}`;
}

/** A typed code as it is compared: capitals, without spaces, dashes or dots. */
export function normalizeCode(input: string): string {
  return input.toUpperCase().replace(/[\s.\-_]/g, '');
}

/** A company code as stored (`BAF-7K2Q9`) from what was typed (`baf 7k2q9`, `BAF7K2Q9`...). */
export function formatCompanyCode(typed: string): string {
  const n = normalizeCode(typed);
  return n.length === 3 + COMPANY_CODE_RANDOM_LENGTH
    ? `${n.slice(0, 3)}-${n.slice(3)}`
    : typed.trim();
}
