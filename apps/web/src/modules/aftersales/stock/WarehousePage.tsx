/**
 * 仓库库存 (ASV-4/10/11): the catalog with warehouse quantities (sets with their composition), 入库
 * / 出库 / 盘点调整 for the keeper, and the movement register with filters and xlsx.
 */
import { useState } from 'react';
import { App, Button, Card, Checkbox, DatePicker, Drawer, Flex, Form, Input, InputNumber, Modal, Radio, Select, Table, Tabs, Tag, Typography } from 'antd';
import { DownloadOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/api';
import { useAuth } from '../../../app/auth';
import { PageHeader } from '../../../app/components/PageHeader';
import { formatDateTime, formatYuan } from '../../../app/format';
import { MOVEMENT_KINDS, stockApi, stockKeys, STOCK_PERM, type Movement, type MovementKind, type StockItem } from './api';

function ItemDrawer({ open, items, editing, onClose }: { open: boolean; items: StockItem[]; editing: StockItem | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm();
  const save = useMutation({
    mutationFn: async (v: Record<string, unknown> & { costYuan?: number; setLines?: { itemId: string; qty: number }[] }): Promise<void> => {
      const { costYuan, setLines, ...rest } = v;
      if (editing) {
        const { code: _code, quantity: _q, ...patch } = rest;
        await stockApi.updateItem(editing.id, { ...patch, unitCostFen: Math.round((costYuan ?? 0) * 100), ...(editing.isSet ? { setLines } : {}) });
        return;
      }
      await stockApi.createItem({ ...rest, unitCostFen: Math.round((costYuan ?? 0) * 100), ...(setLines?.length ? { setLines } : {}) });
    },
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: stockKeys.all });
      form.resetFields();
      onClose();
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  const f = (k: string) => t(`aftersales.stock.warehouse.form.${k}`);
  return (
    <Drawer open={open} onClose={onClose} title={editing ? `${t('common.edit')}：${editing.name}` : t('aftersales.stock.warehouse.newItem')} size={520} destroyOnHidden
      extra={<Button type="primary" loading={save.isPending} onClick={() => form.submit()}>{t('common.save')}</Button>}>
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)} preserve={false}
        initialValues={editing ? { ...editing, costYuan: editing.unitCostFen / 100, setLines: editing.setLines.map((l) => ({ itemId: l.itemId, qty: l.qty })) } : undefined}>
        <Form.Item name="code" label={f('code')} rules={[{ required: true, max: 40 }]}><Input disabled={!!editing} /></Form.Item>
        <Form.Item name="name" label={f('name')} rules={[{ required: true, max: 100 }]}><Input /></Form.Item>
        <Form.Item name="model" label={f('model')}><Input maxLength={100} /></Form.Item>
        <Flex gap={12}>
          <Form.Item name="unit" label={f('unit')}><Input maxLength={10} style={{ width: 100 }} /></Form.Item>
          <Form.Item name="costYuan" label={f('cost')}><InputNumber min={0} precision={2} style={{ width: 140 }} /></Form.Item>
          {editing ? null : <Form.Item name="quantity" label={f('quantity')}><InputNumber min={0} precision={0} style={{ width: 120 }} /></Form.Item>}
        </Flex>
        <Form.Item name="smallMin" label={f('smallMin')}><InputNumber min={0} precision={0} /></Form.Item>
        <Form.Item name="isInstallGoods" valuePropName="checked"><Checkbox disabled={editing?.isSet}>{f('install')}</Checkbox></Form.Item>
        {editing ? <Form.Item name="active" valuePropName="checked"><Checkbox>{f('active')}</Checkbox></Form.Item> : null}
        {editing && !editing.isSet ? null : <Typography.Text type="secondary">{f('setLines')}</Typography.Text>}
        {editing && !editing.isSet ? null : <Form.List name="setLines">
          {(fields, { add, remove }) => (
            <>
              {fields.map((fl) => (
                <Flex key={fl.key} gap={8} align="baseline">
                  <Form.Item name={[fl.name, 'itemId']} rules={[{ required: true }]} style={{ flex: 1 }}>
                    <Select showSearch optionFilterProp="label" options={items.filter((i) => i.isInstallGoods && !i.isSet).map((i) => ({ value: i.id, label: `${i.code} ${i.name}` }))} />
                  </Form.Item>
                  <Form.Item name={[fl.name, 'qty']} rules={[{ required: true }]} initialValue={1}><InputNumber min={1} precision={0} /></Form.Item>
                  <MinusCircleOutlined onClick={() => remove(fl.name)} />
                </Flex>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()} block>{f('addLine')}</Button>
            </>
          )}
        </Form.List>}
      </Form>
    </Drawer>
  );
}

function MoveModal({ item, onClose }: { item: StockItem | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [kind, setKind] = useState<'in' | 'out' | 'adjust'>('in');
  const [qty, setQty] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const move = useMutation({
    mutationFn: () => stockApi.move(item!.id, { kind, quantity: qty ?? 0, note: note || undefined }),
    onSuccess: (r) => {
      message.success(t('aftersales.stock.warehouse.moved', { balance: r.balance }));
      void qc.invalidateQueries({ queryKey: stockKeys.all });
      setQty(null);
      setNote('');
      onClose();
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  return (
    <Modal open={!!item} title={`${t('aftersales.stock.warehouse.move')}：${item?.name ?? ''}（${item?.quantity ?? 0}${item?.unit ?? ''}）`} onCancel={onClose} onOk={() => move.mutate()}
      okButtonProps={{ disabled: !qty, loading: move.isPending }} destroyOnHidden>
      <Flex vertical gap={12}>
        <Radio.Group value={kind} onChange={(e) => setKind(e.target.value as 'in' | 'out' | 'adjust')} optionType="button"
          options={(['in', 'out', 'adjust'] as const).map((k) => ({ value: k, label: t(`aftersales.stock.kinds.${k}`) }))} />
        <InputNumber value={qty} onChange={setQty} precision={0} min={kind === 'adjust' ? -1_000_000 : 1} style={{ width: '100%' }} placeholder={t('aftersales.stock.warehouse.form.qty')} />
        <Input value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} placeholder={t('aftersales.stock.warehouse.form.note')} />
      </Flex>
    </Modal>
  );
}

function Movements({ items }: { items: StockItem[] }) {
  const { t } = useTranslation();
  const [itemId, setItemId] = useState<string | undefined>();
  const [kind, setKind] = useState<MovementKind | undefined>();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const q = { itemId, kind, from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') };
  const list = useQuery({ queryKey: stockKeys.movements(q), queryFn: () => stockApi.movements(q) });
  const c = (k: string) => t(`aftersales.stock.warehouse.col.${k}`);
  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Select allowClear showSearch optionFilterProp="label" placeholder={c('name')} style={{ width: 220 }} value={itemId} onChange={setItemId} options={items.filter((i) => !i.isSet).map((i) => ({ value: i.id, label: `${i.code} ${i.name}` }))} />
        <Select allowClear placeholder={c('kind')} style={{ width: 180 }} value={kind} onChange={setKind} options={MOVEMENT_KINDS.map((k) => ({ value: k, label: t(`aftersales.stock.kinds.${k}`) }))} />
        <DatePicker.RangePicker value={range} onChange={(v) => setRange(v as [Dayjs | null, Dayjs | null] | null)} />
        <Button icon={<DownloadOutlined />} href={stockApi.movementsXlsx(q)}>{t('common.exportXlsx')}</Button>
      </Flex>
      <Table<Movement> rowKey="id" size="small" loading={list.isLoading} dataSource={list.data?.items ?? []} scroll={{ x: 1100 }} pagination={{ pageSize: 50 }}
        columns={[
          { title: c('time'), dataIndex: 'occurredAt', width: 150, render: (v: string) => formatDateTime(v) },
          { title: c('kind'), dataIndex: 'kind', width: 130, render: (v: MovementKind) => t(`aftersales.stock.kinds.${v}`) },
          { title: c('name'), dataIndex: 'itemName', render: (v: string, r) => `${r.code} ${v}` },
          { title: c('delta'), dataIndex: 'delta', width: 90, align: 'right', render: (v: number) => (v > 0 ? `+${v}` : v) },
          { title: c('balance'), dataIndex: 'balance', width: 90, align: 'right' },
          { title: c('technician'), dataIndex: 'technicianName', width: 90 },
          { title: c('smallDelta'), dataIndex: 'smallDelta', width: 90, align: 'right', render: (v: number, r) => (r.technicianId && v !== 0 ? (v > 0 ? `+${v}` : v) : '') },
          { title: c('ref'), key: 'ref', width: 160, render: (_: unknown, r) => <span className="mono">{[r.jobNo, r.loanNo, r.outNo].filter(Boolean).join(' ')}</span> },
          { title: c('actor'), dataIndex: 'actorName', width: 80 },
          { title: c('note'), dataIndex: 'note', ellipsis: true },
        ]} />
    </>
  );
}

export default function WarehousePage() {
  const { t } = useTranslation();
  const { hasPermission } = useAuth();
  const canManage = hasPermission(STOCK_PERM.stock);
  const [q, setQ] = useState('');
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<StockItem | null>(null);
  const [moving, setMoving] = useState<StockItem | null>(null);
  const list = useQuery({ queryKey: stockKeys.items, queryFn: () => stockApi.items() });
  const items = list.data?.items ?? [];
  const shown = q ? items.filter((i) => `${i.code} ${i.name} ${i.model}`.includes(q)) : items;
  const c = (k: string) => t(`aftersales.stock.warehouse.col.${k}`);
  return (
    <>
      <PageHeader title={t('aftersales.stock.warehouse.title')} description={t('aftersales.stock.warehouse.description')}
        extra={canManage ? (
          <>
            <Button icon={<DownloadOutlined />} href={stockApi.itemsXlsx()}>{t('common.exportXlsx')}</Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>{t('aftersales.stock.warehouse.newItem')}</Button>
          </>
        ) : null} />
      <Card>
        <Tabs items={[
          {
            key: 'items', label: t('aftersales.stock.warehouse.tabItems'),
            children: (
              <>
                <Input.Search allowClear placeholder={t('aftersales.stock.warehouse.search')} style={{ width: 280, marginBottom: 12 }} onSearch={(v) => setQ(v.trim())} />
                <Table<StockItem> rowKey="id" size="middle" loading={list.isLoading} dataSource={shown} scroll={{ x: 1000 }} pagination={{ pageSize: 50 }}
                  columns={[
                    { title: c('code'), dataIndex: 'code', width: 100, render: (v: string) => <span className="mono">{v}</span> },
                    { title: c('name'), dataIndex: 'name', render: (v: string, r) => (<Flex vertical><span>{v}</span>{r.isSet ? <Typography.Text type="secondary">{r.setLines.map((l) => `${l.itemName}×${l.qty}`).join('、')}</Typography.Text> : null}</Flex>) },
                    { title: c('model'), dataIndex: 'model', width: 150 },
                    { title: c('type'), key: 'type', width: 100, render: (_: unknown, r) => (r.isSet ? <Tag color="purple">{t('aftersales.stock.warehouse.type.set')}</Tag> : r.isInstallGoods ? <Tag color="blue">{t('aftersales.stock.warehouse.type.install')}</Tag> : <Tag>{t('aftersales.stock.warehouse.type.part')}</Tag>) },
                    { title: c('quantity'), dataIndex: 'quantity', width: 100, align: 'right', render: (v: number, r) => (r.isSet ? '—' : <Typography.Text type={v === 0 ? 'danger' : undefined}>{v} {r.unit}</Typography.Text>) },
                    { title: c('cost'), dataIndex: 'unitCostFen', width: 110, align: 'right', render: (v: number) => formatYuan(v) },
                    { title: c('value'), dataIndex: 'stockValueFen', width: 120, align: 'right', render: (v: number, r) => (r.isSet ? '—' : formatYuan(v)) },
                    { title: c('smallMin'), dataIndex: 'smallMin', width: 110, align: 'right', render: (v: number) => v || '—' },
                    ...(canManage ? [{
                      title: '', key: 'act', width: 150,
                      render: (_: unknown, r: StockItem) => (
                        <Flex gap={4}>
                          {r.isSet ? null : <Button size="small" onClick={() => setMoving(r)}>{t('aftersales.stock.warehouse.move')}</Button>}
                          <Button size="small" type="link" onClick={() => setEditing(r)}>{t('common.edit')}</Button>
                        </Flex>
                      ),
                    }] : []),
                  ]} />
              </>
            ),
          },
          { key: 'movements', label: t('aftersales.stock.warehouse.tabMovements'), children: <Movements items={items} /> },
        ]} />
      </Card>
      <ItemDrawer key={editing?.id ?? 'new'} open={creating || !!editing} items={items} editing={editing} onClose={() => { setCreating(false); setEditing(null); }} />
      <MoveModal item={moving} onClose={() => setMoving(null)} />
    </>
  );
}
