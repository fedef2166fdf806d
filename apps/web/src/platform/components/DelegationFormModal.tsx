import { useEffect } from 'react';
import { App, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../app/auth';
import { fromIsoInstant, toIsoInstant } from '../../app/format';
import { applyServerErrors } from '../../app/forms';
import { orgApi, orgKeys } from '../api/org';
import { UserSelect } from './UserSelect';

interface Values {
  delegatorId?: string | null;
  delegateId: string;
  period: [Dayjs, Dayjs];
  reason?: string;
}

export function DelegationFormModal({ open, canManage, onClose }: { open: boolean; canManage: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user } = useAuth();
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const delegatorId = Form.useWatch('delegatorId', form);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    // Pickers show Asia/Shanghai wall time whatever the browser's zone.
    const start = fromIsoInstant(new Date().toISOString()).add(1, 'hour').startOf('hour');
    form.setFieldsValue({ delegatorId: user?.id ?? null, period: [start, start.add(1, 'day').hour(18)] });
  }, [open, form, user]);

  const create = useMutation({
    mutationFn: (v: Values) =>
      orgApi.createDelegation({
        ...(canManage && v.delegatorId && v.delegatorId !== user?.id ? { delegatorId: v.delegatorId } : {}),
        delegateId: v.delegateId,
        startsAt: toIsoInstant(v.period[0]),
        endsAt: toIsoInstant(v.period[1]),
        reason: v.reason?.trim() ?? '',
      }),
    onSuccess: async () => {
      message.success(t('delegation.created'));
      await queryClient.invalidateQueries({ queryKey: orgKeys.delegationsAll });
      onClose();
    },
    onError: (err) => {
      const rest = applyServerErrors(form, err);
      if (rest) message.error(rest);
    },
  });

  return (
    <Modal
      open={open}
      title={t('delegation.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.create')}
      confirmLoading={create.isPending}
      width={560}
      forceRender
    >
      <Form<Values> form={form} layout="vertical" onFinish={(v) => create.mutate(v)} data-testid="delegation-form">
        {canManage ? (
          <Form.Item name="delegatorId" label={t('delegation.delegator')} extra={t('delegation.delegatorHint')} rules={[{ required: true, message: t('common.required') }]}>
            <UserSelect allowClear={false} initialOption={user ? { value: user.id, label: `${user.name}（${user.username}）` } : null} />
          </Form.Item>
        ) : null}
        <Form.Item
          name="delegateId"
          label={t('delegation.delegate')}
          extra={t('delegation.delegateHint')}
          rules={[
            { required: true, message: t('common.required') },
            {
              validator: (_, value: string | null) =>
                value && value === (delegatorId ?? user?.id) ? Promise.reject(new Error(t('delegation.notSelf'))) : Promise.resolve(),
            },
          ]}
        >
          <UserSelect excludeId={delegatorId ?? user?.id} data-testid="delegation-delegate" />
        </Form.Item>
        <Form.Item
          name="period"
          label={t('delegation.period')}
          rules={[
            { required: true, message: t('common.required') },
            {
              validator: (_, value: [Dayjs, Dayjs] | null) =>
                value && !value[1].isAfter(value[0]) ? Promise.reject(new Error(t('delegation.endAfterStart'))) : Promise.resolve(),
            },
          ]}
        >
          <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="reason" label={t('delegation.reason')} rules={[{ max: 500, message: t('common.maxLength', { max: 500 }) }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} placeholder={t('delegation.reasonPlaceholder')} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
