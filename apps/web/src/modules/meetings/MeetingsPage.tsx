import { useState } from 'react';
import { App, Button, Card, DatePicker, Drawer, Flex, Form, Input, List, Segmented, Select, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { errorMessage } from '../../app/api';
import { useAuth } from '../../app/auth';
import { formatDateTime, toIsoInstant } from '../../app/format';
import { PageHeader } from '../../app/components/PageHeader';
import { useIsMobile } from '../../app/useIsMobile';
import { UserPicker } from '../../process/form/UserPicker';
import { MPERM, meetingKeys, meetingsApi, type MeetingRow } from './api';

interface Values { title: string; span: [Dayjs, Dayjs]; roomId?: string; place?: string; topicDeadline?: Dayjs; agenda?: string; attendeeIds?: string[] }

function NewMeetingDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const mobile = useIsMobile();
  const [form] = Form.useForm<Values>();
  const rooms = useQuery({ queryKey: meetingKeys.rooms, queryFn: () => meetingsApi.rooms(), enabled: open });
  const save = useMutation({
    mutationFn: (v: Values) => meetingsApi.create({
      title: v.title, start: toIsoInstant(v.span[0]), end: toIsoInstant(v.span[1]), roomId: v.roomId ?? null, place: v.place,
      topicDeadline: v.topicDeadline ? toIsoInstant(v.topicDeadline) : null, agenda: v.agenda, attendeeIds: v.attendeeIds ?? [],
    }),
    onSuccess: async (r) => { await qc.invalidateQueries({ queryKey: meetingKeys.all }); form.resetFields(); onClose(); void navigate(`/meetings/${r.id}`); },
    onError: (err) => message.error(errorMessage(err), 6),
  });
  return (
    <Drawer open={open} onClose={onClose} title={t('meetings.newMeeting')} width={mobile ? '100%' : 560}
      extra={<Button type="primary" loading={save.isPending} onClick={() => form.submit()}>{t('common.save')}</Button>}>
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item name="title" label={t('meetings.field.title')} rules={[{ required: true, whitespace: true, max: 200 }]}><Input /></Form.Item>
        <Form.Item name="span" label={t('meetings.field.time')} rules={[{ required: true }]}>
          <DatePicker.RangePicker showTime={{ format: 'HH:mm', minuteStep: 15 }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="roomId" label={t('meetings.room')} extra={t('meetings.roomHint')}>
          <Select allowClear options={(rooms.data ?? []).map((r) => ({ value: r.id, label: `${r.name}（${r.capacity}人）` }))} />
        </Form.Item>
        <Form.Item name="place" label={t('meetings.field.place')}><Input /></Form.Item>
        <Form.Item name="attendeeIds" label={t('meetings.field.attendees')}><UserPicker multiple spec={{}} /></Form.Item>
        <Form.Item name="topicDeadline" label={t('meetings.field.topicDeadline')} extra={t('meetings.topicDeadlineHint')}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="agenda" label={t('meetings.field.agenda')}><Input.TextArea rows={3} /></Form.Item>
      </Form>
    </Drawer>
  );
}

export default function MeetingsPage() {
  const { t } = useTranslation();
  const { hasPermission } = useAuth();
  const [scope, setScope] = useState<'mine' | 'all'>('mine');
  const [creating, setCreating] = useState(false);
  const list = useQuery({ queryKey: meetingKeys.list(scope), queryFn: () => meetingsApi.list(scope) });
  const collecting = useQuery({ queryKey: meetingKeys.collecting, queryFn: meetingsApi.collecting });
  return (
    <>
      <PageHeader title={t('meetings.nav.meetings')} description={t('meetings.meetingsDescription')}
        extra={<Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>{t('meetings.newMeeting')}</Button>} />
      <Flex vertical gap={12}>
        {collecting.data?.length ? (
          <Card variant="borderless" title={t('meetings.collectingTopics')} size="small">
            <List size="small" dataSource={collecting.data} renderItem={(m) => (
              <List.Item><Link to={`/meetings/${m.id}`}>{m.title}</Link><Typography.Text type="secondary">{t('meetings.topicsUntil', { time: formatDateTime(m.topicDeadline) })}</Typography.Text></List.Item>
            )} />
          </Card>
        ) : null}
        <Card variant="borderless">
          {hasPermission(MPERM.manage) ? (
            <Segmented style={{ marginBottom: 12 }} value={scope} onChange={(v) => setScope(v as 'mine' | 'all')} options={[{ value: 'mine', label: t('meetings.scope.mine') }, { value: 'all', label: t('meetings.scope.all') }]} />
          ) : null}
          <Table<MeetingRow> rowKey="id" loading={list.isFetching} dataSource={list.data ?? []} scroll={{ x: 'max-content' }} pagination={{ pageSize: 30, hideOnSinglePage: true }}
            columns={[
              { title: t('meetings.field.title'), dataIndex: 'title', render: (v: string, r) => <Link to={`/meetings/${r.id}`}>{v}</Link> },
              { title: t('meetings.field.time'), key: 'time', width: 200, render: (_: unknown, r) => `${formatDateTime(r.start)}–${formatDateTime(r.end).slice(11)}` },
              { title: t('meetings.room'), key: 'room', width: 140, render: (_: unknown, r) => r.roomName ?? (r.place || '—') },
              { title: t('meetings.field.organizer'), dataIndex: 'organizerName', width: 90 },
              { title: t('common.status'), dataIndex: 'status', width: 90, render: (s: string) => <Tag>{t(`meetings.status.${s}`)}</Tag> },
            ]} />
        </Card>
      </Flex>
      <NewMeetingDrawer open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
