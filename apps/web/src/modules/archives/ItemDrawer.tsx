/** Register or edit an archive item (archives:manage), with its scan; shows its loans when reading. */
import { useEffect } from 'react';
import { App, Button, Drawer, Form, Input, InputNumber, Select, Space } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { applyServerErrors } from '../../app/forms';
import { AttachmentUpload } from '../../process/form/AttachmentUpload';
import { archivesApi, RETENTIONS, SECRECY, type ArchiveItem, type ItemBody } from './api';

export function ItemDrawer({ open, item, onClose }: { open: boolean; item: ArchiveItem | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm();
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (item) form.setFieldsValue({ ...item, scan: item.scanAttachmentId ? [item.scanAttachmentId] : [] });
  }, [open, item, form]);
  const save = useMutation({
    mutationFn: (v: ItemBody & { scan?: string[] }) => {
      const { scan, ...rest } = v;
      const body = { ...rest, scanAttachmentId: scan?.[0] ?? null };
      return item ? archivesApi.update(item.id, body) : archivesApi.create(body);
    },
    onSuccess: async () => {
      message.success(t('common.saved'));
      await qc.invalidateQueries({ queryKey: ['archives'] });
      onClose();
    },
    onError: (e) => {
      const problem = applyServerErrors(form, e);
      if (problem) message.error(problem);
    },
  });
  const req = [{ required: true, whitespace: true }];
  return (
    <Drawer open={open} onClose={onClose} title={item ? t('archives.catalog.edit') : t('archives.catalog.add')} size="large" destroyOnHidden
      extra={<Space><Button onClick={onClose}>{t('common.cancel')}</Button><Button type="primary" loading={save.isPending} onClick={() => form.validateFields().then((v) => save.mutate(v))} data-testid="archive-save">{t('common.save')}</Button></Space>}>
      <Form form={form} layout="vertical" initialValues={{ secrecy: '普通', retention: '长期', year: new Date().getFullYear() }}>
        <Form.Item name="number" label={t('archives.field.number')} rules={[...req, { max: 50 }]}><Input maxLength={50} /></Form.Item>
        <Form.Item name="title" label={t('archives.field.title')} rules={[...req, { max: 200 }]}><Input maxLength={200} /></Form.Item>
        <Space wrap>
          <Form.Item name="category" label={t('archives.field.category')} rules={[...req, { max: 50 }]}><Input maxLength={50} /></Form.Item>
          <Form.Item name="year" label={t('archives.field.year')} rules={[{ required: true }]}><InputNumber min={1900} max={2100} precision={0} /></Form.Item>
          <Form.Item name="pages" label={t('archives.field.pages')} rules={[{ required: true }]}><InputNumber min={1} max={100000} precision={0} /></Form.Item>
        </Space>
        <Space wrap>
          <Form.Item name="retention" label={t('archives.field.retention')} rules={[{ required: true }]}><Select style={{ width: 120 }} options={RETENTIONS.map((v) => ({ value: v, label: v }))} /></Form.Item>
          <Form.Item name="secrecy" label={t('archives.field.secrecy')} rules={[{ required: true }]}><Select style={{ width: 120 }} options={SECRECY.map((v) => ({ value: v, label: v }))} /></Form.Item>
          <Form.Item name="cabinet" label={t('archives.field.cabinet')} rules={[...req, { max: 50 }]}><Input maxLength={50} /></Form.Item>
          <Form.Item name="shelf" label={t('archives.field.shelf')} rules={[...req, { max: 50 }]}><Input maxLength={50} /></Form.Item>
        </Space>
        <Form.Item name="scan" label={t('archives.catalog.scan')}><AttachmentUpload maxCount={1} /></Form.Item>
        <Form.Item name="notes" label={t('archives.field.notes')} rules={[{ max: 2000 }]}><Input.TextArea rows={3} maxLength={2000} /></Form.Item>
      </Form>
    </Drawer>
  );
}
