/**
 * 派工 (ASV-3): the clerk sees the technicians ranked by the dispatch rule (skill, then load) with
 * the reason of each place, picks one and completes the job's 派工 task.
 */
import { useState } from 'react';
import { App, Input, List, Modal, Radio, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, errorMessage } from '../../../app/api';
import { jobsApi, jobsKeys, type Job } from './api';

interface Suggestion { id: string; name: string; skillMatch: boolean; openJobs: number; overloaded: boolean; reason: string }

export function DispatchModal({ job, onClose }: { job: Job | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [pick, setPick] = useState<string | undefined>();
  const [note, setNote] = useState('');
  const suggest = useQuery({ queryKey: ['aftersales', 'jobs', 'suggest', job?.skill], queryFn: () => api.get<{ items: Suggestion[] }>('/api/aftersales/jobs/suggest', { skill: job?.skill || undefined }), enabled: !!job });
  const task = useQuery({
    queryKey: ['aftersales', 'jobs', 'task', job?.instanceId],
    queryFn: () => api.get<{ myActions?: { tasks?: { taskId: string; stepId: string }[] } }>(`/api/instances/${encodeURIComponent(job!.instanceId)}`),
    enabled: !!job,
  });
  const taskId = task.data?.myActions?.tasks?.find((x) => x.stepId === 'dispatch')?.taskId;
  const go = useMutation({
    mutationFn: () => jobsApi.complete(taskId!, { technicianId: pick, ...(note.trim() ? { chargeNote: note.trim() } : {}) }),
    onSuccess: () => {
      message.success(t('aftersales.jobs.mine.done'));
      void queryClient.invalidateQueries({ queryKey: jobsKeys.all });
      setPick(undefined);
      onClose();
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  return (
    <Modal open={!!job} title={`${t('aftersales.jobs.dispatch')} ${job?.jobNo ?? ''}`} onCancel={onClose} onOk={() => go.mutate()} okButtonProps={{ disabled: !pick || !taskId, loading: go.isPending }}>
      <Typography.Paragraph type="secondary">{job?.customerName} · {job?.equipmentName} · {job?.problem}</Typography.Paragraph>
      <Radio.Group value={pick} onChange={(e) => setPick(e.target.value as string)} style={{ width: '100%' }}>
        <List loading={suggest.isLoading} dataSource={suggest.data?.items ?? []} renderItem={(s, i) => (
          <List.Item>
            <Radio value={s.id}>
              {s.name} {i === 0 ? <Tag color="green">{t('aftersales.jobs.suggested')}</Tag> : null}
              {s.overloaded ? <Tag color="orange">{t('aftersales.jobs.overloaded')}</Tag> : null}
              <Typography.Text type="secondary"> {s.reason}</Typography.Text>
            </Radio>
          </List.Item>
        )} />
      </Radio.Group>
      <Input.TextArea rows={2} value={note} onChange={(e) => setNote(e.target.value)} placeholder={t('aftersales.jobs.chargeNote')} maxLength={500} />
    </Modal>
  );
}
