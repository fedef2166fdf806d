/**
 * Engine hooks of 用印申请 (SEAL-2). The use log line is written only when the keeper confirms the
 * stamping after every approval (`seals.used`); a rejection or withdrawal closes the request with no
 * log line. Hooks run inside the action's transaction: a refusal leaves nothing changed.
 */
import type { EngineHooks, InstanceRef } from '@guanjia/engine';
import type { Services } from '../../app.types.js';
import type { Db } from '../../db/create-db.js';
import { badRequest, conflict } from '../../http/errors.js';
import { newId } from '../../ports/ids.js';
import { orgDirectory } from '../../process/directory.js';
import { USE_KEY } from './seals.process.js';
import { DOC_KINDS, useNeedsGm, useProblem } from './seals.rules.js';
import { sealSettings } from './seals.settings.js';

type Ctx = InstanceRef & { stepId: string };
/** Approvals in the order of the flow (several can share one timestamp). */
const APPROVAL_ORDER = ['head', 'manager', 'gm'];
const str = (d: Record<string, unknown>, k: string): string => (typeof d[k] === 'string' ? (d[k] as string).trim() : '');

async function useOf(db: Db, instanceId: string) {
  return db.selectFrom('seal_use').innerJoin('seal', 'seal.id', 'seal_use.seal_id')
    .select(['seal_use.id', 'seal_use.seal_id', 'seal_use.take_out', 'seal.name', 'seal.status as seal_status'])
    .where('seal_use.instance_id', '=', instanceId).executeTakeFirstOrThrow();
}

async function stepActor(db: Db, instanceId: string, stepId: string): Promise<string | null> {
  const t = await db.selectFrom('process_task').select('completed_by').where('instance_id', '=', instanceId).where('step_id', '=', stepId)
    .where('completed_by', 'is not', null).orderBy('completed_at', 'desc').executeTakeFirst();
  return t?.completed_by ?? null;
}

export function sealsHooks(s: Omit<Services, 'engine'>): EngineHooks {
  const nowIso = () => s.clock.now().toISOString();
  const close = async (db: Db, instanceId: string, status: 'rejected' | 'cancelled') => {
    await db.updateTable('seal_use').set({ status, closed_at: nowIso() }).where('instance_id', '=', instanceId).where('status', 'in', ['open', 'approved']).execute();
  };
  return {
    onEnterStep: async (trx, c) => {
      if (c.processKey === USE_KEY && c.stepId === 'use') {
        await (trx as Db).updateTable('seal_use').set({ status: 'approved' }).where('instance_id', '=', c.instanceId).where('status', '=', 'open').execute();
      }
    },
    onCompleted: async (trx, i) => {
      if (i.processKey === USE_KEY && i.status === 'rejected') await close(trx as Db, i.instanceId, 'rejected');
    },
    onCancelled: async (trx, i) => {
      if (i.processKey === USE_KEY) await close(trx as Db, i.instanceId, 'cancelled');
    },
    onEvent: async (trx, e) => {
      if (e.type !== 'withdraw') return;
      const i = await (trx as Db).selectFrom('process_instance').select('process_key').where('id', '=', e.instanceId).executeTakeFirst();
      if (i?.process_key === USE_KEY) await close(trx as Db, e.instanceId, 'cancelled');
    },
    auto: {
      'seals.useRequested': async (t, c: Ctx) => {
        const db = t as Db;
        const name = str(c.data, 'seal');
        const seal = await db.selectFrom('seal').select(['id', 'name', 'type', 'keeper_id', 'status']).where('name', '=', name).executeTakeFirst();
        if (!seal) throw badRequest('seals.sealUnknown', { name });
        if (seal.status === 'disabled') throw badRequest('seals.sealDisabled', { name });
        const label = str(c.data, 'docKind');
        const docKind = DOC_KINDS[label as keyof typeof DOC_KINDS];
        if (!docKind) throw badRequest('seals.docKindInvalid', { value: label });
        const takeOut = c.data.takeOut === true;
        const returnByText = str(c.data, 'returnBy');
        let returnBy: string | null = null;
        if (takeOut) {
          if (!returnByText) throw badRequest('seals.returnByRequired');
          const ms = Date.parse(returnByText);
          if (!Number.isFinite(ms) || ms <= s.clock.now().getTime()) throw badRequest('seals.returnByInvalid', { value: returnByText });
          returnBy = new Date(ms).toISOString();
        }
        const needsGm = useNeedsGm({ sealType: seal.type, docKind, takeOut }, await sealSettings(db));
        const u = await db.selectFrom('app_user').select('department_id').where('id', '=', c.initiatorId).executeTakeFirst();
        const sup = await orgDirectory.supervisorOf(db, c.initiatorId);
        const managers = await orgDirectory.resolve(db, { type: 'departmentPosition', department: '综合管理部', position: '综合部部长' }, { initiatorId: c.initiatorId, data: c.data, stepActors: {} });
        const headIsManager = sup === null || managers.includes(sup) || managers.includes(c.initiatorId);
        await db.insertInto('seal_use').values({
          id: newId(), instance_id: c.instanceId, seal_id: seal.id, requester_id: c.initiatorId, department_id: u?.department_id ?? null, doc_kind: docKind,
          document: str(c.data, 'document'), purpose: str(c.data, 'purpose'), copies: typeof c.data.copies === 'number' ? c.data.copies : 1, take_out: takeOut ? 1 : 0,
          return_by: returnBy, needs_gm: needsGm ? 1 : 0, approvers: null, used_at: null, used_by: null, returned_at: null, status: 'open', created_at: nowIso(), closed_at: null,
        }).execute();
        return { needsGm, headIsManager, keeperId: seal.keeper_id, sealType: seal.type };
      },
      'seals.used': async (t, c: Ctx) => {
        const db = t as Db;
        const use = await useOf(db, c.instanceId);
        const p = useProblem(use.seal_status);
        if (p === 'out') throw conflict('seals.sealOut', { name: use.name });
        if (p === 'disabled') throw badRequest('seals.sealDisabled', { name: use.name });
        const approvals = await db.selectFrom('process_task').innerJoin('app_user', 'app_user.id', 'process_task.completed_by').select(['app_user.name', 'process_task.step_id'])
          .where('process_task.instance_id', '=', c.instanceId).where('process_task.outcome', '=', 'approve').orderBy('process_task.completed_at').execute();
        const keeper = await stepActor(db, c.instanceId, 'use');
        const takeOut = Number(use.take_out) === 1;
        await db.updateTable('seal_use').set({ status: takeOut ? 'out' : 'used', used_at: nowIso(), used_by: keeper, approvers: approvals.sort((a, b) => APPROVAL_ORDER.indexOf(a.step_id) - APPROVAL_ORDER.indexOf(b.step_id)).map((a) => a.name).join('、'), closed_at: takeOut ? null : nowIso() })
          .where('id', '=', use.id).execute();
        if (takeOut) await db.updateTable('seal').set({ status: 'out', updated_at: nowIso() }).where('id', '=', use.seal_id).execute();
      },
      'seals.returned': async (t, c: Ctx) => {
        const db = t as Db;
        const use = await useOf(db, c.instanceId);
        await db.updateTable('seal_use').set({ status: 'returned', returned_at: nowIso(), closed_at: nowIso() }).where('id', '=', use.id).execute();
        await db.updateTable('seal').set({ status: 'in_office', updated_at: nowIso() }).where('id', '=', use.seal_id).where('status', '=', 'out').execute();
      },
    },
  };
}
