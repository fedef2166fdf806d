/** VEH-3 special case: the admin specialist sends a car without a request; the user files the paperwork afterwards (补办). */
import { App, Button, DatePicker, Drawer, Flex, Form, Input, InputNumber, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/api';
import { toIsoInstant } from '../../../app/format';
import { UserPicker } from '../../../process/form/UserPicker';
import { CARGO, DIRECTIONS, PURPOSES, requestKeys, requestsApi, type Board } from './api';

interface Values {
  requesterId: string;
  purpose: string;
  purposeText?: string;
  urgent: boolean;
  cargo: string;
  passengers?: number;
  goodsDesc?: string;
  time: [Dayjs, Dayjs];
  destination: string;
  direction: string;
  distanceKm: number;
  route?: string;
  vehicleId: string;
  driverId: string;
}

export function DirectDispatchDrawer({ open, board, onClose }: { open: boolean; board: Board | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const vehicleId = Form.useWatch('vehicleId', form);
  const car = board?.vehicles.find((v) => v.id === vehicleId);
  const save = useMutation({
    mutationFn: (v: Values) => {
      const { time, ...rest } = v;
      return requestsApi.direct({ ...rest, startAt: toIsoInstant(time[0]), endAt: toIsoInstant(time[1]) });
    },
    onSuccess: async () => {
      message.success(t('vehicles.requests.direct.done'));
      await qc.invalidateQueries({ queryKey: requestKeys.all });
      form.resetFields();
      onClose();
    },
    onError: (err) => message.error(errorMessage(err)),
  });
  const req = [{ required: true }];
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('vehicles.requests.direct.title')}
      size={600}
      extra={
        <Flex gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="direct-submit">
            {t('vehicles.requests.board.dispatch')}
          </Button>
        </Flex>
      }
    >
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)} initialValues={{ urgent: true, cargo: '乘车人员', direction: '东', passengers: 1 }}>
        <Form.Item name="requesterId" label={t('vehicles.requests.col.user')} rules={req} extra={t('vehicles.requests.direct.hint')}>
          <UserPicker />
        </Form.Item>
        <Form.Item name="purpose" label={t('vehicles.requests.col.purpose')} rules={req}>
          <Select options={PURPOSES.map((p) => ({ value: p, label: p }))} />
        </Form.Item>
        <Form.Item name="purposeText" label={t('vehicles.requests.purposeText')}>
          <Input maxLength={500} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="urgent" label={t('vehicles.requests.col.priority')}>
            <Radio.Group options={[{ value: true, label: t('vehicles.requests.urgent') }, { value: false, label: t('vehicles.requests.normal') }]} />
          </Form.Item>
          <Form.Item name="cargo" label={t('vehicles.requests.cargo')} rules={req}>
            <Radio.Group options={CARGO.map((c) => ({ value: c, label: c }))} />
          </Form.Item>
          <Form.Item name="passengers" label={t('vehicles.requests.passengers')}>
            <InputNumber min={0} max={50} precision={0} />
          </Form.Item>
        </Flex>
        <Form.Item name="goodsDesc" label={t('vehicles.requests.goodsDesc')}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="time" label={t('vehicles.requests.col.time')} rules={req}>
          <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="destination" label={t('vehicles.requests.col.destination')} rules={req} style={{ flex: 1, minWidth: 160 }}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="direction" label={t('vehicles.requests.direction')} rules={req}>
            <Select style={{ width: 100 }} options={DIRECTIONS.map((d) => ({ value: d, label: d }))} />
          </Form.Item>
          <Form.Item name="distanceKm" label={t('vehicles.requests.distanceKm')} rules={req}>
            <InputNumber min={0} max={5000} />
          </Form.Item>
        </Flex>
        <Form.Item name="route" label={t('vehicles.requests.col.route')}>
          <Input maxLength={500} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="vehicleId" label={t('vehicles.requests.board.vehicle')} rules={req} style={{ flex: 1, minWidth: 200 }}>
            <Select options={(board?.vehicles ?? []).filter((v) => v.status === 'in_service').map((v) => ({ value: v.id, label: `${v.plate} ${v.model}` }))} />
          </Form.Item>
          <Form.Item name="driverId" label={t('vehicles.requests.board.driver')} rules={req} style={{ flex: 1, minWidth: 160 }}>
            <Select options={(car?.drivers ?? []).map((d) => ({ value: d.id, label: d.name }))} />
          </Form.Item>
        </Flex>
      </Form>
    </Drawer>
  );
}
