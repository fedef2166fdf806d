/** Columns of the five process registers (repairs, accidents, violations, private borrowing, hired transport). */
import { Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import { formatDate, formatDateTime, formatYuan } from '../../../app/format';
import { STATUS_COLORS, type Accident, type Borrow, type Hired, type IncidentStatus, type RegisterKey, type Repair, type Violation } from './api';

type Row = { id: string; instanceId: string };

const status = (t: TFunction) => ({
  title: t('common.status'),
  dataIndex: 'status',
  width: 90,
  render: (s: IncidentStatus) => <Tag color={STATUS_COLORS[s]}>{t(`vehicles.incidents.status.${s}`)}</Tag>,
});
const instance = (t: TFunction) => ({
  title: t('vehicles.incidents.col.instance'),
  key: 'instance',
  width: 70,
  fixed: 'right' as const,
  render: (_: unknown, r: Row) => <Link to={`/instances/${encodeURIComponent(r.instanceId)}`}>{t('vehicles.incidents.open')}</Link>,
});
const plate = (t: TFunction) => ({
  title: t('vehicles.incidents.col.plate'),
  dataIndex: 'plate',
  width: 100,
  render: (v: string, r: { vehicleId?: string }) => (r.vehicleId ? <Link to={`/vehicles/files/${r.vehicleId}`}>{v}</Link> : v),
});
const money = (title: string, key: string) => ({ title, dataIndex: key, width: 110, align: 'right' as const, render: (v: number | null) => formatYuan(v) });

export function registerColumns(kind: RegisterKey, t: TFunction): ColumnsType<Row> {
  const c = (k: string) => t(`vehicles.incidents.col.${k}`);
  switch (kind) {
    case 'repairs':
      return [
        plate(t), { title: c('reporter'), dataIndex: 'reporterName', width: 80 },
        { title: c('problem'), dataIndex: 'problem', ellipsis: true, width: 220 },
        money(c('estimate'), 'estimateFen'),
        { title: c('needsGm'), dataIndex: 'needsGm', width: 90, render: (v: boolean) => (v ? <Tag color="orange">{t('vehicles.incidents.yes')}</Tag> : t('vehicles.incidents.no')) },
        money(c('actualCost'), 'actualCostFen'),
        { title: c('openedAt'), dataIndex: 'openedAt', width: 140, render: (v: string) => formatDateTime(v) },
        status(t), instance(t),
      ] as ColumnsType<Repair> as ColumnsType<Row>;
    case 'accidents':
      return [
        plate(t), { title: c('driver'), dataIndex: 'driverName', width: 80 },
        { title: c('occurredAt'), dataIndex: 'occurredAt', width: 140, render: (v: string) => formatDateTime(v) },
        { title: c('place'), dataIndex: 'place', ellipsis: true, width: 160 },
        {
          title: c('reports'), key: 'reports', width: 110,
          render: (_: unknown, a: Accident) => (a.policeReported && a.insurerReported ? t('vehicles.incidents.yes') : <Tag color="red">{t('vehicles.incidents.notReported')}</Tag>),
        },
        money(c('totalCost'), 'totalCostFen'), money(c('payout'), 'insurancePayoutFen'),
        { title: c('responsibility'), dataIndex: 'responsibility', width: 110, render: (v: string | null) => (v ? t(`vehicles.incidents.responsibility.${v}`) : '—') },
        money(c('driverShare'), 'driverShareFen'), money(c('companyShare'), 'companyShareFen'),
        status(t), instance(t),
      ] as ColumnsType<Accident> as ColumnsType<Row>;
    case 'violations':
      return [
        plate(t), { title: c('driver'), dataIndex: 'driverName', width: 80 },
        { title: c('date'), dataIndex: 'occurredOn', width: 100 },
        { title: c('place'), dataIndex: 'place', ellipsis: true, width: 160 },
        { title: c('points'), dataIndex: 'points', width: 60, align: 'right' },
        money(c('fine'), 'fineFen'),
        { title: c('cause'), dataIndex: 'cause', width: 110, render: (v: string) => t(`vehicles.incidents.cause.${v}`) },
        money(c('driverShare'), 'driverShareFen'), money(c('companyShare'), 'companyShareFen'),
        {
          title: c('licenceHeld'), key: 'held', width: 190,
          render: (_: unknown, v: Violation) => (v.licenceHeldFrom ? <Tag color="volcano">{`${v.licenceHeldFrom} ~ ${v.licenceHeldTo}`}</Tag> : '—'),
        },
        status(t), instance(t),
      ] as ColumnsType<Violation> as ColumnsType<Row>;
    case 'borrows':
      return [
        plate(t), { title: c('borrower'), dataIndex: 'borrowerName', width: 80 },
        { title: c('purpose'), dataIndex: 'purpose', ellipsis: true, width: 160 },
        { title: c('period'), key: 'period', width: 280, render: (_: unknown, b: Borrow) => `${formatDateTime(b.plannedStart)} ~ ${formatDateTime(b.plannedEnd)}` },
        { title: c('distance'), dataIndex: 'distanceKm', width: 90, align: 'right', render: (v: number | null) => v ?? '—' },
        money(c('charge'), 'chargeFen'),
        {
          title: c('condition'), key: 'condition', width: 140,
          render: (_: unknown, b: Borrow) =>
            b.cleanUndamaged === null ? '—' : b.cleanUndamaged ? t('vehicles.incidents.clean') : <Typography.Text type="danger">{b.damageNotes}</Typography.Text>,
        },
        status(t), instance(t),
      ] as ColumnsType<Borrow> as ColumnsType<Row>;
    case 'hired':
      return [
        { title: c('date'), dataIndex: 'date', width: 100, render: (v: string) => formatDate(v) },
        { title: c('department'), dataIndex: 'departmentName', width: 100, render: (v: string | null) => v ?? '—' },
        { title: c('requester'), dataIndex: 'requesterName', width: 80 },
        { title: c('route'), key: 'route', width: 220, render: (_: unknown, h: Hired) => `${h.start} → ${h.end}` },
        { title: c('purpose'), dataIndex: 'purpose', ellipsis: true, width: 180 },
        money(c('amount'), 'amountFen'),
        instance(t),
      ] as ColumnsType<Hired> as ColumnsType<Row>;
  }
}
