import { useEffect, useState } from 'react';
import { App, Button, Card, Flex, Input, Popconfirm, Segmented, Table, Tag, Typography } from 'antd';
import { DownloadOutlined, EditOutlined, KeyOutlined, PlusOutlined, StopOutlined, CheckCircleOutlined, UploadOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorMessage, withQuery } from '../../app/api';
import { useAuth } from '../../app/auth';
import { PageHeader } from '../../app/components/PageHeader';
import { useIsMobile } from '../../app/useIsMobile';
import { orgApi, orgKeys, type UserListParams } from '../api/org';
import { DepartmentSelect } from '../components/DepartmentSelect';
import { ImportDialog } from '../components/ImportDialog';
import { ResetPasswordModal } from '../components/ResetPasswordModal';
import { UserFormDrawer, type UserDialog } from '../components/UserFormDrawer';
import { PERM } from '../permissions';
import type { User } from '../types';

type Active = 'true' | 'false' | 'all';

function readParams(params: URLSearchParams): Required<Pick<UserListParams, 'active' | 'page' | 'pageSize'>> & UserListParams {
  const active = params.get('active');
  return {
    q: params.get('q') ?? undefined,
    departmentId: params.get('departmentId') ?? undefined,
    active: active === 'true' || active === 'false' ? active : 'all',
    page: Math.max(1, Number(params.get('page')) || 1),
    pageSize: Math.min(200, Math.max(1, Number(params.get('pageSize')) || 20)),
  };
}

export default function UsersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { hasPermission, user: me } = useAuth();
  const canManage = hasPermission(PERM.orgManage);
  const isMobile = useIsMobile();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const filters = readParams(params);
  const [search, setSearch] = useState(filters.q ?? '');
  const [dialog, setDialog] = useState<UserDialog | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const [importing, setImporting] = useState(false);

  useEffect(() => setSearch(filters.q ?? ''), [filters.q]);

  const update = (patch: Partial<UserListParams>) => {
    const next = { ...filters, page: 1, ...patch };
    const out: Record<string, string> = {};
    if (next.q) out.q = next.q;
    if (next.departmentId) out.departmentId = next.departmentId;
    if (next.active !== 'all') out.active = next.active;
    if (next.page > 1) out.page = String(next.page);
    if (next.pageSize !== 20) out.pageSize = String(next.pageSize);
    setParams(out, { replace: true });
  };

  const users = useQuery({ queryKey: orgKeys.users(filters), queryFn: () => orgApi.users(filters), placeholderData: keepPreviousData });

  const setActive = useMutation({
    mutationFn: ({ user, active }: { user: User; active: boolean }) => (active ? orgApi.activateUser(user.id) : orgApi.deactivateUser(user.id)),
    onSuccess: async (_, { user, active }) => {
      message.success(active ? t('user.activated', { name: user.name }) : t('user.deactivated', { name: user.name }));
      await queryClient.invalidateQueries({ queryKey: orgKeys.usersAll });
    },
    onError: (err) => message.error(errorMessage(err)),
  });

  const exportUrl = withQuery('/api/org/users/export.xlsx', { q: filters.q, departmentId: filters.departmentId, active: filters.active });

  return (
    <>
      <PageHeader
        title={t('nav.users')}
        description={t('user.description')}
        extra={
          <>
            <Button icon={<DownloadOutlined />} href={exportUrl} data-testid="user-export">
              {t('common.exportXlsx')}
            </Button>
            {canManage ? (
              <>
                <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="user-import">
                  {t('common.importXlsx')}
                </Button>
                <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ mode: 'create' })} data-testid="user-create">
                  {t('user.create')}
                </Button>
              </>
            ) : null}
          </>
        }
      />
      <Card variant="borderless">
        <Flex gap={8} wrap className="toolbar">
          <Input.Search
            allowClear
            placeholder={t('user.searchPlaceholder')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            onSearch={(value) => update({ q: value.trim() || undefined })}
            style={{ width: 260 }}
            data-testid="user-search"
          />
          <DepartmentSelect
            value={filters.departmentId ?? null}
            onChange={(v) => update({ departmentId: v ?? undefined })}
            placeholder={t('user.filterDepartment')}
            style={{ width: 220 }}
          />
          <Segmented<Active>
            value={filters.active}
            onChange={(v) => update({ active: v })}
            options={[
              { value: 'all', label: t('user.filterAll') },
              { value: 'true', label: t('user.filterActive') },
              { value: 'false', label: t('user.filterInactive') },
            ]}
          />
        </Flex>
        <Table<User>
          rowKey="id"
          loading={users.isFetching}
          dataSource={users.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          data-testid="user-table"
          pagination={{
            current: filters.page,
            pageSize: filters.pageSize,
            total: users.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
            onChange: (page, pageSize) => update({ page, pageSize }),
          }}
          columns={[
            { title: t('user.username'), dataIndex: 'username', width: 120, render: (v: string) => <span className="mono">{v}</span> },
            {
              title: t('user.name'),
              dataIndex: 'name',
              width: 100,
              render: (name: string, u) => (
                <Typography.Text strong={u.active} type={u.active ? undefined : 'secondary'}>
                  {name}
                </Typography.Text>
              ),
            },
            {
              title: t('common.status'),
              dataIndex: 'active',
              width: 80,
              render: (active: boolean) => (active ? <Tag color="green">{t('user.active')}</Tag> : <Tag>{t('user.inactive')}</Tag>),
            },
            { title: t('user.department'), dataIndex: 'departmentName', width: 140, render: (v: string | null) => v ?? '—' },
            {
              title: t('user.positions'),
              dataIndex: 'positions',
              width: 180,
              render: (ps: User['positions']) => (ps.length ? ps.map((p) => <Tag key={p.id}>{p.name}</Tag>) : '—'),
            },
            { title: t('user.supervisor'), dataIndex: 'supervisorName', width: 100, render: (v: string | null) => v ?? '—' },
            {
              title: t('user.roles'),
              dataIndex: 'roles',
              width: 180,
              render: (rs: User['roles']) =>
                rs.length
                  ? rs.map((r) => (
                      <Tag key={r.id} color="geekblue">
                        {r.name}
                      </Tag>
                    ))
                  : '—',
            },
            { title: t('user.phone'), dataIndex: 'phone', width: 130, render: (v: string | null) => v ?? '—' },
            ...(canManage
              ? [
                  {
                    title: t('common.actions'),
                    key: 'actions',
                    width: 250,
                    fixed: isMobile ? undefined : ('right' as const),
                    render: (_: unknown, u: User) => (
                      <Flex gap={0} wrap={false}>
                        <Button size="small" type="link" icon={<EditOutlined />} onClick={() => setDialog({ mode: 'edit', user: u })}>
                          {t('common.edit')}
                        </Button>
                        <Button size="small" type="link" icon={<KeyOutlined />} onClick={() => setResetting(u)}>
                          {t('user.resetPassword')}
                        </Button>
                        {u.active ? (
                          <Popconfirm
                            title={t('user.deactivateConfirm', { name: u.name })}
                            description={t('user.deactivateHint')}
                            okText={t('user.deactivate')}
                            okButtonProps={{ danger: true }}
                            disabled={u.id === me?.id}
                            onConfirm={() => setActive.mutateAsync({ user: u, active: false })}
                          >
                            <Button size="small" type="link" danger icon={<StopOutlined />} disabled={u.id === me?.id}>
                              {t('user.deactivate')}
                            </Button>
                          </Popconfirm>
                        ) : (
                          <Popconfirm
                            title={t('user.activateConfirm', { name: u.name })}
                            okText={t('user.activate')}
                            onConfirm={() => setActive.mutateAsync({ user: u, active: true })}
                          >
                            <Button size="small" type="link" icon={<CheckCircleOutlined />}>
                              {t('user.activate')}
                            </Button>
                          </Popconfirm>
                        )}
                      </Flex>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>

      <UserFormDrawer dialog={dialog} onClose={() => setDialog(null)} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
      <ImportDialog
        open={importing}
        title={t('user.importTitle')}
        hint={t('user.importHint')}
        writeModes={['all', 'valid-only']}
        run={(file, mode) => orgApi.importUsers(file, mode)}
        onClose={() => setImporting(false)}
        onImported={() => {
          void queryClient.invalidateQueries({ queryKey: orgKeys.usersAll });
          void queryClient.invalidateQueries({ queryKey: orgKeys.departments });
        }}
      />
    </>
  );
}
