/** ARC-2 借阅/复印登记: every request with its approval state, loan, return check and copies. */
import { useState } from 'react';
import { Button, Card, Checkbox, Flex, Select, Table, Tag } from 'antd';
import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { withQuery } from '../../app/api';
import { PageHeader } from '../../app/components/PageHeader';
import { formatDate, formatDateTime } from '../../app/format';
import { archiveKeys, archivesApi, type BorrowParams } from './api';
import './print.css';

const STATUSES = ['open', 'approved', 'lent', 'returned', 'copied', 'rejected', 'cancelled'] as const;

export default function BorrowsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useState<BorrowParams>({});
  const list = useQuery({ queryKey: archiveKeys.borrows(params), queryFn: () => archivesApi.borrows(params), placeholderData: keepPreviousData });
  const set = (p: Partial<BorrowParams>) => setParams((cur) => ({ ...cur, ...p }));
  return (
    <>
      <PageHeader
        title={t('archives.borrows.title')}
        description={t('archives.borrows.description')}
        extra={
          <>
            <Button icon={<PrinterOutlined />} onClick={() => window.print()}>{t('archives.catalog.print')}</Button>
            <Button icon={<DownloadOutlined />} href={withQuery(archivesApi.borrowsExportUrl, params)} data-testid="borrows-export">{t('common.exportXlsx')}</Button>
          </>
        }
      />
      <Card variant="borderless">
        <h2 className="gj-office-print-title">{t('archives.borrows.title')}</h2>
        <Flex gap={8} wrap className="toolbar gj-no-print" style={{ marginBottom: 12 }}>
          <Select allowClear placeholder={t('common.status')} style={{ width: 130 }} options={STATUSES.map((v) => ({ value: v, label: t(`archives.borrowStatus.${v}`) }))} onChange={(v) => set({ status: v })} />
          <Select allowClear placeholder={t('archives.request.kind')} style={{ width: 110 }} options={(['borrow', 'copy'] as const).map((v) => ({ value: v, label: t(`archives.kind.${v}`) }))} onChange={(v) => set({ kind: v })} />
          <Checkbox onChange={(e) => set({ overdue: e.target.checked ? 'true' : undefined })} data-testid="borrows-overdue">{t('archives.borrows.overdueOnly')}</Checkbox>
        </Flex>
        <Table
          rowKey="id"
          size="small"
          loading={list.isFetching}
          dataSource={list.data ?? []}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 20, showTotal: (total) => t('common.total', { total }) }}
          data-testid="borrows-table"
          columns={[
            { title: t('archives.field.number'), dataIndex: 'number' },
            { title: t('archives.field.title'), dataIndex: 'title' },
            { title: t('archives.field.secrecy'), dataIndex: 'secrecy' },
            { title: t('archives.request.kind'), dataIndex: 'kind', render: (k: string) => t(`archives.kind.${k}`) },
            { title: t('archives.borrows.borrower'), dataIndex: 'borrowerName' },
            { title: t('archives.borrows.department'), dataIndex: 'departmentName' },
            { title: t('archives.request.purpose'), dataIndex: 'purpose' },
            { title: t('archives.borrows.dueOn'), dataIndex: 'dueOn', render: (v: string | null, r) => <>{formatDate(v)}{r.overdue ? <Tag color="red" style={{ marginLeft: 4 }}>{t('archives.borrows.overdue')}</Tag> : null}</> },
            { title: t('archives.borrows.lentAt'), dataIndex: 'lentAt', render: (v: string | null) => formatDateTime(v) },
            { title: t('archives.borrows.keeper'), dataIndex: 'keeperName' },
            { title: t('archives.borrows.returnedAt'), dataIndex: 'returnedAt', render: (v: string | null, r) => (v ? `${formatDateTime(v)}${r.pagesComplete === false ? `（${r.returnCondition ?? ''}）` : ''}` : '') },
            { title: t('archives.borrows.copies'), key: 'copies', render: (_v, r) => (r.kind === 'copy' ? `${r.copiesMade ?? '—'} / ${r.copies}` : '') },
            { title: t('common.status'), dataIndex: 'status', render: (s: string, r) => <Link to={`/instances/${r.instanceId}`}>{t(`archives.borrowStatus.${s}`)}</Link> },
          ]}
        />
      </Card>
    </>
  );
}
