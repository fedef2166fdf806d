import { useState } from 'react';
import { App, Button, Card, DatePicker, Descriptions, Flex, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../app/api';
import { useAuth } from '../../app/auth';
import { formatDateTime } from '../../app/format';
import { PageHeader } from '../../app/components/PageHeader';
import { PageSpin } from '../../app/components/PageSpin';
import { UserSelect } from '../../platform/components/UserSelect';
import { AttachmentUpload } from '../../process/form/AttachmentUpload';
import { TaskPercent, TaskStatusTag } from '../tasks/TaskStatusTag';
import { meetingKeys, meetingsApi, type MeetingDetail } from './api';

const ATTENDANCE_COLORS = { unknown: 'default', present: 'green', absent: 'red', leave: 'orange' } as const;

export default function MeetingDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user } = useAuth();
  const qc = useQueryClient();
  const [topicOpen, setTopicOpen] = useState(false);
  const [resOpen, setResOpen] = useState(false);
  const [minutes, setMinutes] = useState<string | null>(null);
  const [files, setFiles] = useState<string[]>([]);
  const [topicForm] = Form.useForm();
  const [resForm] = Form.useForm();
  const q = useQuery({ queryKey: meetingKeys.one(id), queryFn: () => meetingsApi.get(id) });
  const act = useMutation({
    mutationFn: async (fn: () => Promise<unknown>) => fn(),
    onSuccess: async () => { message.success(t('meetings.saved')); await qc.invalidateQueries({ queryKey: meetingKeys.all }); },
    onError: (err) => message.error(errorMessage(err), 6),
  });
  if (q.isPending) return <PageSpin />;
  if (q.isError) return <Typography.Text type="danger">{errorMessage(q.error)}</Typography.Text>;
  const m: MeetingDetail = q.data;
  const live = m.status !== 'cancelled';
  const me = m.attendees.find((a) => a.userId === user?.id);
  const run = (fn: () => Promise<unknown>, after?: () => void) => act.mutate(fn, { onSuccess: () => after?.() });

  return (
    <>
      <PageHeader
        title={m.title}
        description={<Tag>{t(`meetings.status.${m.status}`)}</Tag>}
        extra={
          <Space wrap>
            {m.topicsOpen && live ? <Button onClick={() => setTopicOpen(true)} data-testid="topic-submit">{t('meetings.submitTopic')}</Button> : null}
            {me && live && me.attendance !== 'present' ? <Button onClick={() => run(() => meetingsApi.attendance(id, { attendance: 'present' }))}>{t('meetings.signIn')}</Button> : null}
            {m.mayManage && live ? (
              <>
                <Button type="primary" onClick={() => run(() => meetingsApi.notice(id))} data-testid="meeting-notice">{m.noticedAt ? t('meetings.noticeAgain') : t('meetings.notice')}</Button>
                <Popconfirm title={t('meetings.cancelMeeting')} onConfirm={() => run(() => meetingsApi.cancel(id))}><Button danger>{t('meetings.cancelMeeting')}</Button></Popconfirm>
              </>
            ) : null}
          </Space>
        }
      />
      <Flex vertical gap={12}>
        <Card variant="borderless">
          <Descriptions column={{ xs: 1, sm: 2, lg: 3 }} size="small">
            <Descriptions.Item label={t('meetings.field.time')}>{formatDateTime(m.start)}–{formatDateTime(m.end).slice(11)}</Descriptions.Item>
            <Descriptions.Item label={t('meetings.room')}>{m.room ? `${m.room.name}${m.room.location ? `（${m.room.location}）` : ''}` : '—'}{m.place ? ` ${m.place}` : ''}</Descriptions.Item>
            <Descriptions.Item label={t('meetings.field.organizer')}>{m.organizer.name}</Descriptions.Item>
            <Descriptions.Item label={t('meetings.field.topicDeadline')}>{m.topicDeadline ? formatDateTime(m.topicDeadline) : '—'}</Descriptions.Item>
            <Descriptions.Item label={t('meetings.noticedAt')}>{m.noticedAt ? formatDateTime(m.noticedAt) : '—'}</Descriptions.Item>
            <Descriptions.Item label={t('meetings.field.agenda')} span={3}><span style={{ whiteSpace: 'pre-wrap' }}>{m.agenda || '—'}</span></Descriptions.Item>
          </Descriptions>
        </Card>
        <Card variant="borderless" title={t('meetings.topics')}>
          <Table rowKey="id" size="small" pagination={false} dataSource={m.topics} scroll={{ x: 'max-content' }} columns={[
            { title: t('meetings.field.topic'), dataIndex: 'title', render: (v: string, r) => <><Typography.Text strong>{v}</Typography.Text>{r.description ? <div><Typography.Text type="secondary">{r.description}</Typography.Text></div> : null}</> },
            { title: t('meetings.field.submittedBy'), dataIndex: 'submittedByName', width: 90 },
            { title: t('common.status'), dataIndex: 'status', width: 90, render: (s: string) => <Tag color={s === 'accepted' ? 'green' : s === 'rejected' ? 'default' : 'gold'}>{t(`meetings.topicStatus.${s}`)}</Tag> },
            ...(m.mayManage && live ? [{ title: t('common.actions'), key: 'a', width: 150, render: (_: unknown, r: MeetingDetail['topics'][number]) => (
              <Space>
                <Button size="small" onClick={() => run(() => meetingsApi.decideTopic(r.id, 'accepted'))}>{t('meetings.accept')}</Button>
                <Button size="small" onClick={() => run(() => meetingsApi.decideTopic(r.id, 'rejected'))}>{t('meetings.reject')}</Button>
              </Space>
            ) }] : []),
          ]} />
        </Card>
        {m.invited ? (
          <>
            <Card variant="borderless" title={t('meetings.attendance')}>
              <Table rowKey="userId" size="small" pagination={false} dataSource={m.attendees} scroll={{ x: 'max-content' }} columns={[
                { title: t('meetings.field.name'), dataIndex: 'name', width: 100 },
                { title: t('meetings.field.department'), dataIndex: 'departmentName', width: 120 },
                { title: t('meetings.attendance'), dataIndex: 'attendance', width: 160, render: (a: keyof typeof ATTENDANCE_COLORS, r) => m.mayManage && live ? (
                  <Select size="small" value={a} style={{ width: 100 }} onChange={(v) => v !== 'unknown' && run(() => meetingsApi.attendance(id, { userId: r.userId, attendance: v }))}
                    options={(['unknown', 'present', 'absent', 'leave'] as const).map((x) => ({ value: x, label: t(`meetings.att.${x}`), disabled: x === 'unknown' }))} />
                ) : <Tag color={ATTENDANCE_COLORS[a]}>{t(`meetings.att.${a}`)}</Tag> },
                { title: t('meetings.field.note'), dataIndex: 'note' },
              ]} />
            </Card>
            <Card variant="borderless" title={t('meetings.materials')}>
              <Flex vertical gap={8}>
                {m.materials.length ? <AttachmentUpload value={m.materials.map((f) => f.id)} disabled /> : <Typography.Text type="secondary">—</Typography.Text>}
                {m.mayManage ? (
                  <Flex gap={8} wrap align="start">
                    <AttachmentUpload value={files} onChange={(v) => setFiles(v ?? [])} />
                    <Button disabled={!files.length} onClick={() => run(() => meetingsApi.materials(id, files), () => setFiles([]))}>{t('meetings.addMaterials')}</Button>
                  </Flex>
                ) : null}
              </Flex>
            </Card>
            <Card variant="borderless" title={t('meetings.minutes')} extra={m.minutesAt ? <Typography.Text type="secondary">{formatDateTime(m.minutesAt)}</Typography.Text> : null}>
              {m.mayManage && live ? (
                <Flex vertical gap={8}>
                  <Input.TextArea rows={6} value={minutes ?? m.minutes} onChange={(e) => setMinutes(e.target.value)} data-testid="minutes" />
                  <Button style={{ alignSelf: 'flex-start' }} onClick={() => run(() => meetingsApi.minutes(id, minutes ?? m.minutes), () => setMinutes(null))}>{t('common.save')}</Button>
                </Flex>
              ) : <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{m.minutes || '—'}</Typography.Paragraph>}
            </Card>
            <Card variant="borderless" title={t('meetings.resolutions')} extra={m.mayManage && live ? <Button onClick={() => setResOpen(true)} data-testid="resolution-add">{t('meetings.addResolution')}</Button> : null}>
              <Table rowKey="id" size="small" pagination={false} dataSource={m.resolutions} scroll={{ x: 'max-content' }} columns={[
                { title: '#', dataIndex: 'seq', width: 40 },
                { title: t('meetings.field.resolution'), dataIndex: 'content', render: (v: string, r) => (r.taskId ? <Link to={`/assignments/${r.taskId}`}>{v}</Link> : v) },
                { title: t('tasks.field.owner'), dataIndex: 'ownerName', width: 90 },
                { title: t('tasks.field.dueDate'), dataIndex: 'dueDate', width: 110, render: (v: string, r) => <span className={r.overdue ? 'meeting-overdue' : ''}>{v}</span> },
                { title: t('common.status'), key: 's', width: 160, render: (_: unknown, r) => (r.taskStatus ? <TaskStatusTag status={r.taskStatus} overdue={r.overdue} /> : '—') },
                { title: t('tasks.field.percent'), dataIndex: 'taskPercent', width: 130, render: (p: number) => <TaskPercent percent={p} /> },
              ]} />
            </Card>
          </>
        ) : null}
      </Flex>
      <Modal open={topicOpen} title={t('meetings.submitTopic')} onCancel={() => setTopicOpen(false)} onOk={() => topicForm.submit()} destroyOnHidden>
        <Form form={topicForm} layout="vertical" onFinish={(v: { title: string; description?: string }) => run(() => meetingsApi.submitTopic(id, v), () => { setTopicOpen(false); topicForm.resetFields(); })}>
          <Form.Item name="title" label={t('meetings.field.topic')} rules={[{ required: true, whitespace: true, max: 200 }]}><Input /></Form.Item>
          <Form.Item name="description" label={t('meetings.field.topicDescription')}><Input.TextArea rows={3} /></Form.Item>
        </Form>
      </Modal>
      <Modal open={resOpen} title={t('meetings.addResolution')} onCancel={() => setResOpen(false)} onOk={() => resForm.submit()} destroyOnHidden>
        <Form form={resForm} layout="vertical" onFinish={(v: { content: string; ownerId: string; dueDate: Dayjs }) =>
          run(() => meetingsApi.resolution(id, { content: v.content, ownerId: v.ownerId, dueDate: v.dueDate.format('YYYY-MM-DD') }), () => { setResOpen(false); resForm.resetFields(); })}>
          <Form.Item name="content" label={t('meetings.field.resolution')} rules={[{ required: true, whitespace: true, max: 2000 }]}><Input.TextArea rows={3} /></Form.Item>
          <Form.Item name="ownerId" label={t('tasks.field.owner')} rules={[{ required: true }]}><UserSelect /></Form.Item>
          <Form.Item name="dueDate" label={t('tasks.field.dueDate')} rules={[{ required: true }]}><DatePicker style={{ width: '100%' }} /></Form.Item>
          <Typography.Text type="secondary">{t('meetings.resolutionHint')}</Typography.Text>
        </Form>
      </Modal>
    </>
  );
}
