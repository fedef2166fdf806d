import { useEffect } from 'react';
import { App, Button, Form, Input, Modal, Space, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { applyServerErrors } from '../../app/forms';
import { orgApi } from '../api/org';
import { generatePassword } from '../password';
import type { User } from '../types';
import { PASSWORD_MIN } from './ChangePasswordForm';

export function ResetPasswordModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ newPassword: string }>();

  useEffect(() => {
    if (user) form.setFieldsValue({ newPassword: generatePassword() });
  }, [user, form]);

  const reset = useMutation({
    mutationFn: (newPassword: string) => orgApi.resetPassword(user!.id, newPassword),
    onSuccess: () => {
      message.success(t('user.passwordReset', { name: user?.name ?? '' }));
      onClose();
    },
    onError: (err) => {
      const rest = applyServerErrors(form, err);
      if (rest) message.error(rest);
    },
  });

  return (
    <Modal
      open={!!user}
      title={t('user.resetPasswordTitle', { name: user?.name ?? '' })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('user.resetPassword')}
      okButtonProps={{ danger: true }}
      confirmLoading={reset.isPending}
      forceRender
    >
      <Typography.Paragraph type="secondary">{t('user.resetPasswordHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(v) => reset.mutate(v.newPassword)}>
        <Form.Item label={t('account.newPassword')} required>
          <Space.Compact style={{ width: '100%' }}>
            <Form.Item
              name="newPassword"
              noStyle
              rules={[
                { required: true, message: t('common.required') },
                { min: PASSWORD_MIN, message: t('account.passwordTooShort', { min: PASSWORD_MIN }) },
              ]}
            >
              <Input className="mono" autoComplete="off" />
            </Form.Item>
            <Button onClick={() => form.setFieldsValue({ newPassword: generatePassword() })}>{t('user.generate')}</Button>
          </Space.Compact>
        </Form.Item>
      </Form>
    </Modal>
  );
}
