/** VEH-4/5 registers: 附表10 车辆使用登记表 and 附表11 行车记录、加油信息登记表, with filters, xlsx export and print. */
import { Alert, Button, Card, DatePicker, Flex, Select, Table, Tabs, Tag } from 'antd';
import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../../../app/api';
import { formatDateTime, formatYuan } from '../../../app/format';
import { PageHeader } from '../../../app/components/PageHeader';
import { vehicleKeys, vehiclesApi } from '../api';
import { requestKeys, requestsApi, type DrivingRow, type RegisterFilter, type UsageRow } from './api';

const USAGE = '附表10 车辆使用登记表';
const DRIVING = '附表11 行车记录、加油信息登记表';

export default function RegistersPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'driving' ? 'driving' : 'usage';
  const filter: RegisterFilter = { vehicleId: params.get('vehicleId') ?? undefined, driverId: params.get('driverId') ?? undefined, month: params.get('month') ?? undefined };
  const set = (k: string, v: string | undefined) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next, { replace: true });
  };
  const cars = useQuery({ queryKey: vehicleKeys.list({}), queryFn: () => vehiclesApi.list({}) });
  const drivers = [...new Map((cars.data ?? []).flatMap((c) => c.drivers).map((d) => [d.id, d])).values()];
  const usage = useQuery({ queryKey: requestKeys.usage(filter), queryFn: () => requestsApi.usage(filter), enabled: tab === 'usage' });
  const driving = useQuery({ queryKey: requestKeys.driving(filter), queryFn: () => requestsApi.driving(filter), enabled: tab === 'driving' });
  const error = tab === 'usage' ? usage.error : driving.error;
  const title = tab === 'usage' ? USAGE : DRIVING;

  const filters = (
    <Flex gap={8} wrap className="gj-no-print" style={{ marginBottom: 12 }}>
      <Select allowClear placeholder={t('vehicles.requests.col.plate')} style={{ width: 160 }} value={filter.vehicleId} onChange={(v) => set('vehicleId', v)} options={(cars.data ?? []).map((c) => ({ value: c.id, label: c.plate }))} data-testid="reg-vehicle" />
      <Select allowClear placeholder={t('vehicles.requests.col.driver')} style={{ width: 140 }} value={filter.driverId} onChange={(v) => set('driverId', v)} options={drivers.map((d) => ({ value: d.id, label: d.name }))} data-testid="reg-driver" />
      <DatePicker picker="month" value={filter.month ? dayjs(`${filter.month}-01`) : null} onChange={(d) => set('month', d ? d.format('YYYY-MM') : undefined)} data-testid="reg-month" />
      <Button icon={<DownloadOutlined />} href={tab === 'usage' ? requestsApi.usageXlsx(filter) : requestsApi.drivingXlsx(filter)} data-testid="reg-export">
        {t('common.exportXlsx')}
      </Button>
      <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
        {t('vehicles.requests.print')}
      </Button>
    </Flex>
  );

  return (
    <>
      <PageHeader title={t('vehicles.requests.registers.title')} description={t('vehicles.requests.registers.description')} />
      <div className="gj-print-title">
        {title}
        {filter.month ? `（${filter.month}）` : ''}
      </div>
      <Tabs
        activeKey={tab}
        onChange={(k) => set('tab', k === 'usage' ? undefined : k)}
        items={[
          { key: 'usage', label: USAGE },
          { key: 'driving', label: DRIVING },
        ]}
      />
      {filters}
      {error ? <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 12 }} /> : null}
      <Card size="small">
        {tab === 'usage' ? (
          <Table<UsageRow>
            rowKey="tripId"
            size="small"
            loading={usage.isLoading}
            dataSource={usage.data ?? []}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            scroll={{ x: 900 }}
            data-testid="usage-register"
            columns={[
              { title: t('vehicles.requests.reg.plate'), dataIndex: 'plate', width: 100 },
              { title: t('vehicles.requests.reg.user'), render: (_v, r) => `${r.userName}${r.departmentName ? `（${r.departmentName}）` : ''}` },
              { title: t('vehicles.requests.reg.departedAt'), render: (_v, r) => formatDateTime(r.departedAt), width: 140 },
              { title: t('vehicles.requests.reg.route'), dataIndex: 'route' },
              { title: t('vehicles.requests.reg.destination'), dataIndex: 'destination' },
              { title: t('vehicles.requests.reg.purpose'), dataIndex: 'purpose' },
              { title: t('vehicles.requests.reg.driver'), dataIndex: 'driverName', width: 80 },
              { title: '', width: 90, render: (_v, r) => (r.backfill ? <Tag color="gold">{t('vehicles.requests.backfill')}</Tag> : null) },
            ]}
          />
        ) : (
          <Table<DrivingRow>
            rowKey="tripId"
            size="small"
            loading={driving.isLoading}
            dataSource={driving.data ?? []}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            scroll={{ x: 1000 }}
            data-testid="driving-register"
            columns={[
              { title: t('vehicles.requests.reg.plate'), dataIndex: 'plate', width: 100 },
              { title: t('vehicles.requests.reg.driver'), dataIndex: 'driverName', width: 80 },
              { title: t('vehicles.requests.reg.departedAt'), render: (_v, r) => formatDateTime(r.departedAt), width: 140 },
              { title: t('vehicles.requests.reg.returnedAt'), render: (_v, r) => formatDateTime(r.returnedAt), width: 140 },
              { title: t('vehicles.requests.reg.odometer'), dataIndex: 'odometerKm', align: 'right' },
              { title: t('vehicles.requests.reg.distance'), dataIndex: 'distanceKm', align: 'right', render: (v: number | null) => v ?? '—' },
              { title: t('vehicles.requests.reg.liters'), dataIndex: 'liters', align: 'right', render: (v: number | null) => v ?? '' },
              { title: t('vehicles.requests.reg.amount'), dataIndex: 'amountFen', align: 'right', render: (v: number | null) => (v === null ? '' : formatYuan(v, { symbol: false })) },
              { title: t('vehicles.requests.reg.payment'), render: (_v, r) => (r.payment === 'card' ? t('vehicles.requests.card') : r.payment === 'cash' ? t('vehicles.requests.cash') : '') },
              {
                title: t('vehicles.requests.reg.flags'),
                render: (_v, r) => r.anomalyReasons.map((x) => <Tag key={x} color="red">{t(`vehicles.requests.anomaly.${x}`)}</Tag>),
              },
              {
                title: t('vehicles.requests.receipt'),
                render: (_v, r) => (r.receiptAttachmentId ? <a href={`/api/attachments/${r.receiptAttachmentId}`} target="_blank" rel="noreferrer">{t('vehicles.requests.view')}</a> : null),
              },
              { title: t('vehicles.requests.reg.notes'), dataIndex: 'notes' },
            ]}
          />
        )}
      </Card>
    </>
  );
}
