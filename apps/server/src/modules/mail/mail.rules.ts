/** Pure rules of mail (MAIL-1): the monthly cost per department. Tests in mail.rules.test.ts. */

export const COURIERS = ['顺丰速运', '中国邮政EMS', '京东快递', '圆通速递', '中通快递', '申通快递', '韵达快递', '德邦快递', '其他'] as const;

export interface SentLite {
  sentOn: string;
  departmentId: string | null;
  departmentName: string | null;
  costFen: number;
  personal: boolean;
}

export interface MonthDeptRow {
  month: string;
  departmentId: string | null;
  departmentName: string;
  count: number;
  /** Borne by the company (business mail). */
  businessFen: number;
  /** Paid by the employees (personal mail). */
  personalFen: number;
}

/** Cost by month ('YYYY-MM') and department, months then department names in order. */
export function monthlyByDepartment(items: SentLite[]): MonthDeptRow[] {
  const map = new Map<string, MonthDeptRow>();
  for (const i of items) {
    const month = i.sentOn.slice(0, 7);
    const key = `${month}|${i.departmentId ?? ''}`;
    const row = map.get(key) ?? { month, departmentId: i.departmentId, departmentName: i.departmentName ?? '未分配部门', count: 0, businessFen: 0, personalFen: 0 };
    row.count += 1;
    if (i.personal) row.personalFen += i.costFen;
    else row.businessFen += i.costFen;
    map.set(key, row);
  }
  return [...map.values()].sort((a, b) => a.month.localeCompare(b.month) || a.departmentName.localeCompare(b.departmentName, 'zh-CN'));
}

/** The months 'YYYY-MM' from `from` to `to` inclusive (at most 36), or null when reversed/too long. */
export function monthsBetween(from: string, to: string): string[] | null {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  const n = (ty - fy) * 12 + (tm - fm) + 1;
  if (n < 1 || n > 36) return null;
  return Array.from({ length: n }, (_, k) => {
    const m = fm - 1 + k;
    return `${fy + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
  });
}
