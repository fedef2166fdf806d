/**
 * One register of the incidents processes (维修/事故/违章/因私借车/外雇车辆): the records with a link
 * to each instance, a button to start the process (the engine's start page) and the xlsx export.
 */
import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Flex, Table, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Dayjs } from 'dayjs';
import { withQuery } from '../../../app/api';
import { useAuth } from '../../../app/auth';
import { PageHeader } from '../../../app/components/PageHeader';
import { beijingToday } from '../api';
import { incidentKeys, incidentsApi, PROCESS_OF, START_PERMISSION, type RangeParams, type RegisterKey } from './api';
import { registerColumns } from './registerColumns';

function ViolationNotes() {
  const { t } = useTranslation();
  const today = beijingToday();
  const year = today.slice(0, 4);
  const held = useQuery({ queryKey: incidentKeys.held(today), queryFn: () => incidentsApi.held(today) });
  const points = useQuery({ queryKey: incidentKeys.points(year), queryFn: () => incidentsApi.points(year) });
  return (
    <Flex vertical gap={8} style={{ marginBottom: 12 }}>
      {held.data && held.data.length > 0 ? (
        <Alert type="warning" showIcon data-testid="licence-held"
          title={`${t('vehicles.incidents.heldNow')}${held.data.map((h) => `${h.driverName}（${h.from} ~ ${h.to}）`).join('、')}`} />
      ) : null}
      {points.data && points.data.length > 0 ? (
        <Typography.Text type="secondary">
          {t('vehicles.incidents.pointsTitle', { year })}：{points.data.map((p) => t('vehicles.incidents.pointsLine', { name: p.driverName, points: p.points, count: p.count })).join('；')}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}

export function RegisterPage({ kind }: { kind: RegisterKey }) {
  const { t } = useTranslation();
  const { hasPermission } = useAuth();
  const [params, setParams] = useState<RangeParams>({});
  const list = useQuery({ queryKey: incidentKeys.register(kind, params), queryFn: () => incidentsApi.register<{ id: string; instanceId: string }>(kind, params), placeholderData: keepPreviousData });
  const onRange = (v: [Dayjs | null, Dayjs | null] | null) =>
    setParams({ from: v?.[0]?.format('YYYY-MM-DD'), to: v?.[1]?.format('YYYY-MM-DD') });
  return (
    <>
      <PageHeader
        title={t(`vehicles.incidents.title.${kind}`)}
        description={t(`vehicles.incidents.description.${kind}`)}
        extra={
          <>
            <Button icon={<DownloadOutlined />} href={withQuery(incidentsApi.exportUrl(kind), params)} data-testid={`incidents-export-${kind}`}>
              {t('common.exportXlsx')}
            </Button>
            {hasPermission(START_PERMISSION[kind]) ? (
              <Link to={`/processes/start/${PROCESS_OF[kind]}`}>
                <Button type="primary" icon={<PlusOutlined />} data-testid={`incidents-start-${kind}`}>
                  {t(`vehicles.incidents.start.${kind}`)}
                </Button>
              </Link>
            ) : null}
          </>
        }
      />
      {kind === 'violations' ? <ViolationNotes /> : null}
      <Card variant="borderless">
        <Flex gap={8} wrap className="toolbar" style={{ marginBottom: 12 }}>
          <DatePicker.RangePicker onChange={onRange} allowEmpty={[true, true]} />
        </Flex>
        <Table
          rowKey="id"
          size="small"
          loading={list.isFetching}
          dataSource={list.data ?? []}
          columns={registerColumns(kind, t)}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 20, showTotal: (total) => t('common.total', { total }) }}
          data-testid={`incidents-table-${kind}`}
        />
      </Card>
    </>
  );
}

export const RepairsPage = () => <RegisterPage kind="repairs" />;
export const AccidentsPage = () => <RegisterPage kind="accidents" />;
export const ViolationsPage = () => <RegisterPage kind="violations" />;
export const BorrowsPage = () => <RegisterPage kind="borrows" />;
export const HiredPage = () => <RegisterPage kind="hired" />;
