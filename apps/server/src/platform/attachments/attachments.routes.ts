import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { Attachment, IdParams } from '@guanjia/contracts';
import type { Services } from '../../app.types.js';
import { actorOf } from '../../http/auth-hook.js';
import { readUpload } from '../../http/upload.js';
import { attachmentMeta, loadAttachment, storeAttachment } from './attachments.service.js';

export function attachmentRoutes(app: FastifyInstance, s: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['attachments'];
  r.post('/api/attachments', { config: { permission: 'attachment:upload' }, schema: { tags, summary: '上传附件（multipart 字段 file；类型按内容判断）', response: { 201: Attachment } } },
    async (req, reply) => {
      const { filename, buffer } = await readUpload(req);
      return reply.status(201).send(await storeAttachment(s, actorOf(req), { filename, content: buffer }));
    });
  r.get('/api/attachments/:id/meta', { config: { permission: 'authenticated' }, schema: { tags, summary: '附件信息', params: IdParams, response: { 200: Attachment } } },
    async (req) => attachmentMeta(s, actorOf(req), req.params.id));
  r.get('/api/attachments/:id', { config: { permission: 'authenticated' }, schema: { tags, summary: '下载附件', params: IdParams } },
    async (req, reply) => {
      const { meta, content } = await loadAttachment(s, actorOf(req), req.params.id);
      const inline = meta.mimeType.startsWith('image/') || meta.mimeType === 'application/pdf';
      return reply
        .header('content-type', meta.mimeType)
        .header('x-content-type-options', 'nosniff')
        .header('content-disposition', `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(meta.filename)}`)
        .send(content);
    });
}
