import { useEffect } from 'react';
import { App, Form, Input, InputNumber, Modal } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { applyServerErrors } from '../../app/forms';
import { orgApi, orgKeys } from '../api/org';
import type { Position } from '../types';
import { DepartmentSelect } from './DepartmentSelect';

export type PositionDialog = { mode: 'create'; departmentId?: string } | { mode: 'edit'; position: Position };

interface Values {
  departmentId: string;
  name: string;
  code?: string;
  sort: number;
  duty?: string;
}

export function PositionFormModal({ dialog, onClose }: { dialog: PositionDialog | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const editing = dialog?.mode === 'edit' ? dialog.position : null;

  useEffect(() => {
    if (!dialog) return;
    form.resetFields();
    if (dialog.mode === 'edit') {
      const p = dialog.position;
      form.setFieldsValue({ departmentId: p.departmentId, name: p.name, code: p.code ?? '', sort: p.sort, duty: p.duty });
    } else {
      form.setFieldsValue({ departmentId: dialog.departmentId, sort: 0, duty: '' });
    }
  }, [dialog, form]);

  const save = useMutation({
    mutationFn: (v: Values): Promise<unknown> => {
      const body = {
        departmentId: v.departmentId,
        name: v.name.trim(),
        code: v.code?.trim() ? v.code.trim() : null,
        sort: v.sort ?? 0,
        duty: v.duty ?? '',
      };
      return editing ? orgApi.updatePosition(editing.id, body) : orgApi.createPosition(body);
    },
    onSuccess: async () => {
      message.success(editing ? t('common.saved') : t('common.created'));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: orgKeys.positionsAll }),
        queryClient.invalidateQueries({ queryKey: orgKeys.departments }),
      ]);
      onClose();
    },
    onError: (err) => {
      const rest = applyServerErrors(form, err);
      if (rest) message.error(rest);
    },
  });

  return (
    <Modal
      open={!!dialog}
      title={editing ? t('position.editTitle', { name: editing.name }) : t('position.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      confirmLoading={save.isPending}
      width={760}
      forceRender
    >
      <Form<Values> form={form} layout="vertical" onFinish={(v) => save.mutate(v)} data-testid="position-form">
        <Form.Item name="departmentId" label={t('position.department')} rules={[{ required: true, message: t('common.required') }]}>
          <DepartmentSelect allowClear={false} />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('position.name')}
          rules={[
            { required: true, whitespace: true, message: t('common.required') },
            { max: 100, message: t('common.maxLength', { max: 100 }) },
          ]}
        >
          <Input placeholder={t('position.namePlaceholder')} />
        </Form.Item>
        <Form.Item name="code" label={t('position.code')} rules={[{ max: 50, message: t('common.maxLength', { max: 50 }) }]}>
          <Input placeholder={t('common.optional')} />
        </Form.Item>
        <Form.Item name="sort" label={t('common.sort')} extra={t('common.sortHint')}>
          <InputNumber min={0} max={100000} precision={0} />
        </Form.Item>
        <Form.Item name="duty" label={t('position.duty')} rules={[{ max: 20000, message: t('common.maxLength', { max: 20000 }) }]}>
          <Input.TextArea autoSize={{ minRows: 10, maxRows: 24 }} placeholder={t('position.dutyPlaceholder')} showCount maxLength={20000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
