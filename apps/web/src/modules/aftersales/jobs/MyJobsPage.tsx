/**
 * 我的派工单 — the technician's phone page (390 px): today's jobs first, a call button (tel:),
 * accept and schedule (ASV-4), on site: photos from the camera, fee and receipt number, finished
 * or not with the reason told to the customer (ASV-5, ASV-9). Each submit completes the engine task.
 */
import { useState } from 'react';
import { App, Button, Card, DatePicker, Empty, Flex, Input, InputNumber, Radio, Tag, Typography } from 'antd';
import { CameraOutlined, PhoneOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../../app/api';
import { formatDate, formatDateTime, fromIsoInstant, toIsoInstant } from '../../../app/format';
import { PageHeader } from '../../../app/components/PageHeader';
import { WarrantyBadge } from '../customers/WarrantyBadge';
import { jobsApi, jobsKeys, type MyJob } from './api';
import { JobPartsSection } from '../stock/JobPartsSection';

function ScheduleForm({ job, onDone }: { job: MyJob; onDone: (data: Record<string, unknown>) => void }) {
  const { t } = useTranslation();
  const [at, setAt] = useState<Dayjs | null>(job.appointmentAt ? fromIsoInstant(job.appointmentAt) : null);
  const [parts, setParts] = useState('');
  return (
    <Flex vertical gap={8}>
      <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" value={at} onChange={setAt} placeholder={t('aftersales.jobs.mine.appointment')} style={{ width: '100%' }} />
      <Input value={parts} onChange={(e) => setParts(e.target.value)} placeholder={t('aftersales.jobs.mine.parts')} maxLength={500} />
      <Button type="primary" block disabled={!at} onClick={() => at && onDone({ appointmentAt: toIsoInstant(at), partsNote: parts })}>{t('aftersales.jobs.mine.accept')}</Button>
    </Flex>
  );
}

function OnsiteForm({ onDone }: { onDone: (data: Record<string, unknown>) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [finished, setFinished] = useState(true);
  const [photos, setPhotos] = useState<string[]>([]);
  const [fee, setFee] = useState<number | null>(0);
  const [receipt, setReceipt] = useState('');
  const [work, setWork] = useState('');
  const [reason, setReason] = useState('');
  const [uploading, setUploading] = useState(false);
  const upload = async (files: FileList | null) => {
    if (!files) return;
    setUploading(true);
    try {
      for (const f of Array.from(files)) {
        const r = await jobsApi.upload(f);
        setPhotos((p) => [...p, r.id]);
      }
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setUploading(false);
    }
  };
  return (
    <Flex vertical gap={8}>
      <Radio.Group value={finished} onChange={(e) => setFinished(e.target.value as boolean)} optionType="button" buttonStyle="solid"
        options={[{ value: true, label: t('aftersales.jobs.mine.finished') }, { value: false, label: t('aftersales.jobs.mine.unfinished') }]} />
      {finished ? (
        <>
          <label className="ant-btn ant-btn-default ant-btn-block" style={{ display: 'flex', alignItems: 'center', justifyContent: 'center', gap: 6, cursor: 'pointer' }}>
            <CameraOutlined /> {t('aftersales.jobs.mine.photos')}
            <input type="file" accept="image/*" capture="environment" multiple style={{ display: 'none' }} onChange={(e) => void upload(e.target.files)} />
          </label>
          <Typography.Text type="secondary">{uploading ? '…' : t('aftersales.jobs.mine.photoCount', { count: photos.length })}</Typography.Text>
          <Input.TextArea rows={2} value={work} onChange={(e) => setWork(e.target.value)} placeholder={t('aftersales.jobs.mine.work')} maxLength={2000} />
          <InputNumber min={0} precision={2} step={10} value={fee} onChange={setFee} style={{ width: '100%' }} placeholder={t('aftersales.jobs.mine.fee')} addonBefore="¥" inputMode="decimal" />
          <Input value={receipt} onChange={(e) => setReceipt(e.target.value)} placeholder={t('aftersales.jobs.mine.receipt')} maxLength={40} />
          <Button type="primary" block disabled={uploading || photos.length === 0} onClick={() => onDone({ finished: true, photos, workDone: work, feeFen: Math.round((fee ?? 0) * 100), receiptNo: receipt })}>{t('aftersales.jobs.mine.submit')}</Button>
        </>
      ) : (
        <>
          <Input.TextArea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t('aftersales.jobs.mine.reason')} maxLength={500} />
          <Button type="primary" block disabled={!reason.trim()} onClick={() => onDone({ finished: false, unfinishedReason: reason.trim() })}>{t('aftersales.jobs.mine.submit')}</Button>
        </>
      )}
    </Flex>
  );
}

function JobCard({ job }: { job: MyJob }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const done = useMutation({
    mutationFn: (data: Record<string, unknown>) => jobsApi.complete(job.task!.id, data),
    onSuccess: () => {
      message.success(t('aftersales.jobs.mine.done'));
      void queryClient.invalidateQueries({ queryKey: jobsKeys.all });
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  const step = job.task?.step_id;
  return (
    <Card size="small" title={<Link to={`/instances/${job.instanceId}`} className="mono">{job.jobNo}</Link>} extra={<Tag>{t(`aftersales.jobs.status.${job.status}`)}</Tag>}>
      <Flex vertical gap={6}>
        <Flex justify="space-between" align="center" gap={8}>
          <Typography.Text strong>{job.customerName}</Typography.Text>
          <Button type="primary" shape="round" icon={<PhoneOutlined />} href={`tel:${job.contactPhone.replace(/[^0-9+]/g, '')}`}>{t('aftersales.jobs.mine.call')}</Button>
        </Flex>
        <Typography.Text type="secondary">{job.address}</Typography.Text>
        <Flex gap={6} align="center" wrap><WarrantyBadge state={job.warrantyState} lastDay={null} />{job.equipmentName}</Flex>
        <Typography.Text>{job.problem}</Typography.Text>
        {job.appointmentAt ? <Typography.Text>{t('aftersales.jobs.mine.appointment')}：{formatDateTime(job.appointmentAt)}</Typography.Text> : null}
        {job.unfinishedReason ? <Typography.Text type="warning">{job.unfinishedReason}</Typography.Text> : null}
        {step === 'schedule' ? <ScheduleForm job={job} onDone={(d) => done.mutate(d)} /> : null}
        {step === 'onsite' ? <OnsiteForm onDone={(d) => done.mutate(d)} /> : null}
        {!step ? <Typography.Text type="secondary">{t('aftersales.jobs.mine.waiting')}</Typography.Text> : null}
        <JobPartsSection jobId={job.id} />
      </Flex>
    </Card>
  );
}

export default function MyJobsPage() {
  const { t } = useTranslation();
  const mine = useQuery({ queryKey: jobsKeys.mine, queryFn: () => jobsApi.mine() });
  const today = formatDate(new Date().toISOString());
  const items = mine.data?.items ?? [];
  const isToday = (j: MyJob) => (j.appointmentAt ? formatDate(j.appointmentAt) === today : formatDate(j.createdAt) === today);
  const groups: [string, MyJob[]][] = [[t('aftersales.jobs.mine.today'), items.filter(isToday)], [t('aftersales.jobs.mine.later'), items.filter((j) => !isToday(j))]];
  return (
    <div style={{ maxWidth: 480, margin: '0 auto' }}>
      <PageHeader title={t('aftersales.jobs.mine.title')} />
      {!mine.isLoading && items.length === 0 ? <Empty description={t('aftersales.jobs.mine.empty')} /> : null}
      {groups.filter(([, js]) => js.length > 0).map(([label, js]) => (
        <Flex key={label} vertical gap={12} style={{ marginBottom: 16 }}>
          <Typography.Title level={5} style={{ margin: 0 }}>{label}</Typography.Title>
          {js.map((j) => <JobCard key={j.id} job={j} />)}
        </Flex>
      ))}
    </div>
  );
}
