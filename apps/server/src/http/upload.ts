import type { FastifyRequest } from 'fastify';
import { badRequest } from './errors.js';

/**
 * Reads the single file of a multipart request (field `file`) into memory. Over the size cap the
 * multipart plugin throws its 413 error, so a truncated file is never accepted.
 */
export async function readUpload(request: FastifyRequest): Promise<{ filename: string; buffer: Buffer }> {
  const file = await request.file();
  if (!file) throw badRequest('attachment.fileRequired');
  const buffer = await file.toBuffer();
  return { filename: file.filename, buffer };
}
