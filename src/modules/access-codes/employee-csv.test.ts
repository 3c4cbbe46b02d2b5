import { describe, expect, it } from 'vitest';
import { CSV_MAX_ROWS, parseEmployeeCsv } from './employee-csv.js';

describe('parseEmployeeCsv', () => {
  it('reads a French spreadsheet export (BOM, semicolons, accents in the header, CRLF)', () => {
    const text =
      '\uFEFFPrénom;Nom;Adresse e-mail\r\nJeanne;Martin;jeanne.martin@exemple.fr\r\n\r\n"Marie; Anne";"O""Brien";m.obrien@exemple.fr\r\n';
    expect(parseEmployeeCsv(text)).toEqual([
      { line: 2, firstName: 'Jeanne', lastName: 'Martin', email: 'jeanne.martin@exemple.fr' },
      { line: 4, firstName: 'Marie; Anne', lastName: 'O"Brien', email: 'm.obrien@exemple.fr' },
    ]);
  });

  it('reads English headers with commas, in any order', () => {
    expect(parseEmployeeCsv('email,last name,first name\na@b.fr,Doe,Jane')).toEqual([
      { line: 2, firstName: 'Jane', lastName: 'Doe', email: 'a@b.fr' },
    ]);
  });

  it('keeps short lines with empty values for the caller to report', () => {
    expect(parseEmployeeCsv('nom;prenom;email\nDoe')).toEqual([
      { line: 2, lastName: 'Doe', firstName: '', email: '' },
    ]);
  });

  it('refuses a file without the three columns, or with too many lines', () => {
    expect(parseEmployeeCsv('nom;email\nDoe;a@b.fr')).toBeNull();
    expect(parseEmployeeCsv('%PDF-1.7 binary')).toBeNull();
    const big = [
      'nom;prenom;email',
      ...Array.from({ length: CSV_MAX_ROWS + 1 }, (_, i) => `N${i};P;p${i}@b.fr`),
    ].join('\n');
    expect(parseEmployeeCsv(big)).toBeNull();
  });
});
