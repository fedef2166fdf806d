import { App, Button, DatePicker, Drawer, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { applyServerErrors } from '../../app/forms';
import { useIsMobile } from '../../app/useIsMobile';
import { UserSelect } from '../../platform/components/UserSelect';
import { AttachmentUpload } from '../../process/form/AttachmentUpload';
import { taskKeys, tasksApi } from './api';

interface Values { title: string; description?: string; ownerId: string; dueDate: Dayjs; attachmentIds?: string[] }

/** 交办: owner, deadline, requirements, attachments. */
export function AssignDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const mobile = useIsMobile();
  const save = useMutation({
    mutationFn: (v: Values) => tasksApi.assign({ title: v.title, description: v.description, ownerId: v.ownerId, dueDate: v.dueDate.format('YYYY-MM-DD'), attachmentIds: v.attachmentIds }),
    onSuccess: async (r) => {
      message.success(t('tasks.assigned'));
      await qc.invalidateQueries({ queryKey: taskKeys.all });
      form.resetFields();
      onClose();
      void navigate(`/assignments/${r.id}`);
    },
    onError: (err) => {
      const msg = applyServerErrors(form, err);
      if (msg) message.error(msg);
    },
  });
  return (
    <Drawer open={open} onClose={onClose} title={t('tasks.assign')} width={mobile ? '100%' : 520}
      extra={<Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="assign-submit">{t('tasks.assignSubmit')}</Button>}>
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item name="title" label={t('tasks.field.title')} rules={[{ required: true, max: 200 }]}><Input data-testid="assign-title" /></Form.Item>
        <Form.Item name="ownerId" label={t('tasks.field.owner')} rules={[{ required: true }]}><UserSelect /></Form.Item>
        <Form.Item name="dueDate" label={t('tasks.field.dueDate')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs().startOf('day'))} />
        </Form.Item>
        <Form.Item name="description" label={t('tasks.field.description')} rules={[{ max: 4000 }]}><Input.TextArea rows={4} /></Form.Item>
        <Form.Item name="attachmentIds" label={t('tasks.field.attachments')}><AttachmentUpload /></Form.Item>
      </Form>
    </Drawer>
  );
}
