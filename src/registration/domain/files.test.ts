import { describe, expect, it } from 'vitest';
import {
  MAX_DOCUMENT_BYTES,
  checkDocument,
  cleanFileName,
  detectMimeType,
  isValidPeriod,
} from './files.js';

const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');
const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);

describe('detectMimeType', () => {
  it('recognises PDF, JPEG and PNG from their first bytes', () => {
    expect(detectMimeType(pdf)).toBe('application/pdf');
    expect(detectMimeType(jpeg)).toBe('image/jpeg');
    expect(detectMimeType(png)).toBe('image/png');
  });

  it.each([
    ['a text file', Buffer.from('Bonjour, ceci est un PDF.')],
    ['a GIF', Buffer.from('GIF89a....')],
    ['a truncated PDF signature', Buffer.from('%PDF')],
    ['an empty file', Buffer.alloc(0)],
    ['a PDF signature not at the start', Buffer.from(' %PDF-1.4')],
  ])('refuses %s', (_label, content) => {
    expect(detectMimeType(content)).toBeNull();
  });
});

describe('checkDocument', () => {
  const base = { fileName: 'avis.pdf', category: 'identity' as const, period: null };

  it('accepts a small PDF and keeps the detected type, whatever the name says', () => {
    expect(checkDocument({ ...base, content: png, fileName: 'photo.pdf' })).toEqual({
      ok: true,
      mimeType: 'image/png',
      fileName: 'photo.pdf',
    });
  });

  it('refuses a text file named .pdf', () => {
    expect(checkDocument({ ...base, content: Buffer.from('pas un pdf') })).toEqual({
      ok: false,
      problems: ['document.type_refused'],
    });
  });

  it('accepts exactly 5 MB and refuses one byte more', () => {
    const exact = Buffer.concat([pdf, Buffer.alloc(MAX_DOCUMENT_BYTES - pdf.length)]);
    expect(checkDocument({ ...base, content: exact }).ok).toBe(true);
    const over = Buffer.concat([exact, Buffer.alloc(1)]);
    expect(checkDocument({ ...base, content: over })).toEqual({
      ok: false,
      problems: ['document.too_large'],
    });
  });

  it('refuses an empty file and a wrong period, listing both', () => {
    expect(
      checkDocument({ ...base, category: 'payslip', period: '2026', content: Buffer.alloc(0) }),
    ).toEqual({
      ok: false,
      problems: ['document.period_invalid', 'document.empty'],
    });
  });
});

describe('isValidPeriod', () => {
  it.each([
    ['payslip', '2026-10', true],
    ['payslip', '2026-13', false],
    ['payslip', null, false],
    ['tax_notice', '2024', true],
    ['tax_notice', '2024-01', false],
    ['identity', null, true],
    ['housing_proof', '2026-09', true],
    ['housing_proof', 'septembre', false],
  ] as const)('%s with %j → %s', (category, period, valid) => {
    expect(isValidPeriod(category, period)).toBe(valid);
  });
});

describe('cleanFileName', () => {
  it('drops folders and control characters', () => {
    expect(cleanFileName('C:\\Users\\jean\\avis<1>.pdf')).toBe('avis1.pdf');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('bulletin\u0000.pdf')).toBe('bulletin.pdf');
  });
});
