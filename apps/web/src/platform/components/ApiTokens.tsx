import { useState } from 'react';
import { Alert, App, Button, Flex, Form, Input, InputNumber, Modal, Popconfirm, Table, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/api';
import { formatDateTime } from '../../app/format';
import { applyServerErrors } from '../../app/forms';
import { platformApi, platformKeys } from '../api/platform';
import type { ApiToken, ApiTokenCreated } from '../types';

interface Values {
  name: string;
  expiresInDays?: number | null;
}

/** Personal API tokens: the secret is shown once, right after creation. */
export function ApiTokens() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<ApiTokenCreated | null>(null);
  const tokens = useQuery({ queryKey: platformKeys.tokens, queryFn: platformApi.tokens });

  const create = useMutation({
    mutationFn: (v: Values) => platformApi.createToken({ name: v.name.trim(), ...(v.expiresInDays ? { expiresInDays: v.expiresInDays } : {}) }),
    onSuccess: async (token) => {
      setCreating(false);
      form.resetFields();
      setCreated(token);
      await queryClient.invalidateQueries({ queryKey: platformKeys.tokens });
    },
    onError: (err) => {
      const rest = applyServerErrors(form, err);
      if (rest) message.error(rest);
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) => platformApi.revokeToken(id),
    onSuccess: async () => {
      message.success(t('account.tokenRevoked'));
      await queryClient.invalidateQueries({ queryKey: platformKeys.tokens });
    },
    onError: (err) => message.error(errorMessage(err)),
  });

  return (
    <>
      <Flex justify="space-between" align="center" gap={8} wrap className="toolbar">
        <Typography.Text type="secondary">{t('account.tokensHint')}</Typography.Text>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="token-create">
          {t('account.createToken')}
        </Button>
      </Flex>
      <Table<ApiToken>
        rowKey="id"
        loading={tokens.isPending}
        dataSource={Array.isArray(tokens.data) ? tokens.data : []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="token-table"
        columns={[
          { title: t('account.tokenName'), dataIndex: 'name', width: 180 },
          { title: t('account.tokenPrefix'), dataIndex: 'prefix', width: 140, render: (v: string) => <span className="mono">{v}…</span> },
          { title: t('common.createdAt'), dataIndex: 'createdAt', width: 150, render: (v: string) => formatDateTime(v) },
          { title: t('account.expiresAt'), dataIndex: 'expiresAt', width: 150, render: (v: string | null) => (v ? formatDateTime(v) : t('account.never')) },
          { title: t('account.lastUsedAt'), dataIndex: 'lastUsedAt', width: 150, render: (v: string | null) => (v ? formatDateTime(v) : t('account.neverUsed')) },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 100,
            render: (_, tok) => (
              <Popconfirm
                title={t('account.revokeConfirm', { name: tok.name })}
                okText={t('account.revoke')}
                okButtonProps={{ danger: true }}
                onConfirm={() => revoke.mutateAsync(tok.id)}
              >
                <Button size="small" type="link" danger icon={<DeleteOutlined />}>
                  {t('account.revoke')}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />

      <Modal
        open={creating}
        title={t('account.createToken')}
        onCancel={() => setCreating(false)}
        onOk={() => form.submit()}
        okText={t('common.create')}
        confirmLoading={create.isPending}
        forceRender
      >
        <Form<Values> form={form} layout="vertical" onFinish={(v) => create.mutate(v)}>
          <Form.Item
            name="name"
            label={t('account.tokenName')}
            rules={[
              { required: true, whitespace: true, message: t('common.required') },
              { max: 100, message: t('common.maxLength', { max: 100 }) },
            ]}
          >
            <Input placeholder={t('account.tokenNamePlaceholder')} />
          </Form.Item>
          <Form.Item name="expiresInDays" label={t('account.expiresInDays')} extra={t('account.expiresInDaysHint')}>
            <InputNumber min={1} max={3650} precision={0} suffix={t('account.days')} style={{ width: 180 }} />
          </Form.Item>
        </Form>
      </Modal>

      <Modal
        open={!!created}
        title={t('account.tokenCreated')}
        onCancel={() => setCreated(null)}
        footer={
          <Button type="primary" onClick={() => setCreated(null)}>
            {t('account.tokenSaved')}
          </Button>
        }
        mask={{ closable: false }}
      >
        <Alert type="warning" showIcon title={t('account.tokenOnce')} style={{ marginBottom: 12 }} />
        <Typography.Paragraph copyable={{ text: created?.token ?? '' }} className="json-block" data-testid="token-secret">
          {created?.token}
        </Typography.Paragraph>
        <Typography.Text type="secondary">{t('account.tokenUsage')}</Typography.Text>
      </Modal>
    </>
  );
}
