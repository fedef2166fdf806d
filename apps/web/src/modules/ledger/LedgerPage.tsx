/** HR-8 奖惩与补贴台账: a month's summary per employee (补贴/罚款/净额) and the entries behind it. */
import { useState } from 'react';
import { Button, Card, DatePicker, Flex, Select, Table, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { withQuery } from '../../app/api';
import { useAuth } from '../../app/auth';
import { formatYuan } from '../../app/format';
import { PageHeader } from '../../app/components/PageHeader';
import { DepartmentSelect } from '../../platform/components/DepartmentSelect';
import { beijingMonth, ledgerApi, ledgerKeys, LPERM, type LedgerEntry, type LedgerFilter, type LedgerKind, type SummaryRow } from './api';
import { EntriesTable } from './EntriesTable';
import { LedgerPostDrawer } from './LedgerPostDrawer';
import { VoidModal } from './VoidModal';

const money = (v: number) => formatYuan(v);

export default function LedgerPage() {
  const { t } = useTranslation();
  const { hasPermission } = useAuth();
  const canManage = hasPermission(LPERM.manage);
  const canReadAll = hasPermission(LPERM.read);
  const [params, setParams] = useSearchParams();
  const month = /^\d{4}-\d{2}$/.test(params.get('month') ?? '') ? params.get('month')! : beijingMonth();
  const filter: LedgerFilter = {
    month,
    departmentId: params.get('departmentId') ?? undefined,
    userId: params.get('userId') ?? undefined,
    kind: (params.get('kind') as LedgerKind | null) ?? undefined,
    source: params.get('source') ?? undefined,
  };
  const set = (patch: Partial<LedgerFilter>) => {
    const next: Record<string, string> = {};
    for (const [k, v] of Object.entries({ ...filter, ...patch })) if (v) next[k] = String(v);
    setParams(next, { replace: true });
  };
  const [posting, setPosting] = useState(false);
  const [voiding, setVoiding] = useState<LedgerEntry | null>(null);
  const summaryFilter = { month, departmentId: filter.departmentId, kind: filter.kind, source: filter.source };
  const summary = useQuery({ queryKey: ledgerKeys.summary(summaryFilter), queryFn: () => ledgerApi.summary(summaryFilter), placeholderData: keepPreviousData });
  const entries = useQuery({ queryKey: ledgerKeys.entries(filter), queryFn: () => ledgerApi.entries(filter), placeholderData: keepPreviousData });
  const sources = useQuery({ queryKey: ledgerKeys.sources, queryFn: ledgerApi.sources, staleTime: 300_000 });
  const totals = summary.data?.totals;
  const picked = summary.data?.rows.find((r) => r.userId === filter.userId);

  return (
    <>
      <PageHeader
        title={t('ledger.title')}
        description={t('ledger.description')}
        extra={
          <>
            <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
              {t('ledger.print')}
            </Button>
            {canManage ? (
              <>
                <Button icon={<DownloadOutlined />} href={withQuery('/api/ledger/export.xlsx', { month })} data-testid="ledger-export">
                  {t('ledger.exportPayroll')}
                </Button>
                <Button type="primary" icon={<PlusOutlined />} onClick={() => setPosting(true)} data-testid="ledger-post">
                  {t('ledger.post')}
                </Button>
              </>
            ) : null}
          </>
        }
      />
      <Typography.Title level={4} className="gj-print-only">
        {t('ledger.printTitle', { month })}
      </Typography.Title>
      <Card variant="borderless">
        <Flex gap={8} wrap className="toolbar gj-no-print" style={{ marginBottom: 12 }}>
          <DatePicker
            picker="month"
            allowClear={false}
            value={dayjs(`${month}-01`)}
            onChange={(d) => d && set({ month: d.format('YYYY-MM'), userId: undefined })}
            data-testid="ledger-month"
          />
          {canReadAll ? <DepartmentSelect value={filter.departmentId ?? null} onChange={(v) => set({ departmentId: v ?? undefined, userId: undefined })} placeholder={t('ledger.filterDepartment')} style={{ width: 200 }} /> : null}
          <Select
            allowClear
            placeholder={t('ledger.field.kind')}
            value={filter.kind}
            onChange={(v?: LedgerKind) => set({ kind: v })}
            options={[{ value: 'subsidy', label: t('ledger.kind.subsidy') }, { value: 'penalty', label: t('ledger.kind.penalty') }]}
            style={{ width: 110 }}
          />
          <Select
            allowClear
            placeholder={t('ledger.field.source')}
            value={filter.source}
            onChange={(v?: string) => set({ source: v })}
            options={(sources.data ?? []).map((s) => ({ value: s.key, label: s.label }))}
            style={{ width: 170 }}
          />
        </Flex>
        <Typography.Title level={5}>{t('ledger.summaryTitle', { month })}</Typography.Title>
        <Table<SummaryRow>
          rowKey="userId"
          size="small"
          loading={summary.isFetching}
          dataSource={summary.data?.rows ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          data-testid="ledger-summary"
          onRow={(r) => ({ onClick: () => set({ userId: filter.userId === r.userId ? undefined : r.userId }), style: { cursor: 'pointer', background: r.userId === filter.userId ? '#e6f4ff' : undefined } })}
          columns={[
            { title: t('ledger.field.username'), dataIndex: 'username', width: 100 },
            { title: t('ledger.field.name'), dataIndex: 'name', width: 80 },
            { title: t('ledger.field.department'), dataIndex: 'departmentName', width: 110 },
            { title: t('ledger.field.subsidyTotal'), dataIndex: 'subsidyFen', width: 110, align: 'right' as const, render: money },
            { title: t('ledger.field.penaltyTotal'), dataIndex: 'penaltyFen', width: 110, align: 'right' as const, render: money },
            { title: t('ledger.field.net'), dataIndex: 'netFen', width: 110, align: 'right' as const, render: (v: number) => <Typography.Text strong type={v < 0 ? 'danger' : undefined}>{money(v)}</Typography.Text> },
            { title: t('ledger.field.count'), dataIndex: 'count', width: 70, align: 'right' as const },
          ]}
          summary={() =>
            totals && (summary.data?.rows.length ?? 0) > 0 ? (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={3}>
                  <Typography.Text strong>{t('ledger.totalRow')}</Typography.Text>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={3} align="right">{money(totals.subsidyFen)}</Table.Summary.Cell>
                <Table.Summary.Cell index={4} align="right">{money(totals.penaltyFen)}</Table.Summary.Cell>
                <Table.Summary.Cell index={5} align="right">
                  <Typography.Text strong>{money(totals.netFen)}</Typography.Text>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={6} align="right">{totals.count}</Table.Summary.Cell>
              </Table.Summary.Row>
            ) : null
          }
        />
        <Flex justify="space-between" align="center" style={{ marginTop: 20 }} wrap gap={8}>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {picked ? t('ledger.detailOf', { name: picked.name }) : t('ledger.detailTitle')}
          </Typography.Title>
          {filter.userId ? (
            <Button size="small" className="gj-no-print" onClick={() => set({ userId: undefined })}>
              {t('ledger.showAll')}
            </Button>
          ) : (
            <Typography.Text type="secondary" className="gj-no-print">
              {t('ledger.clickHint')}
            </Typography.Text>
          )}
        </Flex>
        <EntriesTable items={entries.data?.items ?? []} loading={entries.isFetching} showEmployee onVoid={canManage ? setVoiding : undefined} />
      </Card>
      <LedgerPostDrawer open={posting} onClose={() => setPosting(false)} />
      <VoidModal entry={voiding} onClose={() => setVoiding(null)} />
    </>
  );
}
