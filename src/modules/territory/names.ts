// Place names compared the way people type them: without accents, case, hyphens or apostrophes.
// `unaccent()` is not IMMUTABLE in PostgreSQL, so the searchable form is computed here, stored in
// `communes.name_search` at load time, and applied to the query the same way.

/** `L'Haÿ-les-Roses` → `l hay les roses`; `Saint-Étienne` → `saint etienne`. */
export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const ABBREVIATIONS: Readonly<Record<string, string>> = { st: 'saint', ste: 'sainte' };

/** The words of a typed query, `st`/`ste` before another word read as `saint`/`sainte`. */
export function queryWords(query: string): string[] {
  const words = normaliseName(query).split(' ').filter(Boolean);
  return words.map((word, i) => (i < words.length - 1 ? (ABBREVIATIONS[word] ?? word) : word));
}
