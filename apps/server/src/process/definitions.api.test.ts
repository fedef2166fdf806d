import { expect, it } from 'vitest';
import { describeApi } from '../test/harness.js';
import { approvalProcess } from '../test/engine-fixtures.js';

describeApi(
  'process definitions',
  (env) => {
    it('ENG-1 an admin publishes an edited definition as a new version; invalid ones are refused naming step and field', async () => {
      const admin = await env().as('admin');
      const cur = (await admin.get('/api/processes/test.approval')).body;
      expect(cur.version).toBe(1);
      const broken = { ...cur.definition, steps: (cur.definition.steps as { id: string; transitions?: { to: string }[] }[]).map((s) => (s.id === 'gm' ? { ...s, transitions: [{ to: 'nowhere' }] } : s)) };
      const bad = await admin.put('/api/processes/test.approval', { definition: broken });
      expect(bad.status).toBe(400);
      expect(bad.body.detail).toContain('gm');
      expect(bad.body.errors.some((e: { path: string }) => e.path.includes('gm') && e.path.includes('transitions'))).toBe(true);
      const same = await admin.put('/api/processes/test.approval', { definition: cur.definition });
      expect(same.body).toMatchObject({ changed: false, version: 1 });
      const edited = await admin.put('/api/processes/test.approval', { definition: { ...cur.definition, purpose: '规范费用报销审批' } });
      expect(edited.body).toMatchObject({ changed: true, version: 2 });
      expect((await admin.get('/api/processes/test.approval?version=1')).body.definition.purpose).toBe('测试：审批、条件分支');
      expect((await admin.get('/api/audit?entity=process_definition')).body.items[0].action).toBe('process.publish');
      const emp = await env().as('hubin');
      expect((await emp.put('/api/processes/test.approval', { definition: cur.definition })).status).toBe(403);
    });

    it('ENG-2 GET /api/processes/:key/table gives the documents\' columns; xlsx export has the Chinese headers', async () => {
      const c = await env().as('hubin');
      const t = (await c.get('/api/processes/test.approval/table')).body;
      expect(Object.keys(t)).toEqual(expect.arrayContaining(['key', 'name', 'version', 'purpose', 'scope', 'rows']));
      expect(Object.keys(t.rows[0])).toEqual(expect.arrayContaining(['step', 'summary', 'content', 'responsible', 'participants', 'timeLimit', 'interface']));
      expect(t.rows[0].interface).toContain('金额超过200元');
      const x = await c.get('/api/processes/test.approval/table.xlsx');
      expect(x.status).toBe(200);
      const ExcelJS = (await import('exceljs')).default;
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(x.raw as never);
      expect(wb.worksheets[0]!.getRow(1).values).toEqual(expect.arrayContaining(['环节', '任务概述', '内容及责任', '责任方(部门/岗位)', '参与方(部门/岗位)', '时间规定', '接口说明']));
    });

    it('ENG-3 GET /api/processes/:key/bpmn returns BPMN 2.0 XML with diagram layout', async () => {
      const c = await env().as('hubin');
      const r = await c.get('/api/processes/test.approval/bpmn');
      expect(r.status).toBe(200);
      expect(String(r.headers['content-type'])).toContain('xml');
      const xml = String(r.body);
      expect(xml).toContain('http://www.omg.org/spec/BPMN/20100524/MODEL');
      expect(xml).toContain('bpmndi:BPMNShape');
      expect(xml).toContain('总经理审批');
      expect((await c.get('/api/processes/nope.nope/bpmn')).status).toBe(404);
    });
  },
  { processes: [approvalProcess] },
);

describeApi('built-in definitions and admin edits', (env) => {
  it('ENG-1 a restart keeps an administrator\'s published version of a built-in process', async () => {
    const admin = await env().as('admin');
    const cur = (await admin.get('/api/processes/property.repair')).body;
    const edited = await admin.put('/api/processes/property.repair', { definition: { ...cur.definition, scope: '本流程适用于本公司各小区的维修服务' } });
    expect(edited.body.changed).toBe(true);
    const { propertyRepairProcess } = await import('../modules/property/property-repair.process.js');
    const again = await env().services.engine.installDefinition({ ...propertyRepairProcess, startPermission: 'property:register' });
    expect(again.changed).toBe(false);
    expect((await admin.get('/api/processes/property.repair')).body.definition.scope).toBe('本流程适用于本公司各小区的维修服务');
    // A new release of the built-in (its shipped content changed) does become the version in force.
    const shipped = await env().services.engine.installDefinition({ ...propertyRepairProcess, startPermission: 'property:register', purpose: `${propertyRepairProcess.purpose}（修订）` });
    expect(shipped.changed).toBe(true);
  });

  it('ENG-1 definition errors are in the user\'s language', async () => {
    const admin = await env().as('admin');
    admin.lang = 'en';
    const r = await admin.put('/api/processes/test.bad', { definition: { key: 'test.bad', name: 'x', start: 'nope', steps: [{ id: 'end', name: 'e', kind: 'end' }] } });
    expect(r.status).toBe(400);
    expect(r.body.detail).toMatch(/^Invalid process definition/);
    expect(r.body.detail).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('catalog says which processes the user may start', async () => {
    const list = (await (await env().as('zhouqiang')).get('/api/processes')).body;
    expect(list.find((p: { key: string }) => p.key === 'property.repair').canStart).toBe(false);
    const cs = (await (await env().as('lina')).get('/api/processes')).body;
    expect(cs.find((p: { key: string }) => p.key === 'property.repair').canStart).toBe(true);
  });
});
