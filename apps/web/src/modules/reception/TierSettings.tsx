/** GIFT-2 signer tiers and RCP-1 approval limits (settings; defaults from the documents). */
import { useEffect } from 'react';
import { Alert, App, Button, Card, Form, InputNumber, Select } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/api';
import { keys, LEVELS, receptionApi } from './api';

interface Values {
  packsPerCarton: number;
  cigAssistant: number;
  cigManager: number;
  valAssistant: number;
  valManager: number;
  budgetYuan: number;
  leaderLevels: string[];
}

export function TierSettings() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const q = useQuery({ queryKey: keys.settings, queryFn: receptionApi.settings });
  useEffect(() => {
    const s = q.data;
    if (s) form.setFieldsValue({
      packsPerCarton: s.gifts.packsPerCarton, cigAssistant: s.gifts.cigarettePacks.assistantMax, cigManager: s.gifts.cigarettePacks.managerMax,
      valAssistant: s.gifts.valueFen.assistantMax / 100, valManager: s.gifts.valueFen.managerMax / 100, budgetYuan: s.approval.managerMaxBudgetFen / 100, leaderLevels: s.approval.leaderLevels,
    });
  }, [q.data, form]);
  const save = useMutation({
    mutationFn: (v: Values) => receptionApi.saveSettings({
      gifts: { packsPerCarton: v.packsPerCarton, cigarettePacks: { assistantMax: v.cigAssistant, managerMax: v.cigManager }, valueFen: { assistantMax: Math.round(v.valAssistant * 100), managerMax: Math.round(v.valManager * 100) } },
      approval: { managerMaxBudgetFen: Math.round(v.budgetYuan * 100), leaderLevels: v.leaderLevels },
    }),
    onSuccess: (s) => { qc.setQueryData(keys.settings, s); message.success(t('reception.saved')); },
    onError: (e) => message.error(errorMessage(e)),
  });
  return (
    <Card size="small">
      <Alert type="info" showIcon title={t('reception.settings.source')} style={{ marginBottom: 12 }} />
      <Form form={form} layout="vertical" name="reception-settings" onFinish={(v) => save.mutate(v)} style={{ maxWidth: 520 }}>
        <Form.Item name="packsPerCarton" label={t('reception.settings.packsPerCarton')} rules={[{ required: true }]}><InputNumber min={1} max={100} /></Form.Item>
        <Form.Item name="cigAssistant" label={t('reception.settings.cigAssistant')} rules={[{ required: true }]}><InputNumber min={0} /></Form.Item>
        <Form.Item name="cigManager" label={t('reception.settings.cigManager')} rules={[{ required: true }]}><InputNumber min={0} /></Form.Item>
        <Form.Item name="valAssistant" label={t('reception.settings.valAssistant')} rules={[{ required: true }]}><InputNumber min={0} precision={2} prefix="¥" /></Form.Item>
        <Form.Item name="valManager" label={t('reception.settings.valManager')} rules={[{ required: true }]}><InputNumber min={0} precision={2} prefix="¥" /></Form.Item>
        <Form.Item name="budgetYuan" label={t('reception.settings.budget')} rules={[{ required: true }]}><InputNumber min={0} precision={2} prefix="¥" /></Form.Item>
        <Form.Item name="leaderLevels" label={t('reception.settings.leaderLevels')}><Select mode="multiple" options={LEVELS.map((l) => ({ value: l, label: t(`reception.level.${l}`) }))} /></Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending}>{t('reception.save')}</Button>
      </Form>
    </Card>
  );
}
