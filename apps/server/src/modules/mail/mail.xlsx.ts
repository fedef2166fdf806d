/** xlsx exports: the mail register and the monthly cost per department. */
import type { Services } from '../../app.types.js';
import type { Actor } from '../../platform/auth/actor.js';
import { exportXlsx, type XlsxExportColumn } from '../../platform/xlsx/xlsx-export.js';
import { listMail, monthlyReport, type MailQuery } from './mail.service.js';

const col = (key: string, header: string, type: XlsxExportColumn['type'] = 'text', width?: number): XlsxExportColumn => ({ key, header, type, width });

export async function exportMail(s: Services, actor: Actor, q: MailQuery): Promise<Buffer> {
  return exportXlsx({
    sheetName: '收寄件登记',
    columns: [col('sentOn', '寄出日期', 'date'), col('senderName', '寄件人'), col('departmentName', '部门'), col('recipient', '收件人'), col('address', '收件地址', 'text', 36),
      col('phone', '电话'), col('contents', '内容', 'text', 24), col('kind', '性质'), col('courier', '快递公司'), col('trackingNo', '快递单号', 'text', 20),
      col('weightKg', '重量(公斤)', 'number'), col('costFen', '费用(元)', 'money'), col('paidBy', '付费方'), col('status', '状态')],
    rows: (await listMail(s, actor, q)).map((m) => ({
      ...m, kind: m.personal ? '私人' : '公务', paidBy: m.personal ? '个人承担' : '公司', weightKg: m.weightG === null ? null : m.weightG / 1000, status: m.status === 'sent' ? '已寄出' : '待寄出',
    })),
  });
}

export async function exportReport(s: Services, from: string, to: string): Promise<Buffer> {
  const r = await monthlyReport(s, from, to);
  return exportXlsx({
    sheetName: '部门月度快递费用',
    columns: [col('month', '月份'), col('departmentName', '部门', 'text', 16), col('count', '件数', 'number'), col('businessFen', '公务费用(元)', 'money'), col('personalFen', '个人承担(元)', 'money'), col('totalFen', '合计(元)', 'money')],
    rows: r.rows.map((x) => ({ ...x, totalFen: x.businessFen + x.personalFen })),
  });
}
