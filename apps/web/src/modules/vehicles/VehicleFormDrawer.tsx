import { useEffect, useMemo } from 'react';
import { App, Button, DatePicker, Drawer, Flex, Form, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { applyServerErrors } from '../../app/forms';
import { useIsMobile } from '../../app/useIsMobile';
import { orgApi } from '../../platform/api/org';
import { VEHICLE_STATUSES, vehicleKeys, vehiclesApi, type Vehicle, type VehicleBody, type VehicleStatus } from './api';

export type VehicleDialog = { mode: 'create' } | { mode: 'edit'; vehicle: Vehicle };

const DATE_KEYS = ['purchaseDate', 'insuranceExpiry', 'inspectionDue', 'cityPassExpiry'] as const;
type DateKey = (typeof DATE_KEYS)[number];

interface Values {
  plate: string;
  model: string;
  seats?: number | null;
  loadKg?: number | null;
  purchaseDate?: Dayjs | null;
  insurer?: string;
  policyNo?: string;
  insuranceExpiry?: Dayjs | null;
  inspectionDue?: Dayjs | null;
  fuelCardNo?: string;
  fuelCardBalance?: number | null;
  cityPassExpiry?: Dayjs | null;
  status: VehicleStatus;
  usualDriverId?: string | null;
  driverIds: string[];
  notes?: string;
}

const PLATE_RE = /^[\u4e00-\u9fff][A-Za-z][\s·.\-•]*[A-Za-z0-9]{4,5}[A-Za-z0-9\u4e00-\u9fff]$/;

export function VehicleFormDrawer({ dialog, onClose }: { dialog: VehicleDialog | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const isMobile = useIsMobile();
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const editing = dialog?.mode === 'edit' ? dialog.vehicle : null;

  const users = useQuery({
    queryKey: ['org', 'users', 'vehicle-drivers'],
    queryFn: () => orgApi.users({ active: 'true', page: 1, pageSize: 200 }),
    enabled: !!dialog,
    staleTime: 60_000,
  });
  const userOptions = useMemo(() => {
    const list = (users.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.name}（${u.username}）` }));
    for (const d of editing?.drivers ?? []) if (!list.some((o) => o.value === d.id)) list.push({ value: d.id, label: `${d.name}（${d.username}）` });
    return list;
  }, [users.data, editing]);

  useEffect(() => {
    if (!dialog) return;
    form.resetFields();
    if (dialog.mode === 'edit') {
      const v = dialog.vehicle;
      const dates = Object.fromEntries(DATE_KEYS.map((k) => [k, v[k] ? dayjs(v[k]) : null])) as Record<DateKey, Dayjs | null>;
      form.setFieldsValue({
        plate: v.plate,
        model: v.model,
        seats: v.seats,
        loadKg: v.loadKg,
        insurer: v.insurer ?? '',
        policyNo: v.policyNo ?? '',
        fuelCardNo: v.fuelCardNo ?? '',
        fuelCardBalance: v.fuelCardBalanceFen / 100,
        status: v.status,
        usualDriverId: v.usualDriverId,
        driverIds: v.drivers.map((d) => d.id),
        notes: v.notes,
        ...dates,
      });
    } else {
      form.setFieldsValue({ status: 'in_service', driverIds: [], fuelCardBalance: 0 });
    }
  }, [dialog, form]);

  const save = useMutation({
    mutationFn: (v: Values): Promise<unknown> => {
      const text = (s?: string) => (s && s.trim() ? s.trim() : null);
      const body: VehicleBody = {
        plate: v.plate.trim(),
        model: v.model.trim(),
        seats: v.seats ?? null,
        loadKg: v.loadKg ?? null,
        insurer: text(v.insurer),
        policyNo: text(v.policyNo),
        fuelCardNo: text(v.fuelCardNo),
        fuelCardBalanceFen: Math.round((v.fuelCardBalance ?? 0) * 100),
        status: v.status,
        usualDriverId: v.usualDriverId ?? null,
        driverIds: v.driverIds ?? [],
        notes: v.notes?.trim() ?? '',
      };
      for (const k of DATE_KEYS) body[k] = v[k] ? v[k]!.format('YYYY-MM-DD') : null;
      return editing ? vehiclesApi.update(editing.id, body) : vehiclesApi.create(body);
    },
    onSuccess: async () => {
      message.success(editing ? t('common.saved') : t('vehicles.created'));
      await queryClient.invalidateQueries({ queryKey: vehicleKeys.all });
      onClose();
    },
    onError: (err) => {
      const rest = applyServerErrors(form, err);
      if (rest) message.error(rest);
    },
  });

  const half = { flex: '1 1 200px' };
  const date = (name: DateKey) => (
    <Form.Item name={name} label={t(`vehicles.field.${name}`)} style={half}>
      <DatePicker style={{ width: '100%' }} />
    </Form.Item>
  );

  return (
    <Drawer
      open={!!dialog}
      onClose={onClose}
      size={isMobile ? '100%' : 600}
      title={editing ? t('vehicles.editTitle', { plate: editing.plate }) : t('vehicles.createTitle')}
      forceRender
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="vehicle-form-submit">
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <Form<Values> form={form} layout="vertical" onFinish={(v) => save.mutate(v)} data-testid="vehicle-form">
        <Flex gap={12} wrap>
          <Form.Item
            name="plate"
            label={t('vehicles.field.plate')}
            style={half}
            rules={[
              { required: true, whitespace: true, message: t('common.required') },
              { pattern: PLATE_RE, message: t('vehicles.plateInvalid') },
            ]}
          >
            <Input placeholder="浙A·12345" autoComplete="off" />
          </Form.Item>
          <Form.Item name="model" label={t('vehicles.field.model')} style={half} rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: 100, message: t('common.maxLength', { max: 100 }) }]}>
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="seats" label={t('vehicles.field.seats')} style={half}>
            <InputNumber min={0} max={100} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="loadKg" label={t('vehicles.field.loadKg')} style={half}>
            <InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          {date('purchaseDate')}
          <Form.Item name="status" label={t('common.status')} style={half}>
            <Select options={VEHICLE_STATUSES.map((s) => ({ value: s, label: t(`vehicles.status.${s}`) }))} />
          </Form.Item>
          <Form.Item name="insurer" label={t('vehicles.field.insurer')} style={half}>
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="policyNo" label={t('vehicles.field.policyNo')} style={half}>
            <Input autoComplete="off" />
          </Form.Item>
          {date('insuranceExpiry')}
          {date('inspectionDue')}
          <Form.Item name="fuelCardNo" label={t('vehicles.field.fuelCardNo')} style={half}>
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="fuelCardBalance" label={t('vehicles.field.fuelCardBalance')} style={half}>
            <InputNumber min={0} precision={2} step={100} style={{ width: '100%' }} />
          </Form.Item>
          {date('cityPassExpiry')}
          <Form.Item name="usualDriverId" label={t('vehicles.field.usualDriver')} style={half}>
            <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={userOptions} loading={users.isFetching} />
          </Form.Item>
        </Flex>
        <Form.Item name="driverIds" label={t('vehicles.field.drivers')} extra={t('vehicles.driversHint')}>
          <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={userOptions} loading={users.isFetching} data-testid="vehicle-drivers" />
        </Form.Item>
        <Form.Item name="notes" label={t('vehicles.field.notes')} rules={[{ max: 2000, message: t('common.maxLength', { max: 2000 }) }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
