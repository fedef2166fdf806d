/**
 * 月度售后报告 (ASV-8/ASV-15): last month (or any past month) for the admin manager and the GM —
 * jobs and completion rate, callbacks and satisfaction, fees collected, cash late at finance, per
 * technician. Printable (the page's own title, no controls).
 */
import { Button, Card, DatePicker, Descriptions, Flex, Table, Tag } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../app/components/PageHeader';
import { formatDateTime, formatYuan } from '../../../app/format';
import { beijingToday, reportKeys, reportsApi, type RateLine } from './api';
import './reports.css';

const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/;

export default function MonthlyReportPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const lastMonth = dayjs(beijingToday()).subtract(1, 'month').format('YYYY-MM');
  const month = MONTH_RE.test(params.get('month') ?? '') ? params.get('month')! : lastMonth;
  const q = useQuery({ queryKey: reportKeys.monthly(month), queryFn: () => reportsApi.monthly(month) });
  const r = q.data;
  const pct = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${v}%`);

  return (
    <>
      <PageHeader title={t('aftersales.reports.monthly.title')} description={t('aftersales.reports.monthly.description')} />
      <h2 className="as-print-only">{t('aftersales.reports.monthly.printTitle', { month })}</h2>
      <Flex gap={8} wrap align="center" className="gj-no-print" style={{ marginBottom: 12 }}>
        <DatePicker picker="month" allowClear={false} value={dayjs(`${month}-01`)} onChange={(d) => d && setParams({ month: d.format('YYYY-MM') }, { replace: true })} />
        {r ? <Tag color={r.sentAt ? 'green' : 'default'}>{r.sentAt ? t('aftersales.reports.monthly.sentAt', { at: formatDateTime(r.sentAt) }) : t('aftersales.reports.monthly.notSent')}</Tag> : null}
        <Button icon={<PrinterOutlined />} onClick={() => window.print()} style={{ marginLeft: 'auto' }}>{t('aftersales.reports.print')}</Button>
      </Flex>
      <Card loading={q.isLoading} style={{ marginBottom: 16 }}>
        {r ? (
          <Descriptions bordered size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
            <Descriptions.Item label={t('aftersales.reports.monthly.taken')}>{r.jobs.taken}</Descriptions.Item>
            <Descriptions.Item label={t('aftersales.reports.monthly.dispatched')}>{r.jobs.dispatched}</Descriptions.Item>
            <Descriptions.Item label={t('aftersales.reports.monthly.completionRate')}>{r.jobs.completed} / {r.jobs.dispatched}（{pct(r.jobs.completionRate)}）</Descriptions.Item>
            <Descriptions.Item label={t('aftersales.reports.monthly.closed')}>{r.jobs.closed}</Descriptions.Item>
            <Descriptions.Item label={t('aftersales.reports.monthly.cancelled')}>{r.jobs.cancelled}</Descriptions.Item>
            <Descriptions.Item label={t('aftersales.reports.monthly.callbacks')}>{r.callbacks.callbacks}</Descriptions.Item>
            <Descriptions.Item label={t('aftersales.reports.monthly.satisfactionRate')}>{pct(r.callbacks.satisfactionRate)}</Descriptions.Item>
            <Descriptions.Item label={t('aftersales.reports.monthly.timelyRate')}>{pct(r.callbacks.timelyRate)}</Descriptions.Item>
            <Descriptions.Item label={t('aftersales.reports.monthly.conductRate')}>{pct(r.callbacks.conductRate)}</Descriptions.Item>
            <Descriptions.Item label={t('aftersales.reports.monthly.bySatisfaction')}>{Object.entries(r.callbacks.bySatisfaction).map(([k, v]) => `${k} ${v}`).join('，') || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('aftersales.reports.monthly.revenue')}>{formatYuan(r.revenue.feeFen)}（{r.revenue.jobs}）</Descriptions.Item>
            <Descriptions.Item label={t('aftersales.reports.monthly.lateCash')}>{r.lateCash.jobs} / {formatYuan(r.lateCash.feeFen)}</Descriptions.Item>
            <Descriptions.Item label={t('aftersales.reports.monthly.penalties')}>{formatYuan(r.lateCash.technicianPenaltyFen)} / {formatYuan(r.lateCash.clerkPenaltyFen)}</Descriptions.Item>
          </Descriptions>
        ) : null}
      </Card>
      <Card title={t('aftersales.reports.monthly.byTechnician')} style={{ marginBottom: 16 }}>
        <Table<RateLine> size="small" rowKey="userId" pagination={false} dataSource={r?.technicians ?? []} columns={[
          { title: t('aftersales.reports.stats.col.technician'), dataIndex: 'name' },
          { title: t('aftersales.reports.stats.col.dispatched'), dataIndex: 'dispatched', align: 'right' },
          { title: t('aftersales.reports.stats.col.completed'), dataIndex: 'completed', align: 'right' },
          { title: t('aftersales.reports.stats.col.rate'), dataIndex: 'ratePercent', align: 'right', render: pct },
          { title: t('aftersales.reports.monthly.callbacks'), key: 'cb', align: 'right', render: (_: unknown, l) => r?.callbacks.lines.find((c) => c.technicianId === l.userId)?.callbacks ?? 0 },
          { title: t('aftersales.reports.monthly.satisfactionRate'), key: 'sat', align: 'right', render: (_: unknown, l) => pct(r?.callbacks.lines.find((c) => c.technicianId === l.userId)?.satisfactionRate) },
        ]} />
      </Card>
      <Card title={t('aftersales.reports.monthly.byClerk')}>
        <Table<RateLine> size="small" rowKey="userId" pagination={false} dataSource={r?.clerks ?? []} columns={[
          { title: t('aftersales.reports.stats.col.clerk'), dataIndex: 'name' },
          { title: t('aftersales.reports.stats.col.dispatched'), dataIndex: 'dispatched', align: 'right' },
          { title: t('aftersales.reports.stats.col.completed'), dataIndex: 'completed', align: 'right' },
          { title: t('aftersales.reports.stats.col.rate'), dataIndex: 'ratePercent', align: 'right', render: pct },
        ]} />
      </Card>
    </>
  );
}
