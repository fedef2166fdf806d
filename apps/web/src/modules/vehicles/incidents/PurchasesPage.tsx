/**
 * 司机采购 (VEH-22) and 报销不实 (VEH-21): drivers record purchases (special items with three
 * quotes, receipt photo, who got the goods, asset registration); the admin specialist marks
 * reimbursements and records untruthful ones for HR.
 */
import { useState } from 'react';
import { Alert, App, Button, Card, DatePicker, Drawer, Flex, Form, Input, InputNumber, Modal, Popconfirm, Radio, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { DownloadOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { errorMessage } from '../../../app/api';
import { useAuth } from '../../../app/auth';
import { PageHeader } from '../../../app/components/PageHeader';
import { formatDateTime, formatYuan } from '../../../app/format';
import { applyServerErrors } from '../../../app/forms';
import { useIsMobile } from '../../../app/useIsMobile';
import { AttachmentUpload } from '../../../process/form/AttachmentUpload';
import { IPERM, incidentKeys, incidentsApi, type Purchase } from './api';

interface Values {
  boughtOn: Dayjs;
  item: string;
  category: 'regular' | 'special';
  place: string;
  designatedPlace: boolean;
  quotes?: { supplier: string; amountYuan: number }[];
  amountYuan: number;
  receipt?: string[];
  handedTo?: string;
  registeredAs: Purchase['registeredAs'];
}

const fen = (yuan: number) => Math.round(yuan * 100);

function PurchaseDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const mobile = useIsMobile();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const category = Form.useWatch('category', form);
  const p = (k: string) => t(`vehicles.incidents.purchases.${k}`);
  const save = useMutation({
    mutationFn: (v: Values) => incidentsApi.createPurchase({
      boughtOn: v.boughtOn.format('YYYY-MM-DD'), item: v.item, category: v.category, place: v.place, designatedPlace: v.designatedPlace,
      quotes: (v.quotes ?? []).map((q) => ({ supplier: q.supplier, amountFen: fen(q.amountYuan) })), amountFen: fen(v.amountYuan),
      receiptAttachmentId: v.receipt?.[0] ?? null, handedTo: v.handedTo, registeredAs: v.registeredAs,
    }),
    onSuccess: async () => {
      message.success(p('saved'));
      await queryClient.invalidateQueries({ queryKey: incidentKeys.all });
      form.resetFields();
      onClose();
    },
    onError: (err) => {
      const rest = applyServerErrors(form, err);
      if (rest) message.error(rest);
    },
  });
  return (
    <Drawer open={open} onClose={onClose} title={p('add')} size={mobile ? '100%' : 480} destroyOnHidden
      extra={<Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="purchase-save">{t('common.save')}</Button>}>
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}
        initialValues={{ boughtOn: dayjs(), category: 'regular', designatedPlace: true, registeredAs: 'none', quotes: [] }}>
        <Form.Item name="boughtOn" label={p('boughtOn')} rules={[{ required: true }]}><DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} /></Form.Item>
        <Form.Item name="item" label={p('item')} rules={[{ required: true, message: t('common.required') }]}><Input maxLength={200} /></Form.Item>
        <Form.Item name="category" label={p('category')}>
          <Radio.Group options={[{ value: 'regular', label: p('regular') }, { value: 'special', label: p('special') }]} />
        </Form.Item>
        <Form.Item name="place" label={p('place')} rules={[{ required: true, message: t('common.required') }]}><Input maxLength={200} /></Form.Item>
        <Form.Item name="designatedPlace" label={p('designated')} valuePropName="checked"><Switch /></Form.Item>
        {category === 'special' ? (
          <Form.List name="quotes">
            {(fields, { add, remove }) => (
              <Form.Item label={p('quotes')}>
                {fields.map((f) => (
                  <Space key={f.key} align="baseline" style={{ display: 'flex' }}>
                    <Form.Item name={[f.name, 'supplier']} rules={[{ required: true, message: t('common.required') }]}><Input placeholder={p('supplier')} maxLength={100} /></Form.Item>
                    <Form.Item name={[f.name, 'amountYuan']} rules={[{ required: true, message: t('common.required') }]}><InputNumber min={0} precision={2} placeholder="¥" /></Form.Item>
                    <MinusCircleOutlined onClick={() => remove(f.name)} />
                  </Space>
                ))}
                <Button type="dashed" onClick={() => add()} icon={<PlusOutlined />} block>{p('addQuote')}</Button>
              </Form.Item>
            )}
          </Form.List>
        ) : null}
        <Form.Item name="amountYuan" label={p('amount')} rules={[{ required: true, message: t('common.required') }]}><InputNumber min={0.01} precision={2} style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="receipt" label={p('receipt')}><AttachmentUpload maxCount={1} /></Form.Item>
        <Form.Item name="handedTo" label={p('handedTo')}><Input maxLength={100} /></Form.Item>
        <Form.Item name="registeredAs" label={p('registeredAs')}>
          <Select options={(['none', 'tool', 'asset', 'consumable'] as const).map((k) => ({ value: k, label: t(`vehicles.incidents.purchases.reg.${k}`) }))} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}

export default function PurchasesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { hasPermission } = useAuth();
  const queryClient = useQueryClient();
  const canManage = hasPermission(IPERM.manage);
  const [adding, setAdding] = useState(false);
  const [untruthful, setUntruthful] = useState<Purchase | null>(null);
  const [reason, setReason] = useState('');
  const p = (k: string) => t(`vehicles.incidents.purchases.${k}`);
  const list = useQuery({ queryKey: incidentKeys.purchases, queryFn: incidentsApi.purchases });
  const cases = useQuery({ queryKey: incidentKeys.cases, queryFn: incidentsApi.cases });
  const refresh = () => queryClient.invalidateQueries({ queryKey: incidentKeys.all });
  const reimburse = useMutation({ mutationFn: (id: string) => incidentsApi.reimbursed(id), onSuccess: refresh, onError: (e) => message.error(errorMessage(e)) });
  const record = useMutation({
    mutationFn: () => incidentsApi.recordCase({ kind: 'purchase', purchaseId: untruthful!.id, description: reason }),
    onSuccess: async () => {
      setUntruthful(null);
      setReason('');
      await refresh();
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  return (
    <>
      <PageHeader
        title={p('title')}
        description={p('description')}
        extra={
          <>
            <Button icon={<DownloadOutlined />} href={incidentsApi.exportUrl('purchases')}>{t('common.exportXlsx')}</Button>
            {hasPermission(IPERM.checks) ? <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="purchase-add">{p('add')}</Button> : null}
          </>
        }
      />
      <Card variant="borderless" style={{ marginBottom: 12 }}>
        <Table<Purchase>
          rowKey="id"
          size="small"
          loading={list.isFetching}
          dataSource={list.data ?? []}
          scroll={{ x: 'max-content' }}
          data-testid="purchases-table"
          columns={[
            { title: p('boughtOn'), dataIndex: 'boughtOn', width: 100 },
            { title: t('vehicles.incidents.col.driver'), dataIndex: 'driverName', width: 70 },
            { title: p('item'), dataIndex: 'item', width: 140, render: (v: string, r) => (<>{v} {r.category === 'special' ? <Tag>{p('special')}</Tag> : null}</>) },
            { title: p('place'), dataIndex: 'place', width: 140, render: (v: string, r) => (<>{v} {r.designatedPlace ? <Tag color="green">{p('designated')}</Tag> : null}</>) },
            { title: p('quotes'), dataIndex: 'quotes', width: 200, render: (qs: Purchase['quotes']) => (qs.length ? qs.map((q) => `${q.supplier} ${formatYuan(q.amountFen)}`).join('；') : '—') },
            { title: p('amount'), dataIndex: 'amountFen', width: 100, align: 'right', render: (v: number) => formatYuan(v) },
            { title: p('handedTo'), dataIndex: 'handedTo', width: 100 },
            { title: p('registeredAs'), dataIndex: 'registeredAs', width: 90, render: (v: string) => t(`vehicles.incidents.purchases.reg.${v}`) },
            {
              title: p('reimbursedOn'), key: 'reimbursed', width: 150,
              render: (_: unknown, r) => (
                <Flex gap={4} wrap>
                  {r.reimbursedOn ?? '—'}
                  {r.late ? <Tag color="orange">{p('late')}</Tag> : null}
                  {r.untruthful ? <Tag color="red">{p('untruthful')}</Tag> : null}
                </Flex>
              ),
            },
            ...(canManage ? [{
              title: t('common.actions'), key: 'actions', width: 170,
              render: (_: unknown, r: Purchase) => (
                <Flex gap={4}>
                  {!r.reimbursedOn ? (
                    <Popconfirm title={p('markReimbursed')} onConfirm={() => reimburse.mutateAsync(r.id)}>
                      <Button size="small">{p('markReimbursed')}</Button>
                    </Popconfirm>
                  ) : null}
                  {!r.untruthful ? <Button size="small" danger onClick={() => setUntruthful(r)}>{p('untruthful')}</Button> : null}
                </Flex>
              ),
            }] : []),
          ]}
        />
      </Card>
      {cases.data && cases.data.length > 0 ? (
        <Card variant="borderless" title={p('cases')}>
          <Table
            rowKey="id"
            size="small"
            dataSource={cases.data}
            scroll={{ x: 'max-content' }}
            pagination={false}
            columns={[
              { title: t('common.createdAt'), dataIndex: 'createdAt', width: 140, render: (v: string) => formatDateTime(v) },
              { title: t('vehicles.incidents.col.driver'), dataIndex: 'driverName', width: 70 },
              { title: p('untruthfulReason'), dataIndex: 'description', width: 220 },
              { title: p('consequence'), dataIndex: 'consequence', width: 320, render: (v: string) => <Typography.Text type="danger">{v}</Typography.Text> },
            ]}
          />
        </Card>
      ) : null}
      <PurchaseDrawer open={adding} onClose={() => setAdding(false)} />
      <Modal open={!!untruthful} title={p('untruthfulTitle')} onCancel={() => setUntruthful(null)} onOk={() => record.mutate()} okButtonProps={{ danger: true, disabled: !reason.trim() }} confirmLoading={record.isPending}>
        <Alert type="error" showIcon title={p('untruthfulHint')} style={{ marginBottom: 12 }} />
        <Typography.Paragraph>{untruthful ? `${untruthful.boughtOn} ${untruthful.driverName} ${untruthful.item} ${formatYuan(untruthful.amountFen)}` : ''}</Typography.Paragraph>
        <Input.TextArea rows={3} maxLength={2000} placeholder={p('untruthfulReason')} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Modal>
    </>
  );
}
