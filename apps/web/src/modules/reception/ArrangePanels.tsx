/** 接待安排 (RCP-1): forms that create the linked car request, room booking and gift issue. */
import { App, Button, Card, DatePicker, Flex, Form, Input, InputNumber, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/api';
import { toIsoInstant } from '../../app/format';
import { DIRECTIONS, keys, receptionApi, type ReceptionDetail } from './api';

function useArrange<T>(id: string, fn: (v: T) => Promise<ReceptionDetail>) {
  const { message } = App.useApp();
  const { t } = useTranslation();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (d) => {
      qc.setQueryData(keys.detail(id), d);
      void qc.invalidateQueries({ queryKey: ['reception', 'list'] });
      message.success(t('reception.saved'));
    },
    onError: (e) => message.error(errorMessage(e)),
  });
}

export function ArrangePanels({ r }: { r: ReceptionDetail }) {
  const { t } = useTranslation();
  const car = useArrange(r.id, (v: { span: [Dayjs, Dayjs]; destination: string; direction: string; distanceKm: number; passengers: number }) =>
    receptionApi.arrangeCar(r.id, { startAt: toIsoInstant(v.span[0]), endAt: toIsoInstant(v.span[1]), destination: v.destination, direction: v.direction, distanceKm: v.distanceKm, passengers: v.passengers }));
  const room = useArrange(r.id, (v: { roomId: string; span: [Dayjs, Dayjs] }) => receptionApi.arrangeRoom(r.id, { roomId: v.roomId, start: toIsoInstant(v.span[0]), end: toIsoInstant(v.span[1]) }));
  const gifts = useArrange(r.id, () => receptionApi.arrangeGifts(r.id));
  const done = useArrange(r.id, () => receptionApi.arrangeDone(r.id));
  const rooms = useQuery({ queryKey: keys.rooms, queryFn: receptionApi.rooms, enabled: !!r.needs.room && !r.links.room, retry: false });

  return (
    <Card size="small" title={t('reception.arrange.title')} data-testid="arrange-panel" className="gj-no-print">
      <Space direction="vertical" style={{ width: '100%' }} size={16}>
        {r.needs.car && !r.links.car ? (
          <Form layout="inline" name="arrange-car" onFinish={(v) => car.mutate(v)} initialValues={{ passengers: r.guestCount, direction: '东', distanceKm: 10 }}>
            <Form.Item name="span" label={t('reception.arrange.carTime')} rules={[{ required: true }]}><DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" /></Form.Item>
            <Form.Item name="destination" label={t('reception.arrange.destination')} rules={[{ required: true, whitespace: true }]}><Input maxLength={100} style={{ width: 140 }} /></Form.Item>
            <Form.Item name="direction" label={t('reception.arrange.direction')}><Select style={{ width: 90 }} options={DIRECTIONS.map((d) => ({ value: d, label: d }))} /></Form.Item>
            <Form.Item name="distanceKm" label={t('reception.arrange.distance')}><InputNumber min={0} max={5000} /></Form.Item>
            <Form.Item name="passengers" label={t('reception.arrange.passengers')}><InputNumber min={0} max={50} /></Form.Item>
            <Button htmlType="submit" loading={car.isPending}>{t('reception.arrange.car')}</Button>
          </Form>
        ) : null}
        {r.needs.room && !r.links.room ? (
          <Form layout="inline" name="arrange-room" onFinish={(v) => room.mutate(v)}>
            <Form.Item name="roomId" label={t('reception.arrange.room')} rules={[{ required: true }]}>
              <Select style={{ width: 180 }} loading={rooms.isLoading} options={(rooms.data ?? []).map((m) => ({ value: m.id, label: `${m.name}（${m.capacity}）` }))} />
            </Form.Item>
            <Form.Item name="span" label={t('reception.arrange.roomTime')} rules={[{ required: true }]}><DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" /></Form.Item>
            <Button htmlType="submit" loading={room.isPending}>{t('reception.arrange.book')}</Button>
          </Form>
        ) : null}
        {r.needs.gifts && !r.links.gifts ? (
          <Button onClick={() => gifts.mutate(undefined)} loading={gifts.isPending} disabled={r.giftLines.length === 0} data-testid="arrange-gifts">
            {t('reception.arrange.gifts')}
          </Button>
        ) : null}
        <Flex justify="flex-end">
          <Button type="primary" onClick={() => done.mutate(undefined)} loading={done.isPending} data-testid="arrange-done">{t('reception.arrange.done')}</Button>
        </Flex>
      </Space>
    </Card>
  );
}

export function SettlePanel({ r }: { r: ReceptionDetail }) {
  const { t } = useTranslation();
  const settle = useArrange(r.id, (v: { lines: { category: string; actualYuan: number; note?: string }[] }) =>
    receptionApi.settle(r.id, v.lines.map((l) => ({ category: l.category, actualFen: Math.round((l.actualYuan ?? 0) * 100), note: l.note || undefined }))));
  const initial = (r.expenses.length ? r.expenses : [{ category: '餐费', budgetFen: 0 }]).map((e) => ({ category: e.category, actualYuan: e.budgetFen / 100 }));
  return (
    <Card size="small" title={t('reception.settle.title')} className="gj-no-print" data-testid="settle-panel">
      <Form layout="vertical" name="settle" onFinish={(v) => settle.mutate(v)} initialValues={{ lines: initial }}>
        <Form.List name="lines">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" wrap>
                  <Form.Item name={[f.name, 'category']} rules={[{ required: true }]}><Select style={{ width: 110 }} options={['餐费', '住宿', '用车', '礼品', '其他'].map((c) => ({ value: c, label: c }))} /></Form.Item>
                  <Form.Item name={[f.name, 'actualYuan']} rules={[{ required: true }]}><InputNumber min={0} precision={2} prefix="¥" placeholder={t('reception.settle.actual')} /></Form.Item>
                  <Form.Item name={[f.name, 'note']}><Input placeholder={t('reception.settle.note')} maxLength={200} /></Form.Item>
                  <Button type="link" onClick={() => remove(f.name)}>{t('reception.remove')}</Button>
                </Space>
              ))}
              <Button type="dashed" onClick={() => add({ category: '其他', actualYuan: 0 })}>{t('reception.addBudget')}</Button>
            </>
          )}
        </Form.List>
        <Flex justify="flex-end"><Button type="primary" htmlType="submit" loading={settle.isPending} data-testid="settle-submit">{t('reception.settle.submit')}</Button></Flex>
      </Form>
    </Card>
  );
}

export function SummaryPanel({ r }: { r: ReceptionDetail }) {
  const { t } = useTranslation();
  const summary = useArrange(r.id, (v: { summary: string }) => receptionApi.summary(r.id, v.summary));
  return (
    <Card size="small" title={t('reception.summary.title')} className="gj-no-print" data-testid="summary-panel">
      <Form layout="vertical" name="summary" onFinish={(v) => summary.mutate(v)}>
        <Form.Item name="summary" rules={[{ required: true, whitespace: true }]}><Input.TextArea rows={4} maxLength={2000} /></Form.Item>
        <Flex justify="flex-end"><Button type="primary" htmlType="submit" loading={summary.isPending}>{t('reception.summary.submit')}</Button></Flex>
      </Form>
    </Card>
  );
}
