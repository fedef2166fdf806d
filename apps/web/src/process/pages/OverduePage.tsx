/** 限时结办: overdue open work by department and by person (tables and a bar chart), and the items. */
import { lazy, Suspense } from 'react';
import { Card, Col, Empty, Flex, Row, Spin, Statistic, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../app/api';
import { PageHeader } from '../../app/components/PageHeader';
import { formatDateTime } from '../../app/format';
import { useIsMobile } from '../../app/useIsMobile';
import { processApi, processKeys } from '../api';
import type { OverdueReport } from '../types';
import { usePunct } from '../punct';

const OverdueChart = lazy(() => import('../components/OverdueChart'));

type Item = OverdueReport['items'][number];
type ByDept = OverdueReport['byDepartment'][number];
type ByPerson = OverdueReport['byPerson'][number];

export default function OverduePage() {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const p = usePunct();
  const report = useQuery({ queryKey: processKeys.overdue, queryFn: processApi.overdue, refetchInterval: 120_000 });
  const r = report.data;
  const hours = (h: number) => t('process.overdue.hours', { hours: h });
  const link = (i: Item) => `/instances/${encodeURIComponent(i.instanceId)}`;

  const deptColumns: TableColumnsType<ByDept> = [
    { title: t('process.overdue.department'), dataIndex: 'departmentName' },
    { title: t('process.overdue.count'), dataIndex: 'count', width: 90, align: 'right' },
  ];
  const personColumns: TableColumnsType<ByPerson> = [
    { title: t('process.overdue.person'), dataIndex: 'name' },
    { title: t('process.overdue.department'), dataIndex: 'departmentName' },
    { title: t('process.overdue.count'), dataIndex: 'count', width: 90, align: 'right' },
  ];
  const itemColumns: TableColumnsType<Item> = [
    { title: t('process.inbox.title'), dataIndex: 'title', render: (v: string, i) => <Link to={link(i)}>{v}</Link> },
    { title: t('process.inbox.step'), dataIndex: 'stepName' },
    { title: t('process.overdue.person'), dataIndex: 'userName' },
    { title: t('process.overdue.department'), dataIndex: 'departmentName' },
    { title: t('process.inbox.due'), dataIndex: 'dueAt', render: (v: string | null) => <span className="gj-nowrap">{formatDateTime(v)}</span> },
    { title: t('process.overdue.overdueBy'), dataIndex: 'overdueHours', align: 'right', render: (h: number) => <Tag color="red">{hours(h)}</Tag> },
  ];

  return (
    <>
      <PageHeader title={t('process.nav.overdue')} description={t('process.overdue.description')} />
      {report.isError ? <Typography.Text type="danger">{errorMessage(report.error)}</Typography.Text> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <Card variant="borderless" style={{ height: '100%' }}>
            <Flex vertical gap={20}>
              <Statistic title={t('process.overdue.total')} value={r?.total ?? 0} loading={report.isPending} styles={{ content: r?.total ? { color: '#cf1322' } : undefined }} />
              <Flex gap={32} wrap>
                <Statistic title={t('process.overdue.departments')} value={r?.byDepartment.length ?? 0} loading={report.isPending} />
                <Statistic title={t('process.overdue.people')} value={r?.byPerson.length ?? 0} loading={report.isPending} />
                <Statistic
                  title={t('process.overdue.longest')}
                  value={r?.items.length ? Math.max(...r.items.map((i) => i.overdueHours)) : 0}
                  suffix={t('process.overdue.hoursUnit')}
                  loading={report.isPending}
                />
              </Flex>
            </Flex>
          </Card>
        </Col>
        <Col xs={24} lg={16}>
          <Card variant="borderless" title={t('process.overdue.chart')} style={{ height: '100%' }}>
            {r && r.byDepartment.length ? (
              <Suspense fallback={<Flex justify="center" style={{ height: 240 }} align="center"><Spin /></Flex>}>
                <OverdueChart rows={r.byDepartment.map((d) => ({ name: d.departmentName, count: d.count }))} seriesName={t('process.overdue.count')} height={isMobile ? 220 : 260} />
              </Suspense>
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('process.overdue.none')} />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card variant="borderless" title={t('process.overdue.byDepartment')}>
            <Table<ByDept> rowKey={(d) => d.departmentId ?? '_'} size="small" loading={report.isPending} dataSource={r?.byDepartment ?? []} columns={deptColumns} pagination={false} data-testid="overdue-by-department" />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card variant="borderless" title={t('process.overdue.byPerson')}>
            <Table<ByPerson> rowKey={(p) => p.userId ?? '_'} size="small" loading={report.isPending} dataSource={r?.byPerson ?? []} columns={isMobile ? personColumns.filter((_, n) => n !== 1) : personColumns} pagination={false} data-testid="overdue-by-person" />
          </Card>
        </Col>
        <Col span={24}>
          <Card variant="borderless" title={t('process.overdue.items')}>
            {isMobile ? (
              <div className="gj-cards" data-testid="overdue-items">
                {(r?.items ?? []).map((i) => (
                  <Link key={i.taskId} to={link(i)} className="gj-card-item">
                    <Flex justify="space-between" gap={8}>
                      <Typography.Text strong>{i.title}</Typography.Text>
                      <Tag color="red">{hours(i.overdueHours)}</Tag>
                    </Flex>
                    <div className="gj-card-meta">
                      {i.stepName} · {i.userName} · {i.departmentName}
                    </div>
                    <div className="gj-card-meta">
                      {t('process.inbox.due')}
                      {p.colon}
                      {formatDateTime(i.dueAt)}
                    </div>
                  </Link>
                ))}
                {r && !r.items.length ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('process.overdue.none')} /> : null}
              </div>
            ) : (
              <Table<Item> rowKey="taskId" loading={report.isPending} dataSource={r?.items ?? []} columns={itemColumns} pagination={{ pageSize: 20, hideOnSinglePage: true }} scroll={{ x: 'max-content' }} data-testid="overdue-items" />
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}
