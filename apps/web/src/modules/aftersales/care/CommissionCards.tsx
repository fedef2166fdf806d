/**
 * 员工销售提成表 (ASV-12) and 维保提成表 (ASV-13) of a month as cards: lines, per-person totals and
 * the grand total, xlsx. Who lacks aftersales:care sees his own lines (the /mine routes). Mounted
 * on the care part's 销售提成表 page and on the month-end page.
 */
import { Button, Card, Table } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../app/auth';
import { formatDate, formatDateTime, formatYuan } from '../../../app/format';
import { careApi, careKeys, CARE_PERM, type MaintenanceLine, type PersonTotal, type SalesCommissionLine } from './api';

function PeopleTable({ people, showAmount }: { people: PersonTotal[]; showAmount: boolean }) {
  const { t } = useTranslation();
  return (
    <Table<PersonTotal> rowKey="userId" size="small" pagination={false} style={{ marginTop: 12 }} dataSource={people} columns={[
      { title: t('aftersales.care.col.person'), dataIndex: 'userName' },
      { title: t('aftersales.care.col.count'), dataIndex: 'count', align: 'right' },
      ...(showAmount ? [{ title: t('aftersales.care.col.salesAmount'), dataIndex: 'amountFen', align: 'right' as const, render: (v: number) => formatYuan(v) }] : []),
      { title: t('aftersales.care.col.commission'), dataIndex: 'commissionFen', align: 'right', render: (v: number) => formatYuan(v) },
    ]} />
  );
}

export function SalesCommissionCard({ month }: { month: string }) {
  const { t } = useTranslation();
  const { hasPermission } = useAuth();
  const all = hasPermission(CARE_PERM);
  const q = useQuery({ queryKey: careKeys.salesCommission(month, !all), queryFn: () => careApi.salesCommission(month, !all) });
  const m = q.data;
  return (
    <Card
      title={`${t('aftersales.care.salesCommission.title')} · ${month}`}
      style={{ marginTop: 16 }}
      extra={all ? <Button className="no-print" icon={<DownloadOutlined />} href={careApi.salesCommissionXlsx(month)} data-testid="care-sales-commission-xlsx">{t('common.exportXlsx')}</Button> : null}
    >
      <Table<SalesCommissionLine> rowKey={(l) => `${l.kind}|${l.id}`} size="small" pagination={false} scroll={{ x: 760 }} loading={q.isLoading} dataSource={m?.lines ?? []} columns={[
        { title: t('aftersales.care.col.person'), dataIndex: 'userName' },
        { title: t('aftersales.care.col.date'), dataIndex: 'date', render: (d: string) => formatDate(d) },
        { title: t('aftersales.care.col.customer'), dataIndex: 'customerName' },
        { title: t('aftersales.care.col.item'), dataIndex: 'item' },
        { title: t('aftersales.care.col.category'), dataIndex: 'categoryName' },
        { title: t('aftersales.care.col.salesAmount'), dataIndex: 'amountFen', align: 'right', render: (v: number) => formatYuan(v) },
        { title: t('aftersales.care.col.percent'), dataIndex: 'percent', align: 'right', render: (v: number) => `${v}%` },
        { title: t('aftersales.care.col.commission'), dataIndex: 'commissionFen', align: 'right', render: (v: number) => formatYuan(v) },
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={5}>{t('aftersales.care.total')}</Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right">{formatYuan(m?.totalAmountFen ?? 0)}</Table.Summary.Cell>
          <Table.Summary.Cell index={2} />
          <Table.Summary.Cell index={3} align="right">{formatYuan(m?.totalFen ?? 0)}</Table.Summary.Cell>
        </Table.Summary.Row>
      )} />
      {m && m.people.length > 1 ? <PeopleTable people={m.people} showAmount /> : null}
    </Card>
  );
}

export function MaintenanceCommissionCard({ month }: { month: string }) {
  const { t } = useTranslation();
  const { hasPermission } = useAuth();
  const all = hasPermission(CARE_PERM);
  const q = useQuery({ queryKey: careKeys.maintenanceCommission(month, !all), queryFn: () => careApi.maintenanceCommission(month, !all) });
  const m = q.data;
  return (
    <Card
      title={`${t('aftersales.care.maintenanceCommission.title')} · ${month}`}
      style={{ marginTop: 16 }}
      extra={all ? <Button className="no-print" icon={<DownloadOutlined />} href={careApi.maintenanceCommissionXlsx(month)} data-testid="care-maintenance-commission-xlsx">{t('common.exportXlsx')}</Button> : null}
    >
      <Table<MaintenanceLine> rowKey="visitId" size="small" pagination={false} scroll={{ x: 760 }} loading={q.isLoading} dataSource={m?.lines ?? []} columns={[
        { title: t('aftersales.care.col.technician'), dataIndex: 'userName' },
        { title: t('aftersales.care.col.contractNumber'), dataIndex: 'contractNumber' },
        { title: t('aftersales.care.col.customer'), dataIndex: 'customerName' },
        { title: t('aftersales.care.col.visitOn'), dataIndex: 'visitOn', render: (d: string) => formatDate(d) },
        { title: t('aftersales.care.col.jobNo'), dataIndex: 'jobNo' },
        { title: t('aftersales.care.col.completedAt'), dataIndex: 'completedAt', render: (d: string | null) => formatDateTime(d) },
        { title: t('aftersales.care.col.maintenanceCommission'), dataIndex: 'commissionFen', align: 'right', render: (v: number) => formatYuan(v) },
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={6}>{t('aftersales.care.total')}</Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right">{formatYuan(m?.totalFen ?? 0)}</Table.Summary.Cell>
        </Table.Summary.Row>
      )} />
      {m && m.people.length > 1 ? <PeopleTable people={m.people} showAmount={false} /> : null}
    </Card>
  );
}
