/** 收文登记簿, 发文登记簿, 函件登记: the registers' columns (Chinese, as the office keeps them) and xlsx. */
import type { Services } from '../../app.types.js';
import type { Actor } from '../../platform/auth/actor.js';
import { exportXlsx, type XlsxExportColumn } from '../../platform/xlsx/xlsx-export.js';
import { type IncomingFilter, listIncoming } from './incoming.service.js';
import { type LetterFilter, listLetters } from './letters.service.js';
import { type OutgoingFilter, listOutgoing } from './outgoing.service.js';

export const INCOMING_REGISTER = '收文登记簿';
export const OUTGOING_REGISTER = '发文登记簿';
export const LETTER_REGISTER = '函件通知登记簿';

const INCOMING_COLUMNS: XlsxExportColumn[] = [
  { key: 'regNo', header: '收文编号', width: 16 },
  { key: 'receivedOn', header: '收文日期', width: 12 },
  { key: 'sourceNo', header: '来文字号', width: 18 },
  { key: 'issuer', header: '来文单位', width: 20 },
  { key: 'title', header: '标题', width: 40 },
  { key: 'urgency', header: '紧急程度', width: 10 },
  { key: 'secrecy', header: '密级', width: 8 },
  { key: 'copies', header: '份数', width: 6, type: 'number' },
  { key: 'leaderName', header: '批示领导', width: 10 },
  { key: 'departments', header: '承办部门', width: 24 },
  { key: 'statusLabel', header: '办理状态', width: 12 },
  { key: 'closedAt', header: '办结时间', width: 18, type: 'datetime' },
];

const OUTGOING_COLUMNS: XlsxExportColumn[] = [
  { key: 'number', header: '文号', width: 20 },
  { key: 'title', header: '标题', width: 40 },
  { key: 'department', header: '拟稿部门', width: 14 },
  { key: 'drafter', header: '拟稿人', width: 10 },
  { key: 'mainTo', header: '主送', width: 20 },
  { key: 'ccTo', header: '抄送', width: 20 },
  { key: 'secrecy', header: '密级', width: 8 },
  { key: 'urgency', header: '紧急程度', width: 10 },
  { key: 'signer', header: '签发人', width: 10 },
  { key: 'signedAt', header: '签发时间', width: 18, type: 'datetime' },
  { key: 'statusLabel', header: '状态', width: 10 },
];

const LETTER_COLUMNS: XlsxExportColumn[] = [
  { key: 'date', header: '日期', width: 12 },
  { key: 'directionLabel', header: '收/发', width: 6 },
  { key: 'kindLabel', header: '类别', width: 8 },
  { key: 'number', header: '编号', width: 18 },
  { key: 'title', header: '标题', width: 40 },
  { key: 'counterpart', header: '来函/收函单位', width: 20 },
  { key: 'handler', header: '经办人', width: 10 },
  { key: 'note', header: '备注', width: 30 },
];

export async function exportIncoming(s: Services, actor: Actor, f: IncomingFilter): Promise<Buffer> {
  const rows = (await listIncoming(s, actor, f)).map((r) => ({ ...r, departments: r.departments.join('、') }));
  return exportXlsx({ sheetName: INCOMING_REGISTER, columns: INCOMING_COLUMNS, rows });
}

export async function exportOutgoing(s: Services, actor: Actor, f: OutgoingFilter): Promise<Buffer> {
  const rows = (await listOutgoing(s, actor, f)).map((r) => ({ ...r, number: r.number ? `${r.number}${r.numberVoid ? '（作废）' : ''}` : '' }));
  return exportXlsx({ sheetName: OUTGOING_REGISTER, columns: OUTGOING_COLUMNS, rows });
}

export async function exportLetters(s: Services, f: LetterFilter): Promise<Buffer> {
  return exportXlsx({ sheetName: LETTER_REGISTER, columns: LETTER_COLUMNS, rows: await listLetters(s, f) });
}
