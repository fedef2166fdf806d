/**
 * 客户档案 (ASV-2): one search box on top — a caller's phone (or name, address, code, serial)
 * finds the customer and shows the warranty of each piece of equipment at once; a caller who is
 * not found is created from the same search. Import of historical customers, export.
 */
import { useState } from 'react';
import { Button, Card, Empty, Flex, Input, Select, Table, Tag, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { withQuery } from '../../../app/api';
import { useAuth } from '../../../app/auth';
import { PageHeader } from '../../../app/components/PageHeader';
import { ImportDialog } from '../../../platform/components/ImportDialog';
import { aftersalesKeys, ASPERM, CUSTOMER_TYPES, customersApi, type CustomerSummary, type CustomerType } from '../api';
import { CustomerDetailDrawer } from './CustomerDetailDrawer';
import { CustomerFormDrawer, type CustomerDialog } from './CustomerFormDrawer';
import { WarrantyBadge } from './WarrantyBadge';

export default function CustomersPage() {
  const { t } = useTranslation();
  const { hasPermission } = useAuth();
  const canEdit = hasPermission(ASPERM.customers);
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? undefined;
  const typeParam = params.get('type');
  const type = CUSTOMER_TYPES.includes(typeParam as CustomerType) ? (typeParam as CustomerType) : undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const open = params.get('id');
  const [search, setSearch] = useState(q ?? '');
  const [dialog, setDialog] = useState<CustomerDialog | null>(null);
  const [importing, setImporting] = useState(false);

  const update = (patch: { q?: string; type?: CustomerType; page?: number; id?: string | null }) => {
    const next = { q, type, page, id: open, ...patch };
    const out: Record<string, string> = {};
    if (next.q) out.q = next.q;
    if (next.type) out.type = next.type;
    if (next.page && next.page > 1) out.page = String(next.page);
    if (next.id) out.id = next.id;
    setParams(out, { replace: true });
  };

  const listParams = { q, type, page, pageSize: 50 };
  const list = useQuery({ queryKey: aftersalesKeys.customers(listParams), queryFn: () => customersApi.list(listParams), placeholderData: keepPreviousData });
  const items = list.data?.items ?? [];

  return (
    <>
      <PageHeader
        title={t('aftersales.customers.title')}
        description={t('aftersales.customers.description')}
        extra={
          <>
            <Button icon={<DownloadOutlined />} href={withQuery('/api/aftersales/customers/export.xlsx', { q, type })} data-testid="customer-export">
              {t('common.exportXlsx')}
            </Button>
            {canEdit ? (
              <>
                <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="customer-import">
                  {t('common.importXlsx')}
                </Button>
                <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ mode: 'create' })} data-testid="customer-create">
                  {t('aftersales.customers.create')}
                </Button>
              </>
            ) : null}
          </>
        }
      />
      <Card variant="borderless">
        <Flex vertical gap={4} style={{ marginBottom: 12 }}>
          <Flex gap={8} wrap>
            <Input.Search
              allowClear
              autoFocus
              size="large"
              enterButton
              inputMode="search"
              placeholder={t('aftersales.customers.searchPlaceholder')}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              onSearch={(value) => update({ q: value.trim() || undefined, page: 1 })}
              style={{ flex: '1 1 320px', maxWidth: 560 }}
              data-testid="customer-search"
            />
            <Select
              allowClear
              size="large"
              placeholder={t('aftersales.customers.filterType')}
              value={type}
              onChange={(v?: CustomerType) => update({ type: v, page: 1 })}
              options={CUSTOMER_TYPES.map((k) => ({ value: k, label: t(`aftersales.customers.type.${k}`) }))}
              style={{ width: 150 }}
            />
          </Flex>
          <Typography.Text type="secondary">{t('aftersales.customers.searchHint')}</Typography.Text>
        </Flex>
        <Table<CustomerSummary>
          rowKey="id"
          loading={list.isFetching}
          dataSource={items}
          scroll={{ x: 'max-content' }}
          data-testid="customer-table"
          onRow={(r) => ({ onClick: () => update({ id: r.id }), style: { cursor: 'pointer' } })}
          locale={{
            emptyText: q ? (
              <Empty description={t('aftersales.customers.noResult', { q })}>
                {canEdit ? (
                  <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ mode: 'create', prefill: q })} data-testid="customer-create-from-search">
                    {t('aftersales.customers.createFromSearch')}
                  </Button>
                ) : null}
              </Empty>
            ) : undefined,
          }}
          pagination={{
            current: page,
            pageSize: 50,
            total: list.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total) => t('common.total', { total }),
            onChange: (p) => update({ page: p }),
          }}
          columns={[
            { title: t('aftersales.customers.field.code'), dataIndex: 'code', width: 100, render: (v: string) => <span className="mono">{v}</span> },
            { title: t('aftersales.customers.field.name'), dataIndex: 'name', width: 180, render: (v: string) => <Typography.Link strong>{v}</Typography.Link> },
            { title: t('aftersales.customers.field.phones'), dataIndex: 'phones', width: 150, render: (ps: string[]) => <Flex vertical>{ps.map((p) => <span key={p}>{p}</span>)}</Flex> },
            {
              title: t('aftersales.customers.field.equipment'),
              dataIndex: 'equipment',
              width: 280,
              render: (es: CustomerSummary['equipment']) =>
                es.length === 0 ? '—' : (
                  <Flex vertical gap={4}>
                    {es.map((e) => (
                      <Flex key={e.id} gap={6} align="center" wrap>
                        <WarrantyBadge state={e.warrantyState} lastDay={e.warrantyLastDay} />
                        <span>{e.name}</span>
                        {e.model ? <Typography.Text type="secondary">{e.model}</Typography.Text> : null}
                      </Flex>
                    ))}
                  </Flex>
                ),
            },
            { title: t('aftersales.customers.field.address'), dataIndex: 'address', width: 260, render: (v: string) => v || '—' },
            { title: t('aftersales.customers.field.type'), dataIndex: 'type', width: 90, render: (v: CustomerType) => <Tag>{t(`aftersales.customers.type.${v}`)}</Tag> },
          ]}
        />
      </Card>
      <CustomerDetailDrawer customerId={open} onClose={() => update({ id: null })} />
      <CustomerFormDrawer dialog={dialog} onClose={() => setDialog(null)} onSaved={(id) => update({ id })} />
      <ImportDialog
        open={importing}
        title={t('aftersales.customers.importTitle')}
        hint={t('aftersales.customers.importHint')}
        extra={
          <a href="/api/aftersales/customers/template.xlsx" data-testid="customer-template">
            <DownloadOutlined /> {t('aftersales.customers.template')}
          </a>
        }
        writeModes={['all', 'valid-only']}
        run={(file, mode) => customersApi.importXlsx(file, mode)}
        onClose={() => setImporting(false)}
        onImported={() => void queryClient.invalidateQueries({ queryKey: aftersalesKeys.all })}
      />
    </>
  );
}
