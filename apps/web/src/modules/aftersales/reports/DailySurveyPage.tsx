/**
 * 派工单完成情况调查表 (ASV-9): the day's jobs dispatched, built by the system half an hour before
 * the end of work; the clerk records per job whether it was finished, the reason told to the
 * customer and the plan for tomorrow, then submits. Date picker, history, xlsx and print.
 */
import { useEffect, useState } from 'react';
import { App, Button, Card, Checkbox, DatePicker, Empty, Flex, Input, Select, Table, Tag, Typography } from 'antd';
import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { errorMessage } from '../../../app/api';
import { useAuth } from '../../../app/auth';
import { PageHeader } from '../../../app/components/PageHeader';
import { formatDateTime, fromIsoInstant, toIsoInstant } from '../../../app/format';
import { jobsApi, jobsKeys } from '../jobs/api';
import { beijingToday, REPORTS_PERM, reportKeys, reportsApi, type SurveyLine, type SurveyLineInput } from './api';
import './reports.css';

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const toInput = (l: SurveyLine): SurveyLineInput => ({ jobId: l.jobId, finished: l.finished, reason: l.reason, toldCustomer: l.toldCustomer, planAt: l.planAt, planTechnicianId: l.planTechnicianId, note: l.note });

export default function DailySurveyPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const { hasPermission } = useAuth();
  const canEdit = hasPermission(REPORTS_PERM.jobs);
  const [params, setParams] = useSearchParams();
  const date = DATE_RE.test(params.get('date') ?? '') ? params.get('date')! : beijingToday();
  const survey = useQuery({ queryKey: reportKeys.survey(date), queryFn: () => reportsApi.survey(date) });
  const histFrom = dayjs(date).subtract(30, 'day').format('YYYY-MM-DD');
  const histTo = dayjs(date).add(30, 'day').format('YYYY-MM-DD');
  const history = useQuery({ queryKey: reportKeys.surveys(histFrom, histTo), queryFn: () => reportsApi.surveys(histFrom, histTo) });
  const techs = useQuery({ queryKey: jobsKeys.technicians, queryFn: () => jobsApi.technicians(), enabled: canEdit });
  const [edits, setEdits] = useState<Record<string, SurveyLineInput>>({});
  useEffect(() => setEdits(Object.fromEntries((survey.data?.lines ?? []).map((l) => [l.jobId, toInput(l)]))), [survey.data]);
  const submitted = !!survey.data?.survey?.submittedAt;
  const editable = canEdit && !!survey.data?.survey && !submitted;
  const patch = (jobId: string, p: Partial<SurveyLineInput>) => setEdits((e) => ({ ...e, [jobId]: { ...e[jobId]!, ...p } }));
  const refresh = (data: unknown) => {
    qc.setQueryData(reportKeys.survey(date), data);
    void qc.invalidateQueries({ queryKey: ['aftersales', 'reports', 'surveys'] });
  };
  const save = useMutation({
    mutationFn: (submit: boolean) => reportsApi.saveSurvey(date, Object.values(edits), submit),
    onSuccess: (data, submit) => { refresh(data); void message.success(t(submit ? 'aftersales.reports.daily.submittedOk' : 'common.saved')); },
    onError: (err) => void message.error(errorMessage(err)),
  });
  const build = useMutation({
    mutationFn: () => reportsApi.buildSurvey(date),
    onSuccess: refresh,
    onError: (err) => void message.error(errorMessage(err)),
  });
  const lines = survey.data?.lines ?? [];
  const s = survey.data?.survey;

  return (
    <>
      <PageHeader title={t('aftersales.reports.daily.title')} description={t('aftersales.reports.daily.description')} />
      <h2 className="as-print-only">{t('aftersales.reports.daily.title')}（{date}）</h2>
      <Card>
        <Flex gap={8} wrap align="center" className="gj-no-print" style={{ marginBottom: 12 }}>
          <DatePicker allowClear={false} value={dayjs(date)} onChange={(d) => d && setParams({ date: d.format('YYYY-MM-DD') }, { replace: true })} />
          {s ? <Tag color={submitted ? 'green' : 'orange'}>{submitted ? t('aftersales.reports.daily.submittedBy', { name: s.submittedByName ?? '', at: formatDateTime(s.submittedAt) }) : t('aftersales.reports.daily.draft')}</Tag> : null}
          <Flex gap={8} wrap style={{ marginLeft: 'auto' }}>
            {s ? <Button icon={<DownloadOutlined />} href={reportsApi.surveyXlsx(date)}>{t('common.exportXlsx')}</Button> : null}
            {s ? <Button icon={<PrinterOutlined />} onClick={() => window.print()}>{t('aftersales.reports.print')}</Button> : null}
            {editable ? <Button loading={save.isPending} onClick={() => save.mutate(false)}>{t('common.save')}</Button> : null}
            {editable ? <Button type="primary" loading={save.isPending} onClick={() => save.mutate(true)}>{t('aftersales.reports.daily.submit')}</Button> : null}
          </Flex>
        </Flex>
        {survey.data && !s ? (
          <Empty description={t('aftersales.reports.daily.none')}>
            {canEdit && date <= beijingToday() ? <Button type="primary" loading={build.isPending} onClick={() => build.mutate()}>{t('aftersales.reports.daily.build')}</Button> : null}
          </Empty>
        ) : (
          <Table<SurveyLine>
            rowKey="jobId" size="small" loading={survey.isLoading} dataSource={lines} pagination={false} scroll={{ x: 1200 }}
            columns={[
              { title: t('aftersales.reports.daily.col.jobNo'), dataIndex: 'jobNo', width: 150, render: (v: string, r) => <Link to={`/instances/${r.instanceId}`} className="mono">{v}</Link> },
              { title: t('aftersales.reports.daily.col.customer'), dataIndex: 'customerName', width: 140, render: (v: string, r) => <Flex vertical><span>{v}</span><Typography.Text type="secondary">{r.contactPhone}</Typography.Text></Flex> },
              { title: t('aftersales.reports.daily.col.problem'), dataIndex: 'problem', width: 160, ellipsis: true },
              { title: t('aftersales.reports.daily.col.technician'), dataIndex: 'technicianName', width: 90 },
              { title: t('aftersales.reports.daily.col.statusAtCheck'), dataIndex: 'statusAtCheck', width: 110, render: (v: string) => <Tag>{t(`aftersales.jobs.status.${v}`)}</Tag> },
              {
                title: t('aftersales.reports.daily.col.finished'), key: 'finished', width: 110,
                render: (_: unknown, r) => editable ? (
                  <Select size="small" style={{ width: 96 }} value={edits[r.jobId]?.finished ?? undefined} placeholder="—" onChange={(v: boolean) => patch(r.jobId, { finished: v })}
                    options={[{ value: true, label: t('aftersales.reports.yes') }, { value: false, label: t('aftersales.reports.no') }]} />
                ) : r.finished === null ? '—' : r.finished ? t('aftersales.reports.yes') : t('aftersales.reports.no'),
              },
              {
                title: t('aftersales.reports.daily.col.reason'), key: 'reason', width: 220,
                render: (_: unknown, r) => editable ? <Input.TextArea autoSize size="small" value={edits[r.jobId]?.reason} onChange={(e) => patch(r.jobId, { reason: e.target.value })} /> : r.reason || '—',
              },
              {
                title: t('aftersales.reports.daily.col.told'), key: 'told', width: 90,
                render: (_: unknown, r) => editable ? <Checkbox checked={edits[r.jobId]?.toldCustomer === true} onChange={(e) => patch(r.jobId, { toldCustomer: e.target.checked })} /> : r.toldCustomer === null ? '—' : r.toldCustomer ? t('aftersales.reports.yes') : t('aftersales.reports.no'),
              },
              {
                title: t('aftersales.reports.daily.col.planAt'), key: 'planAt', width: 190,
                render: (_: unknown, r) => editable ? (
                  <DatePicker size="small" showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" value={edits[r.jobId]?.planAt ? fromIsoInstant(edits[r.jobId]!.planAt!) : null}
                    onChange={(d) => patch(r.jobId, { planAt: d ? toIsoInstant(d) : null })} />
                ) : formatDateTime(r.planAt) || '—',
              },
              {
                title: t('aftersales.reports.daily.col.planTechnician'), key: 'planTech', width: 130,
                render: (_: unknown, r) => editable ? (
                  <Select size="small" allowClear style={{ width: 116 }} value={edits[r.jobId]?.planTechnicianId ?? undefined} onChange={(v?: string) => patch(r.jobId, { planTechnicianId: v ?? null })}
                    options={(techs.data?.items ?? []).map((x) => ({ value: x.id, label: x.name }))} />
                ) : r.planTechnicianName || '—',
              },
            ]}
          />
        )}
      </Card>
      <Card title={t('aftersales.reports.daily.history')} className="gj-no-print" style={{ marginTop: 16 }}>
        <Table
          rowKey="date" size="small" loading={history.isLoading} dataSource={history.data?.items ?? []} pagination={{ pageSize: 10 }}
          columns={[
            { title: t('aftersales.reports.daily.col.date'), dataIndex: 'date', render: (v: string) => <a onClick={() => setParams({ date: v }, { replace: true })}>{v}</a> },
            { title: t('aftersales.reports.daily.col.jobs'), dataIndex: 'jobs', align: 'right' },
            { title: t('aftersales.reports.daily.col.finishedCount'), dataIndex: 'finished', align: 'right' },
            { title: t('aftersales.reports.daily.col.submitted'), dataIndex: 'submittedAt', render: (v: string | null, r: { submittedByName: string | null }) => (v ? `${formatDateTime(v)} ${r.submittedByName ?? ''}` : <Tag color="orange">{t('aftersales.reports.daily.draft')}</Tag>) },
          ]}
        />
      </Card>
    </>
  );
}
