import { useState } from 'react';
import { App, Button, Card, Descriptions, Flex, Form, Input, InputNumber, Modal, Space, Timeline, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../app/api';
import { useAuth } from '../../app/auth';
import { formatDate, formatDateTime } from '../../app/format';
import { PageHeader } from '../../app/components/PageHeader';
import { PageSpin } from '../../app/components/PageSpin';
import { AttachmentUpload } from '../../process/form/AttachmentUpload';
import { TaskPercent, TaskStatusTag } from './TaskStatusTag';
import { taskKeys, tasksApi } from './api';

type Dialog = null | 'progress' | 'closure' | 'sendBack';

export default function TaskDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user } = useAuth();
  const qc = useQueryClient();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [form] = Form.useForm();
  const task = useQuery({ queryKey: taskKeys.one(id), queryFn: () => tasksApi.get(id) });
  const act = useMutation({
    mutationFn: async (fn: () => Promise<unknown>) => fn(),
    onSuccess: async () => {
      message.success(t('tasks.done'));
      setDialog(null);
      form.resetFields();
      await qc.invalidateQueries({ queryKey: taskKeys.all });
    },
    onError: (err) => message.error(errorMessage(err)),
  });
  if (task.isPending) return <PageSpin />;
  if (task.isError) return <Typography.Text type="danger">{errorMessage(task.error)}</Typography.Text>;
  const d = task.data;
  const isOwner = user?.id === d.ownerId;
  const isAssigner = user?.id === d.assignerId;

  const submitDialog = (v: { text?: string; percent?: number; attachmentIds?: string[]; note?: string; comment?: string }) => {
    if (dialog === 'progress') act.mutate(() => tasksApi.progress(id, { text: v.text ?? '', percent: v.percent ?? 0, attachmentIds: v.attachmentIds }));
    else if (dialog === 'closure') act.mutate(() => tasksApi.requestClosure(id, v.note ?? ''));
    else if (dialog === 'sendBack') act.mutate(() => tasksApi.review(id, 'send_back', v.comment));
  };

  return (
    <>
      <PageHeader
        title={d.title}
        description={<TaskStatusTag status={d.status} overdue={d.overdue} />}
        extra={
          <Space wrap>
            {isOwner && d.status === 'assigned' ? <Button type="primary" onClick={() => act.mutate(() => tasksApi.accept(id))} data-testid="task-accept">{t('tasks.action.accept')}</Button> : null}
            {isOwner && d.status === 'in_progress' ? (
              <>
                <Button onClick={() => { form.setFieldsValue({ percent: d.percent }); setDialog('progress'); }} data-testid="task-progress">{t('tasks.action.progress')}</Button>
                <Button type="primary" onClick={() => setDialog('closure')} data-testid="task-closure">{t('tasks.action.requestClosure')}</Button>
              </>
            ) : null}
            {isAssigner && d.status === 'closure_requested' ? (
              <>
                <Button type="primary" onClick={() => act.mutate(() => tasksApi.review(id, 'accept'))} data-testid="task-close">{t('tasks.action.acceptClosure')}</Button>
                <Button danger onClick={() => setDialog('sendBack')} data-testid="task-sendback">{t('tasks.action.sendBack')}</Button>
              </>
            ) : null}
            <Link to={`/instances/${d.instanceId}`}>{t('tasks.viewProcess')}</Link>
          </Space>
        }
      />
      <Flex vertical gap={12}>
        <Card variant="borderless">
          <Descriptions column={{ xs: 1, sm: 2, lg: 3 }} size="small">
            <Descriptions.Item label={t('tasks.field.assigner')}>{d.assignerName}</Descriptions.Item>
            <Descriptions.Item label={t('tasks.field.owner')}>{d.ownerName}{d.ownerDepartment ? ` · ${d.ownerDepartment}` : ''}</Descriptions.Item>
            <Descriptions.Item label={t('tasks.field.dueDate')}>
              <Typography.Text type={d.overdue ? 'danger' : undefined}>{formatDate(d.dueDate)}（{formatDateTime(d.dueAt).slice(11)}）</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('tasks.field.percent')}><TaskPercent percent={d.percent} /></Descriptions.Item>
            <Descriptions.Item label={t('tasks.field.createdAt')}>{formatDateTime(d.createdAt)}</Descriptions.Item>
            <Descriptions.Item label={t('tasks.field.source')}>
              {d.sourceKind ? t(`tasks.source.${d.sourceKind}`, { defaultValue: d.sourceKind }) : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('tasks.field.description')} span={3}><Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{d.description || '—'}</Typography.Paragraph></Descriptions.Item>
            {d.attachmentIds.length ? <Descriptions.Item label={t('tasks.field.attachments')} span={3}><AttachmentUpload value={d.attachmentIds} disabled /></Descriptions.Item> : null}
          </Descriptions>
        </Card>
        <Card variant="borderless" title={t('tasks.progressReports')}>
          {d.progress.length === 0 ? <Typography.Text type="secondary">{t('tasks.noProgress')}</Typography.Text> : (
            <Timeline items={d.progress.map((p) => ({
              key: p.id,
              children: (
                <Flex vertical gap={4}>
                  <Typography.Text type="secondary">{formatDateTime(p.at)} · {p.userName} · {p.percent}%</Typography.Text>
                  <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{p.text}</Typography.Text>
                  {p.attachmentIds.length ? <AttachmentUpload value={p.attachmentIds} disabled /> : null}
                </Flex>
              ),
            }))} />
          )}
        </Card>
        <Card variant="borderless" title={t('tasks.history')}>
          <div className="tasks-history">
            <Timeline items={d.history.map((h, i) => ({
              key: `${h.at}-${i}`,
              color: h.type === 'overdue' ? 'red' : h.type === 'reject' ? 'orange' : undefined,
              children: <Typography.Text>{formatDateTime(h.at)} · {h.actorName} · {t(`tasks.event.${h.type}`, { defaultValue: h.type })}{h.comment ? `：${h.comment}` : ''}</Typography.Text>,
            }))} />
          </div>
        </Card>
      </Flex>
      <Modal open={dialog !== null} onCancel={() => setDialog(null)} onOk={() => form.submit()} confirmLoading={act.isPending}
        title={dialog ? t(`tasks.dialog.${dialog}`) : ''} destroyOnHidden>
        <Form form={form} layout="vertical" onFinish={submitDialog}>
          {dialog === 'progress' ? (
            <>
              <Form.Item name="text" label={t('tasks.field.progressText')} rules={[{ required: true, whitespace: true, max: 4000 }]}><Input.TextArea rows={4} /></Form.Item>
              <Form.Item name="percent" label={t('tasks.field.percent')} rules={[{ required: true }]}><InputNumber min={0} max={100} precision={0} addonAfter="%" /></Form.Item>
              <Form.Item name="attachmentIds" label={t('tasks.field.attachments')}><AttachmentUpload /></Form.Item>
            </>
          ) : null}
          {dialog === 'closure' ? <Form.Item name="note" label={t('tasks.field.closureNote')} rules={[{ required: true, whitespace: true, max: 4000 }]}><Input.TextArea rows={4} /></Form.Item> : null}
          {dialog === 'sendBack' ? <Form.Item name="comment" label={t('tasks.field.sendBackReason')} rules={[{ required: true, whitespace: true, max: 2000 }]}><Input.TextArea rows={3} /></Form.Item> : null}
        </Form>
      </Modal>
    </>
  );
}
