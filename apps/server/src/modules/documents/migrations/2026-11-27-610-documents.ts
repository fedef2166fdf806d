/**
 * DOC-1/2/3: incoming and outgoing documents, the gapless number counters and their log,
 * circulation receipts, urges and the letters log. Frozen once landed: add a new migration instead.
 */
import type { AnyDb } from '../../../db/ddl.js';

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('doc_incoming')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('reg_no', 'text', (c) => c.notNull().unique())
    .addColumn('reg_year', 'integer', (c) => c.notNull())
    .addColumn('reg_seq', 'integer', (c) => c.notNull())
    .addColumn('source_no', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('urgency', 'text', (c) => c.notNull())
    .addColumn('secrecy', 'text', (c) => c.notNull())
    .addColumn('copies', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('attachment_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('routine', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('instance_id', 'text', (c) => c.unique())
    .addColumn('leader_id', 'text')
    .addColumn('distribution', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('registered_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .execute();
  await db.schema.createIndex('doc_incoming_received_idx').on('doc_incoming').columns(['received_on', 'status']).execute();

  await db.schema
    .createTable('doc_outgoing')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('attachment_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('main_to', 'text', (c) => c.notNull())
    .addColumn('cc_to', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('secrecy', 'text', (c) => c.notNull())
    .addColumn('urgency', 'text', (c) => c.notNull())
    .addColumn('legal_review', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('department_id', 'text')
    .addColumn('drafter_id', 'text', (c) => c.notNull())
    .addColumn('signer_id', 'text')
    .addColumn('instance_id', 'text', (c) => c.unique())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('prefix', 'text')
    .addColumn('num_year', 'integer')
    .addColumn('num_seq', 'integer')
    .addColumn('number_text', 'text', (c) => c.unique())
    .addColumn('numbered_at', 'text')
    .addColumn('numbered_by', 'text')
    .addColumn('number_void', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('signed_at', 'text')
    .addColumn('dispatched_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // The database itself refuses a duplicate sequence, whatever the code does.
  await db.schema.createIndex('doc_outgoing_number_uq').on('doc_outgoing').columns(['prefix', 'num_year', 'num_seq']).unique().execute();

  await db.schema
    .createTable('doc_number_counter')
    .addColumn('prefix', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('next_seq', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('doc_number_counter_pk', ['prefix', 'year'])
    .execute();

  await db.schema
    .createTable('doc_number_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('prefix', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('number_text', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('actor_id', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('doc_number_log_num_idx').on('doc_number_log').columns(['prefix', 'year', 'seq']).execute();

  await db.schema
    .createTable('doc_circulation')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('doc_kind', 'text', (c) => c.notNull())
    .addColumn('doc_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('sent_by', 'text')
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .addUniqueConstraint('doc_circulation_uq', ['doc_kind', 'doc_id', 'user_id'])
    .execute();
  await db.schema.createIndex('doc_circulation_user_idx').on('doc_circulation').columns(['user_id', 'read_at']).execute();

  await db.schema
    .createTable('doc_urge')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('doc_kind', 'text', (c) => c.notNull())
    .addColumn('doc_id', 'text', (c) => c.notNull())
    .addColumn('step_name', 'text', (c) => c.notNull())
    .addColumn('user_ids', 'text', (c) => c.notNull())
    .addColumn('auto', 'integer', (c) => c.notNull())
    .addColumn('by_user_id', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('doc_urge_doc_idx').on('doc_urge').columns(['doc_kind', 'doc_id']).execute();

  await db.schema
    .createTable('doc_letter')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('counterpart', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('handler_id', 'text')
    .addColumn('attachment_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('doc_letter_date_idx').on('doc_letter').columns(['date']).execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const t of ['doc_letter', 'doc_urge', 'doc_circulation', 'doc_number_log', 'doc_number_counter', 'doc_outgoing', 'doc_incoming']) await db.schema.dropTable(t).ifExists().execute();
}
