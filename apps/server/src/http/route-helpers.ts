import type { FastifyReply } from 'fastify';
import { xlsxFilename } from '../platform/xlsx/xlsx-export.js';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Sends an xlsx download with a Chinese file name. */
export function sendXlsx(reply: FastifyReply, name: string, buffer: Buffer): FastifyReply {
  return reply.header('content-type', XLSX_MIME).header('content-disposition', xlsxFilename(name)).send(buffer);
}
