/** The reception request form (RCP-1): visitors, level, purpose, dates, needs, gifts and budget. */
import { App, Button, Checkbox, DatePicker, Drawer, Flex, Form, Input, InputNumber, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/api';
import { useIsMobile } from '../../app/useIsMobile';
import { EXPENSE_CATEGORIES, giftsApi, keys, LEVELS, receptionApi, type Unit } from './api';

interface Values {
  visitorOrg: string;
  guestCount: number;
  guests?: { name: string; title?: string }[];
  level: string;
  purpose: string;
  dates: [Dayjs, Dayjs];
  needs: string[];
  giftLines?: { itemId: string; quantity: number; unit?: Unit }[];
  budgetLines?: { category: string; amountYuan: number }[];
}

export function ReceptionDrawer({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const qc = useQueryClient();
  const mobile = useIsMobile();
  const items = useQuery({ queryKey: keys.items, queryFn: giftsApi.items, enabled: open });
  const needs = Form.useWatch('needs', form) ?? [];
  const create = useMutation({
    mutationFn: (v: Values) =>
      receptionApi.create({
        visitorOrg: v.visitorOrg,
        guestCount: v.guestCount,
        guests: (v.guests ?? []).filter((g) => g?.name).map((g) => ({ name: g.name, title: g.title || undefined })),
        level: v.level,
        purpose: v.purpose,
        startDate: v.dates[0].format('YYYY-MM-DD'),
        endDate: v.dates[1].format('YYYY-MM-DD'),
        needs: Object.fromEntries(v.needs.map((n) => [n, true])),
        giftLines: v.needs.includes('gifts') ? (v.giftLines ?? []).filter((l) => l?.itemId) : [],
        budgetLines: (v.budgetLines ?? []).filter((l) => l?.category).map((l) => ({ category: l.category, amountFen: Math.round((l.amountYuan ?? 0) * 100) })),
      }),
    onSuccess: async (r) => {
      message.success(t('reception.created'));
      await qc.invalidateQueries({ queryKey: ['reception'] });
      form.resetFields();
      onCreated(r.receptionId);
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  const cigIds = new Set((items.data ?? []).filter((i) => i.category === '香烟').map((i) => i.id));

  return (
    <Drawer open={open} onClose={onClose} title={t('reception.new')} size={mobile ? '100%' : 640} destroyOnHidden
      extra={<Button type="primary" loading={create.isPending} onClick={() => form.submit()} data-testid="reception-submit">{t('reception.submit')}</Button>}>
      <Form<Values> form={form} layout="vertical" name="reception-request" onFinish={(v) => create.mutate(v)} initialValues={{ level: 'general', guestCount: 1, needs: ['meals'] }}>
        <Form.Item name="visitorOrg" label={t('reception.f.visitorOrg')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={100} data-testid="f-visitorOrg" />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="guestCount" label={t('reception.f.guestCount')} rules={[{ required: true }]}>
            <InputNumber min={1} max={500} data-testid="f-guestCount" />
          </Form.Item>
          <Form.Item name="level" label={t('reception.f.level')} rules={[{ required: true }]} style={{ minWidth: 160 }}>
            <Select options={LEVELS.map((l) => ({ value: l, label: t(`reception.level.${l}`) }))} data-testid="f-level" />
          </Form.Item>
          <Form.Item name="dates" label={t('reception.f.dates')} rules={[{ required: true }]}>
            <DatePicker.RangePicker data-testid="f-dates" />
          </Form.Item>
        </Flex>
        <Form.Item name="purpose" label={t('reception.f.purpose')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={2} maxLength={500} data-testid="f-purpose" />
        </Form.Item>
        <Form.List name="guests">
          {(fields, { add, remove }) => (
            <Form.Item label={t('reception.f.guests')}>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" wrap>
                  <Form.Item name={[f.name, 'name']} rules={[{ required: true, whitespace: true }]}><Input placeholder={t('reception.f.guestName')} maxLength={50} /></Form.Item>
                  <Form.Item name={[f.name, 'title']}><Input placeholder={t('reception.f.guestTitle')} maxLength={50} /></Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} aria-label={t('reception.remove')} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>{t('reception.addGuest')}</Button>
            </Form.Item>
          )}
        </Form.List>
        <Form.Item name="needs" label={t('reception.f.needs')}>
          <Checkbox.Group options={(['meals', 'hotel', 'car', 'room', 'gifts'] as const).map((n) => ({ value: n, label: t(`reception.need.${n}`) }))} data-testid="f-needs" />
        </Form.Item>
        {needs.includes('gifts') ? (
          <Form.List name="giftLines" initialValue={[{}]}>
            {(fields, { add, remove }) => (
              <Form.Item label={t('reception.f.giftLines')}>
                {fields.map((f) => (
                  <Space key={f.key} align="baseline" wrap>
                    <Form.Item name={[f.name, 'itemId']} rules={[{ required: true }]}>
                      <Select style={{ width: 200 }} placeholder={t('reception.gifts.item')} options={(items.data ?? []).filter((i) => i.active).map((i) => ({ value: i.id, label: `${i.name}（${i.quantity}${i.unit}）` }))} data-testid="f-gift-item" />
                    </Form.Item>
                    <Form.Item name={[f.name, 'quantity']} rules={[{ required: true }]}><InputNumber min={1} max={100000} placeholder={t('reception.gifts.quantity')} data-testid="f-gift-quantity" /></Form.Item>
                    <Form.Item noStyle shouldUpdate>
                      {() => cigIds.has(form.getFieldValue(['giftLines', f.name, 'itemId'])) ? (
                        <Form.Item name={[f.name, 'unit']} initialValue="pack">
                          <Select style={{ width: 90 }} options={[{ value: 'pack', label: t('reception.gifts.pack') }, { value: 'carton', label: t('reception.gifts.carton') }]} />
                        </Form.Item>
                      ) : null}
                    </Form.Item>
                    <MinusCircleOutlined onClick={() => remove(f.name)} aria-label={t('reception.remove')} />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>{t('reception.addGift')}</Button>
              </Form.Item>
            )}
          </Form.List>
        ) : null}
        <Form.List name="budgetLines">
          {(fields, { add, remove }) => (
            <Form.Item label={t('reception.f.budget')}>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" wrap>
                  <Form.Item name={[f.name, 'category']} rules={[{ required: true }]}>
                    <Select style={{ width: 110 }} options={EXPENSE_CATEGORIES.map((c) => ({ value: c, label: c }))} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'amountYuan']} rules={[{ required: true }]}><InputNumber min={0} precision={2} prefix="¥" placeholder={t('reception.yuan')} /></Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} aria-label={t('reception.remove')} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>{t('reception.addBudget')}</Button>
            </Form.Item>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}
