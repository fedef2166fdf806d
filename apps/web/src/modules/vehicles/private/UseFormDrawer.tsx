/**
 * 登记一次公用 (附表14): one business use of the employee's approved vehicle. Built for a phone:
 * a full-width drawer, one field per row, a numeric keypad for the distance, the expected subsidy
 * shown as the distance is typed.
 */
import { useState } from 'react';
import { Alert, App, Button, DatePicker, Drawer, Flex, Form, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { applyServerErrors } from '../../../app/forms';
import { useAuth } from '../../../app/auth';
import { formatYuan } from '../../../app/format';
import { useIsMobile } from '../../../app/useIsMobile';
import { UserSelect } from '../../../platform/components/UserSelect';
import { privateApi, privateKeys } from './api';

interface Values {
  userId?: string | null;
  privateVehicleId: string;
  useDate: Dayjs;
  fromPlace: string;
  toPlace: string;
  purpose: string;
  distanceKm: number;
}

export function UseFormDrawer({ open, canManage, onClose }: { open: boolean; canManage: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user } = useAuth();
  const isMobile = useIsMobile();
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const [userId, setUserId] = useState<string | null>(null);
  const owner = userId ?? user?.id ?? '';
  const vehicles = useQuery({
    queryKey: privateKeys.registrations({ ownerId: owner, status: 'approved' }),
    queryFn: () => privateApi.registrations({ ownerId: owner, status: 'approved' }),
    enabled: open && !!owner,
  });
  const vehicleId = Form.useWatch('privateVehicleId', form);
  const distance = Form.useWatch('distanceKm', form);
  const vehicle = vehicles.data?.find((v) => v.id === vehicleId);
  const preview = useQuery({
    queryKey: ['vehicles', 'private', 'preview', distance, vehicle?.vehicleType],
    queryFn: () => privateApi.preview(distance, vehicle!.vehicleType),
    enabled: open && !!vehicle && typeof distance === 'number' && distance > 0,
  });
  const save = useMutation({
    mutationFn: (v: Values) =>
      privateApi.logUse({
        userId: v.userId || undefined,
        privateVehicleId: v.privateVehicleId,
        useDate: v.useDate.format('YYYY-MM-DD'),
        fromPlace: v.fromPlace.trim(),
        toPlace: v.toPlace.trim(),
        purpose: v.purpose.trim(),
        distanceKm: v.distanceKm,
      }),
    onSuccess: async () => {
      message.success(t('vehicles.private.useLogged'));
      await queryClient.invalidateQueries({ queryKey: privateKeys.all });
      form.resetFields();
      setUserId(null);
      onClose();
    },
    onError: (err) => {
      const msg = applyServerErrors(form, err);
      if (msg) message.error(msg);
    },
  });
  const p = preview.data;
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('vehicles.private.logUse')}
      size={isMobile ? '100%' : 480}
      destroyOnHidden
      footer={
        <Flex gap={8} justify="flex-end">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} block={isMobile} data-testid="private-use-save">
            {t('vehicles.private.submitUse')}
          </Button>
        </Flex>
      }
    >
      <Form form={form} layout="vertical" initialValues={{ useDate: dayjs(), fromPlace: t('vehicles.private.company') }} onFinish={(v) => save.mutate(v)}>
        {canManage ? (
          <Form.Item name="userId" label={t('vehicles.private.field.employee')} extra={t('vehicles.private.employeeHint')}>
            <UserSelect
              onChange={(v) => {
                setUserId(v);
                form.setFieldsValue({ userId: v, privateVehicleId: undefined });
              }}
            />
          </Form.Item>
        ) : null}
        <Form.Item name="privateVehicleId" label={t('vehicles.private.field.vehicle')} rules={[{ required: true, message: t('common.required') }]}>
          <Select
            loading={vehicles.isFetching}
            notFoundContent={t('vehicles.private.noApprovedVehicle')}
            options={(vehicles.data ?? []).map((v) => ({ value: v.id, label: `${v.plate} · ${v.model}（${t(`vehicles.private.type.${v.vehicleType}`)}）` }))}
            data-testid="private-use-vehicle"
          />
        </Form.Item>
        <Form.Item name="useDate" label={t('vehicles.private.field.useDate')} rules={[{ required: true, message: t('common.required') }]}>
          <DatePicker style={{ width: '100%' }} inputReadOnly={isMobile} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item name="fromPlace" label={t('vehicles.private.field.fromPlace')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="toPlace" label={t('vehicles.private.field.toPlace')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input maxLength={100} data-testid="private-use-to" />
        </Form.Item>
        <Form.Item name="purpose" label={t('vehicles.private.field.purpose')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input.TextArea rows={2} maxLength={500} data-testid="private-use-purpose" />
        </Form.Item>
        <Form.Item name="distanceKm" label={t('vehicles.private.field.distanceKm')} rules={[{ required: true, message: t('common.required') }]}>
          <InputNumber min={0.1} max={5000} precision={1} step={1} inputMode="decimal" style={{ width: '100%' }} suffix={t('vehicles.private.km')} data-testid="private-use-distance" />
        </Form.Item>
        {p ? (
          <Alert
            type={p.needsAdminApproval ? 'warning' : 'info'}
            showIcon
            data-testid="private-use-preview"
            title={
              p.needsAdminApproval
                ? t('vehicles.private.previewOver', { km: p.suburbMaxKm })
                : p.reason === 'motorcycleMonthlyAllowance'
                  ? t('vehicles.private.previewMotorcycle')
                  : t('vehicles.private.previewAmount', { amount: formatYuan(p.amountFen) })
            }
          />
        ) : null}
      </Form>
    </Drawer>
  );
}
