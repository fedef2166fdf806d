/**
 * Labels of the ledger's sources, shown on the payroll line and in the filters. A module that
 * posts under a source not listed here is shown by its raw name until it is added.
 */
export const LEDGER_SOURCE_LABELS: Record<string, string> = {
  manual: '人事登记',
  'vehicles.privateUse': '私车公用补贴',
  'vehicles.motorcycleAllowance': '摩托车交通补助',
  'vehicles.violation': '交通违章罚款',
  'vehicles.accident': '交通事故个人承担',
  'vehicles.handoverFine': '擅自交车罚款',
  'vehicles.dirtyCarFine': '车容不洁罚款',
  'vehicles.privateBorrow': '私借公车油费',
  'aftersales.cashLate': '营业款逾期上交罚款',
  'aftersales.cashNotUrged': '营业款未督促罚款',
};

export const KIND_LABELS = { subsidy: '补贴', penalty: '罚款' } as const;

export function sourceLabel(source: string): string {
  return LEDGER_SOURCE_LABELS[source] ?? source;
}
