import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { describeApi, type TestClient } from '../../test/harness.js';

async function userId(c: TestClient, username: string): Promise<string> {
  const r = await c.get(`/api/org/users?q=${username}`);
  return r.body.items.find((u: { username: string }) => u.username === username).id;
}

describeApi('vehicles', (env) => {
  it('VEH-1 the demo register has believable cars with designated drivers and one insurance due within 30 days', async () => {
    const c = await env().as('sunli');
    const { status, body } = await c.get('/api/vehicles');
    expect(status).toBe(200);
    expect(body.length).toBeGreaterThanOrEqual(4);
    for (const v of body) expect(v.plate).toMatch(/^浙A/);
    const gl8 = body.find((v: { plate: string }) => v.plate === '浙A3M728');
    expect(gl8.drivers.map((d: { username: string }) => d.username).sort()).toEqual(['wugang', 'zhouqiang']);
    expect(gl8.usualDriverName).toBe('周强');
    const today = env().clock.now().getTime();
    const soon = body.filter((v: { insuranceExpiry: string | null; status: string }) => v.status !== 'retired' && v.insuranceExpiry && Date.parse(v.insuranceExpiry) - today <= 30 * 86_400_000 && Date.parse(v.insuranceExpiry) >= today - 86_400_000);
    expect(soon.length).toBeGreaterThanOrEqual(1);
  });

  it('VEH-1 register: create, edit, search, delete; a duplicate plate (any spelling) is refused with 409 naming it; bad dates and money are 400', async () => {
    const c = await env().as('sunli');
    const wg = await userId(c, 'wugang');
    const a = await c.post('/api/vehicles', { plate: '浙A·T1234', model: '丰田 凯美瑞', seats: 5, purchaseDate: '2025-01-10', insuranceExpiry: '2026-12-31', fuelCardBalanceFen: 50_000, usualDriverId: wg });
    expect(a.status).toBe(201);
    const dup = await c.post('/api/vehicles', { plate: '浙a t-1234', model: '别的车' });
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('vehicles.plateTaken');
    expect(dup.body.detail).toContain('浙AT1234');
    expect((await c.post('/api/vehicles', { plate: '浙A·T9999', model: 'x', insuranceExpiry: '2026-02-30' })).status).toBe(400);
    expect((await c.post('/api/vehicles', { plate: '浙A·T9999', model: 'x', fuelCardBalanceFen: -1 })).status).toBe(400);
    expect((await c.post('/api/vehicles', { plate: 'ABC', model: 'x' })).status).toBe(400);
    const list = (await c.get('/api/vehicles?q=凯美瑞')).body;
    expect(list).toHaveLength(1);
    expect(list[0].drivers.map((d: { username: string }) => d.username)).toEqual(['wugang']); // the usual driver is designated
    expect((await c.patch(`/api/vehicles/${a.body.id}`, { plate: '浙A·3M728' })).status).toBe(409);
    expect((await c.patch(`/api/vehicles/${a.body.id}`, { model: '丰田 凯美瑞 2.5L', fuelCardBalanceFen: 42_000 })).status).toBe(200);
    const one = (await c.get(`/api/vehicles/${a.body.id}`)).body;
    expect(one.model).toBe('丰田 凯美瑞 2.5L');
    expect(one.fuelCardBalanceFen).toBe(42_000);
    expect((await c.delete(`/api/vehicles/${a.body.id}`)).status).toBe(200);
    expect((await c.get(`/api/vehicles/${a.body.id}`)).status).toBe(404);
  });

  it('VEH-13 the vehicle file records creation, status changes, driver changes and manual entries', async () => {
    const c = await env().as('sunli');
    const zq = await userId(c, 'zhouqiang');
    const a = await c.post('/api/vehicles', { plate: '浙A·H5566', model: '长安 睿行 M80', loadKg: 900 });
    expect((await c.patch(`/api/vehicles/${a.body.id}`, { status: 'repair' })).status).toBe(200);
    expect((await c.patch(`/api/vehicles/${a.body.id}`, { driverIds: [zq] })).status).toBe(200);
    expect((await c.post(`/api/vehicles/${a.body.id}/file`, { kind: 'insurance', text: '续保至 2027-11-30' })).status).toBe(200);
    const d = (await c.get(`/api/vehicles/${a.body.id}`)).body;
    const kinds = d.file.map((e: { kind: string }) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['created', 'status', 'drivers', 'insurance']));
    expect(d.file.find((e: { kind: string }) => e.kind === 'status').text).toContain('在用 → 维修中');
    expect(d.drivers.map((x: { username: string }) => x.username)).toEqual(['zhouqiang']);
    const audit = await (await env().as('admin')).get('/api/audit?entity=vehicle&pageSize=100');
    expect(audit.status).toBe(200);
    expect(JSON.stringify(audit.body)).toContain('vehicle.update');
    expect(JSON.stringify(audit.body)).toContain('vehicle.file.add');
  });

  it('VEH-12 VEH-14 keys: only a designated driver gets a key; a key already out is refused; keys not back after work are listed until returned', async () => {
    const e = env();
    e.clock.set('2026-12-01T01:00:00.000Z'); // 09:00 Beijing, Tuesday
    let c = await e.as('sunli');
    const cars = (await c.get('/api/vehicles')).body;
    const gl8 = cars.find((v: { plate: string }) => v.plate === '浙A3M728');
    const zq = await userId(c, 'zhouqiang');
    const outsider = await userId(c, 'hubin');
    const notDesignated = await c.post(`/api/vehicles/${gl8.id}/key/out`, { holderId: outsider });
    expect(notDesignated.status).toBe(400);
    expect(notDesignated.body.code).toBe('vehicles.notDesignatedDriver');
    expect((await c.post(`/api/vehicles/${gl8.id}/key/out`, { holderId: zq })).status).toBe(201);
    const again = await c.post(`/api/vehicles/${gl8.id}/key/out`, { holderId: zq });
    expect(again.status).toBe(409);
    expect(again.body.detail).toContain('周强');
    const board = (await c.get('/api/vehicles/keys')).body;
    expect(board.find((k: { vehicleId: string }) => k.vehicleId === gl8.id).key.holderName).toBe('周强');

    e.clock.set('2026-12-01T10:00:00.000Z'); // 18:00 Beijing: after the 17:30 check
    c = await e.as('sunli'); // a new session after the long idle
    const late = (await c.get('/api/vehicles/keys/outstanding?at=2026-12-01')).body;
    expect(late.checked).toBe(true);
    expect(late.items.map((k: { plate: string; holderName: string }) => `${k.plate} ${k.holderName}`)).toEqual(['浙A3M728 周强']);
    expect((await c.post(`/api/vehicles/${gl8.id}/key/return`)).status).toBe(200);
    expect((await c.post(`/api/vehicles/${gl8.id}/key/return`)).status).toBe(409);
    // Returned at 18:00, after the check: still a late key on 12-01, nothing open on 12-02.
    expect((await c.get('/api/vehicles/keys/outstanding?at=2026-12-01')).body.items).toHaveLength(1);
    expect((await c.get('/api/vehicles/keys/outstanding?at=2026-12-02')).body.items).toHaveLength(0);
    const file = (await c.get(`/api/vehicles/${gl8.id}`)).body.file.map((x: { kind: string }) => x.kind);
    expect(file).toEqual(expect.arrayContaining(['key_out', 'key_in']));
    expect((await c.get('/api/vehicles/keys/outstanding?at=2026-13-01')).status).toBe(400);
  });

  it('VEH-1 reminders 30/7/1 days before insurance, annual inspection and city pass expire; nothing on other days', async () => {
    const c = await env().as('sunli');
    await c.post('/api/vehicles', { plate: '浙A·R3071', model: '提醒测试车', insuranceExpiry: '2027-03-31', inspectionDue: '2027-03-08', cityPassExpiry: '2027-03-02' });
    const r = (await c.get('/api/vehicles/reminders?date=2027-03-01')).body;
    const mine = r.items.filter((i: { plate: string }) => i.plate === '浙AR3071').map((i: { kind: string; daysLeft: number }) => `${i.kind}:${i.daysLeft}`);
    expect(mine.sort()).toEqual(['cityPass:1', 'inspection:7', 'insurance:30']);
    const other = (await c.get('/api/vehicles/reminders?date=2027-02-28')).body.items.filter((i: { plate: string }) => i.plate === '浙AR3071');
    expect(other).toEqual([]);
    const due = (await c.get('/api/vehicles/reminders?date=2027-03-02')).body.items.find((i: { plate: string; kind: string }) => i.plate === '浙AR3071' && i.kind === 'cityPass');
    expect(due.stage).toBe('dueToday');
  });

  it('VEH-1 X-2 附表12 exports with Chinese headers and re-imports unchanged; bad rows are reported per row', async () => {
    const c = await env().as('sunli');
    const exp = await c.get('/api/vehicles/export.xlsx');
    expect(exp.status).toBe(200);
    expect(String(exp.headers['content-disposition'])).toContain(encodeURIComponent('附表12'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exp.raw as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toContain('公司车辆信息登记表');
    const headers = (ws.getRow(1).values as unknown[]).filter(Boolean);
    expect(headers).toEqual(expect.arrayContaining(['车牌号', '品牌型号', '座位数', '保险公司', '保险到期日', '年检到期日', '油卡余额(元)', '通行证到期日', '状态', '常用司机']));
    const count = (await c.get('/api/vehicles')).body.length;
    const check = await c.upload('/api/vehicles/import?mode=validate', 'v.xlsx', exp.raw);
    expect(check.body).toMatchObject({ dryRun: true, created: 0, updated: 0, skipped: count, errors: [] });
    const imp = await c.upload('/api/vehicles/import?mode=all', 'v.xlsx', exp.raw);
    expect(imp.body).toMatchObject({ dryRun: false, created: 0, updated: 0, skipped: count, errors: [] });

    const bad = new ExcelJS.Workbook();
    const s = bad.addWorksheet('x');
    s.addRow(['车牌号', '品牌型号', '油卡余额(元)', '指定司机', '保险到期日']);
    s.addRow(['浙A·N0001', '新车一号', 100.5, '周强', '2027-01-01']);
    s.addRow(['浙A·N0002', '新车二号', -3, '', '']);
    s.addRow(['浙A·N0003', '新车三号', 0, '查无此人', '']);
    const buf = Buffer.from(await bad.xlsx.writeBuffer());
    const all = await c.upload('/api/vehicles/import?mode=all', 'x.xlsx', buf);
    expect(all.body.dryRun).toBe(true);
    expect(all.body.errors.map((e: { rowNumber: number }) => e.rowNumber).sort()).toEqual([3, 4]);
    expect((await c.get('/api/vehicles')).body.length).toBe(count);
    const valid = await c.upload('/api/vehicles/import?mode=valid-only', 'x.xlsx', buf);
    expect(valid.body).toMatchObject({ dryRun: false, created: 1 });
    const n1 = (await c.get('/api/vehicles?q=N0001')).body[0];
    expect(n1).toMatchObject({ plate: '浙AN0001', fuelCardBalanceFen: 10_050, insuranceExpiry: '2027-01-01' });
    expect(n1.drivers.map((d: { username: string }) => d.username)).toEqual(['zhouqiang']);
    expect((await c.upload('/api/vehicles/import', 'x.xlsx', Buffer.from('hello'))).status).toBe(400);
  });

  it('VEH-1 permissions: a driver reads the register but cannot edit it or hand out keys; other employees cannot read it', async () => {
    const driver = await env().as('zhouqiang');
    const list = await driver.get('/api/vehicles');
    expect(list.status).toBe(200);
    const id = list.body[0].id;
    expect((await driver.post('/api/vehicles', { plate: '浙A·Z0001', model: 'x' })).status).toBe(403);
    expect((await driver.patch(`/api/vehicles/${id}`, { notes: 'x' })).status).toBe(403);
    expect((await driver.delete(`/api/vehicles/${id}`)).status).toBe(403);
    expect((await driver.post(`/api/vehicles/${id}/key/out`, { holderId: 'x' })).status).toBe(403);
    expect((await driver.upload('/api/vehicles/import?mode=validate', 'x.xlsx', Buffer.from('x'))).status).toBe(403);
    const employee = await env().as('hubin');
    expect((await employee.get('/api/vehicles')).status).toBe(403);
    const leader = await env().as('chenzhiqiang');
    expect((await leader.get('/api/vehicles/reminders')).status).toBe(200);
    for (const r of env().routes.filter((x) => x.url.startsWith('/api/vehicles'))) expect(r.permission, r.url).toBeTruthy();
  });
});
