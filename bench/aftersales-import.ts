/**
 * `npm run bench` (after-sales, ASV-15): importing 3 000 new historical customers from xlsx into a
 * fresh migrated SQLite database with the demo company (target < 5 s), then re-importing the
 * export of the whole base (every row unchanged). Each is the service the import route calls
 * (mode `all`: a validating dry run, then the write). Exits 1 when the first import takes ≥ 5 s.
 */
import ExcelJS from 'exceljs';
import { systemActor } from '../apps/server/src/platform/auth/actor.js';
import { exportCustomers, importCustomers } from '../apps/server/src/modules/aftersales/customers/customers.xlsx.js';
import { fmt, freshServer } from './support.js';

const N = 3_000;
const TARGET_MS = 5_000;
const EQUIPMENT = ['中央空调', '净水器', '地暖', '新风系统', '热水器'];

async function historicalFile(n: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('客户');
  ws.addRow(['客户名称', '客户类型', '联系电话', '地址', '设备名称', '设备型号', '序列号', '安装日期', '保修期(月)']);
  for (let i = 0; i < n; i++) {
    const phone = `139${String(10_000_000 + i)}`;
    const row = [`历史客户${i}`, i % 10 === 0 ? '单位客户' : '零售客户', i % 4 === 0 ? `${phone}、0571-8${String(6_000_000 + i)}` : phone, `杭州市拱墅区历史路 ${i} 号`];
    // Most customers have one piece of equipment, some none, every 7th a second piece (two rows).
    if (i % 9 === 0) ws.addRow(row);
    else {
      const year = 2012 + (i % 13);
      ws.addRow([...row, EQUIPMENT[i % EQUIPMENT.length], `型号-${i % 50}`, `HS-${String(i).padStart(6, '0')}`, `${year}-0${1 + (i % 9)}-1${i % 10}`, 12 * (1 + (i % 3))]);
      if (i % 7 === 0) ws.addRow([...row, '净水器', 'RO-1', `HS2-${String(i).padStart(6, '0')}`, `${year}-05-01`, 12]);
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const srv = await freshServer('sqlite');
let failed = false;
try {
  const s = srv.services;
  const file = await historicalFile(N);
  let t0 = performance.now();
  const first = await importCustomers(s, systemActor, file, 'all', 'zh-CN');
  const importMs = performance.now() - t0;
  const imported = Number((await s.db.selectFrom('aftersales_customer').select((eb) => eb.fn.countAll().as('n')).where('source', '=', 'import').executeTakeFirstOrThrow()).n);
  if (first.dryRun || imported !== N || first.errors.length) throw new Error(`unexpected import result: ${JSON.stringify({ imported, ...first, errors: first.errors.slice(0, 3) })}`);
  const exported = await exportCustomers(s, {});
  t0 = performance.now();
  const again = await importCustomers(s, systemActor, exported, 'all', 'zh-CN');
  const reimportMs = performance.now() - t0;
  if (again.created !== 0 || again.updated !== 0 || again.errors.length) throw new Error(`re-import changed something: ${JSON.stringify({ ...again, errors: again.errors.slice(0, 3) })}`);
  console.log(`After-sales customer import (ASV-15) on SQLite`);
  console.log(`  import of ${N} new customers       ${fmt(importMs).padStart(8)} ms  (target < ${TARGET_MS} ms; ${imported} customers, ${first.created} rows created)`);
  console.log(`  re-import of the export (${again.skipped} rows) ${fmt(reimportMs).padStart(8)} ms  (unchanged)`);
  if (importMs >= TARGET_MS) {
    console.error(`  FAIL: importing ${N} customers took ${fmt(importMs)} ms (target < ${TARGET_MS} ms)`);
    failed = true;
  }
} finally {
  await srv.cleanup();
}
if (failed) process.exitCode = 1;
