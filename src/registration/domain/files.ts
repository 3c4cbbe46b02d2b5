import type { DocumentCategory, SupportingDocument } from '../contract.js';

/** Largest accepted supporting document. */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

/** The file types accepted, recognised from their first bytes. */
export type AcceptedMimeType = SupportingDocument['mimeType'];

const SIGNATURES: { mimeType: AcceptedMimeType; bytes: number[] }[] = [
  { mimeType: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { mimeType: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { mimeType: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

/** The type of a file read from its content (magic bytes), never from its name or declared type. */
export function detectMimeType(content: Uint8Array): AcceptedMimeType | null {
  const match = SIGNATURES.find((s) => s.bytes.every((byte, i) => content[i] === byte));
  return match?.mimeType ?? null;
}

/** Why an uploaded document is refused. */
export type DocumentProblem =
  | 'document.empty'
  | 'document.too_large'
  | 'document.type_refused'
  | 'document.period_invalid'
  | 'document.name_invalid';

/** A file name safe to store and show: no folders, no control characters, at most 120 characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // Control characters and the characters Windows forbids in file names.
  // eslint-disable-next-line no-control-regex
  const unsafe = /[\u0000-\u001f\u007f"<>|*?:]/gu;
  return base.replace(unsafe, '').trim().slice(-120);
}

/** A payslip covers a month (`2026-10`), a tax notice a year (`2024`); the other documents may say either or nothing. */
export function isValidPeriod(category: DocumentCategory, period: string | null): boolean {
  if (category === 'payslip') return period !== null && /^\d{4}-(0[1-9]|1[0-2])$/.test(period);
  if (category === 'tax_notice') return period !== null && /^\d{4}$/.test(period);
  return period === null || /^\d{4}(-(0[1-9]|1[0-2]))?$/.test(period);
}

/** Checks an upload; returns the detected type or every problem found. */
export function checkDocument(input: {
  content: Uint8Array;
  fileName: string;
  category: DocumentCategory;
  period: string | null;
}):
  | { ok: true; mimeType: AcceptedMimeType; fileName: string }
  | { ok: false; problems: DocumentProblem[] } {
  const problems: DocumentProblem[] = [];
  const fileName = cleanFileName(input.fileName);
  if (fileName === '') problems.push('document.name_invalid');
  if (!isValidPeriod(input.category, input.period)) problems.push('document.period_invalid');
  let mimeType: AcceptedMimeType | null = null;
  if (input.content.length === 0) problems.push('document.empty');
  else if (input.content.length > MAX_DOCUMENT_BYTES) problems.push('document.too_large');
  else {
    mimeType = detectMimeType(input.content);
    if (!mimeType) problems.push('document.type_refused');
  }
  return mimeType && problems.length === 0
    ? { ok: true, mimeType, fileName }
    : { ok: false, problems };
}
