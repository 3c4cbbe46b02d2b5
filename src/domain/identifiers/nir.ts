// NIR layout (INSEE): sex (1) · birth year (2) · birth month (2) · department (2, "2A"/"2B" for
// Corsica) · commune (3) · birth-register order (3) · key (2). The key is 97 − (first 13 digits
// mod 97), with 2A read as 19 and 2B as 18 for the computation.

// First digit: 1 man, 2 woman; 3/4 foreigners being registered; 7/8 temporary numbers (NIA).
const BODY_PATTERN = /^[1-478]\d{4}(?:\d{2}|2A|2B)\d{6}$/;
const NIR_PATTERN = /^([1-478]\d{4}(?:\d{2}|2A|2B)\d{6})(\d{2})$/;

/** Removes spaces (including no-break spaces), dots and dashes, and upper-cases "2a"/"2b". */
export function normalizeNir(input: string): string {
  return input.replace(/[\s.-]/gu, '').toUpperCase();
}

/** The 13-digit number the key is computed on: Corsica's 2A / 2B become 19 / 18. */
function numericBody(body: string): bigint {
  const department = body.slice(5, 7);
  const digits =
    department === '2A' || department === '2B'
      ? `${body.slice(0, 5)}${department === '2A' ? '19' : '18'}${body.slice(7)}`
      : body;
  return BigInt(digits);
}

/** The 2-digit key ("01"–"97") of the first 13 characters of a NIR; throws on a malformed body. */
export function nirKey(first13: string): string {
  const body = normalizeNir(first13);
  if (!BODY_PATTERN.test(body)) {
    throw new RangeError('nirKey expects the 13 first characters of a NIR');
  }
  const key = 97n - (numericBody(body) % 97n);
  return key.toString().padStart(2, '0');
}

/** True when the input (spaces allowed) is a 15-character NIR whose key matches its 13 first characters. */
export function isValidNir(input: string): boolean {
  const match = NIR_PATTERN.exec(normalizeNir(input));
  const body = match?.[1];
  const key = match?.[2];
  if (body === undefined || key === undefined) return false;
  return nirKey(body) === key;
}
