/**
 * 月末结算 (ASV-12/14): month picker and tabs — 月报表, 售后人员维修、客服提成表, 技术人员维修提成表,
 * 交代不收费表 and the per-person totals with confirmations. Each table exports to xlsx and prints.
 * Who lacks aftersales:monthend (a technician) sees his own lines and confirms them. 交财务
 * (ASV-14, HandoverCard) locks the month: no corrections or confirmations until it is reopened.
 * The month may come from the URL (?month=YYYY-MM: the finance notification links here).
 */
import { useState } from 'react';
import { App, Button, Card, DatePicker, Flex, Form, Input, InputNumber, Modal, Table, Tabs, Tag, Typography } from 'antd';
import { CheckOutlined, DownloadOutlined, EditOutlined, PrinterOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../../../app/api';
import { useAuth } from '../../../app/auth';
import { PageHeader } from '../../../app/components/PageHeader';
import { formatDate, formatDateTime, formatYuan } from '../../../app/format';
import { ASPERM } from '../api';
import { CommissionTableCard } from './CommissionTableCard';
import { HandoverCard } from './HandoverCard';
import { MaintenanceCommissionCard, SalesCommissionCard } from '../care/CommissionCards';
import { monthendApi, monthendKeys, MONTHEND_PERM, type CommissionLine, type MonthendSheet } from './api';

// "月底…计算提成": done at the end of the month, so the current month comes first.
const thisMonth = () => dayjs().format('YYYY-MM');
const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/;

export default function MonthEndPage() {
  const { t } = useTranslation();
  const { hasPermission } = useAuth();
  const [params, setParams] = useSearchParams();
  const asked = params.get('month');
  const month = asked && MONTH_RE.test(asked) ? asked : thisMonth();
  const setMonth = (m: string) => setParams({ month: m }, { replace: true });
  const all = hasPermission(MONTHEND_PERM.monthend);
  return (
    <>
      <PageHeader
        title={t('aftersales.monthend.title')}
        description={t('aftersales.monthend.description')}
        extra={(
          <Flex gap={8} wrap className="no-print">
            <DatePicker picker="month" allowClear={false} value={dayjs(`${month}-01`)} onChange={(d) => d && setMonth(d.format('YYYY-MM'))} data-testid="monthend-month" />
            <Button icon={<PrinterOutlined />} onClick={() => window.print()}>{t('aftersales.monthend.print')}</Button>
          </Flex>
        )}
      />
      {all ? <AllTables month={month} /> : <MyLines month={month} />}
      <SalesCommissionCard month={month} />
      <MaintenanceCommissionCard month={month} />
    </>
  );
}

function LineTable({ lines, month, canCorrect }: { lines: CommissionLine[]; month: string; canCorrect: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<CommissionLine | null>(null);
  const total = lines.reduce((a, l) => a + l.amountFen, 0);
  return (
    <>
      <Table<CommissionLine>
        rowKey={(l) => `${l.jobId}|${l.userId}|${l.role}`}
        size="small"
        pagination={false}
        scroll={{ x: 760 }}
        dataSource={lines}
        columns={[
          { title: t('aftersales.monthend.col.person'), dataIndex: 'userName' },
          { title: t('aftersales.monthend.col.role'), dataIndex: 'role', render: (r: string) => t(`aftersales.monthend.role.${r}`) },
          { title: t('aftersales.monthend.col.jobNo'), dataIndex: 'jobNo' },
          { title: t('aftersales.monthend.col.date'), dataIndex: 'date', render: (d: string | null) => formatDate(d) },
          { title: t('aftersales.monthend.col.customer'), dataIndex: 'customerName' },
          { title: t('aftersales.monthend.col.jobCommission'), dataIndex: 'jobCommissionFen', align: 'right', render: (v: number) => formatYuan(v) },
          {
            title: t('aftersales.monthend.col.amount'), dataIndex: 'amountFen', align: 'right',
            render: (v: number, l) => (l.correction ? <Typography.Text title={`${l.correction.byName}：${l.correction.reason}`}>{formatYuan(v)} <Tag color="orange">{t('aftersales.monthend.corrected')}</Tag></Typography.Text> : formatYuan(v)),
          },
          ...(canCorrect ? [{ title: '', key: 'edit', className: 'no-print', render: (_: unknown, l: CommissionLine) => <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(l)}>{t('aftersales.monthend.correct')}</Button> }] : []),
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={6}>{t('aftersales.monthend.total')}</Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">{formatYuan(total)}</Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
      <CorrectModal line={editing} month={month} onClose={() => setEditing(null)} />
    </>
  );
}

function CorrectModal({ line, month, onClose }: { line: CommissionLine | null; month: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ amount: number; reason: string }>();
  const save = useMutation({
    mutationFn: (v: { amount: number; reason: string }) => monthendApi.correct({ month, jobId: line!.jobId, userId: line!.userId, role: line!.role, amountFen: Math.round(v.amount * 100), reason: v.reason }),
    onSuccess: () => {
      message.success(t('aftersales.monthend.saved'));
      void qc.invalidateQueries({ queryKey: ['aftersales', 'monthend'] });
      onClose();
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  return (
    <Modal open={line !== null} title={t('aftersales.monthend.correct')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={save.isPending} destroyOnHidden>
      {line && (
        <Form form={form} layout="vertical" initialValues={{ amount: line.amountFen / 100 }} onFinish={(v) => save.mutate(v)}>
          <Typography.Paragraph>{line.userName} · {line.jobNo} · {t('aftersales.monthend.computed')} {formatYuan(line.computedFen)}</Typography.Paragraph>
          <Form.Item name="amount" label={t('aftersales.monthend.col.amount')} rules={[{ required: true }]}><InputNumber min={0} precision={2} style={{ width: '100%' }} /></Form.Item>
          <Form.Item name="reason" label={t('aftersales.monthend.reason')} rules={[{ required: true, whitespace: true }]}><Input.TextArea maxLength={500} rows={3} /></Form.Item>
        </Form>
      )}
    </Modal>
  );
}

function XlsxButton({ month, sheet }: { month: string; sheet: MonthendSheet }) {
  const { t } = useTranslation();
  return <Button className="no-print" icon={<DownloadOutlined />} href={monthendApi.xlsx(month, sheet)} style={{ marginBottom: 12 }}>{t('common.exportXlsx')}</Button>;
}

function AllTables({ month }: { month: string }) {
  const { t } = useTranslation();
  const { hasPermission } = useAuth();
  const q = useQuery({ queryKey: monthendKeys.month(month), queryFn: () => monthendApi.month(month) });
  const h = useQuery({ queryKey: monthendKeys.handover(month), queryFn: () => monthendApi.handover(month) });
  const m = q.data;
  // Handed to finance: the server refuses corrections (409), so the buttons are not offered.
  const canCorrect = h.data?.state === 'none';
  const items = [
    {
      key: 'report', label: t('aftersales.monthend.tab.report'),
      children: (
        <>
          <XlsxButton month={month} sheet="report" />
          <Table rowKey="jobId" size="small" pagination={false} scroll={{ x: 760 }} loading={q.isLoading} dataSource={m?.report ?? []} columns={[
            { title: t('aftersales.monthend.col.jobNo'), dataIndex: 'jobNo' },
            { title: t('aftersales.monthend.col.date'), dataIndex: 'date', render: (d: string | null) => formatDate(d) },
            { title: t('aftersales.monthend.col.work'), dataIndex: 'work' },
            { title: t('aftersales.monthend.col.technician'), key: 'tech', render: (_: unknown, r: { technicianName: string; engineerName: string }) => (r.engineerName ? `${r.technicianName}、${r.engineerName}` : r.technicianName) },
            { title: t('aftersales.monthend.col.commission'), dataIndex: 'commissionFen', align: 'right', render: (v: number) => formatYuan(v) },
            { title: t('aftersales.monthend.col.collected'), dataIndex: 'collectedFen', align: 'right', render: (v: number) => formatYuan(v) },
            { title: t('aftersales.monthend.col.notes'), dataIndex: 'notes' },
          ]} />
        </>
      ),
    },
    { key: 'technician', label: t('aftersales.monthend.tab.technician'), children: <><XlsxButton month={month} sheet="technician" /><LineTable month={month} canCorrect={canCorrect} lines={(m?.lines ?? []).filter((l) => l.role !== 'engineer')} /></> },
    { key: 'engineer', label: t('aftersales.monthend.tab.engineer'), children: <><XlsxButton month={month} sheet="engineer" /><LineTable month={month} canCorrect={canCorrect} lines={(m?.lines ?? []).filter((l) => l.role === 'engineer')} /></> },
    {
      key: 'free', label: t('aftersales.monthend.tab.free'),
      children: (
        <>
          <XlsxButton month={month} sheet="free" />
          <Table rowKey="jobId" size="small" pagination={false} scroll={{ x: 640 }} dataSource={m?.free ?? []} columns={[
            { title: t('aftersales.monthend.col.jobNo'), dataIndex: 'jobNo' },
            { title: t('aftersales.monthend.col.date'), dataIndex: 'date', render: (d: string | null) => formatDate(d) },
            { title: t('aftersales.monthend.col.customer'), dataIndex: 'customerName' },
            { title: t('aftersales.monthend.col.technician'), dataIndex: 'technicianName' },
            { title: t('aftersales.monthend.col.work'), dataIndex: 'work' },
            { title: t('aftersales.monthend.col.reason'), dataIndex: 'reason' },
          ]} />
        </>
      ),
    },
    {
      key: 'people', label: t('aftersales.monthend.tab.people'),
      children: (
        <Table rowKey="userId" size="small" pagination={false} scroll={{ x: 640 }} dataSource={m?.people ?? []} columns={[
          { title: t('aftersales.monthend.col.person'), dataIndex: 'userName' },
          { title: t('aftersales.monthend.role.technician'), dataIndex: 'technicianFen', align: 'right', render: (v: number) => formatYuan(v) },
          { title: t('aftersales.monthend.role.engineer'), dataIndex: 'engineerFen', align: 'right', render: (v: number) => formatYuan(v) },
          { title: t('aftersales.monthend.role.clerk'), dataIndex: 'clerkFen', align: 'right', render: (v: number) => formatYuan(v) },
          { title: t('aftersales.monthend.total'), dataIndex: 'totalFen', align: 'right', render: (v: number) => formatYuan(v) },
          {
            title: t('aftersales.monthend.confirmed'), key: 'c',
            render: (_: unknown, p: { confirmedAt: string | null; confirmedTotalFen: number | null; totalFen: number }) => (p.confirmedAt
              ? <Tag color={p.confirmedTotalFen === p.totalFen ? 'green' : 'orange'}>{formatDateTime(p.confirmedAt)} · {formatYuan(p.confirmedTotalFen)}</Tag>
              : <Tag>{t('aftersales.monthend.notConfirmed')}</Tag>),
          },
        ]} />
      ),
    },
    { key: 'table', label: t('aftersales.monthend.tab.table'), children: <CommissionTableCard canEdit={hasPermission(ASPERM.settings)} /> },
  ];
  return (
    <>
      <HandoverCard month={month} people={m?.people ?? []} />
      <Card><Tabs items={items} /></Card>
    </>
  );
}

function MyLines({ month }: { month: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: monthendKeys.mine(month), queryFn: () => monthendApi.mine(month) });
  const confirm = useMutation({
    mutationFn: () => monthendApi.confirm(month),
    onSuccess: () => {
      message.success(t('aftersales.monthend.saved'));
      void qc.invalidateQueries({ queryKey: ['aftersales', 'monthend'] });
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  const p = q.data?.person;
  const lock = q.data?.handover ?? null;
  return (
    <Card
      title={p ? `${t('aftersales.monthend.myTotal')} ${formatYuan(p.totalFen)}` : t('aftersales.monthend.nothing')}
      extra={p ? (
        <Flex gap={8} align="center" wrap>
          {p.confirmedAt && <Tag color="green">{t('aftersales.monthend.confirmed')} {formatDateTime(p.confirmedAt)}</Tag>}
          {lock && <Tag color="gold" data-testid="monthend-locked">{t('aftersales.monthend.handover.mineLocked', { at: formatDateTime(lock.handedAt), name: lock.handedByName })}</Tag>}
          <Button type="primary" icon={<CheckOutlined />} loading={confirm.isPending} disabled={!!lock} onClick={() => confirm.mutate()} data-testid="monthend-confirm">{t('aftersales.monthend.confirm')}</Button>
        </Flex>
      ) : null}
    >
      <LineTable month={month} canCorrect={false} lines={q.data?.lines ?? []} />
    </Card>
  );
}
