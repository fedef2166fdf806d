/**
 * xlsx export for every register and report.
 *
 * - Header row: the Chinese column headers, bold, frozen.
 * - `date` cells are real Excel dates shown as yyyy-mm-dd; `datetime` cells are real Excel dates
 *   shown as yyyy-mm-dd hh:mm in Asia/Shanghai (UTC+8, no DST).
 * - `money` values are integer fen and are written as yuan numbers (fen / 100) formatted 0.00.
 * - `bool` values are written as 是 / 否.
 * - A text cell starting with = + - @ (or tab / CR) gets a leading `'` so no spreadsheet program
 *   ever runs it as a formula (CSV/formula injection). importXlsx strips that `'` again.
 */
import ExcelJS from 'exceljs';
import { BEIJING_OFFSET_MS } from '../calendar/beijing.js';

export type XlsxColumnType = 'text' | 'date' | 'datetime' | 'money' | 'number' | 'bool';

export interface XlsxExportColumn {
  key: string;
  /** Header shown in row 1 (Chinese). */
  header: string;
  /** Column width in Excel character units; default fits the header. */
  width?: number;
  type?: XlsxColumnType;
}

export interface XlsxExportOptions {
  sheetName: string;
  columns: XlsxExportColumn[];
  rows: Record<string, unknown>[];
}

export const DATE_FORMAT = 'yyyy-mm-dd';
export const DATETIME_FORMAT = 'yyyy-mm-dd hh:mm';
export const MONEY_FORMAT = '0.00';
/** Characters that make a spreadsheet treat a cell as a formula (or a DDE payload). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes `'` to text a spreadsheet could read as a formula. */
export function neutralizeText(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s;
}

/** Undoes `neutralizeText`: strips one `'` only when it guards a formula character. */
export function unneutralizeText(s: string): string {
  return s.startsWith("'") && FORMULA_START.test(s.slice(1)) ? s.slice(1) : s;
}

/** Excel's sheet-name rules: ≤ 31 characters, none of []:*?/\ and not empty. */
function safeSheetName(name: string): string {
  const cleaned = name.replace(/[[\]:*?/\\]/g, '_').replace(/^'+|'+$/g, '').trim().slice(0, 31);
  return cleaned || 'Sheet1';
}

/** Display width of a header: CJK and full-width characters count as two. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function defaultWidth(col: XlsxExportColumn): number {
  const min = col.type === 'datetime' ? 18 : col.type === 'date' ? 12 : 10;
  return Math.max(min, displayWidth(col.header) + 2);
}

const DATE_ONLY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_TIME_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;
const ZONED_TIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

function isValidDate(d: Date): boolean {
  return !Number.isNaN(d.getTime());
}

/** Instant → Date whose UTC fields are the Shanghai wall clock (what exceljs writes to Excel). */
function shanghaiWallClock(ms: number): Date {
  return new Date(ms + BEIJING_OFFSET_MS);
}

function toInstant(v: unknown): number | null {
  if (v instanceof Date) return isValidDate(v) ? v.getTime() : null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string') {
    const s = v.trim();
    // Without a zone ('2026-10-08', '2026-10-08 09:30') the text is Shanghai wall-clock time;
    // Date.parse would read it in the server's zone.
    const m = LOCAL_TIME_RE.exec(s);
    const ms = m
      ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)) -
        BEIJING_OFFSET_MS
      : ZONED_TIME_RE.test(s)
        ? Date.parse(s)
        : NaN;
    return Number.isFinite(ms) ? ms : null;
  }
  return null;
}

function dateCell(v: unknown): Date | null {
  if (typeof v === 'string') {
    const m = DATE_ONLY_RE.exec(v.trim());
    if (m) {
      const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
      return isValidDate(d) && d.toISOString().slice(0, 10) === v.trim() ? d : null;
    }
  }
  // An instant (Date, epoch ms, ISO time): its calendar day in Shanghai.
  const ms = toInstant(v);
  if (ms === null) return null;
  const wall = shanghaiWallClock(ms);
  return new Date(Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate()));
}

function moneyCell(key: string, v: unknown): number {
  // Kysely on PostgreSQL returns bigint columns as strings.
  const fen = typeof v === 'string' && /^-?\d+$/.test(v.trim()) ? Number(v.trim()) : typeof v === 'bigint' ? Number(v) : v;
  if (typeof fen !== 'number' || !Number.isSafeInteger(fen)) {
    throw new Error(`exportXlsx: column "${key}" is money and needs integer fen, got ${String(v)}`);
  }
  return fen / 100;
}

type CellValue = string | number | Date | null;

function cellValue(col: XlsxExportColumn, v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  switch (col.type ?? 'text') {
    case 'money':
      return moneyCell(col.key, v);
    case 'date': {
      const d = dateCell(v);
      if (d) return d;
      break;
    }
    case 'datetime': {
      const ms = toInstant(v);
      if (ms !== null) return shanghaiWallClock(ms);
      break;
    }
    case 'number': {
      if (typeof v === 'number' && Number.isFinite(v)) return v;
      if (typeof v === 'bigint') return Number(v);
      if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
      break;
    }
    case 'bool':
      if (typeof v === 'boolean') return v ? '是' : '否';
      if (v === 1 || v === 0) return v === 1 ? '是' : '否';
      break;
    case 'text':
      break;
  }
  // Text, or a value that does not fit its column type: written as neutralized text.
  if (v instanceof Date) return isValidDate(v) ? v.toISOString() : null;
  if (typeof v === 'boolean') return v ? '是' : '否';
  const s = typeof v === 'object' ? JSON.stringify(v) : String(v);
  return neutralizeText(s);
}

/** Builds an xlsx workbook with one sheet. */
export async function exportXlsx(opts: XlsxExportOptions): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Guanjia';
  wb.created = new Date();
  const ws = wb.addWorksheet(safeSheetName(opts.sheetName), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
  });
  ws.columns = opts.columns.map((c) => ({ key: c.key, width: c.width ?? defaultWidth(c) }));

  const header = ws.getRow(1);
  opts.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    // Headers come from code, but neutralize anyway: they are text like any other.
    cell.value = neutralizeText(c.header);
    cell.font = { bold: true };
    cell.alignment = { vertical: 'middle' };
  });
  header.commit();

  opts.rows.forEach((row, r) => {
    const xrow = ws.getRow(r + 2);
    opts.columns.forEach((c, i) => {
      const v = cellValue(c, row[c.key]);
      if (v === null) return;
      const cell = xrow.getCell(i + 1);
      cell.value = v;
      const type = c.type ?? 'text';
      if (v instanceof Date) cell.numFmt = type === 'datetime' ? DATETIME_FORMAT : DATE_FORMAT;
      else if (type === 'money') cell.numFmt = MONEY_FORMAT;
    });
  });

  if (opts.columns.length > 0) {
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: opts.columns.length } };
  }
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}

/**
 * Content-Disposition value for a download, e.g. xlsxFilename('请假记录') →
 * `attachment; filename="export.xlsx"; filename*=UTF-8''%E8%AF%B7%E5%81%87%E8%AE%B0%E5%BD%95.xlsx`.
 * The plain `filename` is an ASCII fallback for old clients; browsers use `filename*` (RFC 6266).
 */
export function xlsxFilename(name: string): string {
  // No path separators, quotes or control characters in a file name.
  let base = name.replace(/[\u0000-\u001f\u007f/\\"]/g, '_').trim();
  if (!/\.xlsx$/i.test(base)) base = `${base || 'export'}.xlsx`;
  const ascii = base.replace(/[^\x20-\x7e]/g, '_').replace(/[;%]/g, '_');
  const fallback = /[A-Za-z0-9]/.test(ascii.replace(/\.xlsx$/i, '')) ? ascii : 'export.xlsx';
  const encoded = encodeURIComponent(base).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
