import { App, Button, Card, Descriptions, Empty, Flex, Popconfirm, Table, Tag, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../app/api';
import { excerpt } from '../../app/format';
import { orgApi, orgKeys } from '../api/org';
import { deptPath } from '../deptTree';
import type { Department, Position } from '../types';
import type { UserOption } from './UserSelect';

interface Props {
  department: Department;
  departments: Department[];
  canManage: boolean;
  onCreateChild: () => void;
  onEdit: (headOption: UserOption | null) => void;
  onDeleted: () => void;
}

export function DepartmentDetail({ department, departments, canManage, onCreateChild, onEdit, onDeleted }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const positions = useQuery({ queryKey: orgKeys.positions(department.id), queryFn: () => orgApi.positions(department.id) });
  const memberParams = { departmentId: department.id, active: 'true' as const, page: 1, pageSize: 100 };
  const members = useQuery({ queryKey: orgKeys.users(memberParams), queryFn: () => orgApi.users(memberParams) });

  const headId = department.headUserId;
  const headMember = headId ? members.data?.items.find((u) => u.id === headId) : undefined;
  // A head from another department is not among the members; fetch that one user.
  const headLookup = useQuery({
    queryKey: orgKeys.user(headId ?? ''),
    queryFn: () => orgApi.user(headId!),
    enabled: !!headId && !members.isPending && !headMember,
  });
  const head = headMember ?? headLookup.data;
  const headOption: UserOption | null = head ? { value: head.id, label: `${head.name}（${head.username}）` } : null;
  const childCount = departments.filter((d) => d.parentId === department.id).length;
  const parentPath = deptPath(departments, department.parentId);

  const remove = useMutation({
    mutationFn: () => orgApi.deleteDepartment(department.id),
    onSuccess: async () => {
      message.success(t('common.deleted'));
      await queryClient.invalidateQueries({ queryKey: orgKeys.departments });
      onDeleted();
    },
    onError: (err) => message.error(errorMessage(err)),
  });

  return (
    <Flex vertical gap={16}>
      <Card variant="borderless" data-testid="department-detail">
        <Flex justify="space-between" align="flex-start" gap={12} wrap style={{ marginBottom: 16 }}>
          <Flex gap={8} align="center" wrap>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {department.name}
            </Typography.Title>
            {department.code ? <Tag>{department.code}</Tag> : null}
          </Flex>
          {canManage ? (
            <Flex gap={8} wrap>
              <Button icon={<PlusOutlined />} onClick={onCreateChild} data-testid="department-create-child">
                {t('department.createChild')}
              </Button>
              <Button icon={<EditOutlined />} onClick={() => onEdit(headOption)} data-testid="department-edit">
                {t('common.edit')}
              </Button>
              <Popconfirm
                title={t('department.deleteConfirm', { name: department.name })}
                description={childCount > 0 || department.userCount > 0 ? t('department.deleteBlocked') : undefined}
                okButtonProps={{ danger: true, loading: remove.isPending }}
                okText={t('common.delete')}
                onConfirm={() => remove.mutateAsync()}
              >
                <Button danger icon={<DeleteOutlined />} data-testid="department-delete">
                  {t('common.delete')}
                </Button>
              </Popconfirm>
            </Flex>
          ) : null}
        </Flex>
        <Descriptions
          column={{ xs: 1, sm: 2, lg: 3 }}
          items={[
            { key: 'parent', label: t('department.parent'), children: parentPath.length ? parentPath.join(' / ') : t('department.topLevel') },
            {
              key: 'head',
              label: t('department.head'),
              children: !headId
                ? '—'
                : head
                  ? head.departmentId === department.id || !head.departmentName
                    ? head.name
                    : `${head.name}（${head.departmentName}）`
                  : '…',
            },
            { key: 'count', label: t('department.userCount'), children: department.userCount },
            { key: 'children', label: t('department.childCount'), children: childCount },
            { key: 'sort', label: t('common.sort'), children: department.sort },
          ]}
        />
        <Typography.Title level={5} style={{ marginTop: 8 }}>
          {t('department.functions')}
        </Typography.Title>
        {department.functions.trim() ? (
          <Typography.Paragraph className="pre-line" data-testid="department-functions">
            {department.functions}
          </Typography.Paragraph>
        ) : (
          <Typography.Text type="secondary">{t('department.noFunctions')}</Typography.Text>
        )}
      </Card>

      <Card
        variant="borderless"
        title={t('department.positions')}
        extra={<Link to={`/admin/positions?departmentId=${encodeURIComponent(department.id)}`}>{t('department.managePositions')}</Link>}
      >
        <Table<Position>
          size="small"
          rowKey="id"
          loading={positions.isPending}
          dataSource={positions.data ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('position.empty')} /> }}
          columns={[
            { title: t('position.name'), dataIndex: 'name', width: 160 },
            { title: t('position.holderCount'), dataIndex: 'holderCount', width: 90, align: 'right' },
            { title: t('position.duty'), dataIndex: 'duty', render: (v: string) => <Typography.Text type="secondary">{excerpt(v, 50)}</Typography.Text> },
          ]}
        />
      </Card>

      <Card variant="borderless" title={t('department.members', { count: members.data?.total ?? 0 })}>
        {members.isPending ? null : members.data && members.data.items.length > 0 ? (
          <Flex gap={6} wrap>
            {members.data.items.map((u) => (
              <Tag key={u.id} color={u.id === department.headUserId ? 'gold' : undefined}>
                {u.name}
                {u.positions.length ? <Typography.Text type="secondary"> · {u.positions.map((p) => p.name).join('、')}</Typography.Text> : null}
              </Tag>
            ))}
          </Flex>
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('department.noMembers')} />
        )}
      </Card>
    </Flex>
  );
}
