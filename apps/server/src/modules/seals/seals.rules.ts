/**
 * Pure rules of the seals (SEAL-2): who must approve a use. Every use is approved by the requester's
 * department head and the 综合部部长 (the documents: 综合管理部 "负责公司的印章管理、使用、登记");
 * the 总经理 also approves contracts, seals of the types listed in the settings (法人章 by default)
 * and any seal taken out of the office. Table-driven tests in seals.rules.test.ts.
 */

export const SEAL_TYPES = ['公章', '合同章', '财务章', '法人章', '发票专用章', '部门章'] as const;
export type SealType = (typeof SEAL_TYPES)[number];
export const DOC_KINDS = { 文件: 'document', 合同: 'contract' } as const;

export interface SealSettings {
  /** Seal types whose every use the 总经理 approves. */
  gmTypes: string[];
  /** Contracts (合同) need the 总经理. */
  contractNeedsGm: boolean;
  /** Taking a seal out of the office needs the 总经理. */
  takeOutNeedsGm: boolean;
}

export const DEFAULT_SEAL_SETTINGS: SealSettings = { gmTypes: ['法人章'], contractNeedsGm: true, takeOutNeedsGm: true };

export function useNeedsGm(u: { sealType: string; docKind: 'document' | 'contract'; takeOut: boolean }, st: SealSettings): boolean {
  return st.gmTypes.includes(u.sealType) || (st.contractNeedsGm && u.docKind === 'contract') || (st.takeOutNeedsGm && u.takeOut);
}

/** Why the keeper cannot stamp now, or null. A seal out of the office or disabled cannot be used. */
export function useProblem(sealStatus: string): 'out' | 'disabled' | null {
  if (sealStatus === 'out') return 'out';
  if (sealStatus === 'disabled') return 'disabled';
  return null;
}
