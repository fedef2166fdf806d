/**
 * ASV-7 "不督促则客服承担相应的处罚（营业款的5%）": whether the clerk urged (催缴) in time. Pure.
 *
 * Decision (docs/decisions.md, "Aftersales reports"): an urge counts when a customer-service clerk
 * recorded it on the job (催缴 button) after the cash was collected and before the deadline ended
 * (`lateFrom`, Beijing midnight after the due day). An urge after the deadline does not lift the
 * clerk's 5%; any clerk's urge counts for the job's clerk (the desk shares the duty).
 */
export function clerkUrgedInTime(urgedAt: readonly string[], collectedAt: string | null, lateFrom: string | null): boolean {
  if (collectedAt === null || lateFrom === null) return false;
  const from = Date.parse(collectedAt);
  const until = Date.parse(lateFrom);
  return urgedAt.some((u) => {
    const t = Date.parse(u);
    return Number.isFinite(t) && t >= from && t < until;
  });
}
