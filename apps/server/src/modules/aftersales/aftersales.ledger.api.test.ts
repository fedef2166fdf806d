import { expect, it } from 'vitest';
import { describeApi } from '../../test/harness.js';
import { postLedgerEntry } from '../ledger/ledger.service.js';
import { cashLatePenalties, cashLateness } from './aftersales.rules.js';

describeApi('aftersales penalties to the ledger', (env) => {
  it('ASV-7 HR-8 the late-cash penalties computed by the pure rule post to the ledger once per job and person (100% technician, 5% clerk)', async () => {
    const { services: s } = env();
    const users = await s.db.selectFrom('app_user').select(['id', 'username']).where('username', 'in', ['zhangwei', 'lina']).execute();
    const id = (u: string) => users.find((x) => x.username === u)!.id;
    const collected = Date.parse('2026-11-23T10:00:00+08:00');
    const late = cashLateness(collected, 45_000, [], Date.parse('2026-11-27T09:00:00+08:00'));
    const postings = cashLatePenalties({ jobId: 'job-1', jobNo: 'PG-20261123-01', technicianId: id('zhangwei'), clerkId: id('lina'), clerkUrged: false, lateness: late });
    for (let i = 0; i < 2; i++) {
      await s.db.transaction().execute(async (trx) => {
        for (const p of postings) await postLedgerEntry(trx, s.clock, null, p);
      });
    }
    const rows = await s.db.selectFrom('ledger_entry').select(['user_id', 'kind', 'amount_fen', 'source', 'month', 'occurred_on']).where('source_id', '=', 'job-1').orderBy('amount_fen', 'desc').execute();
    expect(rows.map((r) => ({ ...r, amount_fen: Number(r.amount_fen) }))).toEqual([
      { user_id: id('zhangwei'), kind: 'penalty', amount_fen: 45_000, source: 'aftersales.cashLate', month: '2026-11', occurred_on: '2026-11-26' },
      { user_id: id('lina'), kind: 'penalty', amount_fen: 2_250, source: 'aftersales.cashNotUrged', month: '2026-11', occurred_on: '2026-11-26' },
    ]);
  });
});
