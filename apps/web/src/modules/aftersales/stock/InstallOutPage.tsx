/**
 * 安装出库 (ASV-11): the instances of the `aftersales.install_out` process with their state, and a
 * drawer that starts one (新增订货合同: an existing customer or a new one, the contract, the
 * channel, the goods — sets go whole). The following steps are handled on the engine's pages.
 */
import { useState } from 'react';
import { App, Button, Card, Drawer, Flex, Form, Input, InputNumber, Radio, Select, Table, Tag, Typography } from 'antd';
import { ApartmentOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { errorMessage } from '../../../app/api';
import { useAuth } from '../../../app/auth';
import { PageHeader } from '../../../app/components/PageHeader';
import { formatDateTime, formatYuan } from '../../../app/format';
import { useIsMobile } from '../../../app/useIsMobile';
import { customersApi } from '../api';
import { INSTALL_OUT_KEY, stockApi, stockKeys, STOCK_PERM, type InstallOut, type InstallStatus } from './api';

const STATUS_COLORS: Record<InstallStatus, string> = { check: 'orange', receipt: 'blue', ship: 'processing', confirm: 'purple', done: 'green', cancelled: 'default' };
const SOURCES = ['零售', '工程项目', '单位客户'];

function StartDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const isMobile = useIsMobile();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [form] = Form.useForm();
  const [mode, setMode] = useState<'existing' | 'new'>('existing');
  const [search, setSearch] = useState('');
  const customers = useQuery({ queryKey: ['aftersales', 'customers', { q: search, pageSize: 20 }], queryFn: () => customersApi.list({ q: search || undefined, pageSize: 20 }), enabled: open });
  const items = useQuery({ queryKey: stockKeys.items, queryFn: () => stockApi.items(), enabled: open });
  const start = useMutation({
    mutationFn: (v: Record<string, unknown> & { amountYuan?: number; lines: { itemId: string; qty: number }[] }) => {
      const { amountYuan, ...rest } = v;
      const body = { ...rest, contractAmountFen: Math.round((amountYuan ?? 0) * 100) } as Parameters<typeof stockApi.startInstall>[0];
      if (mode === 'existing') { delete body.newCustomerName; delete body.newCustomerPhone; delete body.newCustomerAddress; } else delete body.customerId;
      return stockApi.startInstall(body);
    },
    onSuccess: (r) => {
      message.success(t('aftersales.stock.install.started', { no: r.outNo }));
      void qc.invalidateQueries({ queryKey: stockKeys.all });
      form.resetFields();
      onClose();
      void navigate(`/instances/${r.instanceId}`);
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  const f = (k: string) => t(`aftersales.stock.install.form.${k}`);
  return (
    <Drawer open={open} onClose={onClose} title={t('aftersales.stock.install.start')} size={isMobile ? '100%' : 560}
      extra={<Button type="primary" loading={start.isPending} onClick={() => form.submit()}>{t('common.save')}</Button>}>
      <Form form={form} layout="vertical" onFinish={(v) => start.mutate(v)} initialValues={{ source: '零售', lines: [{ qty: 1 }] }}>
        <Form.Item label={f('customerMode')}>
          <Radio.Group value={mode} onChange={(e) => setMode(e.target.value as 'existing' | 'new')} optionType="button"
            options={[{ value: 'existing', label: f('existing') }, { value: 'new', label: f('newCustomer') }]} />
        </Form.Item>
        {mode === 'existing' ? (
          <Form.Item name="customerId" label={f('customer')} rules={[{ required: true }]}>
            <Select showSearch filterOption={false} onSearch={setSearch} placeholder={f('customerSearch')} loading={customers.isLoading}
              options={(customers.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.name} ${c.phones[0] ?? ''}` }))} />
          </Form.Item>
        ) : (
          <>
            <Form.Item name="newCustomerName" label={f('newName')} rules={[{ required: true, max: 100 }]}><Input /></Form.Item>
            <Form.Item name="newCustomerPhone" label={f('newPhone')} rules={[{ required: true, max: 40 }]}><Input inputMode="tel" /></Form.Item>
            <Form.Item name="newCustomerAddress" label={f('newAddress')}><Input maxLength={200} /></Form.Item>
          </>
        )}
        <Flex gap={12} wrap>
          <Form.Item name="contractNo" label={f('contractNo')} rules={[{ required: true, max: 40 }]} style={{ flex: 1, minWidth: 180 }}><Input /></Form.Item>
          <Form.Item name="amountYuan" label={f('amount')}><InputNumber min={0} precision={2} style={{ width: 160 }} /></Form.Item>
        </Flex>
        <Form.Item name="source" label={f('source')} extra={f('sourceHint')} rules={[{ required: true, max: 40 }]}>
          <Select options={SOURCES.map((s) => ({ value: s, label: s }))} />
        </Form.Item>
        <Typography.Text strong>{f('lines')}</Typography.Text>
        <Form.List name="lines">
          {(fields, { add, remove }) => (
            <>
              {fields.map((fl) => (
                <Flex key={fl.key} gap={8} align="baseline">
                  <Form.Item name={[fl.name, 'itemId']} rules={[{ required: true }]} style={{ flex: 1 }}>
                    <Select showSearch optionFilterProp="label" placeholder={f('item')}
                      options={(items.data?.items ?? []).filter((i) => i.isInstallGoods).map((i) => ({ value: i.id, label: i.isSet ? `${i.name}（${i.setLines.map((l) => `${l.itemName}×${l.qty}`).join('、')}）` : `${i.code} ${i.name}（${i.quantity}${i.unit}）` }))} />
                  </Form.Item>
                  <Form.Item name={[fl.name, 'qty']} rules={[{ required: true }]}><InputNumber min={1} precision={0} placeholder={f('qty')} /></Form.Item>
                  {fields.length > 1 ? <MinusCircleOutlined onClick={() => remove(fl.name)} /> : null}
                </Flex>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ qty: 1 })} block style={{ marginBottom: 16 }}>{f('addLine')}</Button>
            </>
          )}
        </Form.List>
        <Form.Item name="note" label={f('note')}><Input.TextArea rows={2} maxLength={500} /></Form.Item>
      </Form>
    </Drawer>
  );
}

export default function InstallOutPage() {
  const { t } = useTranslation();
  const { hasPermission } = useAuth();
  const [starting, setStarting] = useState(false);
  const list = useQuery({ queryKey: stockKeys.installs, queryFn: () => stockApi.installs() });
  const c = (k: string) => t(`aftersales.stock.install.col.${k}`);
  return (
    <>
      <PageHeader title={t('aftersales.stock.install.title')} description={t('aftersales.stock.install.description')}
        extra={(
          <>
            <Link to={`/processes/${INSTALL_OUT_KEY}`}><Button icon={<ApartmentOutlined />}>{t('aftersales.stock.install.processTable')}</Button></Link>
            {hasPermission(STOCK_PERM.install) ? <Button type="primary" icon={<PlusOutlined />} onClick={() => setStarting(true)}>{t('aftersales.stock.install.start')}</Button> : null}
          </>
        )} />
      <Card>
        <Table<InstallOut> rowKey="id" size="middle" loading={list.isLoading} dataSource={list.data?.items ?? []} scroll={{ x: 1500 }} pagination={{ pageSize: 50 }}
          columns={[
            { title: c('outNo'), dataIndex: 'outNo', width: 140, render: (v: string, r) => <Link to={`/instances/${r.instanceId}`} className="mono">{v}</Link> },
            { title: c('createdAt'), dataIndex: 'createdAt', width: 150, render: (v: string) => formatDateTime(v) },
            { title: c('customer'), dataIndex: 'customerName', width: 180 },
            { title: c('contract'), dataIndex: 'contractNo', width: 130, render: (v: string) => <span className="mono">{v}</span> },
            { title: c('amount'), dataIndex: 'contractAmountFen', width: 120, align: 'right', render: (v: number) => formatYuan(v) },
            { title: c('source'), dataIndex: 'source', width: 90 },
            { title: c('lines'), dataIndex: 'linesText', width: 280 },
            { title: c('status'), dataIndex: 'status', width: 100, render: (v: InstallStatus) => <Tag color={STATUS_COLORS[v]}>{t(`aftersales.stock.installStatus.${v}`)}</Tag> },
            { title: c('requestedBy'), dataIndex: 'requestedByName', width: 90 },
            { title: c('confirmedAt'), dataIndex: 'confirmedAt', width: 150, render: (v: string | null) => formatDateTime(v) },
          ]} />
      </Card>
      <StartDrawer open={starting} onClose={() => setStarting(false)} />
    </>
  );
}
