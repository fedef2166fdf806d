/** 报备私车或摩托车 (附表13): the employee's own vehicle; the admin staff may report for someone. */
import { App, Button, DatePicker, Drawer, Flex, Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { applyServerErrors } from '../../../app/forms';
import { useIsMobile } from '../../../app/useIsMobile';
import { UserSelect } from '../../../platform/components/UserSelect';
import { privateApi, privateKeys, type PrivateVehicleType } from './api';

interface Values {
  ownerId?: string | null;
  plate: string;
  vehicleType: PrivateVehicleType;
  model: string;
  licenceNo: string;
  insuranceExpiry?: Dayjs | null;
  notes?: string;
}

export function RegistrationDrawer({ open, canManage, onClose }: { open: boolean; canManage: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const isMobile = useIsMobile();
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (v: Values) =>
      privateApi.register({
        ownerId: v.ownerId || undefined,
        plate: v.plate.trim(),
        vehicleType: v.vehicleType,
        model: v.model.trim(),
        licenceNo: v.licenceNo.trim(),
        insuranceExpiry: v.insuranceExpiry ? v.insuranceExpiry.format('YYYY-MM-DD') : null,
        notes: v.notes?.trim() || undefined,
      }),
    onSuccess: async () => {
      message.success(t('vehicles.private.registered'));
      await queryClient.invalidateQueries({ queryKey: privateKeys.all });
      form.resetFields();
      onClose();
    },
    onError: (err) => {
      const msg = applyServerErrors(form, err);
      if (msg) message.error(msg);
    },
  });
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('vehicles.private.registerTitle')}
      size={isMobile ? '100%' : 480}
      destroyOnHidden
      extra={
        <Flex gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="private-register-save">
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <Form form={form} layout="vertical" initialValues={{ vehicleType: 'car' }} onFinish={(v) => save.mutate(v)}>
        {canManage ? (
          <Form.Item name="ownerId" label={t('vehicles.private.field.owner')} extra={t('vehicles.private.ownerHint')}>
            <UserSelect />
          </Form.Item>
        ) : null}
        <Form.Item name="vehicleType" label={t('vehicles.private.field.vehicleType')} rules={[{ required: true }]}>
          <Radio.Group optionType="button" options={[{ value: 'car', label: t('vehicles.private.type.car') }, { value: 'motorcycle', label: t('vehicles.private.type.motorcycle') }]} />
        </Form.Item>
        <Form.Item name="plate" label={t('vehicles.private.field.plate')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input maxLength={20} placeholder="浙A·12345" data-testid="private-register-plate" />
        </Form.Item>
        <Form.Item name="model" label={t('vehicles.private.field.model')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input maxLength={100} data-testid="private-register-model" />
        </Form.Item>
        <Form.Item name="licenceNo" label={t('vehicles.private.field.licenceNo')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input maxLength={40} data-testid="private-register-licence" />
        </Form.Item>
        <Form.Item name="insuranceExpiry" label={t('vehicles.private.field.insuranceExpiry')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="notes" label={t('vehicles.private.field.notes')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
