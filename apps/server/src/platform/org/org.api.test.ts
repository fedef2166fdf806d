import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { describeApi } from '../../test/harness.js';
import { demoDepartments, demoPositions, demoUsers } from '../demo/demo-company.js';

describeApi('organization', (env) => {
  it('ORG-1 the demo company is a department tree with every department the documents name', async () => {
    const c = await env().as('zhouqiang'); // any employee may read the organization
    const { status, body } = await c.get('/api/org/departments');
    expect(status).toBe(200);
    const names = body.map((d: { name: string }) => d.name);
    for (const n of ['综合管理部', '行政部', '人事部', '办公室', '财务部', '法务部', '维修部', '客服部', '生产技术部', '品管部', '项目集成部', '公司领导']) {
      expect(names).toContain(n);
    }
    expect(body).toHaveLength(demoDepartments.length);
    const roots = body.filter((d: { parentId: string | null }) => d.parentId === null);
    expect(roots).toHaveLength(1);
    const gad = body.find((d: { name: string }) => d.name === '综合管理部');
    const children = body.filter((d: { parentId: string }) => d.parentId === gad.id).map((d: { name: string }) => d.name);
    expect(children).toEqual(expect.arrayContaining(['行政部', '人事部', '办公室', '财务部', '法务部']));
    expect(gad.functions).toContain('负责公司日常行政管理工作');
  });

  it('ORG-1 departments: create, rename, move; cycles, duplicate names and non-empty deletes are refused', async () => {
    const admin = await env().as('admin');
    const list = (await admin.get('/api/org/departments')).body;
    const root = list.find((d: { parentId: string | null }) => d.parentId === null);
    const a = await admin.post('/api/org/departments', { parentId: root.id, name: '质量安全部', functions: '1、负责安全生产检查' });
    expect(a.status).toBe(201);
    const b = await admin.post('/api/org/departments', { parentId: a.body.id, name: '安全组' });
    expect(b.status).toBe(201);
    const dup = await admin.post('/api/org/departments', { parentId: root.id, name: '质量安全部' });
    expect(dup.status).toBe(409);
    const cycle = await admin.patch(`/api/org/departments/${a.body.id}`, { parentId: b.body.id });
    expect(cycle.status).toBe(400);
    expect(cycle.body.code).toBe('org.departmentCycle');
    const secondRoot = await admin.post('/api/org/departments', { parentId: null, name: '另一家公司' });
    expect(secondRoot.status).toBe(400);
    const notEmpty = await admin.delete(`/api/org/departments/${a.body.id}`);
    expect(notEmpty.status).toBe(409);
    expect(notEmpty.body.detail).toContain('质量安全部');
    expect((await admin.delete(`/api/org/departments/${b.body.id}`)).status).toBe(200);
    expect((await admin.patch(`/api/org/departments/${a.body.id}`, { name: '安全质量部' })).status).toBe(200);
    const after = (await admin.get('/api/org/departments')).body;
    expect(after.find((d: { id: string }) => d.id === a.body.id).name).toBe('安全质量部');
    expect(after.find((d: { id: string }) => d.id === b.body.id)).toBeUndefined();
  });

  it('ORG-2 positions carry the documents\' duty texts and every position is held', async () => {
    const c = await env().as('admin');
    const { body } = await c.get('/api/org/positions');
    expect(body).toHaveLength(demoPositions.length);
    const minister = body.find((p: { name: string }) => p.name === '综合部部长');
    expect(minister.duty).toContain('全面负责综合部日常管理工作');
    const hr = body.find((p: { name: string }) => p.name === '人力资源主管');
    expect(hr.duty).toContain('负责提出公司用人编制');
    for (const n of ['行政专员', '部长助理', '司机', '库管', '设计师', '工程主管', '项目经理', '维修部主任', '客服部主管', '董事长', '总经理', '常务副总']) {
      expect(body.map((p: { name: string }) => p.name)).toContain(n);
    }
    expect(body.filter((p: { holderCount: number }) => p.holderCount < 1)).toEqual([]);
  });

  it('ORG-2 positions: create with duty text, edit it, refuse deleting a held position', async () => {
    const admin = await env().as('admin');
    const depts = (await admin.get('/api/org/departments')).body;
    const office = depts.find((d: { name: string }) => d.name === '办公室');
    const p = await admin.post('/api/org/positions', { departmentId: office.id, name: '档案管理员', duty: '1、负责公司档案的收集、整理与借阅登记' });
    expect(p.status).toBe(201);
    expect((await admin.patch(`/api/org/positions/${p.body.id}`, { duty: '1、负责档案管理\n2、负责借阅登记' })).status).toBe(200);
    const list = (await admin.get(`/api/org/positions?departmentId=${office.id}`)).body;
    expect(list.find((x: { id: string }) => x.id === p.body.id).duty).toBe('1、负责档案管理\n2、负责借阅登记');
    const held = list.find((x: { holderCount: number }) => x.holderCount > 0);
    const del = await admin.delete(`/api/org/positions/${held.id}`);
    expect(del.status).toBe(409);
    expect((await admin.delete(`/api/org/positions/${p.body.id}`)).status).toBe(200);
  });

  it('ORG-3 users: at least 25 demo users with department, positions and supervisor', async () => {
    const c = await env().as('admin');
    const page = await c.get('/api/org/users?pageSize=200');
    expect(page.body.total).toBe(demoUsers.length);
    expect(page.body.total).toBeGreaterThanOrEqual(25);
    const driver = page.body.items.find((u: { username: string }) => u.username === 'zhouqiang');
    expect(driver.positions.map((p: { name: string }) => p.name)).toContain('司机');
    expect(driver.supervisorId).not.toBeNull();
    const search = await c.get('/api/org/users?q=周强');
    expect(search.body.items.map((u: { username: string }) => u.username)).toContain('zhouqiang');
    const paged = await c.get('/api/org/users?page=2&pageSize=10');
    expect(paged.body.items).toHaveLength(10);
    expect(paged.body.page).toBe(2);
  });

  it('ORG-3 users: create, edit, supervisor loops refused, duplicate usernames refused', async () => {
    const admin = await env().as('admin');
    const depts = (await admin.get('/api/org/departments')).body;
    const repair = depts.find((d: { name: string }) => d.name === '维修部');
    const boss = (await admin.get('/api/org/users?q=zhouqiang')).body.items[0];
    const created = await admin.post('/api/org/users', { username: 'Wang.Xiao', name: '王晓', phone: '13900001111', email: 'wx@example.com', departmentId: repair.id, supervisorId: boss.id, password: 'Start1234' });
    expect(created.status).toBe(201);
    const u = (await admin.get(`/api/org/users/${created.body.id}`)).body;
    expect(u).toMatchObject({ username: 'wang.xiao', name: '王晓', departmentName: '维修部', supervisorName: boss.name, active: true });
    const dup = await admin.post('/api/org/users', { username: 'wang.xiao', name: 'x', password: 'Start1234' });
    expect(dup.status).toBe(409);
    const loop = await admin.patch(`/api/org/users/${boss.id}`, { supervisorId: created.body.id });
    expect(loop.status).toBe(400);
    expect(loop.body.code).toBe('org.supervisorCycle');
    const badDept = await admin.patch(`/api/org/users/${created.body.id}`, { departmentId: '01a00000-0000-7000-8000-000000000000' });
    expect(badDept.status).toBe(400);
    expect((await admin.patch(`/api/org/users/${created.body.id}`, { name: '王小晓' })).status).toBe(200);
    expect((await admin.get(`/api/org/users/${created.body.id}`)).body.name).toBe('王小晓');
  });

  it('ORG-4 roles grant permissions: an employee cannot manage the organization', async () => {
    const emp = await env().as('zhouqiang');
    const r = await emp.post('/api/org/departments', { parentId: null, name: 'x' });
    expect(r.status).toBe(403);
    expect(r.body.detail).toBe('没有权限执行此操作');
    expect((await emp.get('/api/audit')).status).toBe(403);
    expect((await emp.get('/api/access/permissions')).status).toBe(403);
  });

  it('ORG-4 an admin grants a permission through a new role and it takes effect at once', async () => {
    const admin = await env().as('admin');
    const perms = (await admin.get('/api/access/permissions')).body;
    expect(perms.map((p: { key: string }) => p.key)).toEqual(expect.arrayContaining(['org:manage', 'audit:read', 'calendar:manage']));
    const bad = await admin.post('/api/access/roles', { key: 'auditor', name: '审计员', permissions: ['audit:fly'] });
    expect(bad.status).toBe(400);
    const role = await admin.post('/api/access/roles', { key: 'auditor', name: '审计员', permissions: ['audit:read'] });
    expect(role.status).toBe(201);
    const emp = await env().as('guolei');
    expect((await emp.get('/api/audit')).status).toBe(403);
    const u = (await admin.get('/api/org/users?q=guolei')).body.items[0];
    await admin.patch(`/api/org/users/${u.id}`, { roleIds: [...u.roles.map((r: { id: string }) => r.id), role.body.id] });
    expect((await emp.get('/api/audit')).status).toBe(200);
    const roles = (await admin.get('/api/access/roles')).body;
    const builtIn = roles.find((r: { key: string }) => r.key === 'admin');
    expect((await admin.delete(`/api/access/roles/${builtIn.id}`)).status).toBe(400);
    expect((await admin.patch(`/api/access/roles/${builtIn.id}`, { permissions: [] })).status).toBe(400);
    expect((await admin.delete(`/api/access/roles/${role.body.id}`)).status).toBe(200);
    expect((await emp.get('/api/audit')).status).toBe(403);
  });

  it('ORG-5 delegation: for a period, to an active colleague; overlaps refused; cancel', async () => {
    const { clock } = env();
    const me = await env().as('liufang');
    const users = (await me.get('/api/org/users?q=zhaomin')).body.items;
    const delegate = users[0];
    const start = new Date(clock.now().getTime() + 10 * 60_000).toISOString();
    const end = new Date(clock.now().getTime() + 5 * 86400_000).toISOString();
    const bad = await me.post('/api/org/delegations', { delegateId: delegate.id, startsAt: end, endsAt: start });
    expect(bad.status).toBe(400);
    const self = await me.post('/api/org/delegations', { delegateId: (await me.get('/api/me')).body.user.id, startsAt: start, endsAt: end });
    expect(self.status).toBe(400);
    const d = await me.post('/api/org/delegations', { delegateId: delegate.id, startsAt: start, endsAt: end, reason: '出差' });
    expect(d.status).toBe(201);
    const overlap = await me.post('/api/org/delegations', { delegateId: delegate.id, startsAt: start, endsAt: end });
    expect(overlap.status).toBe(409);
    let mine = (await me.get('/api/org/delegations')).body;
    expect(mine[0]).toMatchObject({ delegateName: delegate.name, status: 'scheduled', reason: '出差' });
    clock.advanceMinutes(11);
    mine = (await me.get('/api/org/delegations')).body;
    expect(mine[0].status).toBe('active');
    const { activeDelegateOf } = await import('./delegations.service.js');
    const meId = (await me.get('/api/me')).body.user.id;
    expect(await activeDelegateOf(env().services.db, meId, clock.now().toISOString())).toBe(delegate.id);
    // Someone else cannot cancel it, nor delegate on behalf of another without delegation:manage.
    const other = await env().as('zhouqiang');
    expect((await other.post(`/api/org/delegations/${d.body.id}/cancel`)).status).toBe(403);
    expect((await other.post('/api/org/delegations', { delegatorId: meId, delegateId: delegate.id, startsAt: start, endsAt: end })).status).toBe(403);
    expect((await other.get('/api/org/delegations?scope=all')).status).toBe(403);
    expect((await me.post(`/api/org/delegations/${d.body.id}/cancel`)).status).toBe(200);
    expect(await activeDelegateOf(env().services.db, meId, clock.now().toISOString())).toBeNull();
  });

  it('X-2 the users register exports to xlsx with Chinese headers and re-imports unchanged', async () => {
    const admin = await env().as('admin');
    const before = (await admin.get('/api/org/users?pageSize=200')).body.items;
    const exp = await admin.get('/api/org/users/export.xlsx');
    expect(exp.status).toBe(200);
    expect(String(exp.headers['content-disposition'])).toContain("filename*=UTF-8''%E4%BA%BA%E5%91%98");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exp.raw as never);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).values).toEqual(expect.arrayContaining(['用户名', '姓名', '部门', '岗位', '直接上级(用户名)']));
    expect(ws.rowCount).toBe(before.length + 1);
    const check = await admin.upload('/api/org/users/import?mode=validate', '人员名册.xlsx', exp.raw);
    expect(check.status).toBe(200);
    expect(check.body).toMatchObject({ dryRun: true, created: 0, updated: 0, skipped: before.length, errors: [] });
    const imp = await admin.upload('/api/org/users/import?mode=all', '人员名册.xlsx', exp.raw);
    expect(imp.body).toMatchObject({ dryRun: false, created: 0, updated: 0, errors: [] });
    const after = (await admin.get('/api/org/users?pageSize=200')).body.items;
    expect(after).toEqual(before);
  });

  it('X-2 user import reports every bad row and writes nothing unless only valid rows are chosen', async () => {
    const admin = await env().as('admin');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('人员名册');
    ws.addRow(['用户名', '姓名', '手机', '邮箱', '部门', '岗位', '直接上级(用户名)', '角色', '在职', '初始密码']);
    ws.addRow(['newdriver', '新司机', '13700000001', '', '行政部', '司机', 'liufang', 'employee、driver', '是', 'Driver1234']);
    ws.addRow(['baddept', '错部门', '', '', '不存在的部门', '', '', '', '是', 'Passw0rd1']);
    ws.addRow(['nopass', '没密码', '', '', '行政部', '', '', '', '是', '']);
    ws.addRow(['bad email', '坏邮箱', '', 'not-an-email', '', '', '', '', '是', 'Passw0rd1']);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const total = (await admin.get('/api/org/users')).body.total;
    const all = await admin.upload('/api/org/users/import?mode=all', 'x.xlsx', buf);
    expect(all.status).toBe(200);
    expect(all.body.dryRun).toBe(true);
    expect([...new Set(all.body.errors.map((e: { rowNumber: number }) => e.rowNumber))]).toEqual([3, 4, 5]);
    expect(all.body.errors.find((e: { rowNumber: number }) => e.rowNumber === 3).message).toContain('不存在的部门');
    expect((await admin.get('/api/org/users')).body.total).toBe(total);
    const valid = await admin.upload('/api/org/users/import?mode=valid-only', 'x.xlsx', buf);
    expect(valid.body).toMatchObject({ dryRun: false, created: 1 });
    const nd = (await admin.get('/api/org/users?q=newdriver')).body.items[0];
    expect(nd).toMatchObject({ name: '新司机', departmentName: '行政部', supervisorName: '刘芳' });
    expect(nd.roles.map((r: { key: string }) => r.key).sort()).toEqual(['driver', 'employee']);
    expect((await env().client().login('newdriver', 'Driver1234')).status).toBe(200);
  });

  it('X-2 importing a file that is not xlsx is a clear 400', async () => {
    const admin = await env().as('admin');
    const r = await admin.upload('/api/org/users/import', 'x.xlsx', Buffer.from('hello'));
    expect(r.status).toBe(400);
    expect(r.body.detail).toContain('Excel');
  });
});
