import { useEffect } from 'react';
import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/api';
import { toIsoInstant } from '../../app/format';
import { meetingKeys, meetingsApi, type Room } from './api';

export interface Slot { roomId: string; start: Dayjs; end: Dayjs }

/** 预订会议室 from a free slot; an overlap is refused by the server, naming the other booking. */
export function BookingModal({ slot, rooms, onClose }: { slot: Slot | null; rooms: Room[]; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ roomId: string; title: string; span: [Dayjs, Dayjs] }>();
  useEffect(() => {
    if (slot) form.setFieldsValue({ roomId: slot.roomId, title: '', span: [slot.start, slot.end] });
  }, [slot, form]);
  const book = useMutation({
    mutationFn: (v: { roomId: string; title: string; span: [Dayjs, Dayjs] }) => meetingsApi.book({ roomId: v.roomId, title: v.title, start: toIsoInstant(v.span[0]), end: toIsoInstant(v.span[1]) }),
    onSuccess: async () => {
      message.success(t('meetings.booked'));
      await qc.invalidateQueries({ queryKey: meetingKeys.all });
      onClose();
    },
    onError: (err) => message.error(errorMessage(err), 6),
  });
  return (
    <Modal open={!!slot} title={t('meetings.book')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={book.isPending} destroyOnHidden okButtonProps={{ 'data-testid': 'booking-ok' } as never}>
      <Form form={form} layout="vertical" onFinish={(v) => book.mutate(v)}>
        <Form.Item name="roomId" label={t('meetings.room')} rules={[{ required: true }]}>
          <Select options={rooms.map((r) => ({ value: r.id, label: `${r.name}（${r.capacity}人）` }))} />
        </Form.Item>
        <Form.Item name="title" label={t('meetings.field.title')} rules={[{ required: true, whitespace: true, max: 200 }]}><Input data-testid="booking-title" /></Form.Item>
        <Form.Item name="span" label={t('meetings.field.time')} rules={[{ required: true }]}>
          <DatePicker.RangePicker showTime={{ format: 'HH:mm', minuteStep: 15 }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
