/** Drawers of the gifts page: a new item, a stock movement (GIFT-1) and an issue request with its signer preview (GIFT-2). */
import { App, Button, Drawer, Form, Input, InputNumber, Radio, Select, Space, Tag } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../app/api';
import { useIsMobile } from '../../app/useIsMobile';
import { GIFT_CATEGORIES, giftsApi, keys, type GiftItem, type GiftLine, type Unit } from './api';

function useSave<T, R>(fn: (v: T) => Promise<R>, done: (r: R) => void) {
  const { message } = App.useApp();
  const { t } = useTranslation();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (r) => {
      message.success(t('reception.saved'));
      await qc.invalidateQueries({ queryKey: ['gifts'] });
      done(r);
    },
    onError: (e) => message.error(errorMessage(e)),
  });
}

export function ItemDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const mobile = useIsMobile();
  const save = useSave((v: { name: string; category: string; unit: string; spec?: string; priceYuan: number; quantity?: number }) =>
    giftsApi.createItem({ name: v.name, category: v.category, unit: v.unit, spec: v.spec || undefined, unitPriceFen: Math.round(v.priceYuan * 100), quantity: v.quantity || undefined }), () => { form.resetFields(); onClose(); });
  return (
    <Drawer open={open} onClose={onClose} title={t('reception.gifts.newItem')} size={mobile ? '100%' : 420} destroyOnHidden
      extra={<Button type="primary" loading={save.isPending} onClick={() => form.submit()}>{t('reception.save')}</Button>}>
      <Form form={form} layout="vertical" name="gift-item" onFinish={(v) => save.mutate(v)} initialValues={{ category: '香烟', unit: '包' }}>
        <Form.Item name="name" label={t('reception.gifts.item')} rules={[{ required: true, whitespace: true }]}><Input maxLength={100} /></Form.Item>
        <Form.Item name="category" label={t('reception.gifts.category')} rules={[{ required: true }]}><Select options={GIFT_CATEGORIES.map((c) => ({ value: c, label: c }))} /></Form.Item>
        <Form.Item name="unit" label={t('reception.gifts.unit')} rules={[{ required: true, whitespace: true }]} extra={t('reception.gifts.unitHint')}><Input maxLength={10} /></Form.Item>
        <Form.Item name="spec" label={t('reception.gifts.spec')}><Input maxLength={100} /></Form.Item>
        <Form.Item name="priceYuan" label={t('reception.gifts.price')} rules={[{ required: true }]}><InputNumber min={0} precision={2} prefix="¥" /></Form.Item>
        <Form.Item name="quantity" label={t('reception.gifts.opening')}><InputNumber min={0} /></Form.Item>
      </Form>
    </Drawer>
  );
}

export function MoveDrawer({ item, onClose }: { item: GiftItem | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const mobile = useIsMobile();
  const save = useSave((v: { kind: string; quantity: number; unit?: Unit; note?: string }) => giftsApi.move(item!.id, v), () => { form.resetFields(); onClose(); });
  const cig = item?.category === '香烟';
  return (
    <Drawer open={!!item} onClose={onClose} title={item ? `${t('reception.gifts.move')}：${item.name}（${t('reception.gifts.stock')} ${item.quantity}${item.unit}）` : ''} size={mobile ? '100%' : 420} destroyOnHidden
      extra={<Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="move-submit">{t('reception.save')}</Button>}>
      <Form form={form} layout="vertical" name="gift-move" onFinish={(v) => save.mutate(v)} initialValues={{ kind: 'in', unit: 'pack' }}>
        <Form.Item name="kind" label={t('reception.gifts.kind')}>
          <Radio.Group options={(['in', 'out', 'adjust'] as const).map((k) => ({ value: k, label: t(`reception.gifts.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="quantity" label={t('reception.gifts.quantity')} rules={[{ required: true }]} extra={t('reception.gifts.adjustHint')}><InputNumber /></Form.Item>
        {cig ? (
          <Form.Item name="unit" label={t('reception.gifts.unit')}>
            <Radio.Group options={[{ value: 'pack', label: t('reception.gifts.pack') }, { value: 'carton', label: t('reception.gifts.carton') }]} />
          </Form.Item>
        ) : null}
        <Form.Item name="note" label={t('reception.settle.note')}><Input maxLength={500} /></Form.Item>
      </Form>
    </Drawer>
  );
}

export function IssueDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ purpose: string; lines: GiftLine[] }>();
  const mobile = useIsMobile();
  const navigate = useNavigate();
  const items = useQuery({ queryKey: keys.items, queryFn: giftsApi.items, enabled: open });
  const lines = (Form.useWatch('lines', form) ?? []).filter((l): l is GiftLine => !!l?.itemId && (l.quantity ?? 0) > 0);
  const preview = useQuery({ queryKey: ['gifts', 'preview', lines], queryFn: () => giftsApi.preview(lines), enabled: open && lines.length > 0, retry: false });
  const save = useSave((v: { purpose: string; lines: GiftLine[] }) => giftsApi.issue(v), (r) => { form.resetFields(); onClose(); navigate(`/instances/${r.instanceId}`); });
  const cigIds = new Set((items.data ?? []).filter((i) => i.category === '香烟').map((i) => i.id));
  return (
    <Drawer open={open} onClose={onClose} title={t('reception.gifts.newIssue')} size={mobile ? '100%' : 560} destroyOnHidden
      extra={<Button type="primary" loading={save.isPending} onClick={() => form.submit()}>{t('reception.submit')}</Button>}>
      <Form form={form} layout="vertical" name="gift-issue" onFinish={(v) => save.mutate(v)} initialValues={{ lines: [{ unit: 'pack' }] }}>
        <Form.Item name="purpose" label={t('reception.gifts.purpose')} rules={[{ required: true, whitespace: true }]}><Input maxLength={500} /></Form.Item>
        <Form.List name="lines">
          {(fields, { add, remove }) => (
            <Form.Item label={t('reception.f.giftLines')}>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" wrap>
                  <Form.Item name={[f.name, 'itemId']} rules={[{ required: true }]}>
                    <Select style={{ width: 200 }} options={(items.data ?? []).filter((i) => i.active).map((i) => ({ value: i.id, label: `${i.name}（${i.quantity}${i.unit}）` }))} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'quantity']} rules={[{ required: true }]}><InputNumber min={1} /></Form.Item>
                  <Form.Item noStyle shouldUpdate>
                    {() => cigIds.has(form.getFieldValue(['lines', f.name, 'itemId'])) ? (
                      <Form.Item name={[f.name, 'unit']}><Select style={{ width: 90 }} options={[{ value: 'pack', label: t('reception.gifts.pack') }, { value: 'carton', label: t('reception.gifts.carton') }]} /></Form.Item>
                    ) : null}
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} aria-label={t('reception.remove')} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ unit: 'pack' })}>{t('reception.addGift')}</Button>
            </Form.Item>
          )}
        </Form.List>
        {preview.data ? <Tag color="blue">{t('reception.links.signer', { who: preview.data.tierLabel })}（{preview.data.linesText}）</Tag> : null}
        {preview.error ? <Tag color="red">{errorMessage(preview.error)}</Tag> : null}
      </Form>
    </Drawer>
  );
}
