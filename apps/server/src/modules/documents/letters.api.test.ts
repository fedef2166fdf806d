import { expect, it } from 'vitest';
import { describeApi } from '../../test/harness.js';

describeApi('DOC-3 letters and notices log (函件/通知登记)', (env) => {
  it('DOC-3 letters received and sent are logged, filtered and exported; bad input refused with nothing changed', async () => {
    const clerk = await env().as('linxiaohong');
    const me = (await clerk.get('/api/org/users?q=linxiaohong')).body.items[0].id;
    const scan = (await clerk.upload('/api/attachments', '来函.pdf', Buffer.from('%PDF-1.4 test'))).body.id;
    const a = await clerk.post('/api/documents/letters', { direction: 'in', kind: 'letter', number: '杭供函〔2026〕5号', title: '关于调整供电检修时间的函', counterpart: '杭州供电公司', date: '2026-11-26', handlerId: me, attachmentIds: [scan] });
    expect(a.body).toMatchObject({ id: expect.any(String) });
    const b = await clerk.post('/api/documents/letters', { direction: 'out', kind: 'notice', title: '关于冬季消防演练的通知', counterpart: '公司各部门', date: '2026-11-27' });
    expect(b.status).toBe(201);
    const before = (await clerk.get('/api/documents/letters')).body.length;
    expect((await clerk.post('/api/documents/letters', { direction: 'in', kind: 'letter', title: 'x', counterpart: 'y', date: '2026-13-01' })).status).toBe(400);
    expect((await clerk.post('/api/documents/letters', { direction: 'sideways', kind: 'letter', title: 'x', counterpart: 'y', date: '2026-11-01' })).status).toBe(400);
    expect((await clerk.post('/api/documents/letters', { direction: 'in', kind: 'letter', title: ' ', counterpart: 'y', date: '2026-11-01' })).status).toBe(400);
    const ghost = await clerk.post('/api/documents/letters', { direction: 'in', kind: 'letter', title: 'x', counterpart: 'y', date: '2026-11-01', handlerId: '01900000-0000-7000-8000-000000000000' });
    expect(ghost.status).toBe(400);
    expect(ghost.body.detail).toContain('01900000-0000-7000-8000-000000000000');
    expect((await (await env().as('lina')).post('/api/documents/letters', { direction: 'in', kind: 'letter', title: 'x', counterpart: 'y', date: '2026-11-01' })).status).toBe(403);
    expect((await clerk.get('/api/documents/letters')).body.length).toBe(before);

    const ins = (await clerk.get('/api/documents/letters?direction=in')).body;
    expect(ins.map((x: { title: string }) => x.title)).toContain('关于调整供电检修时间的函');
    expect(ins.every((x: { direction: string }) => x.direction === 'in')).toBe(true);
    const got = ins.find((x: { title: string }) => x.title === '关于调整供电检修时间的函');
    expect(got).toMatchObject({ handler: '林小红', kindLabel: '函件', directionLabel: '收', attachmentIds: [scan] });
    expect((await clerk.get('/api/documents/letters?kind=notice&q=消防演练')).body).toHaveLength(1);
    const x = await clerk.get('/api/documents/letters.xlsx?direction=out');
    expect(x.status).toBe(200);
    expect(String(x.headers['content-disposition'])).toContain('xlsx');
    // The letters log is the office's: an ordinary employee cannot list it.
    expect((await (await env().as('lina')).get('/api/documents/letters')).status).toBe(403);
  });
});
