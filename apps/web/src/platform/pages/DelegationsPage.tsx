import { useState } from 'react';
import { App, Button, Card, Flex, Popconfirm, Segmented, Table, Tag, Typography } from 'antd';
import { PlusOutlined, StopOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/api';
import { useAuth } from '../../app/auth';
import { formatDateTime } from '../../app/format';
import { PageHeader } from '../../app/components/PageHeader';
import { itemsOf, orgApi, orgKeys } from '../api/org';
import { DelegationFormModal } from '../components/DelegationFormModal';
import { PERM } from '../permissions';
import type { Delegation } from '../types';

const STATUS_COLOR: Record<Delegation['status'], string> = {
  active: 'green',
  scheduled: 'blue',
  ended: 'default',
  cancelled: 'default',
};

export default function DelegationsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { hasPermission, user } = useAuth();
  const canManage = hasPermission(PERM.delegationManage);
  const queryClient = useQueryClient();
  const [scope, setScope] = useState<'mine' | 'all'>('mine');
  const [creating, setCreating] = useState(false);
  const effectiveScope = canManage ? scope : 'mine';
  const delegations = useQuery({ queryKey: orgKeys.delegations(effectiveScope), queryFn: () => orgApi.delegations(effectiveScope) });

  const cancel = useMutation({
    mutationFn: (id: string) => orgApi.cancelDelegation(id),
    onSuccess: async () => {
      message.success(t('delegation.cancelled'));
      await queryClient.invalidateQueries({ queryKey: orgKeys.delegationsAll });
    },
    onError: (err) => message.error(errorMessage(err)),
  });

  return (
    <>
      <PageHeader
        title={t('nav.delegations')}
        description={t('delegation.description')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="delegation-create">
            {t('delegation.create')}
          </Button>
        }
      />
      <Card variant="borderless">
        {canManage ? (
          <Flex className="toolbar">
            <Segmented<'mine' | 'all'>
              value={scope}
              onChange={setScope}
              options={[
                { value: 'mine', label: t('delegation.scopeMine') },
                { value: 'all', label: t('delegation.scopeAll') },
              ]}
            />
          </Flex>
        ) : null}
        <Table<Delegation>
          rowKey="id"
          loading={delegations.isPending}
          dataSource={itemsOf(delegations.data)}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          data-testid="delegation-table"
          columns={[
            {
              title: t('delegation.delegator'),
              dataIndex: 'delegatorName',
              width: 110,
              render: (v: string, d) => (d.delegatorId === user?.id ? <Typography.Text strong>{v}</Typography.Text> : v),
            },
            {
              title: t('delegation.delegate'),
              dataIndex: 'delegateName',
              width: 110,
              render: (v: string, d) => (d.delegateId === user?.id ? <Typography.Text strong>{v}</Typography.Text> : v),
            },
            {
              title: t('delegation.period'),
              key: 'period',
              width: 300,
              render: (_, d) => `${formatDateTime(d.startsAt)} ~ ${formatDateTime(d.endsAt)}`,
            },
            { title: t('delegation.reason'), dataIndex: 'reason', render: (v: string) => v || '—' },
            {
              title: t('common.status'),
              dataIndex: 'status',
              width: 90,
              render: (s: Delegation['status']) => <Tag color={STATUS_COLOR[s]}>{t(`delegation.status.${s}`)}</Tag>,
            },
            { title: t('common.createdAt'), dataIndex: 'createdAt', width: 150, render: (v: string) => formatDateTime(v) },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 100,
              render: (_, d) =>
                d.status === 'active' || d.status === 'scheduled' ? (
                  <Popconfirm
                    title={t('delegation.cancelConfirm')}
                    okText={t('delegation.cancel')}
                    okButtonProps={{ danger: true }}
                    onConfirm={() => cancel.mutateAsync(d.id)}
                  >
                    <Button size="small" type="link" danger icon={<StopOutlined />}>
                      {t('delegation.cancel')}
                    </Button>
                  </Popconfirm>
                ) : null,
            },
          ]}
        />
      </Card>
      <DelegationFormModal open={creating} canManage={canManage} onClose={() => setCreating(false)} />
    </>
  );
}
