/** 附表13 员工私车、摩托车报备表: report, review (admin staff), withdraw, export, print. */
import { useState } from 'react';
import { App, Button, Card, Flex, Input, Modal, Popconfirm, Select, Table, Tag, Typography } from 'antd';
import { CheckOutlined, CloseOutlined, DownloadOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage, withQuery } from '../../../app/api';
import { useAuth } from '../../../app/auth';
import { PageHeader } from '../../../app/components/PageHeader';
import { privateApi, privateKeys, REG_STATUS_COLORS, type PrivateVehicleType, type Registration, type RegistrationParams, type RegistrationStatus } from './api';
import { RegistrationDrawer } from './RegistrationDrawer';

const STATUSES: RegistrationStatus[] = ['pending', 'approved', 'rejected', 'withdrawn'];

export default function RegistrationsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user } = useAuth();
  const queryClient = useQueryClient();
  const [params, setParams] = useState<RegistrationParams>({});
  const [search, setSearch] = useState('');
  const [adding, setAdding] = useState(false);
  const [rejecting, setRejecting] = useState<Registration | null>(null);
  const [note, setNote] = useState('');
  const me = useQuery({ queryKey: privateKeys.me, queryFn: privateApi.me, staleTime: 60_000 });
  const canManage = me.data?.canManage ?? false;
  const list = useQuery({ queryKey: privateKeys.registrations(params), queryFn: () => privateApi.registrations(params), placeholderData: keepPreviousData });
  const done = async (text: string) => {
    message.success(text);
    await queryClient.invalidateQueries({ queryKey: privateKeys.all });
  };
  const review = useMutation({
    mutationFn: (v: { id: string; approve: boolean; note?: string }) => privateApi.reviewRegistration(v.id, { approve: v.approve, note: v.note }),
    onSuccess: async (_d, v) => {
      setRejecting(null);
      setNote('');
      await done(v.approve ? t('vehicles.private.approved') : t('vehicles.private.rejected'));
    },
    onError: (err) => message.error(errorMessage(err)),
  });
  const withdraw = useMutation({
    mutationFn: (id: string) => privateApi.withdraw(id),
    onSuccess: () => done(t('vehicles.private.withdrawn')),
    onError: (err) => message.error(errorMessage(err)),
  });

  return (
    <>
      <PageHeader
        title={t('vehicles.private.registrationsTitle')}
        description={t('vehicles.private.registrationsDescription')}
        extra={
          <>
            <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
              {t('vehicles.private.print')}
            </Button>
            <Button icon={<DownloadOutlined />} href={withQuery('/api/vehicles/private/vehicles/export.xlsx', params)} data-testid="private-reg-export">
              {t('common.exportXlsx')}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="private-register">
              {t('vehicles.private.register')}
            </Button>
          </>
        }
      />
      <Typography.Title level={4} className="gj-print-only" style={{ textAlign: 'center' }}>
        {t('vehicles.private.registrationsTitle')}
      </Typography.Title>
      <Card variant="borderless">
        <Flex gap={8} wrap className="toolbar gj-no-print" style={{ marginBottom: 12 }}>
          <Input.Search allowClear placeholder={t('vehicles.private.searchPlaceholder')} value={search} onChange={(e) => setSearch(e.target.value)} onSearch={(v) => setParams({ ...params, q: v.trim() || undefined })} style={{ width: 220 }} />
          <Select allowClear placeholder={t('common.status')} value={params.status} onChange={(v?: RegistrationStatus) => setParams({ ...params, status: v })} options={STATUSES.map((s) => ({ value: s, label: t(`vehicles.private.regStatus.${s}`) }))} style={{ width: 120 }} />
          <Select allowClear placeholder={t('vehicles.private.field.vehicleType')} value={params.vehicleType} onChange={(v?: PrivateVehicleType) => setParams({ ...params, vehicleType: v })} options={(['car', 'motorcycle'] as const).map((s) => ({ value: s, label: t(`vehicles.private.type.${s}`) }))} style={{ width: 120 }} />
        </Flex>
        <Table<Registration>
          rowKey="id"
          size="small"
          loading={list.isFetching}
          dataSource={list.data ?? []}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (total) => t('common.total', { total }) }}
          data-testid="private-reg-table"
          columns={[
            { title: t('vehicles.private.field.owner'), dataIndex: 'ownerName', width: 80 },
            { title: t('vehicles.private.field.department'), dataIndex: 'departmentName', width: 100 },
            { title: t('vehicles.private.field.plate'), dataIndex: 'plate', width: 100, render: (v: string) => <Typography.Text strong>{v}</Typography.Text> },
            { title: t('vehicles.private.field.vehicleType'), dataIndex: 'vehicleType', width: 80, render: (v: PrivateVehicleType) => t(`vehicles.private.type.${v}`) },
            { title: t('vehicles.private.field.model'), dataIndex: 'model', width: 130 },
            { title: t('vehicles.private.field.licenceNo'), dataIndex: 'licenceNo', width: 170 },
            { title: t('vehicles.private.field.insuranceExpiry'), dataIndex: 'insuranceExpiry', width: 100, render: (v: string | null) => v ?? '—' },
            { title: t('vehicles.private.field.registeredOn'), dataIndex: 'registeredOn', width: 100 },
            { title: t('common.status'), dataIndex: 'status', width: 80, render: (s: RegistrationStatus) => <Tag color={REG_STATUS_COLORS[s]}>{t(`vehicles.private.regStatus.${s}`)}</Tag> },
            { title: t('vehicles.private.field.reviewer'), dataIndex: 'reviewerName', width: 80, render: (v: string | null) => v ?? '—' },
            { title: t('vehicles.private.field.reviewNote'), dataIndex: 'reviewNote', width: 140, render: (v: string | null, r) => [v, r.withdrawnOn ? t('vehicles.private.withdrawnOn', { date: r.withdrawnOn }) : null].filter(Boolean).join('；') || '—' },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 170,
              className: 'gj-no-print',
              render: (_: unknown, r) => (
                <Flex gap={4} wrap>
                  {canManage && r.status === 'pending' ? (
                    <>
                      <Button size="small" type="primary" icon={<CheckOutlined />} onClick={() => review.mutate({ id: r.id, approve: true })} data-testid="private-reg-approve">
                        {t('vehicles.private.approve')}
                      </Button>
                      <Button size="small" icon={<CloseOutlined />} onClick={() => setRejecting(r)}>
                        {t('vehicles.private.reject')}
                      </Button>
                    </>
                  ) : null}
                  {(canManage || r.ownerId === user?.id) && (r.status === 'approved' || r.status === 'pending') ? (
                    <Popconfirm title={t('vehicles.private.withdrawConfirm', { plate: r.plate })} onConfirm={() => withdraw.mutateAsync(r.id)}>
                      <Button size="small" danger>
                        {t('vehicles.private.withdraw')}
                      </Button>
                    </Popconfirm>
                  ) : null}
                </Flex>
              ),
            },
          ]}
        />
      </Card>
      <RegistrationDrawer open={adding} canManage={canManage} onClose={() => setAdding(false)} />
      <Modal
        open={!!rejecting}
        title={t('vehicles.private.rejectTitle', { plate: rejecting?.plate ?? '' })}
        onCancel={() => setRejecting(null)}
        onOk={() => rejecting && review.mutate({ id: rejecting.id, approve: false, note: note.trim() })}
        okButtonProps={{ danger: true, disabled: !note.trim() }}
        confirmLoading={review.isPending}
      >
        <Input.TextArea rows={3} maxLength={500} placeholder={t('vehicles.private.rejectReason')} value={note} onChange={(e) => setNote(e.target.value)} />
      </Modal>
    </>
  );
}
