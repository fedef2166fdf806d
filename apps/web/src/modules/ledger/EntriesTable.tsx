/** The ledger's entries: date, employee, kind, amount, source, reason; voided ones struck through. */
import { Button, Card, Flex, List, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '../../app/format';
import { useIsMobile } from '../../app/useIsMobile';
import type { LedgerEntry } from './api';

/** At phone width: one card per entry (date, kind, amount on top; source and reason below). */
function EntryCards({ items, loading, showEmployee, onVoid }: { items: LedgerEntry[]; loading?: boolean; showEmployee: boolean; onVoid?: (e: LedgerEntry) => void }) {
  const { t } = useTranslation();
  return (
    <List<LedgerEntry>
      loading={loading}
      dataSource={items}
      data-testid="ledger-entries"
      renderItem={(e) => (
        <List.Item key={e.id} style={{ padding: '6px 0' }}>
          <Card size="small" style={{ width: '100%', opacity: e.voided ? 0.6 : 1 }}>
            <Flex justify="space-between" align="center" gap={8}>
              <span>
                {e.occurredOn} <Tag color={e.kind === 'subsidy' ? 'green' : 'red'}>{t(`ledger.kind.${e.kind}`)}</Tag>
              </span>
              <Typography.Text strong delete={e.voided}>
                {formatYuan(e.amountFen)}
              </Typography.Text>
            </Flex>
            {showEmployee ? <div>{e.userName}（{e.departmentName ?? '—'}）</div> : null}
            <Typography.Text type="secondary">{e.sourceLabel}</Typography.Text>
            <div>{e.reason}</div>
            {e.voided ? <Typography.Text type="secondary">{t('ledger.voidedWith', { reason: e.voidReason ?? '' })}</Typography.Text> : null}
            {onVoid && !e.voided ? (
              <Flex justify="flex-end">
                <Button size="small" danger onClick={() => onVoid(e)}>
                  {t('ledger.void')}
                </Button>
              </Flex>
            ) : null}
          </Card>
        </List.Item>
      )}
    />
  );
}

export function EntriesTable({ items, loading, showEmployee, onVoid }: { items: LedgerEntry[]; loading?: boolean; showEmployee: boolean; onVoid?: (e: LedgerEntry) => void }) {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  if (isMobile) return <EntryCards items={items} loading={loading} showEmployee={showEmployee} onVoid={onVoid} />;
  const struck = (e: LedgerEntry, node: React.ReactNode) => (e.voided ? <Typography.Text delete type="secondary">{node}</Typography.Text> : node);
  return (
    <Table<LedgerEntry>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={items}
      scroll={{ x: 'max-content' }}
      pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (total) => t('common.total', { total }) }}
      data-testid="ledger-entries"
      columns={[
        { title: t('ledger.field.occurredOn'), dataIndex: 'occurredOn', width: 100 },
        ...(showEmployee
          ? [
              { title: t('ledger.field.username'), dataIndex: 'username', width: 100 },
              { title: t('ledger.field.name'), dataIndex: 'userName', width: 80 },
              { title: t('ledger.field.department'), dataIndex: 'departmentName', width: 100 },
            ]
          : []),
        { title: t('ledger.field.kind'), dataIndex: 'kind', width: 70, render: (k: LedgerEntry['kind']) => <Tag color={k === 'subsidy' ? 'green' : 'red'}>{t(`ledger.kind.${k}`)}</Tag> },
        { title: t('ledger.field.amount'), dataIndex: 'amountFen', width: 100, align: 'right' as const, render: (v: number, e) => struck(e, formatYuan(v)) },
        { title: t('ledger.field.source'), dataIndex: 'sourceLabel', width: 120 },
        { title: t('ledger.field.reason'), dataIndex: 'reason', render: (v: string, e) => struck(e, v) },
        {
          title: t('common.status'),
          key: 'status',
          width: 140,
          render: (_: unknown, e) => (e.voided ? <Typography.Text type="secondary">{t('ledger.voidedWith', { reason: e.voidReason ?? '' })}</Typography.Text> : <Tag color="blue">{t('ledger.live')}</Tag>),
        },
        ...(onVoid
          ? [
              {
                title: t('common.actions'),
                key: 'actions',
                width: 80,
                className: 'gj-no-print',
                render: (_: unknown, e: LedgerEntry) =>
                  e.voided ? null : (
                    <Button size="small" danger onClick={() => onVoid(e)} data-testid="ledger-void">
                      {t('ledger.void')}
                    </Button>
                  ),
              },
            ]
          : []),
      ]}
    />
  );
}
