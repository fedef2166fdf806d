/**
 * Money rules of after-sales: the fee check against the 收费标准 (ASV-6), the cash deadline and its
 * penalties (ASV-7) and the repair-commission split (ASV-12). Pure; amounts in integer fen.
 */
import { badRequest } from '../../http/errors.js';
import type { LedgerPosting } from '../ledger/ledger.service.js';
import { addDays, assertFen, beijingDateOf, beijingMidnightMs, percentOfFen } from './aftersales.rules.dates.js';
import { defaultAftersalesSettings, type AftersalesSettings, type FeeStandardItem } from './aftersales.settings.js';

// ---------------------------------------------------------------------------------------------
// ASV-6 fee check

export type FeeVerdict = 'ok' | 'over' | 'under' | 'no_standard';

export interface FeeCheck {
  verdict: FeeVerdict;
  /** What the standard allows: 0 in warranty (labour), else the standard fee; parts on top. */
  expectedFen: number | null;
  /** charged − expected (positive: overcharged), null without a standard. */
  diffFen: number | null;
  standard: FeeStandardItem | null;
}

export interface FeeCheckInput {
  jobType: string;
  /** What the technician collected (the receipt). */
  chargedFen: number;
  /** Parts charged at their list price (not covered by warranty unless `partsInWarranty`). */
  partsFen?: number;
  inWarranty: boolean;
  /** Parts replaced under warranty are free too (default true: 保修范围内维修 is free). */
  partsInWarranty?: boolean;
}

/**
 * ASV-6 "客服根据公司维修费用收费标准与售后人员收费票据进行核对": compares the receipt with what
 * the standard allows. In warranty the labour is free (PRP 保修范围内维修 / 保修范围外需要收费);
 * parts are free too unless `partsInWarranty` is false.
 */
export function checkFee(input: FeeCheckInput, standard: FeeStandardItem[] = defaultAftersalesSettings.feeStandard): FeeCheck {
  assertFen(input.chargedFen, 'chargedFen');
  const partsFen = input.partsFen ?? 0;
  assertFen(partsFen, 'partsFen');
  const item = standard.find((f) => f.code === input.jobType) ?? null;
  if (!item) return { verdict: 'no_standard', expectedFen: null, diffFen: null, standard: null };
  const labour = input.inWarranty ? 0 : item.feeFen;
  const parts = input.inWarranty && input.partsInWarranty !== false ? 0 : partsFen;
  const expectedFen = labour + parts;
  const diffFen = input.chargedFen - expectedFen;
  return { verdict: diffFen === 0 ? 'ok' : diffFen > 0 ? 'over' : 'under', expectedFen, diffFen, standard: item };
}

// ---------------------------------------------------------------------------------------------
// ASV-7 cash to finance by the third day

export interface CashDeadline {
  /** Beijing date of the collection (day 1). */
  collectedOn: string;
  /** Last Beijing date on which the hand-in is on time. */
  dueOn: string;
  /** The first instant that is late: Beijing midnight after `dueOn` (ISO UTC). */
  lateFrom: string;
}

/**
 * ASV-7 Decision: "the third day" ends at midnight of the third calendar day, the day of
 * collection being the first (collected Monday → due by Wednesday 24:00); `cashDueDays` setting.
 */
export function cashDeadline(collectedAtMs: number, s: Pick<AftersalesSettings, 'cashDueDays'> = defaultAftersalesSettings): CashDeadline {
  if (!Number.isFinite(collectedAtMs)) throw badRequest('aftersales.invalidDateTime', { field: 'collectedAt', value: String(collectedAtMs) });
  const collectedOn = beijingDateOf(collectedAtMs);
  const dueOn = addDays(collectedOn, s.cashDueDays - 1);
  return { collectedOn, dueOn, lateFrom: new Date(beijingMidnightMs(addDays(dueOn, 1))).toISOString() };
}

export interface CashHandIn {
  atMs: number;
  amountFen: number;
}

export interface CashLateness extends CashDeadline {
  /** 营业款 not handed in before `lateFrom` (0 when on time). */
  lateFen: number;
  /** Whether the deadline has passed at `nowMs` (penalties are decided only then). */
  decided: boolean;
}

/** ASV-7 how much of the collected 营业款 reached finance late (or not at all by `nowMs`). */
export function cashLateness(collectedAtMs: number, collectedFen: number, handIns: CashHandIn[], nowMs: number, s: Pick<AftersalesSettings, 'cashDueDays'> = defaultAftersalesSettings): CashLateness {
  assertFen(collectedFen, 'collectedFen');
  const d = cashDeadline(collectedAtMs, s);
  const lateFromMs = Date.parse(d.lateFrom);
  const onTime = handIns.filter((h) => h.atMs < lateFromMs).reduce((sum, h) => sum + h.amountFen, 0);
  const decided = nowMs >= lateFromMs;
  return { ...d, decided, lateFen: decided ? Math.max(0, collectedFen - onTime) : 0 };
}

/** A posting for the HR-8 ledger (`postLedgerEntry(trx, clock, actorId, posting)`). */
export interface PenaltyPosting extends LedgerPosting {
  kind: 'penalty';
  source: 'aftersales.cashLate' | 'aftersales.cashNotUrged';
}

export interface CashPenaltyInput {
  jobId: string;
  jobNo: string;
  technicianId: string;
  /** The customer-service clerk responsible for urging; null when none is recorded. */
  clerkId: string | null;
  /** Whether the clerk urged the technician in time (督促). */
  clerkUrged: boolean;
  lateness: CashLateness;
}

/**
 * ASV-7 "否则向其开具罚单交予财务部（营业款的100%），不督促则客服承担相应的处罚（营业款的5%）":
 * both percentages apply to the 营业款 that was late (`lateFen`), rounded half-up to the fen. The
 * postings go to the HR-8 ledger (idempotent per job, user and kind); dated the first late day.
 */
export function cashLatePenalties(input: CashPenaltyInput, s: Pick<AftersalesSettings, 'technicianLatePenaltyPercent' | 'clerkNoUrgePenaltyPercent'> = defaultAftersalesSettings): PenaltyPosting[] {
  const { lateness: l } = input;
  if (!l.decided || l.lateFen === 0) return [];
  const occurredOn = addDays(l.dueOn, 1);
  const yuan = (fen: number) => (fen / 100).toFixed(2);
  const out: PenaltyPosting[] = [];
  const tech = percentOfFen(l.lateFen, s.technicianLatePenaltyPercent);
  if (tech > 0) {
    out.push({ userId: input.technicianId, kind: 'penalty', amountFen: tech, source: 'aftersales.cashLate', sourceId: input.jobId, occurredOn,
      reason: `派工单 ${input.jobNo} 营业款 ${yuan(l.lateFen)} 元未在 ${l.dueOn} 前交财务（营业款的${s.technicianLatePenaltyPercent}%）` });
  }
  const clerk = percentOfFen(l.lateFen, s.clerkNoUrgePenaltyPercent);
  if (input.clerkId && !input.clerkUrged && clerk > 0) {
    out.push({ userId: input.clerkId, kind: 'penalty', amountFen: clerk, source: 'aftersales.cashNotUrged', sourceId: input.jobId, occurredOn,
      reason: `未督促派工单 ${input.jobNo} 营业款 ${yuan(l.lateFen)} 元按时交财务（营业款的${s.clerkNoUrgePenaltyPercent}%）` });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// ASV-12 repair commission split

export interface CommissionShare {
  userId: string;
  role: 'technician' | 'engineer';
  amountFen: number;
}

/**
 * ASV-12 "售后人员无法维修，请求技术人员现场帮助，问题解决后，售后维修提成给予技术人员分享6成。
 * 如技术人员单独完成，售后人员没有参与，则售后维修提成全给技术人员计提。" The engineer's share is
 * rounded half-up to the fen and the technician gets the rest, so the parts always sum to the total.
 */
export function splitRepairCommission(
  totalFen: number,
  people: { technicianId: string | null; engineerId: string | null },
  s: Pick<AftersalesSettings, 'engineerSharePercent'> = defaultAftersalesSettings,
): CommissionShare[] {
  assertFen(totalFen, 'commissionFen');
  const { technicianId, engineerId } = people;
  if (!technicianId && !engineerId) throw badRequest('aftersales.commissionNobody');
  if (!engineerId || engineerId === technicianId) return [{ userId: technicianId!, role: 'technician', amountFen: totalFen }];
  if (!technicianId) return [{ userId: engineerId, role: 'engineer', amountFen: totalFen }];
  const engineer = percentOfFen(totalFen, s.engineerSharePercent);
  return [
    { userId: technicianId, role: 'technician', amountFen: totalFen - engineer },
    { userId: engineerId, role: 'engineer', amountFen: engineer },
  ];
}

