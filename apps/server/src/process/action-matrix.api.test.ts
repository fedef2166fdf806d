import { expect, it } from 'vitest';
import type { ProcessDefinitionInput } from '@guanjia/engine';
import { describeApi, type TestClient, type TestEnv } from '../test/harness.js';

// ENG-4 × ENG-7: every action against every kind of task. Each case starts a fresh instance, the
// initiator (胡斌) finishes the first step, and 罗军 tries the action on his task at the second.
const KINDS = ['task', 'approval', 'countersign', 'orsign', 'cc'] as const;
type Kind = (typeof KINDS)[number];

const matrixProcess = (kind: Kind): ProcessDefinitionInput => ({
  key: `matrix.${kind}`,
  name: `矩阵-${kind}`,
  form: { type: 'object', properties: {} },
  start: 'first',
  steps: [
    { id: 'first', name: '起草', kind: 'task', assignee: { type: 'initiator' }, transitions: [{ to: 'second' }] },
    kind === 'cc'
      ? { id: 'second', name: '抄送', kind: 'notify', cc: [{ type: 'user', username: 'luojun' }], transitions: [{ to: 'third' }] }
      : { id: 'second', name: '第二步', kind, assignee: kind === 'countersign' || kind === 'orsign' ? { type: 'position', position: '综合维修人员' } : { type: 'user', username: 'luojun' }, transitions: [{ to: 'third' }] },
    { id: 'third', name: '第三步', kind: 'task', assignee: { type: 'initiator' }, transitions: [{ to: 'end' }] },
    { id: 'end', name: '结束', kind: 'end' },
  ],
});

/** What each action does on each kind: the HTTP status and the steps with open work afterwards. */
const expected: Record<string, Partial<Record<Kind, [number, string[]?]>>> = {
  complete: { task: [200, ['third']], approval: [409], countersign: [409], orsign: [409], cc: [409] },
  approve: { task: [409], approval: [200, ['third']], countersign: [200, ['second']], orsign: [200, ['third']], cc: [409] },
  reject: { task: [409], approval: [200, []], countersign: [200, []], orsign: [200, ['second']], cc: [409] },
  return: { task: [200, ['first']], approval: [200, ['first']], countersign: [200, ['first']], orsign: [200, ['first']], cc: [409] },
  transfer: { task: [200, ['second']], approval: [200, ['second']], countersign: [200, ['second']], orsign: [200, ['second']], cc: [409] },
  add_signer: { task: [409], approval: [200, ['second']], countersign: [200, ['second']], orsign: [409], cc: [409] },
  claim: { task: [409], approval: [409], countersign: [409], orsign: [409], cc: [409] },
  read: { task: [409], approval: [409], countersign: [409], orsign: [409], cc: [200, ['third']] },
  comment: { task: [200, ['second']], approval: [200, ['second']], countersign: [200, ['second']], orsign: [200, ['second']], cc: [200, ['third']] },
};

const cases = Object.entries(expected).flatMap(([action, byKind]) => KINDS.map((kind) => ({ action, kind, want: byKind[kind]! })));

async function idOf(env: TestEnv, username: string) {
  return (await env.services.db.selectFrom('app_user').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
}

describeApi(
  'action matrix',
  (env) => {
    let hubin: TestClient;
    let luojun: TestClient;
    it.each(cases)('ENG-4 ENG-7 $action on a $kind task → $want', async ({ action, kind, want }) => {
      hubin ??= await env().as('hubin');
      luojun ??= await env().as('luojun');
      const { instanceId } = (await hubin.post('/api/instances', { processKey: `matrix.${kind}`, data: {} })).body;
      const first = (await hubin.get(`/api/instances/${instanceId}`)).body.myActions.tasks[0];
      await hubin.post(`/api/tasks/${first.taskId}/actions/complete`, {});
      const d = (await luojun.get(`/api/instances/${instanceId}`)).body;
      const mine = d.tasks.find((t: { status: string; assignee: { name: string } | null }) => t.status === 'open' && t.assignee?.name === '罗军');
      expect(mine).toBeTruthy();
      const body: Record<string, unknown> = { comment: '意见' };
      if (action === 'return') body.toStep = 'first';
      if (action === 'transfer' || action === 'add_signer') body.userId = await idOf(env(), 'zhaomin');
      const r = await luojun.post(`/api/tasks/${mine.id}/actions/${action}`, body);
      expect(r.status, JSON.stringify(r.body)).toBe(want[0]);
      const after = (await luojun.get(`/api/instances/${instanceId}`)).body;
      if (want[1]) expect(after.currentSteps.sort()).toEqual(want[1]);
      if (r.status !== 200) {
        expect(after.revision).toBe(d.revision); // a refused action writes nothing
        expect(after.events).toHaveLength(d.events.length);
      }
    });
  },
  { processes: KINDS.map(matrixProcess) },
);
