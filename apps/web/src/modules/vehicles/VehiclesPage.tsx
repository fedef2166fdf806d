import { useState } from 'react';
import { Alert, App, Button, Card, Flex, Input, Popconfirm, Select, Table, Tag, Typography } from 'antd';
import { DeleteOutlined, DownloadOutlined, EditOutlined, FolderOpenOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { errorMessage, withQuery } from '../../app/api';
import { useAuth } from '../../app/auth';
import { formatYuan } from '../../app/format';
import { PageHeader } from '../../app/components/PageHeader';
import { useIsMobile } from '../../app/useIsMobile';
import { ImportDialog } from '../../platform/components/ImportDialog';
import { VEHICLE_STATUSES, VPERM, vehicleKeys, vehiclesApi, type Vehicle, type VehicleStatus } from './api';
import { ExpiryDate, STATUS_COLORS } from './ExpiryDate';
import { VehicleFormDrawer, type VehicleDialog } from './VehicleFormDrawer';

function Reminders() {
  const { t } = useTranslation();
  const r = useQuery({ queryKey: vehicleKeys.reminders, queryFn: vehiclesApi.reminders });
  const items = r.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      title={t('vehicles.reminders')}
      data-testid="vehicle-reminders"
      description={
        <Flex vertical gap={2}>
          {items.map((i) => (
            <span key={`${i.vehicleId}-${i.kind}`}>
              <Link to={`/vehicles/files/${i.vehicleId}`}>{i.plate}</Link> {t(`vehicles.field.${i.kind === 'cityPass' ? 'cityPassExpiry' : i.kind === 'insurance' ? 'insuranceExpiry' : 'inspectionDue'}`)} {i.dueDate}：
              {i.daysLeft < 0 ? t('vehicles.expired', { days: -i.daysLeft }) : i.daysLeft === 0 ? t('vehicles.dueToday') : t('vehicles.daysLeft', { days: i.daysLeft })}
            </span>
          ))}
        </Flex>
      }
    />
  );
}

export default function VehiclesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { hasPermission } = useAuth();
  const canManage = hasPermission(VPERM.manage);
  const isMobile = useIsMobile();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? undefined;
  const statusParam = params.get('status');
  const status = VEHICLE_STATUSES.includes(statusParam as VehicleStatus) ? (statusParam as VehicleStatus) : undefined;
  const [search, setSearch] = useState(q ?? '');
  const [dialog, setDialog] = useState<VehicleDialog | null>(null);
  const [importing, setImporting] = useState(false);

  const update = (patch: { q?: string; status?: VehicleStatus }) => {
    const next = { q, status, ...patch };
    const out: Record<string, string> = {};
    if (next.q) out.q = next.q;
    if (next.status) out.status = next.status;
    setParams(out, { replace: true });
  };

  const list = useQuery({ queryKey: vehicleKeys.list({ q, status }), queryFn: () => vehiclesApi.list({ q, status }), placeholderData: keepPreviousData });
  const remove = useMutation({
    mutationFn: (id: string) => vehiclesApi.remove(id),
    onSuccess: async () => {
      message.success(t('common.deleted'));
      await queryClient.invalidateQueries({ queryKey: vehicleKeys.all });
    },
    onError: (err) => message.error(errorMessage(err)),
  });

  return (
    <>
      <PageHeader
        title={t('vehicles.registerName')}
        description={t('vehicles.description')}
        extra={
          <>
            <Button icon={<DownloadOutlined />} href={withQuery('/api/vehicles/export.xlsx', { q, status })} data-testid="vehicle-export">
              {t('common.exportXlsx')}
            </Button>
            {canManage ? (
              <>
                <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="vehicle-import">
                  {t('common.importXlsx')}
                </Button>
                <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ mode: 'create' })} data-testid="vehicle-create">
                  {t('vehicles.create')}
                </Button>
              </>
            ) : null}
          </>
        }
      />
      <Reminders />
      <Card variant="borderless">
        <Flex gap={8} wrap className="toolbar">
          <Input.Search
            allowClear
            placeholder={t('vehicles.searchPlaceholder')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            onSearch={(value) => update({ q: value.trim() || undefined })}
            style={{ width: 260 }}
            data-testid="vehicle-search"
          />
          <Select
            allowClear
            placeholder={t('vehicles.filterStatus')}
            value={status}
            onChange={(v?: VehicleStatus) => update({ status: v })}
            options={VEHICLE_STATUSES.map((s) => ({ value: s, label: t(`vehicles.status.${s}`) }))}
            style={{ width: 160 }}
          />
        </Flex>
        <Table<Vehicle>
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data ?? []}
          scroll={{ x: 'max-content' }}
          data-testid="vehicle-table"
          pagination={{ pageSize: 50, showTotal: (total) => t('common.total', { total }) }}
          columns={[
            {
              title: t('vehicles.field.plate'),
              dataIndex: 'plate',
              width: 110,
              fixed: isMobile ? undefined : ('left' as const),
              render: (v: string, r) => (
                <Link to={`/vehicles/files/${r.id}`}>
                  <Typography.Text strong>{v}</Typography.Text>
                </Link>
              ),
            },
            { title: t('vehicles.field.model'), dataIndex: 'model', width: 160 },
            { title: t('common.status'), dataIndex: 'status', width: 90, render: (s: VehicleStatus) => <Tag color={STATUS_COLORS[s]}>{t(`vehicles.status.${s}`)}</Tag> },
            { title: t('vehicles.field.seats'), dataIndex: 'seats', width: 70, render: (v: number | null) => v ?? '—' },
            { title: t('vehicles.field.loadKg'), dataIndex: 'loadKg', width: 80, render: (v: number | null) => v ?? '—' },
            { title: t('vehicles.field.insurer'), dataIndex: 'insurer', width: 140, render: (v: string | null) => v ?? '—' },
            { title: t('vehicles.field.insuranceExpiry'), dataIndex: 'insuranceExpiry', width: 120, render: (v: string | null, r) => (r.status === 'retired' ? (v ?? '—') : <ExpiryDate date={v} />) },
            { title: t('vehicles.field.inspectionDue'), dataIndex: 'inspectionDue', width: 120, render: (v: string | null, r) => (r.status === 'retired' ? (v ?? '—') : <ExpiryDate date={v} />) },
            { title: t('vehicles.field.cityPassExpiry'), dataIndex: 'cityPassExpiry', width: 120, render: (v: string | null, r) => (r.status === 'retired' ? (v ?? '—') : <ExpiryDate date={v} />) },
            { title: t('vehicles.field.fuelCardNo'), dataIndex: 'fuelCardNo', width: 170, render: (v: string | null) => (v ? <span className="mono">{v}</span> : '—') },
            { title: t('vehicles.field.fuelCardBalance'), dataIndex: 'fuelCardBalanceFen', width: 110, align: 'right' as const, render: (v: number) => formatYuan(v, { symbol: false }) },
            { title: t('vehicles.field.usualDriver'), dataIndex: 'usualDriverName', width: 90, render: (v: string | null) => v ?? '—' },
            { title: t('vehicles.field.drivers'), dataIndex: 'drivers', width: 140, render: (ds: Vehicle['drivers']) => (ds.length ? ds.map((d) => <Tag key={d.id}>{d.name}</Tag>) : '—') },
            {
              title: t('common.actions'),
              key: 'actions',
              width: canManage ? 200 : 80,
              fixed: isMobile ? undefined : ('right' as const),
              render: (_: unknown, r: Vehicle) => (
                <Flex gap={0} wrap={false}>
                  <Link to={`/vehicles/files/${r.id}`}>
                    <Button size="small" type="link" icon={<FolderOpenOutlined />}>
                      {t('vehicles.nav.files')}
                    </Button>
                  </Link>
                  {canManage ? (
                    <>
                      <Button size="small" type="link" icon={<EditOutlined />} onClick={() => setDialog({ mode: 'edit', vehicle: r })}>
                        {t('common.edit')}
                      </Button>
                      <Popconfirm
                        title={t('vehicles.deleteConfirm', { plate: r.plate })}
                        description={t('vehicles.deleteHint')}
                        okText={t('common.delete')}
                        okButtonProps={{ danger: true }}
                        onConfirm={() => remove.mutateAsync(r.id)}
                      >
                        <Button size="small" type="link" danger icon={<DeleteOutlined />} />
                      </Popconfirm>
                    </>
                  ) : null}
                </Flex>
              ),
            },
          ]}
        />
      </Card>
      <VehicleFormDrawer dialog={dialog} onClose={() => setDialog(null)} />
      <ImportDialog
        open={importing}
        title={t('vehicles.importTitle')}
        hint={t('vehicles.importHint')}
        writeModes={['all', 'valid-only']}
        run={(file, mode) => vehiclesApi.importXlsx(file, mode)}
        onClose={() => setImporting(false)}
        onImported={() => void queryClient.invalidateQueries({ queryKey: vehicleKeys.all })}
      />
    </>
  );
}
