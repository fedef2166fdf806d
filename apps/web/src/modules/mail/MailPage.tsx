/** MAIL-1 收寄件登记: requests and dispatched mail with filters; request, dispatch (mail:manage), export, print. */
import { useState } from 'react';
import { App, Button, Card, DatePicker, Flex, Input, Popconfirm, Select, Table, Tag } from 'antd';
import { DownloadOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage, withQuery } from '../../app/api';
import { useAuth } from '../../app/auth';
import { PageHeader } from '../../app/components/PageHeader';
import { formatDate, formatYuan } from '../../app/format';
import { COURIERS, mailApi, mailKeys, type MailItem, type MailParams } from './api';
import { DispatchModal, RequestDrawer } from './MailDialogs';
import '../archives/print.css';

export default function MailPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { hasPermission, user } = useAuth();
  const manage = hasPermission('mail:manage');
  const qc = useQueryClient();
  const [params, setParams] = useState<MailParams>({});
  const [requesting, setRequesting] = useState(false);
  const [dispatching, setDispatching] = useState<MailItem | null>(null);
  const list = useQuery({ queryKey: mailKeys.list(params), queryFn: () => mailApi.list(params), placeholderData: keepPreviousData });
  const remove = useMutation({
    mutationFn: (id: string) => mailApi.remove(id),
    onSuccess: () => qc.invalidateQueries({ queryKey: mailKeys.all }),
    onError: (e) => message.error(errorMessage(e)),
  });
  const set = (p: Partial<MailParams>) => setParams((cur) => ({ ...cur, ...p }));
  return (
    <>
      <PageHeader
        title={t('mail.register.title')}
        description={t('mail.register.description')}
        extra={
          <>
            <Button icon={<PrinterOutlined />} onClick={() => window.print()}>{t('mail.register.print')}</Button>
            <Button icon={<DownloadOutlined />} href={withQuery(mailApi.exportUrl, params)} data-testid="mail-export">{t('common.exportXlsx')}</Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setRequesting(true)} data-testid="mail-add">{t('mail.register.add')}</Button>
          </>
        }
      />
      <Card variant="borderless">
        <h2 className="gj-office-print-title">{t('mail.register.title')}</h2>
        <Flex gap={8} wrap className="toolbar gj-no-print" style={{ marginBottom: 12 }}>
          <Input.Search allowClear placeholder={t('mail.register.search')} style={{ width: 220 }} onSearch={(q) => set({ q: q || undefined })} />
          <DatePicker picker="month" placeholder={t('mail.field.month')} onChange={(d) => set({ month: d ? d.format('YYYY-MM') : undefined })} />
          <Select allowClear placeholder={t('mail.field.status')} style={{ width: 110 }} options={(['requested', 'sent'] as const).map((v) => ({ value: v, label: t(`mail.status.${v}`) }))} onChange={(v) => set({ status: v })} />
          <Select allowClear placeholder={t('mail.field.personal')} style={{ width: 150 }} options={[{ value: 'false', label: t('mail.kind.business') }, { value: 'true', label: t('mail.kind.personal') }]} onChange={(v) => set({ personal: v })} />
          <Select allowClear placeholder={t('mail.field.courier')} style={{ width: 130 }} options={COURIERS.map((c) => ({ value: c, label: c }))} onChange={(v) => set({ courier: v })} />
        </Flex>
        <Table
          rowKey="id"
          size="small"
          loading={list.isFetching}
          dataSource={list.data ?? []}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 20, showTotal: (total) => t('common.total', { total }) }}
          data-testid="mail-table"
          columns={[
            { title: t('mail.field.sentOn'), dataIndex: 'sentOn', render: (v: string | null) => formatDate(v) },
            { title: t('mail.field.sender'), dataIndex: 'senderName' },
            { title: t('mail.field.department'), dataIndex: 'departmentName' },
            { title: t('mail.field.recipient'), dataIndex: 'recipient' },
            { title: t('mail.field.address'), dataIndex: 'address' },
            { title: t('mail.field.contents'), dataIndex: 'contents' },
            { title: t('mail.field.personal'), dataIndex: 'personal', render: (p: boolean) => (p ? <Tag color="orange">{t('mail.kind.personal')}</Tag> : t('mail.kind.business')) },
            { title: t('mail.field.courier'), dataIndex: 'courier' },
            { title: t('mail.field.trackingNo'), dataIndex: 'trackingNo' },
            { title: t('mail.field.weight'), dataIndex: 'weightG' },
            { title: t('mail.field.cost'), dataIndex: 'costFen', align: 'right', render: (v: number | null) => (v === null ? '' : formatYuan(v)) },
            { title: t('mail.field.status'), dataIndex: 'status', render: (s: string) => <Tag color={s === 'sent' ? 'green' : 'blue'}>{t(`mail.status.${s}`)}</Tag> },
            {
              title: t('common.actions'),
              key: 'a',
              className: 'gj-no-print',
              render: (_v, r) =>
                r.status === 'requested' ? (
                  <Flex gap={8}>
                    {manage ? <a onClick={() => setDispatching(r)} data-testid={`mail-dispatch-${r.id}`}>{t('mail.register.dispatch')}</a> : null}
                    {manage || r.senderId === user?.id ? (
                      <Popconfirm title={t('mail.register.withdrawConfirm')} onConfirm={() => remove.mutate(r.id)}><a>{t('mail.register.withdraw')}</a></Popconfirm>
                    ) : null}
                  </Flex>
                ) : null,
            },
          ]}
        />
      </Card>
      <RequestDrawer open={requesting} onClose={() => setRequesting(false)} />
      <DispatchModal item={dispatching} onClose={() => setDispatching(null)} />
    </>
  );
}
