/** ARC-1 档案目录: search and filters, register/edit (archives:manage), borrow/copy, export, print. */
import { useState } from 'react';
import { Button, Card, Descriptions, Drawer, Empty, Flex, Input, InputNumber, Select, Table, Tag } from 'antd';
import { DownloadOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { withQuery } from '../../app/api';
import { useAuth } from '../../app/auth';
import { PageHeader } from '../../app/components/PageHeader';
import { formatDate, formatDateTime } from '../../app/format';
import { archiveKeys, archivesApi, SECRECY, type ArchiveItem, type ItemParams } from './api';
import { BorrowModal } from './BorrowModal';
import { ItemDrawer } from './ItemDrawer';
import './print.css';

const SECRECY_COLOR: Record<string, string> = { 普通: 'default', 秘密: 'orange', 机密: 'red' };
const STATUS_COLOR: Record<string, string> = { in: 'green', out: 'blue', destroyed: 'default' };

function ItemDetail({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: archiveKeys.item(id ?? ''), queryFn: () => archivesApi.item(id!), enabled: id !== null });
  const d = q.data;
  return (
    <Drawer open={id !== null} onClose={onClose} title={t('archives.catalog.detail')} size="large" loading={q.isPending}>
      {d ? (
        <>
          <Descriptions column={1} size="small" bordered items={[
            { key: 'n', label: t('archives.field.number'), children: d.number },
            { key: 't', label: t('archives.field.title'), children: d.title },
            { key: 'c', label: t('archives.field.category'), children: `${d.category} · ${d.year}` },
            { key: 'r', label: t('archives.field.retention'), children: d.retention },
            { key: 's', label: t('archives.field.secrecy'), children: <Tag color={SECRECY_COLOR[d.secrecy]}>{d.secrecy}</Tag> },
            { key: 'l', label: t('archives.field.location'), children: `${d.cabinet} / ${d.shelf}` },
            { key: 'p', label: t('archives.field.pages'), children: d.pages },
            { key: 'st', label: t('archives.field.status'), children: t(`archives.status.${d.status}`) },
            { key: 'sc', label: t('archives.catalog.scan'), children: d.scanAttachmentId ? <a href={`/api/attachments/${d.scanAttachmentId}`} target="_blank" rel="noreferrer">{t('common.view')}</a> : '—' },
            { key: 'no', label: t('archives.field.notes'), children: d.notes || '—' },
          ]} />
          <h4 style={{ marginTop: 16 }}>{t('archives.catalog.loans')}</h4>
          {d.loans.length === 0 ? <Empty description={t('archives.catalog.noLoans')} /> : (
            <Table rowKey="id" size="small" pagination={false} dataSource={d.loans} scroll={{ x: 'max-content' }} columns={[
              { title: t('archives.borrows.borrower'), dataIndex: 'borrowerName' },
              { title: t('archives.request.kind'), dataIndex: 'kind', render: (k: string) => t(`archives.kind.${k}`) },
              { title: t('archives.borrows.dueOn'), dataIndex: 'dueOn', render: (v: string | null) => formatDate(v) },
              { title: t('archives.borrows.returnedAt'), dataIndex: 'returnedAt', render: (v: string | null) => formatDateTime(v) },
              { title: t('common.status'), dataIndex: 'status', render: (s: string, r) => <Link to={`/instances/${r.instanceId}`}>{t(`archives.borrowStatus.${s}`)}</Link> },
            ]} />
          )}
        </>
      ) : null}
    </Drawer>
  );
}

export default function CatalogPage() {
  const { t } = useTranslation();
  const { hasPermission } = useAuth();
  const manage = hasPermission('archives:manage');
  const [params, setParams] = useState<ItemParams>({});
  const [editing, setEditing] = useState<{ open: boolean; item: ArchiveItem | null }>({ open: false, item: null });
  const [borrowing, setBorrowing] = useState<ArchiveItem | null>(null);
  const [detail, setDetail] = useState<string | null>(null);
  const list = useQuery({ queryKey: archiveKeys.items(params), queryFn: () => archivesApi.items(params), placeholderData: keepPreviousData });
  const set = (p: Partial<ItemParams>) => setParams((cur) => ({ ...cur, ...p }));
  return (
    <>
      <PageHeader
        title={t('archives.catalog.title')}
        description={t('archives.catalog.description')}
        extra={
          <>
            <Button icon={<PrinterOutlined />} onClick={() => window.print()}>{t('archives.catalog.print')}</Button>
            <Button icon={<DownloadOutlined />} href={withQuery(archivesApi.itemsExportUrl, params)} data-testid="archives-export">{t('common.exportXlsx')}</Button>
            {manage ? <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ open: true, item: null })} data-testid="archives-add">{t('archives.catalog.add')}</Button> : null}
          </>
        }
      />
      <Card variant="borderless">
        <h2 className="gj-office-print-title">{t('archives.catalog.title')}</h2>
        <Flex gap={8} wrap className="toolbar gj-no-print" style={{ marginBottom: 12 }}>
          <Input.Search allowClear placeholder={t('archives.catalog.search')} style={{ width: 220 }} onSearch={(q) => set({ q: q || undefined })} data-testid="archives-search" />
          <Input allowClear placeholder={t('archives.field.category')} style={{ width: 140 }} onChange={(e) => set({ category: e.target.value || undefined })} />
          <InputNumber placeholder={t('archives.field.year')} min={1900} max={2100} precision={0} style={{ width: 110 }} onChange={(v) => set({ year: v ?? undefined })} />
          <Select allowClear placeholder={t('archives.field.secrecy')} style={{ width: 110 }} options={SECRECY.map((v) => ({ value: v, label: v }))} onChange={(v) => set({ secrecy: v })} />
          <Select allowClear placeholder={t('archives.field.status')} style={{ width: 110 }} options={(['in', 'out', 'destroyed'] as const).map((v) => ({ value: v, label: t(`archives.status.${v}`) }))} onChange={(v) => set({ status: v })} />
        </Flex>
        <Table
          rowKey="id"
          size="small"
          loading={list.isFetching}
          dataSource={list.data ?? []}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 20, showTotal: (total) => t('common.total', { total }) }}
          data-testid="archives-table"
          columns={[
            { title: t('archives.field.number'), dataIndex: 'number', render: (v: string, r) => <a onClick={() => setDetail(r.id)}>{v}</a> },
            { title: t('archives.field.title'), dataIndex: 'title' },
            { title: t('archives.field.category'), dataIndex: 'category' },
            { title: t('archives.field.year'), dataIndex: 'year' },
            { title: t('archives.field.retention'), dataIndex: 'retention' },
            { title: t('archives.field.secrecy'), dataIndex: 'secrecy', render: (v: string) => <Tag color={SECRECY_COLOR[v]}>{v}</Tag> },
            { title: t('archives.field.location'), key: 'loc', render: (_v, r) => `${r.cabinet} / ${r.shelf}` },
            { title: t('archives.field.pages'), dataIndex: 'pages' },
            { title: t('archives.field.status'), dataIndex: 'status', render: (v: string) => <Tag color={STATUS_COLOR[v]}>{t(`archives.status.${v}`)}</Tag> },
            {
              title: t('common.actions'),
              key: 'a',
              className: 'gj-no-print',
              render: (_v, r) => (
                <Flex gap={8}>
                  {r.status === 'destroyed' ? null : <a onClick={() => setBorrowing(r)} data-testid={`archive-borrow-${r.number}`}>{t('archives.catalog.borrow')}</a>}
                  {manage ? <a onClick={() => setEditing({ open: true, item: r })}>{t('common.edit')}</a> : null}
                </Flex>
              ),
            },
          ]}
        />
      </Card>
      <ItemDrawer open={editing.open} item={editing.item} onClose={() => setEditing({ open: false, item: null })} />
      <BorrowModal item={borrowing} onClose={() => setBorrowing(null)} />
      <ItemDetail id={detail} onClose={() => setDetail(null)} />
    </>
  );
}
