import { expect, it } from 'vitest';
import { describeApi } from '../../../test/harness.js';

describeApi('aftersales settings', (env) => {
  it('ASV-7 ASV-12 ASV-6 settings: the documents\' values by default; admin staff change them (audited); bad values are a 400 naming the field; others may only read', async () => {
    const clerk = await env().as('lina');
    const read = await clerk.get('/api/aftersales/settings');
    expect(read.status).toBe(200);
    expect(read.body.settings).toMatchObject({ cashDueDays: 3, technicianLatePenaltyPercent: 100, clerkNoUrgePenaltyPercent: 5, engineerSharePercent: 60, partsReconcileDays: 3 });
    expect(read.body.settings.feeStandard.length).toBeGreaterThan(0);
    expect((await clerk.put('/api/aftersales/settings', { cashDueDays: 2 })).status).toBe(403);
    const admin = await env().as('sunli');
    const fees = [{ code: 'repair', name: '上门维修', feeFen: 12_000 }];
    const put = await admin.put('/api/aftersales/settings', { cashDueDays: 2, feeStandard: fees });
    expect(put.status).toBe(200);
    expect(put.body.settings).toMatchObject({ cashDueDays: 2, engineerSharePercent: 60, feeStandard: fees });
    const dup = await admin.put('/api/aftersales/settings', { feeStandard: [...fees, { ...fees[0], name: '重复' }] });
    expect(dup.status).toBe(400);
    expect(dup.body.detail).toContain('feeStandard');
    expect((await admin.put('/api/aftersales/settings', { engineerSharePercent: 101 })).status).toBe(400);
    expect((await admin.put('/api/aftersales/settings', { bonus: 1 })).status).toBe(400);
    expect((await clerk.get('/api/aftersales/settings')).body.settings.cashDueDays).toBe(2);
    const audit = JSON.stringify((await (await env().as('admin')).get('/api/audit?pageSize=50')).body);
    expect(audit).toContain('aftersales.settings.update');
  });
});
