/**
 * RCP-1 pure rules: who approves a reception (by level and budget). The documents' 接待工作业务流程
 * has only its heading in the seed text, so the figures are decisions (docs/decisions.md) and
 * settings: 综合部部长 approves; a 重要/贵宾 level or a budget above the limit also needs 常务副总.
 */
export const RECEPTION_LEVELS = { general: '一般接待', important: '重要接待', vip: '贵宾接待' } as const;
export type ReceptionLevel = keyof typeof RECEPTION_LEVELS;

export type ReceptionTier = 'manager' | 'leader';
export const RECEPTION_TIER_LABELS: Record<ReceptionTier, string> = { manager: '综合部部长审批', leader: '综合部部长、常务副总审批' };

export interface ReceptionApprovalSettings {
  /** A budget above this (fen) needs 常务副总 too. Default 5 000 yuan. */
  managerMaxBudgetFen: number;
  /** Levels that always need 常务副总. */
  leaderLevels: ReceptionLevel[];
}

export const defaultReceptionApprovalSettings: ReceptionApprovalSettings = { managerMaxBudgetFen: 500_000, leaderLevels: ['vip'] };

export function receptionTier(level: ReceptionLevel, budgetFen: number, s: ReceptionApprovalSettings): ReceptionTier {
  if (s.leaderLevels.includes(level)) return 'leader';
  return budgetFen > s.managerMaxBudgetFen ? 'leader' : 'manager';
}

export const EXPENSE_CATEGORIES = ['餐费', '住宿', '用车', '礼品', '其他'] as const;

export interface ExpenseLine {
  category: string;
  budgetFen: number;
  actualFen: number | null;
}

/** Settlement totals: budget, actual and the difference (actual − budget, positive = over). */
export function settlementTotals(lines: ExpenseLine[]): { budgetFen: number; actualFen: number; overFen: number } {
  const budgetFen = lines.reduce((a, l) => a + l.budgetFen, 0);
  const actualFen = lines.reduce((a, l) => a + (l.actualFen ?? 0), 0);
  return { budgetFen, actualFen, overFen: actualFen - budgetFen };
}
