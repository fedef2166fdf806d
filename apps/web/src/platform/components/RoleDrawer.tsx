import { useEffect } from 'react';
import { Alert, App, Button, Drawer, Flex, Form, Input, Skeleton } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/api';
import { applyServerErrors } from '../../app/forms';
import { useIsMobile } from '../../app/useIsMobile';
import { accessApi, accessKeys } from '../api/access';
import type { Role } from '../types';
import { PermissionChecklist } from './PermissionChecklist';

export type RoleDialog = { mode: 'create' } | { mode: 'edit'; role: Role };

interface Values {
  key: string;
  name: string;
  description?: string;
  permissions: string[];
}

export function RoleDrawer({ dialog, onClose }: { dialog: RoleDialog | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const isMobile = useIsMobile();
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const editing = dialog?.mode === 'edit' ? dialog.role : null;
  const allPermissions = !!editing?.permissions.includes('*');
  const catalog = useQuery({ queryKey: accessKeys.permissions, queryFn: accessApi.permissions, enabled: !!dialog, staleTime: Infinity });

  useEffect(() => {
    if (!dialog) return;
    form.resetFields();
    if (dialog.mode === 'edit') {
      const r = dialog.role;
      form.setFieldsValue({ key: r.key, name: r.name, description: r.description, permissions: r.permissions });
    } else {
      form.setFieldsValue({ permissions: [], description: '' });
    }
  }, [dialog, form]);

  const save = useMutation({
    mutationFn: (v: Values): Promise<unknown> => {
      // Read from the store: the checklist may not be mounted (still loading), and its value must not be lost.
      const permissions = (form.getFieldValue('permissions') as string[] | undefined) ?? [];
      const body = { name: v.name.trim(), description: v.description ?? '', permissions };
      return editing ? accessApi.updateRole(editing.id, allPermissions ? { name: body.name, description: body.description } : body) : accessApi.createRole({ ...body, key: v.key.trim() });
    },
    onSuccess: async () => {
      message.success(editing ? t('common.saved') : t('common.created'));
      await queryClient.invalidateQueries({ queryKey: accessKeys.roles });
      onClose();
    },
    onError: (err) => {
      const rest = applyServerErrors(form, err);
      if (rest) message.error(rest);
    },
  });

  return (
    <Drawer
      open={!!dialog}
      onClose={onClose}
      size={isMobile ? '100%' : 720}
      title={editing ? t('role.editTitle', { name: editing.name }) : t('role.createTitle')}
      forceRender
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="role-form-submit">
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <Form<Values> form={form} layout="vertical" onFinish={(v) => save.mutate(v)} data-testid="role-form">
        <Flex gap={12} wrap>
          <Form.Item
            name="key"
            label={t('role.key')}
            style={{ flex: '1 1 200px' }}
            extra={editing ? undefined : t('role.keyRule')}
            rules={[
              { required: true, message: t('common.required') },
              { min: 2, max: 50, message: t('common.lengthBetween', { min: 2, max: 50 }) },
              { pattern: /^[a-z][a-z0-9_]*$/, message: t('role.keyRule') },
            ]}
          >
            <Input disabled={!!editing} className="mono" />
          </Form.Item>
          <Form.Item
            name="name"
            label={t('role.name')}
            style={{ flex: '1 1 200px' }}
            rules={[
              { required: true, whitespace: true, message: t('common.required') },
              { max: 100, message: t('common.maxLength', { max: 100 }) },
            ]}
          >
            <Input />
          </Form.Item>
        </Flex>
        <Form.Item name="description" label={t('common.description')} rules={[{ max: 1000, message: t('common.maxLength', { max: 1000 }) }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
        <Form.Item label={t('role.permissions')}>
          {allPermissions ? (
            <Alert type="info" showIcon title={t('role.allPermissions')} />
          ) : catalog.isPending ? (
            <Skeleton active />
          ) : catalog.isError ? (
            <Alert type="error" showIcon title={errorMessage(catalog.error)} />
          ) : (
            <Form.Item name="permissions" noStyle>
              <PermissionChecklist permissions={catalog.data ?? []} />
            </Form.Item>
          )}
        </Form.Item>
      </Form>
    </Drawer>
  );
}
