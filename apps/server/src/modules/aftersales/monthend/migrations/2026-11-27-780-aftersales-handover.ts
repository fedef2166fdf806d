/**
 * ASV-14 "交财务": the hand-over of a month's commission tables to finance, finance's receipt (签收)
 * and any reopening (撤回/退回), one row per hand-over so the history is kept. `open_month` holds
 * the month while the hand-over is in force and is cleared when it is reopened: its unique index
 * lets at most one hand-over of a month be in force even under concurrent requests (NULLs do not
 * collide on SQLite or PostgreSQL). Frozen once landed: add a new migration instead.
 */
import { type AnyDb, bigIntType } from '../../../../db/ddl.js';

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('aftersales_monthend_handover')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('open_month', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('handed_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('handed_at', 'text', (c) => c.notNull())
    .addColumn('total_fen', bigIntType(db), (c) => c.notNull())
    .addColumn('unconfirmed_count', 'integer', (c) => c.notNull())
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('received_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('received_at', 'text')
    .addColumn('reopened_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('reopened_at', 'text')
    .addColumn('reopen_reason', 'text')
    .execute();
  await db.schema.createIndex('aftersales_monthend_handover_open').on('aftersales_monthend_handover').column('open_month').unique().execute();
  await db.schema.createIndex('aftersales_monthend_handover_month').on('aftersales_monthend_handover').columns(['month', 'handed_at']).execute();
}
