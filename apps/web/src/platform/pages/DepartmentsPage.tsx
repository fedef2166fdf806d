import { useMemo, useState, type ReactNode } from 'react';
import { Button, Card, Col, Empty, Input, Row, Skeleton, Tree } from 'antd';
import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useAuth } from '../../app/auth';
import { PageHeader } from '../../app/components/PageHeader';
import { orgApi, orgKeys } from '../api/org';
import { buildDeptTree, type DeptNode } from '../deptTree';
import { DepartmentDetail } from '../components/DepartmentDetail';
import { DepartmentFormModal, type DepartmentDialog } from '../components/DepartmentFormModal';
import { PERM } from '../permissions';

/** Keeps nodes whose name matches, with their ancestors. */
function filterTree(nodes: DeptNode[], q: string): DeptNode[] {
  if (!q) return nodes;
  return nodes.flatMap((n) => {
    const children = filterTree(n.children, q);
    return n.title.toLowerCase().includes(q) || children.length ? [{ ...n, children }] : [];
  });
}

interface TreeItem {
  key: string;
  title: ReactNode;
  children: TreeItem[];
}

export default function DepartmentsPage() {
  const { t } = useTranslation();
  const { hasPermission } = useAuth();
  const canManage = hasPermission(PERM.orgManage);
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState('');
  const [dialog, setDialog] = useState<DepartmentDialog | null>(null);
  const departments = useQuery({ queryKey: orgKeys.departments, queryFn: orgApi.departments });
  const list = useMemo(() => departments.data ?? [], [departments.data]);

  const selectedId = params.get('id') ?? list.find((d) => !d.parentId)?.id ?? null;
  const selected = list.find((d) => d.id === selectedId) ?? null;
  const select = (id: string | null) => setParams(id ? { id } : {}, { replace: true });

  const treeData = useMemo(() => {
    const toItems = (nodes: DeptNode[]): TreeItem[] =>
      nodes.map((n) => ({
        key: n.key,
        title: (
          <span>
            {n.title}
            <span className="dept-tree-count">{n.dept.userCount}</span>
          </span>
        ),
        children: toItems(n.children),
      }));
    return toItems(filterTree(buildDeptTree(list), search.trim().toLowerCase()));
  }, [list, search]);

  return (
    <>
      <PageHeader
        title={t('nav.departments')}
        description={t('department.description')}
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ mode: 'create', parentId: null })} data-testid="department-create-root">
              {t('department.createRoot')}
            </Button>
          ) : null
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} md={9} lg={7}>
          <Card variant="borderless" styles={{ body: { padding: 12 } }}>
            <Input
              allowClear
              prefix={<SearchOutlined />}
              placeholder={t('department.searchPlaceholder')}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              style={{ marginBottom: 8 }}
            />
            {departments.isPending ? (
              <Skeleton active />
            ) : treeData.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
            ) : (
              <Tree
                className="dept-tree"
                blockNode
                defaultExpandAll
                key={search ? `s:${search}` : `all:${list.length}`}
                treeData={treeData}
                selectedKeys={selectedId ? [selectedId] : []}
                onSelect={(keys) => keys[0] && select(String(keys[0]))}
                data-testid="department-tree"
              />
            )}
          </Card>
        </Col>
        <Col xs={24} md={15} lg={17}>
          {selected ? (
            <DepartmentDetail
              key={selected.id}
              department={selected}
              departments={list}
              canManage={canManage}
              onCreateChild={() => setDialog({ mode: 'create', parentId: selected.id })}
              onEdit={(headOption) => setDialog({ mode: 'edit', department: selected, headOption })}
              onDeleted={() => select(selected.parentId)}
            />
          ) : (
            <Card variant="borderless">
              <Empty description={departments.isPending ? t('common.loading') : t('department.selectHint')} />
            </Card>
          )}
        </Col>
      </Row>
      <DepartmentFormModal
        dialog={dialog}
        onClose={() => setDialog(null)}
        onSaved={(savedId) => {
          setDialog(null);
          select(savedId);
        }}
      />
    </>
  );
}
