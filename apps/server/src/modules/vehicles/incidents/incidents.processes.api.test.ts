import { expect, it } from 'vitest';
import { describeApi } from '../../../test/harness.js';
import { PNG, act, instanceStatus, ledgerOf, step, todo, userId } from './incidents.test-helpers.js';

describeApi('vehicles incidents processes', (env) => {
  const carStatus = async (plate: string) => (await env().services.db.selectFrom('vehicle').select('status').where('plate', '=', plate).executeTakeFirstOrThrow()).status;

  it('VEH-16 every incidents process has its 流程表 and diagram from the engine', async () => {
    const c = await env().as('sunli');
    for (const key of ['vehicles.repair', 'vehicles.accident', 'vehicles.violation', 'vehicles.private_borrow', 'vehicles.hired_transport']) {
      const t = await c.get(`/api/processes/${key}/table`);
      expect(t.status).toBe(200);
      expect(t.body.purpose.length).toBeGreaterThan(10);
      expect(t.body.rows.length).toBeGreaterThanOrEqual(3);
      expect(String((await c.get(`/api/processes/${key}/bpmn`)).body)).toContain('bpmndi:BPMNDiagram');
    }
  });

  it('VEH-16 repair of exactly 200.00 yuan: admin manager only, no GM step; car 维修中 while open, 在用 after, file entry', async () => {
    const driver = await env().as('zhouqiang');
    const manager = await env().as('liufang');
    const start = await driver.post('/api/instances', { processKey: 'vehicles.repair', data: { plate: '浙A·D2H17', problem: '雨刮器失灵', estimateFen: 20_000 } });
    expect(start.status).toBe(201);
    const id = start.body.instanceId;
    expect(await carStatus('浙AD2H17')).toBe('repair');
    await step(manager, id, 'manager', 'approve');
    const t = await todo(driver, id);
    expect(t.stepId).toBe('repair'); // no GM step at 200.00
    const photo = (await driver.upload('/api/attachments', '发票.png', PNG)).body.id;
    const noInvoice = await act(driver, t.taskId, 'complete', { data: { actualCostFen: 19_000 } });
    expect(noInvoice.status).toBe(400);
    await step(driver, id, 'repair', 'complete', { data: { actualCostFen: 19_000, invoicePhotos: [photo], workDone: '更换雨刮电机' } });
    expect((await instanceStatus(env(), id)).status).toBe('completed');
    expect(await carStatus('浙AD2H17')).toBe('in_service');
    const events = (await env().services.db.selectFrom('process_event').select('step_id').where('instance_id', '=', id).execute()).map((e) => e.step_id);
    expect(events).not.toContain('gm');
    const repair = (await driver.get('/api/vehicles/incidents/repairs')).body.find((r: { instanceId: string }) => r.instanceId === id);
    expect(repair).toMatchObject({ needsGm: false, estimateFen: 20_000, actualCostFen: 19_000, status: 'done' });
    const file = (await (await env().as('sunli')).get(`/api/vehicles/${repair.vehicleId}`)).body.file.map((f: { text: string }) => f.text);
    expect(file.some((x: string) => x.includes('维修完成') && x.includes('190.00元'))).toBe(true);
    // VEH-13 the invoice in the car's file may be read by readers of the file, not by others.
    expect((await (await env().as('wugang')).get(`/api/attachments/${photo}`)).status).toBe(200);
    expect((await (await env().as('lina')).get(`/api/attachments/${photo}`)).status).toBe(403);
  });

  it('VEH-16 repair of 200.01 yuan needs the GM after the admin manager; a GM rejection puts the car back in service', async () => {
    const driver = await env().as('wugang');
    const start = await driver.post('/api/instances', { processKey: 'vehicles.repair', data: { plate: '浙A·D2H17', problem: '空调不制冷', estimateFen: 20_001 } });
    expect(start.status).toBe(201);
    const id = start.body.instanceId;
    await step(await env().as('liufang'), id, 'manager', 'approve');
    const gm = await env().as('chenzhiqiang');
    expect((await todo(gm, id)).stepId).toBe('gm');
    expect(await carStatus('浙AD2H17')).toBe('repair');
    await step(gm, id, 'gm', 'reject', { comment: '先去4S店检测再报' });
    expect((await instanceStatus(env(), id)).status).toBe('rejected');
    expect(await carStatus('浙AD2H17')).toBe('in_service');
    const repair = (await driver.get('/api/vehicles/incidents/repairs')).body.find((r: { instanceId: string }) => r.instanceId === id);
    expect(repair).toMatchObject({ needsGm: true, status: 'rejected' });
  });

  it('VEH-16 a repair withdrawn before anyone acted puts the car back in service', async () => {
    const driver = await env().as('zhouqiang');
    const id = (await driver.post('/api/instances', { processKey: 'vehicles.repair', data: { plate: '浙A·D2H17', problem: '胎压报警', estimateFen: 5_000 } })).body.instanceId;
    expect(await carStatus('浙AD2H17')).toBe('repair');
    expect((await driver.post(`/api/instances/${id}/actions/withdraw`, { reason: '误报' })).status).toBe(200);
    expect(await carStatus('浙AD2H17')).toBe('in_service');
    const repair = (await driver.get('/api/vehicles/incidents/repairs')).body.find((r: { instanceId: string }) => r.instanceId === id);
    expect(repair.status).toBe('cancelled');
  });

  it('VEH-16 an unknown plate is refused with the plate named and nothing is created', async () => {
    const driver = await env().as('zhouqiang');
    const before = (await env().services.db.selectFrom('process_instance').select('id').execute()).length;
    const r = await driver.post('/api/instances', { processKey: 'vehicles.repair', data: { plate: '浙Z·00000', problem: 'x', estimateFen: 100 } });
    expect(r.status).toBe(400);
    expect(r.body.detail).toContain('浙Z·00000');
    expect((await env().services.db.selectFrom('process_instance').select('id').execute()).length).toBe(before);
    expect((await (await env().as('lina')).post('/api/instances', { processKey: 'vehicles.repair', data: { plate: '浙A·D2H17', problem: 'x', estimateFen: 100 } })).status).toBe(403);
  });

  async function accident(responsibility: string, extra: Record<string, unknown>, total: number, payout: number) {
    const driver = await env().as('wugang');
    const wg = await userId(env(), 'wugang');
    const sunliId = await userId(env(), 'sunli');
    const start = await driver.post('/api/instances', {
      processKey: 'vehicles.accident',
      data: { plate: '浙A·8K512', driverId: wg, occurredAt: '2026-11-26T03:00:00.000Z', place: '莫干山路', description: '追尾', policeReported: true, policeReportNo: 'J-1',
        insurerReported: true, claimNo: 'C-1', sceneKept: true, leadersTold: true },
    });
    expect(start.status).toBe(201);
    const id = start.body.instanceId;
    const manager = await env().as('liufang');
    // VEH-18 the leaders are told: the GM gets a CC of the report.
    const gmId = await userId(env(), 'chenzhiqiang');
    const cc = await env().services.db.selectFrom('process_task').select('assignee_id').where('instance_id', '=', id).where('kind', '=', 'cc').execute();
    expect(cc.map((x) => x.assignee_id)).toContain(gmId);
    await step(manager, id, 'dispatch', 'complete', { data: { handlerId: sunliId } });
    await step(await env().as('sunli'), id, 'claim', 'complete', { data: { totalCostFen: total, insurancePayoutFen: payout, handlingNotes: '已理赔' } });
    return { id, manager, wg, respond: () => step(manager, id, 'responsibility', 'complete', { data: { responsibility, ...extra } }) };
  }

  it('VEH-18 VEH-19 accident, major responsibility: cost left after the payout split 80/20, driver share to the ledger after finance', async () => {
    const { id, wg, respond } = await accident('主要责任', {}, 1_234_567, 1_000_000);
    await respond();
    const finance = await env().as('huanglihua');
    await step(finance, id, 'finance', 'approve');
    expect((await instanceStatus(env(), id)).status).toBe('completed');
    const row = await env().services.db.selectFrom('vehicle_accident').selectAll().where('instance_id', '=', id).executeTakeFirstOrThrow();
    // 234 567 fen left; driver 20% = 46 913.4 → 46 913, company 187 654.
    expect([Number(row.driver_share_fen), Number(row.company_share_fen), row.responsibility]).toEqual([46_913, 187_654, 'major']);
    expect(await ledgerOf(env(), 'vehicles.accident', row.id)).toEqual([expect.objectContaining({ user_id: wg, kind: 'penalty', amount_fen: 46_913, occurred_on: '2026-11-26' })]);
  });

  it('VEH-19 use without permission: the driver bears 100%; a payout above the cost is refused and the task stays open', async () => {
    const { id, manager, wg } = await accident('未经许可擅自使用公车', {}, 500_000, 200_000);
    const t = await todo(manager, id);
    // A first, wrong verdict: finance sends it back to the responsibility step.
    expect((await act(manager, t.taskId, 'complete', { data: { responsibility: '一半责任' } })).status).toBe(200);
    await step(await env().as('huanglihua'), id, 'finance', 'reject', { comment: '责任认定有误，系未经许可用车' });
    await step(manager, id, 'responsibility', 'complete', { data: { responsibility: '未经许可擅自使用公车' } });
    await step(await env().as('huanglihua'), id, 'finance', 'approve');
    const row = await env().services.db.selectFrom('vehicle_accident').selectAll().where('instance_id', '=', id).executeTakeFirstOrThrow();
    expect(Number(row.driver_share_fen)).toBe(300_000);
    expect((await ledgerOf(env(), 'vehicles.accident', row.id)).map((e) => [e.user_id, Number(e.amount_fen)])).toEqual([[wg, 300_000]]);

    const over = await accident('次要责任', {}, 100_000, 100_001);
    const t2 = await todo(over.manager, over.id);
    const r = await act(over.manager, t2.taskId, 'complete', { data: { responsibility: '次要责任' } });
    expect(r.status).toBe(400);
    expect(r.body.detail).toContain('1000.01元');
    expect((await todo(over.manager, over.id)).stepId).toBe('responsibility');
  });

  it('VEH-20 custody loss: the admin manager sets the driver share case by case; missing or too high is refused', async () => {
    const { id, manager, wg } = await accident('保管不善造成被盗或损坏', {}, 300_000, 100_000);
    const t = await todo(manager, id);
    const missing = await act(manager, t.taskId, 'complete', { data: { responsibility: '保管不善造成被盗或损坏' } });
    expect(missing.status).toBe(400);
    expect(missing.body.detail).toContain('保管不善');
    const tooHigh = await act(manager, t.taskId, 'complete', { data: { responsibility: '保管不善造成被盗或损坏', caseDriverShareFen: 200_001 } });
    expect(tooHigh.status).toBe(400);
    await step(manager, id, 'responsibility', 'complete', { data: { responsibility: '保管不善造成被盗或损坏', caseDriverShareFen: 50_000, responsibilityNotes: '车辆停放在外过夜被划' } });
    await step(await env().as('huanglihua'), id, 'finance', 'approve');
    const row = await env().services.db.selectFrom('vehicle_accident').selectAll().where('instance_id', '=', id).executeTakeFirstOrThrow();
    expect([row.responsibility, Number(row.driver_share_fen), Number(row.company_share_fen)]).toEqual(['custody', 50_000, 150_000]);
    expect((await ledgerOf(env(), 'vehicles.accident', row.id))[0]).toMatchObject({ user_id: wg, amount_fen: 50_000 });
  });

  async function violation(data: Record<string, unknown>) {
    const sunli = await env().as('sunli');
    const zq = await userId(env(), 'zhouqiang');
    return sunli.post('/api/instances', { processKey: 'vehicles.violation', data: { plate: '浙A·3M728', driverId: zq, occurredOn: '2026-11-20', place: '延安路', points: 3, fineFen: 20_000, cause: '个人过失', ...data } });
  }

  it('VEH-17 violation, driver at fault: driver 30% / company 70% to the ledger; points on the driver; licence held → unavailable', async () => {
    const zq = await userId(env(), 'zhouqiang');
    const start = await violation({ fineFen: 20_001, licenceHeldFrom: '2026-11-28', licenceHeldTo: '2026-12-05' });
    expect(start.status).toBe(201);
    const id = start.body.instanceId;
    await step(await env().as('liufang'), id, 'confirm', 'approve');
    const row = await env().services.db.selectFrom('vehicle_violation').selectAll().where('instance_id', '=', id).executeTakeFirstOrThrow();
    expect([Number(row.driver_share_fen), Number(row.company_share_fen)]).toEqual([6_000, 14_001]);
    expect((await ledgerOf(env(), 'vehicles.violation', row.id)).map((e) => [e.user_id, e.kind, Number(e.amount_fen)])).toEqual([[zq, 'penalty', 6_000]]);
    const c = await env().as('sunli');
    const pts = (await c.get('/api/vehicles/incidents/violations/points?year=2026')).body.find((p: { driverId: string }) => p.driverId === zq);
    expect(pts.points).toBeGreaterThanOrEqual(3);
    expect((await c.get(`/api/vehicles/incidents/drivers/${zq}/unavailable?date=2026-11-27`)).body.unavailable).toBe(false);
    expect((await c.get(`/api/vehicles/incidents/drivers/${zq}/unavailable?date=2026-11-28`)).body.unavailable).toBe(true);
    expect((await c.get(`/api/vehicles/incidents/drivers/${zq}/unavailable?date=2026-12-05`)).body.unavailable).toBe(true);
    expect((await c.get(`/api/vehicles/incidents/drivers/${zq}/unavailable?date=2026-12-06`)).body.unavailable).toBe(false);
    expect((await c.get('/api/vehicles/incidents/licence-held?date=2026-12-01')).body.map((d: { driverId: string }) => d.driverId)).toContain(zq);
  });

  it('VEH-17 violation caused by the car itself: company 100%, nothing posted; the confirmer may change the cause', async () => {
    const start = await violation({ cause: '个人过失', fineFen: 10_000, points: 0 });
    const id = start.body.instanceId;
    await step(await env().as('liufang'), id, 'confirm', 'approve', { data: { cause: '车辆本身原因' } });
    const row = await env().services.db.selectFrom('vehicle_violation').selectAll().where('instance_id', '=', id).executeTakeFirstOrThrow();
    expect([row.cause, Number(row.driver_share_fen), Number(row.company_share_fen)]).toEqual(['vehicle', 0, 10_000]);
    expect(await ledgerOf(env(), 'vehicles.violation', row.id)).toEqual([]);
  });

  it('VEH-17 bad violations are refused with nothing recorded: future date, half a held period, a driver who does not exist', async () => {
    const count = async () => (await env().services.db.selectFrom('vehicle_violation').select('id').execute()).length;
    const before = await count();
    const future = await violation({ occurredOn: '2026-11-28' });
    expect(future.status).toBe(400);
    expect(future.body.detail).toContain('2026-11-28');
    expect((await violation({ licenceHeldFrom: '2026-12-01' })).status).toBe(400);
    expect((await violation({ licenceHeldFrom: '2026-12-05', licenceHeldTo: '2026-12-01' })).status).toBe(400);
    const nobody = await violation({ driverId: '0190aaaa-0000-7000-8000-000000000000' });
    expect(nobody.status).toBe(400);
    expect(nobody.body.detail).toContain('0190aaaa-0000-7000-8000-000000000000');
    expect((await (await env().as('zhouqiang')).post('/api/instances', { processKey: 'vehicles.violation', data: {} })).status).toBe(403);
    expect(await count()).toBe(before);
  });

  it('VEH-10 private borrowing: GM approves, key out/in with km, fuel charged by distance to the borrower\'s ledger', async () => {
    const lina = await env().as('lina');
    const linaId = await userId(env(), 'lina');
    const start = await lina.post('/api/instances', { processKey: 'vehicles.private_borrow', data: { plate: '浙A·D2H17', purpose: '周末搬家', plannedStart: '2026-11-28T01:00:00Z', plannedEnd: '2026-11-28T09:00:00Z' } });
    expect(start.status).toBe(201);
    const id = start.body.instanceId;
    await step(await env().as('chenzhiqiang'), id, 'gm', 'approve');
    const sunli = await env().as('sunli');
    await step(sunli, id, 'handout', 'complete', { data: { odometerOutKm: 15_000 } });
    const t = await todo(sunli, id);
    const backwards = await act(sunli, t.taskId, 'complete', { data: { odometerInKm: 14_999, cleanUndamaged: true } });
    expect(backwards.status).toBe(400);
    expect(backwards.body.detail).toContain('14999');
    const noNotes = await act(sunli, t.taskId, 'complete', { data: { odometerInKm: 15_087, cleanUndamaged: false } });
    expect(noNotes.status).toBe(400);
    expect((await todo(sunli, id)).stepId).toBe('return');
    await step(sunli, id, 'return', 'complete', { data: { odometerInKm: 15_087, cleanUndamaged: true } });
    const row = await env().services.db.selectFrom('vehicle_private_borrow').selectAll().where('instance_id', '=', id).executeTakeFirstOrThrow();
    expect([row.distance_km, Number(row.charge_fen), row.status]).toEqual([87, 8_700, 'done']); // 87 km × 1 yuan/km
    expect((await ledgerOf(env(), 'vehicles.privateBorrow', row.id)).map((e) => [e.user_id, e.kind, Number(e.amount_fen)])).toEqual([[linaId, 'penalty', 8_700]]);
  });

  it('VEH-8 hired transport: admin manager approves; reimbursement refused until the invoice names start, end and purpose; amount per department', async () => {
    const lina = await env().as('lina');
    const start = await lina.post('/api/instances', { processKey: 'vehicles.hired_transport', data: { transportDate: '2026-11-27', goods: '展板 20 块', start: '公司', end: '国际博览中心', purpose: '布展', reason: '公司车辆均已派出' } });
    expect(start.status).toBe(201);
    const id = start.body.instanceId;
    await step(await env().as('liufang'), id, 'approve', 'approve');
    const photo = (await lina.upload('/api/attachments', '发票.png', PNG)).body.id;
    const t = await todo(lina, id);
    const incomplete = await act(lina, t.taskId, 'complete', { data: { amountFen: 15_000, invoicePhotos: [photo], invoiceStart: '公司' } });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.detail).toBe('发票未注明终点、所办事宜，不予报销');
    expect((await env().services.db.selectFrom('vehicle_hired_transport').select('id').where('instance_id', '=', id).execute())).toEqual([]);
    await step(lina, id, 'claim', 'complete', { data: { amountFen: 15_000, invoicePhotos: [photo], invoiceStart: '公司', invoiceEnd: '国际博览中心', invoicePurpose: '布展运输' } });
    const cs = await env().services.db.selectFrom('department').select('id').where('name', '=', '客服部').executeTakeFirstOrThrow();
    const row = await env().services.db.selectFrom('vehicle_hired_transport').selectAll().where('instance_id', '=', id).executeTakeFirstOrThrow();
    expect([row.department_id, Number(row.amount_fen), row.date, row.start, row.end, row.purpose]).toEqual([cs.id, 15_000, '2026-11-27', '公司', '国际博览中心', '布展运输']);
    const list = (await (await env().as('sunli')).get('/api/vehicles/incidents/hired')).body;
    expect(list.find((h: { instanceId: string }) => h.instanceId === id)).toMatchObject({ departmentName: '客服部', amountFen: 15_000 });
    const xlsx = await (await env().as('sunli')).get('/api/vehicles/incidents/export/hired');
    expect(xlsx.status).toBe(200);
  });
});
