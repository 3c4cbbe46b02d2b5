import {
  CEILING_CATEGORIES,
  CEILING_ZONES,
  MAX_CEILING_AMOUNT,
  ZONED_FINANCINGS,
  type CeilingCategory,
  type CeilingEntry,
  type CeilingZone,
  type StoredCeiling,
  type ZonedFinancing,
} from '../../api/ceilings';
import { ApiError } from '../../api/errors';

// The editable grid of one year's ceilings: one text per cell, compared with what is stored to
// send only the amounts that changed, and the API's field paths (`ceilings.4.amount`) turned back
// into the cell they came from.

/** One cell of the grid. */
export interface CeilingCell {
  financing: ZonedFinancing;
  zone: CeilingZone;
  category: CeilingCategory;
}

/** Text typed in each cell, by cell name. */
export type CellTexts = Partial<Record<string, string>>;

/** Why a cell cannot be saved. */
export type CellProblem = 'invalid' | 'required' | 'tooLarge';

/** Field names of the form besides the cells. */
export const COMMENT_FIELD = 'comment';
export const SOURCE_FIELD = 'source';

/** The form field name of a cell, e.g. `PLUS-z2-c3` (`c0`: the per-person amount). */
export function cellName({ financing, zone, category }: CeilingCell): string {
  return `${financing}-z${zone}-c${category}`;
}

/** Every cell in reading order: table by table, row (category) by row, zone by zone. */
export const CELLS: readonly CeilingCell[] = ZONED_FINANCINGS.flatMap((financing) =>
  CEILING_CATEGORIES.flatMap((category) =>
    CEILING_ZONES.map((zone) => ({ financing, zone, category })),
  ),
);

/** Every field of the form in order, for the error summary. */
export const FIELD_ORDER: readonly string[] = [...CELLS.map(cellName), COMMENT_FIELD, SOURCE_FIELD];

const isZoned = (financing: string): financing is ZonedFinancing =>
  (ZONED_FINANCINGS as readonly string[]).includes(financing);

/** The stored amounts of one year, by cell name. */
export function amountsOfYear(
  ceilings: readonly StoredCeiling[],
  year: number,
): Map<string, number> {
  const amounts = new Map<string, number>();
  for (const ceiling of ceilings) {
    if (ceiling.year !== year || !isZoned(ceiling.financing)) continue;
    amounts.set(cellName({ ...ceiling, financing: ceiling.financing }), ceiling.amount);
  }
  return amounts;
}

/** The texts a form starts with: the stored amounts as plain digits, empty where none. */
export function textsOf(amounts: ReadonlyMap<string, number>): CellTexts {
  return Object.fromEntries([...amounts].map(([name, amount]) => [name, String(amount)]));
}

/** Reads a typed amount: whole euros, spaces as thousands separators allowed ("26 920"). */
export function parseAmount(
  text: string,
): { amount: number } | { problem: CellProblem } | { amount: null } {
  const digits = text.replace(/[\s\u00a0\u202f]/g, '');
  if (digits === '') return { amount: null };
  if (!/^\d+$/.test(digits)) return { problem: 'invalid' };
  const amount = Number(digits);
  if (amount < 1) return { problem: 'invalid' };
  if (amount > MAX_CEILING_AMOUNT) return { problem: 'tooLarge' };
  return { amount };
}

/** What the form sends, or why it cannot. */
export interface CollectedEntries {
  entries: CeilingEntry[];
  problems: Map<string, CellProblem>;
}

/**
 * The amounts that differ from the stored ones, as entries of `PUT /api/admin/ceilings`, each with
 * the comment and source. An empty cell that was empty is left alone; a stored amount cannot be
 * erased.
 */
export function collectEntries(
  year: number,
  texts: CellTexts,
  stored: ReadonlyMap<string, number>,
  note: { comment: string; source: string },
): CollectedEntries {
  const entries: CeilingEntry[] = [];
  const problems = new Map<string, CellProblem>();
  const comment = note.comment.trim() || null;
  const source = note.source.trim() || null;
  for (const cell of CELLS) {
    const name = cellName(cell);
    const before = stored.get(name);
    const read = parseAmount(texts[name] ?? '');
    if ('problem' in read) problems.set(name, read.problem);
    else if (read.amount === null) {
      if (before !== undefined) problems.set(name, 'required');
    } else if (read.amount !== before) {
      entries.push({ year, ...cell, amount: read.amount, comment, ...(source ? { source } : {}) });
    }
  }
  return { entries, problems };
}

/** The form field an API field path is about (`ceilings.4.amount` → the fifth entry's cell). */
export function fieldOfPath(path: string, entries: readonly CeilingEntry[]): string {
  const match = /^ceilings\.(\d+)(?:\.(\w+))?/.exec(path);
  const entry = match ? entries[Number(match[1])] : undefined;
  if (!match || !entry) return path;
  if (match[2] === COMMENT_FIELD || match[2] === SOURCE_FIELD) return match[2];
  return cellName(entry);
}

/** The problem an API field code stands for on an amount. */
export function problemOfCode(code: string): CellProblem | undefined {
  if (code === 'field.required') return 'required';
  if (code === 'field.too_long') return 'tooLarge';
  if (code === 'field.too_short' || code === 'field.invalid') return 'invalid';
  return undefined;
}

/** The same error with its field paths named as the form's fields. */
export function withCellPaths(error: unknown, entries: readonly CeilingEntry[]): unknown {
  if (!(error instanceof ApiError) || error.fields.length === 0) return error;
  const fields = error.fields.map((field) => ({
    ...field,
    path: fieldOfPath(field.path, entries),
  }));
  return new ApiError(
    error.status,
    error.code,
    error.message,
    fields,
    error.retryAfterSeconds,
    error.remainingAttempts,
  );
}

/** The cell of a form field name, if it is one. */
export function cellOfField(name: string): CeilingCell | undefined {
  return CELLS.find((cell) => cellName(cell) === name);
}

/** Years with stored ceilings, newest first. */
export function storedYears(ceilings: readonly StoredCeiling[]): number[] {
  return [...new Set(ceilings.map((ceiling) => ceiling.year))].sort((a, b) => b - a);
}

/** The official texts the amounts of one year and financing type come from. */
export function sourcesOf(
  ceilings: readonly StoredCeiling[],
  year: number,
  financing: ZonedFinancing,
): string[] {
  const matching = ceilings.filter((c) => c.year === year && c.financing === financing);
  return [...new Set(matching.map((ceiling) => ceiling.source))];
}
