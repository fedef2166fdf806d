import { useState } from 'react';
import { App, Button, Card, Flex, Popconfirm, Table, Tag, Tooltip, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/api';
import { PageHeader } from '../../app/components/PageHeader';
import { useIsMobile } from '../../app/useIsMobile';
import { accessApi, accessKeys } from '../api/access';
import { RoleDrawer, type RoleDialog } from '../components/RoleDrawer';
import type { Role } from '../types';

export default function RolesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const isMobile = useIsMobile();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<RoleDialog | null>(null);
  const roles = useQuery({ queryKey: accessKeys.roles, queryFn: accessApi.roles });

  const remove = useMutation({
    mutationFn: (id: string) => accessApi.deleteRole(id),
    onSuccess: async () => {
      message.success(t('common.deleted'));
      await queryClient.invalidateQueries({ queryKey: accessKeys.roles });
    },
    onError: (err) => message.error(errorMessage(err)),
  });

  return (
    <>
      <PageHeader
        title={t('nav.roles')}
        description={t('role.description')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ mode: 'create' })} data-testid="role-create">
            {t('role.create')}
          </Button>
        }
      />
      <Card variant="borderless">
        <Table<Role>
          rowKey="id"
          loading={roles.isPending}
          dataSource={roles.data ?? []}
          scroll={{ x: 'max-content' }}
          pagination={false}
          data-testid="role-table"
          columns={[
            {
              title: t('role.name'),
              dataIndex: 'name',
              width: 160,
              render: (name: string, r) => (
                <Flex gap={6} align="center">
                  <a onClick={() => setDialog({ mode: 'edit', role: r })}>{name}</a>
                  {r.builtIn ? <Tag color="purple">{t('role.builtIn')}</Tag> : null}
                </Flex>
              ),
            },
            { title: t('role.key'), dataIndex: 'key', width: 140, render: (v: string) => <span className="mono">{v}</span> },
            {
              title: t('common.description'),
              dataIndex: 'description',
              render: (v: string) => (
                <Typography.Text type="secondary" style={{ maxWidth: 360, display: 'inline-block' }}>
                  {v || '—'}
                </Typography.Text>
              ),
            },
            {
              title: t('role.permissions'),
              dataIndex: 'permissions',
              width: 130,
              render: (ps: string[]) =>
                ps.includes('*') ? <Tag color="red">{t('role.allPermissionsShort')}</Tag> : t('role.permissionCount', { count: ps.length }),
            },
            { title: t('role.userCount'), dataIndex: 'userCount', width: 90, align: 'right' },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 170,
              fixed: isMobile ? undefined : 'right',
              render: (_, r) => (
                <Flex gap={0}>
                  <Button size="small" type="link" icon={<EditOutlined />} onClick={() => setDialog({ mode: 'edit', role: r })}>
                    {t('common.edit')}
                  </Button>
                  {r.builtIn ? (
                    <Tooltip title={t('role.builtInNoDelete')}>
                      <Button size="small" type="link" danger icon={<DeleteOutlined />} disabled>
                        {t('common.delete')}
                      </Button>
                    </Tooltip>
                  ) : (
                    <Popconfirm
                      title={t('role.deleteConfirm', { name: r.name })}
                      description={r.userCount > 0 ? t('role.deleteHasUsers', { count: r.userCount }) : undefined}
                      okText={t('common.delete')}
                      okButtonProps={{ danger: true }}
                      onConfirm={() => remove.mutateAsync(r.id)}
                    >
                      <Button size="small" type="link" danger icon={<DeleteOutlined />}>
                        {t('common.delete')}
                      </Button>
                    </Popconfirm>
                  )}
                </Flex>
              ),
            },
          ]}
        />
      </Card>
      <RoleDrawer dialog={dialog} onClose={() => setDialog(null)} />
    </>
  );
}
