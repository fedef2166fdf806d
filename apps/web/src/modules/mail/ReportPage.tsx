/** MAIL-1 部门月度快递费用: a table and a chart of the cost per department and month; xlsx export. */
import { lazy, Suspense, useState } from 'react';
import { Button, Card, DatePicker, Empty, Flex, Skeleton, Table } from 'antd';
import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { withQuery } from '../../app/api';
import { PageHeader } from '../../app/components/PageHeader';
import { formatYuan } from '../../app/format';
import { mailApi, mailKeys } from './api';
import '../archives/print.css';

const MailChart = lazy(() => import('./MailChart'));

export default function ReportPage() {
  const { t } = useTranslation();
  const [range, setRange] = useState<[string, string]>([dayjs().subtract(1, 'month').format('YYYY-MM'), dayjs().format('YYYY-MM')]);
  const q = useQuery({ queryKey: mailKeys.report(...range), queryFn: () => mailApi.report(...range), placeholderData: keepPreviousData });
  const onRange = (v: [Dayjs | null, Dayjs | null] | null) => {
    if (v?.[0] && v[1]) setRange([v[0].format('YYYY-MM'), v[1].format('YYYY-MM')]);
  };
  const rows = q.data?.rows ?? [];
  return (
    <>
      <PageHeader
        title={t('mail.report.title')}
        description={t('mail.report.description')}
        extra={
          <>
            <Button icon={<PrinterOutlined />} onClick={() => window.print()}>{t('mail.register.print')}</Button>
            <Button icon={<DownloadOutlined />} href={withQuery(mailApi.reportExportUrl, { from: range[0], to: range[1] })} data-testid="mail-report-export">{t('common.exportXlsx')}</Button>
          </>
        }
      />
      <Card variant="borderless">
        <h2 className="gj-office-print-title">{t('mail.report.title')}</h2>
        <Flex gap={8} wrap className="toolbar gj-no-print" style={{ marginBottom: 12 }}>
          <DatePicker.RangePicker picker="month" value={[dayjs(`${range[0]}-01`), dayjs(`${range[1]}-01`)]} onChange={onRange} allowClear={false} />
        </Flex>
        {rows.length === 0 && !q.isFetching ? <Empty description={t('mail.report.empty')} /> : (
          <>
            <h4>{t('mail.report.chartTitle')}</h4>
            <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}>
              <MailChart months={q.data?.months ?? []} rows={rows} />
            </Suspense>
            <Table
              rowKey={(r) => `${r.month}|${r.departmentId ?? ''}`}
              size="small"
              loading={q.isFetching}
              dataSource={rows}
              pagination={false}
              scroll={{ x: 'max-content' }}
              style={{ marginTop: 16 }}
              data-testid="mail-report-table"
              columns={[
                { title: t('mail.field.month'), dataIndex: 'month' },
                { title: t('mail.field.department'), dataIndex: 'departmentName' },
                { title: t('mail.report.count'), dataIndex: 'count', align: 'right' },
                { title: t('mail.report.business'), dataIndex: 'businessFen', align: 'right', render: (v: number) => formatYuan(v) },
                { title: t('mail.report.personal'), dataIndex: 'personalFen', align: 'right', render: (v: number) => formatYuan(v) },
                { title: t('mail.report.total'), key: 'total', align: 'right', render: (_v, r) => formatYuan(r.businessFen + r.personalFen) },
              ]}
              summary={(data) => (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0} colSpan={2}>{t('mail.report.total')}</Table.Summary.Cell>
                  <Table.Summary.Cell index={2} align="right">{data.reduce((a, r) => a + r.count, 0)}</Table.Summary.Cell>
                  <Table.Summary.Cell index={3} align="right">{formatYuan(data.reduce((a, r) => a + r.businessFen, 0))}</Table.Summary.Cell>
                  <Table.Summary.Cell index={4} align="right">{formatYuan(data.reduce((a, r) => a + r.personalFen, 0))}</Table.Summary.Cell>
                  <Table.Summary.Cell index={5} align="right">{formatYuan(data.reduce((a, r) => a + r.businessFen + r.personalFen, 0))}</Table.Summary.Cell>
                </Table.Summary.Row>
              )}
            />
          </>
        )}
      </Card>
    </>
  );
}
