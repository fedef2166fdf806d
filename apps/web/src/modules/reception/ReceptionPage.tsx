/** One reception (RCP-1): request, approval route, linked car request / room booking / gift issue with status, settlement and summary. */
import { Alert, Button, Card, Descriptions, Flex, Space, Table, Tag, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../app/api';
import { useAuth } from '../../app/auth';
import { formatDateTime, formatYuan } from '../../app/format';
import { PageHeader } from '../../app/components/PageHeader';
import { PageSpin } from '../../app/components/PageSpin';
import { keys, PERM, receptionApi } from './api';
import { ArrangePanels, SettlePanel, SummaryPanel } from './ArrangePanels';
import { STATUS_COLORS } from './ReceptionsPage';

export default function ReceptionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { hasPermission, user } = useAuth();
  const q = useQuery({ queryKey: keys.detail(id), queryFn: () => receptionApi.detail(id) });
  if (q.isLoading) return <PageSpin />;
  if (q.error || !q.data) return <Alert type="error" showIcon title={errorMessage(q.error)} />;
  const r = q.data;
  const manage = hasPermission(PERM.manage);
  const needs = (['meals', 'hotel', 'car', 'room', 'gifts'] as const).filter((n) => r.needs[n]);
  const L = r.links;

  return (
    <>
      <PageHeader
        title={r.title}
        description={`${r.startDate}${r.endDate !== r.startDate ? ` ~ ${r.endDate}` : ''} · ${t(`reception.level.${r.level}`)}`}
        extra={
          <Space wrap className="gj-no-print">
            <Tag color={STATUS_COLORS[r.status]} data-testid="reception-status">{t(`reception.status.${r.status}`)}</Tag>
            {r.instanceId ? <Link to={`/instances/${r.instanceId}`}><Button>{t('reception.openProcess')}</Button></Link> : null}
            <Button icon={<PrinterOutlined />} onClick={() => window.print()}>{t('reception.print')}</Button>
          </Space>
        }
      />
      <Flex vertical gap={12}>
        <Card size="small">
          <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }}>
            <Descriptions.Item label={t('reception.f.visitorOrg')}>{r.visitorOrg}</Descriptions.Item>
            <Descriptions.Item label={t('reception.f.guestCount')}>{r.guestCount}</Descriptions.Item>
            <Descriptions.Item label={t('reception.col.requester')}>{r.requesterName}</Descriptions.Item>
            <Descriptions.Item label={t('reception.f.purpose')}>{r.purpose}</Descriptions.Item>
            <Descriptions.Item label={t('reception.f.needs')}>{needs.map((n) => t(`reception.need.${n}`)).join('、') || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('reception.approval')}>{r.approvalTier === 'leader' ? t('reception.tier.leader') : t('reception.tier.manager')}</Descriptions.Item>
            <Descriptions.Item label={t('reception.f.guests')}>{r.guests.map((g) => `${g.name}${g.title ? `（${g.title}）` : ''}`).join('、') || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('reception.col.budget')}>{formatYuan(r.budgetFen)}</Descriptions.Item>
            <Descriptions.Item label={t('reception.col.actual')}>{formatYuan(r.actualFen)}</Descriptions.Item>
          </Descriptions>
        </Card>
        <Card size="small" title={t('reception.links.title')} data-testid="reception-links">
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('reception.need.car')}>
              {L.car ? (
                <Space wrap>
                  <Link to={`/instances/${L.car.instanceId}`}>{t('reception.links.carRequest')}</Link>
                  <Tag>{L.car.statusLabel}</Tag>
                  <span>{formatDateTime(L.car.startAt)} → {L.car.destination}</span>
                  {L.car.plate ? <span>{L.car.plate} {L.car.driverName}</span> : null}
                </Space>
              ) : r.needs.car ? t('reception.links.none') : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('reception.need.room')}>
              {L.room ? <Space wrap><span>{L.room.roomName}</span><Tag>{L.room.statusLabel}</Tag><span>{formatDateTime(L.room.startAt)} – {formatDateTime(L.room.endAt).slice(11)}</span></Space> : r.needs.room ? t('reception.links.none') : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('reception.need.gifts')}>
              {L.gifts ? (
                <Space wrap data-testid="link-gifts">
                  {L.gifts.instanceId ? <Link to={`/instances/${L.gifts.instanceId}`}>{t('reception.links.giftIssue')}</Link> : null}
                  <Tag>{L.gifts.statusLabel}</Tag>
                  <span>{t('reception.links.signer', { who: L.gifts.tierLabel })}</span>
                  {L.gifts.packs ? <span>{t('reception.links.packs', { n: L.gifts.packs })}</span> : null}
                  <span>{formatYuan(L.gifts.valueFen)}</span>
                </Space>
              ) : r.needs.gifts ? t('reception.links.none') : '—'}
            </Descriptions.Item>
          </Descriptions>
        </Card>
        {r.status === 'arranging' && manage ? <ArrangePanels r={r} /> : null}
        {r.status === 'settling' && manage ? <SettlePanel r={r} /> : null}
        {r.status === 'summarizing' && user?.id === r.requesterId ? <SummaryPanel r={r} /> : null}
        {r.expenses.length ? (
          <Card size="small" title={t('reception.settle.title')}>
            <Table
              rowKey={(e) => e.category}
              size="small"
              pagination={false}
              dataSource={r.expenses}
              columns={[
                { title: t('reception.settle.category'), dataIndex: 'category' },
                { title: t('reception.col.budget'), align: 'right', render: (_v, e) => formatYuan(e.budgetFen) },
                { title: t('reception.settle.actual'), align: 'right', render: (_v, e) => formatYuan(e.actualFen) },
                { title: t('reception.settle.note'), dataIndex: 'note' },
              ]}
              summary={() => (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0}>{t('reception.settle.total')}</Table.Summary.Cell>
                  <Table.Summary.Cell index={1} align="right">{formatYuan(r.totals.budgetFen)}</Table.Summary.Cell>
                  <Table.Summary.Cell index={2} align="right">{r.actualFen === null ? '—' : formatYuan(r.totals.actualFen)}</Table.Summary.Cell>
                  <Table.Summary.Cell index={3}>{r.actualFen === null ? '' : r.totals.overFen > 0 ? <Tag color="red">{t('reception.settle.over', { v: formatYuan(r.totals.overFen) })}</Tag> : <Tag color="green">{t('reception.settle.within')}</Tag>}</Table.Summary.Cell>
                </Table.Summary.Row>
              )}
            />
          </Card>
        ) : null}
        {r.summary ? (
          <Card size="small" title={t('reception.summary.title')}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{r.summary}</Typography.Paragraph>
          </Card>
        ) : null}
      </Flex>
    </>
  );
}
