/**
 * 新建派工单 (ASV-1/2): the clerk finds the caller in the customer base by phone or name (the
 * customers part's search), picks the equipment, writes the problem; the process starts and the
 * warranty status is computed by the server. Then the job's page opens for 派工.
 */
import { useState } from 'react';
import { App, Button, Drawer, Form, Input, Select, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../../app/api';
import { useIsMobile } from '../../../app/useIsMobile';
import { aftersalesKeys, customersApi, settingsApi, settingsKey } from '../api';
import { jobsApi, jobsKeys } from './api';

interface Values {
  customerId: string;
  equipmentId?: string;
  problem: string;
  address: string;
  contactName?: string;
  contactPhone: string;
  skill?: string;
  jobType?: string;
  installedOnApprox?: string;
}

export function NewJobDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const isMobile = useIsMobile();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [q, setQ] = useState('');
  const customerId = Form.useWatch('customerId', form);
  const found = useQuery({ queryKey: aftersalesKeys.customers({ q }), queryFn: () => customersApi.list({ q, pageSize: 20 }), enabled: open && q.length >= 2 });
  const settings = useQuery({ queryKey: settingsKey, queryFn: () => settingsApi.get(), enabled: open });
  const customer = found.data?.items.find((c) => c.id === customerId);

  const start = useMutation({
    mutationFn: (v: Values) => {
      const data = Object.fromEntries(Object.entries(v).filter(([, x]) => typeof x === 'string' && x.trim() !== '').map(([k, x]) => [k, (x as string).trim()]));
      const eq = customer?.equipment.find((e) => e.id === v.equipmentId);
      return jobsApi.start(data, `派工单：${customer?.name ?? ''} ${eq?.name ?? ''}`.trim());
    },
    onSuccess: (r) => {
      message.success(t('aftersales.jobs.form.started'));
      void queryClient.invalidateQueries({ queryKey: jobsKeys.all });
      form.resetFields();
      onClose();
      void navigate(`/instances/${r.instanceId}`);
    },
    onError: (e) => message.error(errorMessage(e)),
  });

  return (
    <Drawer open={open} onClose={onClose} title={t('aftersales.jobs.create')} size={isMobile ? '100%' : 560}
      extra={<Button type="primary" loading={start.isPending} onClick={() => form.submit()}>{t('common.save')}</Button>}>
      <Form form={form} layout="vertical" onFinish={(v) => start.mutate(v)} initialValues={{ jobType: 'repair' }}>
        <Form.Item name="customerId" label={t('aftersales.jobs.form.customer')} rules={[{ required: true }]} extra={q.length >= 2 && found.data?.items.length === 0 ? <Typography.Text type="warning">{t('aftersales.jobs.form.notFound')}</Typography.Text> : null}>
          <Select showSearch={{ filterOption: false, onSearch: setQ }} loading={found.isFetching} options={(found.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.name} · ${c.phones.join('、')}` }))}
            onChange={(id: string) => {
              const c = found.data?.items.find((x) => x.id === id);
              form.setFieldsValue({ address: c?.address ?? '', contactPhone: c?.phones[0] ?? '', equipmentId: c?.equipment[0]?.id, skill: c?.equipment[0]?.name });
            }} />
        </Form.Item>
        <Form.Item name="equipmentId" label={t('aftersales.jobs.form.equipment')}>
          <Select allowClear options={(customer?.equipment ?? []).map((e) => ({ value: e.id, label: `${e.name} ${e.model}` }))} onChange={(id: string) => form.setFieldValue('skill', customer?.equipment.find((e) => e.id === id)?.name)} />
        </Form.Item>
        <Form.Item name="problem" label={t('aftersales.jobs.form.problem')} rules={[{ required: true, whitespace: true }]}><Input.TextArea rows={3} maxLength={2000} /></Form.Item>
        <Form.Item name="installedOnApprox" label={t('aftersales.jobs.form.installedOnApprox')}><Input maxLength={40} /></Form.Item>
        <Form.Item name="address" label={t('aftersales.jobs.form.address')} rules={[{ required: true, whitespace: true }]}><Input maxLength={200} /></Form.Item>
        <Form.Item name="contactName" label={t('aftersales.jobs.form.contactName')}><Input maxLength={50} /></Form.Item>
        <Form.Item name="contactPhone" label={t('aftersales.jobs.form.contactPhone')} rules={[{ required: true, pattern: /^[0-9+\- ]{5,20}$/ }]}><Input maxLength={20} inputMode="tel" /></Form.Item>
        <Form.Item name="skill" label={t('aftersales.jobs.form.skill')}><Input maxLength={40} /></Form.Item>
        <Form.Item name="jobType" label={t('aftersales.jobs.form.jobType')}>
          <Select options={(settings.data?.settings.feeStandard ?? []).map((f) => ({ value: f.code, label: f.name }))} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
