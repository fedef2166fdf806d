/** 二次销售业务记录表 (ASV-15): the register with filters, xlsx export, and a drawer to record or correct a sale. */
import { useState } from 'react';
import { App, Button, Card, DatePicker, Drawer, Flex, Form, Input, Select, Table, Tag } from 'antd';
import { DownloadOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../../app/api';
import { PageHeader } from '../../../app/components/PageHeader';
import { formatDate, formatYuan } from '../../../app/format';
import { useIsMobile } from '../../../app/useIsMobile';
import { UserSelect } from '../../../platform/components/UserSelect';
import { careApi, careKeys, SOURCES, type Sale, type SaleQuery, type SaleSource } from './api';
import { CustomerPicker } from './pickers';
import { SaleFormItems, saleFields, type SaleValues } from './SaleFormItems';

interface Values extends SaleValues { customerId: string; source: SaleSource }

function SaleDrawer({ sale, open, onClose }: { sale: Sale | null; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const isMobile = useIsMobile();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const customerId = Form.useWatch('customerId', form);
  const save = useMutation({
    mutationFn: async (v: Values): Promise<unknown> => {
      const body = { ...saleFields(v), customerId: v.customerId, source: v.source };
      return sale ? careApi.updateSale(sale.id, body) : careApi.createSale(body);
    },
    onSuccess: () => {
      message.success(t('aftersales.care.saved'));
      void qc.invalidateQueries({ queryKey: careKeys.all });
      onClose();
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  const initial: Partial<Values> = sale
    ? { customerId: sale.customerId, equipmentId: sale.equipmentId, item: sale.item, category: sale.category, quantity: sale.quantity, amount: sale.amountFen / 100, salespersonId: sale.salespersonId, soldOn: dayjs(sale.soldOn), notes: sale.notes, source: sale.source }
    : { quantity: 1, source: 'other', soldOn: dayjs() };
  return (
    <Drawer open={open} onClose={onClose} destroyOnHidden size={isMobile ? '100%' : 560} title={sale ? t('aftersales.care.sales.edit') : t('aftersales.care.sales.create')}
      extra={<Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="care-sale-save">{t('common.save')}</Button>}>
      <Form form={form} layout="vertical" initialValues={initial} onFinish={(v) => save.mutate(v)}>
        <Form.Item name="customerId" label={t('aftersales.care.f.customer')} rules={[{ required: true }]}><CustomerPicker initialLabel={sale?.customerName} /></Form.Item>
        <Form.Item name="source" label={t('aftersales.care.f.source')}>
          <Select options={SOURCES.map((s) => ({ value: s, label: t(`aftersales.care.source.${s}`) }))} />
        </Form.Item>
        <SaleFormItems customerId={customerId} salesperson={sale ? { value: sale.salespersonId, label: sale.salespersonName } : null} />
      </Form>
    </Drawer>
  );
}

export default function SalesPage() {
  const { t } = useTranslation();
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);
  const [filter, setFilter] = useState<SaleQuery>({});
  const [editing, setEditing] = useState<{ sale: Sale | null } | null>(null);
  const query: SaleQuery = { ...filter, from: range?.[0].format('YYYY-MM-DD'), to: range?.[1].format('YYYY-MM-DD') };
  const list = useQuery({ queryKey: careKeys.sales(query), queryFn: () => careApi.sales(query) });
  const items = list.data?.items ?? [];
  return (
    <>
      <PageHeader title={t('aftersales.care.sales.title')} description={t('aftersales.care.sales.description')}
        extra={(
          <>
            <Button icon={<DownloadOutlined />} href={careApi.salesXlsx(query)} data-testid="care-sales-xlsx">{t('common.exportXlsx')}</Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ sale: null })} data-testid="care-sale-create">{t('aftersales.care.sales.create')}</Button>
          </>
        )} />
      <Card variant="borderless">
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <DatePicker.RangePicker value={range} onChange={(v) => setRange(v && v[0] && v[1] ? [v[0], v[1]] : null)} />
          <Select allowClear placeholder={t('aftersales.care.f.source')} style={{ width: 130 }} value={filter.source} onChange={(source?: SaleSource) => setFilter({ ...filter, source })}
            options={SOURCES.map((s) => ({ value: s, label: t(`aftersales.care.source.${s}`) }))} />
          <div style={{ width: 180 }}><UserSelect placeholder={t('aftersales.care.f.salesperson')} value={filter.salespersonId ?? null} onChange={(v) => setFilter({ ...filter, salespersonId: v ?? undefined })} /></div>
          <Input.Search allowClear placeholder={t('aftersales.care.sales.search')} onSearch={(v) => setFilter({ ...filter, q: v.trim() || undefined })} style={{ flex: '1 1 200px', maxWidth: 300 }} />
        </Flex>
        <Table<Sale> rowKey="id" size="small" loading={list.isFetching} dataSource={items} scroll={{ x: 1000 }} data-testid="care-sales"
          columns={[
            { title: t('aftersales.care.col.date'), dataIndex: 'soldOn', render: (d: string) => formatDate(d) },
            { title: t('aftersales.care.col.customer'), dataIndex: 'customerName' },
            { title: t('aftersales.care.f.equipment'), dataIndex: 'equipmentName' },
            { title: t('aftersales.care.col.item'), dataIndex: 'item' },
            { title: t('aftersales.care.col.category'), dataIndex: 'categoryName' },
            { title: t('aftersales.care.f.quantity'), dataIndex: 'quantity', align: 'right' },
            { title: t('aftersales.care.f.amount'), dataIndex: 'amountFen', align: 'right', render: (v: number) => formatYuan(v) },
            { title: t('aftersales.care.f.salesperson'), dataIndex: 'salespersonName' },
            { title: t('aftersales.care.f.source'), dataIndex: 'source', render: (s: string) => <Tag>{t(`aftersales.care.source.${s}`)}</Tag> },
            { title: t('aftersales.care.col.jobNo'), dataIndex: 'jobNo', render: (v: string | null) => (v ? <Link to={`/aftersales/jobs?q=${encodeURIComponent(v)}`}>{v}</Link> : '') },
            { title: '', key: 'edit', render: (_: unknown, r) => <Button size="small" icon={<EditOutlined />} onClick={() => setEditing({ sale: r })}>{t('common.edit')}</Button> },
          ]}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={6}>{t('aftersales.care.total')}</Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">{formatYuan(items.reduce((a, i) => a + i.amountFen, 0))}</Table.Summary.Cell>
              <Table.Summary.Cell index={2} colSpan={4} />
            </Table.Summary.Row>
          )} />
      </Card>
      <SaleDrawer open={!!editing} sale={editing?.sale ?? null} onClose={() => setEditing(null)} />
    </>
  );
}
