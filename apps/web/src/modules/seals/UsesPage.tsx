/** SEAL-2 印章使用登记: requests and the keeper's log (who, when, what, copies, approvers); export, print. */
import { useState } from 'react';
import { Button, Card, Checkbox, DatePicker, Flex, Select, Table, Tag } from 'antd';
import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Dayjs } from 'dayjs';
import { withQuery } from '../../app/api';
import { PageHeader } from '../../app/components/PageHeader';
import { formatDateTime } from '../../app/format';
import { sealKeys, sealsApi, type UseParams } from './api';
import '../archives/print.css';

const STATUSES = ['open', 'approved', 'used', 'out', 'returned', 'rejected', 'cancelled'] as const;

export default function UsesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useState<UseParams>({ logged: 'true' });
  const seals = useQuery({ queryKey: sealKeys.list, queryFn: sealsApi.list });
  const list = useQuery({ queryKey: sealKeys.uses(params), queryFn: () => sealsApi.uses(params), placeholderData: keepPreviousData });
  const set = (p: Partial<UseParams>) => setParams((cur) => ({ ...cur, ...p }));
  const onRange = (v: [Dayjs | null, Dayjs | null] | null) => set({ from: v?.[0]?.format('YYYY-MM-DD'), to: v?.[1]?.format('YYYY-MM-DD') });
  return (
    <>
      <PageHeader
        title={t('seals.uses.title')}
        description={t('seals.uses.description')}
        extra={
          <>
            <Button icon={<PrinterOutlined />} onClick={() => window.print()}>{t('seals.uses.print')}</Button>
            <Button icon={<DownloadOutlined />} href={withQuery(sealsApi.usesExportUrl, params)} data-testid="seal-uses-export">{t('common.exportXlsx')}</Button>
          </>
        }
      />
      <Card variant="borderless">
        <h2 className="gj-office-print-title">{t('seals.uses.title')}</h2>
        <Flex gap={8} wrap className="toolbar gj-no-print" style={{ marginBottom: 12 }}>
          <Select allowClear placeholder={t('seals.field.name')} style={{ width: 160 }} options={(seals.data ?? []).map((s) => ({ value: s.id, label: s.name }))} onChange={(v) => set({ sealId: v })} />
          <Select allowClear placeholder={t('common.status')} style={{ width: 120 }} options={STATUSES.map((v) => ({ value: v, label: t(`seals.useStatus.${v}`) }))} onChange={(v) => set({ status: v })} />
          <DatePicker.RangePicker onChange={onRange} allowEmpty={[true, true]} />
          <Checkbox checked={params.logged === 'true'} onChange={(e) => set({ logged: e.target.checked ? 'true' : undefined })}>{t('seals.uses.loggedOnly')}</Checkbox>
        </Flex>
        <Table
          rowKey="id"
          size="small"
          loading={list.isFetching}
          dataSource={list.data ?? []}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 20, showTotal: (total) => t('common.total', { total }) }}
          data-testid="seal-uses-table"
          columns={[
            { title: t('seals.uses.usedAt'), dataIndex: 'usedAt', render: (v: string | null) => formatDateTime(v) },
            { title: t('seals.field.name'), dataIndex: 'sealName' },
            { title: t('seals.uses.requester'), dataIndex: 'requesterName' },
            { title: t('seals.uses.department'), dataIndex: 'departmentName' },
            { title: t('seals.apply.docKind'), dataIndex: 'docKind', render: (v: string) => t(`seals.docKind.${v}`) },
            { title: t('seals.apply.document'), dataIndex: 'document' },
            { title: t('seals.apply.purpose'), dataIndex: 'purpose' },
            { title: t('seals.apply.copies'), dataIndex: 'copies' },
            { title: t('seals.uses.approvers'), dataIndex: 'approvers' },
            { title: t('seals.uses.keeper'), dataIndex: 'keeperName' },
            { title: t('seals.uses.takeOut'), key: 'out', render: (_v, r) => (r.takeOut ? <Tag color="orange">{`${t('seals.uses.returnBy')} ${formatDateTime(r.returnBy)}`}</Tag> : '') },
            { title: t('seals.uses.returnedAt'), dataIndex: 'returnedAt', render: (v: string | null) => formatDateTime(v) },
            { title: t('common.status'), dataIndex: 'status', render: (s: string, r) => <Link to={`/instances/${r.instanceId}`}>{t(`seals.useStatus.${s}`)}</Link> },
          ]}
        />
      </Card>
    </>
  );
}
