// A small CSV reader for the landlords' imports (RFC 4180: quoted fields, doubled quotes, line
// breaks inside quotes, CRLF), with the separator guessed from the header line (`;` as French
// spreadsheets write it, or `,`), and the French ways of writing numbers, dates and yes/no.

/** One data line: its line number in the file (the header is line 1) and its cells by column. */
export type CsvRecord = { line: number; cells: Record<string, string> };

/** Splits CSV text into rows of cells, each with the file line number it starts on. */
export function parseCsvRows(text: string): { line: number; cells: string[] }[] {
  const source = text.replace(/^\uFEFF/, '');
  const firstLine = source.split(/\r?\n/, 1)[0] ?? '';
  const separator =
    (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i];
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line += 1;
        cell += c;
      }
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === separator) {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i += 1;
      cells.push(cell);
      if (cells.some((v) => v.trim() !== '')) rows.push({ line: rowLine, cells });
      cells = [];
      cell = '';
      line += 1;
      rowLine = line;
    } else cell += c;
  }
  cells.push(cell);
  if (cells.some((v) => v.trim() !== '')) rows.push({ line: rowLine, cells });
  return rows;
}

/** The header's column names and the data records keyed by them. */
export function parseCsv(text: string): { columns: string[]; records: CsvRecord[] } {
  const [header, ...rest] = parseCsvRows(text);
  const columns = (header?.cells ?? []).map((c) => c.trim());
  const records = rest.map(({ line, cells }) => ({
    line,
    cells: Object.fromEntries(columns.map((name, i) => [name, (cells[i] ?? '').trim()])),
  }));
  return { columns, records };
}

/** `650,50` or `650.50` or `1 250` → 650.5 / 1250; empty → null; anything else → NaN. */
export function readNumber(value: string): number | null {
  const compact = value.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  if (compact === '') return null;
  return /^-?\d+(\.\d+)?$/.test(compact) ? Number(compact) : Number.NaN;
}

/** Euros as written in a spreadsheet → integer cents (null when empty, NaN when unreadable). */
export function readCents(value: string): number | null {
  const euros = readNumber(value);
  return euros === null || Number.isNaN(euros) ? euros : Math.round(euros * 100);
}

/** `oui`/`non`, `true`/`false`, `1`/`0`, `yes`/`no` → boolean; empty → null; else the text itself. */
export function readBoolean(value: string): boolean | null | string {
  const v = value.trim().toLowerCase();
  if (v === '') return null;
  if (['oui', 'o', 'true', 'vrai', '1', 'yes', 'x'].includes(v)) return true;
  if (['non', 'n', 'false', 'faux', '0', 'no'].includes(v)) return false;
  return value;
}

/** `31/12/2026` or `2026-12-31` → `2026-12-31`; anything else is returned as typed. */
export function readDate(value: string): string {
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim());
  if (!french) return value.trim();
  const [, d, m, y] = french;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
