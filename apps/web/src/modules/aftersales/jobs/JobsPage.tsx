/**
 * 派工单 list for the clerk (ASV-1…ASV-9): filters by status and text, cash overdue at finance
 * highlighted (ASV-7), 新建派工单 (intake drawer) and technicians' skills (ASV-3). Each job opens
 * its engine instance page, where the current step is handled.
 */
import { useState } from 'react';
import { App, Button, Card, Checkbox, Flex, Input, Select, Table, Tag, Typography } from 'antd';
import { BellOutlined, DownloadOutlined, PlusOutlined, ToolOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { errorMessage } from '../../../app/api';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../../../app/auth';
import { PageHeader } from '../../../app/components/PageHeader';
import { formatDateTime, formatYuan } from '../../../app/format';
import { WarrantyBadge } from '../customers/WarrantyBadge';
import { JOB_STATUSES, jobsApi, jobsKeys, JOBS_PERM, type Job, type JobListParams, type JobStatus } from './api';
import { DispatchModal } from './DispatchModal';
import { NewJobDrawer } from './NewJobDrawer';
import { SkillsDrawer } from './SkillsDrawer';

const STATUS_COLORS: Partial<Record<JobStatus, string>> = { dispatch: 'orange', schedule: 'blue', onsite: 'processing', feeCheck: 'purple', cash: 'gold', callback: 'cyan', closed: 'green', cancelled: 'default' };

export default function JobsPage() {
  const { t } = useTranslation();
  const { hasPermission } = useAuth();
  const canManage = hasPermission(JOBS_PERM.jobs);
  const [status, setStatus] = useState<JobStatus | undefined>();
  const [q, setQ] = useState('');
  const [overdue, setOverdue] = useState(false);
  const [creating, setCreating] = useState(false);
  const [skills, setSkills] = useState(false);
  const [dispatching, setDispatching] = useState<Job | null>(null);
  const params: JobListParams = { status, q: q || undefined, cashOverdue: overdue ? 'true' : undefined };
  const list = useQuery({ queryKey: jobsKeys.list(params), queryFn: () => jobsApi.list(params), placeholderData: keepPreviousData });
  const { message } = App.useApp();
  const qc = useQueryClient();
  // ASV-7 催缴: recorded with its time; it spares the clerk the 5% when made before the deadline.
  const urge = useMutation({
    mutationFn: (jobId: string) => jobsApi.urge(jobId),
    onSuccess: () => { void message.success(t('aftersales.jobs.urgeOk')); void qc.invalidateQueries({ queryKey: jobsKeys.all }); },
    onError: (err) => void message.error(errorMessage(err)),
  });

  return (
    <>
      <PageHeader
        title={t('aftersales.jobs.title')}
        description={t('aftersales.jobs.description')}
        extra={canManage ? (
          <Flex gap={8} wrap>
            <Button icon={<ToolOutlined />} onClick={() => setSkills(true)}>{t('aftersales.jobs.skills')}</Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>{t('aftersales.jobs.create')}</Button>
          </Flex>
        ) : null}
      />
      <Card>
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <Input.Search allowClear placeholder={t('aftersales.jobs.search')} style={{ width: 280 }} onSearch={(v) => setQ(v.trim())} />
          <Select allowClear placeholder={t('aftersales.jobs.col.status')} style={{ width: 160 }} value={status} onChange={setStatus}
            options={JOB_STATUSES.map((s) => ({ value: s, label: t(`aftersales.jobs.status.${s}`) }))} />
          <Checkbox checked={overdue} onChange={(e) => setOverdue(e.target.checked)}>{t('aftersales.jobs.onlyOverdue')}</Checkbox>
          <Button icon={<DownloadOutlined />} href={jobsApi.exportUrl(params)} style={{ marginLeft: 'auto' }}>{t('common.exportXlsx')}</Button>
        </Flex>
        <Table<Job>
          rowKey="id"
          size="middle"
          loading={list.isLoading}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 1100 }}
          rowClassName={(r) => (r.cashOverdue ? 'row-danger' : '')}
          onRow={(r) => ({ style: r.cashOverdue ? { background: '#fff1f0' } : undefined })}
          columns={[
            { title: t('aftersales.jobs.col.jobNo'), dataIndex: 'jobNo', width: 150, render: (v: string, r) => <Link to={`/instances/${r.instanceId}`} className="mono">{v}</Link> },
            { title: t('aftersales.jobs.col.createdAt'), dataIndex: 'createdAt', width: 150, render: (v: string) => formatDateTime(v) },
            { title: t('aftersales.jobs.col.customer'), dataIndex: 'customerName', render: (v: string, r) => (<Flex vertical><span>{v}</span><Typography.Text type="secondary">{r.contactPhone}</Typography.Text></Flex>) },
            { title: t('aftersales.jobs.col.equipment'), dataIndex: 'equipmentName', render: (v: string, r) => (<Flex gap={6} align="center" wrap><WarrantyBadge state={r.warrantyState} lastDay={null} />{v || '—'}</Flex>) },
            { title: t('aftersales.jobs.col.problem'), dataIndex: 'problem', ellipsis: true },
            { title: t('aftersales.jobs.col.technician'), dataIndex: 'technicianName', width: 100, render: (v: string) => v || '—' },
            {
              title: t('aftersales.jobs.col.status'), dataIndex: 'status', width: 120,
              render: (v: JobStatus, r) => (
                <Flex vertical align="flex-start" gap={4}>
                  <Tag color={STATUS_COLORS[v]}>{t(`aftersales.jobs.status.${v}`)}</Tag>
                  {v === 'dispatch' && canManage ? <Button size="small" type="link" onClick={() => setDispatching(r)}>{t('aftersales.jobs.dispatch')}</Button> : null}
                </Flex>
              ),
            },
            {
              title: t('aftersales.jobs.col.fee'), dataIndex: 'feeFen', width: 150, align: 'right',
              render: (v: number, r) => (
                <Flex vertical align="flex-end">
                  <span>{formatYuan(v)}</span>
                  {r.feeVerdict && r.feeVerdict !== 'ok' ? <Tag color={r.feeVerdict === 'no_standard' ? 'default' : 'red'}>{t(`aftersales.jobs.verdict.${r.feeVerdict}`)}{r.feeDiffFen ? ` ${formatYuan(r.feeDiffFen)}` : ''}</Tag> : null}
                </Flex>
              ),
            },
            {
              title: t('aftersales.jobs.col.cashDue'), dataIndex: 'cashDueOn', width: 150,
              render: (v: string | null, r) => (v ? (
                <Flex vertical>
                  <span>{v}</span>
                  {r.cashOverdue ? <Tag color="red">{t('aftersales.jobs.overdue')}</Tag> : null}
                  {r.penaltyPostedAt ? <Tag>{t('aftersales.jobs.penaltyPosted')}</Tag> : null}
                  {r.lastUrgedAt ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('aftersales.jobs.lastUrged', { at: formatDateTime(r.lastUrgedAt) })}</Typography.Text> : null}
                  {r.cashPending && canManage ? (
                    <Button size="small" icon={<BellOutlined />} loading={urge.isPending && urge.variables === r.id} onClick={() => urge.mutate(r.id)}>{t('aftersales.jobs.urge')}</Button>
                  ) : null}
                </Flex>
              ) : '—'),
            },
          ]}
        />
      </Card>
      <NewJobDrawer open={creating} onClose={() => setCreating(false)} />
      <SkillsDrawer open={skills} onClose={() => setSkills(false)} />
      <DispatchModal job={dispatching} onClose={() => setDispatching(null)} />
    </>
  );
}
