/**
 * 回访记录表 (ASV-16): the callbacks of the month's closed 派工单 and the monthly report —
 * satisfaction and timeliness counts and rates per technician, with the on-site conduct checklist —
 * for the admin manager and the GM. Exports to xlsx and prints.
 */
import { useState } from 'react';
import { Button, Card, DatePicker, Flex, List, Statistic, Table, Tag } from 'antd';
import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../app/components/PageHeader';
import { formatDateTime } from '../../../app/format';
import { monthendApi, monthendKeys, type CallbackRow } from './api';

const pct = (v: number | null) => (v === null ? '—' : `${v}%`);
const yesNo = (v: boolean | null, t: (k: string) => string) => (v === null ? '—' : v ? <Tag color="green">{t('aftersales.callbacks.yes')}</Tag> : <Tag color="red">{t('aftersales.callbacks.no')}</Tag>);

export default function CallbacksPage() {
  const { t, i18n } = useTranslation();
  const [month, setMonth] = useState(() => dayjs().format('YYYY-MM'));
  const rows = useQuery({ queryKey: monthendKeys.callbacks(month), queryFn: () => monthendApi.callbacks(month) });
  const rep = useQuery({ queryKey: monthendKeys.callbackReport(month), queryFn: () => monthendApi.callbackReport(month) });
  const total = rep.data?.total;
  return (
    <>
      <PageHeader
        title={t('aftersales.callbacks.title')}
        description={t('aftersales.callbacks.description')}
        extra={(
          <Flex gap={8} wrap className="no-print">
            <DatePicker picker="month" allowClear={false} value={dayjs(`${month}-01`)} onChange={(d) => d && setMonth(d.format('YYYY-MM'))} />
            <Button icon={<DownloadOutlined />} href={monthendApi.callbacksXlsx(month)}>{t('common.exportXlsx')}</Button>
            <Button icon={<PrinterOutlined />} onClick={() => window.print()}>{t('aftersales.monthend.print')}</Button>
          </Flex>
        )}
      />
      <Card title={t('aftersales.callbacks.report')} style={{ marginBottom: 16 }}>
        <Flex gap={32} wrap style={{ marginBottom: 16 }}>
          <Statistic title={t('aftersales.callbacks.count')} value={total?.callbacks ?? 0} />
          <Statistic title={t('aftersales.callbacks.satisfactionRate')} value={pct(total?.satisfactionRate ?? null)} />
          <Statistic title={t('aftersales.callbacks.timelyRate')} value={pct(total?.timelyRate ?? null)} />
          <Statistic title={t('aftersales.callbacks.conductRate')} value={pct(total?.conductRate ?? null)} />
        </Flex>
        <Table rowKey={(l) => l.technicianId ?? ''} size="small" pagination={false} scroll={{ x: 560 }} loading={rep.isLoading} dataSource={rep.data?.lines ?? []} columns={[
          { title: t('aftersales.callbacks.technician'), dataIndex: 'technicianName' },
          { title: t('aftersales.callbacks.count'), dataIndex: 'callbacks', align: 'right' },
          { title: t('aftersales.callbacks.satisfied'), key: 's', align: 'right', render: (_: unknown, l) => `${l.satisfied}（${pct(l.satisfactionRate)}）` },
          { title: t('aftersales.callbacks.timely'), key: 't', align: 'right', render: (_: unknown, l) => `${l.timely}（${pct(l.timelyRate)}）` },
          { title: t('aftersales.callbacks.conduct'), key: 'c', align: 'right', render: (_: unknown, l) => `${l.conductOk}（${pct(l.conductRate)}）` },
        ]} />
        <List size="small" header={t('aftersales.callbacks.checklist')} dataSource={rep.data?.checklist ?? []} renderItem={(c) => <List.Item>{i18n.language.startsWith('zh') ? c.zh : c.en}</List.Item>} />
      </Card>
      <Card title={t('aftersales.callbacks.register')}>
        <Table<CallbackRow> rowKey="jobId" size="small" pagination={false} scroll={{ x: 800 }} loading={rows.isLoading} dataSource={rows.data?.items ?? []} columns={[
          { title: t('aftersales.monthend.col.jobNo'), dataIndex: 'jobNo', render: (v: string, r) => <Link to={`/instances/${r.instanceId}`}>{v}</Link> },
          { title: t('aftersales.callbacks.closedAt'), dataIndex: 'completedAt', render: (v: string | null) => formatDateTime(v) },
          { title: t('aftersales.monthend.col.customer'), dataIndex: 'customerName' },
          { title: t('aftersales.callbacks.technician'), dataIndex: 'technicianName' },
          { title: t('aftersales.callbacks.satisfaction'), dataIndex: 'satisfaction', render: (v: string | null) => v ?? <Tag>{t('aftersales.callbacks.none')}</Tag> },
          { title: t('aftersales.callbacks.timely'), dataIndex: 'timely', render: (v: boolean | null) => yesNo(v, t) },
          { title: t('aftersales.callbacks.conduct'), dataIndex: 'conductOk', render: (v: boolean | null) => yesNo(v, t) },
          { title: t('aftersales.callbacks.notes'), dataIndex: 'notes' },
        ]} />
      </Card>
    </>
  );
}
