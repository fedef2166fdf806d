/**
 * 车辆报表 for the admin manager and the GM (department heads: their department): use and cost per
 * car, per department and per month, and the fuel anomalies (VEH-5) — each as a chart, a table
 * and an xlsx export, filtered by months, car and department.
 */
import { lazy, Suspense, useMemo } from 'react';
import { Alert, Button, Card, DatePicker, Flex, Select, Skeleton, Table, Tabs, Tag, Typography } from 'antd';
import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { errorMessage } from '../../../app/api';
import { formatDateTime, formatYuan } from '../../../app/format';
import { PageHeader } from '../../../app/components/PageHeader';
import { vehicleKeys, vehiclesApi } from '../api';
import { beijingMonthNow, monthMinus, reportKeys, reportsApi, type CarRow, type DepartmentRow, type FuelAnomalyRow, type MonthRow, type ReportFilter, type ReportKind } from './api';
import type { ChartSeries } from './ReportChart';

const ReportChart = lazy(() => import('./ReportChart'));
const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/;
const yuan = (fen: number | null) => formatYuan(fen);
const num = (v: number | null, digits = 1) => (v === null ? '—' : v.toLocaleString('zh-CN', { maximumFractionDigits: digits }));
/** Fen → yuan as a chart value. */
const y = (fen: number | null) => (fen === null ? null : Math.round(fen) / 100);

function Chart({ categories, series, testId }: { categories: string[]; series: ChartSeries[]; testId: string }) {
  return (
    <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}>
      <ReportChart categories={categories} series={series} testId={testId} />
    </Suspense>
  );
}

export default function ReportsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const thisMonth = beijingMonthNow();
  const to = MONTH_RE.test(params.get('to') ?? '') ? params.get('to')! : thisMonth;
  const from = MONTH_RE.test(params.get('from') ?? '') ? params.get('from')! : monthMinus(to, 11);
  const filter: ReportFilter = { from, to, vehicleId: params.get('vehicleId') ?? undefined, departmentId: params.get('departmentId') ?? undefined };
  const tab = (params.get('tab') as ReportKind | null) ?? 'cars';
  const set = (patch: Partial<ReportFilter> & { tab?: string }) => {
    const next: Record<string, string> = {};
    for (const [k, v] of Object.entries({ ...filter, tab, ...patch })) if (v) next[k] = String(v);
    setParams(next, { replace: true });
  };
  const report = useQuery({ queryKey: reportKeys.report(filter), queryFn: () => reportsApi.report(filter), placeholderData: keepPreviousData });
  const cars = useQuery({ queryKey: vehicleKeys.list({}), queryFn: () => vehiclesApi.list() });
  const r = report.data;
  const costs = r?.carCosts ?? true;

  const carSeries = useMemo<ChartSeries[]>(() => {
    if (!r) return [];
    const s: ChartSeries[] = [{ name: t('vehicles.reports.col.km'), type: 'bar', data: r.cars.map((c) => c.km) }];
    if (r.carCosts) {
      s.push({ name: t('vehicles.reports.col.fuelAmount'), type: 'bar', data: r.cars.map((c) => y(c.fuelAmountFen)), right: true });
      s.push({ name: t('vehicles.reports.col.repairs'), type: 'bar', data: r.cars.map((c) => y(c.repairsFen)), right: true });
    }
    return s;
  }, [r, t]);
  const deptSeries = useMemo<ChartSeries[]>(() => (r ? [
    { name: t('vehicles.reports.col.trips'), type: 'bar', data: r.byDepartment.map((d) => d.trips) },
    { name: t('vehicles.reports.col.hiredAmount'), type: 'bar', data: r.byDepartment.map((d) => y(d.hiredFen)), right: true },
  ] : []), [r, t]);
  const monthSeries = useMemo<ChartSeries[]>(() => {
    if (!r) return [];
    const s: ChartSeries[] = [{ name: t('vehicles.reports.col.km'), type: 'bar', data: r.byMonth.map((m) => m.km) }];
    if (r.carCosts) {
      s.push({ name: t('vehicles.reports.col.fuelAmount'), type: 'line', data: r.byMonth.map((m) => y(m.fuelAmountFen)), right: true });
      s.push({ name: t('vehicles.reports.col.repairs'), type: 'line', data: r.byMonth.map((m) => y(m.repairsFen)), right: true });
    }
    s.push({ name: t('vehicles.reports.col.hiredAmount'), type: 'line', data: r.byMonth.map((m) => y(m.hiredFen)), right: true });
    return s;
  }, [r, t]);

  const exportButton = (kind: ReportKind) => (
    <Button icon={<DownloadOutlined />} href={reportsApi.exportUrl(kind, filter)} data-testid={`report-export-${kind}`}>
      {t('vehicles.reports.export')}
    </Button>
  );

  const carColumns = [
    { title: t('vehicles.field.plate'), dataIndex: 'plate', width: 110, fixed: 'left' as const, render: (v: string, c: CarRow) => <Link to={`/vehicles/files/${c.vehicleId}`}>{v}</Link> },
    { title: t('vehicles.field.model'), dataIndex: 'model', width: 150 },
    { title: t('vehicles.reports.col.trips'), dataIndex: 'trips', width: 90, align: 'right' as const },
    { title: t('vehicles.reports.col.km'), dataIndex: 'km', width: 110, align: 'right' as const, render: (v: number) => num(v) },
    ...(costs ? [
      { title: t('vehicles.reports.col.fuelLiters'), dataIndex: 'fuelLiters', width: 100, align: 'right' as const, render: (v: number | null) => num(v, 2) },
      { title: t('vehicles.reports.col.fuelAmount'), dataIndex: 'fuelAmountFen', width: 120, align: 'right' as const, render: yuan },
      { title: t('vehicles.reports.col.litersPer100Km'), dataIndex: 'litersPer100Km', width: 120, align: 'right' as const, render: (v: number | null) => num(v, 2) },
      { title: t('vehicles.reports.col.fuelPer100Km'), dataIndex: 'fuelFenPer100Km', width: 120, align: 'right' as const, render: yuan },
      { title: t('vehicles.reports.col.repairCount'), dataIndex: 'repairs', width: 90, align: 'right' as const },
      { title: t('vehicles.reports.col.repairs'), dataIndex: 'repairsFen', width: 120, align: 'right' as const, render: yuan },
      { title: t('vehicles.reports.col.anomalies'), dataIndex: 'fuelAnomalies', width: 100, align: 'right' as const, render: (v: number | null) => (v ? <Tag color="red">{v}</Tag> : v ?? '—') },
    ] : []),
  ];
  const deptColumns = [
    { title: t('vehicles.reports.col.department'), dataIndex: 'departmentName', width: 140 },
    { title: t('vehicles.reports.col.trips'), dataIndex: 'trips', width: 100, align: 'right' as const },
    { title: t('vehicles.reports.col.km'), dataIndex: 'km', width: 110, align: 'right' as const, render: (v: number) => num(v) },
    { title: t('vehicles.reports.col.hired'), dataIndex: 'hired', width: 110, align: 'right' as const },
    { title: t('vehicles.reports.col.hiredAmount'), dataIndex: 'hiredFen', width: 140, align: 'right' as const, render: yuan },
  ];
  const monthColumns = [
    { title: t('vehicles.reports.col.month'), dataIndex: 'month', width: 90 },
    { title: t('vehicles.reports.col.trips'), dataIndex: 'trips', width: 90, align: 'right' as const },
    { title: t('vehicles.reports.col.km'), dataIndex: 'km', width: 110, align: 'right' as const, render: (v: number) => num(v) },
    ...(costs ? [
      { title: t('vehicles.reports.col.fuelLiters'), dataIndex: 'fuelLiters', width: 100, align: 'right' as const, render: (v: number | null) => num(v, 2) },
      { title: t('vehicles.reports.col.fuelAmount'), dataIndex: 'fuelAmountFen', width: 120, align: 'right' as const, render: yuan },
      { title: t('vehicles.reports.col.repairs'), dataIndex: 'repairsFen', width: 120, align: 'right' as const, render: yuan },
    ] : []),
    { title: t('vehicles.reports.col.hiredAmount'), dataIndex: 'hiredFen', width: 140, align: 'right' as const, render: yuan },
  ];
  const fuelColumns = [
    { title: t('vehicles.reports.col.fueledAt'), dataIndex: 'fueledAt', width: 150, render: (v: string) => formatDateTime(v) },
    { title: t('vehicles.field.plate'), dataIndex: 'plate', width: 110 },
    { title: t('vehicles.reports.col.driver'), dataIndex: 'driverName', width: 90 },
    { title: t('vehicles.reports.col.fuelLiters'), dataIndex: 'liters', width: 100, align: 'right' as const, render: (v: number) => num(v, 2) },
    { title: t('vehicles.reports.col.amount'), dataIndex: 'amountFen', width: 110, align: 'right' as const, render: yuan },
    { title: t('vehicles.reports.col.payment'), dataIndex: 'payment', width: 90, render: (v: string) => <Tag color={v === 'cash' ? 'orange' : undefined}>{t(`vehicles.reports.payment.${v === 'cash' ? 'cash' : 'card'}`)}</Tag> },
    { title: t('vehicles.reports.col.sinceLast'), dataIndex: 'km', width: 120, align: 'right' as const, render: (v: number | null) => num(v) },
    { title: t('vehicles.reports.col.litersPer100Km'), dataIndex: 'per100Km', width: 120, align: 'right' as const, render: (v: number | null) => num(v, 2) },
    { title: t('vehicles.reports.col.usual'), dataIndex: 'usualPer100Km', width: 130, align: 'right' as const, render: (v: number | null) => num(v, 2) },
    {
      title: t('vehicles.reports.col.reasons'),
      dataIndex: 'reasons',
      width: 180,
      render: (rs: FuelAnomalyRow['reasons']) => rs.map((x) => <Tag key={x} color={x === 'cashFueling' ? 'orange' : 'red'}>{t(`vehicles.reports.reason.${x}`)}</Tag>),
    },
  ];

  const tableProps = { size: 'small' as const, loading: report.isFetching, pagination: false as const, scroll: { x: 'max-content' } };
  const items = [
    {
      key: 'cars',
      label: t('vehicles.reports.tab.cars'),
      children: (
        <Flex vertical gap={12}>
          <Flex justify="flex-end">{exportButton('cars')}</Flex>
          {r && r.cars.length > 0 ? <Chart categories={r.cars.map((c) => c.plate)} series={carSeries} testId="chart-cars" /> : null}
          <Table<CarRow> rowKey="vehicleId" dataSource={r?.cars ?? []} columns={carColumns} data-testid="report-cars" {...tableProps} />
        </Flex>
      ),
    },
    {
      key: 'departments',
      label: t('vehicles.reports.tab.departments'),
      children: (
        <Flex vertical gap={12}>
          <Flex justify="flex-end">{exportButton('departments')}</Flex>
          {r && r.byDepartment.length > 0 ? <Chart categories={r.byDepartment.map((d) => d.departmentName)} series={deptSeries} testId="chart-departments" /> : null}
          <Table<DepartmentRow> rowKey={(d) => d.departmentId ?? '-'} dataSource={r?.byDepartment ?? []} columns={deptColumns} data-testid="report-departments" {...tableProps} />
        </Flex>
      ),
    },
    {
      key: 'months',
      label: t('vehicles.reports.tab.months'),
      children: (
        <Flex vertical gap={12}>
          <Flex justify="flex-end">{exportButton('months')}</Flex>
          {r ? <Chart categories={r.byMonth.map((m) => m.month)} series={monthSeries} testId="chart-months" /> : null}
          <Table<MonthRow> rowKey="month" dataSource={r?.byMonth ?? []} columns={monthColumns} data-testid="report-months" {...tableProps} />
        </Flex>
      ),
    },
    {
      key: 'fuel',
      label: t('vehicles.reports.tab.fuel', { count: r?.fuelAnomalies.length ?? 0 }),
      children: (
        <Flex vertical gap={12}>
          <Flex justify="space-between" wrap gap={8}>
            <Typography.Text type="secondary">{t('vehicles.reports.fuelHint', { percent: r?.tolerancePercent ?? 25 })}</Typography.Text>
            {exportButton('fuel')}
          </Flex>
          <Table<FuelAnomalyRow> rowKey="fuelId" dataSource={r?.fuelAnomalies ?? []} columns={fuelColumns} data-testid="report-fuel" {...tableProps} />
        </Flex>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('vehicles.reports.title')}
        description={t('vehicles.reports.description')}
        extra={
          <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
            {t('vehicles.reports.print')}
          </Button>
        }
      />
      <Card variant="borderless" style={{ marginBottom: 12 }}>
        <Flex wrap gap={8} align="center" data-testid="report-filters">
          <DatePicker.RangePicker
            picker="month"
            allowClear={false}
            value={[dayjs(`${from}-01`), dayjs(`${to}-01`)]}
            onChange={(v) => v?.[0] && v[1] && set({ from: v[0].format('YYYY-MM'), to: v[1].format('YYYY-MM') })}
            aria-label={t('vehicles.reports.months')}
          />
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('vehicles.reports.allCars')}
            style={{ minWidth: 160 }}
            value={filter.vehicleId}
            onChange={(v?: string) => set({ vehicleId: v })}
            options={(cars.data ?? []).map((c) => ({ value: c.id, label: `${c.plate} ${c.model}` }))}
            data-testid="report-car"
          />
          <Select
            allowClear
            placeholder={r?.scope === 'department' ? t('vehicles.reports.myDepartments') : t('vehicles.reports.allDepartments')}
            style={{ minWidth: 160 }}
            value={filter.departmentId}
            onChange={(v?: string) => set({ departmentId: v })}
            options={(r?.departments ?? []).map((d) => ({ value: d.id, label: d.name }))}
            data-testid="report-department"
          />
        </Flex>
      </Card>
      {report.isError ? <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorMessage(report.error)} /> : null}
      {r && !r.carCosts ? <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t(r.scope === 'department' ? 'vehicles.reports.departmentScope' : 'vehicles.reports.noCarCosts')} /> : null}
      <Card variant="borderless">
        <Tabs activeKey={tab} onChange={(k) => set({ tab: k })} items={items} />
      </Card>
    </>
  );
}
