/**
 * 附表14 员工私车公用登记表: everyone logs his uses ("登记一次公用", phone-friendly); the admin
 * manager has a 待我审批 tab; HR posts the month's motorcycle allowance. Export and print.
 */
import { useState } from 'react';
import { App, Button, Card, DatePicker, Flex, List, Popconfirm, Select, Table, Tabs, Tag, Typography } from 'antd';
import { AuditOutlined, DownloadOutlined, GiftOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorMessage, withQuery } from '../../../app/api';
import { formatYuan } from '../../../app/format';
import { PageHeader } from '../../../app/components/PageHeader';
import { useIsMobile } from '../../../app/useIsMobile';
import { privateApi, privateKeys, USE_STATUS_COLORS, type PrivateUse, type UseParams, type UseStatus } from './api';
import { ReviewUseModal } from './ReviewUseModal';
import { UseFormDrawer } from './UseFormDrawer';

const thisMonth = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);

export default function UsesPage() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const isMobile = useIsMobile();
  const queryClient = useQueryClient();
  const [search, setSearch] = useSearchParams();
  const tab = search.get('tab') === 'approve' ? 'approve' : 'all';
  const [month, setMonth] = useState<string | undefined>(thisMonth());
  const [status, setStatus] = useState<UseStatus | undefined>();
  const [logging, setLogging] = useState(false);
  const [reviewing, setReviewing] = useState<PrivateUse | null>(null);
  const me = useQuery({ queryKey: privateKeys.me, queryFn: privateApi.me, staleTime: 60_000 });
  const params: UseParams = tab === 'approve' ? { toApprove: 'true' } : { month, status };
  const list = useQuery({ queryKey: privateKeys.uses(params), queryFn: () => privateApi.uses(params), placeholderData: keepPreviousData });
  const pending = useQuery({ queryKey: privateKeys.uses({ toApprove: 'true' }), queryFn: () => privateApi.uses({ toApprove: 'true' }), enabled: me.data?.canApprove ?? false });
  const allowance = useMutation({
    mutationFn: () => privateApi.postAllowance(month ?? thisMonth()),
    onSuccess: async (r) => {
      modal.success({ title: t('vehicles.private.allowancePosted', { month: r.month }), content: t('vehicles.private.allowanceResult', { posted: r.posted, skipped: r.skipped }) });
      await queryClient.invalidateQueries({ queryKey: ['ledger'] });
    },
    onError: (err) => message.error(errorMessage(err)),
  });

  const cards = (
    <List<PrivateUse>
      loading={list.isFetching}
      dataSource={list.data ?? []}
      data-testid="private-use-table"
      renderItem={(r) => (
        <List.Item key={r.id} style={{ padding: '6px 0' }}>
          <Card size="small" style={{ width: '100%' }}>
            <Flex justify="space-between" align="center" gap={8}>
              <span>
                {r.useDate} · {r.userName}
              </span>
              <Tag color={USE_STATUS_COLORS[r.status]}>{t(`vehicles.private.useStatus.${r.status}`)}</Tag>
            </Flex>
            <div>
              {r.fromPlace} → {r.toPlace}（{r.distanceKm} {t('vehicles.private.km')}）
            </div>
            <Typography.Text type="secondary">
              {r.plate} · {r.purpose}
            </Typography.Text>
            <Flex justify="space-between" align="center">
              <span>
                {t('vehicles.private.field.subsidy')}：{r.subsidyFen === null ? '—' : formatYuan(r.subsidyFen)}
              </span>
              {tab === 'approve' ? (
                <Button size="small" type="primary" icon={<AuditOutlined />} onClick={() => setReviewing(r)}>
                  {t('vehicles.private.review')}
                </Button>
              ) : r.approverName ? (
                <Typography.Text type="secondary">{r.approverName}</Typography.Text>
              ) : null}
            </Flex>
          </Card>
        </List.Item>
      )}
    />
  );

  const table = (
    <Table<PrivateUse>
      rowKey="id"
      size="small"
      loading={list.isFetching}
      dataSource={list.data ?? []}
      scroll={{ x: 'max-content' }}
      pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (total) => t('common.total', { total }) }}
      data-testid="private-use-table"
      columns={[
        { title: t('vehicles.private.field.useDate'), dataIndex: 'useDate', width: 96 },
        { title: t('vehicles.private.field.employee'), dataIndex: 'userName', width: 72 },
        ...(isMobile ? [] : [{ title: t('vehicles.private.field.department'), dataIndex: 'departmentName', width: 96 }]),
        { title: t('vehicles.private.field.plate'), dataIndex: 'plate', width: 96, render: (v: string, r: PrivateUse) => `${v}${r.vehicleType === 'motorcycle' ? `（${t('vehicles.private.type.motorcycle')}）` : ''}` },
        { title: t('vehicles.private.field.route'), key: 'route', width: 180, render: (_: unknown, r: PrivateUse) => `${r.fromPlace} → ${r.toPlace}` },
        { title: t('vehicles.private.field.purpose'), dataIndex: 'purpose', width: 160 },
        { title: t('vehicles.private.field.distanceKm'), dataIndex: 'distanceKm', width: 80, align: 'right' as const },
        { title: t('vehicles.private.field.subsidy'), dataIndex: 'subsidyFen', width: 90, align: 'right' as const, render: (v: number | null, r: PrivateUse) => (v === null ? '—' : <span title={r.subsidyRuleLabel ?? ''}>{formatYuan(v)}</span>) },
        { title: t('common.status'), dataIndex: 'status', width: 80, render: (s: UseStatus) => <Tag color={USE_STATUS_COLORS[s]}>{t(`vehicles.private.useStatus.${s}`)}</Tag> },
        { title: t('vehicles.private.field.approver'), dataIndex: 'approverName', width: 72, render: (v: string | null, r: PrivateUse) => (v ? <span title={r.reviewNote ?? ''}>{v}</span> : '—') },
        ...(tab === 'approve'
          ? [
              {
                title: t('common.actions'),
                key: 'actions',
                width: 90,
                className: 'gj-no-print',
                render: (_: unknown, r: PrivateUse) => (
                  <Button size="small" type="primary" icon={<AuditOutlined />} onClick={() => setReviewing(r)} data-testid="private-use-review">
                    {t('vehicles.private.review')}
                  </Button>
                ),
              },
            ]
          : []),
      ]}
    />
  );

  return (
    <>
      <PageHeader
        title={t('vehicles.private.usesTitle')}
        description={t('vehicles.private.usesDescription')}
        extra={
          <>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setLogging(true)} data-testid="private-use-log">
              {t('vehicles.private.logUse')}
            </Button>
            <Button icon={<DownloadOutlined />} href={withQuery('/api/vehicles/private/uses/export.xlsx', params)} data-testid="private-use-export">
              {t('common.exportXlsx')}
            </Button>
            <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
              {t('vehicles.private.print')}
            </Button>
            {me.data?.canPostAllowance ? (
              <Popconfirm title={t('vehicles.private.allowanceConfirm', { month: month ?? thisMonth() })} onConfirm={() => allowance.mutateAsync()}>
                <Button icon={<GiftOutlined />} loading={allowance.isPending} data-testid="private-allowance">
                  {t('vehicles.private.postAllowance')}
                </Button>
              </Popconfirm>
            ) : null}
          </>
        }
      />
      <Typography.Title level={4} className="gj-print-only" style={{ textAlign: 'center' }}>
        {t('vehicles.private.usesTitle')}
        {tab === 'all' && month ? `（${month}）` : ''}
      </Typography.Title>
      <Card variant="borderless">
        {me.data?.canApprove ? (
          <Tabs
            activeKey={tab}
            onChange={(k) => setSearch(k === 'approve' ? { tab: 'approve' } : {}, { replace: true })}
            items={[
              { key: 'all', label: t('vehicles.private.tabAll') },
              { key: 'approve', label: t('vehicles.private.tabApprove', { count: pending.data?.length ?? 0 }) },
            ]}
          />
        ) : null}
        {tab === 'all' ? (
          <Flex gap={8} wrap className="toolbar gj-no-print" style={{ marginBottom: 12 }}>
            <DatePicker picker="month" value={month ? dayjs(`${month}-01`) : null} onChange={(d) => setMonth(d ? d.format('YYYY-MM') : undefined)} placeholder={t('vehicles.private.allMonths')} />
            <Select allowClear placeholder={t('common.status')} value={status} onChange={(v?: UseStatus) => setStatus(v)} options={(['pending', 'approved', 'rejected'] as const).map((s) => ({ value: s, label: t(`vehicles.private.useStatus.${s}`) }))} style={{ width: 120 }} />
          </Flex>
        ) : null}
        {isMobile ? cards : table}
      </Card>
      <UseFormDrawer open={logging} canManage={me.data?.canManage ?? false} onClose={() => setLogging(false)} />
      <ReviewUseModal use={reviewing} onClose={() => setReviewing(null)} />
    </>
  );
}
