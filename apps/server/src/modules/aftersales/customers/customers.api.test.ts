import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { describeApi, type TestClient } from '../../../test/harness.js';

async function xlsx(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('客户');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function find(c: TestClient, q: string) {
  const r = await c.get(`/api/aftersales/customers?q=${encodeURIComponent(q)}`);
  expect(r.status).toBe(200);
  return r.body.items as { id: string; code: string; name: string; phones: string[]; equipment: { name: string; serial: string | null; warrantyState: string }[] }[];
}

describeApi('aftersales customers', (env) => {
  it('ASV-2 demo base: about 20 customers with equipment in warranty, expiring and expired; a caller is found by phone in one step', async () => {
    const c = await env().as('lina');
    const all = (await c.get('/api/aftersales/customers?pageSize=200')).body;
    expect(all.total).toBeGreaterThanOrEqual(18);
    const states = new Set(all.items.flatMap((x: { equipment: { warrantyState: string }[] }) => x.equipment.map((e) => e.warrantyState)));
    for (const s of ['in_warranty', 'expiring', 'expired', 'unknown']) expect(states).toContain(s);
    // The caller says "139 0651 2231": one search, the customer and the warranty at once.
    const hit = await find(c, '139 0651 2231');
    expect(hit.map((x) => x.name)).toEqual(['王建国']);
    expect(hit[0]!.equipment[0]).toMatchObject({ name: '中央空调', warrantyState: 'in_warranty' });
    expect((await find(c, '88216603')).map((x) => x.name)).toEqual(['李秀英']); // part of a landline
    expect((await find(c, 'dkv5x2101187')).map((x) => x.name)).toEqual(['王建国']); // serial, any case
    expect((await find(c, '明远')).map((x) => x.name)).toEqual(['杭州明远大酒店']);
    const hotel = (await c.get(`/api/aftersales/customers/${(await find(c, '明远'))[0]!.id}`)).body;
    expect(hotel.contracts.map((k: { type: string; active: boolean }) => `${k.type}:${k.active}`)).toEqual(expect.arrayContaining(['maintenance:true']));
    expect(hotel.sites).toHaveLength(1);
  });

  it('ASV-1 ASV-2 a clerk creates a customer with sites, equipment (warranty boundary: the last day is in warranty), parts and a 维保协议', async () => {
    const c = await env().as('lina');
    const r = await c.post('/api/aftersales/customers', { name: '测试客户甲', type: 'retail', phones: ['+86 137-0000-1111', '0571 8700 1111'], address: '杭州市西湖区测试路 1 号', notes: '新客户' });
    expect(r.status).toBe(201);
    expect(r.body.code).toMatch(/^KH\d{6}$/);
    const id = r.body.id;
    const site = await c.post(`/api/aftersales/customers/${id}/sites`, { name: '别墅', address: '杭州市余杭区测试路 9 号', contact: '甲', phone: '13700001111' });
    expect(site.status).toBe(201);
    // Today is 2026-11-27 (Beijing): installed 2025-11-28 + 12 months → last day 2026-11-27 (today).
    const last = await c.post(`/api/aftersales/customers/${id}/equipment`, { siteId: site.body.id, name: '中央空调', model: '大金 VRV', serial: ' sn-test-001 ', installedOn: '2025-11-28', warrantyMonths: 12, parts: [{ name: '滤网', serviceLifeMonths: 6, installedOn: '2026-06-10' }] });
    expect(last.status).toBe(201);
    expect((await c.post(`/api/aftersales/customers/${id}/equipment`, { name: '净水器', model: 'RO', serial: 'SN-TEST-002', installedOn: '2025-11-27', warrantyMonths: 12 })).status).toBe(201);
    expect((await c.post(`/api/aftersales/customers/${id}/equipment`, { name: '热水器' })).status).toBe(201);
    const contract = await c.post(`/api/aftersales/customers/${id}/contracts`, { number: 'wb-test-1', type: 'maintenance', startOn: '2026-01-01', endOn: '2026-12-31', amountFen: 120_000 });
    expect(contract.status).toBe(201);
    const d = (await c.get(`/api/aftersales/customers/${id}`)).body;
    expect(d.phones).toEqual(['+86 137-0000-1111', '0571 8700 1111']);
    const eq = Object.fromEntries(d.equipment.map((e: { name: string }) => [e.name, e]));
    expect(eq['中央空调']).toMatchObject({ serial: 'SN-TEST-001', siteName: '别墅', warranty: { state: 'expiring', inWarranty: true, lastDay: '2026-11-27', daysLeft: 0 } });
    expect(eq['中央空调'].parts[0]).toMatchObject({ name: '滤网', life: { dueOn: '2026-12-10', state: 'due_soon' } });
    expect(eq['净水器'].warranty).toMatchObject({ state: 'expired', inWarranty: false, lastDay: '2026-11-26' });
    expect(eq['热水器'].warranty.state).toBe('unknown');
    expect(d.contracts[0]).toMatchObject({ number: 'WB-TEST-1', type: 'maintenance', amountFen: 120_000, active: true });
    // Found by the new phone however typed, and by serial.
    expect((await find(c, '13700001111')).map((x) => x.id)).toEqual([id]);
    expect((await find(c, 'SN-TEST-002')).map((x) => x.id)).toEqual([id]);
    // Edits are audited.
    expect((await c.patch(`/api/aftersales/customers/${id}`, { address: '杭州市西湖区测试路 2 号' })).status).toBe(200);
    const audit = JSON.stringify((await (await env().as('admin')).get('/api/audit?pageSize=100')).body);
    for (const a of ['aftersales.customer.create', 'aftersales.customer.update', 'aftersales.equipment.create', 'aftersales.contract.create', 'aftersales.site.create']) expect(audit).toContain(a);
    // A customer with equipment cannot be deleted.
    expect((await c.delete(`/api/aftersales/customers/${id}`)).status).toBe(409);
  });

  it('ASV-2 duplicates are refused naming the existing customer (same phone, or same name and address); bad input is a 400 that changes nothing', async () => {
    const c = await env().as('hanxue');
    const before = (await c.get('/api/aftersales/customers')).body.total;
    const dupPhone = await c.post('/api/aftersales/customers', { name: '另一个人', phones: ['139-0651-2231'] });
    expect(dupPhone.status).toBe(409);
    expect(dupPhone.body.code).toBe('aftersales.duplicatePhone');
    expect(dupPhone.body.detail).toContain('王建国');
    const dupNameAddr = await c.post('/api/aftersales/customers', { name: '王建国', phones: ['13000000009'], address: '杭州市西湖区文一西路588号西溪里小区3幢1201' });
    expect(dupNameAddr.status).toBe(409);
    expect(dupNameAddr.body.code).toBe('aftersales.duplicateNameAddress');
    // Same name elsewhere is another customer (namesakes exist).
    expect((await c.post('/api/aftersales/customers', { name: '王建国', phones: ['13000000009'], address: '杭州市上城区某路 1 号' })).status).toBe(201);
    const badPhone = await c.post('/api/aftersales/customers', { name: 'x', phones: ['电话待补'] });
    expect(badPhone.status).toBe(400);
    expect(badPhone.body.detail).toContain('电话待补');
    expect((await c.post('/api/aftersales/customers', { name: 'x', phones: [] })).status).toBe(400);
    expect((await c.post('/api/aftersales/customers', { name: 'x', phones: ['13000000010'], vip: true })).status).toBe(400);
    const id = (await find(c, '13000000009'))[0]!.id;
    expect((await c.post(`/api/aftersales/customers/${id}/equipment`, { name: 'x', installedOn: '2026-02-30' })).status).toBe(400);
    const serialTaken = await c.post(`/api/aftersales/customers/${id}/equipment`, { name: 'x', serial: 'dkv5x2101187' });
    expect(serialTaken.status).toBe(409);
    expect(serialTaken.body.detail).toContain('王建国');
    expect((await c.post(`/api/aftersales/customers/${id}/contracts`, { number: 'XS-2025-086', type: 'sales', startOn: '2026-01-01' })).status).toBe(409);
    expect((await c.post(`/api/aftersales/customers/${id}/contracts`, { number: 'N1', type: 'sales', startOn: '2026-02-01', endOn: '2026-01-01' })).status).toBe(400);
    expect((await c.get('/api/aftersales/customers/nope')).status).toBe(404);
    expect((await c.get('/api/aftersales/customers')).body.total).toBe(before + 1);
  });

  it('ASV-15 import of historical customers: per-row errors, validate-only mode, duplicates within the file and against the base, several equipment per customer', async () => {
    const c = await env().as('lina');
    const before = (await c.get('/api/aftersales/customers')).body.total;
    const buf = await xlsx([
      ['客户名称', '客户类型', '联系电话', '地址', '设备名称', '设备型号', '序列号', '安装日期', '保修期(月)'],
      ['历史客户一', '零售客户', '13811112222', '杭州市拱墅区历史路 1 号', '中央空调', 'A1', 'H-0001', '2014-05-01', 24], // row 2
      ['历史客户一', '零售客户', '13811112222', '杭州市拱墅区历史路 1 号', '净水器', 'B2', 'H-0002', '2016-08-01', 12], // row 3: same customer, 2nd equipment
      ['历史客户二', '', '138-1111-2222', '杭州市别处 9 号', '', '', '', '', ''], // row 4: same phone as row 2
      ['冒名者', '单位客户', '13906512231', '', '', '', '', '', ''], // row 5: phone of 王建国 in the base
      ['历史客户三', '大客户', '12345', '', '', '', '', '', ''], // row 6: bad type and phone
      ['历史客户四', '工程项目', '0571-86000001', '杭州市滨江区历史路 4 号', '', '型号X', '', '2015-03-01', ''], // row 7: no name for equipment
      ['历史客户五', '', '13811113333', '', '地暖', '', 'H-0001', '', ''], // row 8: serial of row 2
      ['历史客户六', '', '13811114444', '杭州市上城区历史路 6 号', '新风', 'F1', 'DKV5X2101187', '', ''], // row 9: serial in the base
      ['历史客户七', '', '13811115555', '', '', '', '', '', ''], // row 10: fine
      ['历史客户八', '', '13811116666', '', '空调', '', '', '2015-13-01', ''], // row 11: bad date
    ]);
    const check = await c.upload('/api/aftersales/customers/import?mode=validate', 'h.xlsx', buf);
    expect(check.status).toBe(200);
    expect(check.body.dryRun).toBe(true);
    const rows = [...new Set(check.body.errors.map((e: { rowNumber: number }) => e.rowNumber))];
    expect(rows).toEqual([4, 5, 6, 7, 8, 9, 11]);
    const msg = (n: number) => check.body.errors.filter((e: { rowNumber: number }) => e.rowNumber === n).map((e: { message: string }) => e.message).join(' / ');
    expect(msg(4)).toContain('第 2 行');
    expect(msg(5)).toContain('王建国');
    expect(msg(6)).toContain('大客户');
    expect(msg(6)).toContain('12345');
    expect(msg(7)).toContain('设备名称');
    expect(msg(8)).toContain('H-0001');
    expect(msg(9)).toContain('DKV5X2101187');
    expect(msg(11)).toContain('2015-13-01');
    expect((await c.get('/api/aftersales/customers')).body.total).toBe(before); // validate writes nothing
    const all = await c.upload('/api/aftersales/customers/import?mode=all', 'h.xlsx', buf);
    expect(all.body.dryRun).toBe(true);
    expect((await c.get('/api/aftersales/customers')).body.total).toBe(before);
    const valid = await c.upload('/api/aftersales/customers/import?mode=valid-only', 'h.xlsx', buf);
    expect(valid.body).toMatchObject({ dryRun: false, created: 3 });
    expect((await c.get('/api/aftersales/customers')).body.total).toBe(before + 2);
    const one = await find(c, '历史客户一');
    expect(one[0]!.equipment.map((e) => `${e.name}:${e.warrantyState}`).sort()).toEqual(['中央空调:expired', '净水器:expired']);
    // The import is audited once, with its counts.
    const audit = (await (await env().as('admin')).get('/api/audit?pageSize=100')).body.items as { action: string; data: unknown }[];
    const imports = audit.filter((a) => a.action === 'aftersales.customer.import');
    expect(imports).toHaveLength(1);
    expect(JSON.stringify(imports[0]!.data)).toContain('"created":3');
    // Importing the same file again: every new customer is now a duplicate of the base, per row.
    const again = await c.upload('/api/aftersales/customers/import?mode=validate', 'h.xlsx', buf);
    const againMsg = (n: number) => again.body.errors.filter((e: { rowNumber: number }) => e.rowNumber === n).map((e: { message: string }) => e.message).join(' / ');
    expect(againMsg(2)).toContain('历史客户一');
    expect(againMsg(10)).toContain('历史客户七');
    expect(again.body.created).toBe(0);
    expect((await c.upload('/api/aftersales/customers/import', 'x.xlsx', Buffer.from('hello'))).status).toBe(400);
  });

  it('ASV-15 export with Chinese headers re-imports unchanged; an edited cell updates that customer; the template has the headers', async () => {
    const c = await env().as('lina');
    const exp = await c.get('/api/aftersales/customers/export.xlsx');
    expect(exp.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exp.raw as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const headers = (ws.getRow(1).values as unknown[]).filter(Boolean);
    expect(headers).toEqual(['客户编号', '客户名称', '客户类型', '联系电话', '地址', '客户备注', '设备名称', '设备型号', '序列号', '安装日期', '保修期(月)']);
    const dataRows = ws.rowCount - 1;
    const check = await c.upload('/api/aftersales/customers/import?mode=validate', 'e.xlsx', exp.raw);
    expect(check.body).toMatchObject({ dryRun: true, created: 0, updated: 0, skipped: dataRows, errors: [] });
    // Edit one customer's address (every row of that customer) and re-import.
    let edited = 0;
    ws.eachRow((row, n) => {
      if (n > 1 && row.getCell(2).value === '赵明') {
        row.getCell(5).value = '杭州市上城区望江路 100 号';
        edited++;
      }
    });
    expect(edited).toBe(1);
    const changed = Buffer.from(await wb.xlsx.writeBuffer());
    const imp = await c.upload('/api/aftersales/customers/import?mode=all', 'e.xlsx', changed);
    expect(imp.body).toMatchObject({ dryRun: false, created: 0, updated: 1, skipped: dataRows - 1, errors: [] });
    expect((await find(c, '赵明'))[0]).toMatchObject({ name: '赵明' });
    expect((await c.get(`/api/aftersales/customers/${(await find(c, '赵明'))[0]!.id}`)).body.address).toBe('杭州市上城区望江路 100 号');
    const filtered = await c.get(`/api/aftersales/customers/export.xlsx?q=${encodeURIComponent('明远')}`);
    const fw = new ExcelJS.Workbook();
    await fw.xlsx.load(filtered.raw as unknown as ArrayBuffer);
    expect(fw.worksheets[0]!.rowCount).toBe(3); // header + the hotel's two pieces of equipment
    const tpl = await c.get('/api/aftersales/customers/template.xlsx');
    expect(tpl.status).toBe(200);
  });

  it('ASV-15 rows with a 客户编号 add equipment to that customer or update the one with the same serial; rows of one customer must agree; unknown codes are refused', async () => {
    const c = await env().as('lina');
    const wang = (await find(c, '13906512231'))[0]!;
    const header = ['客户编号', '客户名称', '联系电话', '地址', '设备名称', '设备型号', '序列号', '安装日期', '保修期(月)'];
    const addr = '杭州市西湖区文一西路 588 号 西溪里小区 3 幢 1201';
    const buf = await xlsx([
      header,
      [wang.code, '王建国', '13906512231', addr, '中央空调', '大金 VRV-X 5匹', 'DKV5X2101187', '2026-05-11', 36], // row 2: same serial → warranty months updated
      [wang.code, '王建国', '13906512231', addr, '新风系统', '松下', 'PN-NEW-1', '2026-11-01', 24], // row 3: new equipment of the customer
      [wang.code, '王建国（改）', '13906512231', addr, '', '', '', '', ''], // row 4: disagrees with row 2
      ['KH999999', '查无此户', '13000000077', '', '', '', '', '', ''], // row 5: unknown code
    ]);
    const r = await c.upload('/api/aftersales/customers/import?mode=valid-only', 'k.xlsx', buf);
    expect(r.status).toBe(200);
    expect(r.body.errors.map((e: { rowNumber: number }) => e.rowNumber)).toEqual([4, 5]);
    expect(r.body.errors[0].message).toContain('第 2 行');
    expect(r.body.errors[1].message).toContain('KH999999');
    expect(r.body).toMatchObject({ dryRun: false, updated: 1, created: 1 });
    const d = (await c.get(`/api/aftersales/customers/${wang.id}`)).body;
    expect(d.name).toBe('王建国');
    expect(d.equipment.map((e: { serial: string; warrantyMonths: number }) => `${e.serial}:${e.warrantyMonths}`).sort()).toEqual(['DKV5X2101187:36', 'PN-NEW-1:24']);
  });

  it('ASV-2 permissions: technicians read the base but cannot change it; other employees cannot read it; every route declares a permission', async () => {
    const tech = await env().as('zhangwei');
    const list = await tech.get('/api/aftersales/customers');
    expect(list.status).toBe(200);
    const id = list.body.items[0].id;
    expect((await tech.get(`/api/aftersales/customers/${id}`)).status).toBe(200);
    expect((await tech.post('/api/aftersales/customers', { name: 'x', phones: ['13000000011'] })).status).toBe(403);
    expect((await tech.patch(`/api/aftersales/customers/${id}`, { notes: 'x' })).status).toBe(403);
    expect((await tech.post(`/api/aftersales/customers/${id}/equipment`, { name: 'x' })).status).toBe(403);
    expect((await tech.upload('/api/aftersales/customers/import?mode=validate', 'x.xlsx', Buffer.from('x'))).status).toBe(403);
    expect((await (await env().as('sunli')).post('/api/aftersales/customers', { name: '行政登记客户', phones: ['13000000012'] })).status).toBe(201);
    expect((await (await env().as('hubin')).get('/api/aftersales/customers')).status).toBe(403);
    expect((await (await env().as('tangming')).get('/api/aftersales/customers')).status).toBe(200);
    for (const r of env().routes.filter((x) => x.url.startsWith('/api/aftersales'))) expect(r.permission, r.url).toBeTruthy();
  });
});
