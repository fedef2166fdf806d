import { expect, it } from 'vitest';
import { describeApi } from '../../test/harness.js';

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6300010000050001' + '0d0a2db40000000049454e44ae426082', 'hex');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

describeApi(
  'attachments',
  (env) => {
    it('X-6 upload stores the file under a random id; the uploader downloads the same bytes', async () => {
      const c = await env().as('luojun');
      const up = await c.upload('/api/attachments', '维修照片.png', PNG);
      expect(up.status).toBe(201);
      expect(up.body).toMatchObject({ filename: '维修照片.png', mimeType: 'image/png', size: PNG.length });
      expect(up.body.id).not.toContain('维修');
      const down = await c.get(`/api/attachments/${up.body.id}`);
      expect(down.status).toBe(200);
      expect(down.headers['content-type']).toBe('image/png');
      expect(Buffer.compare(down.raw, PNG)).toBe(0);
    });

    it('X-6 the type is decided by content: an executable named .png is refused with 415', async () => {
      const c = await env().as('luojun');
      const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 1)]);
      const r = await c.upload('/api/attachments', 'photo.png', exe);
      expect(r.status).toBe(415);
      expect(r.body.code).toBe('attachment.typeNotAllowed');
      const html = await c.upload('/api/attachments', 'scan.pdf', Buffer.from('<html><script>alert(1)</script></html>'));
      expect(html.status).toBe(415);
      const pdf = await c.upload('/api/attachments', 'scan.bin', PDF);
      expect(pdf.status).toBe(201);
      expect(pdf.body.mimeType).toBe('application/pdf');
    });

    it('X-6 over the size cap is 413 and nothing is stored (never a truncated file)', async () => {
      const c = await env().as('luojun');
      const count = async () => Number((await env().services.db.selectFrom('attachment').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
      const before = await count();
      const big = Buffer.concat([PDF, Buffer.alloc(70 * 1024, 32)]);
      const r = await c.upload('/api/attachments', 'big.pdf', big);
      expect(r.status).toBe(413);
      expect(r.body.detail).toContain('64 KB');
      expect(await count()).toBe(before);
    });

    it('X-6 path traversal in the file name is neutralized; download needs permission', async () => {
      const owner = await env().as('luojun');
      const up = await owner.upload('/api/attachments', '../../etc/passwd.pdf', PDF);
      expect(up.status).toBe(201);
      expect(up.body.filename).toBe('passwd.pdf');
      const other = await env().as('zhouqiang');
      expect((await other.get(`/api/attachments/${up.body.id}`)).status).toBe(403);
      expect((await env().client().get(`/api/attachments/${up.body.id}`)).status).toBe(401);
      const admin = await env().as('admin');
      expect((await admin.get(`/api/attachments/${up.body.id}`)).status).toBe(200);
      expect((await admin.get('/api/attachments/01a00000-0000-7000-8000-000000000000')).status).toBe(404);
    });

    it('X-6 a request without a file, or not multipart, is a clear 4xx', async () => {
      const c = await env().as('luojun');
      const notMultipart = await c.post('/api/attachments', { a: 1 });
      expect(notMultipart.status).toBe(415);
      const boundary = 'xyz';
      const empty = await c.request('POST', '/api/attachments', { payload: `--${boundary}--\r\n`, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
      expect(empty.status).toBe(400);
    });
  },
  { config: { uploadMaxBytes: 64 * 1024 } },
);
