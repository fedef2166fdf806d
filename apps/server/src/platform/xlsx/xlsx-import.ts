/**
 * xlsx import for registers (X-2): reads the first sheet, maps columns by header, converts cells,
 * validates every row with a zod schema and reports every bad row. It never writes anything: the
 * caller decides (all-or-nothing, or only the valid rows when the user chose so).
 *
 * - Headers match a column's `header` or one of its `aliases`, after trimming. The header row is
 *   row 1, or the first of the top 10 rows that matches the most columns (so a title row above
 *   the table is allowed).
 * - Conversions by column type: money yuan → integer fen (at most 2 decimals); date →
 *   'YYYY-MM-DD'; datetime → ISO UTC string (cells are Asia/Shanghai wall-clock time); bool from
 *   是/否/true/false/1/0; number; text (trimmed; the `'` that export put before = + - @ is removed).
 * - Empty cells are left out of the row object (`undefined`), so `.optional()` fields accept them.
 * - Fully empty rows are skipped. Row numbers are the ones Excel shows.
 * - A missing header is reported in `missingHeaders` (and as a row-1 error) when the column is
 *   required: `required: true`, or, when not set, the schema's field rejects `undefined`.
 *   Rows are not read then, since every one of them would fail for the same reason.
 *
 * A file that is not an xlsx workbook, or has more than `maxRows` data rows, is a 400 AppError.
 * Messages for the codes are in `xlsxMessages` (register them with `registerMessages`).
 */
import ExcelJS from 'exceljs';
import { z } from 'zod';
import { badRequest } from '../../http/errors.js';
import type { Lang, MessageTable } from '../../http/messages.js';
import type { XlsxColumnType } from './xlsx-export.js';
import { unneutralizeText } from './xlsx-export.js';
import { BEIJING_OFFSET_MS } from '../calendar/beijing.js';

export interface XlsxImportColumn {
  key: string;
  header: string;
  aliases?: string[];
  type: XlsxColumnType;
  /** Whether the header must be present. Default: whether rowSchema's field rejects undefined. */
  required?: boolean;
}

export interface XlsxImportOptions<T> {
  columns: XlsxImportColumn[];
  rowSchema: z.ZodType<T>;
  /** Language of the `message` texts (default zh-CN). */
  lang?: Lang;
  /** More data rows than this is a 400 `xlsx.tooManyRows` (default 10 000). */
  maxRows?: number;
}

export interface XlsxImportError {
  /** Row number as Excel shows it (the header is usually row 1). */
  rowNumber: number;
  /** The column's header as defined by the caller, when the error belongs to one column. */
  column?: string;
  code: string;
  message: string;
}

export interface XlsxImportResult<T> {
  rows: { rowNumber: number; value: T }[];
  errors: XlsxImportError[];
  /** Headers of required columns the sheet does not have. */
  missingHeaders: string[];
}

export const xlsxMessages: MessageTable = {
  'xlsx.invalidFile': { zh: '文件不是有效的 Excel（.xlsx）文件', en: 'The file is not a valid Excel (.xlsx) workbook' },
  'xlsx.noSheet': { zh: 'Excel 文件中没有工作表', en: 'The workbook has no worksheet' },
  'xlsx.tooManyRows': { zh: '数据行数超过上限（{max} 行），请分批导入', en: 'Too many rows (limit {max}); import in smaller batches' },
  'xlsx.missingHeader': { zh: '缺少必填列“{column}”', en: 'Required column "{column}" is missing' },
  'xlsx.duplicateHeader': { zh: '列“{column}”出现了多次，只读取了第一列', en: 'Column "{column}" appears more than once; only the first was read' },
  'xlsx.required': { zh: '“{column}”不能为空', en: '"{column}" is required' },
  'xlsx.invalidValue': { zh: '“{column}”的值无效：{detail}', en: 'Invalid value for "{column}": {detail}' },
  'xlsx.invalidRow': { zh: '该行数据无效：{detail}', en: 'Invalid row: {detail}' },
  'xlsx.invalidNumber': { zh: '“{column}”应为数字，实际为“{value}”', en: '"{column}" must be a number, got "{value}"' },
  'xlsx.invalidMoney': { zh: '“{column}”应为金额（元），实际为“{value}”', en: '"{column}" must be an amount in yuan, got "{value}"' },
  'xlsx.moneyPrecision': { zh: '“{column}”最多两位小数（精确到分），实际为“{value}”', en: '"{column}" allows at most 2 decimals (fen), got "{value}"' },
  'xlsx.invalidDate': { zh: '“{column}”应为日期（如 2026-10-08），实际为“{value}”', en: '"{column}" must be a date like 2026-10-08, got "{value}"' },
  'xlsx.invalidDateTime': { zh: '“{column}”应为时间（如 2026-10-08 09:30），实际为“{value}”', en: '"{column}" must be a date and time like 2026-10-08 09:30, got "{value}"' },
  'xlsx.invalidBool': { zh: '“{column}”应填“是”或“否”，实际为“{value}”', en: '"{column}" must be 是 (yes) or 否 (no), got "{value}"' },
  'xlsx.cellError': { zh: '“{column}”单元格有错误值 {value}', en: '"{column}" contains the error value {value}' },
};

type Params = Record<string, string | number>;

function message(code: string, lang: Lang, params: Params): string {
  const entry = xlsxMessages[code];
  const text = entry ? (lang === 'en' ? entry.en : entry.zh) : code;
  return text.replace(/\{(\w+)\}/g, (_, k: string) => (k in params ? String(params[k]) : `{${k}}`));
}

const DAY_MS = 86_400_000;
/** Excel's day 0 in the 1900 date system (serial 25569 = 1970-01-01). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DATE1904_SHIFT_DAYS = 1462;

// ---------------------------------------------------------------------------------------------
// Cell values

type Plain = string | number | boolean | Date | { error: string } | null;

/** Reduces exceljs' cell value shapes (rich text, formula, hyperlink…) to a plain value. */
function plain(v: ExcelJS.CellValue): Plain {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if ('error' in v) return { error: String(v.error) };
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('formula' in v || 'sharedFormula' in v) {
    // A formula's cached result; a file saved without results gives nothing.
    const r = v.result;
    return r === undefined ? null : plain(r as ExcelJS.CellValue);
  }
  if ('text' in v) {
    const t: unknown = v.text;
    if (typeof t === 'string') return t;
    return plain(t as ExcelJS.CellValue);
  }
  return null;
}

function isEmpty(v: Plain): boolean {
  return v === null || (typeof v === 'string' && v.trim() === '');
}

function display(v: Plain): string {
  if (v === null) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString();
  if (typeof v === 'object') return v.error;
  return String(v).slice(0, 100);
}

function normalizeHeader(s: string): string {
  return unneutralizeText(s.replace(/[\s\u3000]+/g, ' ').trim());
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/** Formats the UTC fields of ms as 'YYYY-MM-DD'. */
function ymd(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** UTC ms of a wall-clock date/time, or null when the fields are not a real date/time. */
function wallClock(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms;
}

// 2026-10-08, 2026/10/8, 2026.10.8, 2026年10月8日, 20261008 — optionally followed by a time.
const DATE_TEXT_RE =
  /^(\d{4})(?:[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?|(\d{2})(\d{2}))(?:[\sT]+(\d{1,2})[:：](\d{2})(?:[:：](\d{2})(?:\.\d+)?)?)?$/;
const ZONED_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * Wall-clock ms (UTC fields = what the sheet shows) of a date/datetime cell, or null.
 * exceljs gives date cells as Date objects whose UTC fields are the shown wall clock.
 */
function wallClockOf(v: Plain, date1904: boolean): number | null {
  if (v instanceof Date) {
    const ms = v.getTime();
    return Number.isNaN(ms) ? null : Math.round(ms / 1000) * 1000;
  }
  if (typeof v === 'number') {
    // A serial number in a cell without a date format.
    if (!Number.isFinite(v) || v < 1 || v >= 2958466) return null;
    const days = v + (date1904 ? DATE1904_SHIFT_DAYS : 0);
    return Math.round((EXCEL_EPOCH_MS + days * DAY_MS) / 1000) * 1000;
  }
  if (typeof v === 'string') {
    const s = v.trim();
    if (ZONED_RE.test(s)) {
      const ms = Date.parse(s);
      return Number.isFinite(ms) ? ms + BEIJING_OFFSET_MS : null;
    }
    const m = DATE_TEXT_RE.exec(s);
    if (!m) return null;
    return wallClock(
      Number(m[1]),
      Number(m[2] ?? m[4]),
      Number(m[3] ?? m[5]),
      Number(m[6] ?? 0),
      Number(m[7] ?? 0),
      Number(m[8] ?? 0),
    );
  }
  return null;
}

/** Yuan → integer fen, exactly; 'precision' when more than 2 decimals. */
function yuanToFen(v: Plain): number | 'invalid' | 'precision' {
  let s: string;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return 'invalid';
    // The shortest text that reads back as this double: what the user typed (19.99, not 19.989999…).
    s = String(v);
    if (/e/i.test(s)) return Math.abs(v) < 1 ? 'precision' : 'invalid';
  } else if (typeof v === 'string') {
    s = v.replace(/[\s,，¥￥]/g, '').replace(/元$/, '');
  } else {
    return 'invalid';
  }
  const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(s);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return 'invalid';
  const frac = (m[3] ?? '').replace(/0+$/, '');
  if (frac.length > 2) return 'precision';
  const fen = Number(m[2] || '0') * 100 + Number(frac.padEnd(2, '0'));
  if (!Number.isSafeInteger(fen)) return 'invalid';
  return m[1] === '-' && fen !== 0 ? -fen : fen;
}

const TRUE_WORDS = new Set(['是', 'true', '1', 'y', 'yes']);
const FALSE_WORDS = new Set(['否', 'false', '0', 'n', 'no']);

type Converted = { ok: true; value: unknown } | { ok: false; code: string };

function convert(type: XlsxColumnType, v: Plain, date1904: boolean): Converted {
  if (v !== null && typeof v === 'object' && !(v instanceof Date)) return { ok: false, code: 'xlsx.cellError' };
  switch (type) {
    case 'text': {
      let s: string;
      if (v instanceof Date) {
        const ms = Math.round(v.getTime() / 1000) * 1000;
        s = ms % DAY_MS === 0 ? ymd(ms) : new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
      } else {
        s = String(v);
      }
      return { ok: true, value: unneutralizeText(s.trim()) };
    }
    case 'number': {
      if (typeof v === 'number') return Number.isFinite(v) ? { ok: true, value: v } : { ok: false, code: 'xlsx.invalidNumber' };
      if (typeof v === 'string') {
        const s = v.replace(/[\s,，]/g, '');
        const n = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s) ? Number(s) : NaN;
        return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, code: 'xlsx.invalidNumber' };
      }
      return { ok: false, code: 'xlsx.invalidNumber' };
    }
    case 'money': {
      const fen = yuanToFen(v);
      if (fen === 'invalid') return { ok: false, code: 'xlsx.invalidMoney' };
      if (fen === 'precision') return { ok: false, code: 'xlsx.moneyPrecision' };
      return { ok: true, value: fen };
    }
    case 'date': {
      const ms = wallClockOf(v, date1904);
      return ms === null ? { ok: false, code: 'xlsx.invalidDate' } : { ok: true, value: ymd(ms) };
    }
    case 'datetime': {
      const ms = wallClockOf(v, date1904);
      return ms === null
        ? { ok: false, code: 'xlsx.invalidDateTime' }
        : { ok: true, value: new Date(ms - BEIJING_OFFSET_MS).toISOString() };
    }
    case 'bool': {
      if (typeof v === 'boolean') return { ok: true, value: v };
      const s = String(v).trim().toLowerCase();
      if (TRUE_WORDS.has(s)) return { ok: true, value: true };
      if (FALSE_WORDS.has(s)) return { ok: true, value: false };
      return { ok: false, code: 'xlsx.invalidBool' };
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Headers

function isRequired(col: XlsxImportColumn, schema: z.ZodType): boolean {
  if (col.required !== undefined) return col.required;
  if (schema instanceof z.ZodObject) {
    const field = (schema.shape as Record<string, z.ZodType | undefined>)[col.key];
    return field ? !field.safeParse(undefined).success : false;
  }
  // Not an object schema (e.g. a transform): cannot tell, so insist on the header.
  return true;
}

function headerIndex(ws: ExcelJS.Worksheet, rowNumber: number, names: Map<string, number>): Map<number, number[]> {
  // column index → the Excel columns whose header matched it, in sheet order
  const found = new Map<number, number[]>();
  ws.getRow(rowNumber).eachCell({ includeEmpty: false }, (cell, colNumber) => {
    const text = plain(cell.value);
    if (text === null || typeof text === 'object') return;
    const i = names.get(normalizeHeader(String(text)));
    if (i === undefined) return;
    const list = found.get(i) ?? [];
    list.push(colNumber);
    found.set(i, list);
  });
  return found;
}

// ---------------------------------------------------------------------------------------------

export async function importXlsx<T>(buffer: Buffer | Uint8Array, opts: XlsxImportOptions<T>): Promise<XlsxImportResult<T>> {
  const lang = opts.lang ?? 'zh-CN';
  const maxRows = opts.maxRows ?? 10_000;
  const wb = new ExcelJS.Workbook();
  try {
    const bytes = Buffer.isBuffer(buffer) ? buffer : Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  } catch {
    throw badRequest('xlsx.invalidFile');
  }
  const ws = wb.worksheets[0];
  if (!ws) throw badRequest('xlsx.noSheet');
  const date1904 = Boolean(wb.properties?.date1904);

  const names = new Map<string, number>();
  opts.columns.forEach((c, i) => {
    for (const n of [c.header, ...(c.aliases ?? [])]) {
      const key = normalizeHeader(n);
      if (!names.has(key)) names.set(key, i);
    }
  });

  // Header row: the row among the first 10 that matches the most columns (row 1 if none).
  let headerRow = 1;
  let found = headerIndex(ws, 1, names);
  for (let r = 2; r <= Math.min(10, ws.rowCount); r++) {
    const f = headerIndex(ws, r, names);
    if (f.size > found.size) {
      headerRow = r;
      found = f;
    }
  }

  const errors: XlsxImportError[] = [];
  const columnOf = new Map<number, number>(); // column index → Excel column number
  for (const [i, cols] of found) {
    columnOf.set(i, cols[0]!);
    if (cols.length > 1) {
      const column = opts.columns[i]!.header;
      errors.push({ rowNumber: headerRow, column, code: 'xlsx.duplicateHeader', message: message('xlsx.duplicateHeader', lang, { column }) });
    }
  }
  const missingHeaders = opts.columns
    .filter((c, i) => !columnOf.has(i) && isRequired(c, opts.rowSchema))
    .map((c) => c.header);
  for (const column of missingHeaders) {
    errors.push({ rowNumber: headerRow, column, code: 'xlsx.missingHeader', message: message('xlsx.missingHeader', lang, { column }) });
  }
  if (missingHeaders.length > 0) return { rows: [], errors, missingHeaders };

  const headerOfKey = new Map(opts.columns.map((c) => [c.key, c.header]));
  const rows: { rowNumber: number; value: T }[] = [];
  let dataRows = 0;

  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    let empty = true;
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (empty && !isEmpty(plain(cell.value))) empty = false;
    });
    if (empty) continue;
    if (++dataRows > maxRows) throw badRequest('xlsx.tooManyRows', { max: maxRows });

    const obj: Record<string, unknown> = {};
    const rowErrors: XlsxImportError[] = [];
    const badKeys = new Set<string>();
    opts.columns.forEach((c, i) => {
      const colNumber = columnOf.get(i);
      if (colNumber === undefined) return;
      const v = plain(row.getCell(colNumber).value);
      if (isEmpty(v)) return;
      const res = convert(c.type, v, date1904);
      if (res.ok) {
        obj[c.key] = res.value;
      } else {
        badKeys.add(c.key);
        rowErrors.push({
          rowNumber: r,
          column: c.header,
          code: res.code,
          message: message(res.code, lang, { column: c.header, value: display(v) }),
        });
      }
    });

    const parsed = opts.rowSchema.safeParse(obj);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = issue.path.length > 0 ? String(issue.path[0]) : undefined;
        if (key !== undefined && badKeys.has(key)) continue; // already reported by the conversion
        const column = key !== undefined ? headerOfKey.get(key) : undefined;
        if (column === undefined) {
          rowErrors.push({ rowNumber: r, code: 'xlsx.invalidRow', message: message('xlsx.invalidRow', lang, { detail: issue.message }) });
        } else if (obj[key!] === undefined) {
          rowErrors.push({ rowNumber: r, column, code: 'xlsx.required', message: message('xlsx.required', lang, { column }) });
        } else {
          rowErrors.push({
            rowNumber: r,
            column,
            code: 'xlsx.invalidValue',
            message: message('xlsx.invalidValue', lang, { column, detail: issue.message }),
          });
        }
      }
    }
    if (rowErrors.length > 0) errors.push(...rowErrors);
    else if (parsed.success) rows.push({ rowNumber: r, value: parsed.data });
  }

  return { rows, errors, missingHeaders };
}
