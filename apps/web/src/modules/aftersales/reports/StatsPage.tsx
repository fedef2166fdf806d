/**
 * 售后统计 (ASV-8/9): jobs per day, the completion rate per technician and per clerk (KPI),
 * callback satisfaction, fees collected per month and the most frequent faults per equipment —
 * each a chart beside its table, with an xlsx export of the table.
 */
import { lazy, Suspense, type ReactNode } from 'react';
import { Button, Card, Col, DatePicker, Flex, InputNumber, Row, Skeleton, Table, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../app/components/PageHeader';
import { formatYuan } from '../../../app/format';
import { beijingToday, reportKeys, reportsApi, type RateLine } from './api';
import type { AsChartProps } from './AsChart';

const AsChart = lazy(() => import('./AsChart'));
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

function Chart(props: AsChartProps) {
  return <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}><AsChart {...props} /></Suspense>;
}

function Section({ title, xlsx, chart, table }: { title: string; xlsx: string; chart: ReactNode; table: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Card title={title} extra={<Button size="small" icon={<DownloadOutlined />} href={xlsx}>{t('common.exportXlsx')}</Button>} style={{ marginBottom: 16 }}>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>{chart}</Col>
        <Col xs={24} lg={10}>{table}</Col>
      </Row>
    </Card>
  );
}

export default function StatsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const today = beijingToday();
  const from = DATE_RE.test(params.get('from') ?? '') ? params.get('from')! : `${today.slice(0, 7)}-01`;
  const to = DATE_RE.test(params.get('to') ?? '') ? params.get('to')! : today;
  const top = Math.min(20, Math.max(1, Number(params.get('top')) || 5));
  const set = (p: Record<string, string>) => setParams({ from, to, top: String(top), ...p }, { replace: true });
  const charts = useQuery({ queryKey: reportKeys.charts(from, to, top), queryFn: () => reportsApi.charts(from, to, top), placeholderData: keepPreviousData });
  const kpi = useQuery({ queryKey: reportKeys.kpi(from, to), queryFn: () => reportsApi.kpi(from, to), placeholderData: keepPreviousData });
  const c = charts.data;
  const pct = (v: number | null) => (v === null ? '—' : `${v}%`);
  const rateColumns = (who: string) => [
    { title: who, dataIndex: 'name' },
    { title: t('aftersales.reports.stats.col.dispatched'), dataIndex: 'dispatched', align: 'right' as const },
    { title: t('aftersales.reports.stats.col.completed'), dataIndex: 'completed', align: 'right' as const },
    { title: t('aftersales.reports.stats.col.rate'), dataIndex: 'ratePercent', align: 'right' as const, render: pct },
  ];

  return (
    <>
      <PageHeader title={t('aftersales.reports.stats.title')} description={t('aftersales.reports.stats.description')} />
      <Card style={{ marginBottom: 16 }}>
        <Flex gap={8} wrap align="center">
          <DatePicker.RangePicker allowClear={false} value={[dayjs(from), dayjs(to)]} onChange={(v) => v?.[0] && v[1] && set({ from: v[0].format('YYYY-MM-DD'), to: v[1].format('YYYY-MM-DD') })} />
          <Typography.Text>{t('aftersales.reports.stats.top')}</Typography.Text>
          <InputNumber min={1} max={20} value={top} onChange={(v) => v && set({ top: String(v) })} style={{ width: 72 }} />
        </Flex>
      </Card>
      {charts.isLoading || !c ? <Skeleton active /> : (
        <>
          <Section title={t('aftersales.reports.stats.perDay')} xlsx={reportsApi.chartXlsx('perDay', from, to, top)}
            chart={<Chart kind="axis" testId="as-chart-perday" categories={c.perDay.map((d) => d.date.slice(5))} series={[
              { name: t('aftersales.reports.stats.col.taken'), type: 'bar', data: c.perDay.map((d) => d.taken) },
              { name: t('aftersales.reports.stats.col.dispatched'), type: 'line', data: c.perDay.map((d) => d.dispatched) }]} />}
            table={<Table size="small" rowKey="date" dataSource={c.perDay.filter((d) => d.taken || d.dispatched)} pagination={{ pageSize: 8 }} columns={[
              { title: t('aftersales.reports.stats.col.date'), dataIndex: 'date' },
              { title: t('aftersales.reports.stats.col.taken'), dataIndex: 'taken', align: 'right' },
              { title: t('aftersales.reports.stats.col.dispatched'), dataIndex: 'dispatched', align: 'right' }]} />} />
          <Section title={t('aftersales.reports.stats.technicians')} xlsx={reportsApi.chartXlsx('technicians', from, to, top)}
            chart={<Chart kind="axis" testId="as-chart-rate" categories={c.technicians.map((l) => l.name)} series={[{ name: t('aftersales.reports.stats.col.rate'), type: 'bar', data: c.technicians.map((l) => l.ratePercent) }]} />}
            table={<Table<RateLine> size="small" rowKey="userId" dataSource={c.technicians} pagination={false} columns={rateColumns(t('aftersales.reports.stats.col.technician'))} />} />
          <Section title={t('aftersales.reports.stats.clerks')} xlsx={reportsApi.kpiXlsx('clerks', from, to)}
            chart={<Chart kind="axis" testId="as-chart-clerks" categories={(kpi.data?.clerks ?? []).map((l) => l.name)} series={[{ name: t('aftersales.reports.stats.col.rate'), type: 'bar', data: (kpi.data?.clerks ?? []).map((l) => l.ratePercent) }]} />}
            table={<Table<RateLine> size="small" rowKey="userId" loading={kpi.isLoading} dataSource={kpi.data?.clerks ?? []} pagination={false} columns={rateColumns(t('aftersales.reports.stats.col.clerk'))} />} />
          <Section title={t('aftersales.reports.stats.satisfaction')} xlsx={reportsApi.chartXlsx('satisfaction', from, to, top)}
            chart={<Chart kind="pie" testId="as-chart-satisfaction" slices={c.satisfaction.map((x) => ({ name: x.satisfaction, value: x.count }))} />}
            table={<Table size="small" rowKey="satisfaction" dataSource={c.satisfaction} pagination={false} columns={[
              { title: t('aftersales.reports.stats.col.satisfaction'), dataIndex: 'satisfaction' },
              { title: t('aftersales.reports.stats.col.count'), dataIndex: 'count', align: 'right' }]} />} />
          <Section title={t('aftersales.reports.stats.revenue')} xlsx={reportsApi.chartXlsx('revenue', from, to, top)}
            chart={<Chart kind="axis" testId="as-chart-revenue" categories={c.revenue.map((r) => r.month)} series={[{ name: t('aftersales.reports.stats.col.fee'), type: 'bar', data: c.revenue.map((r) => r.feeFen / 100) }]} />}
            table={<Table size="small" rowKey="month" dataSource={c.revenue} pagination={false} columns={[
              { title: t('aftersales.reports.stats.col.month'), dataIndex: 'month' },
              { title: t('aftersales.reports.stats.col.feeJobs'), dataIndex: 'jobs', align: 'right' },
              { title: t('aftersales.reports.stats.col.fee'), dataIndex: 'feeFen', align: 'right', render: (v: number) => formatYuan(v) }]} />} />
          <Section title={t('aftersales.reports.stats.faults', { top })} xlsx={reportsApi.chartXlsx('faults', from, to, top)}
            chart={<Chart kind="axis" horizontal testId="as-chart-faults" height={Math.max(300, c.faults.length * 26)} categories={c.faults.map((f) => `${f.model} · ${f.problem}`)} series={[{ name: t('aftersales.reports.stats.col.count'), type: 'bar', data: c.faults.map((f) => f.count) }]} />}
            table={<Table size="small" rowKey={(r) => `${r.model}|${r.problem}`} dataSource={c.faults} pagination={{ pageSize: 10 }} columns={[
              { title: t('aftersales.reports.stats.col.model'), dataIndex: 'model' },
              { title: t('aftersales.reports.stats.col.problem'), dataIndex: 'problem' },
              { title: t('aftersales.reports.stats.col.count'), dataIndex: 'count', align: 'right' }]} />} />
        </>
      )}
    </>
  );
}
