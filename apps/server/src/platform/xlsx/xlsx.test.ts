import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '../../http/errors.js';
import { exportXlsx, neutralizeText, unneutralizeText, xlsxFilename, type XlsxExportColumn } from './xlsx-export.js';
import { importXlsx, xlsxMessages, type XlsxImportColumn } from './xlsx-import.js';

const columns = [
  { key: 'empNo', header: '工号', type: 'text' },
  { key: 'name', header: '姓名', type: 'text', width: 12 },
  { key: 'startDate', header: '开始日期', type: 'date' },
  { key: 'submittedAt', header: '提交时间', type: 'datetime' },
  { key: 'days', header: '天数', type: 'number' },
  { key: 'amount', header: '金额（元）', type: 'money' },
  { key: 'paid', header: '已报销', type: 'bool' },
  { key: 'note', header: '备注', type: 'text' },
] satisfies (XlsxExportColumn & XlsxImportColumn)[];

const schema = z.object({
  empNo: z.string().min(1),
  name: z.string().min(1).max(20),
  startDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  submittedAt: z.string().optional(),
  days: z.number().positive(),
  amount: z.number().int(),
  paid: z.boolean(),
  note: z.string().optional(),
});

const input = [
  {
    empNo: '0001',
    name: '张三',
    startDate: '2026-10-08',
    submittedAt: '2026-09-30T01:30:00.000Z', // 09:30 in Shanghai
    days: 0.5,
    amount: 123450, // 1234.50 yuan
    paid: true,
    note: '=1+1',
  },
  {
    empNo: '0002',
    name: '李四',
    startDate: '2026-02-28',
    submittedAt: '2026-02-27T15:59:00.000Z', // 23:59 in Shanghai
    days: 3,
    amount: 1, // 0.01 yuan
    paid: false,
    note: '@SUM(A1)',
  },
  {
    empNo: '0003',
    name: '王五',
    startDate: '2026-01-04',
    days: 1,
    amount: -2099, // a refund
    paid: false,
    note: '-5 天, +1 天 and normal text',
  },
];

async function sheetOf(buf: Buffer): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb.worksheets[0]!;
}

/** Builds an xlsx by hand (as a user would type it) from a header and rows of raw cell values. */
async function handMade(header: string[], rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('导入');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('X-2 xlsx export and import', () => {
  it('X-2 export → import round trip gives back the input (Chinese headers, fen, dates, 是/否, formulas as text)', async () => {
    const buf = await exportXlsx({ sheetName: '请假记录', columns, rows: input });
    const res = await importXlsx(buf, { columns, rowSchema: schema });
    expect(res.errors).toEqual([]);
    expect(res.missingHeaders).toEqual([]);
    expect(res.rows.map((r) => r.rowNumber)).toEqual([2, 3, 4]);
    expect(res.rows.map((r) => r.value)).toEqual(input);
  });

  it('X-2 exported cells: bold frozen header, real dates, yuan 0.00, 是/否, neutralized formulas', async () => {
    const ws = await sheetOf(await exportXlsx({ sheetName: '请假记录', columns, rows: input }));
    expect(ws.name).toBe('请假记录');
    expect(ws.getRow(1).values).toEqual([undefined, ...columns.map((c) => c.header)]);
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getColumn(2).width).toBe(12);

    // 开始日期: a real date, shown yyyy-mm-dd.
    const date = ws.getCell('C2');
    expect(date.type).toBe(ExcelJS.ValueType.Date);
    expect(date.value).toEqual(new Date(Date.UTC(2026, 9, 8)));
    expect(date.numFmt).toBe('yyyy-mm-dd');
    // 提交时间: Shanghai wall clock 2026-09-30 09:30.
    expect(ws.getCell('D2').value).toEqual(new Date(Date.UTC(2026, 8, 30, 9, 30)));
    expect(ws.getCell('D2').numFmt).toBe('yyyy-mm-dd hh:mm');
    // 金额: 123450 fen → 1234.5 yuan as a number, format 0.00.
    expect(ws.getCell('F2').value).toBe(1234.5);
    expect(ws.getCell('F2').numFmt).toBe('0.00');
    expect(ws.getCell('F3').value).toBe(0.01);
    expect(ws.getCell('G2').value).toBe('是');
    expect(ws.getCell('G3').value).toBe('否');

    for (const [addr, text] of [
      ['H2', '=1+1'],
      ['H3', '@SUM(A1)'],
      ['H4', '-5 天, +1 天 and normal text'],
    ] as const) {
      const cell = ws.getCell(addr);
      expect(cell.type, addr).not.toBe(ExcelJS.ValueType.Formula);
      expect(cell.type, addr).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(`'${text}`);
    }
    // Plain text is left alone.
    expect(ws.getCell('A2').value).toBe('0001');
  });

  it('X-2 every string starting with = + - @ tab or CR is neutralized', async () => {
    for (const t of ['=1', '+1', '-1', '@A1', '\tx', '\rx']) expect(neutralizeText(t)).toBe(`'${t}`);
    for (const t of ['a=b', "'quoted", '1-2', '']) expect(neutralizeText(t)).toBe(t);
    for (const t of ['=1', '\rx', 'a=b', "'quoted"]) expect(unneutralizeText(neutralizeText(t))).toBe(t);

    // Through a real file. (A CR inside an xlsx string comes back as LF, so it is left out here.)
    const texts = ['=HYPERLINK("http://x")', '+1', '-1', '@A1', '\tx', 'a=b', "'quoted"];
    const cols = [{ key: 't', header: '内容', type: 'text' as const }];
    const buf = await exportXlsx({ sheetName: 'x', columns: cols, rows: texts.map((t) => ({ t })) });
    const ws = await sheetOf(buf);
    const written = texts.map((_, i) => ws.getCell(i + 2, 1));
    expect(written.map((c) => c.value)).toEqual(["'=HYPERLINK(\"http://x\")", "'+1", "'-1", "'@A1", "'\tx", 'a=b', "'quoted"]);
    for (const c of written) expect(c.type).toBe(ExcelJS.ValueType.String);
    const back = await importXlsx(buf, { columns: cols, rowSchema: z.object({ t: z.string() }) });
    expect(back.rows.map((r) => r.value.t)).toEqual(texts);
  });

  it('X-2 import reports every bad row (rows 3 and 5) and returns the good ones', async () => {
    const header = ['工号', '姓名', '开始日期', '天数', '金额（元）', '已报销'];
    const buf = await handMade(header, [
      ['0001', '张三', new Date(Date.UTC(2026, 9, 8)), 1, 1234.5, '是'], // row 2 ok
      ['0002', '', '2026-13-01', 'abc', 12.345, '也许'], // row 3: five problems
      ['0003', '王五', '2026/2/28', 2, '1,000.10', 'FALSE'], // row 4 ok (typed text forms)
      [null, '赵六', '2026年1月4日', 1, '¥5', 'true'], // row 5: no 工号
      [], // empty row: skipped
      ['0006', '孙七', 46000, 0.5, 0, '否'], // row 7 ok: serial date number
    ]);
    const res = await importXlsx(buf, { columns, rowSchema: schema });
    expect(res.missingHeaders).toEqual([]);
    expect(res.rows.map((r) => r.rowNumber)).toEqual([2, 4, 7]);
    expect(res.rows[0]!.value).toEqual({ empNo: '0001', name: '张三', startDate: '2026-10-08', days: 1, amount: 123450, paid: true });
    expect(res.rows[1]!.value).toEqual({ empNo: '0003', name: '王五', startDate: '2026-02-28', days: 2, amount: 100010, paid: false });
    expect(res.rows[2]!.value).toMatchObject({ startDate: '2025-12-09', amount: 0, paid: false });

    expect(new Set(res.errors.map((e) => e.rowNumber))).toEqual(new Set([3, 5]));
    const row3 = res.errors.filter((e) => e.rowNumber === 3);
    expect(row3.map((e) => [e.column, e.code])).toEqual(
      expect.arrayContaining([
        ['姓名', 'xlsx.required'],
        ['开始日期', 'xlsx.invalidDate'],
        ['天数', 'xlsx.invalidNumber'],
        ['金额（元）', 'xlsx.moneyPrecision'],
        ['已报销', 'xlsx.invalidBool'],
      ]),
    );
    expect(row3).toHaveLength(5);
    expect(row3.find((e) => e.code === 'xlsx.moneyPrecision')!.message).toBe('“金额（元）”最多两位小数（精确到分），实际为“12.345”');
    expect(res.errors.filter((e) => e.rowNumber === 5)).toEqual([
      { rowNumber: 5, column: '工号', code: 'xlsx.required', message: '“工号”不能为空' },
    ]);
    for (const e of res.errors) expect(xlsxMessages[e.code], e.code).toBeDefined();
  });

  it('X-2 schema rules are reported per cell with the column header', async () => {
    const buf = await handMade(['工号', '姓名', '开始日期', '天数', '金额（元）', '已报销'], [
      ['0001', '名字'.repeat(11), '2026-10-08', -1, 1, '是'],
    ]);
    const res = await importXlsx(buf, { columns, rowSchema: schema, lang: 'en' });
    expect(res.rows).toEqual([]);
    expect(res.errors.map((e) => [e.rowNumber, e.column, e.code])).toEqual([
      [2, '姓名', 'xlsx.invalidValue'],
      [2, '天数', 'xlsx.invalidValue'],
    ]);
    expect(res.errors[0]!.message).toMatch(/^Invalid value for "姓名": /);
  });

  it('X-2 missing required header is reported; optional ones and aliases are fine', async () => {
    // No 金额 column (required) and no 提交时间/备注 (optional); 员工编号 is an alias of 工号.
    const withAlias = columns.map((c) => (c.key === 'empNo' ? { ...c, aliases: ['员工编号'] } : c));
    const buf = await handMade(['员工编号', ' 姓名 ', '开始日期', '天数', '已报销'], [['0001', '张三', '2026-10-08', 1, '是']]);
    const res = await importXlsx(buf, { columns: withAlias, rowSchema: schema });
    expect(res.missingHeaders).toEqual(['金额（元）']);
    expect(res.rows).toEqual([]);
    expect(res.errors).toEqual([{ rowNumber: 1, column: '金额（元）', code: 'xlsx.missingHeader', message: '缺少必填列“金额（元）”' }]);

    const ok = await importXlsx(buf, { columns: withAlias, rowSchema: schema.extend({ amount: z.number().int().optional() }) });
    expect(ok.missingHeaders).toEqual([]);
    expect(ok.rows).toEqual([{ rowNumber: 2, value: { empNo: '0001', name: '张三', startDate: '2026-10-08', days: 1, paid: true } }]);
  });

  it('X-2 a title row above the header is allowed and row numbers stay as Excel shows them', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('导入');
    ws.addRow(['2026 年请假记录']);
    ws.addRow(['工号', '姓名', '开始日期', '天数', '金额（元）', '已报销']);
    ws.addRow(['0001', '张三', '2026-10-08', 1, 10, '否']);
    ws.addRow(['0002', '李四', 'bad', 1, 10, '否']);
    const buf = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const res = await importXlsx(buf, { columns, rowSchema: schema });
    expect(res.rows.map((r) => r.rowNumber)).toEqual([3]);
    expect(res.errors.map((e) => [e.rowNumber, e.code])).toEqual([[4, 'xlsx.invalidDate']]);
  });

  it('X-2 a file that is not xlsx is a 400, not a crash', async () => {
    await expect(importXlsx(Buffer.from('not a workbook'), { columns, rowSchema: schema })).rejects.toMatchObject({
      status: 400,
      code: 'xlsx.invalidFile',
    });
    const err = await importXlsx(Buffer.from('x'), { columns, rowSchema: schema }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
  });

  it('X-2 too many rows is a 400', async () => {
    const buf = await handMade(['工号'], [['1'], ['2'], ['3']]);
    await expect(
      importXlsx(buf, { columns: [columns[0]!], rowSchema: z.object({ empNo: z.string() }), maxRows: 2 }),
    ).rejects.toMatchObject({ status: 400, code: 'xlsx.tooManyRows', params: { max: 2 } });
  });

  it('X-2 xlsxFilename gives a UTF-8 Content-Disposition for Chinese names', () => {
    expect(xlsxFilename('请假记录')).toBe(
      `attachment; filename="export.xlsx"; filename*=UTF-8''%E8%AF%B7%E5%81%87%E8%AE%B0%E5%BD%95.xlsx`,
    );
    expect(xlsxFilename('leave 2026.xlsx')).toBe(`attachment; filename="leave 2026.xlsx"; filename*=UTF-8''leave%202026.xlsx`);
    expect(xlsxFilename('a"b/c')).toBe(`attachment; filename="a_b_c.xlsx"; filename*=UTF-8''a_b_c.xlsx`);
    expect(decodeURIComponent(xlsxFilename("车辆(2026)'s").split("UTF-8''")[1]!)).toBe("车辆(2026)'s.xlsx");
  });
});
