import { useMemo, useState } from 'react';
import { App, Button, Card, Drawer, Flex, Input, Popconfirm, Table, Tag, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, EyeOutlined, PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../../app/api';
import { useAuth } from '../../app/auth';
import { excerpt } from '../../app/format';
import { PageHeader } from '../../app/components/PageHeader';
import { useIsMobile } from '../../app/useIsMobile';
import { orgApi, orgKeys } from '../api/org';
import { DepartmentSelect } from '../components/DepartmentSelect';
import { PositionFormModal, type PositionDialog } from '../components/PositionFormModal';
import { PERM } from '../permissions';
import type { Position } from '../types';

export default function PositionsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { hasPermission } = useAuth();
  const canManage = hasPermission(PERM.orgManage);
  const isMobile = useIsMobile();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const departmentId = params.get('departmentId') ?? undefined;
  const [search, setSearch] = useState('');
  const [dialog, setDialog] = useState<PositionDialog | null>(null);
  const [viewing, setViewing] = useState<Position | null>(null);

  const positions = useQuery({ queryKey: orgKeys.positions(departmentId), queryFn: () => orgApi.positions(departmentId) });
  const rows = useMemo(() => {
    const q = search.trim().toLowerCase();
    const list = positions.data ?? [];
    return q ? list.filter((p) => `${p.name} ${p.code ?? ''} ${p.departmentName} ${p.duty}`.toLowerCase().includes(q)) : list;
  }, [positions.data, search]);

  const remove = useMutation({
    mutationFn: (id: string) => orgApi.deletePosition(id),
    onSuccess: async () => {
      message.success(t('common.deleted'));
      await queryClient.invalidateQueries({ queryKey: orgKeys.positionsAll });
    },
    onError: (err) => message.error(errorMessage(err)),
  });

  return (
    <>
      <PageHeader
        title={t('nav.positions')}
        description={t('position.description')}
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ mode: 'create', departmentId })} data-testid="position-create">
              {t('position.create')}
            </Button>
          ) : null
        }
      />
      <Card variant="borderless">
        <Flex gap={8} wrap className="toolbar">
          <DepartmentSelect
            value={departmentId ?? null}
            onChange={(v) => setParams(v ? { departmentId: v } : {}, { replace: true })}
            placeholder={t('position.filterDepartment')}
            style={{ width: 240 }}
          />
          <Input
            allowClear
            prefix={<SearchOutlined />}
            placeholder={t('position.searchPlaceholder')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            style={{ width: 240 }}
          />
        </Flex>
        <Table<Position>
          rowKey="id"
          loading={positions.isPending}
          dataSource={rows}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 20, showSizeChanger: true, showTotal: (total) => t('common.total', { total }) }}
          data-testid="position-table"
          columns={[
            {
              title: t('position.name'),
              dataIndex: 'name',
              width: 180,
              render: (name: string, p) => (
                <a onClick={() => setViewing(p)}>
                  {name} {p.code ? <Tag style={{ marginLeft: 4 }}>{p.code}</Tag> : null}
                </a>
              ),
            },
            { title: t('position.department'), dataIndex: 'departmentName', width: 160 },
            { title: t('position.holderCount'), dataIndex: 'holderCount', width: 100, align: 'right' },
            {
              title: t('position.duty'),
              dataIndex: 'duty',
              render: (duty: string) => (
                <Typography.Text type="secondary" style={{ maxWidth: 420, display: 'inline-block' }}>
                  {excerpt(duty, 60) || '—'}
                </Typography.Text>
              ),
            },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 200,
              fixed: isMobile ? undefined : 'right',
              render: (_, p) => (
                <Flex gap={4}>
                  <Button size="small" type="link" icon={<EyeOutlined />} onClick={() => setViewing(p)}>
                    {t('common.view')}
                  </Button>
                  {canManage ? (
                    <>
                      <Button size="small" type="link" icon={<EditOutlined />} onClick={() => setDialog({ mode: 'edit', position: p })}>
                        {t('common.edit')}
                      </Button>
                      <Popconfirm
                        title={t('position.deleteConfirm', { name: p.name })}
                        description={p.holderCount > 0 ? t('position.deleteHasHolders', { count: p.holderCount }) : undefined}
                        okText={t('common.delete')}
                        okButtonProps={{ danger: true }}
                        onConfirm={() => remove.mutateAsync(p.id)}
                      >
                        <Button size="small" type="link" danger icon={<DeleteOutlined />}>
                          {t('common.delete')}
                        </Button>
                      </Popconfirm>
                    </>
                  ) : null}
                </Flex>
              ),
            },
          ]}
        />
      </Card>

      <Drawer
        open={!!viewing}
        onClose={() => setViewing(null)}
        size={isMobile ? '100%' : 560}
        title={viewing ? `${viewing.name} · ${viewing.departmentName}` : ''}
        extra={
          canManage && viewing ? (
            <Button
              icon={<EditOutlined />}
              onClick={() => {
                setDialog({ mode: 'edit', position: viewing });
                setViewing(null);
              }}
            >
              {t('common.edit')}
            </Button>
          ) : null
        }
      >
        {viewing ? (
          <>
            <Flex gap={8} wrap style={{ marginBottom: 12 }}>
              {viewing.code ? <Tag>{viewing.code}</Tag> : null}
              <Tag color="blue">{t('position.holders', { count: viewing.holderCount })}</Tag>
            </Flex>
            <Typography.Title level={5}>{t('position.duty')}</Typography.Title>
            {viewing.duty.trim() ? (
              <Typography.Paragraph className="pre-line" data-testid="position-duty">
                {viewing.duty}
              </Typography.Paragraph>
            ) : (
              <Typography.Text type="secondary">{t('position.noDuty')}</Typography.Text>
            )}
          </>
        ) : null}
      </Drawer>

      <PositionFormModal dialog={dialog} onClose={() => setDialog(null)} />
    </>
  );
}
