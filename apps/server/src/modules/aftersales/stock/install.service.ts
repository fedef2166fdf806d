/** 安装出库 (ASV-11): start the process from the module's page and list its instances. */
import type { Services } from '../../../app.types.js';
import type { Actor } from '../../../platform/auth/actor.js';
import { INSTALL_OUT_KEY } from './install.process.js';
import type { InstallOutStatus } from './stock.table.js';

export const INSTALL_STATUS_LABELS: Record<InstallOutStatus, string> = { check: '核对货品', receipt: '上传收据', ship: '发货', confirm: '确认出库', done: '已出库', cancelled: '已取消' };

export interface InstallOutInput {
  customerId?: string;
  newCustomerName?: string;
  newCustomerPhone?: string;
  newCustomerAddress?: string;
  contractNo: string;
  contractAmountFen?: number;
  source: string;
  lines: { itemId: string; qty: number }[];
  note?: string;
}

export async function startInstallOut(s: Services, actor: Actor, input: InstallOutInput) {
  const data: Record<string, unknown> = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== ''));
  const { instanceId } = await s.engine.start({ id: actor.id }, { processKey: INSTALL_OUT_KEY, data, title: `安装出库：${input.contractNo}`.slice(0, 200) });
  const out = await s.db.selectFrom('aftersales_install_out').select(['id', 'out_no']).where('instance_id', '=', instanceId).executeTakeFirstOrThrow();
  return { instanceId, id: out.id, outNo: out.out_no };
}

export async function listInstallOuts(s: Services, f: { status?: InstallOutStatus }) {
  let q = s.db.selectFrom('aftersales_install_out as o').innerJoin('aftersales_customer as c', 'c.id', 'o.customer_id').innerJoin('aftersales_contract as k', 'k.id', 'o.contract_id')
    .innerJoin('app_user as u', 'u.id', 'o.requested_by').leftJoin('app_user as cb', 'cb.id', 'o.confirmed_by')
    .selectAll('o').select(['c.name as customer_name', 'k.number as contract_no', 'k.amount_fen', 'u.name as requested_by_name', 'cb.name as confirmed_by_name']);
  if (f.status) q = q.where('o.status', '=', f.status);
  const rows = await q.orderBy('o.created_at', 'desc').limit(500).execute();
  return {
    items: rows.map((r) => ({
      id: r.id, instanceId: r.instance_id, outNo: r.out_no, customerId: r.customer_id, customerName: r.customer_name, contractId: r.contract_id, contractNo: r.contract_no,
      contractAmountFen: Number(r.amount_fen), source: r.source, status: r.status, statusLabel: INSTALL_STATUS_LABELS[r.status], linesText: r.lines_text,
      requestedByName: r.requested_by_name, confirmedByName: r.confirmed_by_name ?? '', confirmedAt: r.confirmed_at, createdAt: r.created_at,
    })),
  };
}
