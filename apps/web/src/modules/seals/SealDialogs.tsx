/** The seal register's drawers: register/edit a seal, request its use (starts `seals.use`), approval settings. */
import { useEffect } from 'react';
import { App, Button, Checkbox, DatePicker, Drawer, Form, Input, InputNumber, Modal, Radio, Select, Space, Switch, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Dayjs } from 'dayjs';
import { errorMessage } from '../../app/api';
import { applyServerErrors } from '../../app/forms';
import { toIsoInstant } from '../../app/format';
import { processApi } from '../../process/api';
import { UserPicker } from '../../process/form/UserPicker';
import { SEAL_TYPES, sealKeys, sealsApi, type Seal, type SealBody, type SealSettings } from './api';

export function SealDrawer({ open, seal, onClose }: { open: boolean; seal: Seal | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm();
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (seal) form.setFieldsValue(seal);
  }, [open, seal, form]);
  const save = useMutation({
    mutationFn: (v: SealBody) => (seal ? sealsApi.update(seal.id, v) : sealsApi.create(v)),
    onSuccess: async () => {
      message.success(t('common.saved'));
      await qc.invalidateQueries({ queryKey: sealKeys.all });
      onClose();
    },
    onError: (e) => {
      const p = applyServerErrors(form, e);
      if (p) message.error(p);
    },
  });
  const req = [{ required: true, whitespace: true }];
  return (
    <Drawer open={open} onClose={onClose} title={seal ? t('seals.register.edit') : t('seals.register.add')} destroyOnHidden
      extra={<Space><Button onClick={onClose}>{t('common.cancel')}</Button><Button type="primary" loading={save.isPending} onClick={() => form.validateFields().then((v) => save.mutate(v))} data-testid="seal-save">{t('common.save')}</Button></Space>}>
      <Form form={form} layout="vertical" initialValues={{ type: '公章' }}>
        <Form.Item name="name" label={t('seals.field.name')} rules={[...req, { max: 100 }]}><Input maxLength={100} /></Form.Item>
        <Form.Item name="type" label={t('seals.field.type')} rules={[{ required: true }]}><Select options={SEAL_TYPES.map((v) => ({ value: v, label: v }))} /></Form.Item>
        <Form.Item name="keeperId" label={t('seals.field.keeper')} rules={[{ required: true }]}><UserPicker spec={{}} /></Form.Item>
        <Form.Item name="location" label={t('seals.field.location')} rules={[...req, { max: 100 }]}><Input maxLength={100} /></Form.Item>
        <Form.Item name="notes" label={t('seals.field.notes')} rules={[{ max: 1000 }]}><Input.TextArea rows={2} maxLength={1000} /></Form.Item>
      </Form>
    </Drawer>
  );
}

interface ApplyValues { docKind: '文件' | '合同'; document: string; purpose: string; copies: number; takeOut?: boolean; returnBy?: Dayjs }

export function ApplyModal({ seal, onClose }: { seal: Seal | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<ApplyValues>();
  const takeOut = Form.useWatch('takeOut', form);
  const start = useMutation({
    mutationFn: (v: ApplyValues) =>
      processApi.start({
        processKey: 'seals.use',
        title: `用印申请（${v.document.trim().slice(0, 40)}）`,
        data: { seal: seal!.name, docKind: v.docKind, document: v.document, purpose: v.purpose, copies: v.copies, takeOut: v.takeOut === true, ...(v.takeOut && v.returnBy ? { returnBy: toIsoInstant(v.returnBy) } : {}) },
      }),
    onSuccess: ({ instanceId }) => {
      message.success(t('seals.apply.started'));
      navigate(`/instances/${encodeURIComponent(instanceId)}`);
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  return (
    <Modal open={seal !== null} title={seal ? t('seals.apply.title', { name: seal.name }) : ''} okText={t('seals.apply.submit')} confirmLoading={start.isPending}
      onOk={() => form.validateFields().then((v) => start.mutate(v))} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ docKind: '文件', copies: 1 }} preserve={false}>
        <Form.Item name="docKind" label={t('seals.apply.docKind')} rules={[{ required: true }]}>
          <Radio.Group options={[{ value: '文件', label: t('seals.docKind.document') }, { value: '合同', label: t('seals.docKind.contract') }]} />
        </Form.Item>
        <Form.Item name="document" label={t('seals.apply.document')} rules={[{ required: true, whitespace: true, max: 200 }]}><Input maxLength={200} data-testid="seal-document" /></Form.Item>
        <Form.Item name="purpose" label={t('seals.apply.purpose')} rules={[{ required: true, whitespace: true, max: 500 }]}><Input.TextArea rows={2} maxLength={500} /></Form.Item>
        <Form.Item name="copies" label={t('seals.apply.copies')} rules={[{ required: true }]}><InputNumber min={1} max={1000} precision={0} /></Form.Item>
        <Form.Item name="takeOut" valuePropName="checked"><Checkbox>{t('seals.apply.takeOut')}</Checkbox></Form.Item>
        {takeOut ? (
          <Form.Item name="returnBy" label={t('seals.apply.returnBy')} rules={[{ required: true }]}><DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} /></Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}

export function SettingsModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<SealSettings>();
  const q = useQuery({ queryKey: sealKeys.settings, queryFn: sealsApi.settings, enabled: open });
  useEffect(() => {
    if (q.data) form.setFieldsValue(q.data);
  }, [q.data, form]);
  const save = useMutation({
    mutationFn: sealsApi.saveSettings,
    onSuccess: async () => {
      message.success(t('common.saved'));
      await qc.invalidateQueries({ queryKey: sealKeys.settings });
      onClose();
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  return (
    <Modal open={open} title={t('seals.register.settings')} onOk={() => form.validateFields().then((v) => save.mutate(v))} confirmLoading={save.isPending} onCancel={onClose}>
      <Typography.Paragraph type="secondary">{t('seals.register.settingsHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item name="gmTypes" label={t('seals.register.gmTypes')}><Checkbox.Group options={SEAL_TYPES.map((v) => ({ value: v, label: v }))} /></Form.Item>
        <Form.Item name="contractNeedsGm" label={t('seals.register.contractNeedsGm')} valuePropName="checked"><Switch /></Form.Item>
        <Form.Item name="takeOutNeedsGm" label={t('seals.register.takeOutNeedsGm')} valuePropName="checked"><Switch /></Form.Item>
      </Form>
    </Modal>
  );
}
