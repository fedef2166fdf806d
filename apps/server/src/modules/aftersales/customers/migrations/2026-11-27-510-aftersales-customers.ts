/**
 * ASV-2/13/15: the after-sales customer base (the documents' "ERP"): customers and their phones,
 * sites, equipment with parts, contracts. Frozen once landed: add a new migration instead.
 */
import { type AnyDb, bigIntType } from '../../../../db/ddl.js';

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('aftersales_customer')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('address_key', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('source', 'text', (c) => c.notNull().defaultTo('manual'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .execute();
  await db.schema.createIndex('aftersales_customer_name_idx').on('aftersales_customer').columns(['name_key', 'address_key']).execute();

  await db.schema
    .createTable('aftersales_customer_phone')
    .addColumn('customer_id', 'text', (c) => c.notNull().references('aftersales_customer.id').onDelete('cascade'))
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('display', 'text', (c) => c.notNull())
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('aftersales_customer_phone_pk', ['customer_id', 'phone'])
    .execute();
  await db.schema.createIndex('aftersales_customer_phone_idx').on('aftersales_customer_phone').column('phone').execute();

  await db.schema
    .createTable('aftersales_site')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('aftersales_customer.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('contact', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('aftersales_site_customer_idx').on('aftersales_site').column('customer_id').execute();

  await db.schema
    .createTable('aftersales_equipment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('aftersales_customer.id').onDelete('cascade'))
    .addColumn('site_id', 'text', (c) => c.references('aftersales_site.id').onDelete('set null'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('model', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('serial', 'text')
    .addColumn('installed_on', 'text')
    .addColumn('warranty_months', 'integer')
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('aftersales_equipment_customer_idx').on('aftersales_equipment').column('customer_id').execute();
  await db.schema.createIndex('aftersales_equipment_serial_idx').on('aftersales_equipment').column('serial').execute();

  await db.schema
    .createTable('aftersales_equipment_part')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('equipment_id', 'text', (c) => c.notNull().references('aftersales_equipment.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('service_life_months', 'integer')
    .addColumn('installed_on', 'text')
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('aftersales_equipment_part_equipment_idx').on('aftersales_equipment_part').column('equipment_id').execute();

  await db.schema
    .createTable('aftersales_contract')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('aftersales_customer.id').onDelete('cascade'))
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('start_on', 'text', (c) => c.notNull())
    .addColumn('end_on', 'text')
    .addColumn('amount_fen', bigIntType(db), (c) => c.notNull().defaultTo(0))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('aftersales_contract_customer_idx').on('aftersales_contract').column('customer_id').execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const t of ['aftersales_contract', 'aftersales_equipment_part', 'aftersales_equipment', 'aftersales_site', 'aftersales_customer_phone', 'aftersales_customer']) {
    await db.schema.dropTable(t).execute();
  }
}
