import { App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyServerErrors } from '../../app/forms';
import { platformApi } from '../api/platform';

/** Minimum length, as in the contracts' PASSWORD_MIN (kept here to keep zod out of the bundle). */
export const PASSWORD_MIN = 8;

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export function ChangePasswordForm({ onDone }: { onDone?: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();

  const onFinish = async ({ currentPassword, newPassword }: Values) => {
    try {
      await platformApi.changePassword({ currentPassword, newPassword });
      form.resetFields();
      message.success(t('account.passwordChanged'), 5);
      onDone?.();
    } catch (err) {
      const rest = applyServerErrors(form, err);
      if (rest) message.error(rest);
    }
  };

  return (
    <Form<Values> form={form} layout="vertical" onFinish={onFinish} style={{ maxWidth: 420 }} data-testid="change-password-form">
      <Form.Item name="currentPassword" label={t('account.currentPassword')} rules={[{ required: true, message: t('common.required') }]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('account.newPassword')}
        extra={t('account.passwordRule', { min: PASSWORD_MIN })}
        rules={[
          { required: true, message: t('common.required') },
          { min: PASSWORD_MIN, message: t('account.passwordTooShort', { min: PASSWORD_MIN }) },
          { max: 200 },
          ({ getFieldValue }) => ({
            validator: (_, value: string) =>
              value && value === getFieldValue('currentPassword') ? Promise.reject(new Error(t('account.passwordSame'))) : Promise.resolve(),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('account.confirmPassword')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('common.required') },
          ({ getFieldValue }) => ({
            validator: (_, value: string) =>
              !value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('account.passwordMismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item noStyle>
        <Button type="primary" htmlType="submit" data-testid="change-password-submit">
          {t('account.changePassword')}
        </Button>
      </Form.Item>
    </Form>
  );
}
