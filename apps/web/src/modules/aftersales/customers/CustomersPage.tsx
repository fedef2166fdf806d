/**
 * 客户档案 (ASV-2): one search box on top — a caller's phone (or name, address, code, serial)
 * finds the customer and shows the warranty of each piece of equipment at once; a caller who is
 * not found is created from the same search. Import of historical customers, export.
 */
import { useEffect, useRef, useState } from 'react';
import { Button, Card, Empty, Flex, Input, Select, Table, Tag, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { withQuery } from '../../../app/api';
import { useAuth } from '../../../app/auth';
import { PageHeader } from '../../../app/components/PageHeader';
import { useIsMobile } from '../../../app/useIsMobile';
import { ImportDialog } from '../../../platform/components/ImportDialog';
import { aftersalesKeys, ASPERM, CUSTOMER_TYPES, customersApi, type CustomerSummary, type CustomerType } from '../api';
import { CustomerDetailDrawer } from './CustomerDetailDrawer';
import { CustomerFormDrawer, type CustomerDialog } from './CustomerFormDrawer';
import { WarrantyBadge } from './WarrantyBadge';

function EquipmentBadges({ equipment }: { equipment: CustomerSummary['equipment'] }) {
  if (equipment.length === 0) return <>—</>;
  return (
    <Flex vertical gap={4}>
      {equipment.map((e) => (
        <Flex key={e.id} gap={6} align="center" wrap>
          <WarrantyBadge state={e.warrantyState} lastDay={e.warrantyLastDay} />
          <span>{e.name}</span>
          {e.model ? <Typography.Text type="secondary">{e.model}</Typography.Text> : null}
        </Flex>
      ))}
    </Flex>
  );
}

/** At phone width one cell per customer: name, phones, then the warranty of each piece of equipment. */
function MobileRow({ r }: { r: CustomerSummary }) {
  return (
    <Flex vertical gap={4}>
      <Flex justify="space-between" gap={8}>
        <Typography.Link strong>{r.name}</Typography.Link>
        <Typography.Text type="secondary" className="mono">{r.code}</Typography.Text>
      </Flex>
      <Typography.Text>{r.phones.join('、')}</Typography.Text>
      <EquipmentBadges equipment={r.equipment} />
      {r.address ? <Typography.Text type="secondary">{r.address}</Typography.Text> : null}
    </Flex>
  );
}

export default function CustomersPage() {
  const { t } = useTranslation();
  const { hasPermission } = useAuth();
  const canEdit = hasPermission(ASPERM.customers);
  const isMobile = useIsMobile();
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

  // Functional update: two changes in one tick (close the drawer, search) must both apply.
  const update = (patch: { q?: string; type?: CustomerType; page?: number; id?: string | null }) => {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(patch)) {
          if (v === undefined || v === null || v === '' || (k === 'page' && v === 1)) next.delete(k);
          else next.set(k, String(v));
        }
        return next;
      },
      { replace: true },
    );
  };

  const listParams = { q, type, page, pageSize: 50 };
  const list = useQuery({ queryKey: aftersalesKeys.customers(listParams), queryFn: () => customersApi.list(listParams), placeholderData: keepPreviousData });
  const items = list.data?.items ?? [];

  // A caller's number that finds exactly one customer opens him at once (one step for the clerk);
  // only once per search, so closing the drawer leaves the list.
  const autoOpened = useRef<string | null>(null);
  useEffect(() => {
    const data = list.data;
    if (!q || list.isPlaceholderData || !data || autoOpened.current === q) return;
    autoOpened.current = q;
    if (q.replace(/\D/g, '').length >= 7 && /^[+\d\s\-()]+$/.test(q) && data.total === 1 && data.items[0]) update({ id: data.items[0].id });
  }, [q, list.data, list.isPlaceholderData]);

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
          scroll={isMobile ? undefined : { x: 'max-content' }}
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
          columns={isMobile ? [{ title: t('aftersales.customers.field.name'), key: 'card', render: (_: unknown, r: CustomerSummary) => <MobileRow r={r} /> }] : [
            {
              title: t('aftersales.customers.field.name'),
              dataIndex: 'name',
              width: 190,
              render: (v: string, r) => (
                <Flex vertical>
                  <Typography.Link strong>{v}</Typography.Link>
                  <Typography.Text type="secondary" className="mono">{r.code}</Typography.Text>
                </Flex>
              ),
            },
            { title: t('aftersales.customers.field.phones'), dataIndex: 'phones', width: 140, render: (ps: string[]) => <Flex vertical>{ps.map((p) => <span key={p}>{p}</span>)}</Flex> },
            { title: t('aftersales.customers.field.equipment'), dataIndex: 'equipment', width: 300, render: (es: CustomerSummary['equipment']) => <EquipmentBadges equipment={es} /> },
            { title: t('aftersales.customers.field.address'), dataIndex: 'address', width: 260, render: (v: string) => v || '—' },
            { title: t('aftersales.customers.field.type'), dataIndex: 'type', width: 90, render: (v: CustomerType) => <Tag>{t(`aftersales.customers.type.${v}`)}</Tag> },
          ]}
        />
      </Card>
      <CustomerDetailDrawer customerId={open} onClose={() => update({ id: null })} onEdit={(customer) => setDialog({ mode: 'edit', customer })} />
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
