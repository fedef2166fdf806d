import { useEffect } from 'react';
import { App, Form, Input, InputNumber, Modal } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { applyServerErrors } from '../../app/forms';
import { orgApi, orgKeys } from '../api/org';
import type { Department } from '../types';
import { DepartmentSelect } from './DepartmentSelect';
import { UserSelect, type UserOption } from './UserSelect';

export type DepartmentDialog = { mode: 'create'; parentId: string | null } | { mode: 'edit'; department: Department; headOption?: UserOption | null };

interface Values {
  parentId: string | null;
  name: string;
  code?: string;
  headUserId?: string | null;
  sort: number;
  functions?: string;
}

interface Props {
  dialog: DepartmentDialog | null;
  onClose: () => void;
  onSaved: (departmentId: string) => void;
}

export function DepartmentFormModal({ dialog, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const editing = dialog?.mode === 'edit' ? dialog.department : null;

  useEffect(() => {
    if (!dialog) return;
    form.resetFields();
    if (dialog.mode === 'edit') {
      const d = dialog.department;
      form.setFieldsValue({ parentId: d.parentId, name: d.name, code: d.code ?? '', headUserId: d.headUserId, sort: d.sort, functions: d.functions });
    } else {
      form.setFieldsValue({ parentId: dialog.parentId, sort: 0, functions: '' });
    }
  }, [dialog, form]);

  const save = useMutation({
    mutationFn: (values: Values) => {
      const body = {
        parentId: values.parentId ?? null,
        name: values.name.trim(),
        code: values.code?.trim() ? values.code.trim() : null,
        headUserId: values.headUserId ?? null,
        sort: values.sort ?? 0,
        functions: values.functions ?? '',
      };
      return editing ? orgApi.updateDepartment(editing.id, body).then(() => editing.id) : orgApi.createDepartment(body).then((c) => c.id);
    },
    onSuccess: async (savedId) => {
      message.success(editing ? t('common.saved') : t('common.created'));
      await queryClient.invalidateQueries({ queryKey: orgKeys.departments });
      onSaved(savedId);
    },
    onError: (err) => {
      const rest = applyServerErrors(form, err);
      if (rest) message.error(rest);
    },
  });

  return (
    <Modal
      open={!!dialog}
      title={editing ? t('department.editTitle', { name: editing.name }) : t('department.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      confirmLoading={save.isPending}
      width={640}
      forceRender
    >
      <Form<Values> form={form} layout="vertical" onFinish={(v) => save.mutate(v)} data-testid="department-form">
        <Form.Item name="parentId" label={t('department.parent')} extra={t('department.parentHint')}>
          <DepartmentSelect excludeSubtreeOf={editing?.id} placeholder={t('department.topLevel')} />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('department.name')}
          rules={[
            { required: true, whitespace: true, message: t('common.required') },
            { max: 100, message: t('common.maxLength', { max: 100 }) },
          ]}
        >
          <Input placeholder={t('department.namePlaceholder')} />
        </Form.Item>
        <Form.Item name="code" label={t('department.code')} rules={[{ max: 50, message: t('common.maxLength', { max: 50 }) }]}>
          <Input placeholder={t('common.optional')} />
        </Form.Item>
        <Form.Item name="headUserId" label={t('department.head')}>
          <UserSelect initialOption={dialog?.mode === 'edit' ? dialog.headOption : null} />
        </Form.Item>
        <Form.Item name="sort" label={t('common.sort')} extra={t('common.sortHint')}>
          <InputNumber min={0} max={100000} precision={0} />
        </Form.Item>
        <Form.Item name="functions" label={t('department.functions')} rules={[{ max: 10000, message: t('common.maxLength', { max: 10000 }) }]}>
          <Input.TextArea autoSize={{ minRows: 6, maxRows: 16 }} placeholder={t('department.functionsPlaceholder')} showCount maxLength={10000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
