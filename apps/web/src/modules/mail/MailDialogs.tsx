/** Drawers of the mail register: a send request, and the dispatch (courier, tracking number, weight, cost). */
import { App, Button, DatePicker, Drawer, Form, Input, InputNumber, Modal, Radio, Select, Space } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { useAuth } from '../../app/auth';
import { applyServerErrors } from '../../app/forms';
import { UserPicker } from '../../process/form/UserPicker';
import { COURIERS, mailApi, mailKeys, type MailBody, type MailItem } from './api';

export function RequestDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { hasPermission } = useAuth();
  const qc = useQueryClient();
  const [form] = Form.useForm<MailBody>();
  const save = useMutation({
    mutationFn: (b: MailBody) => mailApi.create(b),
    onSuccess: async () => {
      message.success(t('mail.register.created'));
      await qc.invalidateQueries({ queryKey: mailKeys.all });
      onClose();
    },
    onError: (e) => {
      const p = applyServerErrors(form, e);
      if (p) message.error(p);
    },
  });
  const req = [{ required: true, whitespace: true }];
  return (
    <Drawer open={open} onClose={onClose} title={t('mail.register.add')} destroyOnHidden
      extra={<Space><Button onClick={onClose}>{t('common.cancel')}</Button><Button type="primary" loading={save.isPending} onClick={() => form.validateFields().then((v) => save.mutate(v))} data-testid="mail-save">{t('common.save')}</Button></Space>}>
      <Form form={form} layout="vertical" initialValues={{ personal: false }} preserve={false}>
        {hasPermission('mail:manage') ? <Form.Item name="senderId" label={t('mail.field.sender')} extra={t('common.optional')}><UserPicker spec={{}} /></Form.Item> : null}
        <Form.Item name="personal" label={t('mail.field.personal')} rules={[{ required: true }]}>
          <Radio.Group options={[{ value: false, label: t('mail.kind.business') }, { value: true, label: t('mail.kind.personal') }]} />
        </Form.Item>
        <Form.Item name="recipient" label={t('mail.field.recipient')} rules={[...req, { max: 100 }]}><Input maxLength={100} data-testid="mail-recipient" /></Form.Item>
        <Form.Item name="address" label={t('mail.field.address')} rules={[...req, { max: 300 }]}><Input.TextArea rows={2} maxLength={300} /></Form.Item>
        <Form.Item name="phone" label={t('mail.field.phone')} rules={[{ max: 30 }]}><Input maxLength={30} /></Form.Item>
        <Form.Item name="contents" label={t('mail.field.contents')} rules={[...req, { max: 200 }]}><Input maxLength={200} /></Form.Item>
        <Form.Item name="notes" label={t('mail.field.notes')} rules={[{ max: 500 }]}><Input.TextArea rows={2} maxLength={500} /></Form.Item>
      </Form>
    </Drawer>
  );
}

interface DispatchValues { courier: string; trackingNo: string; weightG: number; costYuan: number; sentOn?: Dayjs }

export function DispatchModal({ item, onClose }: { item: MailItem | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<DispatchValues>();
  const save = useMutation({
    mutationFn: (v: DispatchValues) =>
      mailApi.dispatch(item!.id, { courier: v.courier, trackingNo: v.trackingNo.trim(), weightG: v.weightG, costFen: Math.round(v.costYuan * 100), sentOn: v.sentOn?.format('YYYY-MM-DD') }),
    onSuccess: async () => {
      message.success(t('mail.register.dispatched'));
      await qc.invalidateQueries({ queryKey: mailKeys.all });
      onClose();
    },
    onError: (e) => {
      const p = applyServerErrors(form, e);
      if (p) message.error(p);
    },
  });
  return (
    <Modal open={item !== null} title={item ? `${t('mail.register.dispatch')}：${item.recipient}` : ''} confirmLoading={save.isPending} destroyOnHidden
      onOk={() => form.validateFields().then((v) => save.mutate(v))} onCancel={onClose}>
      <Form form={form} layout="vertical" initialValues={{ courier: '顺丰速运' }} preserve={false}>
        <Form.Item name="courier" label={t('mail.field.courier')} rules={[{ required: true }]}><Select options={COURIERS.map((c) => ({ value: c, label: c }))} /></Form.Item>
        <Form.Item name="trackingNo" label={t('mail.field.trackingNo')} rules={[{ required: true, pattern: /^[A-Za-z0-9-]{6,40}$/ }]}><Input maxLength={40} data-testid="mail-tracking" /></Form.Item>
        <Space wrap>
          <Form.Item name="weightG" label={t('mail.field.weight')} rules={[{ required: true }]}><InputNumber min={1} max={1000000} precision={0} /></Form.Item>
          <Form.Item name="costYuan" label={t('mail.field.cost')} rules={[{ required: true }]}><InputNumber min={0} max={100000} precision={2} step={1} /></Form.Item>
          <Form.Item name="sentOn" label={t('mail.field.sentOn')}><DatePicker /></Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}
