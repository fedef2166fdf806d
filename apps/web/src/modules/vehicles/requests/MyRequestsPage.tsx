/** Employee: request a car (the process start page) and follow my requests and their trips. */
import { Alert, Button, Card, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../../app/api';
import { formatDateTime } from '../../../app/format';
import { PageHeader } from '../../../app/components/PageHeader';
import { CAR_REQUEST_KEY, requestKeys, requestsApi, type CarRequest } from './api';

const STATUS_COLORS: Record<string, string> = { pending: 'processing', approved: 'gold', dispatched: 'blue', in_trip: 'green', returned: 'default', rejected: 'red', cancelled: 'default' };

export default function MyRequestsPage() {
  const { t } = useTranslation();
  const mine = useQuery({ queryKey: requestKeys.mine, queryFn: requestsApi.mine });
  return (
    <>
      <PageHeader
        title={t('vehicles.requests.mine.title')}
        description={t('vehicles.requests.mine.description')}
        extra={
          <Link to={`/processes/start/${CAR_REQUEST_KEY}`}>
            <Button type="primary" icon={<PlusOutlined />} data-testid="request-car">
              {t('vehicles.requests.mine.request')}
            </Button>
          </Link>
        }
      />
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('vehicles.requests.mine.rules')} />
      {mine.error ? <Alert type="error" showIcon title={errorMessage(mine.error)} /> : null}
      <Card size="small">
        <Table<CarRequest>
          rowKey="id"
          size="small"
          loading={mine.isLoading}
          dataSource={mine.data ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 800 }}
          columns={[
            { title: t('vehicles.requests.col.time'), width: 170, render: (_v, r) => `${formatDateTime(r.startAt)} – ${formatDateTime(r.endAt).slice(11)}` },
            { title: t('vehicles.requests.col.purpose'), render: (_v, r) => (r.purposeText ? `${r.purposeLabel}：${r.purposeText}` : r.purposeLabel) },
            { title: t('vehicles.requests.col.destination'), dataIndex: 'destination' },
            {
              title: t('vehicles.requests.col.status'),
              render: (_v, r) => (
                <>
                  <Tag color={STATUS_COLORS[r.status]}>{t(`vehicles.requests.status.${r.status}`)}</Tag>
                  {r.backfill && !r.paperworkDone ? <Tag color="gold">{t('vehicles.requests.paperworkMissing')}</Tag> : null}
                </>
              ),
            },
            { title: t('vehicles.requests.col.plate'), render: (_v, r) => (r.plate ? `${r.plate} · ${r.driverName ?? ''}` : '—') },
            { title: t('vehicles.requests.advice'), render: (_v, r) => (r.advice ? <Typography.Text type="warning">{r.advice}</Typography.Text> : null) },
            { title: '', render: (_v, r) => (r.instanceId ? <Link to={`/instances/${r.instanceId}`}>{t('vehicles.requests.view')}</Link> : null) },
          ]}
        />
      </Card>
    </>
  );
}
