import { createHash } from 'node:crypto';
import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Queryable } from '../../db/database.js';
import { uploadedFiles } from '../../db/schema/index.js';
import { AppError, type FieldProblem } from '../../server/errors.js';

/** The largest file accepted (proof of employment, contact attachment, CSV list). */
export const UPLOAD_MAX_BYTES = 5 * 1024 * 1024;

/** The document formats accepted, recognised by their first bytes, never by the name or declared type. */
export type DocumentType = 'application/pdf' | 'image/jpeg' | 'image/png';

/** A file part of a multipart form, read into memory (at most UPLOAD_MAX_BYTES + a few bytes). */
export type UploadedPart = {
  fileName: string;
  declaredType: string;
  data: Buffer;
  tooLarge: boolean;
};

/** A checked document, ready to be stored. */
export type CheckedDocument = { fileName: string; contentType: DocumentType; data: Buffer };

function isUploadedPart(value: unknown): value is UploadedPart {
  const v = value as Partial<UploadedPart> | null;
  return (
    typeof v === 'object' && v !== null && Buffer.isBuffer(v.data) && typeof v.fileName === 'string'
  );
}

/** A file field of a multipart form (documented as binary in OpenAPI). */
export const filePart = z
  .custom<UploadedPart>(isUploadedPart, { params: { fieldCode: 'field.required' } })
  .meta({ type: 'string', format: 'binary' });

/** Several files under one field name (zero, one or more parts). */
export const fileParts = z
  .union([filePart, z.array(filePart)])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
  .meta({ type: 'array', items: { type: 'string', format: 'binary' } });

/** A text field of a multipart form: trimmed, and an empty field counts as absent. */
export function formText(max: number) {
  return z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.string().trim().max(max),
  );
}

/**
 * Registers multipart parsing in an encapsulated scope: fields become strings and files buffers
 * (files over the limit are cut and flagged, then refused by `checkDocument`).
 */
export async function registerMultipart(
  scope: FastifyInstance,
  options: { maxFiles: number },
): Promise<void> {
  await scope.register(multipart, {
    attachFieldsToBody: 'keyValues',
    throwFileSizeLimit: false,
    limits: {
      fileSize: UPLOAD_MAX_BYTES,
      files: options.maxFiles,
      fields: 30,
      fieldSize: 20_000,
      parts: options.maxFiles + 30,
    },
    onFile: async (part) => {
      const data = await part.toBuffer();
      const value: UploadedPart = {
        fileName: part.filename.slice(0, 200),
        declaredType: part.mimetype,
        data,
        tooLarge: part.file.truncated,
      };
      (part as unknown as { value: UploadedPart }).value = value;
    },
  });
}

/** The format of a document from its first bytes (PDF, JPEG or PNG), or null. */
export function sniffDocumentType(data: Buffer): DocumentType | null {
  if (data.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff)
    return 'image/jpeg';
  if (data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  return null;
}

/** Checks the size and the content of uploaded documents; throws the first kind of problem found. */
export function checkDocuments(parts: UploadedPart[], path: string): CheckedDocument[] {
  const problems: (FieldProblem & { kind: 'size' | 'type' })[] = [];
  const checked: CheckedDocument[] = [];
  parts.forEach((part, i) => {
    const at = parts.length > 1 ? `${path}.${i}` : path;
    if (part.tooLarge)
      return void problems.push({ path: at, code: 'upload.too_large', kind: 'size' });
    if (part.data.length === 0)
      return void problems.push({ path: at, code: 'upload.empty', kind: 'type' });
    const contentType = sniffDocumentType(part.data);
    if (!contentType)
      return void problems.push({ path: at, code: 'upload.unsupported_type', kind: 'type' });
    checked.push({ fileName: part.fileName || 'document', contentType, data: part.data });
  });
  if (problems.length > 0) {
    const code = problems.some((p) => p.kind === 'size')
      ? 'upload.too_large'
      : 'upload.unsupported_type';
    throw new AppError(code, {
      fields: problems.map(({ path: p, code: c }) => ({ path: p, code: c })),
    });
  }
  return checked;
}

/** Stores a checked document (in the caller's transaction) and returns its id. */
export async function storeDocument(
  q: Queryable,
  input: {
    ownerUserId: string | null;
    purpose: 'recovery_proof' | 'contact_attachment';
    document: CheckedDocument;
  },
): Promise<string> {
  const { document } = input;
  const [row] = await q
    .insert(uploadedFiles)
    .values({
      ownerUserId: input.ownerUserId,
      purpose: input.purpose,
      fileName: document.fileName,
      contentType: document.contentType,
      sizeBytes: document.data.length,
      sha256: createHash('sha256').update(document.data).digest('hex'),
      data: document.data,
    })
    .returning({ id: uploadedFiles.id });
  if (!row) throw new Error('insert uploaded_files returned nothing');
  return row.id;
}
