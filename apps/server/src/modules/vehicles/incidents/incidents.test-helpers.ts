/** Helpers of the incidents API tests: act on the caller's open task, read ledger postings. */
import type { TestClient, TestEnv } from '../../../test/harness.js';

export const act = (c: TestClient, taskId: string, action: string, body: Record<string, unknown> = {}) => c.post(`/api/tasks/${taskId}/actions/${action}`, body);

export async function todo(c: TestClient, instanceId: string) {
  const d = (await c.get(`/api/instances/${instanceId}`)).body;
  const t = d.myActions?.tasks?.[0];
  if (!t) throw new Error(`no task for this user; current steps ${JSON.stringify(d.currentSteps)}`);
  return t as { taskId: string; stepId: string; actions: string[] };
}

/** Does the caller's open task at `stepId` with `action`; fails the test on a non-200. */
export async function step(c: TestClient, instanceId: string, stepId: string, action: 'complete' | 'approve' | 'reject', body: Record<string, unknown> = {}) {
  const t = await todo(c, instanceId);
  if (t.stepId !== stepId) throw new Error(`expected step ${stepId}, at ${t.stepId}`);
  const r = await act(c, t.taskId, action, body);
  if (r.status !== 200) throw new Error(`${stepId} ${action}: ${r.status} ${JSON.stringify(r.body)}`);
  return r;
}

export async function userId(env: TestEnv, username: string): Promise<string> {
  return (await env.services.db.selectFrom('app_user').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
}

export async function ledgerOf(env: TestEnv, source: string, sourceId: string) {
  const rows = await env.services.db.selectFrom('ledger_entry').select(['user_id', 'kind', 'amount_fen', 'reason', 'occurred_on']).where('source', '=', source).where('source_id', '=', sourceId).execute();
  // PostgreSQL returns bigint as a string.
  return rows.map((r) => ({ ...r, amount_fen: Number(r.amount_fen) }));
}

export async function instanceStatus(env: TestEnv, instanceId: string) {
  return (await env.services.db.selectFrom('process_instance').select(['status', 'current_steps']).where('id', '=', instanceId).executeTakeFirstOrThrow());
}

export const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
