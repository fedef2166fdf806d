import { useEffect, useMemo } from 'react';
import { Alert, App, Button, Drawer, Flex, Form, Input, Select, Space } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/api';
import { applyServerErrors } from '../../app/forms';
import { useIsMobile } from '../../app/useIsMobile';
import { accessApi, accessKeys } from '../api/access';
import { orgApi, orgKeys } from '../api/org';
import { generatePassword } from '../password';
import type { User } from '../types';
import { PASSWORD_MIN } from './ChangePasswordForm';
import { DepartmentSelect } from './DepartmentSelect';
import { UserSelect } from './UserSelect';

export type UserDialog = { mode: 'create' } | { mode: 'edit'; user: User };

interface Values {
  username: string;
  name: string;
  phone?: string;
  email?: string;
  departmentId?: string | null;
  positionIds: string[];
  supervisorId?: string | null;
  roleIds: string[];
  password?: string;
}

export function UserFormDrawer({ dialog, onClose }: { dialog: UserDialog | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const isMobile = useIsMobile();
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const editing = dialog?.mode === 'edit' ? dialog.user : null;
  const departmentId = Form.useWatch('departmentId', form);

  const positions = useQuery({ queryKey: orgKeys.positions(), queryFn: () => orgApi.positions(), enabled: !!dialog });
  const roles = useQuery({ queryKey: accessKeys.roles, queryFn: accessApi.roles, enabled: !!dialog });

  useEffect(() => {
    if (!dialog) return;
    form.resetFields();
    if (dialog.mode === 'edit') {
      const u = dialog.user;
      form.setFieldsValue({
        username: u.username,
        name: u.name,
        phone: u.phone ?? '',
        email: u.email ?? '',
        departmentId: u.departmentId,
        positionIds: u.positions.map((p) => p.id),
        supervisorId: u.supervisorId,
        roleIds: u.roles.map((r) => r.id),
      });
    } else {
      form.setFieldsValue({ positionIds: [], roleIds: [], password: generatePassword() });
    }
  }, [dialog, form]);

  // Positions grouped by department, the chosen department's first.
  const positionOptions = useMemo(() => {
    const groups = new Map<string, { label: string; deptId: string; options: { value: string; label: string }[] }>();
    for (const p of positions.data ?? []) {
      const group = groups.get(p.departmentId) ?? { label: p.departmentName, deptId: p.departmentId, options: [] };
      group.options.push({ value: p.id, label: p.name });
      groups.set(p.departmentId, group);
    }
    return [...groups.values()]
      .sort((a, b) => Number(b.deptId === departmentId) - Number(a.deptId === departmentId))
      .map(({ label, options }) => ({ label, options }));
  }, [positions.data, departmentId]);

  const save = useMutation({
    mutationFn: (v: Values): Promise<unknown> => {
      const common = {
        name: v.name.trim(),
        phone: v.phone?.trim() ? v.phone.trim() : null,
        email: v.email?.trim() ? v.email.trim() : null,
        departmentId: v.departmentId ?? null,
        positionIds: v.positionIds ?? [],
        supervisorId: v.supervisorId ?? null,
        ...(roles.isError ? {} : { roleIds: v.roleIds ?? [] }),
      };
      return editing
        ? orgApi.updateUser(editing.id, common)
        : orgApi.createUser({ ...common, username: v.username.trim(), password: v.password ?? '' });
    },
    onSuccess: async () => {
      message.success(editing ? t('common.saved') : t('user.created'));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: orgKeys.usersAll }),
        queryClient.invalidateQueries({ queryKey: orgKeys.departments }),
        queryClient.invalidateQueries({ queryKey: orgKeys.positionsAll }),
      ]);
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
      size={isMobile ? '100%' : 560}
      title={editing ? t('user.editTitle', { name: editing.name }) : t('user.createTitle')}
      forceRender
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="user-form-submit">
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <Form<Values> form={form} layout="vertical" onFinish={(v) => save.mutate(v)} data-testid="user-form">
        <Form.Item
          name="username"
          label={t('user.username')}
          extra={editing ? t('user.usernameFixed') : t('user.usernameRule')}
          rules={[
            { required: true, whitespace: true, message: t('common.required') },
            { min: 2, max: 64, message: t('common.lengthBetween', { min: 2, max: 64 }) },
            { pattern: /^[a-zA-Z0-9._-]+$/, message: t('user.usernameRule') },
          ]}
        >
          <Input disabled={!!editing} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('user.name')}
          rules={[
            { required: true, whitespace: true, message: t('common.required') },
            { max: 50, message: t('common.maxLength', { max: 50 }) },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item
            name="phone"
            label={t('user.phone')}
            style={{ flex: '1 1 200px' }}
            rules={[{ pattern: /^[0-9+\-() ]{5,20}$/, message: t('user.phoneInvalid') }]}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="email" label={t('user.email')} style={{ flex: '1 1 200px' }} rules={[{ type: 'email', message: t('user.emailInvalid') }]}>
            <Input autoComplete="off" />
          </Form.Item>
        </Flex>
        <Form.Item name="departmentId" label={t('user.department')}>
          <DepartmentSelect />
        </Form.Item>
        <Form.Item name="positionIds" label={t('user.positions')}>
          <Select
            mode="multiple"
            options={positionOptions}
            loading={positions.isPending}
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('user.positionsPlaceholder')}
            maxCount={20}
          />
        </Form.Item>
        <Form.Item name="supervisorId" label={t('user.supervisor')} extra={t('user.supervisorHint')}>
          <UserSelect
            excludeId={editing?.id}
            initialOption={editing?.supervisorId ? { value: editing.supervisorId, label: editing.supervisorName ?? editing.supervisorId } : null}
          />
        </Form.Item>
        <Form.Item name="roleIds" label={t('user.roles')}>
          <Select
            mode="multiple"
            loading={roles.isPending}
            disabled={roles.isError}
            options={(roles.data ?? []).map((r) => ({ value: r.id, label: r.name }))}
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('user.rolesPlaceholder')}
          />
        </Form.Item>
        {roles.isError ? <Alert type="warning" showIcon title={t('user.rolesUnavailable', { reason: errorMessage(roles.error) })} style={{ marginBottom: 16 }} /> : null}
        {editing ? null : (
          <Form.Item label={t('user.initialPassword')} required extra={t('user.initialPasswordHint')}>
            <Space.Compact style={{ width: '100%' }}>
              <Form.Item
                name="password"
                noStyle
                rules={[
                  { required: true, message: t('common.required') },
                  { min: PASSWORD_MIN, message: t('account.passwordTooShort', { min: PASSWORD_MIN }) },
                ]}
              >
                <Input className="mono" autoComplete="new-password" />
              </Form.Item>
              <Button onClick={() => form.setFieldsValue({ password: generatePassword() })}>{t('user.generate')}</Button>
            </Space.Compact>
          </Form.Item>
        )}
      </Form>
    </Drawer>
  );
}
