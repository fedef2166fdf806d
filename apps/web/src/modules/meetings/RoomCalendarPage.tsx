import { useMemo, useState } from 'react';
import { App, Button, Card, DatePicker, Flex, Form, Input, InputNumber, Modal, Popconfirm, Segmented, Tooltip, Typography } from 'antd';
import { LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/api';
import { useAuth } from '../../app/auth';
import { fromIsoInstant, toIsoInstant } from '../../app/format';
import { PageHeader } from '../../app/components/PageHeader';
import { BookingModal, type Slot } from './BookingModal';
import { MPERM, meetingKeys, meetingsApi, type Booking } from './api';

const FIRST_HOUR = 8;
const LAST_HOUR = 20;
const SLOT_MIN = 30;

function RoomModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm();
  const save = useMutation({
    mutationFn: (v: { name: string; capacity: number; equipment?: string; location?: string }) => meetingsApi.createRoom({ name: v.name, capacity: v.capacity, equipment: v.equipment ?? '', location: v.location ?? '' }),
    onSuccess: async () => { await qc.invalidateQueries({ queryKey: meetingKeys.rooms }); form.resetFields(); onClose(); },
    onError: (err) => message.error(errorMessage(err)),
  });
  return (
    <Modal open={open} title={t('meetings.addRoom')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={save.isPending}>
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item name="name" label={t('meetings.field.roomName')} rules={[{ required: true, max: 50 }]}><Input /></Form.Item>
        <Form.Item name="capacity" label={t('meetings.field.capacity')} rules={[{ required: true }]}><InputNumber min={1} max={10000} precision={0} /></Form.Item>
        <Form.Item name="equipment" label={t('meetings.field.equipment')}><Input /></Form.Item>
        <Form.Item name="location" label={t('meetings.field.location')}><Input /></Form.Item>
      </Form>
    </Modal>
  );
}

/** 会议室日历: rooms × half hours (day) or rooms × days (week); a free cell books it. */
export default function RoomCalendarPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user, hasPermission } = useAuth();
  const qc = useQueryClient();
  const [mode, setMode] = useState<'day' | 'week'>('day');
  const [date, setDate] = useState<Dayjs>(() => fromIsoInstant(new Date().toISOString()).startOf('day'));
  const [slot, setSlot] = useState<Slot | null>(null);
  const [addingRoom, setAddingRoom] = useState(false);
  const from = mode === 'day' ? date : date.subtract((date.day() + 6) % 7, 'day');
  const to = from.add(mode === 'day' ? 1 : 7, 'day');
  const rooms = useQuery({ queryKey: meetingKeys.rooms, queryFn: () => meetingsApi.rooms() });
  const fromIso = toIsoInstant(from);
  const toIso = toIsoInstant(to);
  const bookings = useQuery({ queryKey: meetingKeys.bookings(fromIso, toIso), queryFn: () => meetingsApi.bookings(fromIso, toIso) });
  const cancel = useMutation({
    mutationFn: (id: string) => meetingsApi.cancelBooking(id),
    onSuccess: () => qc.invalidateQueries({ queryKey: meetingKeys.all }),
    onError: (err) => message.error(errorMessage(err)),
  });
  const byRoom = useMemo(() => {
    const m = new Map<string, (Booking & { s: Dayjs; e: Dayjs })[]>();
    for (const b of bookings.data ?? []) m.set(b.roomId, [...(m.get(b.roomId) ?? []), { ...b, s: fromIsoInstant(b.start), e: fromIsoInstant(b.end) }]);
    return m;
  }, [bookings.data]);
  const slots = Array.from({ length: ((LAST_HOUR - FIRST_HOUR) * 60) / SLOT_MIN }, (_, i) => date.hour(FIRST_HOUR).minute(0).add(i * SLOT_MIN, 'minute'));
  const days = Array.from({ length: 7 }, (_, i) => from.add(i, 'day'));
  const now = fromIsoInstant(new Date().toISOString());
  const mayCancel = (b: Booking) => b.bookedById === user?.id || hasPermission(MPERM.manage);
  const bookingLabel = (b: Booking & { s: Dayjs; e: Dayjs }) => `${b.s.format('HH:mm')}–${b.e.format('HH:mm')} ${b.title} · ${b.bookedByName}`;

  return (
    <>
      <PageHeader
        title={t('meetings.nav.rooms')}
        description={t('meetings.roomsDescription')}
        extra={
          <Flex gap={8} wrap>
            <Button type="primary" icon={<PlusOutlined />} disabled={!rooms.data?.length}
              onClick={() => setSlot({ roomId: rooms.data![0]!.id, start: date.hour(9), end: date.hour(10) })}>{t('meetings.book')}</Button>
            {hasPermission(MPERM.manage) ? <Button onClick={() => setAddingRoom(true)}>{t('meetings.addRoom')}</Button> : null}
          </Flex>
        }
      />
      <Card variant="borderless">
        <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
          <Segmented value={mode} onChange={(v) => setMode(v as 'day' | 'week')} options={[{ value: 'day', label: t('meetings.day') }, { value: 'week', label: t('meetings.week') }]} />
          <Button icon={<LeftOutlined />} onClick={() => setDate(date.subtract(mode === 'day' ? 1 : 7, 'day'))} aria-label="prev" />
          <DatePicker value={date} onChange={(d) => d && setDate(d.startOf('day'))} allowClear={false} />
          <Button icon={<RightOutlined />} onClick={() => setDate(date.add(mode === 'day' ? 1 : 7, 'day'))} aria-label="next" />
          <Button onClick={() => setDate(now.startOf('day'))}>{t('meetings.today')}</Button>
        </Flex>
        <div className="room-grid-wrap">
          <table className="room-grid" data-testid="room-grid">
            <thead>
              <tr>
                <th className="room-grid-room">{t('meetings.room')}</th>
                {mode === 'day'
                  ? slots.map((s) => <th key={s.valueOf()} className="room-grid-slot">{s.minute() === 0 ? s.format('HH:mm') : ''}</th>)
                  : days.map((d) => <th key={d.valueOf()} className="room-grid-day">{d.format('MM-DD ddd')}</th>)}
              </tr>
            </thead>
            <tbody>
              {(rooms.data ?? []).map((r) => {
                const list = byRoom.get(r.id) ?? [];
                return (
                  <tr key={r.id}>
                    <td className="room-grid-room">
                      <Tooltip title={`${r.location} · ${r.equipment}`}><Typography.Text strong>{r.name}</Typography.Text></Tooltip>
                      <div><Typography.Text type="secondary">{t('meetings.capacityN', { n: r.capacity })}</Typography.Text></div>
                    </td>
                    {mode === 'day'
                      ? slots.map((s) => {
                          const e = s.add(SLOT_MIN, 'minute');
                          const b = list.find((x) => x.s.isBefore(e) && s.isBefore(x.e));
                          if (b) {
                            return (
                              <td key={s.valueOf()} className="room-grid-busy">
                                <Tooltip title={bookingLabel(b)}>
                                  {mayCancel(b) ? (
                                    <Popconfirm title={t('meetings.cancelBooking', { title: b.title })} onConfirm={() => cancel.mutate(b.id)}><div className="room-grid-fill">{b.s.isSame(s) || s.isSame(slots[0]) ? b.title : ''}</div></Popconfirm>
                                  ) : <div className="room-grid-fill">{b.s.isSame(s) || s.isSame(slots[0]) ? b.title : ''}</div>}
                                </Tooltip>
                              </td>
                            );
                          }
                          const past = e.isBefore(now);
                          return <td key={s.valueOf()} className={past ? 'room-grid-past' : 'room-grid-free'} onClick={past ? undefined : () => setSlot({ roomId: r.id, start: s, end: s.add(1, 'hour') })} data-testid="room-free" />;
                        })
                      : days.map((d) => {
                          const dayList = list.filter((x) => x.s.isBefore(d.add(1, 'day')) && d.isBefore(x.e));
                          return (
                            <td key={d.valueOf()} className="room-grid-weekcell">
                              {dayList.map((b) => <div key={b.id} className="room-grid-chip">{bookingLabel(b)}</div>)}
                              {d.add(1, 'day').isAfter(now) ? <Button size="small" type="link" icon={<PlusOutlined />} onClick={() => setSlot({ roomId: r.id, start: d.hour(9), end: d.hour(10) })} /> : null}
                            </td>
                          );
                        })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </Card>
      <BookingModal slot={slot} rooms={rooms.data ?? []} onClose={() => setSlot(null)} />
      <RoomModal open={addingRoom} onClose={() => setAddingRoom(false)} />
    </>
  );
}
