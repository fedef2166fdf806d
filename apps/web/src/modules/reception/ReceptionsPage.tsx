/** 接待登记 (RCP-1): receptions with filters, xlsx export and print; new requests from the drawer. */
import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Flex, Select, Table, Tag } from 'antd';
import { DownloadOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { errorMessage } from '../../app/api';
import { useAuth } from '../../app/auth';
import { formatYuan } from '../../app/format';
import { PageHeader } from '../../app/components/PageHeader';
import { keys, PERM, receptionApi, type Reception } from './api';
import { ReceptionDrawer } from './ReceptionDrawer';

export const STATUS_COLORS: Record<string, string> = { pending: 'processing', arranging: 'gold', settling: 'blue', summarizing: 'cyan', finished: 'green', rejected: 'red', cancelled: 'default' };
const STATUSES = ['pending', 'arranging', 'settling', 'summarizing', 'finished', 'rejected', 'cancelled'];

export default function ReceptionsPage() {
  const { t } = useTranslation();
  const { hasPermission } = useAuth();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [open, setOpen] = useState(false);
  const filter = { month: params.get('month') ?? undefined, status: params.get('status') ?? undefined };
  const set = (k: string, v: string | undefined) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next, { replace: true });
  };
  const list = useQuery({ queryKey: keys.list(filter), queryFn: () => receptionApi.list(filter) });
  const needs = (r: Reception) => (['meals', 'hotel', 'car', 'room', 'gifts'] as const).filter((n) => r.needs[n]).map((n) => t(`reception.need.${n}`)).join('、');

  return (
    <>
      <PageHeader
        title={t('reception.list.title')}
        description={t('reception.list.description')}
        extra={<Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="new-reception">{t('reception.new')}</Button>}
      />
      <div className="gj-print-title">{t('reception.list.title')}{filter.month ? `（${filter.month}）` : ''}</div>
      <Flex gap={8} wrap className="gj-no-print" style={{ marginBottom: 12 }}>
        <DatePicker picker="month" value={filter.month ? dayjs(`${filter.month}-01`) : null} onChange={(d) => set('month', d ? d.format('YYYY-MM') : undefined)} />
        <Select allowClear style={{ width: 140 }} placeholder={t('reception.col.status')} value={filter.status} onChange={(v) => set('status', v)} options={STATUSES.map((s) => ({ value: s, label: t(`reception.status.${s}`) }))} />
        {hasPermission(PERM.read) ? <Button icon={<DownloadOutlined />} href={receptionApi.xlsx(filter)}>{t('common.exportXlsx')}</Button> : null}
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>{t('reception.print')}</Button>
      </Flex>
      {list.error ? <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 12 }} /> : null}
      <Card size="small">
        <Table<Reception>
          rowKey="id"
          size="small"
          loading={list.isLoading}
          dataSource={list.data ?? []}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          scroll={{ x: 1000 }}
          data-testid="reception-register"
          onRow={(r) => ({ onClick: () => navigate(`/reception/${r.id}`), style: { cursor: 'pointer' } })}
          columns={[
            { title: t('reception.col.dates'), width: 120, render: (_v, r) => (r.startDate === r.endDate ? r.startDate : `${r.startDate} ~ ${r.endDate}`) },
            { title: t('reception.col.visitor'), render: (_v, r) => <Link to={`/reception/${r.id}`} onClick={(e) => e.stopPropagation()}>{r.visitorOrg}</Link> },
            { title: t('reception.col.guests'), dataIndex: 'guestCount', width: 60, align: 'right' },
            { title: t('reception.col.level'), width: 90, render: (_v, r) => t(`reception.level.${r.level}`) },
            { title: t('reception.col.purpose'), dataIndex: 'purpose' },
            { title: t('reception.col.needs'), render: (_v, r) => needs(r) },
            { title: t('reception.col.requester'), dataIndex: 'requesterName', width: 80 },
            { title: t('reception.col.budget'), width: 110, align: 'right', render: (_v, r) => formatYuan(r.budgetFen) },
            { title: t('reception.col.actual'), width: 110, align: 'right', render: (_v, r) => formatYuan(r.actualFen) },
            { title: t('reception.col.status'), width: 90, render: (_v, r) => <Tag color={STATUS_COLORS[r.status]}>{t(`reception.status.${r.status}`)}</Tag> },
          ]}
        />
      </Card>
      <ReceptionDrawer open={open} onClose={() => setOpen(false)} onCreated={(id) => { setOpen(false); navigate(`/reception/${id}`); }} />
    </>
  );
}
