// The list HR uploads to send personal access codes: one employee a line, with a header naming the
// columns (last name, first name, e-mail, in any order; French or English names), separated by
// semicolons (French spreadsheets), commas or tabs. Quoted values may hold the separator.

/** One employee line of the file (line numbers count the header as line 1). */
export type CsvEmployee = { line: number; lastName: string; firstName: string; email: string };

/** The largest number of employee lines accepted in one file. */
export const CSV_MAX_ROWS = 1000;

const HEADERS: Record<'lastName' | 'firstName' | 'email', readonly string[]> = {
  lastName: ['nom', 'nom de famille', 'last name', 'lastname', 'last_name', 'surname', 'name'],
  firstName: ['prenom', 'first name', 'firstname', 'first_name', 'given name'],
  email: ['email', 'e-mail', 'mail', 'courriel', 'adresse e-mail', 'adresse email', 'adresse mail'],
};

function splitLine(line: string, separator: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      cells.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  cells.push(cell.trim());
  return cells;
}

function headerKey(cell: string): string {
  return cell
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
}

/** Reads the employees of an uploaded list; null when the file is not such a list. */
export function parseEmployeeCsv(text: string): CsvEmployee[] | null {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const header = lines[0] ?? '';
  const separator = [';', '\t', ','].find((s) => header.includes(s)) ?? ';';
  const names = splitLine(header, separator).map(headerKey);
  const index = (key: keyof typeof HEADERS) => names.findIndex((n) => HEADERS[key].includes(n));
  const columns = {
    lastName: index('lastName'),
    firstName: index('firstName'),
    email: index('email'),
  };
  if (columns.lastName < 0 || columns.firstName < 0 || columns.email < 0) return null;
  const rows: CsvEmployee[] = [];
  lines.slice(1).forEach((line, i) => {
    if (line.trim() === '') return;
    const cells = splitLine(line, separator);
    rows.push({
      line: i + 2,
      lastName: cells[columns.lastName] ?? '',
      firstName: cells[columns.firstName] ?? '',
      email: cells[columns.email] ?? '',
    });
  });
  return rows.length > CSV_MAX_ROWS ? null : rows;
}
