import { useEffect } from 'react';
import { App, Button, Drawer, Flex, Form, Input, Select } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { applyServerErrors } from '../../../app/forms';
import { useIsMobile } from '../../../app/useIsMobile';
import { aftersalesKeys, CUSTOMER_TYPES, customersApi, type CustomerBody, type CustomerDetail, type CustomerType } from '../api';

export type CustomerDialog = { mode: 'create'; prefill?: string } | { mode: 'edit'; customer: CustomerDetail };

interface Values {
  name: string;
  type: CustomerType;
  phones: string[];
  address?: string;
  notes?: string;
}

const PHONE_RE = /^[+\d\s\-()（）]{7,40}$/;

/** Create or edit a customer (ASV-2: complete and accurate; the server refuses duplicates). */
export function CustomerFormDrawer({ dialog, onClose, onSaved }: { dialog: CustomerDialog | null; onClose: () => void; onSaved?: (id: string) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const isMobile = useIsMobile();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const editing = dialog?.mode === 'edit' ? dialog.customer : null;

  useEffect(() => {
    if (!dialog) return;
    form.resetFields();
    if (dialog.mode === 'edit') {
      const c = dialog.customer;
      form.setFieldsValue({ name: c.name, type: c.type, phones: c.phones.length ? c.phones : [''], address: c.address, notes: c.notes });
    } else {
      // A search that looked like a phone number becomes the first phone; otherwise the name.
      const p = dialog.prefill?.trim() ?? '';
      const isPhone = PHONE_RE.test(p);
      form.setFieldsValue({ type: 'retail', phones: [isPhone ? p : ''], name: isPhone ? '' : p });
    }
  }, [dialog, form]);

  const save = useMutation({
    mutationFn: async (v: Values): Promise<string> => {
      const body: CustomerBody = { name: v.name.trim(), type: v.type, phones: (v.phones ?? []).map((p) => p.trim()).filter(Boolean), address: v.address?.trim() ?? '', notes: v.notes?.trim() ?? '' };
      if (editing) {
        await customersApi.update(editing.id, body);
        return editing.id;
      }
      const r = await customersApi.create(body);
      message.success(t('aftersales.customers.created', { code: r.code }));
      return r.id;
    },
    onSuccess: async (id) => {
      if (editing) message.success(t('common.saved'));
      await queryClient.invalidateQueries({ queryKey: aftersalesKeys.all });
      onClose();
      onSaved?.(id);
    },
    onError: (err) => {
      const rest = applyServerErrors(form, err);
      if (rest) message.error(rest);
    },
  });

  return (
    <Drawer
      open={!!dialog}
      onClose={onClose}
      size={isMobile ? '100%' : 520}
      title={editing ? t('aftersales.customers.editTitle', { code: editing.code }) : t('aftersales.customers.createTitle')}
      forceRender
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="customer-form-submit">
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <Form<Values> form={form} name="aftersales-customer" layout="vertical" onFinish={(v) => save.mutate(v)} data-testid="customer-form">
        <Form.Item name="name" label={t('aftersales.customers.field.name')} rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: 100, message: t('common.maxLength', { max: 100 }) }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="type" label={t('aftersales.customers.field.type')}>
          <Select options={CUSTOMER_TYPES.map((k) => ({ value: k, label: t(`aftersales.customers.type.${k}`) }))} />
        </Form.Item>
        <Form.Item label={t('aftersales.customers.field.phones')} required>
          <Form.List name="phones">
            {(fields, { add, remove }) => (
              <Flex vertical gap={8}>
                {fields.map((f) => (
                  <Flex key={f.key} gap={8} align="flex-start">
                    <Form.Item name={f.name} noStyle rules={[{ required: fields.length === 1, whitespace: true, message: t('common.required') }, { pattern: PHONE_RE, message: t('aftersales.customers.phoneInvalid') }]}>
                      <Input inputMode="tel" placeholder="13800000000 / 0571-88888888" autoComplete="off" data-testid="customer-phone" />
                    </Form.Item>
                    {fields.length > 1 ? <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} aria-label={t('common.delete')} /> : null}
                  </Flex>
                ))}
                {fields.length < 10 ? (
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')}>
                    {t('aftersales.customers.phoneAdd')}
                  </Button>
                ) : null}
              </Flex>
            )}
          </Form.List>
        </Form.Item>
        <Form.Item name="address" label={t('aftersales.customers.field.address')} rules={[{ max: 300, message: t('common.maxLength', { max: 300 }) }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="notes" label={t('aftersales.customers.field.notes')} rules={[{ max: 2000, message: t('common.maxLength', { max: 2000 }) }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
