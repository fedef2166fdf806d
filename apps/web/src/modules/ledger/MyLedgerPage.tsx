/** HR-8 我的奖惩与补贴: the signed-in employee's own entries and totals for a month. */
import { Button, Card, Col, DatePicker, Flex, Row, Statistic } from 'antd';
import { TableOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatYuan } from '../../app/format';
import { PageHeader } from '../../app/components/PageHeader';
import { beijingMonth, ledgerApi, ledgerKeys } from './api';
import { EntriesTable } from './EntriesTable';

export default function MyLedgerPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const month = /^\d{4}-\d{2}$/.test(params.get('month') ?? '') ? params.get('month')! : beijingMonth();
  const mine = useQuery({ queryKey: ledgerKeys.mine(month), queryFn: () => ledgerApi.mine(month), placeholderData: keepPreviousData });
  const totals = mine.data?.totals;
  return (
    <>
      <PageHeader
        title={t('ledger.nav.mine')}
        description={t('ledger.mineDescription')}
        extra={
          <Flex gap={8} wrap>
            <DatePicker picker="month" allowClear={false} value={dayjs(`${month}-01`)} onChange={(d) => d && setParams({ month: d.format('YYYY-MM') }, { replace: true })} data-testid="my-ledger-month" />
            {mine.data && mine.data.scope !== 'own' ? (
              <Link to={`/ledger?month=${month}`}>
                <Button icon={<TableOutlined />}>{t(mine.data.scope === 'department' ? 'ledger.departmentLedger' : 'ledger.nav.month')}</Button>
              </Link>
            ) : null}
          </Flex>
        }
      />
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        <Col xs={8}>
          <Card variant="borderless" size="small">
            <Statistic title={t('ledger.field.subsidyTotal')} value={formatYuan(totals?.subsidyFen ?? 0)} valueStyle={{ color: '#389e0d', fontSize: 18 }} />
          </Card>
        </Col>
        <Col xs={8}>
          <Card variant="borderless" size="small">
            <Statistic title={t('ledger.field.penaltyTotal')} value={formatYuan(totals?.penaltyFen ?? 0)} valueStyle={{ color: '#cf1322', fontSize: 18 }} />
          </Card>
        </Col>
        <Col xs={8}>
          <Card variant="borderless" size="small">
            <Statistic title={t('ledger.field.net')} value={formatYuan(totals?.netFen ?? 0)} valueStyle={{ fontSize: 18 }} data-testid="my-ledger-net" />
          </Card>
        </Col>
      </Row>
      <Card variant="borderless">
        <EntriesTable items={mine.data?.items ?? []} loading={mine.isFetching} showEmployee={false} />
      </Card>
    </>
  );
}
