import { expect, it } from 'vitest';
import { describeApi, type TestClient } from '../../test/harness.js';

const act = (c: TestClient, taskId: string, action: string, body: Record<string, unknown> = {}) => c.post(`/api/tasks/${taskId}/actions/${action}`, body);
async function todo(c: TestClient, instanceId: string) {
  const d = (await c.get(`/api/instances/${instanceId}`)).body;
  const t = d.myActions.tasks[0];
  if (!t) throw new Error(`no task for this user; current steps ${JSON.stringify(d.currentSteps)}`);
  return t as { taskId: string; stepId: string; actions: string[]; fields: string[] };
}

describeApi('PRP-1 property maintenance flow', (env) => {
  it('PRP-1 is a built-in process whose table reproduces the documents\' nine steps', async () => {
    const c = await env().as('songjia');
    const t = (await c.get('/api/processes/property.repair/table')).body;
    expect(t.name).toBe('综合维修服务流程');
    expect(t.purpose).toContain('通过确立客户维修服务处理流程');
    expect(t.rows).toHaveLength(9);
    expect(t.rows.map((r: { step: string }) => r.step)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(t.rows[2].interface).toContain('转到4');
    expect(t.rows[6].interface).toContain('转到9');
    expect(t.rows[8].interface).toContain('转到3');
    const xlsx = await c.get('/api/processes/property.repair/table.xlsx');
    expect(xlsx.status).toBe(200);
    const bpmn = await c.get('/api/processes/property.repair/bpmn');
    expect(bpmn.status).toBe(200);
    expect(String(bpmn.body)).toContain('bpmndi:BPMNDiagram');
  });

  it('PRP-1 walk: chargeable repair, unsatisfied callback → second repair → back to inspection → satisfied → filed', async () => {
    const cs = await env().as('songjia'); // 客服部主管 registers and calls back
    const director = await env().as('gaofeng'); // 维修部主任
    const tech = await env().as('luojun'); // 综合维修人员
    const luojunId = (await cs.get('/api/org/users?q=luojun')).body.items[0].id;

    const nobody = await (await env().as('zhouqiang')).post('/api/instances', { processKey: 'property.repair', data: { ownerName: 'x', ownerPhone: '13900000000', address: 'x', problem: 'x' } });
    expect(nobody.status).toBe(403); // only customer service registers

    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const photo = (await cs.upload('/api/attachments', '漏水.png', png)).body.id;
    const start = await cs.post('/api/instances', {
      processKey: 'property.repair',
      title: '3栋2单元501 卫生间漏水',
      data: { ownerName: '王先生', ownerPhone: '13912345678', address: '3栋2单元501', problem: '卫生间顶部漏水', reportedAt: env().clock.now().toISOString(), photos: [photo] },
    });
    expect(start.status).toBe(201);
    const id = start.body.instanceId;

    // the photo is visible to the people working on the instance, not to others.
    expect((await director.get(`/api/attachments/${photo}`)).status).toBe(200);
    expect((await (await env().as('zhouqiang')).get(`/api/attachments/${photo}`)).status).toBe(403);
    let t = await todo(director, id);
    expect(t.stepId).toBe('s1');
    await act(director, t.taskId, 'complete');
    t = await todo(director, id);
    expect(t.stepId).toBe('s2');
    const noTech = await act(director, t.taskId, 'complete', {});
    expect(noTech.status).toBe(400); // the step's required field: who repairs
    expect(noTech.body.detail).toBe('请先填写“维修人员”');
    expect((await act(director, t.taskId, 'complete', { data: { technicianIds: [luojunId] } })).status).toBe(200);

    t = await todo(tech, id);
    expect(t.stepId).toBe('s3');
    expect((await tech.get(`/api/attachments/${photo}`)).status).toBe(200);
    expect((await act(tech, t.taskId, 'complete', { data: { inspectionNotes: '没选是否保修' } })).status).toBe(400);
    await act(tech, t.taskId, 'complete', { data: { inWarranty: false, inspectionNotes: '防水层老化，已过保修期' } });
    t = await todo(tech, id);
    expect(t.stepId).toBe('s5'); // outside warranty → 收费维修
    const detail5 = (await tech.get(`/api/instances/${id}`)).body;
    expect(detail5.tasks.find((x: { stepId: string }) => x.stepId === 's5').dueAt).toBe(new Date(Date.parse(detail5.tasks.find((x: { stepId: string }) => x.stepId === 's5').createdAt) + 24 * 3600_000).toISOString());
    await act(tech, t.taskId, 'complete', { data: { chargeReason: '更换防水层', chargeAmountFen: 35000, ownerAccepted: true, workDone: '重做防水', feeFen: 35000 } });
    t = await todo(tech, id);
    expect(t.stepId).toBe('s6');
    await act(tech, t.taskId, 'complete', { data: { ownerSignature: '王先生' } });

    t = await todo(cs, id);
    expect(t.stepId).toBe('s7');
    await act(cs, t.taskId, 'complete', { data: { satisfied: false, callbackNotes: '仍有渗水' } });
    t = await todo(tech, id);
    expect(t.stepId).toBe('s9'); // 二次维修
    await act(tech, t.taskId, 'complete', { data: { reworkNotes: '补涂防水' } });
    t = await todo(tech, id);
    expect(t.stepId).toBe('s3'); // 9 → 3
    await act(tech, t.taskId, 'complete', { data: { inWarranty: true } });
    t = await todo(tech, id);
    expect(t.stepId).toBe('s4'); // now within the repair's warranty
    await act(tech, t.taskId, 'complete', { data: { workDone: '保修返修' } });
    t = await todo(tech, id);
    expect(t.stepId).toBe('s6');
    await act(tech, t.taskId, 'complete', { data: { ownerSignature: '王先生' } });
    t = await todo(cs, id);
    await act(cs, t.taskId, 'complete', { data: { satisfied: true } });
    t = await todo(director, id);
    expect(t.stepId).toBe('s8');
    await act(director, t.taskId, 'complete');

    const started = (await cs.get('/api/tasks?view=started')).body.items.find((i: { instanceId: string }) => i.instanceId === id);
    expect(started.instanceStatus).toBe('completed');
    const done = (await cs.get(`/api/instances/${id}`)).body;
    expect(done.status).toBe('completed');
    expect(done.owner.name).toBe('高峰'); // 首问责任人: the first to act
    const path = done.events.filter((e: { type: string }) => e.type === 'enter').map((e: { stepId: string }) => e.stepId);
    expect(path).toEqual(['s1', 's2', 's3', 's5', 's6', 's7', 's9', 's3', 's4', 's6', 's7', 's8', 'end']);
    expect(done.data).toMatchObject({ chargeAmountFen: 35000, satisfied: true });
  });
});
