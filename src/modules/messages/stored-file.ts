import type { FastifyReply } from 'fastify';

/** Sends a stored file as a download. */
export function sendStoredFile(
  reply: FastifyReply,
  file: { fileName: string; contentType: string; data: Buffer },
): FastifyReply {
  return reply
    .header('content-type', file.contentType)
    .header(
      'content-disposition',
      `attachment; filename="${file.fileName.replace(/["\\\r\n]/g, '_')}"`,
    )
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff')
    .send(file.data);
}
