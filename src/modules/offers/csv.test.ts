import { describe, expect, it } from 'vitest';
import { parseCsv, readBoolean, readCents, readDate, readNumber } from './csv.js';

describe('CSV reading', () => {
  it('reads a French spreadsheet export: BOM, semicolons, quotes, line breaks in a cell, CRLF', () => {
    const text =
      '\uFEFFreference;description;rent\r\nA-1;"Beau T2 ; lumineux\r\nau calme";650,50\r\n\r\nA-2;"Dit ""le petit""";700\r\n';
    const { columns, records } = parseCsv(text);
    expect(columns).toEqual(['reference', 'description', 'rent']);
    expect(records).toEqual([
      {
        line: 2,
        cells: { reference: 'A-1', description: 'Beau T2 ; lumineux\r\nau calme', rent: '650,50' },
      },
      { line: 5, cells: { reference: 'A-2', description: 'Dit "le petit"', rent: '700' } },
    ]);
  });

  it('reads commas as the separator when the header has more of them', () => {
    expect(parseCsv('a,b\n1,2').records[0]?.cells).toEqual({ a: '1', b: '2' });
  });

  it('reads numbers, money, booleans and dates written the French way', () => {
    expect(readNumber('1 250,5')).toBe(1250.5);
    expect(readNumber('')).toBeNull();
    expect(readNumber('douze')).toBeNaN();
    expect(readCents('650,50 €')).toBe(65_050);
    expect(readBoolean('Oui')).toBe(true);
    expect(readBoolean('non')).toBe(false);
    expect(readBoolean('peut-être')).toBe('peut-être');
    expect(readDate('05/01/2027')).toBe('2027-01-05');
    expect(readDate('2027-01-05')).toBe('2027-01-05');
  });
});
